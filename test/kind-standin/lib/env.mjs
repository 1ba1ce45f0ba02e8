// The environment knobs the stand-in itself reads (README "Use"), in one place so the tests'
// switches are easy to find: KIND_STANDIN_VERSION, KIND_STANDIN_FAULT, KIND_STANDIN_IMAGE,
// KIND_STANDIN_CREATE_SECONDS and KIND_STANDIN_PIDFILE.
import fs from 'node:fs';
import process from 'node:process';
import { KindError } from './config.mjs';

/** The kind version the stand-in claims to be; it also picks kind's kubeadm API rule. */
export const KIND_VERSION = process.env.KIND_STANDIN_VERSION || 'v0.32.0';

const FAULTS = new Set([
  'no-policy-mount',
  'no-audit-flags',
  'no-audit-log',
  'kubeadm-init-fails',
  'slow-create',
]);

/** How long `slow-create` holds create when KIND_STANDIN_CREATE_SECONDS does not say. */
const SLOW_CREATE_SECONDS = 600;

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

/**
 * Seconds `create` spends in "Starting control-plane" (after the nodes exist): the value of
 * KIND_STANDIN_CREATE_SECONDS when set, else 600 with the `slow-create` fault, else none. It gives
 * a test a create in flight to cancel, as a real kubeadm init takes a minute or more.
 */
export function createDelaySeconds(faults) {
  const text = process.env.KIND_STANDIN_CREATE_SECONDS;
  if (text === undefined || text === '') return faults.has('slow-create') ? SLOW_CREATE_SECONDS : 0;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new KindError(`KIND_STANDIN_CREATE_SECONDS: "${text}" is not a number of seconds`);
  }
  return seconds;
}

/** Writes this process's pid to KIND_STANDIN_PIDFILE when set, so a test can see it end. */
export function writePidFile() {
  const file = process.env.KIND_STANDIN_PIDFILE;
  if (file) fs.writeFileSync(file, `${process.pid}\n`);
}

/**
 * Blocks the process for `seconds`: the stand-in is synchronous like kind's own steps, and a
 * blocked process still dies at once on SIGINT or SIGTERM (no handler is installed), as kind does.
 */
export function sleepSeconds(seconds) {
  if (seconds > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, seconds * 1000);
}
