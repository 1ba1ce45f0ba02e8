// The linear-time engine that runs users' redact-patterns: it must cover exactly the characters
// JavaScript's own RegExp says some match covers (compared by brute force on short random texts),
// refuse what it cannot run with a reason, and stay linear where RegExp backtracks for ever.
import { describe, expect, it } from 'vitest';
import { seeded } from '../../bench/generate-log.js';
import { PatternError, PatternSet } from '../../src/linear-regex/index.js';

const MARK = '#';

/** Which characters of `text` some match of `pattern` covers, by RegExp, trying every span. */
function coveredByRegExp(pattern: string, text: string): boolean[] {
  const flags = pattern.startsWith('(?i)') ? 'i' : '';
  const body = flags ? pattern.slice(4) : pattern;
  const covered = text.split('').map(() => false);
  for (let a = 0; a < text.length; a++)
    for (let b = a + 1; b <= text.length; b++) {
      // Matches starting at a and ending exactly at b, in the whole text's context.
      const re = new RegExp(`(?:${body})(?<=^[\\s\\S]{${b}})`, `y${flags}`);
      re.lastIndex = a;
      if (re.test(text)) for (let i = a; i < b; i++) covered[i] = true;
    }
  return covered;
}

/** A random pattern over a small alphabet, built from every construct the engine allows. */
function randomPattern(random: () => number, depth = 0): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  const atom = (): string => {
    const roll = random();
    if (depth < 2 && roll < 0.2) return `(${randomPattern(random, depth + 1)})`;
    if (roll < 0.3) return pick(['[ab]', '[^a]', '[a-c]', '\\w', '\\d', '.', '\\s', '[-b]']);
    if (roll < 0.38) return pick(['^', '$', '\\b', '\\B']);
    return pick(['a', 'b', 'c', '1', ' ', '-', '\\-']);
  };
  const piece = () => {
    const a = atom();
    if (/^(\^|\$|\\b|\\B)$/.test(a)) return a;
    return a + pick(['', '', '', '*', '+', '?', '{2}', '{1,3}', '{2,}']);
  };
  const seq = () => Array.from({ length: 1 + Math.floor(random() * 3) }, piece).join('');
  return random() < 0.2 ? `${seq()}|${seq()}` : seq();
}

describe('PatternSet', () => {
  it('covers exactly what RegExp finds, on random patterns and texts', () => {
    const random = seeded(20);
    let compared = 0;
    for (let n = 0; n < 600; n++) {
      const pattern = (random() < 0.1 ? '(?i)' : '') + randomPattern(random);
      let set: PatternSet;
      try {
        set = PatternSet.compile([pattern]);
      } catch (error) {
        // The random patterns are all valid syntax: only those that may match the empty string
        // (with anchors and \b taken as met) and repeated anchors are refused.
        expect(error).toBeInstanceOf(PatternError);
        expect(String(error), pattern).toMatch(/empty string|follow an anchor/);
        continue;
      }
      for (let t = 0; t < 5; t++) {
        const text = Array.from({ length: Math.floor(random() * 9) }, () =>
          'abcAB1 -'.charAt(Math.floor(random() * 8)),
        ).join('');
        const expected = coveredByRegExp(pattern, text);
        const out = set.replace(text, MARK);
        const shown = text
          .split('')
          .map((c, i) => (expected[i] ? MARK : c))
          .join('')
          .replace(new RegExp(`${MARK}+`, 'g'), MARK);
        expect(out ?? text, `${pattern} on ${JSON.stringify(text)}`).toBe(shown);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it('replaces every stretch any pattern covers, overlapping matches of two patterns as one', () => {
    const set = PatternSet.compile(['AKIA[0-9A-Z]{16}', 'command=[^&]*']);
    expect(set.replace('/exec?command=cat&command=%2Fetc%2Fshadow&stdout=true', 'X')).toBe(
      '/exec?X&X&stdout=true',
    );
    expect(set.replace('key AKIAABCDEFGHIJKLMNOP end', 'X')).toBe('key X end');
    expect(set.replace('nothing here', 'X')).toBeUndefined();
    const overlapping = PatternSet.compile(['ab', 'bcdef']);
    expect(overlapping.replace('xabcdefx', 'X')).toBe('xXx');
  });

  it.each([
    ['(a)\\1', /backreferences/],
    ['a(?=b)', /lookahead and lookbehind/],
    ['(?<!a)b', /lookahead and lookbehind/],
    ['a+?', /lazy quantifiers/],
    ['a**', /a quantifier cannot follow a quantifier/],
    ['x*', /empty string/],
    ['^', /empty string/],
    ['a{1001}', /above 1000/],
    ['a{3,1}', /counts down/],
    ['(ab', /never closed/],
    ['ab)', /closes no group/],
    ['[ab', /never closed/],
    ['[]', /empty class/],
    ['a{', /starts no/],
    ['\\p{L}', /not a supported escape/],
    ['*a', /repeats nothing/],
    ['a(?i)b', /very start/],
    ['', /empty/],
    ['(a{100}){100}', /too large/],
  ])('refuses %s, saying why', (pattern, why) => {
    expect(() => PatternSet.compile([pattern])).toThrow(why);
    // The message names the pattern, so a list of several says which one.
    if (pattern && !/too large/.test(String(why)))
      expect(() => PatternSet.compile(['ok', pattern])).toThrow(JSON.stringify(pattern));
  });

  it('runs in linear time where RegExp backtracks catastrophically', () => {
    // Each of these takes RegExp longer than the age of the universe on 10,000 characters; a
    // backtracking engine would time this test out.
    const text = `${'a'.repeat(10_000)}!`;
    for (const pattern of ['(a+)+$', '(a|aa)+$', '(a*)*b', '(\\w+\\s?)+$', '(a|a)+b'])
      expect(PatternSet.compile([pattern]).replace(text, 'X'), pattern).toBeUndefined();
    expect(PatternSet.compile(['(a+)+!']).replace(text, 'X')).toBe('X');
    expect(PatternSet.compile(['(a|aa)+$']).replace(`!${text.slice(0, -1)}`, 'X')).toBe('!X');
  });

  it('finds in JSON text every value that holds a match, escapes and all', () => {
    const random = seeded(21);
    const set = PatternSet.compile(['ab+c', '^x-?1$', '\\bq\\w{2}', '"z']);
    let matched = 0;
    for (let n = 0; n < 3000; n++) {
      const value = Array.from({ length: Math.floor(random() * 12) }, () =>
        'abcxqz1-" \\/\n'.charAt(Math.floor(random() * 14)),
      ).join('');
      // JSON.stringify escapes quotes, backslashes and newlines; some letters are spelled \uXXXX.
      const json = JSON.stringify({ k: value }).replace(/[a-z]/g, (c) =>
        random() < 0.2 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c,
      );
      const line = Buffer.from(json);
      if (set.replace(value, 'X') !== undefined) {
        matched++;
        expect(set.mayMatchJson(line, 0, line.length), json).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(150);
  });
});

describe('PatternSet.requiredWords', () => {
  it.each([
    ['command=[^&]*', ['command=']],
    ['AKIA[0-9A-Z]{16}', ['AKIA']],
    ['(?:token|secret)=\\w+', ['token', 'secret']],
    ['x(abc)+y', ['abc']],
    ['[a-z]+@example\\.com', ['@example.com']],
    ['(?i)password=', undefined],
    ['ab', undefined],
    ['a"bc', undefined],
    ['\\d{4}-\\d{4}', undefined],
    ['(abc)?d', undefined],
  ])('%s: %j', (pattern, words) => {
    expect(PatternSet.compile([pattern]).requiredWords).toEqual(words);
  });

  it('has none when one pattern of several has none', () => {
    expect(PatternSet.compile(['command=[^&]*', '\\d+']).requiredWords).toBeUndefined();
    expect(PatternSet.compile(['command=[^&]*', 'AKIA\\w+']).requiredWords).toEqual([
      'command=',
      'AKIA',
    ]);
  });

  it('holds a word of every match, on random patterns and texts', () => {
    const random = seeded(22);
    let checked = 0;
    for (let n = 0; n < 3000; n++) {
      const pieces = ['abc', 'ab', 'c1', '[ab]', '\\d', 'a+', '(abc|cab)', '(b1c)?', '-{1,2}', '.'];
      const pattern = Array.from(
        { length: 1 + Math.floor(random() * 4) },
        () => pieces[Math.floor(random() * pieces.length)] ?? '',
      ).join('');
      let set: PatternSet;
      try {
        set = PatternSet.compile([pattern]);
      } catch {
        continue;
      }
      const words = set.requiredWords;
      if (!words) continue;
      for (let t = 0; t < 10; t++) {
        const text = Array.from(
          { length: Math.floor(random() * 12) },
          () => pieces[Math.floor(random() * 3)],
        ).join('');
        if (set.replace(text, '#') === undefined) continue;
        checked++;
        expect(
          words.some((w) => text.includes(w)),
          `${pattern} matches ${text}`,
        ).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
