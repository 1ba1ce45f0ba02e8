/**
 * Finding the logs: the files a command's paths name (files, folders, artifacts, standard input),
 * the audit log's file names with their rotated siblings, and the order they were written in. The
 * one module others import.
 */
export { auditFilePattern, byWriteOrder } from './file-names.js';
export { scanForEvent } from './first-event.js';
export { LOG_FILE_NAMES } from './folder.js';
export {
  InputPathError,
  STDIN,
  STDIN_LABEL,
  bytesOf,
  filesOf,
  findLogs,
  looksGzip,
  nothingRead,
  type FindOptions,
  type FoundLogs,
  type LogFile,
} from './inputs.js';
