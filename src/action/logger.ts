import * as core from '@actions/core';
import type { Logger } from '../logger.js';

/** The logger the action uses: log groups, debug lines and annotations of the runner. */
export const coreLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  notice: (message, title) => core.notice(message, title ? { title } : {}),
  warning: (message, title) => core.warning(message, title ? { title } : {}),
  error: (message, title) => core.error(message, title ? { title } : {}),
  group: (name, fn) => core.group(name, fn),
};
