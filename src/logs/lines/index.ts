/**
 * Line I/O: files read as chunks and split into lines without copying them, plain or `.gz`, with
 * bounded buffers; lines written to a file or a raw copy; the cap on what one node's files may
 * hold. The one module others import.
 */
export { BufferPool } from './buffer-pool.js';
export { ChunkPins } from './chunk-pins.js';
export { readChunks, streamSource, type ByteSource, type ChunkSink } from './chunk-reader.js';
export { NODE_READ_CAP } from './node-cap.js';
export { RawCopy } from './raw-copy.js';
export { openRegular, openRegularHandle, readLines } from './read.js';
export { LinesFile, openFileSink, type ByteSink } from './sink.js';
export { LineSplitter, forEachLine, type LineSink } from './splitter.js';
