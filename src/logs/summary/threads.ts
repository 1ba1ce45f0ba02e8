import { parentPort, Worker } from 'node:worker_threads';
import { Summarizer, type PartEnd, type SummarizerState } from './summarizer.js';
import { summarizePart } from './part.js';

/** Reads the parts of a log handed to it, and hands back what it counted. */
export interface PartReader {
  /** Reads part `index` (whole lines, its memory its own) from `node`; gives its memory back. */
  read(index: number, node: string, bytes: Buffer): Promise<{ end: PartEnd; memory: ArrayBuffer }>;
  /** What was counted over every part, once all are read; then the reader stops. */
  finish(): Promise<SummarizerState[]>;
  /** Stops the reader (also after a failure). */
  close(): Promise<void>;
}

/** Reads every part on the calling thread, as it is handed in. */
export class InThreadReader implements PartReader {
  readonly #summarizer = new Summarizer();

  read(index: number, node: string, bytes: Buffer) {
    const end = summarizePart(this.#summarizer, index, node, bytes);
    return Promise.resolve({ end, memory: bytes.buffer as ArrayBuffer });
  }

  finish(): Promise<SummarizerState[]> {
    return Promise.resolve([this.#summarizer.toState()]);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

type ToThread =
  | { kind: 'part'; index: number; node: string; memory: ArrayBuffer; length: number }
  | { kind: 'finish' };
type FromThread =
  | { kind: 'part'; index: number; end: PartEnd; memory: ArrayBuffer }
  | { kind: 'state'; state: SummarizerState };

/** The work of a summary thread: each part handed in is read, and its memory handed back. */
export function serveSummaryThread(): void {
  const port = parentPort;
  if (!port) return;
  const summarizer = new Summarizer();
  port.on('message', (message: ToThread) => {
    if (message.kind === 'finish') {
      port.postMessage({ kind: 'state', state: summarizer.toState() } satisfies FromThread);
      return;
    }
    const bytes = Buffer.from(message.memory, 0, message.length);
    const end = summarizePart(summarizer, message.index, message.node, bytes);
    const reply: FromThread = { kind: 'part', index: message.index, end, memory: message.memory };
    port.postMessage(reply, [message.memory]);
  });
}

/**
 * Reads parts on worker threads, each handed to the thread with the fewest waiting; a part's
 * memory moves to its thread and back, never copied. `script` is a program that calls
 * {@link serveSummaryThread} (the bundle of summary-thread.ts).
 */
export class ThreadReader implements PartReader {
  readonly #threads: Thread[];
  /** Those waiting on a thread: all are told when one fails. */
  readonly #waiting = new Set<(error: Error) => void>();
  #failure: Error | undefined;

  constructor(script: URL, count: number) {
    this.#threads = Array.from({ length: count }, () => {
      const thread: Thread = {
        // A small young generation: V8's default lets each thread's garbage from parsing grow
        // to tens of MB before it is swept, which would double the read's memory.
        worker: new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 4 } }),
        parts: new Map(),
        state: undefined,
      };
      thread.worker.on('message', (message: FromThread) => {
        if (message.kind === 'state') thread.state?.(message.state);
        else {
          thread.parts.get(message.index)?.({ end: message.end, memory: message.memory });
          thread.parts.delete(message.index);
        }
      });
      thread.worker.on('error', (error: Error) => this.#fail(error));
      thread.worker.on('exit', (code) => {
        if (code !== 0) this.#fail(new Error(`a summary thread stopped with exit code ${code}`));
      });
      return thread;
    });
  }

  #fail(error: Error): void {
    if (this.#failure) return;
    this.#failure = error;
    for (const reject of this.#waiting) reject(error);
    this.#waiting.clear();
  }

  /** A reply from a thread: rejected instead if a thread fails first. */
  #reply<T>(ask: (resolve: (value: T) => void) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.#failure) return reject(this.#failure);
      this.#waiting.add(reject);
      ask((value) => {
        this.#waiting.delete(reject);
        resolve(value);
      });
    });
  }

  read(index: number, node: string, bytes: Buffer) {
    return this.#reply<{ end: PartEnd; memory: ArrayBuffer }>((resolve) => {
      const thread = this.#threads.reduce((a, b) => (b.parts.size < a.parts.size ? b : a));
      thread.parts.set(index, resolve);
      const memory = bytes.buffer as ArrayBuffer;
      const message: ToThread = { kind: 'part', index, node, memory, length: bytes.length };
      thread.worker.postMessage(message, [memory]);
    });
  }

  async finish(): Promise<SummarizerState[]> {
    try {
      return await Promise.all(
        this.#threads.map((thread) =>
          this.#reply<SummarizerState>((resolve) => {
            thread.state = resolve;
            thread.worker.postMessage({ kind: 'finish' } satisfies ToThread);
          }),
        ),
      );
    } finally {
      await this.close();
    }
  }

  /** Stops the threads (also after a failure). */
  async close(): Promise<void> {
    this.#fail(new Error('the summary threads were stopped'));
    await Promise.all(this.#threads.map(({ worker }) => worker.terminate()));
  }
}

/** One worker thread and the replies it owes. */
interface Thread {
  worker: Worker;
  parts: Map<number, (done: { end: PartEnd; memory: ArrayBuffer }) => void>;
  state: ((state: SummarizerState) => void) | undefined;
}
