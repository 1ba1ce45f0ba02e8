import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PolicySource } from '../policy/source.js';
import type { Logger } from '../logger.js';
import {
  applyPolicyOptions,
  checkPolicy,
  levelPolicy,
  presetPolicy,
  type Policy,
  type PolicyOptions,
} from '../policy/index.js';

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

/** The policy text a source names, and where it came from, for messages. */
export async function readPolicySource(
  source: PolicySource,
  workspace: string,
): Promise<{ text: string; origin: string; file?: string }> {
  switch (source.kind) {
    case 'inline':
      return { text: source.text, origin: "the 'policy' input" };
    case 'preset':
      return { text: presetPolicy(source.name), origin: `the '${source.name}' preset` };
    case 'level':
      return { text: levelPolicy(source.level), origin: `policy level ${source.level}` };
    case 'file': {
      const file = path.resolve(workspace, source.path);
      try {
        return { text: await readFile(file, 'utf8'), origin: file, file: source.path };
      } catch (error) {
        const reason =
          (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
        throw new Error(
          `Input 'policy-file' has the value ${JSON.stringify(source.path)}: ${reason} (looked for ${file}; relative paths start at the workspace).`,
          { cause: error },
        );
      }
    }
  }
}

/**
 * Reads the policy, lays the options over it and checks it as kube-apiserver would. Warnings become
 * annotations on the policy file's lines; errors throw {@link PolicyError} before anything is created.
 */
export async function preparePolicy(
  source: PolicySource,
  options: PolicyOptions,
  workspace: string,
  log: Logger,
): Promise<{ text: string; policy: Policy; origin: string }> {
  const { text, origin, file } = await readPolicySource(source, workspace);
  // Warnings are found on the text as written, so their line numbers point into the user's file.
  const asWritten = checkPolicy(text);
  if (!asWritten.valid) throw new PolicyError(origin, asWritten.errors);
  for (const warning of asWritten.warnings) {
    log.warning(warning.message, {
      title: 'kind-audit: audit policy',
      ...(file ? { file } : {}),
      ...(warning.line ? { line: warning.line } : {}),
    });
  }
  const final = applyPolicyOptions(text, options);
  const result = checkPolicy(final);
  if (!result.valid)
    throw new PolicyError(`${origin} with omit-stages/omit-managed-fields applied`, result.errors);
  if (!result.policy) throw new PolicyError(origin, result.errors);
  return { text: final, policy: result.policy, origin };
}
