// The environment knobs the stand-in itself reads (README "Use"), in one place so the tests'
// switches are easy to find: KIND_STANDIN_VERSION, KIND_STANDIN_FAULT and KIND_STANDIN_IMAGE.
import process from 'node:process';
import { KindError } from './config.mjs';

/** The kind version the stand-in claims to be; it also picks kind's kubeadm API rule. */
export const KIND_VERSION = process.env.KIND_STANDIN_VERSION || 'v0.32.0';

const FAULTS = new Set(['no-policy-mount', 'no-audit-flags', 'no-audit-log', 'kubeadm-init-fails']);

/** The faults KIND_STANDIN_FAULT asks for; an unknown name is refused, not ignored. */
export function faultsFromEnv() {
  const faults = (process.env.KIND_STANDIN_FAULT ?? '').split(/[\s,]+/).filter(Boolean);
  for (const f of faults) {
    if (!FAULTS.has(f)) {
      throw new KindError(
        `KIND_STANDIN_FAULT: unknown fault "${f}" (known: ${[...FAULTS].join(', ')})`,
      );
    }
  }
  return new Set(faults);
}

/** The Docker image every node runs: KIND_STANDIN_IMAGE wins over --image. */
export function nodeImage(flagImage) {
  return process.env.KIND_STANDIN_IMAGE || flagImage;
}
