import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  bytesOf,
  filesOf,
  findLogs,
  InputPathError,
  nothingRead,
  STDIN,
} from '../../../src/logs/find/inputs.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'log-inputs-'));
const event = '{"kind":"Event","auditID":"a","stage":"ResponseComplete"}\n';

/** The files found, relative to `dir`, node by node. */
async function layout(dir: string, options: Parameters<typeof findLogs>[1] = {}) {
  const found = await findLogs([dir], options);
  return {
    groups: found.groups.map((g) => ({
      node: g.node,
      files: g.files.map((f) => path.relative(dir, f.path)),
    })),
    copies: found.copies.map((f) => path.relative(dir, f.path)),
  };
}

describe('findLogs: the one way every command finds logs', () => {
  it("reads a folder's logs a few folders deep, each subfolder a node in write order", async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'cp1'));
    mkdirSync(path.join(dir, 'cp2'));
    writeFileSync(path.join(dir, 'cp1', 'kube-apiserver-audit.log'), event);
    writeFileSync(
      path.join(dir, 'cp1', 'kube-apiserver-audit-2026-01-01T00-00-00.000.log.gz'),
      gzipSync(event),
    );
    writeFileSync(path.join(dir, 'cp1', 'kube-apiserver.log'), 'I0101 not events\n');
    writeFileSync(path.join(dir, 'cp2', 'events.json'), event);
    writeFileSync(path.join(dir, 'cp2', 'summary.json'), '{}');
    writeFileSync(path.join(dir, 'notes.txt'), 'not a log name');
    symlinkSync('/etc/passwd', path.join(dir, 'cp2', 'linked.log'));
    expect(await layout(dir)).toEqual({
      groups: [
        {
          node: 'cp1',
          files: [
            'cp1/kube-apiserver-audit-2026-01-01T00-00-00.000.log.gz',
            'cp1/kube-apiserver-audit.log',
          ],
        },
        { node: 'cp2', files: ['cp2/events.json'] },
      ],
      copies: [],
    });
  });

  it('reads an artifact through audit.jsonl, its raw copies counted but not read (redact reads them all)', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'kind-control-plane'));
    writeFileSync(path.join(dir, 'audit.jsonl'), event);
    writeFileSync(path.join(dir, 'kind-control-plane', 'kube-apiserver-audit.log'), event);
    // `kind export logs`: the nodes' own logs, no events; redacting them would mangle them.
    mkdirSync(path.join(dir, 'kind-logs', 'kind-control-plane'), { recursive: true });
    writeFileSync(path.join(dir, 'kind-logs', 'kind-control-plane', 'kubelet.log'), 'I0101\n');
    expect(await layout(dir)).toEqual({
      groups: [{ node: '', files: ['audit.jsonl'] }],
      copies: ['kind-control-plane/kube-apiserver-audit.log'],
    });
    expect(await layout(dir, { artifact: 'every-file' })).toEqual({
      groups: [
        { node: path.basename(dir), files: ['audit.jsonl'] },
        { node: 'kind-control-plane', files: ['kind-control-plane/kube-apiserver-audit.log'] },
      ],
      copies: [],
    });
  });

  it('reads a file named outright whatever its name, following a link the user named', async () => {
    const dir = tmp();
    const file = path.join(dir, 'captured.txt');
    writeFileSync(file, event);
    symlinkSync(file, path.join(dir, 'link'));
    const found = await findLogs([path.join(dir, 'link')]);
    expect(filesOf(found)).toEqual([
      {
        path: realpathSync(file),
        label: path.join(dir, 'link'),
        node: path.basename(dir),
        bytes: event.length,
      },
    ]);
    expect(bytesOf(found)).toBe(event.length);
  });

  it('reads - through the copy of standard input it is given, once', async () => {
    const copy = path.join(tmp(), 'stdin');
    writeFileSync(copy, event);
    const found = await findLogs([STDIN], { stdin: () => Promise.resolve(copy) });
    expect(filesOf(found)).toEqual([
      { path: copy, label: 'standard input', node: '', bytes: event.length },
    ]);
    await expect(findLogs([STDIN, STDIN], { stdin: () => Promise.resolve(copy) })).rejects.toThrow(
      '-: standard input is named twice, and can be read only once',
    );
  });

  it('lists named folders that hold no log', async () => {
    const dir = tmp();
    const found = await findLogs([dir]);
    expect([found.groups, found.empty]).toEqual([[], [dir]]);
    expect(nothingRead(found, 0)).toBe(
      `read 0 requests from ${dir}: no log file was found (*.log, *.jsonl or *.json, plain or .gz)`,
    );
  });

  it.each([
    ['/no/such/log', 'there is no such file or folder'],
    ['/dev/null', 'it is neither a regular file nor a folder'],
  ])('refuses %s, saying why in words', async (given, problem) => {
    const error = await findLogs([given]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputPathError);
    expect(error).toMatchObject({ path: given, problem });
  });

  it('refuses a .gz that is not gzip, by its first bytes, before anything is read', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.log.gz'), event);
    await expect(findLogs([dir])).rejects.toMatchObject({
      path: path.join(dir, 'a.log.gz'),
      problem: expect.stringContaining('it is named .gz but is not gzip-compressed') as string,
    });
    // An empty .gz holds nothing yet (a rotation being compressed): no error, no lines.
    writeFileSync(path.join(dir, 'a.log.gz'), '');
    expect(filesOf(await findLogs([dir]))).toHaveLength(1);
  });

  it('refuses a FIFO put where a log should be, without hanging on it', async () => {
    const dir = tmp();
    execFileSync('mkfifo', [path.join(dir, 'kube-apiserver-audit.log')]);
    // Found in a folder: a FIFO is no regular file, so the search leaves it out.
    expect(filesOf(await findLogs([dir]))).toEqual([]);
    // Named outright: refused.
    await expect(findLogs([path.join(dir, 'kube-apiserver-audit.log')])).rejects.toThrow(
      'it is neither a regular file nor a folder',
    );
  });
});

describe('nothingRead: what a command says when it read no request', () => {
  it('names the paths and what they held', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.log'), 'text\nmore text\n');
    writeFileSync(path.join(dir, 'b.log'), '');
    const found = await findLogs([dir, path.join(dir, 'b.log')]);
    expect(nothingRead(found, 2)).toBe(
      `read 0 requests from ${dir}, ${path.join(dir, 'b.log')}: 3 files, 2 lines, none of them an audit event`,
    );
    expect(nothingRead(await findLogs([path.join(dir, 'b.log')]), 0)).toBe(
      `read 0 requests from ${path.join(dir, 'b.log')}: 1 file, and it is empty`,
    );
  });
});
