import path from 'node:path';
import { NODE_PATHS } from '../../src/kind/node.js';
import type { RunState } from '../../src/state/run-state.js';

/**
 * The state main saves for post, for a run whose folder is `dir`: a created cluster with no nodes
 * yet, nothing verified, files at their usual places. Tests and benches change what they need.
 */
export function runStateIn(dir: string, changes: Partial<RunState> = {}): RunState {
  return {
    clusterName: 'kind',
    dir,
    policyPath: path.join(dir, 'audit-policy.yaml'),
    kindConfigPath: path.join(dir, 'kind-config.yaml'),
    policyOrigin: '',
    auditLogPath: NODE_PATHS.logFile,
    logDir: path.join(dir, 'logs'),
    clusterCreateStarted: true,
    controlPlaneNodes: [],
    verifiedNodes: [],
    createFailure: '',
    deleteCluster: false,
    exportLogs: false,
    kubeconfigPath: '',
    kindCommand: 'kind',
    ...changes,
  };
}
