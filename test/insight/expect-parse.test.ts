import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  EXPECT_SIZE_LIMIT,
  ExpectError,
  ExpectFileError,
  parseExpectations,
  readExpectations,
} from '../../src/insight/expect/index.js';

/** The problems of a text that must be refused, one line each. */
function problems(text: string): string[] {
  try {
    parseExpectations(text, 'expect.yaml');
  } catch (error) {
    if (error instanceof ExpectError)
      return error.message
        .split('\n')
        .slice(1)
        .map((l) => l.trim());
    throw error;
  }
  throw new Error('the text was accepted');
}

describe('parseExpectations', () => {
  test("reads the README's example, each field a value or a list", () => {
    const [e] = parseExpectations(
      `- name: the operator never reads Secrets
  forbid:
    user: system:serviceaccount:app:*
    userGroup: system:serviceaccounts
    verb: [get, list, watch]
    resource: secrets
    namespace: app
    name: db-password
    code: [200, 403]
`,
      'x',
    );
    expect(e).toEqual({
      name: 'the operator never reads Secrets',
      kind: 'forbid',
      selector: {
        user: ['system:serviceaccount:app:*'],
        userGroup: ['system:serviceaccounts'],
        verb: ['get', 'list', 'watch'],
        resource: ['secrets'],
        namespace: ['app'],
        name: ['db-password'],
        code: [200, 403],
      },
    });
  });

  test('a require with a path, and an empty forbid that matches everything', () => {
    expect(
      parseExpectations(
        '- {name: scraped, require: {path: /metrics, code: 200}}\n- {name: all, forbid: {}}',
        'x',
      ),
    ).toEqual([
      { name: 'scraped', kind: 'require', selector: { path: ['/metrics'], code: [200] } },
      { name: 'all', kind: 'forbid', selector: {} },
    ]);
  });

  test.each([
    [
      '- forbid: {verb: get}',
      'expectation #1, field name has nothing: every expectation needs a name',
    ],
    [
      '- {name: a, forbid: {}}\n- {name: a, forbid: {}}',
      'expectation "a", field name has the value "a": names must be unique',
    ],
    [
      '- {name: a}',
      'expectation "a", field forbid or require has neither: give exactly one of forbid',
    ],
    ['- {name: a, forbid: {}, require: {}}', 'expectation "a", field forbid and require has both'],
    [
      '- {name: a, forbid: {verbs: get}}',
      'expectation "a", field forbid.verbs has the value "get": not a field of forbid; its fields are user, userGroup, verb',
    ],
    [
      '- {name: a, forbids: {}}',
      'expectation "a", field forbids has a mapping: not a field of an expectation',
    ],
    [
      '- {name: a, forbid: {resource: pods, path: /metrics}}',
      'expectation "a", field forbid.path has the value "/metrics": resource and path exclude each other',
    ],
    [
      '- {name: a, forbid: {code: "403"}}',
      'field forbid.code has the value "403": a response code is a whole number from 100 to 599',
    ],
    ['- {name: a, forbid: {code: [403, 42]}}', 'field forbid.code has the value 42'],
    [
      '- {name: a, forbid: {verb: GET}}',
      'field forbid.verb has the value "GET": verbs are lower-case',
    ],
    [
      '- {name: a, forbid: {verb: []}}',
      'field forbid.verb has an empty list: give a value or a list of one or more values',
    ],
    [
      '- {name: a, forbid: {name: 123}}',
      'field forbid.name has the value 123: name takes text; write the value in quotes',
    ],
    [
      '- {name: a, forbid: {user: ""}}',
      'field forbid.user has the value "": user may not be empty',
    ],
    [
      '- {name: a, forbid: {resource: Secrets}}',
      'field forbid.resource has the value "Secrets": a resource is spelled as kubectl does',
    ],
    [
      '- {name: a, forbid: {path: metrics}}',
      'field forbid.path has the value "metrics": a non-resource path starts with /',
    ],
    ['- {name: a, forbid: [verb]}', 'field forbid has a list: forbid is a mapping of the fields'],
    ['- just text', 'expectation #1 has the value "just text": an expectation is a mapping'],
    [
      'name: a\nforbid: {}',
      'the expectations has a mapping: write a list of one or more expectations',
    ],
    ['', 'the expectations has nothing: write a list'],
    [
      '- {name: a, forbid: {}}\n---\n- {name: b, forbid: {}}',
      'it holds more than one YAML document',
    ],
    ['- {name: a, name: b, forbid: {}}', 'Map keys must be unique'],
  ])('refuses %j, naming expectation, field, value and what is allowed', (text, wanted) => {
    expect(problems(text).join('\n')).toContain(wanted);
  });

  test('lists every problem, not only the first', () => {
    expect(problems('- {name: a, forbid: {verb: GET, code: 9}}\n- {forbid: {}}')).toHaveLength(3);
  });

  test('a namespace of "" (cluster scope) is allowed', () => {
    expect(parseExpectations('- {name: a, forbid: {namespace: ""}}', 'x')[0]?.selector).toEqual({
      namespace: [''],
    });
  });

  test('aliases work, an alias bomb and a self-reference are refused in bounded time', () => {
    expect(
      parseExpectations(
        '- {name: a, forbid: {verb: &v [get, list]}}\n- {name: b, require: {verb: *v}}',
        'x',
      )[1]?.selector.verb,
    ).toEqual(['get', 'list']);
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `${'bcdefghij'[i]}: &${'bcdefghij'[i]} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`,
      ),
    ].join('\n');
    const started = Date.now();
    expect(problems(bomb).join('\n')).toContain('it expands to more than 100000 values');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(problems('- &x {name: a, forbid: {verb: [*x]}}').join('\n')).toContain(
      'refers to itself',
    );
    expect(problems('- {name: a, forbid: {verb: *nowhere}}').join('\n')).toContain(
      "unknown anchor 'nowhere'",
    );
  });

  test('deep nesting is refused, not a crash', () => {
    expect(problems(`- ${'['.repeat(40)}${']'.repeat(40)}`).join('\n')).toContain(
      'it nests deeper than 32 levels',
    );
    expect(problems(`${'['.repeat(5000)}${']'.repeat(5000)}`)).toHaveLength(1);
  });

  test('text over the size limit is refused with its size', () => {
    const text = `# ${'x'.repeat(EXPECT_SIZE_LIMIT)}\n- {name: a, forbid: {}}`;
    expect(problems(text).join('\n')).toContain(`at most ${EXPECT_SIZE_LIMIT} bytes`);
  });
});

test('an ExpectError words itself as a bad input, naming input, value and problems', () => {
  let error: unknown;
  try {
    parseExpectations('- {name: a, forbid: {verb: GET}}', "the 'expect' input");
  } catch (caught) {
    error = caught;
  }
  if (!(error instanceof ExpectError)) throw new Error('expected an ExpectError');
  expect(error.asInputError('expect', '- {name: a, forbid: {verb: GET}}').message).toBe(
    `Input 'expect' has the value "- {name: a, forbid: {verb: GET}}": expectation "a", field forbid.verb has the value "GET": verbs are lower-case as in the audit log: get, list, watch, create, update, patch, delete, deletecollection, ….`,
  );
});

describe('an expectations file', () => {
  /** The problems of a file's text, one line each. */
  function fileProblems(text: string): string {
    try {
      parseExpectations(text, 'expect.yaml', { fromFile: true });
    } catch (error) {
      if (error instanceof ExpectError) return error.message;
      throw error;
    }
    throw new Error('the text was accepted');
  }

  test.each([
    ['a text instead of a list', 'hunter2-canary\n', 'the expectations has a text: write a list'],
    [
      'an item that is a text',
      '- hunter2-canary\n',
      'expectation #1 (line 1) has a text: an expectation is a mapping',
    ],
    [
      'a field of its own',
      '- name: ok\n  forbid: {}\n- name: hunter2-canary\n  password: hunter2-canary\n',
      'expectation #2 (line 3), field password has a text: not a field of an expectation',
    ],
    [
      'a bad value in a known field',
      '- {name: hunter2-canary, forbid: {verb: hunter2-CANARY}}\n',
      'expectation #1 (line 1), field forbid.verb has a text: verbs are lower-case',
    ],
    [
      'a duplicated name',
      '- {name: hunter2-canary, forbid: {}}\n- {name: hunter2-canary, forbid: {}}\n',
      'expectation #2 (line 2), field name has a text: names must be unique',
    ],
  ])('says what is wrong with %s, never what is there', (_, text, wanted) => {
    const message = fileProblems(text);
    expect(message).toContain(wanted);
    expect(message).not.toMatch(/hunter2/i);
  });

  test('quotes no line of /etc/passwd read as expectations', async () => {
    const passwd = readFileSync('/etc/passwd', 'utf8');
    const error = await readExpectations('/etc/passwd').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExpectError);
    const message = (error as Error).message;
    expect(message).toContain('the expectations has a text: write a list of one or more');
    for (const line of passwd.split('\n').filter(Boolean)) expect(message).not.toContain(line);
    // Not even the start of one: the old message quoted its first 77 characters.
    expect(message).not.toContain(passwd.slice(0, 12));
  });
});

describe('readExpectations', () => {
  test('reads a file; a missing file or a folder is an ExpectFileError naming the path', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'expect-read-'));
    const file = path.join(dir, 'expect.yaml');
    await writeFile(file, '- {name: a, forbid: {verb: get}}\n');
    expect(await readExpectations(file)).toHaveLength(1);
    await expect(readExpectations(path.join(dir, 'none.yaml'))).rejects.toThrow(
      new ExpectFileError(path.join(dir, 'none.yaml'), 'does not exist'),
    );
    await expect(readExpectations(dir)).rejects.toThrow(/is a directory/);
    await writeFile(file, 'x'.repeat(EXPECT_SIZE_LIMIT + 1));
    await expect(readExpectations(file)).rejects.toThrow(/holds \d+ bytes/);
  });
});

describe('docs/expectations.md', () => {
  test('its example expectations are valid as written', () => {
    const page = readFileSync(new URL('../../docs/expectations.md', import.meta.url), 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(page)?.[1] ?? '';
    expect(parseExpectations(yaml, 'docs/expectations.md').map((e) => [e.name, e.kind])).toEqual([
      ['the operator never reads Secrets', 'forbid'],
      ['the operator records Events', 'require'],
      ['metrics are scraped', 'require'],
    ]);
  });
});
