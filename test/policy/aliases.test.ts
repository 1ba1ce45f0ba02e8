import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../src/policy/index.js';

const HEAD = 'apiVersion: audit.k8s.io/v1\nkind: Policy\n';
const EXCESSIVE = 'failed decoding: yaml: document contains excessive aliasing';

/** Nine levels of mappings, each merging nine copies of the one before: 9^9 rules' worth. */
function mergeKeyBomb(): string {
  let text = `${HEAD}x0: &a0 {level: None}\n`;
  for (let i = 1; i <= 9; i++)
    text += `x${i}: &a${i} {<<: [${Array(9)
      .fill(`*a${i - 1}`)
      .join(',')}]}\n`;
  return `${text}rules:\n- <<: *a9\n`;
}

/** The classic "billion laughs": lists of nine aliases of the list before. */
function aliasBomb(where: string): string {
  let text = `${HEAD}${where}:\n  l0: &l0 [lol]\n`;
  for (let i = 1; i <= 9; i++)
    text += `  l${i}: &l${i} [${Array(9)
      .fill(`*l${i - 1}`)
      .join(',')}]\n`;
  return `${text}rules:\n- level: None\n`;
}

describe('alias expansion, bounded as kube bounds it', () => {
  it("refuses a 600-byte merge-key bomb with go-yaml's message", () => {
    const bomb = mergeKeyBomb();
    expect(bomb.length).toBeLessThan(700);
    expect(checkPolicy(bomb)).toMatchObject({ valid: false, errors: [EXCESSIVE] });
  });

  it('refuses an alias bomb in a field kube drops, because kube expands it before it drops it', () => {
    expect(checkPolicy(aliasBomb('metadata')).errors).toEqual([EXCESSIVE]);
    expect(checkPolicy(aliasBomb('x-anything')).errors).toEqual([EXCESSIVE]);
  });

  it('accepts a policy of 300 rules that share their selectors through merge keys', () => {
    let text = `${HEAD}x-common: &common {level: Metadata, namespaces: [ci, staging], verbs: [get, list]}\nrules:\n`;
    for (let i = 0; i < 300; i++) text += `- <<: *common\n  users: [user-${i}]\n`;
    const result = checkPolicy(text);
    expect(result.errors).toEqual([]);
    expect(result.policy?.rules).toHaveLength(300);
    expect(result.policy?.rules[299]).toEqual({
      level: 'Metadata',
      users: ['user-299'],
      verbs: ['get', 'list'],
      namespaces: ['ci', 'staging'],
    });
  });

  it('accepts a short policy with more than 100 aliases (a fixed alias count would refuse it)', () => {
    const users = Array(150).fill('*u').join(', ');
    const result = checkPolicy(`${HEAD}x: &u alice\nrules:\n- level: None\n  users: [${users}]\n`);
    expect(result.errors).toEqual([]);
    expect(result.policy?.rules[0]?.users).toHaveLength(150);
  });

  it('refuses a merge of something that is not a mapping, as kube does', () => {
    expect(checkPolicy(`${HEAD}x: &s text\nrules:\n- <<: *s\n  level: None\n`).errors).toEqual([
      'failed decoding: yaml: map merge requires map or sequence of maps as the value',
    ]);
  });

  it('reads a quoted "<<" as an ordinary key, not a merge', () => {
    const result = checkPolicy(`${HEAD}x: &m {users: [a]}\nrules:\n- "<<": *m\n  level: None\n`);
    expect(result.policy?.rules[0]).toEqual({ level: 'None' });
    expect(result.warnings.map((w) => w.message)).toContain(
      'rules[0].<<: unknown field "<<" is dropped by kube-apiserver',
    );
  });
});
