import type { ByteSink } from '../logs/lines/index.js';

/** Standard output as a {@link ByteSink}, and whether its reader went away. */
export interface StdoutSink extends ByteSink {
  /** True once the reader closed the pipe (`… | head`): writing stopped there, as `cat`'s does. */
  readonly readerGone: boolean;
}

/**
 * Standard output for `--out -`: each write resolves once the stream took it (so a slow reader
 * slows the writer down instead of filling memory). A reader that closes the pipe early makes the
 * next write reject; the command then ends quietly (see {@link StdoutSink.readerGone}).
 */
export function stdoutSink(stream: NodeJS.WriteStream = process.stdout): StdoutSink {
  let readerGone = false;
  // Without a listener, EPIPE would be thrown from the stream as an uncaught error.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') readerGone = true;
  });
  return {
    get readerGone() {
      return readerGone;
    },
    write: (data) =>
      new Promise((resolve, reject) => {
        stream.write(data, (error) => {
          if (!error) resolve();
          else {
            if ((error as NodeJS.ErrnoException).code === 'EPIPE') readerGone = true;
            reject(error);
          }
        });
      }),
    close: () => Promise.resolve(),
  };
}
