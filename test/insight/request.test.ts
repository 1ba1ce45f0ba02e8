import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FinalStages } from '../../src/insight/final-stage.js';
import { readRequests } from '../../src/insight/read-requests.js';
import type { AuditEvent } from '../../src/logs/events/event.js';

describe('FinalStages', () => {
  const event = (auditID: string, stage: string): AuditEvent => ({ auditID, stage });

  test('a request seen at two stages is passed on once, at its final stage', () => {
    const out: AuditEvent[] = [];
    const stages = new FinalStages((e) => out.push(e));
    stages.add(event('a', 'RequestReceived'));
    stages.add(event('b', 'ResponseComplete'));
    stages.add(event('a', 'ResponseComplete'));
    stages.end();
    expect(out.map((e) => `${e.auditID}:${e.stage}`)).toEqual([
      'b:ResponseComplete',
      'a:ResponseComplete',
    ]);
  });

  test('a request whose final stage never came is passed on at its last stage seen', () => {
    const out: AuditEvent[] = [];
    const stages = new FinalStages((e) => out.push(e));
    stages.add(event('a', 'RequestReceived'));
    stages.add(event('a', 'ResponseStarted'));
    stages.end();
    expect(out.map((e) => e.stage)).toEqual(['ResponseStarted']);
  });

  test('too many waiting requests pass the oldest on, so memory stays bounded', () => {
    const out: AuditEvent[] = [];
    const stages = new FinalStages((e) => out.push(e), 2);
    for (const id of ['a', 'b', 'c']) stages.add(event(id, 'RequestReceived'));
    expect(out.map((e) => e.auditID)).toEqual(['a']);
    stages.end();
    expect(out.map((e) => e.auditID)).toEqual(['a', 'b', 'c']);
  });
});

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
