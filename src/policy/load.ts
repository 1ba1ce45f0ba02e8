import path from 'node:path';
import { InputError } from '../messages/input-error.js';
import { DEFAULT_KUBERNETES_VERSION, type KubeVersion } from '../kubernetes/version.js';
import { applyPolicyOptions, type PolicyOptions } from './options.js';
import { levelPolicy, presetPolicy } from './presets.js';
import {
  POLICY_SIZE_LIMIT,
  POLICY_SIZE_LIMIT_TEXT,
  PolicyFileError,
  readPolicyFile,
} from './read-file.js';
import type { PolicySource } from './source.js';
import type { Policy, PolicyWarning } from './types.js';
import { checkPolicy, policyVerdict } from './validate.js';

/** A policy kube-apiserver would refuse: it would crash-loop, and kind would hang for minutes. */
export class PolicyError extends Error {
  constructor(
    readonly origin: string,
    readonly errors: string[],
  ) {
    super(
      `The audit policy from ${origin} would be rejected by kube-apiserver:\n${errors.map((e) => `  ${e}`).join('\n')}`,
    );
    this.name = 'PolicyError';
  }
}

/** The text a source names and where it came from, before any check. */
export interface PolicyText {
  text: string;
  /** Short and human: "the 'recommended' preset", "policy level Metadata", "the 'policy' input", or the file's path. */
  origin: string;
  /** The policy file as the user wrote it, for annotations. */
  file?: string;
}

/** A policy ready to be written to the node, checked the way kube-apiserver will load it. */
export interface LoadedPolicy extends PolicyText {
  /** The final text written to the node: the source with the policy-level options laid over it. */
  text: string;
  /** The policy kube-apiserver will load from {@link text}. */
  policy: Policy;
  /** Found on the text as written, so their lines point into the user's file. */
  warnings: PolicyWarning[];
}

/**
 * Reads the text a source names. A file is read only when it is a regular file of at most 1 MiB,
 * and an inline policy may not be larger; both are refused with an {@link InputError} otherwise.
 */
export async function readPolicySource(
  source: PolicySource,
  workspace: string,
): Promise<PolicyText> {
  switch (source.kind) {
    case 'inline':
      return {
        text: checkedInline(source.text, source.input),
        origin: `the '${source.input}' input`,
      };
    case 'preset':
      return { text: presetPolicy(source.name), origin: `the '${source.name}' preset` };
    case 'level':
      return { text: levelPolicy(source.level), origin: `policy level ${source.level}` };
    case 'file': {
      const file = path.resolve(workspace, source.path);
      return {
        text: await readFileInput(source.input, source.path, file, workspace),
        origin: file,
        file: source.path,
      };
    }
  }
}

/**
 * Reads the policy, checks it as written (its warnings), lays the options over it and makes sure
 * kube-apiserver of `kubernetesVersion` (the node image's) will load the result. Throws {@link PolicyError} when it would not, and
 * {@link InputError} for a policy file or inline policy that cannot be used at all.
 */
export async function loadPolicy(
  source: PolicySource,
  options: PolicyOptions,
  workspace: string,
  kubernetesVersion: KubeVersion = DEFAULT_KUBERNETES_VERSION,
): Promise<LoadedPolicy> {
  const { text, origin, file } = await readPolicySource(source, workspace);
  const asWritten = checkPolicy(text, kubernetesVersion);
  if (!asWritten.valid || asWritten.policy === undefined) {
    throw new PolicyError(origin, asWritten.errors);
  }
  const where = file === undefined ? {} : { file };
  const final = applyPolicyOptions(text, options);
  if (final === text) {
    return { text, origin, ...where, policy: asWritten.policy, warnings: asWritten.warnings };
  }
  // Options only touch policy-level fields, so the warnings of the text as written still hold;
  // what remains to know is whether kube loads the edited text, and what it loads.
  const verdict = policyVerdict(final, kubernetesVersion);
  if (!verdict.valid || verdict.policy === undefined) {
    throw new PolicyError(`${origin} with omit-stages/omit-managed-fields applied`, verdict.errors);
  }
  return { text: final, origin, ...where, policy: verdict.policy, warnings: asWritten.warnings };
}

function checkedInline(text: string, input: string): string {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= POLICY_SIZE_LIMIT) return text;
  throw new InputError(
    input,
    abbreviate(text),
    `it holds ${bytes} bytes; an audit policy may hold at most ${POLICY_SIZE_LIMIT_TEXT}, as kube-apiserver reads it whole`,
  );
}

async function readFileInput(
  input: string,
  written: string,
  file: string,
  workspace: string,
): Promise<string> {
  try {
    return await readPolicyFile(file);
  } catch (error) {
    if (!(error instanceof PolicyFileError)) throw error;
    const allowed = error.missing
      ? `no such file (looked for ${file}; relative paths start at ${workspace})`
      : `${error.message}; the policy file must be a regular file of at most ${POLICY_SIZE_LIMIT_TEXT}`;
    throw new InputError(input, written, allowed);
  }
}

/** The start of a long value: an inline policy of a megabyte does not belong in a message. */
function abbreviate(value: string): string {
  const line = value.trimStart().split('\n', 1)[0] ?? '';
  return `${line.slice(0, 40)}…`;
}
