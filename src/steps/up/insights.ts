import path from 'node:path';
import { InputError } from '../../messages/input-error.js';
import { BaselineError, readBaseline } from '../../insight/baseline/index.js';
import {
  coverageGaps,
  ExpectError,
  EXPECT_SIZE_LIMIT,
  parseExpectations,
  type Expectation,
} from '../../insight/expect/index.js';
import type { Logger } from '../../messages/logger.js';
import { PolicyFileError, readPolicyFile, type Policy } from '../../policy/index.js';
import type { InsightSettings } from '../../insight/settings.js';
import { writeFileNoFollow } from '../../files/safe-fs.js';
import type { InsightState } from '../../state/run-state.js';

/** The expectations copied into the run's folder, so post checks exactly what main checked. */
export const EXPECT_FILE = 'expect.yaml';

/** The insight inputs, with their files read and checked. */
export interface PreparedInsights {
  settings: InsightSettings;
  expectations: Expectation[];
  /** The expectations' text, to be copied into the run's folder; '' for none. */
  expectText: string;
  /** The committed baseline's absolute path; '' for none. */
  baselinePath: string;
}

/** Requests most code makes, whose loss would leave generated RBAC short (events among them). */
const RBAC_SAMPLES: Expectation = {
  name: 'RBAC',
  kind: 'forbid',
  selector: {
    resource: [
      'events',
      'events.events.k8s.io',
      'pods',
      'configmaps',
      'secrets',
      'leases.coordination.k8s.io',
    ],
    verb: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'],
  },
};

async function expectationsOf(
  settings: InsightSettings,
  workspace: string,
): Promise<{ expectations: Expectation[]; text: string }> {
  const source = settings.expect;
  if (!source) return { expectations: [], text: '' };
  if (source.kind === 'inline')
    return {
      expectations: parseExpectations(source.text, `the '${source.input}' input`),
      text: source.text,
    };
  const file = path.resolve(workspace, source.path);
  try {
    // Read once, the way a policy file is read (a regular file, within the limit), then parsed.
    const text = await readPolicyFile(file, EXPECT_SIZE_LIMIT);
    return { expectations: parseExpectations(text, file, { fromFile: true }), text };
  } catch (error) {
    if (error instanceof ExpectError) throw error.asInputError(source.input, source.path);
    if (error instanceof PolicyFileError)
      throw new InputError(
        source.input,
        source.path,
        `${error.detail}; expected a regular file of at most ${EXPECT_SIZE_LIMIT} bytes (relative paths start at ${workspace})`,
      );
    throw error;
  }
}

/**
 * Reads and checks the files the insight inputs name (`expect-file`, `baseline`), relative to the
 * workspace, and warns where the policy leaves out requests an insight depends on: an
 * expectation that would check nothing, or RBAC that would lack what the code did (the
 * `recommended` preset drops `events`). Throws InputError before anything is created.
 */
export async function prepareInsights(
  settings: InsightSettings,
  workspace: string,
  policy: Policy,
  log: Logger,
): Promise<PreparedInsights> {
  const { expectations, text } = await expectationsOf(settings, workspace);
  let baselinePath = '';
  if (settings.baseline) {
    baselinePath = path.resolve(workspace, settings.baseline.path);
    try {
      await readBaseline(baselinePath);
    } catch (error) {
      if (error instanceof BaselineError)
        throw new InputError(
          settings.baseline.input,
          settings.baseline.path,
          `${error.message}; expected a baseline.tsv as \`kind-audit baseline\` writes it`,
        );
      throw error;
    }
  }
  for (const gap of coverageGaps(expectations, policy))
    log.warning(gap.message, { title: 'kind-audit: expectations' });
  if (settings.rbac) {
    const users = settings.rbacFor.length > 0 ? settings.rbacFor : undefined;
    const [gap] = coverageGaps(
      [
        {
          ...RBAC_SAMPLES,
          selector: { ...RBAC_SAMPLES.selector, ...(users ? { user: users } : {}) },
        },
      ],
      policy,
    );
    if (gap)
      log.warning(
        `The audit policy leaves out requests the generated RBAC depends on (${gap.unrecorded.join('; ')}): ` +
          'RBAC is made only from what the log records, so it would lack them. Record them at Metadata level at least.',
        { title: 'kind-audit: RBAC' },
      );
  }
  return { settings, expectations, expectText: text, baselinePath };
}

/** Writes the expectations into the run's folder and says what post needs to know. */
export async function saveInsights(dir: string, prepared: PreparedInsights): Promise<InsightState> {
  let expectPath = '';
  if (prepared.expectText) {
    expectPath = path.join(dir, EXPECT_FILE);
    await writeFileNoFollow(expectPath, prepared.expectText);
  }
  const { settings } = prepared;
  return {
    rbac: settings.rbac,
    rbacFor: settings.rbacFor,
    expectPath,
    baselinePath: prepared.baselinePath,
    onDrift: settings.onDrift,
    foldNamespaces: settings.foldNamespaces,
  };
}
