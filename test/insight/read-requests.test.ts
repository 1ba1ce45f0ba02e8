import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readRequests } from '../../src/insight/read-requests.js';

describe('readRequests', () => {
  test('reads a log once per request, skipping lines that are not events', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'requests-'));
    const lines = [
      JSON.stringify({ auditID: 'a', stage: 'RequestReceived', verb: 'get' }),
      'not json',
      JSON.stringify({ auditID: 'a', stage: 'ResponseComplete', verb: 'get' }),
      JSON.stringify({ auditID: 'b', stage: 'ResponseComplete', verb: 'list' }),
    ];
    await writeFile(path.join(dir, 'kube-apiserver-audit.log'), `${lines.join('\n')}\n`);
    const seen: string[] = [];
    for await (const r of readRequests([dir])) seen.push(`${r.auditID}:${r.verb}`);
    expect(seen).toEqual(['a:get', 'b:list']);
  });

  test('a path that does not exist is an input error naming it', async () => {
    const read = async () => {
      for await (const _ of readRequests(['/nonexistent/log'])) void _;
    };
    await expect(read()).rejects.toThrow('/nonexistent/log: there is no such file or folder');
  });
});
