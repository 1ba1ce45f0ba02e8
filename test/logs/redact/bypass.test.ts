// The ways past redaction a hostile run and a review of kube-apiserver's audit code found (issue
// 20): each line here held a secret that came out as it went in. kube-apiserver logs a patch as the
// client sent it (LogRequestPatch keeps the raw bytes), so a client's odd JSON reaches the log;
// anyone who can write the runner folder can write anything else.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { passOverNodes } from '../../../src/logs/pass/one-pass.js';
import { REDACTED, redactFile, redactLine } from '../../../src/logs/redact/index.js';
import { redactParsed, REPEATED_KEYS } from '../../../src/logs/redact/line.js';
import { RedactionRules } from '../../../src/logs/redact/settings.js';

const X = 'kaCanaryBypassZq7wX';

/** What redaction writes for `line`, as text. */
const redacted = (line: string, rules?: RedactionRules) =>
  redactLine(line, undefined, rules).line.toString();

/** An event line written by hand (so keys may repeat): `body` is the text after the objectRef. */
const eventLine = (resource: string, verb: string, body: string) =>
  `{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse","auditID":"a1","stage":"ResponseComplete","verb":"${verb}","objectRef":{"resource":"${resource}","namespace":"default","name":"app","apiVersion":"v1"},${body}}`;

/**
 * Keys of every object as a reader that keeps the first of a repeated key sees them, against
 * JSON.parse, which keeps the last: equal when no key repeats.
 */
function firstWins(text: string): unknown {
  let at = 0;
  const value = (): unknown => {
    while (/\s/.test(text[at] ?? '')) at++;
    const c = text[at];
    if (c === '{') {
      at++;
      const out: Record<string, unknown> = {};
      for (;;) {
        while (/[\s,]/.test(text[at] ?? '')) at++;
        if (text[at] === '}') {
          at++;
          return out;
        }
        const key = value() as string;
        while (/[\s:]/.test(text[at] ?? '')) at++;
        const v = value();
        if (!Object.hasOwn(out, key)) out[key] = v;
      }
    }
    if (c === '[') {
      at++;
      const out: unknown[] = [];
      for (;;) {
        while (/[\s,]/.test(text[at] ?? '')) at++;
        if (text[at] === ']') {
          at++;
          return out;
        }
        out.push(value());
      }
    }
    const token = /^("(?:[^"\\]|\\.)*"|[^,}\]\s]+)/.exec(text.slice(at))?.[0] ?? '';
    at += token.length;
    return JSON.parse(token);
  };
  return value();
}

describe('repeated keys', () => {
  it.each([
    [
      'stringData twice',
      eventLine(
        'secrets',
        'update',
        `"requestObject":{"kind":"Secret","apiVersion":"v1","metadata":{"name":"app"},"stringData":{"k":"${X}"},"stringData":{}}`,
      ),
    ],
    [
      'a JSON patch value twice',
      eventLine(
        'secrets',
        'patch',
        `"requestObject":[{"op":"add","path":"/data/pw","value":"${X}","value":null}]`,
      ),
    ],
    [
      'data, then null',
      eventLine(
        'secrets',
        'create',
        `"requestObject":{"kind":"Secret","apiVersion":"v1","data":{"pw":"${X}"},"data":null}`,
      ),
    ],
    [
      'a data key, then the marker',
      eventLine(
        'secrets',
        'create',
        `"requestObject":{"kind":"Secret","apiVersion":"v1","data":{"pw":"${X}","pw":"${REDACTED}"}}`,
      ),
    ],
    [
      'requestObject twice',
      eventLine(
        'secrets',
        'create',
        `"requestObject":{"kind":"Secret","data":{"pw":"${X}"}},"requestObject":null`,
      ),
    ],
    [
      'a repeated key in a response',
      eventLine(
        'secrets',
        'get',
        `"responseObject":{"kind":"Secret","data":{"pw":"${X}"},"kind":"Status"}`,
      ),
    ],
  ])('%s: no value a reader of the first key would see is left', (_, line) => {
    expect(line).toContain(X);
    const out = redacted(line);
    expect(out).not.toContain(X);
    expect(firstWins(out)).toEqual(JSON.parse(out));
  });

  it('writes a line whose objectRef repeats from its parse, so every reader sees one objectRef', () => {
    // Read first-wins, this event is about secrets; read as Go and JSON.parse do, about pods.
    const line = `{"kind":"Event","stage":"ResponseComplete","objectRef":{"resource":"secrets"},"objectRef":{"resource":"pods"},"requestObject":{"metadata":{"name":"p"}}}`;
    const result = redactLine(line);
    expect(result.locations).toEqual([REPEATED_KEYS]);
    const out = result.line.toString();
    expect(firstWins(out)).toEqual(JSON.parse(line));
    expect(out).not.toContain('"secrets"');
  });

  it('writes a line that spells a trigger word from its parse when a key repeats, though no rule changed it', () => {
    const line =
      '{"kind":"Event","stage":"ResponseComplete","objectRef":{"resource":"secrets"},"verb":"get","verb":"delete"}';
    const result = redactLine(line);
    expect(result.locations).toEqual([REPEATED_KEYS]);
    expect(result.line.toString()).toBe(
      '{"kind":"Event","stage":"ResponseComplete","objectRef":{"resource":"secrets"},"verb":"delete"}',
    );
    // Repeated keys in different objects are no repeat.
    const fine = Buffer.from(
      '{"kind":"Event","objectRef":{"resource":"secrets","name":"a"},"user":{"name":"a"},"impersonatedUser":{"name":"b"}}',
    );
    expect(redactLine(fine).line).toBe(fine);
  });

  it('keeps a line that spells no trigger word as it is though a key repeats: no value in it, first or last, is one a rule acts on', () => {
    for (const text of [
      '{"kind":"Event","stage":"ResponseComplete","verb":"get","verb":"delete"}',
      // Spelt so that only the parse sees the repeat, and behind a long string.
      `{"kind":"Event","note":"${'x'.repeat(5000)}","verb":"get","v\u0065rb":"delete"}`,
    ]) {
      const line = Buffer.from(text);
      const result = redactLine(line);
      expect(result.line).toBe(line);
      expect(result.locations).toEqual([]);
      // The full check on its own agrees with the fast path that kept it.
      expect(redactParsed(line).line).toBe(line);
    }
  });

  it('replaces a line too deep to write again by the marker', () => {
    const line = `{"kind":"Event","objectRef":{"resource":"secrets"},"a":1,"a":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const result = redactLine(line);
    expect(result.unparseable).toBe(true);
    expect(JSON.parse(result.line.toString())).toMatchObject({ redacted: REDACTED });
  });
});

describe('patches of secrets keep only where they change', () => {
  it.each([
    ['kind Secret with stringdata', 'patch', `{"kind":"Secret","stringdata":{"k":"${X}"}}`],
    ['kind SecretList with stringdata', 'patch', `{"kind":"SecretList","stringdata":{"k":"${X}"}}`],
    [
      'kind DeleteOptions with stringdata',
      'patch',
      `{"kind":"DeleteOptions","stringdata":{"k":"${X}"}}`,
    ],
    ['a $x key', 'patch', `{"$x":"${X}"}`],
    ['a $setElementOrder directive', 'patch', `{"$setElementOrder/data":["${X}"]}`],
    ['a top-level type', 'patch', `{"type":"${X}"}`],
    ['a top-level type beside kind Secret', 'patch', `{"kind":"Secret","type":"${X}"}`],
    [
      'immutable beside kind Secret',
      'patch',
      `{"kind":"Secret","apiVersion":"v1","immutable":"${X}"}`,
    ],
    ['StringData', 'patch', `{"StringData":{"k":"${X}"}}`],
    ['DATA', 'patch', `{"DATA":{"k":"${X}"}}`],
    ['metadata.Annotations', 'patch', `{"metadata":{"Annotations":{"a":"${X}"}}}`],
    [
      'an annotation in the patch',
      'patch',
      `{"metadata":{"annotations":{"kapp.k14s.io/original":"${X}"}}}`,
    ],
    ['a JSON patch op spelled Value', 'patch', `[{"op":"add","path":"/data/a","Value":"${X}"}]`],
    ['a JSON patch path that is no text', 'patch', `[{"op":"add","path":{"x":"${X}"}}]`],
    [
      'an apply (verb patch) of a whole Secret',
      'patch',
      `{"kind":"Secret","apiVersion":"v1","data":{"k":"${X}"},"stringdata":{"k":"${X}"}}`,
    ],
    [
      'a create with a misspelt field',
      'create',
      `{"kind":"Secret","apiVersion":"v1","metadata":{"name":"app"},"stringdata":{"k":"${X}"}}`,
    ],
    ['a body of no object at all', 'update', `"${X}"`],
  ])('%s', (_, verb, body) => {
    const out = redacted(eventLine('secrets', verb, `"requestObject":${body}`));
    expect(out).not.toContain(X);
  });

  it('keeps op, path, from and the metadata that names the Secret', () => {
    const patch = `[{"op":"copy","from":"/data/a","path":"/data/b"},{"op":"add","path":"/data/c","value":"${X}"}]`;
    const out = JSON.parse(redacted(eventLine('secrets', 'patch', `"requestObject":${patch}`))) as {
      requestObject: unknown;
    };
    expect(out.requestObject).toEqual([
      { op: 'copy', from: '/data/a', path: '/data/b' },
      { op: 'add', path: '/data/c', value: REDACTED },
    ]);
    const merge = `{"metadata":{"name":"app","labels":{"a":"b"},"annotations":{"meta.helm.sh/release-name":"r","x":"${X}"}},"data":{"pw":"${X}"},"type":"Opaque"}`;
    const body = JSON.parse(
      redacted(eventLine('secrets', 'patch', `"requestObject":${merge}`)),
    ) as {
      requestObject: unknown;
    };
    expect(body.requestObject).toEqual({
      metadata: {
        name: 'app',
        labels: { a: 'b' },
        annotations: { 'meta.helm.sh/release-name': 'r', x: REDACTED },
      },
      data: { pw: REDACTED },
      type: REDACTED,
    });
  });

  it('treats a Secret as one wherever it is, keeping only the fields a Secret has', () => {
    // No objectRef: the body says Secret.
    const line = `{"kind":"Event","stage":"ResponseComplete","requestObject":{"kind":"Secret","apiVersion":"v1","type":"Opaque","stringdata":{"k":"${X}"}}}`;
    const out = JSON.parse(redacted(line)) as { requestObject: unknown };
    expect(out.requestObject).toEqual({
      kind: 'Secret',
      apiVersion: 'v1',
      type: 'Opaque',
      stringdata: REDACTED,
    });
  });
});

describe('annotations on Secrets', () => {
  const annotated = (annotations: Record<string, string>) =>
    eventLine(
      'secrets',
      'create',
      `"requestObject":${JSON.stringify({ kind: 'Secret', apiVersion: 'v1', metadata: { name: 'app', annotations }, type: 'Opaque' })}`,
    );

  it("redacts kapp's copy of the whole Secret and every other annotation but the safe ones", () => {
    const original = JSON.stringify({ kind: 'Secret', data: { pw: X } });
    const out = JSON.parse(
      redacted(
        annotated({
          'kapp.k14s.io/original': original,
          'example.com/note': X,
          'kubernetes.io/service-account.name': 'builder',
          'meta.helm.sh/release-name': 'app',
        }),
      ),
    ) as { requestObject: { metadata: { annotations: unknown } } };
    expect(out.requestObject.metadata.annotations).toEqual({
      'kapp.k14s.io/original': REDACTED,
      'example.com/note': REDACTED,
      'kubernetes.io/service-account.name': 'builder',
      'meta.helm.sh/release-name': 'app',
    });
  });

  it('redacts them in lists and tables of secrets, whatever the objects are', () => {
    const table = `"responseObject":{"kind":"Table","rows":[{"cells":["app"],"object":{"kind":"PartialObjectMetadata","metadata":{"name":"app","annotations":{"kapp.k14s.io/original":"${X}"}}}}]}`;
    expect(redacted(eventLine('secrets', 'list', table))).not.toContain(X);
    const list = `"responseObject":{"kind":"List","items":[{"kind":"Secret","metadata":{"annotations":{"a":"${X}"}}}]}`;
    expect(redacted(eventLine('widgets', 'list', list))).not.toContain(X);
  });
});

describe('cut and damaged lines', () => {
  it('replaces a line cut off before any word a rule fires on, though it looks whole', () => {
    // objectRef comes after the body: cut there, nothing says the data belongs to a Secret.
    const full = `{"kind":"Event","stage":"ResponseComplete","requestObject":{"data":{"password":"${X}"}},"objectRef":{"resource":"secrets"}}`;
    const cut = full.slice(0, full.indexOf(',"objectRef"'));
    expect(cut.endsWith('}')).toBe(true);
    const result = redactLine(cut);
    expect(result.unparseable).toBe(true);
    expect(result.line.toString()).not.toContain(X);
  });

  it("replaces it in post's raw copies and in redact's, in the middle of a file or at its end", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'redact-cut-'));
    const whole = '{"kind":"Event","stage":"ResponseComplete","verb":"get"}';
    const cut = `{"kind":"Event","requestObject":{"data":{"password":"${X}"}}`;
    const text = `${whole}\n${cut}\n${whole}\n${cut}`;
    for (const name of [
      'kube-apiserver-audit.log',
      'kube-apiserver-audit-2026-11-26T15-16-49.123.log.gz',
    ]) {
      const input = path.join(dir, 'in', name);
      mkdirSync(path.dirname(input), { recursive: true });
      writeFileSync(input, name.endsWith('.gz') ? gzipSync(text) : text);
      const raw = path.join(dir, 'raw');
      mkdirSync(raw, { recursive: true });
      const pass = await passOverNodes(
        [{ node: 'n', files: [input], rawDir: raw }],
        path.join(dir, 'audit.jsonl'),
        () => {},
        { redact: true },
      );
      await redactFile(input, path.join(dir, `redacted-${name}`));
      for (const file of [...pass.rawFiles, path.join(dir, `redacted-${name}`)]) {
        const bytes = readFileSync(file);
        const out = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString();
        expect(out).not.toContain(X);
        expect(out.split('\n')[0]).toBe(whole);
      }
    }
  });

  it('replaces a cut line that the next event was written onto', () => {
    const partial = `{"kind":"Event","requestObject":{"data":{"password":"${X}`;
    const next = '{"kind":"Event","stage":"ResponseComplete","verb":"get"}';
    expect(redactLine(partial + next).line.toString()).not.toContain(X);
  });
});

describe("the user's rules", () => {
  it('redacts the audit annotations a glob names, in any event', () => {
    const line = eventLine(
      'pods',
      'create',
      `"annotations":{"example.com/token":"${X}","authorization.k8s.io/decision":"allow"}`,
    );
    expect(redacted(line)).toContain(X);
    const rules = RedactionRules.compile({
      auditAnnotations: ['example.com/*'],
      resources: [],
      patterns: [],
    });
    const out = JSON.parse(redacted(line, rules)) as { annotations: unknown };
    expect(out.annotations).toEqual({
      'example.com/token': REDACTED,
      'authorization.k8s.io/decision': 'allow',
    });
  });

  it('redacts the objects of the resources named as Secrets are, patches included', () => {
    const rules = RedactionRules.compile({
      auditAnnotations: [],
      resources: ['configmaps', 'widgets.example.com'],
      patterns: [],
    });
    const lines = [
      eventLine(
        'configmaps',
        'create',
        `"requestObject":{"kind":"ConfigMap","data":{"release":"${X}"},"binaryData":{"b":"${X}"}}`,
      ),
      eventLine(
        'configmaps',
        'patch',
        `"requestObject":{"data":{"release":"${X}"},"other":"${X}"}`,
      ),
      eventLine(
        'configmaps',
        'patch',
        `"requestObject":[{"op":"replace","path":"/data/release","value":"${X}"}]`,
      ),
      eventLine(
        'configmaps',
        'get',
        `"responseObject":{"kind":"ConfigMap","metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\\"data\\":{\\"k\\":\\"${X}\\"}}"}}}`,
      ),
      eventLine(
        'configmaps',
        'list',
        `"responseObject":{"kind":"ConfigMapList","items":[{"data":{"k":"${X}"}}]}`,
      ),
      `{"kind":"Event","objectRef":{"resource":"widgets","apiGroup":"example.com"},"responseObject":{"kind":"Widget","data":{"k":"${X}"}}}`,
    ];
    for (const line of lines) {
      expect(redacted(line), line).toContain(X);
      expect(redacted(line, rules), line).not.toContain(X);
    }
    // The group must match too.
    const other = `{"kind":"Event","objectRef":{"resource":"widgets","apiGroup":"other.io"},"responseObject":{"data":{"k":"${X}"}}}`;
    expect(redacted(other, rules)).toContain(X);
  });

  it('replaces the text a pattern matches in any string value, requestURI included', () => {
    const rules = RedactionRules.compile({
      auditAnnotations: [],
      resources: [],
      patterns: ['command=[^&]*', 'AKIA[0-9A-Z]{16}'],
    });
    const exec = `{"kind":"Event","requestURI":"/api/v1/namespaces/default/pods/app/exec?command=cat&command=%2Fsecret%2F${X}&stdout=true","verb":"create"}`;
    const out = JSON.parse(redacted(exec, rules)) as { requestURI: string };
    expect(out.requestURI).toBe(
      `/api/v1/namespaces/default/pods/app/exec?${REDACTED}&${REDACTED}&stdout=true`,
    );
    // An AWS key spelled with an escape in a body: found after the parse.
    const key =
      '{"kind":"Event","requestObject":{"spec":{"env":[{"value":"x \\u0041KIAABCDEFGHIJKLMNOP y"}]}}}';
    expect(redacted(key, rules)).toContain(`"x ${REDACTED} y"`);
    expect(redacted(key)).toBe(key);
  });

  it('never matches a pattern inside the marker: a second pass changes nothing', () => {
    const rules = RedactionRules.compile({
      auditAnnotations: [],
      resources: [],
      patterns: ['redacted by', 'kind-audit>x'],
    });
    const line = `{"kind":"Event","userAgent":"a redacted by b ${REDACTED}x"}`;
    const once = redactLine(line, undefined, rules);
    expect(JSON.parse(once.line.toString())).toMatchObject({
      userAgent: `a ${REDACTED} b ${REDACTED}x`,
    });
    const twice = redactLine(once.line, undefined, rules);
    expect(twice.line.toString()).toBe(once.line.toString());
    expect(twice.redacted).toBe(0);
  });
});

describe('kinds named, not held', () => {
  // Found on real Kubernetes: kubectl's discovery (GET /api at RequestResponse) answers with an
  // APIGroupDiscoveryList whose `secrets` entry names its kind as {group, version, kind: Secret}.
  const discovery = `{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse","auditID":"d1","stage":"ResponseComplete","requestURI":"/api?timeout=32s","verb":"get","responseStatus":{"metadata":{},"code":200},"responseObject":{"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","metadata":{},"items":[{"metadata":{},"versions":[{"version":"v1","resources":[{"resource":"secrets","responseKind":{"group":"","version":"","kind":"Secret"},"scope":"Namespaced","singularResource":"secret","verbs":["get"]}]}]}]}}`;

  it('keeps the discovery document byte for byte: its responseKind is no Secret', () => {
    expect(redacted(discovery)).toBe(discovery);
  });

  it('still redacts an object of kind Secret that holds more than a kind reference', () => {
    const secret = eventLine(
      'configmaps',
      'get',
      `"responseObject":{"kind":"ConfigMap","data":{"x":"y"},"extra":{"group":"","version":"","kind":"Secret","data":{"pw":"${X}"}}}`,
    );
    expect(redacted(secret)).not.toContain(X);
    const odd = eventLine(
      'configmaps',
      'get',
      `"responseObject":{"kind":"ConfigMap","extra":{"group":"${X}","kind":"Secret","version":1}}`,
    );
    expect(redacted(odd)).not.toContain(X);
  });
});
