import path from 'node:path';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Matches the audit log and its rotated siblings: `<stem><ext>` and
 * `<stem>-<UTC YYYY-MM-DDTHH-MM-SS.mmm><ext>`, each optionally `.gz`: kube-apiserver rotates its
 * log with lumberjack v2 (`backupTimeFormat` and `compressLogFile` in lumberjack's `lumberjack.go`).
 */
export function auditFilePattern(logPath: string): RegExp {
  const ext = path.posix.extname(logPath);
  const stem = escapeRegExp(path.posix.basename(logPath, ext));
  return new RegExp(
    `^${stem}(-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3})?${escapeRegExp(ext)}(\\.gz)?$`,
  );
}

/** Current file last, rotated files oldest first: the order in which their events were written. */
export function byWriteOrder(names: string[]): string[] {
  const rotated = (n: string) => /-\d{4}-\d{2}-\d{2}T/.test(n);
  return [...names].sort((a, b) => Number(rotated(b)) - Number(rotated(a)) || a.localeCompare(b));
}
