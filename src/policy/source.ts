import type { PresetName } from './presets.js';
import type { AuditLevel } from './types.js';

/**
 * Where the audit policy comes from: exactly one of the four policy inputs. The text and the file
 * carry the name of the input that gave them, so a refusal can name it.
 */
export type PolicySource =
  | { kind: 'inline'; text: string; input: string }
  | { kind: 'file'; path: string; input: string }
  | { kind: 'preset'; name: PresetName }
  | { kind: 'level'; level: AuditLevel };
