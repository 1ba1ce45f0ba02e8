/**
 * What a file-system error means, in words a person reads: never the errno name or Node's
 * `ELOOP: too many symbolic links encountered, open '…'`. The caller names the path and the flag
 * or argument that gave it; this says what is wrong with it.
 */
export function fsProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'there is no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of its path is not a folder';
    case 'EISDIR':
      return 'it is a folder';
    case 'ELOOP':
      return 'it is a symbolic link';
    case 'ENXIO':
      return 'it is a FIFO or socket that nothing is connected to';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    case 'EIO':
      return 'the disk reported an input/output error';
    default: {
      const message = error instanceof Error ? error.message : String(error);
      // Node's own errors read `CODE: what, syscall 'path'`: keep the words only.
      return message.replace(/^[A-Z][A-Z0-9_]+: /, '').replace(/, \w+ '.*'$/, '');
    }
  }
}
