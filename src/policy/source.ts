import type { PresetName } from './presets.js';
import type { AuditLevel } from './types.js';

/** Where the audit policy comes from: exactly one of the four policy inputs. */
export type PolicySource =
  | { kind: 'inline'; text: string }
  | { kind: 'file'; path: string }
  | { kind: 'preset'; name: PresetName }
  | { kind: 'level'; level: AuditLevel };
