import { parentPort, Worker, workerData } from 'node:worker_threads';
import { RedactionRules, type RedactionSettings } from '../redact/index.js';
import { decodeKeys, encodeKeys, type EncodedKeys } from './key-codec.js';
import { keyPart, type PartKeys } from './part-keys.js';

/** Keys the parts of files handed to it (part-keys.ts), on this thread or on others. */
export interface PartKeyer {
  /**
   * Keys `part`, whole lines that are the whole of their own memory: from now on the memory is
   * the keyer's, handed back as `part` in the answer (a thread's answer holds it moved back,
   * unless redaction changed the part: then only `written` comes back).
   */
  key(part: Buffer): Promise<KeyedPart>;
  /** Stops the keyer (also after a failure). */
  close(): Promise<void>;
}

/** A part keyed, with its bytes. */
export interface KeyedPart extends PartKeys {
  /**
   * The part as handed in; from a thread, `undefined` when redaction changed it: its lines are
   * then in `written`, and the part's own memory stays with the thread.
   */
  part: Buffer | undefined;
}

/** Keys every part on the calling thread: where no thread script is at hand (the sources). */
export class InThreadKeyer implements PartKeyer {
  constructor(private readonly rules: RedactionRules | undefined) {}

  key(part: Buffer): Promise<KeyedPart> {
    try {
      return Promise.resolve({ ...keyPart(part, this.rules), part });
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** What a pass thread is started with: the redaction rules' settings, or none for no redaction. */
interface ThreadData {
  rules: RedactionSettings | undefined;
}

interface ToThread {
  id: number;
  memory: ArrayBuffer;
  length: number;
}

type FromThread =
  | {
      id: number;
      memory: ArrayBuffer | undefined;
      length: number;
      keys: Omit<PartKeys, 'written' | 'keys'> & { written: ArrayBuffer | undefined };
      encoded: EncodedKeys;
    }
  | { id: number; error: string };

/**
 * The work of a pass thread (the bundle of pass-thread.ts): each part handed in is keyed, and
 * moved back with what was found; the redaction rules come compiled from the settings main checked.
 */
export function servePassThread(): void {
  const port = parentPort;
  if (!port) return;
  const data = workerData as ThreadData;
  const rules = data.rules ? RedactionRules.compile(data.rules) : undefined;
  port.on('message', ({ id, memory, length }: ToThread) => {
    let reply: FromThread;
    const moved: ArrayBuffer[] = [];
    try {
      const { written, keys, ...rest } = keyPart(Buffer.from(memory, 0, length), rules);
      const encoded = encodeKeys(keys);
      // A part redaction changed goes back as `written` alone. Memory moved to a thread counts
      // there as new external memory, and enough of it since the last full collection starts
      // another (`Heap::ReportExternalMemoryPressure`, v8/src/heap/heap.cc): sending the part
      // back as well doubled what the merging thread took in on a log with Secrets in every part.
      moved.push(written ? (written.buffer as ArrayBuffer) : memory);
      moved.push(
        rest.at.buffer as ArrayBuffer,
        encoded.refs.buffer as ArrayBuffer,
        encoded.numbers.buffer as ArrayBuffer,
      );
      reply = {
        id,
        memory: written ? undefined : memory,
        length,
        encoded,
        keys: { ...rest, written: written?.buffer as ArrayBuffer },
      };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply, moved);
  });
}

/** One pass thread and the answers it owes. */
interface Thread {
  worker: Worker;
  owed: Map<number, { resolve: (part: KeyedPart) => void; reject: (error: Error) => void }>;
}

/**
 * Keys parts on worker threads, each part handed to the thread with the fewest owed; a part's
 * memory moves to its thread and back, never copied. `script` is a program that calls
 * {@link servePassThread} (the bundle of pass-thread.ts).
 */
export class ThreadKeyer implements PartKeyer {
  readonly #threads: Thread[];
  #failure: Error | undefined;
  #next = 0;

  constructor(script: URL, count: number, rules: RedactionRules | undefined) {
    const workerData: ThreadData = { rules: rules?.settings };
    this.#threads = Array.from({ length: count }, () => {
      const thread: Thread = {
        // A young generation of 16 MB: each part's parse leaves megabytes of short-lived objects,
        // and with the 4 MB the summary threads have the sweeping took 8 % more CPU (measured);
        // V8's default on a large machine would let each thread keep over 100 MB.
        worker: new Worker(script, {
          workerData,
          resourceLimits: { maxYoungGenerationSizeMb: 16 },
        }),
        owed: new Map(),
      };
      thread.worker.on('message', (message: FromThread) => {
        const owed = thread.owed.get(message.id);
        if (!owed) return;
        thread.owed.delete(message.id);
        if ('error' in message) owed.reject(new Error(`a pass thread failed: ${message.error}`));
        else {
          const { written, ...keys } = message.keys;
          owed.resolve({
            ...keys,
            keys: decodeKeys(message.encoded),
            written: written ? Buffer.from(written) : undefined,
            part: message.memory && Buffer.from(message.memory, 0, message.length),
          });
        }
      });
      thread.worker.on('error', (error: Error) => this.#fail(error));
      thread.worker.on('exit', (code) => {
        if (code !== 0) this.#fail(new Error(`a pass thread stopped with exit code ${code}`));
      });
      return thread;
    });
  }

  #fail(error: Error): void {
    if (this.#failure) return;
    this.#failure = error;
    for (const thread of this.#threads) {
      for (const { reject } of thread.owed.values()) reject(error);
      thread.owed.clear();
    }
  }

  key(part: Buffer): Promise<KeyedPart> {
    return new Promise<KeyedPart>((resolve, reject) => {
      if (this.#failure) return reject(this.#failure);
      const memory = part.buffer as ArrayBuffer;
      if (part.byteOffset !== 0 || memory.byteLength < part.length)
        return reject(new Error('a part handed to a pass thread must start its own memory'));
      const thread = this.#threads.reduce((a, b) => (b.owed.size < a.owed.size ? b : a));
      const id = this.#next++;
      thread.owed.set(id, { resolve, reject });
      const message: ToThread = { id, memory, length: part.length };
      thread.worker.postMessage(message, [memory]);
    });
  }

  async close(): Promise<void> {
    this.#fail(new Error('the pass threads were stopped'));
    await Promise.all(this.#threads.map(({ worker }) => worker.terminate()));
  }
}
