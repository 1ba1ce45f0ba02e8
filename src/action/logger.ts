import * as core from '@actions/core';
import type { Annotation, Logger } from '../messages/logger.js';

function properties(where: Annotation | undefined): core.AnnotationProperties {
  return {
    ...(where?.title ? { title: where.title } : {}),
    ...(where?.file ? { file: where.file } : {}),
    ...(where?.line ? { startLine: where.line } : {}),
  };
}

/** The logger the action uses: log groups, debug lines and annotations of the runner. */
export const coreLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  notice: (message, where) => core.notice(message, properties(where)),
  warning: (message, where) => core.warning(message, properties(where)),
  error: (message, where) => core.error(message, properties(where)),
  group: (name, fn) => core.group(name, fn),
};
