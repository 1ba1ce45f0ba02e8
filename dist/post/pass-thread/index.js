import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/insight/expect/glob.ts
/** Compiles `pattern`; `*` is the only special character. */
function compileGlob(pattern) {
    const parts = pattern.split('*');
    if (parts.length === 1)
        return { text: pattern, matches: (value) => value === pattern };
    const first = parts[0] ?? '';
    const last = parts[parts.length - 1] ?? '';
    const middle = parts.slice(1, -1).filter((p) => p !== '');
    const fixed = first.length + last.length;
    return {
        text: pattern,
        matches(value) {
            if (value.length < fixed || !value.startsWith(first) || !value.endsWith(last))
                return false;
            // Leftmost placement of each middle part is always safe for `*`-only globs: taking a part
            // earlier never leaves less room for the parts after it.
            let at = first.length;
            const end = value.length - last.length;
            for (const part of middle) {
                const found = value.indexOf(part, at);
                if (found === -1 || found + part.length > end)
                    return false;
                at = found + part.length;
            }
            return true;
        },
    };
}
/** True when any of `globs` matches `value`. */
function anyMatches(globs, value) {
    return globs.some((g) => g.matches(value));
}

;// CONCATENATED MODULE: ./src/linear-regex/parse.ts
/**
 * The syntax of a user's pattern: a subset of JavaScript's regular expressions (without the `u`
 * flag: a character is a UTF-16 code unit) that a finite automaton can run, so that matching costs
 * time linear in the text whatever the pattern (no backtracking, unlike `RegExp`). What a finite
 * automaton cannot do — backreferences, lookaround — is refused, as are lazy quantifiers: matches
 * here cover every character any match covers, so laziness would have no effect and mislead.
 */
/** A pattern this engine cannot run, with what is wrong and where. */
class PatternError extends Error {
    reason;
    pattern;
    name = 'PatternError';
    constructor(
    /** What is wrong, and where. */
    reason, 
    /** The pattern, when one alone is at fault. */
    pattern) {
        super(pattern === undefined ? reason : `${JSON.stringify(pattern)}: ${reason}`);
        this.reason = reason;
        this.pattern = pattern;
    }
}
/** What the syntax allows, in one sentence, for error messages. */
const ALLOWED_SYNTAX = 'characters and escapes (\\. \\d \\w \\s \\b \\xHH \\uHHHH …), [classes], . ^ $, groups ( ) (?: ), |, the quantifiers * + ? {n} {n,} {n,m} (n, m at most 1000), and (?i) at the very start for ASCII letters in either case';
/** The largest count a `{n,m}` quantifier may name. */
const MAX_COUNT = 1000;
const MAX_UNIT = 0xffff;
const DIGIT = [0x30, 0x39];
const WORD = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
// JavaScript's \s: WhiteSpace and LineTerminator of ECMA-262.
const SPACE = [
    0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f,
    0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff,
];
const LINE_TERMINATORS = [0x0a, 0x0a, 0x0d, 0x0d, 0x2028, 0x2029];
/** The union of any number of range sets. */
function union(...sets) {
    const pairs = [];
    for (const set of sets)
        for (let i = 0; i < set.length; i += 2)
            pairs.push([set[i], set[i + 1]]);
    pairs.sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const [lo, hi] of pairs) {
        const last = out.length - 1;
        if (last > 0 && lo <= out[last] + 1)
            out[last] = Math.max(out[last], hi);
        else
            out.push(lo, hi);
    }
    return out;
}
/** Every code unit not in `set`. */
function complement(set) {
    const out = [];
    let next = 0;
    for (let i = 0; i < set.length; i += 2) {
        if (set[i] > next)
            out.push(next, set[i] - 1);
        next = set[i + 1] + 1;
    }
    if (next <= MAX_UNIT)
        out.push(next, MAX_UNIT);
    return out;
}
/** `set` with each ASCII letter's other case added. */
function caseFolded(set) {
    const extra = [];
    for (let i = 0; i < set.length; i += 2) {
        for (const [from, to, shift] of [
            [0x41, 0x5a, 0x20],
            [0x61, 0x7a, -0x20],
        ]) {
            const lo = Math.max(set[i], from);
            const hi = Math.min(set[i + 1], to);
            if (lo <= hi)
                extra.push(lo + shift, hi + shift);
        }
    }
    return union(set, extra);
}
class Parser {
    text;
    at = 0;
    ignoreCase = false;
    constructor(text) {
        this.text = text;
    }
    parse() {
        if (this.text.startsWith('(?i)')) {
            this.ignoreCase = true;
            this.at = 4;
        }
        const ast = this.alternation();
        if (this.at < this.text.length) {
            // Only an unmatched `)` stops an alternation early.
            throw this.error(`")" closes no group`);
        }
        return ast;
    }
    error(message, at = this.at) {
        return new PatternError(`at character ${at + 1}: ${message}`);
    }
    peek() {
        return this.text[this.at];
    }
    alternation() {
        const items = [this.sequence()];
        while (this.peek() === '|') {
            this.at++;
            items.push(this.sequence());
        }
        return items.length === 1 ? items[0] : { type: 'alt', items };
    }
    sequence() {
        const items = [];
        for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
            const start = this.at;
            const atom = this.atom();
            items.push(this.quantified(atom, start));
        }
        return items.length === 1 ? items[0] : { type: 'seq', items };
    }
    quantified(atom, start) {
        const quantifier = this.quantifier();
        if (!quantifier)
            return atom;
        if (atom.type === 'assert')
            throw this.error('a quantifier cannot follow an anchor or \\b: it repeats nothing', start);
        if (this.peek() === '?')
            throw this.error('lazy quantifiers (*? +? ?? {n,m}?) are not supported: every character any match covers is redacted, so laziness would change nothing; use a narrower class, e.g. [^&]*');
        if (this.peek() !== undefined && '*+{'.includes(this.peek()) && this.quantifierAhead())
            throw this.error('a quantifier cannot follow a quantifier; group the first, e.g. (a+)*');
        return { type: 'repeat', item: atom, ...quantifier };
    }
    /** True when a quantifier starts here (a `{` only when it is a whole `{n,m}`). */
    quantifierAhead() {
        const c = this.peek();
        if (c === '*' || c === '+' || c === '?')
            return true;
        return c === '{' && /^\{\d+(,\d*)?\}/.test(this.text.slice(this.at));
    }
    quantifier() {
        const c = this.peek();
        if (c === '*' || c === '+' || c === '?') {
            this.at++;
            return c === '*' ? { min: 0, max: -1 } : c === '+' ? { min: 1, max: -1 } : { min: 0, max: 1 };
        }
        if (c !== '{')
            return undefined;
        const found = /^\{(\d+)(,(\d*))?\}/.exec(this.text.slice(this.at));
        if (!found)
            throw this.error('"{" starts no {n}, {n,} or {n,m}; write \\{ for the character');
        const min = Number(found[1]);
        const max = found[2] === undefined ? min : found[3] === '' ? -1 : Number(found[3]);
        if (min > MAX_COUNT || max > MAX_COUNT)
            throw this.error(`a count above ${MAX_COUNT} is not allowed`);
        if (max !== -1 && max < min)
            throw this.error(`{${min},${max}} counts down`);
        this.at += found[0].length;
        return { min, max };
    }
    atom() {
        const c = this.text[this.at];
        const start = this.at;
        this.at++;
        switch (c) {
            case '(':
                return this.group(start);
            case '[':
                return this.set(this.classBody(start));
            case '.':
                return this.set(complement(LINE_TERMINATORS));
            case '^':
                return { type: 'assert', what: 'start' };
            case '$':
                return { type: 'assert', what: 'end' };
            case '\\':
                return this.escapeAtom(start);
            case '*':
            case '+':
            case '?':
                throw this.error(`"${c}" repeats nothing: escape it as \\${c} for the character`, start);
            case '{':
                throw this.error(this.quantifierAhead() || /^\{\d/.test(this.text.slice(start))
                    ? '{n,m} repeats nothing'
                    : '"{" starts no {n}, {n,} or {n,m}; write \\{ for the character', start);
            case ']':
            case '}':
                throw this.error(`"${c}" opens nothing: escape it as \\${c} for the character`, start);
            default:
                return this.set([c.charCodeAt(0), c.charCodeAt(0)]);
        }
    }
    set(ranges) {
        return { type: 'set', ranges: this.ignoreCase ? caseFolded(ranges) : ranges };
    }
    group(start) {
        if (this.text.startsWith('?', this.at)) {
            const rest = this.text.slice(this.at);
            if (rest.startsWith('?:'))
                this.at += 2;
            else if (/^\?<[A-Za-z_$][\w$]*>/.test(rest))
                this.at += rest.indexOf('>') + 1;
            else if (/^\?(=|!|<=|<!)/.test(rest))
                throw this.error('lookahead and lookbehind are not supported', start);
            else if (rest.startsWith('?i)'))
                throw this.error('(?i) is only allowed at the very start of the pattern', start);
            else
                throw this.error('"(?" starts no supported group: use ( ) or (?: )', start);
        }
        const inner = this.alternation();
        if (this.peek() !== ')')
            throw this.error('"(" is never closed', start);
        this.at++;
        return inner;
    }
    /** After a `\` outside a class. */
    escapeAtom(start) {
        const c = this.text[this.at];
        if (c === 'b' || c === 'B') {
            this.at++;
            return { type: 'assert', what: c === 'b' ? 'word' : 'notWord' };
        }
        return this.set(this.escape(start, false));
    }
    /** After a `\`, in a class or not: the code units it stands for. */
    escape(start, inClass) {
        const c = this.text[this.at];
        if (c === undefined)
            throw this.error('the pattern ends with a lone "\\"', start);
        this.at++;
        switch (c) {
            case 'd':
                return DIGIT;
            case 'D':
                return complement(DIGIT);
            case 'w':
                return WORD;
            case 'W':
                return complement(WORD);
            case 's':
                return SPACE;
            case 'S':
                return complement(SPACE);
            case 't':
                return [9, 9];
            case 'n':
                return [10, 10];
            case 'v':
                return [11, 11];
            case 'f':
                return [12, 12];
            case 'r':
                return [13, 13];
            case 'x':
            case 'u': {
                const digits = c === 'x' ? 2 : 4;
                const hex = this.text.slice(this.at, this.at + digits);
                if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(hex))
                    throw this.error(`\\${c} needs ${digits} hexadecimal digits`, start);
                this.at += digits;
                const unit = parseInt(hex, 16);
                return [unit, unit];
            }
            case '0':
                if (!/\d/.test(this.peek() ?? ''))
                    return [0, 0];
        }
        if (/[1-9]/.test(c))
            throw this.error('backreferences (\\1 …) are not supported', start);
        if (c === 'b' && inClass)
            throw this.error('[\\b] is not supported: write \\x08', start);
        if (/[A-Za-z0-9]/.test(c))
            throw this.error(`\\${c} is not a supported escape (${ALLOWED_SYNTAX})`, start);
        return [c.charCodeAt(0), c.charCodeAt(0)];
    }
    /** After a `[`: the class's code units. */
    classBody(start) {
        const negated = this.peek() === '^';
        if (negated)
            this.at++;
        const parts = [];
        let first = true;
        for (;;) {
            const c = this.peek();
            if (c === undefined)
                throw this.error('"[" is never closed', start);
            if (c === ']' && !first)
                break;
            if (c === ']')
                throw this.error('an empty class [] matches nothing', start);
            first = false;
            const from = this.classAtom();
            if (this.peek() === '-' && this.text[this.at + 1] !== ']' && this.text[this.at + 1]) {
                const dash = this.at;
                this.at++;
                const to = this.classAtom();
                if (from.length !== 2 || to.length !== 2 || from[0] !== from[1] || to[0] !== to[1])
                    throw this.error('a range must run between two single characters', dash);
                if (to[0] < from[0])
                    throw this.error('the range runs backwards', dash);
                parts.push([from[0], to[0]]);
            }
            else
                parts.push(from);
        }
        this.at++;
        // As RegExp does with `i`: the class is folded first, then negated ([^a] excludes A too).
        const set = this.ignoreCase ? caseFolded(union(...parts)) : union(...parts);
        return negated ? complement(set) : set;
    }
    classAtom() {
        const start = this.at;
        const c = this.text[this.at];
        this.at++;
        if (c === '\\')
            return this.escape(start, true);
        if (c === '[' && this.text[this.at] === ':')
            throw this.error('POSIX classes ([:alpha:]) are not supported; use \\w, \\d, \\s', start);
        return [c.charCodeAt(0), c.charCodeAt(0)];
    }
}
/** True when `ast` can match without consuming a character. */
function nullable(ast) {
    switch (ast.type) {
        case 'set':
            return false;
        case 'assert':
            return true;
        case 'seq':
            return ast.items.every(nullable);
        case 'alt':
            return ast.items.some(nullable);
        case 'repeat':
            return ast.min === 0 || nullable(ast.item);
    }
}
/**
 * Parses `pattern`; throws a {@link PatternError} that says what is not allowed, and where. A
 * pattern that can match the empty string is refused: it would redact nothing.
 */
function parsePattern(pattern) {
    if (pattern === '')
        throw new PatternError('the pattern is empty');
    const ast = new Parser(pattern).parse();
    if (nullable(ast))
        throw new PatternError('it can match the empty string, which redacts nothing: every match must hold at least one character (e.g. x+ rather than x*)');
    return ast;
}

;// CONCATENATED MODULE: ./src/linear-regex/program.ts

/**
 * Patterns compiled into one nondeterministic automaton (Thompson's construction): each state
 * either consumes one code unit of a set, splits, tests a position, or accepts. The automaton's
 * size bounds the work per character of text, so it is capped.
 */
const OP = { char: 0, split: 1, assert: 2, match: 3 };
/** The most states all patterns together may compile to (a count of steps per character). */
const MAX_STATES = 2000;
const ASSERTIONS = ['start', 'end', 'word', 'notWord'];
class Builder {
    op = [];
    next = [];
    arg = [];
    sets = [];
    setIds = new Map();
    add(op, next, arg) {
        if (this.op.length >= MAX_STATES)
            throw new PatternError(`the patterns are too large once their repetitions are spelled out (at most ${MAX_STATES} steps together; a{100} counts 100): use fewer or smaller counts`);
        this.op.push(op);
        this.next.push(next);
        this.arg.push(arg);
        return this.op.length - 1;
    }
    setId(ranges) {
        const key = ranges.join(',');
        let id = this.setIds.get(key);
        if (id === undefined) {
            id = this.sets.length;
            this.sets.push(ranges);
            this.setIds.set(key, id);
        }
        return id;
    }
    /** The entry state of `ast` followed by `next` (built back to front). */
    compile(ast, next) {
        switch (ast.type) {
            case 'set':
                return this.add(OP.char, next, this.setId(ast.ranges));
            case 'assert':
                return this.add(OP.assert, next, ASSERTIONS.indexOf(ast.what));
            case 'seq': {
                let entry = next;
                for (let i = ast.items.length - 1; i >= 0; i--)
                    entry = this.compile(ast.items[i], entry);
                return entry;
            }
            case 'alt': {
                const entries = ast.items.map((item) => this.compile(item, next));
                let entry = entries[entries.length - 1];
                for (let i = entries.length - 2; i >= 0; i--)
                    entry = this.add(OP.split, entries[i], entry);
                return entry;
            }
            case 'repeat': {
                let tail = next;
                if (ast.max === -1) {
                    const loop = this.add(OP.split, -1, next);
                    this.next[loop] = this.compile(ast.item, loop);
                    tail = loop;
                }
                else
                    for (let k = ast.min; k < ast.max; k++)
                        tail = this.add(OP.split, this.compile(ast.item, tail), next);
                for (let k = 0; k < ast.min; k++)
                    tail = this.compile(ast.item, tail);
                return tail;
            }
        }
    }
}
/** One automaton matching any of `asts`. */
function compileProgram(asts) {
    const builder = new Builder();
    const match = builder.add(OP.match, -1, -1);
    const entries = asts.map((ast) => builder.compile(ast, match));
    let start = entries[entries.length - 1] ?? match;
    for (let i = entries.length - 2; i >= 0; i--)
        start = builder.add(OP.split, entries[i], start);
    // The alphabet: the code units split at every set's bounds, so a class is in a set or not.
    const bounds = new Set([0]);
    for (const set of builder.sets)
        for (let i = 0; i < set.length; i += 2) {
            bounds.add(set[i]);
            if (set[i + 1] < 0xffff)
                bounds.add(set[i + 1] + 1);
        }
    const starts = [...bounds].sort((a, b) => a - b);
    const classOf = new Uint16Array(0x10000);
    for (let c = 0; c < starts.length; c++)
        classOf.fill(c, starts[c], starts[c + 1] ?? 0x10000);
    const classes = starts.length;
    const setHas = new Uint8Array(builder.sets.length * classes);
    builder.sets.forEach((set, id) => {
        for (let c = 0; c < classes; c++) {
            const unit = starts[c];
            for (let i = 0; i < set.length; i += 2)
                if (unit >= set[i] && unit <= set[i + 1])
                    setHas[id * classes + c] = 1;
        }
    });
    return {
        op: Uint8Array.from(builder.op),
        next: Int32Array.from(builder.next),
        arg: Int32Array.from(builder.arg),
        start,
        classOf,
        classes,
        setHas,
        assertions: ASSERTIONS,
    };
}

;// CONCATENATED MODULE: ./src/linear-regex/cover.ts

/** The threads alive at one position: automaton states, each with the earliest start reaching it. */
class ThreadList {
    states;
    starts;
    length = 0;
    /** Earliest start of a match ending here; -1 for none. */
    matchStart = -1;
    seen;
    stamp = 0;
    constructor(size) {
        this.states = new Int32Array(size);
        this.starts = new Int32Array(size);
        this.seen = new Int32Array(size);
    }
    clear() {
        this.length = 0;
        this.matchStart = -1;
        this.stamp++;
    }
    /** Marks `state` as reached; false when it was already (by an earlier start). */
    visit(state) {
        if (this.seen[state] === this.stamp)
            return false;
        this.seen[state] = this.stamp;
        return true;
    }
}
const isWord = (unit) => (unit >= 0x30 && unit <= 0x39) ||
    (unit >= 0x41 && unit <= 0x5a) ||
    unit === 0x5f ||
    (unit >= 0x61 && unit <= 0x7a);
/**
 * Every stretch of `text` that some match covers, as merged `[start, end)` pairs in order. One
 * pass, as Thompson's simulation of the automaton (Pike's VM): a thread starts at every position,
 * and of the threads that reach a state only the earliest-started is kept, so each position costs
 * at most the program's size — linear in the text. At each end position the earliest start of a
 * match ending there is known; every match lies inside the stretch from that start to that end,
 * so the stretches together cover exactly the characters some match covers.
 */
function coveredSpans(program, text) {
    const { op, next, arg, classOf, setHas, classes, assertions } = program;
    const size = op.length;
    let current = new ThreadList(size);
    let following = new ThreadList(size);
    const stack = [];
    const spans = [];
    const wordAt = (i) => i >= 0 && i < text.length && isWord(text.charCodeAt(i));
    const holds = (kind, at) => {
        switch (assertions[kind]) {
            case 'start':
                return at === 0;
            case 'end':
                return at === text.length;
            case 'word':
                return wordAt(at - 1) !== wordAt(at);
            default:
                return wordAt(at - 1) === wordAt(at);
        }
    };
    const add = (list, entry, start, at) => {
        stack.push(entry);
        while (stack.length > 0) {
            const s = stack.pop();
            if (!list.visit(s))
                continue;
            const kind = op[s];
            if (kind === OP.char) {
                list.states[list.length] = s;
                list.starts[list.length++] = start;
            }
            else if (kind === OP.match) {
                if (list.matchStart < 0)
                    list.matchStart = start;
            }
            else if (kind === OP.split)
                stack.push(arg[s], next[s]);
            else if (holds(arg[s], at))
                stack.push(next[s]);
        }
    };
    current.clear();
    for (let at = 0;; at++) {
        // The new thread comes after the older ones, so each state keeps its earliest start.
        add(current, program.start, at, at);
        if (current.matchStart >= 0)
            record(spans, current.matchStart, at);
        if (at === text.length)
            break;
        const cls = classOf[text.charCodeAt(at)];
        following.clear();
        for (let i = 0; i < current.length; i++) {
            const s = current.states[i];
            if (setHas[arg[s] * classes + cls])
                add(following, next[s], current.starts[i], at + 1);
        }
        [current, following] = [following, current];
    }
    return spans;
}
/** Adds `[start, end)` to the ordered stretches, merging those it overlaps or touches. */
function record(spans, start, end) {
    let from = start;
    while (spans.length > 0 && from <= spans[spans.length - 1]) {
        spans.pop();
        from = Math.min(from, spans.pop());
    }
    spans.push(from, end);
}

;// CONCATENATED MODULE: ./src/linear-regex/literals.ts
/** Alternatives kept at most: more say too little to be worth searching for. */
const MAX_ALTERNATIVES = 8;
/** Shorter words than this are in almost every line: searching for them proves nothing. */
const MIN_LENGTH = 3;
/** The one code unit a set holds, or -1. */
function single(ast) {
    return ast.type === 'set' && ast.ranges.length === 2 && ast.ranges[0] === ast.ranges[1]
        ? ast.ranges[0]
        : -1;
}
/** Items of a sequence with nested sequences spliced in (concatenation is associative). */
function flat(items) {
    return items.flatMap((item) => (item.type === 'seq' ? flat(item.items) : [item]));
}
/** The better of two candidates: the one whose shortest word is longest, then fewer words. */
function better(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    const score = (words) => Math.min(...words.map((w) => w.length));
    if (score(a) !== score(b))
        return score(a) > score(b) ? a : b;
    return a.length <= b.length ? a : b;
}
function required(ast) {
    switch (ast.type) {
        case 'set': {
            const unit = single(ast);
            return unit < 0 ? undefined : [String.fromCharCode(unit)];
        }
        case 'assert':
            return undefined;
        case 'repeat':
            return ast.min >= 1 ? required(ast.item) : undefined;
        case 'alt': {
            const words = [];
            for (const item of ast.items) {
                const found = required(item);
                if (!found)
                    return undefined;
                words.push(...found);
            }
            return words.length <= MAX_ALTERNATIVES ? [...new Set(words)] : undefined;
        }
        case 'seq': {
            let best;
            let run = '';
            for (const item of [...flat(ast.items), undefined]) {
                const unit = item ? single(item) : -1;
                if (unit >= 0) {
                    run += String.fromCharCode(unit);
                    continue;
                }
                if (run)
                    best = better(best, [run]);
                run = '';
                if (item)
                    best = better(best, required(item));
            }
            return best;
        }
    }
}
/**
 * Printable ASCII but the quote and the backslash: what JSON writes as it is, so a word of these
 * is in a line's bytes unless an escape (`\uXXXX`, `\/`) spells one of its characters.
 */
const VERBATIM = /^[\x20-\x21\x23-\x5b\x5d-\x7e]+$/;
/**
 * Words of which every match of `ast` contains at least one, as written (a pattern with `(?i)`
 * has none: its letters match either case); `undefined` when there are none worth searching for
 * (each must be at least 3 characters JSON writes as they are). A text without any of them holds
 * no match.
 */
function requiredWords(ast, ignoreCase) {
    if (ignoreCase)
        return undefined;
    const words = required(ast);
    return words && words.every((w) => w.length >= MIN_LENGTH && VERBATIM.test(w))
        ? words
        : undefined;
}

;// CONCATENATED MODULE: ./src/linear-regex/search.ts

/** Lazily built states kept at most; past this the cache starts over (memory stays bounded). */
const MAX_DFA_STATES = 1024;
const BACKSLASH = 0x5c;
const LOWER_U = 0x75;
/**
 * The automaton run as a deterministic one, built lazily (subset construction as text comes):
 * each character costs one table lookup once its transition is known, and at most one pass over
 * the program when it is not. It answers only whether some match may lie in a text: anchors and
 * `\b` are taken as always true, which can only say "maybe" more often, never less. It is the
 * quick no of redaction: a text it rejects holds no match.
 */
class LazyDfa {
    program;
    /** One more column than classes: the "any character" of an escape whose value is not read. */
    any;
    stride;
    transitions;
    accepting;
    sets = [];
    ids = new Map();
    /** Per set: whether it holds any code unit at all (an escape's unknown value may be in it). */
    setHasAny;
    seen;
    stamp = 0;
    constructor(program) {
        this.program = program;
        this.any = program.classes;
        this.stride = program.classes + 1;
        this.transitions = new Int32Array(64 * this.stride).fill(-1);
        this.accepting = new Uint8Array(64);
        this.seen = new Int32Array(program.op.length);
        const sets = program.setHas.length / program.classes;
        this.setHasAny = new Uint8Array(sets);
        for (let s = 0; s < sets; s++)
            this.setHasAny[s] = program.setHas
                .subarray(s * program.classes, (s + 1) * program.classes)
                .includes(1)
                ? 1
                : 0;
        this.reset();
    }
    /** True when some match may lie in `text`'s code units. */
    mayMatchText(text) {
        const classOf = this.program.classOf;
        let state = 0;
        for (let i = 0; i < text.length; i++) {
            state = this.step(state, classOf[text.charCodeAt(i)]);
            if (this.accepting[state])
                return true;
        }
        return false;
    }
    /**
     * True when some match may lie in a string value of the JSON text `buf[start, end)`. The bytes
     * are read as they are, quotes and keys included (more "maybe", never less); an escape counts
     * as one character that may be any, as it decodes to one code unit. A byte above 0x7f answers
     * "maybe" at once: UTF-8 does not map byte for byte onto code units.
     */
    mayMatchJson(buf, start, end) {
        const classOf = this.program.classOf;
        let state = 0;
        for (let i = start; i < end; i++) {
            const byte = buf[i];
            let cls;
            if (byte >= 0x80)
                return true;
            if (byte === BACKSLASH) {
                cls = this.any;
                i += buf[i + 1] === LOWER_U ? 5 : 1;
            }
            else
                cls = classOf[byte];
            state = this.step(state, cls);
            if (this.accepting[state])
                return true;
        }
        return false;
    }
    step(state, cls) {
        const known = this.transitions[state * this.stride + cls];
        return known >= 0 ? known : this.build(state, cls);
    }
    build(state, cls) {
        const { op, next, arg, setHas, classes } = this.program;
        const seeds = [];
        for (const s of this.sets[state]) {
            if (op[s] !== OP.char)
                continue;
            const set = arg[s];
            if (cls === this.any ? this.setHasAny[set] : setHas[set * classes + cls])
                seeds.push(next[s]);
        }
        const target = this.closure(seeds);
        if (this.sets.length >= MAX_DFA_STATES) {
            this.reset();
            return this.intern(target);
        }
        const id = this.intern(target);
        this.transitions[state * this.stride + cls] = id;
        return id;
    }
    /** Empties the cache; state 0 is the start again. */
    reset() {
        this.sets = [];
        this.ids.clear();
        this.transitions.fill(-1);
        this.accepting.fill(0);
        this.intern(this.closure([]));
    }
    /** The states `seeds` reach without consuming, with the start's (a match may begin anywhere). */
    closure(seeds) {
        const { op, next, arg } = this.program;
        const stamp = ++this.stamp;
        const found = [];
        const stack = [this.program.start, ...seeds];
        while (stack.length > 0) {
            const s = stack.pop();
            if (this.seen[s] === stamp)
                continue;
            this.seen[s] = stamp;
            const kind = op[s];
            if (kind === OP.char || kind === OP.match)
                found.push(s);
            else if (kind === OP.split)
                stack.push(arg[s], next[s]);
            else
                stack.push(next[s]);
        }
        return Int32Array.from(found.sort((a, b) => a - b));
    }
    intern(set) {
        const key = set.join(',');
        const known = this.ids.get(key);
        if (known !== undefined)
            return known;
        const id = this.sets.length;
        this.sets.push(set);
        this.ids.set(key, id);
        if ((id + 1) * this.stride > this.transitions.length) {
            const grown = new Int32Array(this.transitions.length * 2).fill(-1);
            grown.set(this.transitions);
            this.transitions = grown;
            const accepting = new Uint8Array(this.accepting.length * 2);
            accepting.set(this.accepting);
            this.accepting = accepting;
        }
        this.accepting[id] = set.some((s) => this.program.op[s] === OP.match) ? 1 : 0;
        return id;
    }
}

;// CONCATENATED MODULE: ./src/linear-regex/index.ts
/**
 * Users' regular expressions, run in time linear in the text whatever the pattern: a finite
 * automaton (parse.ts → program.ts), asked first whether a text may hold a match at all
 * (search.ts, a lazily built DFA) and only then where (cover.ts, a one-pass simulation). No
 * `RegExp` ever runs a user's pattern, so none can backtrack catastrophically on hostile text.
 */






/** Several patterns, matched as one. */
class PatternSet {
    patterns;
    program;
    requiredWords;
    dfa;
    constructor(
    /** The patterns as written. */
    patterns, program, 
    /**
     * Words of which every match of some pattern contains one (see literals.ts); `undefined` when
     * a pattern has none worth searching for. A text that holds none of them holds no match.
     */
    requiredWords) {
        this.patterns = patterns;
        this.program = program;
        this.requiredWords = requiredWords;
        this.dfa = new LazyDfa(program);
    }
    /**
     * Compiles `patterns`; throws a {@link PatternError} whose message starts with the pattern
     * that is not allowed (or says that all of them together are too large).
     */
    static compile(patterns) {
        const asts = patterns.map((pattern) => {
            try {
                return parsePattern(pattern);
            }
            catch (error) {
                if (error instanceof PatternError)
                    throw new PatternError(error.reason, pattern);
                throw error;
            }
        });
        const words = [];
        for (const [i, ast] of asts.entries()) {
            const found = requiredWords(ast, patterns[i]?.startsWith('(?i)') ?? false);
            if (!found)
                return new PatternSet(patterns, compileProgram(asts), undefined);
            words.push(...found);
        }
        return new PatternSet(patterns, compileProgram(asts), [...new Set(words)]);
    }
    /** True when a string value of the JSON text `buf[start, end)` may hold a match. */
    mayMatchJson(buf, start, end) {
        return this.dfa.mayMatchJson(buf, start, end);
    }
    /**
     * `text` with every stretch some match of some pattern covers replaced by `marker`, or
     * `undefined` when nothing matches.
     */
    replace(text, marker) {
        if (!this.dfa.mayMatchText(text))
            return undefined;
        const spans = coveredSpans(this.program, text);
        if (spans.length === 0)
            return undefined;
        let out = '';
        let at = 0;
        for (let i = 0; i < spans.length; i += 2) {
            out += text.slice(at, spans[i]) + marker;
            at = spans[i + 1];
        }
        return out + text.slice(at);
    }
}

;// CONCATENATED MODULE: ./src/policy/lint.ts
/** Verbs kube-apiserver gives resource requests (`proxy` comes from the legacy `/proxy/` paths). */
const RESOURCE_VERBS = [
    'get',
    'list',
    'watch',
    'create',
    'update',
    'patch',
    'delete',
    'deletecollection',
    'proxy',
];
/** Non-resource requests (e.g. `/healthz`) carry the lower-cased HTTP method as their verb. */
const URL_VERBS = (/* unused pure expression or super */ null && (['get', 'post', 'put', 'patch', 'delete', 'head', 'options']));
/**
 * Verbs that exist only as RBAC authorization checks. The audit policy is evaluated against the
 * request's own verb, so a rule naming these never matches anything.
 */
const AUTHORIZATION_ONLY_VERBS = (/* unused pure expression or super */ null && (['impersonate', 'bind', 'escalate', 'approve', 'sign', 'use']));
/**
 * Warnings about rules kube-apiserver accepts but that cannot do what they say: verbs no request
 * has, `*` in lists that are compared exactly, and rules after a rule that matches everything.
 * `lines` maps field paths (`rules[1].verbs`) to lines in the checked text.
 */
function lintPolicy(policy, lines) {
    const warnings = [];
    const warn = (path, message) => {
        const line = lines.get(path) ?? lines.get(path.replace(/\[\d+\]$/, ''));
        warnings.push({ message: `${path}: ${message}`, path, ...(line ? { line } : {}) });
    };
    let catchAll;
    policy.rules.forEach((rule, i) => {
        const path = `rules[${i}]`;
        if (catchAll !== undefined) {
            warn(path, `never used: rules[${catchAll}] before it matches every request`);
        }
        else if (matchesEverything(rule)) {
            catchAll = i;
        }
        const verbs = allowedVerbs(rule);
        (rule.verbs ?? []).forEach((verb, j) => {
            const problem = verbProblem(verb, verbs);
            if (problem)
                warn(`${path}.verbs[${j}]`, problem);
        });
        for (const key of ['users', 'userGroups', 'namespaces']) {
            (rule[key] ?? []).forEach((value, j) => {
                if (value.includes('*'))
                    warn(`${path}.${key}[${j}]`, starNeverMatches(value, key));
            });
        }
        (rule.resources ?? []).forEach((gr, j) => {
            (gr.resources ?? []).forEach((res, k) => {
                if (!isResourcePattern(res)) {
                    const detail = 'only "*", "*/sub" and "res/*" are wildcards';
                    warn(`${path}.resources[${j}].resources[${k}]`, `"${res}" never matches: ${detail}`);
                }
            });
        });
    });
    return warnings;
}
/** A rule with none of the selecting lists set applies to every request. */
function matchesEverything(rule) {
    const lists = [rule.users, rule.userGroups, rule.verbs, rule.resources, rule.namespaces];
    return [...lists, rule.nonResourceURLs].every((list) => (list ?? []).length === 0);
}
function allowedVerbs(rule) {
    if ((rule.nonResourceURLs ?? []).length > 0)
        return URL_VERBS;
    if ((rule.resources ?? []).length > 0 || (rule.namespaces ?? []).length > 0) {
        return RESOURCE_VERBS;
    }
    return [...RESOURCE_VERBS, ...URL_VERBS];
}
function verbProblem(verb, allowed) {
    if (allowed.includes(verb))
        return undefined;
    if (verb === '*')
        return starNeverMatches(verb, 'verbs');
    if (allowed.includes(verb.toLowerCase())) {
        return `"${verb}" never matches: request verbs are lower-case ("${verb.toLowerCase()}")`;
    }
    if (AUTHORIZATION_ONLY_VERBS.includes(verb)) {
        return `"${verb}" never matches: it is an RBAC check, not the verb of a request`;
    }
    return `"${verb}" never matches: it is not a verb kube-apiserver gives these requests (${allowed.join(', ')})`;
}
function starNeverMatches(value, key) {
    return `"${value}" never matches: audit rules compare ${key} exactly; leave ${key} out to match all`;
}
function isResourcePattern(res) {
    if (!res.includes('*'))
        return true;
    return res === '*' || /^\*\/[^*]+$/.test(res) || /^[^*/]+\/\*$/.test(res);
}

;// CONCATENATED MODULE: ./src/policy/sensitive.ts

/** Secrets: their data. */
const SECRETS = {
    label: 'secrets',
    what: 'Secret data',
    resource: 'secrets',
    apiGroup: '',
    namespaced: true,
    verbs: RESOURCE_VERBS.filter((v) => v !== 'proxy'),
    warn: true,
};
/** ConfigMaps: credentials only by mistake. */
const CONFIG_MAPS = {
    label: 'configmaps',
    what: 'ConfigMap data',
    resource: 'configmaps',
    apiGroup: '',
    namespaced: true,
    verbs: RESOURCE_VERBS.filter((v) => v !== 'proxy'),
    warn: false,
};
/** The tokens a TokenRequest returns (`serviceaccounts/token`). */
const SERVICE_ACCOUNT_TOKENS = {
    label: 'serviceaccounts/token',
    what: 'service account tokens',
    resource: 'serviceaccounts',
    subresource: 'token',
    apiGroup: '',
    namespaced: true,
    verbs: ['create'],
    warn: true,
};
/** The bearer tokens a TokenReview is sent to check. */
const TOKEN_REVIEWS = {
    label: 'tokenreviews (authentication.k8s.io)',
    what: 'bearer tokens',
    resource: 'tokenreviews',
    apiGroup: 'authentication.k8s.io',
    namespaced: false,
    verbs: ['create'],
    warn: true,
};
/**
 * Requests whose bodies may carry credentials, in one list. Artifacts are readable by everyone
 * with read access to the repository, so the recommended preset records them at Metadata
 * (policy/presets.ts), the policy check warns when a policy records the bodies of those marked
 * `warn` (policy/secrets.ts): the same set the kube-up (GCE) policy keeps out of bodies
 * (kubernetes/kubernetes cluster/gce/gci/configure-helper.sh, create-master-audit-policy). What
 * redaction replaces in the bodies of these requests is in logs/redact/rules.ts.
 */
const SENSITIVE_RESOURCES = [
    SECRETS,
    CONFIG_MAPS,
    SERVICE_ACCOUNT_TOKENS,
    TOKEN_REVIEWS,
];
/**
 * The policy's `resources` entries for {@link SENSITIVE_RESOURCES}, as YAML lines at `indent`:
 * one `group` entry per API group, in the order of the list.
 */
function sensitiveGroupResources(indent) {
    const byGroup = new Map();
    for (const r of SENSITIVE_RESOURCES) {
        const names = byGroup.get(r.apiGroup) ?? [];
        names.push(JSON.stringify(r.subresource ? `${r.resource}/${r.subresource}` : r.resource));
        byGroup.set(r.apiGroup, names);
    }
    return [...byGroup]
        .map(([group, names]) => `${indent}- group: ${group === '' ? '""' : group}\n${indent}  resources: [${names.join(', ')}]\n`)
        .join('');
}

;// CONCATENATED MODULE: ./src/logs/redact/marker.ts
/**
 * What every redacted value becomes. A fixed string, never a hash of the value: a short secret's
 * hash can be guessed by hashing candidates (issue 8).
 */
const REDACTED = '<redacted by kind-audit>';
/** kubectl's annotation that holds the whole object as last applied: for a Secret, its data. */
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * Replaces `holder[key]` unless it is absent, null (in a patch, null removes: no value) or already
 * the marker, noting `location`.
 */
function replace(holder, key, location, found) {
    const value = holder[key];
    if (value === undefined || value === null || value === REDACTED)
        return;
    holder[key] = REDACTED;
    found.push(location);
}
/** The values of the map `holder[field]` (its keys are names, and stay); a non-map goes whole. */
function redactMap(holder, field, location, found) {
    const map = holder[field];
    if (!isObject(map))
        return replace(holder, field, location, found);
    for (const key of Object.keys(map))
        replace(map, key, location, found);
}

;// CONCATENATED MODULE: ./src/logs/redact/secret.ts

/**
 * The rules for Secrets and for the objects a user's `redact-resources` treats as Secrets. What is
 * kept is what is known to hold no value — names, kinds, metadata — never the other way round,
 * so a field spelled in a way no rule expects (`stringdata`, `$x`, `Data`) goes too.
 */
/** The maps whose values are a Secret's (or a ConfigMap's) content; their keys are names. */
const CONTENT_MAPS = ['data', 'stringData', 'binaryData'];
/** Every field of a Secret (core/v1 `Secret`); any other field of one is replaced whole. */
const SECRET_FIELDS = new Set([
    'apiVersion',
    'kind',
    'metadata',
    'type',
    'immutable',
    'data',
    'stringData',
]);
/**
 * The fields of `ObjectMeta` (apimachinery `meta/v1`). In the metadata of a Secret or of a patch
 * to one, any other key (a strategic-merge `$` directive, a misspelt `Annotations`) is replaced.
 */
const OBJECT_META_FIELDS = new Set([
    'name',
    'generateName',
    'namespace',
    'selfLink',
    'uid',
    'resourceVersion',
    'generation',
    'creationTimestamp',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
    'labels',
    'annotations',
    'ownerReferences',
    'finalizers',
    'managedFields',
]);
/**
 * Annotations of a Secret known to hold no secret, kept; every other annotation value of a Secret
 * is redacted (kapp's `kapp.k14s.io/original` holds the whole Secret, kubectl's last-applied too).
 * Kubernetes' token controller names the service account of a token Secret; Helm 3 marks the
 * release that owns an object; cert-manager names the Certificate and issuer behind a TLS Secret.
 */
const SAFE_SECRET_ANNOTATIONS = [
    'kubernetes.io/service-account.name',
    'kubernetes.io/service-account.uid',
    'meta.helm.sh/release-name',
    'meta.helm.sh/release-namespace',
    'cert-manager.io/certificate-name',
    'cert-manager.io/issuer-name',
    'cert-manager.io/issuer-kind',
    'cert-manager.io/issuer-group',
];
const SAFE_ANNOTATIONS = new Set(SAFE_SECRET_ANNOTATIONS);
/** The JSON-patch operation's members that say where, never what (RFC 6902). */
const PATCH_OP_FIELDS = new Set(['op', 'path', 'from']);
/** Every annotation value of a Secret-like object but the safe ones. */
function redactAnnotations(metadata, where, found) {
    const annotations = metadata.annotations;
    if (annotations === undefined || annotations === null)
        return;
    if (!isObject(annotations))
        return replace(metadata, 'annotations', `${where}.annotations`, found);
    for (const key of Object.keys(annotations)) {
        if (SAFE_ANNOTATIONS.has(key))
            continue;
        replace(annotations, key, key === LAST_APPLIED ? 'last-applied-configuration' : `${where}.annotations`, found);
    }
}
/** The metadata of a Secret or of a patch to one: ObjectMeta's fields only, annotations redacted. */
function redactSecretMetadata(object, where, found) {
    const metadata = object.metadata;
    if (metadata === undefined || metadata === null)
        return;
    if (!isObject(metadata))
        return replace(object, 'metadata', `${where}.metadata`, found);
    for (const key of Object.keys(metadata))
        if (!OBJECT_META_FIELDS.has(key))
            replace(metadata, key, `${where}.metadata`, found);
    redactAnnotations(metadata, where, found);
}
/**
 * Any object in a body about a Secret-like resource (kind-less Table rows and list items too):
 * the values of its content maps and of its annotations.
 */
function redactSecretLike(object, where, found) {
    for (const field of CONTENT_MAPS)
        if (field in object)
            redactMap(object, field, `${where}.${field}`, found);
    if (isObject(object.metadata))
        redactAnnotations(object.metadata, where, found);
}
/** A Secret: its fields alone (any other replaced), its metadata's, and its content redacted. */
function redactSecret(object, where, found) {
    for (const key of Object.keys(object))
        if (!SECRET_FIELDS.has(key))
            replace(object, key, `${where}.fields`, found);
    redactSecretMetadata(object, where, found);
    for (const field of ['data', 'stringData'])
        if (field in object)
            redactMap(object, field, `${where}.${field}`, found);
}
/**
 * A patch (or any body but a whole object) sent to a Secret-like resource, logged as the client
 * sent it: whatever its shape and kind, it keeps only what says where — a JSON patch's `op`,
 * `path` and `from` (as text), a merge patch's metadata (ObjectMeta's fields, annotations
 * redacted) and the keys of its content maps — and every other value is replaced.
 */
function redactPatch(body, where, found) {
    const location = `${where}.requestObject`;
    if (Array.isArray(body)) {
        for (let i = 0; i < body.length; i++) {
            const op = body[i];
            if (!isObject(op)) {
                body[i] = replaced(op, location, found);
                continue;
            }
            for (const key of Object.keys(op))
                if (!PATCH_OP_FIELDS.has(key) || typeof op[key] !== 'string')
                    replace(op, key, location, found);
        }
        return body;
    }
    if (!isObject(body))
        return replaced(body, location, found);
    for (const key of Object.keys(body)) {
        if (key === 'metadata')
            redactSecretMetadata(body, where, found);
        else if (CONTENT_MAPS.includes(key))
            redactMap(body, key, location, found);
        else
            replace(body, key, location, found);
    }
    return body;
}
/** The marker in place of a whole value that is not an object (or the marker already). */
function replaced(value, location, found) {
    if (value === null || value === REDACTED)
        return value;
    found.push(location);
    return REDACTED;
}

;// CONCATENATED MODULE: ./src/logs/redact/rules.ts




/** The locations a Secret's redaction reports (secret.ts), its last-applied annotation's too. */
const SECRET_LOCATIONS = [
    'data',
    'stringData',
    'fields',
    'metadata',
    'annotations',
    'last-applied-configuration',
];
/**
 * A Secret anywhere in a body, told by its kind: `Secret`, a `SecretList`'s items, a watch
 * event's Secret. The kind is written `"kind":"Secret` or `"kind":"SecretList`, so the line
 * spells `"Secret`.
 */
const SECRET_KIND = {
    triggers: [{ word: '"Secret', lead: 1 }],
    locations: SECRET_LOCATIONS,
};
/**
 * An event about secrets, told by its objectRef (`"resource":"secrets"`): every object of its
 * bodies is treated as a Secret (kind-less Table rows too), a body sent but a whole Secret is a
 * patch, and a mutating webhook's patch annotation holds the Secret's data.
 */
const SECRETS_RESOURCE = {
    triggers: [{ word: '"secrets"', lead: 3 }],
    locations: [...SECRET_LOCATIONS, 'binaryData', 'requestObject', 'webhookPatch'],
};
/**
 * The last-applied annotation of an object that is no Secret, when its text holds one: the text
 * is JSON written inside a string, `{\"kind\":\"Secret\"`, which spells `"Secret`.
 */
const LAST_APPLIED_SECRET = {
    triggers: [{ word: '"Secret', lead: 1 }],
    locations: ['last-applied-configuration'],
};
/** The locations of the two token rules. */
const SA_TOKEN = 'serviceaccounts/token.status.token';
const TOKEN_REVIEW = 'tokenreviews.spec.token';
/** The token a TokenRequest returns (`serviceaccounts/token`): its key is `"token"`. */
const SA_TOKEN_RULE = {
    triggers: [{ word: '"token"', lead: 3 }],
    locations: [SA_TOKEN],
};
/** The token a TokenReview is sent to check: its key is `"token"`. */
const TOKEN_REVIEW_RULE = {
    triggers: [{ word: '"token"', lead: 3 }],
    locations: [TOKEN_REVIEW],
};
/** Every built-in rule by name; the fast check searches for their words ({@link ruleTriggers}). */
const BUILT_IN_REDACTION = {
    secretKind: SECRET_KIND,
    saToken: SA_TOKEN_RULE,
    tokenReview: TOKEN_REVIEW_RULE,
    secretsResource: SECRETS_RESOURCE,
    lastAppliedSecret: LAST_APPLIED_SECRET,
};
/** An object of a resource a user's `redact-resources` names: its objectRef spells `"<resource>"`. */
function resourceTrigger(resource) {
    return { word: `"${resource}"`, lead: 2 };
}
/**
 * What a key a glob matches must spell: its longest literal part, with the quote before or after
 * it when the part starts or ends the key. A glob of only `*` has none: then the key of the
 * event's annotations.
 */
function globTrigger(glob) {
    const parts = glob.split('*');
    let best = 0;
    parts.forEach((part, i) => {
        if (part.length > (parts[best] ?? '').length)
            best = i;
    });
    const part = parts[best] ?? '';
    if (part === '')
        return { word: '"annotations"', lead: 2 };
    const word = `${best === 0 ? '"' : ''}${part}${best === parts.length - 1 ? '"' : ''}`;
    return { word, lead: best === 0 ? 1 : 0 };
}
/**
 * Every word a rule fires on, for the fast check: the built-in rules' (each word once), then those
 * of the user's resources and audit annotation globs, then the words every match of the user's
 * patterns spells (when there are such words, the patterns need no automaton in the fast check).
 */
function ruleTriggers(user) {
    const builtIn = new Map();
    for (const rule of Object.values(BUILT_IN_REDACTION))
        for (const trigger of rule.triggers)
            if (!builtIn.has(trigger.word))
                builtIn.set(trigger.word, trigger);
    return [
        ...builtIn.values(),
        ...user.resources.map(resourceTrigger),
        ...user.auditAnnotations.map(globTrigger),
        ...user.patternWords.map((word) => ({ word, lead: 0 })),
    ];
}
/**
 * Deeper than any object the API serves; a hostile line nested deeper than this is replaced from
 * there on instead of being walked (the walk is recursive and must not run out of stack).
 */
const MAX_DEPTH = 256;
/** kubectl writes the annotation as compact JSON; whitespace is allowed for odd writers. */
const MENTIONS_SECRET = /"kind"\s*:\s*"Secret(List)?"/;
/**
 * The last-applied annotation of an object that is no Secret, when its text holds one (a List
 * applied with kubectl). A value that is not text (a client's patch, logged as sent, may hold
 * anything) is walked like any other body, so a Secret inside it is found by its kind.
 */
function redactLastApplied(object, found) {
    const metadata = object.metadata;
    if (!isObject(metadata) || !isObject(metadata.annotations))
        return;
    const value = metadata.annotations[LAST_APPLIED];
    if (typeof value === 'string' && MENTIONS_SECRET.test(value))
        replace(metadata.annotations, LAST_APPLIED, 'last-applied-configuration', found);
}
function redactToken(object, field, location, found) {
    const holder = object[field];
    if (isObject(holder))
        replace(holder, 'token', location, found);
}
/**
 * Walks a request or response body. Kind-based rules apply anywhere (a Secret inside any body is
 * a Secret); in an event about a Secret-like resource every object is treated as one, so shapes
 * without a kind (Table rows' objects) are covered too. Items of a SecretList carry no kind of
 * their own: `secretItem` marks them. `where` names the container, for the location: `secrets`,
 * `secretList.items`, `watch.object`, a user's resource.
 */
function walk(node, about, where, found, depth, secretItem = false) {
    if (typeof node !== 'object' || node === null)
        return node;
    if (depth > MAX_DEPTH) {
        found.push('too-deep');
        return REDACTED;
    }
    if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++)
            node[i] = walk(node[i], about, where, found, depth + 1, secretItem);
        return node;
    }
    const object = node;
    const kind = object.kind;
    if ((kind === 'Secret' && !isKindReference(object)) || secretItem)
        redactSecret(object, where, found);
    else if (about.secretLike !== undefined)
        redactSecretLike(object, where, found);
    else
        redactLastApplied(object, found);
    if (kind === 'TokenRequest')
        redactToken(object, 'status', SA_TOKEN, found);
    if (kind === 'TokenReview')
        redactToken(object, 'spec', TOKEN_REVIEW, found);
    for (const key of Object.keys(object)) {
        const items = kind === 'SecretList' && key === 'items';
        const inner = items
            ? 'secretList.items'
            : kind === 'WatchEvent' && key === 'object'
                ? 'watch.object'
                : where;
        object[key] = walk(object[key], about, inner, found, depth + 1, items);
    }
    return object;
}
/**
 * A GroupVersionKind that names a kind rather than being an object of it — the API discovery
 * document's `responseKind: {group: "", version: "", kind: "Secret"}` for the `secrets` resource
 * (k8s.io/api apidiscovery/v2, APIResourceDiscovery): only those three fields, all text. It holds
 * no value of a Secret, and kubectl reads it on every discovery, so it stays as it is.
 */
function isKindReference(object) {
    let fields = 0;
    for (const [key, value] of Object.entries(object)) {
        if ((key !== 'group' && key !== 'version' && key !== 'kind') || typeof value !== 'string')
            return false;
        fields++;
    }
    return fields > 1;
}
/**
 * Whether a request body sent to a Secret-like resource is a whole object rather than a patch:
 * only `create` and `update` send one, and the API server logs it as it decoded it. Any other body
 * (patches are logged as the client sent them) gets the patch rule, whatever kind it names.
 */
function isWholeObject(body, verb, secrets) {
    if ((verb !== 'create' && verb !== 'update') || !isObject(body))
        return false;
    return secrets ? body.kind === 'Secret' : typeof body.kind === 'string';
}
/** The string values of `root` at any depth, rewritten where the user's patterns match. */
function redactPatterns(root, rules, found) {
    const patterns = rules.patterns;
    if (!patterns)
        return;
    // A stack, not recursion: a hostile line may nest deeper than any stack.
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (typeof node !== 'object' || node === null)
            continue;
        const holder = node;
        for (const key of Object.keys(holder)) {
            const value = holder[key];
            if (typeof value === 'string') {
                if (value === REDACTED)
                    continue;
                // The marker a rule (or an earlier pass) left is not text to match: a pattern that
                // matches part of it would redact it again, and again on every pass.
                const pieces = value.includes(REDACTED) ? value.split(REDACTED) : [value];
                const rewritten = pieces.map((piece) => patterns.replace(piece, REDACTED));
                if (rewritten.every((piece) => piece === undefined))
                    continue;
                holder[key] = rewritten.map((piece, i) => piece ?? pieces[i]).join(REDACTED);
                found.push('patterns');
            }
            else if (typeof value === 'object' && value !== null)
                stack.push(value);
        }
    }
}
/**
 * Replaces secret material in a parsed event, in place; returns where, one entry per value.
 * Decided by what the event is about (objectRef) and by the kinds inside its bodies, not by field
 * names alone. Built in: a Secret's data and stringData (also in SecretList items, watch events,
 * Table rows), any field a Secret does not have, every annotation value of a Secret but a few
 * known to hold no secret (last-applied and kapp's copy of the whole Secret among those redacted),
 * the last-applied annotation of other objects when it holds a Secret, any body sent to secrets
 * but a whole Secret (patches keep only where they change, never what), the token of a
 * TokenRequest (`serviceaccounts/token`), TokenReview `spec.token`, and the
 * `patch.webhook.admission.k8s.io/*` audit annotations of events about secrets, which hold a
 * mutating webhook's patch to the Secret, data included. The user's `rules` add resources treated
 * as Secrets are, audit annotations by key, and patterns over every string value.
 *
 * Checked and left alone, as they hold no credential: bootstrap-token and service-account-token
 * Secrets are Secrets (covered above); CSRs, PodCertificateRequests and every `caBundle` hold public
 * keys and certificates; webhook URLs cannot carry user info (the API rejects it); the
 * `authentication.kubernetes.io/credential-id` user extra is an identifier, not a token;
 * `managedFields` hold field names, never values.
 *
 * Every rule fires only on the words it declares above (scan.ts relies on it, and
 * test/logs/redact/triggers.test.ts fails a rule whose example line the fast check calls clean);
 * the user's resources and audit annotations on theirs ({@link ruleTriggers}). The user's
 * patterns are checked by the fast path on their own.
 */
function redactEvent(event, rules) {
    const found = [];
    const ref = event.objectRef;
    // The sensitive resources of policy/sensitive.ts; tokenreviews by name in any group, as before.
    const secrets = ref?.resource === SECRETS.resource;
    const about = {
        secretLike: secrets ? 'secrets' : rules.resourceRule(ref?.resource, ref?.apiGroup)?.spelling,
        saToken: ref?.resource === SERVICE_ACCOUNT_TOKENS.resource &&
            ref.subresource === SERVICE_ACCOUNT_TOKENS.subresource,
        tokenReview: ref?.resource === TOKEN_REVIEWS.resource,
    };
    const body = event;
    for (const key of ['requestObject', 'responseObject']) {
        if (!(key in body))
            continue;
        let value = body[key];
        const where = about.secretLike ?? 'secrets';
        if (about.secretLike !== undefined &&
            key === 'requestObject' &&
            !isWholeObject(value, event.verb, secrets))
            value = redactPatch(value, where, found);
        value = walk(value, about, where, found, 0);
        // The event says what the body is; its kind may be missing or odd.
        if (isObject(value) && about.saToken)
            redactToken(value, 'status', SA_TOKEN, found);
        if (isObject(value) && about.tokenReview)
            redactToken(value, 'spec', TOKEN_REVIEW, found);
        body[key] = value;
    }
    const annotations = event.annotations;
    if (isObject(annotations)) {
        for (const key of Object.keys(annotations)) {
            if (about.secretLike !== undefined && key.startsWith('patch.webhook.admission.k8s.io/'))
                replace(annotations, key, `${about.secretLike}.webhookPatch`, found);
            else if (rules.auditAnnotations.some((glob) => glob.matches(key)))
                replace(annotations, key, 'audit-annotations', found);
        }
    }
    redactPatterns(body, rules, found);
    return found;
}

;// CONCATENATED MODULE: ./src/logs/redact/settings.ts



/** No rules beyond the built-in ones. */
const NO_EXTRA_REDACTION = {
    auditAnnotations: [],
    resources: [],
    patterns: [],
};
/** A setting whose text is not allowed: `allowed` says what is. */
class RedactionSettingError extends Error {
    setting;
    entry;
    allowed;
    constructor(setting, entry, allowed) {
        super(`${JSON.stringify(entry)}: ${allowed}`);
        this.setting = setting;
        this.entry = entry;
        this.allowed = allowed;
        this.name = 'RedactionSettingError';
    }
}
// kubectl's resource spelling without a subresource: lower-case DNS labels joined by dots.
const RESOURCE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
// An annotation key (an optional DNS prefix and `/`, then a name) with `*` anywhere.
const ANNOTATION_GLOB = /^[A-Za-z0-9*][-A-Za-z0-9_.*/]*$/;
const MAX_KEY = 317;
/** The rules of one run, checked and compiled once: built-in ones and the user's. */
class RedactionRules {
    settings;
    resources;
    auditAnnotations;
    patterns;
    triggers;
    constructor(settings, resources, auditAnnotations, patterns, 
    /** Every word a rule fires on: the built-in ones, then the user's. */
    triggers) {
        this.settings = settings;
        this.resources = resources;
        this.auditAnnotations = auditAnnotations;
        this.patterns = patterns;
        this.triggers = triggers;
    }
    /** Checks and compiles `settings`; throws a {@link RedactionSettingError} on the first bad one. */
    static compile(settings) {
        const resources = settings.resources.map((spelling) => {
            if (!RESOURCE.test(spelling))
                throw new RedactionSettingError('resources', spelling, 'expected a resource as kubectl spells it, resource[.group] in lower case without a subresource, e.g. configmaps or widgets.example.com');
            const dot = spelling.indexOf('.');
            return dot < 0
                ? { spelling, resource: spelling, group: '' }
                : { spelling, resource: spelling.slice(0, dot), group: spelling.slice(dot + 1) };
        });
        for (const glob of settings.auditAnnotations)
            if (!ANNOTATION_GLOB.test(glob) || glob.length > MAX_KEY)
                throw new RedactionSettingError('auditAnnotations', glob, `expected an annotation key with * for any run of characters (letters, digits, - _ . / and *, at most ${MAX_KEY}), e.g. example.com/* or *token*`);
        let patterns;
        if (settings.patterns.length > 0) {
            try {
                patterns = PatternSet.compile(settings.patterns);
            }
            catch (error) {
                if (!(error instanceof PatternError))
                    throw error;
                throw new RedactionSettingError('patterns', error.pattern ?? settings.patterns.join('\n'), `${error.reason}; allowed: ${ALLOWED_SYNTAX}`);
            }
        }
        const triggers = ruleTriggers({
            resources: resources.map((r) => r.resource),
            auditAnnotations: settings.auditAnnotations,
            patternWords: patterns?.requiredWords ?? [],
        });
        return new RedactionRules(settings, resources, settings.auditAnnotations.map(compileGlob), patterns, triggers);
    }
    /** The user's resource rule that covers `resource` in `group`, if any. */
    resourceRule(resource, group) {
        if (typeof resource !== 'string' || this.resources.length === 0)
            return undefined;
        const apiGroup = typeof group === 'string' ? group : '';
        return this.resources.find((r) => r.resource === resource && r.group === apiGroup);
    }
}
/** The settings of all of `sources` together (each entry once), for rules from two places. */
function joinSettings(...sources) {
    const join = (key) => [
        ...new Set(sources.flatMap((source) => source?.[key] ?? [])),
    ];
    return {
        auditAnnotations: join('auditAnnotations'),
        resources: join('resources'),
        patterns: join('patterns'),
    };
}
/** The built-in rules alone. */
const settings_BUILT_IN_RULES = RedactionRules.compile(NO_EXTRA_REDACTION);

;// CONCATENATED MODULE: ./src/logs/pass/key-codec.ts
const KIND = { none: 0, unchecked: 1, event: 2 };
/**
 * A request's `auditID`, `stage` and `time` are nearly always its key's own strings: one index
 * says so ({@link SAME_AS_KEY}); else the string is sent.
 */
const KEY_FIELDS = ['auditID', 'stage', 'time'];
const SAME_AS_KEY = -1;
/** The other string fields of a request, in the order they are sent. */
const TEXT_FIELDS = [
    'user',
    'verb',
    'resource',
    'apiGroup',
    'resourceName',
    'subresource',
    'namespace',
    'name',
    'path',
    'reason',
    'userAgent',
    'level',
    'message',
    'deprecatedApi',
    'removedRelease',
    'latencyFrom',
];
/** Grows as it is written; `take` gives the part written. */
class IntList {
    #values = new Int32Array(4096);
    #length = 0;
    push(value) {
        if (this.#length === this.#values.length) {
            const bigger = new Int32Array(this.#values.length * 2);
            bigger.set(this.#values);
            this.#values = bigger;
        }
        this.#values[this.#length++] = value;
    }
    take() {
        return this.#values.slice(0, this.#length);
    }
}
/** Encodes `keys` (one part's, in order) on a pass thread. */
function encodeKeys(keys) {
    const strings = [];
    const index = new Map();
    const ref = (text) => {
        let at = index.get(text);
        if (at === undefined) {
            at = strings.length;
            strings.push(text);
            index.set(text, at);
        }
        return at;
    };
    /** A string that is seldom the same twice (an auditID, a time): sent without a look-up. */
    const once = (text) => strings.push(text) - 1;
    const refs = new IntList();
    const numbers = [];
    for (const { key, request, unchecked } of keys) {
        if (!key) {
            refs.push(KIND.none);
            continue;
        }
        refs.push(unchecked ? KIND.unchecked : KIND.event);
        refs.push(once(key.time));
        refs.push(once(key.auditID));
        refs.push(ref(key.stage));
        if (unchecked)
            continue;
        // keyedEvent gives a key and a request together, or neither.
        if (!request)
            throw new Error('a keyed event line came without its request');
        for (const field of KEY_FIELDS)
            refs.push(request[field] === key[field] ? SAME_AS_KEY : once(request[field]));
        for (const field of TEXT_FIELDS)
            refs.push(ref(request[field]));
        refs.push(request.component ? 1 : 0);
        refs.push(request.groups.length);
        for (const group of request.groups)
            refs.push(ref(group));
        numbers.push(request.ms, request.code, request.latencyMs);
    }
    return { strings, refs: refs.take(), numbers: Float64Array.from(numbers) };
}
/**
 * A request as a pass thread sent it, made into a {@link Request} only when the merge hands its
 * line on ({@link madeRequest}). The merge holds 10,000 events per node for a while, and a request
 * made when its part came back would live through the young generation's collections with them
 * (a `Request` is some 25 fields, most of what an event held in the window weighs); this holds
 * just where the request lies in its part's encoding, whose strings the request would share anyway.
 */
class EncodedRequest {
    encoded;
    at;
    number;
    key;
    constructor(encoded, 
    /** Where its fields start in `encoded.refs`, and its numbers in `encoded.numbers`. */
    at, number, key) {
        this.encoded = encoded;
        this.at = at;
        this.number = number;
        this.key = key;
    }
    /** The request, as {@link encodeKeys} was given it. */
    decode() {
        const { strings, refs, numbers } = this.encoded;
        const key = this.key;
        let at = this.at;
        let number = this.number;
        const text = () => strings[refs[at++]];
        const keyText = (same) => {
            const index = refs[at++];
            return index === SAME_AS_KEY ? same : strings[index];
        };
        const auditID = keyText(key.auditID);
        const stage = keyText(key.stage);
        const time = keyText(key.time);
        const user = text();
        const verb = text();
        const resource = text();
        const apiGroup = text();
        const resourceName = text();
        const subresource = text();
        const namespace = text();
        const name = text();
        const path = text();
        const reason = text();
        const userAgent = text();
        const level = text();
        const message = text();
        const deprecatedApi = text();
        const removedRelease = text();
        const latencyFrom = text();
        const component = refs[at++] === 1;
        const groups = [];
        for (let n = refs[at++]; n > 0; n--)
            groups.push(text());
        return {
            auditID,
            stage,
            time,
            ms: numbers[number++],
            user,
            groups,
            component,
            verb,
            resource,
            apiGroup,
            resourceName,
            subresource,
            namespace,
            name,
            path,
            code: numbers[number++],
            reason,
            userAgent,
            level,
            message,
            deprecatedApi,
            removedRelease,
            latencyMs: numbers[number],
            latencyFrom,
        };
    }
}
/** The request a line's reader holds, made now if a pass thread sent it. */
function madeRequest(request) {
    return request && 'decode' in request ? request.decode() : request;
}
/** Refs of a request's fields before its groups: auditID, stage, time, the texts, `component`. */
const REQUEST_REFS = KEY_FIELDS.length + TEXT_FIELDS.length + 1;
/**
 * The keys {@link encodeKeys} was given, rebuilt on the main thread; each request is an
 * {@link EncodedRequest}, made when it is needed.
 */
function key_codec_decodeKeys(encoded) {
    const { strings, refs } = encoded;
    const keys = [];
    let at = 0;
    let number = 0;
    const text = () => strings[refs[at++]];
    while (at < refs.length) {
        const kind = refs[at++];
        if (kind === KIND.none) {
            keys.push({ key: undefined });
            continue;
        }
        const key = { time: text(), auditID: text(), stage: text() };
        if (kind === KIND.unchecked) {
            keys.push({ key, unchecked: true });
            continue;
        }
        keys.push({ key, request: new EncodedRequest(encoded, at, number, key) });
        at += REQUEST_REFS;
        at += refs[at] + 1;
        number += 3;
    }
    return keys;
}

;// CONCATENATED MODULE: ./src/logs/lines/splitter.ts
/** A line longer than this is not an event the summary can use: it is skipped, not held. */
const MAX_LINE_BYTES = 64 * 1024 * 1024;
/**
 * The one line splitter of the logs: chunks in, lines out to a {@link LineSink}. Chunks are
 * searched with `Buffer.indexOf`; only a line that spans chunks is copied, and of a line over
 * `maxLine` bytes only the first `maxLine` are kept while the rest streams past, so memory stays
 * bounded whatever the stream holds. Empty lines are passed on too: a copy keeps them.
 */
class LineSplitter {
    sink;
    maxLine;
    #pieces = [];
    #kept = 0;
    #total = 0;
    constructor(sink, maxLine = MAX_LINE_BYTES) {
        this.sink = sink;
        this.maxLine = maxLine;
    }
    /** Takes the next chunk; every line it completes goes to the sink before this returns. */
    push(chunk) {
        let start = 0;
        let newline = chunk.indexOf(10);
        if (this.#total > 0) {
            if (newline === -1) {
                this.#gather(chunk);
                return;
            }
            this.#gather(chunk.subarray(0, newline));
            this.#finish(true);
            start = newline + 1;
            newline = chunk.indexOf(10, start);
        }
        const max = this.maxLine;
        while (newline !== -1) {
            if (newline - start <= max)
                this.sink.line(chunk, start, newline, true);
            else
                this.sink.oversized(chunk.subarray(start, start + max), newline - start, true);
            start = newline + 1;
            newline = chunk.indexOf(10, start);
        }
        if (start < chunk.length)
            this.#gather(chunk.subarray(start));
    }
    /** Ends the stream: a last line without a newline goes to the sink as it is. */
    end() {
        if (this.#total > 0)
            this.#finish(false);
    }
    /** Ends a stream that broke off: its unfinished last line is dropped; returns its length. */
    drop() {
        const bytes = this.#total;
        this.#reset();
        return bytes;
    }
    #gather(piece) {
        const room = this.maxLine - this.#kept;
        const kept = piece.length > room ? piece.subarray(0, room) : piece;
        if (kept.length > 0)
            this.#pieces.push(kept);
        this.#kept += kept.length;
        this.#total += piece.length;
    }
    #finish(newline) {
        const pieces = this.#pieces;
        const line = pieces.length === 1 ? pieces[0] : Buffer.concat(pieces, this.#kept);
        const total = this.#total;
        this.#reset();
        if (total > this.maxLine)
            this.sink.oversized(line, total, newline);
        else
            this.sink.line(line, 0, line.length, newline);
    }
    #reset() {
        this.#pieces = [];
        this.#kept = 0;
        this.#total = 0;
    }
}
/**
 * Calls `onLine` with every line of a byte stream, without its `\n` (see {@link LineSplitter}).
 * A line over `maxLine` bytes is reported to `onOversized` and its bytes dropped as they come, so
 * memory stays bounded whatever the stream holds. The last line needs no newline.
 */
async function forEachLine(stream, onLine, onOversized = () => { }, maxLine = MAX_LINE_BYTES) {
    const splitter = new LineSplitter({
        line: (buf, start, end) => onLine(start === 0 && end === buf.length ? buf : buf.subarray(start, end)),
        oversized: () => onOversized(),
    }, maxLine);
    for await (const chunk of stream)
        splitter.push(chunk);
    splitter.end();
}

;// CONCATENATED MODULE: ./src/logs/redact/json-check.ts
/**
 * A byte-level check that a line is one whole JSON object, as `JSON.parse` of its UTF-8 text
 * would accept it, and whether any object in it may repeat a key. It allocates nothing per line
 * and never builds the values, so the fast path of redaction can prove a line whole (not cut off,
 * not damaged) without parsing it.
 *
 * Repeated keys matter because `JSON.parse`, like Go's decoder, keeps the last value of a key while
 * a reader of the bytes may see the first: a line with them that spells a trigger word is never
 * kept as it is (scan.ts, line.ts). Keys are compared by a hash of what they decode to; a key
 * with a byte or escape above 0x7f, an object of more than {@link MAX_COMPARED_KEYS} keys or two
 * keys of the same hash leave the answer to the full check, which counts.
 */
/** What {@link checkJsonObject} found. */
const JSON_CHECK = {
    /** One whole JSON object, and no object in it repeats a key. */
    clean: 0,
    /** Not one whole JSON object: cut off, damaged, or not JSON at all. */
    invalid: 1,
    /** A whole JSON object whose keys could not all be told apart here: the full check decides. */
    maybeRepeated: 2,
};
/** Keys of one object compared one by one; an object with more is left to the full check. */
const MAX_COMPARED_KEYS = 64;
const QUOTE = 0x22;
const json_check_BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
// What the scanner expects next.
const VALUE = 0;
const FIRST_KEY = 1; // just after `{`: a key or `}`
const KEY = 2; // after `,` in an object
const AFTER_KEY = 3; // `:`
const FIRST_VALUE = 4; // just after `[`: a value or `]`
const AFTER_VALUE = 5; // `,`, or the close of the container
const IN_OBJECT = 1;
const IN_ARRAY = 2;
/** Scratch space, grown as deep or wide lines need it and reused by every line. */
let containers = new Uint8Array(256);
/** For each open object, where its keys' hashes start in `hashes`. */
let keysFrom = new Int32Array(256);
let hashes = new Int32Array(1024);
/** Per byte: 1 where a string's plain run stops (its closing quote, an escape, a control byte). */
const STRING_STOP = new Uint8Array(256);
for (let c = 0; c < 0x20; c++)
    STRING_STOP[c] = 1;
STRING_STOP[QUOTE] = 1;
STRING_STOP[json_check_BACKSLASH] = 1;
/** Per escaped byte after `\`: 1 for the one-letter escapes JSON allows, 2 for `u`. */
const ESCAPES = new Uint8Array(256);
for (const c of '"\\/bfnrt')
    ESCAPES[c.charCodeAt(0)] = 1;
ESCAPES[0x75] = 2;
function isHex(byte) {
    if (byte === undefined)
        return false;
    return (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66);
}
function isSpace(byte) {
    return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}
/**
 * The index after the escape at `at` (a backslash), or -1 when it is not one JSON allows.
 */
function escapeEnd(buf, at, end) {
    const kind = at + 1 < end ? ESCAPES[buf[at + 1]] : 0;
    if (kind === 1)
        return at + 2;
    if (kind !== 2 || at + 6 > end)
        return -1;
    for (let k = at + 2; k < at + 6; k++)
        if (!isHex(buf[k]))
            return -1;
    return at + 6;
}
/**
 * The end of the string value whose opening quote is at `at` (the index after its closing quote),
 * or -1 when it is not a valid JSON string before `end`. The closing quote is found by
 * `indexOf` (native); the bytes before it are checked for escapes and control characters only.
 */
function valueEnd(buf, at, end) {
    let i = at + 1;
    while (i < end) {
        const c = buf[i];
        // One look-up a byte, without a branch on what kind of byte it is: text such as base64 or
        // prose mixes capitals, digits and lower case, and a branch on those is mispredicted often.
        if (STRING_STOP[c] === 0) {
            i++;
            continue;
        }
        if (c === QUOTE)
            return i + 1;
        if (c !== json_check_BACKSLASH)
            return -1;
        i = escapeEnd(buf, i, end);
        if (i < 0)
            return -1;
    }
    return -1;
}
/** Bytes of a string read one by one before the rest is searched for its closing quote. */
const SHORT_STRING = 64;
/**
 * {@link valueEnd} of a line `JSON.parse` already took, so that its strings are known valid: a
 * long string's closing quote is searched for (native `indexOf`) rather than read up to byte by
 * byte, and its bytes are not checked again. A quote is escaped when an odd run of backslashes
 * stands before it.
 */
function parsedValueEnd(buf, at, end) {
    let i = at + 1;
    const stop = Math.min(end, i + SHORT_STRING);
    for (; i < stop; i++) {
        const c = buf[i];
        if (STRING_STOP[c] === 0)
            continue;
        if (c === QUOTE)
            return i + 1;
        // An escape (a control byte cannot be in a string JSON.parse took): skip the byte after it.
        i++;
    }
    for (;;) {
        const quote = buf.indexOf(QUOTE, i);
        if (quote < 0 || quote >= end)
            return -1;
        let run = 0;
        while (buf[quote - 1 - run] === json_check_BACKSLASH)
            run++;
        if (run % 2 === 0)
            return quote + 1;
        i = quote + 1;
    }
}
/** What a short escape (`\n`, `\"`, …) decodes to, by the byte after the backslash. */
const ESCAPED_UNIT = new Int16Array(256).fill(-1);
for (const [c, unit] of [
    ['"', 0x22],
    ['\\', 0x5c],
    ['/', 0x2f],
    ['b', 0x08],
    ['f', 0x0c],
    ['n', 0x0a],
    ['r', 0x0d],
    ['t', 0x09],
])
    ESCAPED_UNIT[c.charCodeAt(0)] = unit;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/**
 * Like {@link valueEnd} for a key, also setting {@link lastHash} to the FNV-1a hash of the code
 * units `JSON.parse` decodes it to — escapes decoded, so `"a"` and `"\u0061"` hash alike — and
 * {@link lastComparable} false when a byte or escape above 0x7f leaves that unsure (malformed
 * UTF-8 decodes to U+FFFD whatever the bytes; a character may be spelt raw or escaped).
 */
function keyEnd(buf, at, end) {
    let h = FNV_OFFSET;
    let comparable = true;
    let i = at + 1;
    while (i < end) {
        const c = buf[i];
        if (c > json_check_BACKSLASH) {
            if (c >= 0x80)
                comparable = false;
            h = Math.imul(h ^ c, FNV_PRIME);
            i++;
            continue;
        }
        if (c === QUOTE) {
            lastHash = h;
            lastComparable = comparable;
            return i + 1;
        }
        if (c === json_check_BACKSLASH) {
            const next = escapeEnd(buf, i, end);
            if (next < 0)
                return -1;
            const unit = next - i === 6
                ? parseInt(buf.toString('latin1', i + 2, i + 6), 16)
                : ESCAPED_UNIT[buf[i + 1]];
            if (unit >= 0x80)
                comparable = false;
            h = Math.imul(h ^ unit, FNV_PRIME);
            i = next;
            continue;
        }
        if (c < 0x20)
            return -1;
        h = Math.imul(h ^ c, FNV_PRIME);
        i++;
    }
    return -1;
}
let lastHash = 0;
let lastComparable = true;
let keysRead = 0;
/**
 * How many keys the last {@link checkJsonObject} read, repeats included: against the keys a parse
 * of the same line holds, it says exactly whether a key repeats (once the check found it whole).
 */
function keysInLastCheck() {
    return keysRead;
}
function isDigit(buf, i, end) {
    if (i >= end)
        return false;
    const c = buf[i];
    return c >= 0x30 && c <= 0x39;
}
/** The end of the number at `at`, or -1 when it is not a JSON number. */
function numberEnd(buf, at, end) {
    let i = at;
    if (buf[i] === 0x2d)
        i++;
    if (i < end && buf[i] === 0x30)
        i++;
    else if (isDigit(buf, i, end) && buf[i] !== 0x30)
        while (isDigit(buf, i, end))
            i++;
    else
        return -1;
    if (i < end && buf[i] === 0x2e) {
        i++;
        if (!isDigit(buf, i, end))
            return -1;
        while (isDigit(buf, i, end))
            i++;
    }
    if (i < end && (buf[i] === 0x65 || buf[i] === 0x45)) {
        i++;
        if (i < end && (buf[i] === 0x2b || buf[i] === 0x2d))
            i++;
        if (!isDigit(buf, i, end))
            return -1;
        while (isDigit(buf, i, end))
            i++;
    }
    return i;
}
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const NULL = Buffer.from('null');
function literalEnd(buf, at, end, word) {
    if (at + word.length > end)
        return -1;
    for (let k = 1; k < word.length; k++)
        if (buf[at + k] !== word[k])
            return -1;
    return at + word.length;
}
function grow(array, need) {
    if (need < array.length)
        return array;
    const bigger = new array.constructor(Math.max(need + 1, array.length * 2));
    bigger.set(array);
    return bigger;
}
/**
 * Checks `buf[start, end)` against JSON's grammar (RFC 8259, as `JSON.parse` applies it to the
 * bytes' UTF-8 text: bytes above 0x7f are only allowed inside strings, where a malformed sequence
 * becomes U+FFFD and still parses). The value must be an object. Dispatches on the byte first:
 * compact JSON (what Go writes) has no whitespace between tokens. `parsed`: `JSON.parse` already
 * took the line, so only its keys are in question; its string values are skipped, not checked
 * (a SecretList's base64 runs over 4 times faster).
 */
function checkJsonObject(buf, start, end, parsed = false, compareKeys = true) {
    keysRead = 0;
    let depth = 0;
    let keys = 0; // hashes in use
    // Not comparing keys is taking every key as maybe repeated from the start: each is then only
    // read to its end, not hashed.
    let repeated = !compareKeys;
    let state = VALUE;
    let i = start;
    let stack = containers;
    let starts = keysFrom;
    let table = hashes;
    while (i < end && isSpace(buf[i]))
        i++;
    if (buf[i] !== OPEN_BRACE)
        return JSON_CHECK.invalid;
    while (i < end) {
        const c = buf[i];
        if (c === QUOTE) {
            if (state === KEY || state === FIRST_KEY) {
                const next = repeated ? valueEnd(buf, i, end) : keyEnd(buf, i, end);
                if (next < 0)
                    return JSON_CHECK.invalid;
                keysRead++;
                if (!repeated) {
                    // Compared with the keys before it in its object, one by one (few, in real events).
                    const from = starts[depth - 1];
                    if (!lastComparable || keys - from >= MAX_COMPARED_KEYS)
                        repeated = true;
                    else {
                        const hash = lastHash;
                        for (let k = from; k < keys; k++)
                            if (table[k] === hash)
                                repeated = true;
                        if (keys >= table.length)
                            hashes = table = grow(table, keys);
                        table[keys++] = hash;
                    }
                }
                // Compact JSON: the colon follows at once, then the value.
                if (buf[next] === COLON) {
                    i = next + 1;
                    state = VALUE;
                }
                else {
                    i = next;
                    state = AFTER_KEY;
                }
                continue;
            }
            if (state !== VALUE && state !== FIRST_VALUE)
                return JSON_CHECK.invalid;
            const next = parsed ? parsedValueEnd(buf, i, end) : valueEnd(buf, i, end);
            if (next < 0)
                return JSON_CHECK.invalid;
            // Compact JSON: a comma follows at once, then the next key or value.
            if (next < end && buf[next] === COMMA) {
                i = next + 1;
                state = stack[depth - 1] === IN_OBJECT ? KEY : VALUE;
            }
            else {
                i = next;
                state = AFTER_VALUE;
            }
            continue;
        }
        if (c === COLON) {
            if (state !== AFTER_KEY)
                return JSON_CHECK.invalid;
            state = VALUE;
            i++;
        }
        else if (c === COMMA) {
            if (state !== AFTER_VALUE)
                return JSON_CHECK.invalid;
            state = stack[depth - 1] === IN_OBJECT ? KEY : VALUE;
            i++;
        }
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            if (state !== VALUE && state !== FIRST_VALUE)
                return JSON_CHECK.invalid;
            if (depth >= stack.length) {
                containers = stack = grow(stack, depth);
                keysFrom = starts = grow(starts, depth);
            }
            stack[depth] = c === OPEN_BRACE ? IN_OBJECT : IN_ARRAY;
            starts[depth] = keys;
            depth++;
            state = c === OPEN_BRACE ? FIRST_KEY : FIRST_VALUE;
            i++;
        }
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            const container = c === CLOSE_BRACE ? IN_OBJECT : IN_ARRAY;
            if (stack[depth - 1] !== container)
                return JSON_CHECK.invalid;
            const empty = container === IN_OBJECT ? FIRST_KEY : FIRST_VALUE;
            if (state !== AFTER_VALUE && state !== empty)
                return JSON_CHECK.invalid;
            keys = starts[depth - 1];
            depth--;
            i++;
            if (depth === 0)
                break;
            state = AFTER_VALUE;
        }
        else if (isSpace(c))
            i++;
        else {
            if (state !== VALUE && state !== FIRST_VALUE)
                return JSON_CHECK.invalid;
            let next;
            if (c === 0x74)
                next = literalEnd(buf, i, end, TRUE);
            else if (c === 0x66)
                next = literalEnd(buf, i, end, FALSE);
            else if (c === 0x6e)
                next = literalEnd(buf, i, end, NULL);
            else
                next = numberEnd(buf, i, end);
            if (next < 0)
                return JSON_CHECK.invalid;
            i = next;
            state = AFTER_VALUE;
        }
    }
    if (depth !== 0)
        return JSON_CHECK.invalid;
    // The object closed just before `i`: only whitespace may follow.
    while (i < end)
        if (!isSpace(buf[i++]))
            return JSON_CHECK.invalid;
    return repeated ? JSON_CHECK.maybeRepeated : JSON_CHECK.clean;
}
/**
 * Whether `buf[start, end)` is one whole JSON object, as `JSON.parse` would take it, whether or not
 * a key repeats: {@link checkJsonObject} without comparing keys, which spares hashing each one.
 */
function json_check_isWholeJsonObject(buf, start, end) {
    return checkJsonObject(buf, start, end, false, false) !== JSON_CHECK.invalid;
}

;// CONCATENATED MODULE: ./src/logs/redact/scan.ts


/**
 * The fast check: which lines can be proven, without parsing them, to need no change.
 *
 * A line is kept as it is only when all of these hold:
 * - it spells none of the rules' trigger words (`RedactionRules.triggers`: rules.ts fires
 *   only on one of them, so a line without any holds nothing any rule would replace);
 * - no JSON escape in it may spell a byte of a trigger word: `\uXXXX` can spell any character,
 *   and `\/` a slash, which would hide a word from a byte search (a client's patch is logged as
 *   sent, so it may spell `"Secret` as `\u0022Secret`). Go's encoder only writes `\u` for `<`, `>`,
 *   `&`, control characters and U+2028/9, so real lines almost never take the full check for this;
 * - it is one whole JSON object (json-check.ts): a cut-off or damaged line cannot be checked, and
 *   takes the full check, which replaces it. Whether a key repeats does not matter here: a repeat
 *   may hide a first value from a parse, which keeps the last, but with no trigger word and no
 *   escape that may spell one anywhere in its bytes, no value of the line, first or last, is one a
 *   rule acts on. (The full check writes a line whose keys repeat from its parse only when it
 *   spells a trigger word: line.ts.)
 * - none of the user's patterns may match in it: a pattern every match of which spells one of a
 *   few words (`command=`, `AKIA`) adds them to the trigger words; the others' automaton reads
 *   the line's bytes.
 */
const scan_QUOTE = 0x22;
const scan_OPEN_BRACE = 0x7b;
const scan_CLOSE_BRACE = 0x7d;
const ESCAPE_U = Buffer.from('\\u');
const ESCAPE_SLASH = Buffer.from('\\/');
/** The rules as the fast check uses them, built once per set of rules. */
class scan_LineScan {
    /** Each trigger word, searched by its part after `lead` and confirmed by the bytes before. */
    needles;
    /** Per ASCII byte: whether some trigger word spells it (an escape of it may hide the word). */
    hideable;
    /** Whether some trigger word holds a `/`, which JSON may spell `\/`. */
    slashHides;
    /** The user's patterns, when some match need not spell a trigger word: run on each line. */
    patterns;
    constructor(rules) {
        this.needles = rules.triggers.map(({ word, lead }) => ({
            search: Buffer.from(word.slice(lead)),
            before: Buffer.from(word.slice(0, lead)),
        }));
        this.hideable = new Uint8Array(128);
        this.hideable[scan_QUOTE] = 1;
        for (const { word } of rules.triggers)
            for (const c of Buffer.from(word))
                if (c < 128)
                    this.hideable[c] = 1;
        this.slashHides = this.hideable[0x2f] === 1;
        // Patterns whose matches spell a trigger word need no automaton here.
        this.patterns = rules.patterns?.requiredWords ? undefined : rules.patterns;
    }
    static cache = new WeakMap();
    /** The scan of `rules`, made once. */
    static of(rules) {
        let scan = scan_LineScan.cache.get(rules);
        if (!scan) {
            scan = new scan_LineScan(rules);
            scan_LineScan.cache.set(rules, scan);
        }
        return scan;
    }
}
function hexValue(byte) {
    if (byte === undefined)
        return -1;
    if (byte >= 0x30 && byte <= 0x39)
        return byte - 0x30;
    const lower = byte | 0x20;
    return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}
/**
 * True when the `\u` at `at` may spell a byte of a trigger word (or it is malformed: then let
 * JSON.parse judge).
 */
function escapeMayHideNeedle(buf, at, hideable) {
    let code = 0;
    for (let i = 2; i < 6; i++) {
        const digit = hexValue(buf[at + i]);
        if (digit < 0)
            return true;
        code = code * 16 + digit;
    }
    return code < 128 && hideable[code] === 1;
}
/**
 * Finds, across a region of many lines, the next place that forces a full check, so that each
 * needle is searched once per occurrence rather than once per line.
 */
class scan_SuspectFinder {
    buf;
    scan;
    next;
    nextEscape = -1;
    nextSlash = -1;
    constructor(buf, scan = scan_LineScan.of(settings_BUILT_IN_RULES)) {
        this.buf = buf;
        this.scan = scan;
        this.next = scan.needles.map(() => -1);
        if (!scan.slashHides)
            this.nextSlash = -2;
    }
    /** The first confirmed match of needle `i` at or after `from`, -2 when there is none. */
    find(i, from) {
        const { search, before } = this.scan.needles[i];
        for (let at = this.buf.indexOf(search, from); at >= 0; at = this.buf.indexOf(search, at + 1)) {
            const lead = at - before.length;
            if (lead >= 0 && this.buf.compare(before, 0, before.length, lead, at) === 0)
                return at;
        }
        return -2;
    }
    /** True when `buf[start, end)` contains a needle or an escape that may hide one. */
    suspect(start, end) {
        for (let i = 0; i < this.next.length; i++) {
            let at = this.next[i] ?? -1;
            if (at !== -2 && at < start) {
                at = this.find(i, start);
                this.next[i] = at;
            }
            if (at >= 0 && at < end)
                return true;
        }
        if (this.nextSlash !== -2) {
            if (this.nextSlash < start) {
                const at = this.buf.indexOf(ESCAPE_SLASH, start);
                this.nextSlash = at < 0 ? -2 : at;
            }
            if (this.nextSlash >= 0 && this.nextSlash < end)
                return true;
        }
        while (this.nextEscape !== -2) {
            if (this.nextEscape < start) {
                const at = this.buf.indexOf(ESCAPE_U, start);
                this.nextEscape = at < 0 ? -2 : at;
                continue;
            }
            if (this.nextEscape >= end)
                return false;
            if (escapeMayHideNeedle(this.buf, this.nextEscape, this.scan.hideable))
                return true;
            const at = this.buf.indexOf(ESCAPE_U, this.nextEscape + 2);
            this.nextEscape = at < 0 ? -2 : at;
        }
        return false;
    }
}
/**
 * True when `buf[start, end)` (one line, without its newline) provably needs no change: see the
 * top of this file.
 */
function scan_provablyClean(buf, start = 0, end = buf.length, finder = new scan_SuspectFinder(buf)) {
    return cleanIfWhole(buf, start, end, finder) && isWholeJsonObject(buf, start, end);
}
/**
 * Every condition of {@link provablyClean} but the last: the line spells nothing a rule or pattern
 * acts on, so it needs no change if it is one whole JSON object. A caller that parses the line
 * anyway proves that by its parse instead of the byte check (`StreamRedactor`'s `parses`).
 */
function cleanIfWhole(buf, start, end, finder) {
    if (end - start < 2 || buf[start] !== scan_OPEN_BRACE || buf[end - 1] !== scan_CLOSE_BRACE)
        return false;
    return !spellsTrigger(buf, start, end, finder);
}
/**
 * Whether `buf[start, end)` spells something a rule or a pattern may act on: a trigger word, an
 * escape that may spell a byte of one, or bytes one of the user's patterns may match.
 */
function spellsTrigger(buf, start, end, finder) {
    return finder.suspect(start, end) || !!finder.scan.patterns?.mayMatchJson(buf, start, end);
}

;// CONCATENATED MODULE: ./src/logs/redact/line.ts




/** The location of a line written again from its parsed form because a key in it repeated. */
const REPEATED_KEYS = 'repeated-keys';
/**
 * The line that stands in for one that could not be checked: a JSON object (so readers that skip
 * non-events skip it too) saying what happened and how long the original was.
 */
function unparseableMarker(bytes, reason = 'it is not a JSON object') {
    return Buffer.from(JSON.stringify({
        redacted: REDACTED,
        reason: `a line was replaced because ${reason}, so it could not be checked for secrets`,
        bytes,
    }));
}
/**
 * Redacts one audit log line (without its newline). A line that provably needs no change (see
 * `scan.ts`) is returned as it is, unparsed; any other is parsed, and only when a value was
 * replaced, or a key repeated in a line that spells a trigger word, is it serialised again. A
 * line that is not a whole JSON object is replaced by {@link unparseableMarker}: it cannot be
 * checked.
 */
function redactLine(input, finder, rules = BUILT_IN_RULES) {
    const line = typeof input === 'string' ? Buffer.from(input) : input;
    if (provablyClean(line, 0, line.length, finder ?? new SuspectFinder(line, LineScan.of(rules))))
        return { line, redacted: 0, locations: [], unparseable: false };
    return redactParsed(line, rules);
}
/** Keys in every object of a parsed value, walked without recursion (it may nest deeply). */
function keysInTree(root) {
    let keys = 0;
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (typeof node !== 'object' || node === null)
            continue;
        if (Array.isArray(node))
            for (const item of node)
                stack.push(item);
        else {
            const values = Object.values(node);
            keys += values.length;
            for (const value of values)
                if (typeof value === 'object')
                    stack.push(value);
        }
    }
    return keys;
}
/**
 * Whether the line, which `JSON.parse` took as `parsed`, repeats a key somewhere: `JSON.parse`,
 * like Go's decoder, keeps the last value, so the parse holds fewer keys than the text spells.
 */
function repeatsKeys(line, parsed) {
    // The parse proved the strings valid: the check only finds their ends (json-check.ts).
    const check = checkJsonObject(line, 0, line.length, true);
    if (check === JSON_CHECK.clean)
        return false;
    // Whole but keys not told apart by their bytes: count. (Invalid cannot be, as JSON.parse took
    // the line; were the two ever to disagree, writing the parse again is the safe side.)
    return check === JSON_CHECK.invalid || keysInLastCheck() > keysInTree(parsed);
}
/**
 * The full check of a line: parse, apply the rules, serialise when something changed or a key
 * repeated in a line that spells a trigger word — never keep bytes whose first value of a
 * repeated key no rule saw. (A line that spells none holds no value, first or last, that a rule
 * acts on: it is kept as the fast path keeps it, scan.ts.) A line too deep to serialise again is
 * replaced by the marker.
 */
function redactParsed(line, rules = settings_BUILT_IN_RULES) {
    let event;
    const text = line.toString('utf8');
    try {
        event = JSON.parse(text);
    }
    catch {
        // A blank line holds nothing; it stays, uncounted.
        if (text.trim() === '')
            return { line, redacted: 0, locations: [], unparseable: false };
        return { line: unparseableMarker(line.length), redacted: 0, locations: [], unparseable: true };
    }
    if (typeof event !== 'object' || event === null || Array.isArray(event))
        return { line: unparseableMarker(line.length), redacted: 0, locations: [], unparseable: true };
    const repeated = spellsTrigger(line, 0, line.length, new scan_SuspectFinder(line, scan_LineScan.of(rules))) &&
        repeatsKeys(line, event);
    const locations = redactEvent(event, rules);
    if (repeated)
        locations.push(REPEATED_KEYS);
    if (locations.length === 0)
        return { line, redacted: 0, locations, unparseable: false, parsed: event };
    let written;
    try {
        written = JSON.stringify(event);
    }
    catch {
        return {
            line: unparseableMarker(line.length, 'it is nested too deeply to be written again'),
            redacted: 0,
            locations: [],
            unparseable: true,
        };
    }
    return {
        line: Buffer.from(written),
        redacted: locations.length,
        locations,
        unparseable: false,
        parsed: event,
    };
}

;// CONCATENATED MODULE: ./src/logs/redact/stream.ts





/** Stats of nothing: the start of a sum. */
function emptyStats() {
    return { lines: 0, changed: 0, unparseable: 0, values: 0, byLocation: {} };
}
/** The sum of two stats, as a new object. */
function addStats(a, b) {
    const byLocation = { ...a.byLocation };
    for (const [key, count] of Object.entries(b.byLocation))
        byLocation[key] = (byLocation[key] ?? 0) + count;
    return {
        lines: a.lines + b.lines,
        changed: a.changed + b.changed,
        unparseable: a.unparseable + b.unparseable,
        values: a.values + b.values,
        byLocation,
    };
}
/**
 * The longest line checked. An event the API server writes is far smaller (request bodies are
 * capped at 3 MiB, a SecretList of many Secrets stays well within); a longer line is replaced
 * unread, so memory stays bounded whatever a file holds.
 */
const stream_MAX_LINE_BYTES = 64 * 1024 * 1024;
const NEWLINE = Buffer.from('\n');
/**
 * Redacts a stream of chunks, line by line (split by {@link LineSplitter}). Runs of lines that need
 * no change are passed on as slices of the chunk they came in, so most bytes are never copied or
 * decoded.
 */
class StreamRedactor {
    maxLineBytes;
    onLine;
    rules;
    parses;
    stats = emptyStats();
    #splitter;
    #out = [];
    /** The run of unchanged bytes not yet passed on: `[runStart, runEnd)` of `runBuf`. */
    #runBuf;
    #runStart = 0;
    #runEnd = 0;
    #finderBuf;
    #finder;
    #scan;
    /**
     * `parses`: the lines `onLine` would parse anyway (it is then handed the object). Such a line
     * with nothing to redact is proven whole by that parse, made here, instead of by the byte
     * check (json-check.ts) and then a parse: its bytes are read once.
     */
    constructor(maxLineBytes = stream_MAX_LINE_BYTES, onLine, rules = settings_BUILT_IN_RULES, parses) {
        this.maxLineBytes = maxLineBytes;
        this.onLine = onLine;
        this.rules = rules;
        this.parses = parses;
        this.#splitter = new LineSplitter(this, maxLineBytes);
        this.#scan = scan_LineScan.of(rules);
    }
    /** Takes the next chunk; returns what to write for the lines it completed. */
    push(chunk) {
        this.#splitter.push(chunk);
        return this.#take();
    }
    /**
     * Ends the stream: a last line without a newline (cut off while written) is checked like any
     * other and written without one. `cutShort` says why the input ended early (a cut `.gz`, a cap):
     * the last part then cannot be trusted to be a whole line, and is replaced.
     */
    end(cutShort) {
        if (cutShort !== undefined) {
            const bytes = this.#splitter.drop();
            this.#flush();
            this.stats.lines++;
            this.#replace(unparseableMarker(bytes, cutShort), false);
        }
        else
            this.#splitter.end();
        return this.#take();
    }
    /** {@link LineSink}: one line, checked. */
    line(buf, start, end, newline) {
        if (end === start) {
            this.#keep(buf, start, end, newline);
            return;
        }
        this.stats.lines++;
        const read = buf.subarray(start, end);
        const clean = this.#provenClean(buf, start, end, read);
        if (clean) {
            this.#keep(buf, start, end, newline);
            this.onLine?.(read, read, clean === true ? undefined : clean);
            return;
        }
        // Anything else takes the full check, which replaces what cannot be parsed.
        const result = redactParsed(read, this.rules);
        if (result.line === read) {
            this.#keep(buf, start, end, newline);
            this.onLine?.(read, read, result.parsed);
            return;
        }
        this.#flush();
        this.#count(result.redacted, result.locations, result.unparseable);
        this.#out.push(result.line);
        if (newline)
            this.#out.push(NEWLINE);
        this.onLine?.(result.line, read, result.parsed);
    }
    /**
     * Whether `buf[start, end)` (`read`) provably needs no change (scan.ts): `true`, or the object
     * it holds when that was proven by parsing it (a line `parses` names); `false` when it must
     * take the full check.
     */
    #provenClean(buf, start, end, read) {
        if (!cleanIfWhole(buf, start, end, this.#finderOf(buf)))
            return false;
        if (!this.parses?.(read))
            return json_check_isWholeJsonObject(buf, start, end);
        return parsedObject(read) ?? false;
    }
    /** {@link LineSink}: a line too long to check is replaced unread. */
    oversized(_head, bytes, newline) {
        this.#flush();
        this.stats.lines++;
        this.#replace(unparseableMarker(bytes, `it is longer than ${this.maxLineBytes} bytes`), newline);
    }
    #replace(marker, newline) {
        this.#count(0, [], true);
        this.#out.push(marker);
        if (newline)
            this.#out.push(NEWLINE);
        this.onLine?.(marker, undefined);
    }
    #finderOf(buf) {
        if (this.#finderBuf !== buf || !this.#finder) {
            this.#finderBuf = buf;
            this.#finder = new scan_SuspectFinder(buf, this.#scan);
        }
        return this.#finder;
    }
    /** Passes `buf[start, end)` on unchanged, as part of the run of unchanged bytes it extends. */
    #keep(buf, start, end, newline) {
        // A line joined from pieces of several chunks does not hold its newline: that comes apart.
        const inside = newline && end < buf.length;
        const stop = inside ? end + 1 : end;
        if (this.#runBuf === buf && this.#runEnd === start)
            this.#runEnd = stop;
        else {
            this.#flush();
            this.#runBuf = buf;
            this.#runStart = start;
            this.#runEnd = stop;
        }
        if (newline && !inside) {
            this.#flush();
            this.#out.push(NEWLINE);
        }
    }
    #flush() {
        if (this.#runBuf && this.#runEnd > this.#runStart)
            this.#out.push(this.#runBuf.subarray(this.#runStart, this.#runEnd));
        this.#runBuf = undefined;
    }
    #take() {
        this.#flush();
        const out = this.#out;
        this.#out = [];
        this.#finderBuf = undefined;
        this.#finder = undefined;
        return out;
    }
    #count(values, locations, unparseable) {
        this.stats.changed++;
        if (unparseable)
            this.stats.unparseable++;
        this.stats.values += values;
        for (const location of locations)
            this.stats.byLocation[location] = (this.stats.byLocation[location] ?? 0) + 1;
    }
}
/** The JSON object `line` holds; `undefined` when it holds no JSON or another value. */
function parsedObject(line) {
    let value;
    try {
        value = JSON.parse(line.toString('utf8'));
    }
    catch {
        return undefined;
    }
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./src/text/duration.ts
/**
 * Go duration strings: the form kind's `--wait` takes ("120s", "2m30s", "1.5h"), parsed here so a
 * bad value fails before kind runs instead of after a cluster was half created; and the form of
 * kube-apiserver's latency annotations, read for every event of a log.
 */
const UNIT_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
};
const PART = /(\d+(?:\.\d+)?|\.\d+)(ns|us|µs|ms|s|m|h)/g;
const WHOLE = /^(?:(?:\d+(?:\.\d+)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/;
/** Milliseconds in a Go duration, or `undefined` when the text is not one. "0" is zero. */
function parseDuration(text) {
    if (text === '0')
        return 0;
    if (!WHOLE.test(text))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of text.matchAll(PART)) {
        total += Number(amount) * (UNIT_MS[unit ?? ''] ?? 0);
    }
    return total;
}
/** One number and its unit: how nearly every latency annotation is written. */
const ONE_PART = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)$/;
/** A part that starts with a dot: Go's time.Duration.String never writes one. */
const BARE_FRACTION = /(^|[a-zµ])\./;
/**
 * Milliseconds in a latency annotation (`1.5ms`, `2m3.1s`), as time.Duration.String writes it; NaN
 * when the text is not one. Stricter than {@link parseDuration}: a bare `0` or a part without its
 * whole number (`.5s`), which Go's String never writes, are not latencies. One part, the common
 * case, takes one regular expression.
 */
function goDurationMs(text) {
    const one = ONE_PART.exec(text);
    if (one)
        return Number(one[1]) * (UNIT_MS[one[2] ?? ''] ?? NaN);
    if (text === '0' || BARE_FRACTION.test(text))
        return NaN;
    return parseDuration(text) ?? NaN;
}

;// CONCATENATED MODULE: ./src/logs/events/event.ts
/** Lifecycle order of stages: a request is counted once, at the last stage seen. */
const STAGE_RANK = {
    RequestReceived: 0,
    ResponseStarted: 1,
    ResponseComplete: 2,
    Panic: 2,
};
/** The rank of a stage; an unknown stage sorts last. */
function stageRank(stage) {
    return (stage !== undefined ? STAGE_RANK[stage] : undefined) ?? 3;
}
/** True for the stages that end a request. */
function isFinalStage(stage) {
    return stage === 'ResponseComplete' || stage === 'Panic';
}
/** An event's time: `stageTimestamp`, else `timestamp` (v1beta1); '' when it has neither. */
function eventTime(event) {
    return event.stageTimestamp ?? event.timestamp ?? '';
}
/** The subject of a request: the impersonated user when set, else the authenticated user. */
function subjectOf(event) {
    return event.impersonatedUser?.username || event.user?.username || '';
}
/** The subject's groups, from the same user the subject came from. */
function subjectGroups(event) {
    return ((event.impersonatedUser?.username ? event.impersonatedUser.groups : event.user?.groups) ?? []);
}
/**
 * kubectl's spelling of what a request touched: `resource[.group][/subresource]`, e.g. `pods`,
 * `pods/log`, `deployments.apps/scale`; `undefined` for non-resource requests.
 */
function resourceOf(event) {
    const ref = event.objectRef;
    if (!ref?.resource)
        return undefined;
    const group = ref.apiGroup ? `.${ref.apiGroup}` : '';
    const sub = ref.subresource ? `/${ref.subresource}` : '';
    return `${ref.resource}${group}${sub}`;
}
const COMPONENT_USERS = new Set([
    'system:kube-controller-manager',
    'system:kube-scheduler',
    'system:kube-proxy',
    'system:apiserver',
]);
const COMPONENT_NAMESPACES = new Set([
    'kube-system',
    'kube-public',
    'kube-node-lease',
    'local-path-storage',
]);
/**
 * Kubernetes' own components (docs/definitions.md): left out of "who did what", RBAC and baselines
 * by default. `kubernetes-admin`, which tests use, is not one.
 */
function isComponent(subject, groups = []) {
    if (COMPONENT_USERS.has(subject) || subject.startsWith('system:node:'))
        return true;
    if (groups.includes('system:nodes'))
        return true;
    if (!subject.startsWith('system:serviceaccount:'))
        return false;
    const sa = /^system:serviceaccount:([^:]+):/.exec(subject);
    return sa !== null && COMPONENT_NAMESPACES.has(sa[1] ?? '');
}
/** The path of a request URI without its query string (which may hold exec commands). */
function uriPath(uri) {
    const q = uri.indexOf('?');
    return q === -1 ? uri : uri.slice(0, q);
}
/** An event's objectRef, responseStatus and annotations, each an object whatever the log held. */
function eventParts(event) {
    const object = (value) => typeof value === 'object' && value !== null ? value : {};
    return {
        ref: object(event.objectRef),
        status: object(event.responseStatus),
        notes: object(event.annotations),
    };
}

;// CONCATENATED MODULE: ./src/logs/events/time-order.ts
/**
 * Audit times as strings that sort in time order. kube writes `stageTimestamp` as RFC 3339 in UTC
 * with microseconds (`2026-11-26T15:16:49.123456Z`: a `metav1.MicroTime`, k8s.io/apiserver
 * `pkg/apis/audit/v1/types.go`), which already sorts as text and is returned as it is. Other
 * spellings — v1beta1's whole seconds (`…:49Z`, which as text would sort after `…:49.5Z`), fewer or
 * more digits, an offset — are brought to that form. A time that is not RFC 3339 becomes '' and so
 * sorts first: it cannot be placed, and is not held back.
 */
const CANONICAL_LENGTH = 27;
const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;
/** kube's spelling, `2026-11-26T15:16:49.123456Z`: what each position holds ('0' for a digit). */
const CANONICAL_FORM = '0000-00-00T00:00:00.000000Z';
/**
 * Whether `time` is spelled exactly as kube writes it: every digit a digit (a hostile
 * `…:49.12a456Z` must not pass for a time: its fraction is no number).
 */
function isCanonical(time) {
    if (time.length !== CANONICAL_LENGTH)
        return false;
    for (let i = 0; i < CANONICAL_LENGTH; i++) {
        const c = time.charCodeAt(i);
        const form = CANONICAL_FORM.charCodeAt(i);
        if (form === 0x30 ? c < 0x30 || c > 0x39 : c !== form)
            return false;
    }
    return true;
}
/** `time` in the one spelling that sorts as text: UTC, six fraction digits, `Z`. */
function sortableTime(time) {
    if (isCanonical(time))
        return time;
    const match = RFC3339.exec(time);
    if (!match)
        return '';
    const [, date, clock, fraction = '', zone = 'Z'] = match;
    const micros = fraction.padEnd(6, '0').slice(0, 6);
    let seconds = `${date}T${clock}`;
    if (zone !== 'Z' && zone !== 'z') {
        const ms = Date.parse(`${seconds}${zone}`);
        if (Number.isNaN(ms))
            return '';
        seconds = new Date(ms).toISOString().slice(0, 19);
    }
    return `${seconds}.${micros}Z`;
}
/** The last whole second read, and its ms: consecutive events share their second. */
let cachedSecond = '';
let cachedMs = 0;
/** `YYYY-MM-DDTHH:MM:SS` (UTC) in ms since the epoch, as `Date.parse` reads it; NaN if no time. */
function secondMs(second) {
    if (second !== cachedSecond) {
        cachedMs = Date.parse(`${second}Z`);
        cachedSecond = second;
    }
    return cachedMs;
}
/**
 * `time` as microseconds since the epoch, for the merge to compare as a number (far cheaper than
 * the text, which shares its first 20 characters with its neighbours); -Infinity for a time that
 * is not RFC 3339 (or no real date), which sorts first like the '' of {@link sortableTime}.
 * Microseconds of any time in years 0–9999 stay below 2^53, so the number is exact.
 */
function timeOrderValue(time) {
    const canonical = sortableTime(time);
    const ms = canonical === '' ? NaN : secondMs(canonical.slice(0, 19));
    return Number.isNaN(ms) ? -Infinity : ms * 1000 + Number(canonical.slice(20, 26));
}
/**
 * `Date.parse(time)`, with kube's own spelling (`2026-11-26T15:16:49.123456Z`) read through its
 * second, which consecutive events share: most calls cost a comparison. Any other spelling goes
 * to `Date.parse` itself, so the result is the same for every string.
 */
function timeMs(time) {
    if (!isCanonical(time))
        return Date.parse(time);
    return secondMs(time.slice(0, 19)) + Number(time.slice(20, 23));
}
/** The six fraction digits of a time in kube's spelling as microseconds; NaN if one is no digit. */
function fractionMicros(time) {
    let micros = 0;
    for (let i = 20; i < 26; i++) {
        const digit = time.charCodeAt(i) - 0x30;
        if (digit < 0 || digit > 9)
            return NaN;
        micros = micros * 10 + digit;
    }
    return micros;
}
/**
 * Whether two times are spelled as kube writes them (`2026-11-26T15:16:49.123456Z`, 27
 * characters) and fall in the same whole second: their first 19 characters are the same.
 */
function sameSecond(a, b) {
    if (a.length !== CANONICAL_LENGTH || b.length !== CANONICAL_LENGTH)
        return false;
    if (a.charCodeAt(19) !== 0x2e || b.charCodeAt(19) !== 0x2e)
        return false;
    if (a.charCodeAt(26) !== 0x5a || b.charCodeAt(26) !== 0x5a)
        return false;
    for (let i = 0; i < 19; i++)
        if (a.charCodeAt(i) !== b.charCodeAt(i))
            return false;
    return true;
}
/**
 * Milliseconds from `from` to `to` (both RFC 3339), to the microsecond kube writes; NaN when
 * either is no time or `to` comes first. Most requests start and end within one second: two
 * times of kube's spelling in the same second are compared by their fractions alone, read in
 * place (this runs for every request the summary counts). Others are read in full.
 */
function elapsedMs(from, to) {
    if (typeof from !== 'string' || typeof to !== 'string')
        return NaN;
    const micros = sameSecond(from, to)
        ? fractionMicros(to) - fractionMicros(from)
        : timeOrderValue(to) - timeOrderValue(from);
    return Number.isFinite(micros) && micros >= 0 ? micros / 1000 : NaN;
}

;// CONCATENATED MODULE: ./src/logs/events/request.ts



/** Keys come from the log, which may hold anything: a key longer than this is cut. */
const MAX_KEY_LENGTH = 256;
/** A key from the log made fit for a table: cut to {@link MAX_KEY_LENGTH} characters. */
function fitKey(key) {
    return key.length > MAX_KEY_LENGTH ? `${key.slice(0, MAX_KEY_LENGTH - 1)}…` : key;
}
const str = (value) => (typeof value === 'string' ? value : '');
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
/**
 * kube-apiserver's long-running requests, which stay open by design (a watch for minutes):
 * `BasicLongRunningRequestCheck(sets.NewString("watch", "proxy"), sets.NewString("attach",
 * "exec", "proxy", "log", "portforward"))` in kube-apiserver's server config
 * (BuildGenericConfig, kubernetes pkg/controlplane/apiserver/config.go). Their time says
 * nothing about how fast the server answered.
 */
const LONG_RUNNING_VERBS = new Set(['watch', 'proxy']);
const LONG_RUNNING_SUBRESOURCES = new Set(['attach', 'exec', 'proxy', 'log', 'portforward']);
/**
 * How long a request took by its two timestamps, `stageTimestamp` − `requestReceivedTimestamp`,
 * which every v1 event carries; NaN for a long-running request, whose time says nothing.
 */
function timedLatency(event, verb, subresource) {
    const longRunning = LONG_RUNNING_VERBS.has(verb) ||
        (typeof subresource === 'string' && LONG_RUNNING_SUBRESOURCES.has(subresource));
    return longRunning ? NaN : elapsedMs(event.requestReceivedTimestamp, event.stageTimestamp);
}
/** True for a parsed line that is an audit event; anything else is a skipped line. */
function isEvent(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        typeof value.stage === 'string');
}
/** The request an event describes (call it for the event of the request's last stage). */
function request_requestOf(event) {
    const { ref, status, notes } = eventParts(event);
    const time = str(eventTime(event));
    const user = str(subjectOf(event));
    let groups;
    try {
        groups = strings(subjectGroups(event));
    }
    catch {
        // impersonatedUser or user of the wrong type: no groups to speak of.
        groups = [];
    }
    const verb = str(event.verb);
    const resourceName = str(ref.resource);
    const apiGroup = resourceName ? str(ref.apiGroup) : '';
    const subresource = resourceName ? str(ref.subresource) : '';
    // kube-apiserver's own figure when it wrote one (it does so only for slow requests).
    const latency = notes['apiserver.latency.k8s.io/total'];
    const noted = typeof latency === 'string' ? goDurationMs(latency) : NaN;
    const annotated = Number.isFinite(noted);
    const deprecated = notes['k8s.io/deprecated'] === 'true';
    return {
        auditID: str(event.auditID),
        stage: str(event.stage),
        time,
        ms: timeMs(time),
        user,
        groups,
        component: isComponent(user, groups),
        verb,
        resource: resourceName ? str(resourceOf(event)) : '',
        apiGroup,
        resourceName,
        subresource,
        namespace: str(ref.namespace),
        name: str(ref.name),
        path: uriPath(str(event.requestURI)),
        code: typeof status.code === 'number' ? status.code : 0,
        reason: str(notes['authorization.k8s.io/reason']),
        userAgent: str(event.userAgent),
        level: str(event.level),
        message: str(status.message),
        deprecatedApi: deprecated
            ? `${str(ref.apiGroup) ? `${str(ref.apiGroup)}/` : ''}${str(ref.apiVersion)} ${resourceName}`
            : '',
        removedRelease: str(notes['k8s.io/removed-release']),
        latencyMs: annotated ? noted : timedLatency(event, verb, ref.subresource),
        latencyFrom: annotated ? 'annotation' : 'timestamps',
    };
}

;// CONCATENATED MODULE: ./src/logs/events/parse.ts

const BLANK = { kind: 'blank' };
const SKIPPED = { kind: 'skipped' };
const parse_OPEN_BRACE = 0x7b;
/**
 * One line of a log, parsed. A line that starts with `{` (every event) cannot be blank, so it goes
 * straight to `JSON.parse` without the `trim` the rest needs; the answer is the same either way.
 * (Measured: skipping request and response bodies with a JavaScript scanner that checks them is
 * slower per byte than V8's `JSON.parse` of them, and skipping them unchecked would count a line
 * with a damaged body that the plain parse rejects, so every line is parsed whole.)
 */
function parseLine(line) {
    const text = typeof line === 'string' ? line : line.toString('utf8');
    const first = typeof line === 'string' ? line.charCodeAt(0) : line[0];
    if (first !== parse_OPEN_BRACE && text.trim() === '')
        return BLANK;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return SKIPPED;
    }
    return isEvent(value) ? { kind: 'event', event: value } : SKIPPED;
}

;// CONCATENATED MODULE: ./src/logs/events/stage-peek.ts
/** The stages kube-apiserver writes, as bytes: matched in place, without decoding the line. */
const STAGE_NAMES = ['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic'].map((name) => ({ name, bytes: Buffer.from(name) }));
/** The stage spelled by `line[start, end)`: one of the known names when it is one. */
function stageAt(line, start, end) {
    for (const { name, bytes } of STAGE_NAMES)
        if (bytes.length === end - start && holds(line, bytes, start))
            return name;
    return line.toString('utf8', start, end);
}
class Peeked {
    line;
    idStart;
    idEnd;
    stage;
    constructor(line, idStart, idEnd, stage) {
        this.line = line;
        this.idStart = idStart;
        this.idEnd = idEnd;
        this.stage = stage;
    }
    get auditID() {
        return this.line.toString('utf8', this.idStart, this.idEnd);
    }
}
const PREFIX = Buffer.from('{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"');
const AUDIT_ID = Buffer.from(',"auditID":"');
const STAGE = Buffer.from(',"stage":"');
const STAGE_TIMESTAMP = Buffer.from(',"stageTimestamp":"');
const ANNOTATIONS = Buffer.from(',"annotations":{');
const stage_peek_QUOTE = 0x22;
const stage_peek_BACKSLASH = 0x5c;
const stage_peek_CLOSE_BRACE = 0x7d;
/** Longer values than these are not what the API server writes there: no peek. */
const MAX_VALUE = 128;
/** Whether `line` holds `part` at `at`. */
function holds(line, part, at) {
    if (at + part.length > line.length)
        return false;
    for (let i = 0; i < part.length; i++)
        if (line[at + i] !== part[i])
            return false;
    return true;
}
/** The end (closing quote) of a plain string value starting at `start`; -1 if escaped or long. */
function stage_peek_valueEnd(line, start) {
    const limit = Math.min(line.length, start + MAX_VALUE);
    for (let i = start; i < limit; i++) {
        const c = line[i];
        if (c === stage_peek_QUOTE)
            return i;
        if (c === stage_peek_BACKSLASH)
            return -1;
    }
    return -1;
}
/**
 * auditID and stage of a line laid out as kube-apiserver writes events, read off its front;
 * `undefined` for any other line (which then takes the full parse). Only the front is read: the
 * caller relies on this only for a line whose request's final stage follows, which a cut-off
 * line (only ever a file's last, when the API server died mid-write) never has.
 */
function peekStage(line) {
    if (line[line.length - 1] !== stage_peek_CLOSE_BRACE || !holds(line, PREFIX, 0))
        return undefined;
    const levelEnd = stage_peek_valueEnd(line, PREFIX.length);
    if (levelEnd === -1 || !holds(line, AUDIT_ID, levelEnd + 1))
        return undefined;
    const idStart = levelEnd + 1 + AUDIT_ID.length;
    const idEnd = stage_peek_valueEnd(line, idStart);
    if (idEnd === -1 || !holds(line, STAGE, idEnd + 1))
        return undefined;
    const stageStart = idEnd + 1 + STAGE.length;
    const stageEnd = stage_peek_valueEnd(line, stageStart);
    if (stageEnd === -1 || line[stageEnd + 1] !== 0x2c)
        return undefined;
    return new Peeked(line, idStart, idEnd, stageAt(line, stageStart, stageEnd));
}
/**
 * The `stageTimestamp` of a line in kube-apiserver's layout, read off its tail: Go writes it after
 * the request and response bodies, followed only by `annotations` (whose keys and values are
 * strings, so they cannot hold the bytes searched for unescaped) or the line's end. `undefined`
 * when the tail is not laid out so.
 */
function tailTime(line) {
    const at = line.lastIndexOf(STAGE_TIMESTAMP);
    if (at === -1)
        return undefined;
    const start = at + STAGE_TIMESTAMP.length;
    const end = stage_peek_valueEnd(line, start);
    if (end === -1)
        return undefined;
    const closes = end + 2 === line.length && line[end + 1] === stage_peek_CLOSE_BRACE;
    if (!closes && !holds(line, ANNOTATIONS, end + 1))
        return undefined;
    return line.toString('utf8', start, end);
}
/**
 * The order key of a line that is an early stage of a request (RequestReceived, ResponseStarted)
 * in kube-apiserver's layout, read off its front and tail; `undefined` for any other line, which
 * the caller parses. The merge relies on it, unparsed, only once its request's final stage has
 * been read and parsed (src/logs/pass/reorder-window.ts); until then it is parsed before it is written.
 */
function peekEarlyStage(line) {
    const peek = peekStage(line);
    if (!peek || (peek.stage !== 'RequestReceived' && peek.stage !== 'ResponseStarted'))
        return undefined;
    const time = tailTime(line);
    return time === undefined ? undefined : { time, auditID: peek.auditID, stage: peek.stage };
}

;// CONCATENATED MODULE: ./src/logs/pass/keyed-line.ts


/**
 * A line keyed for the merge by the one `JSON.parse` the pass makes of it: its order key and the
 * request it tells (for the summary and the insights, which then parse nothing), or neither for a
 * line that is not an event. Only the request is kept, not the event: the merge holds up to its
 * window of lines per node, and the parsed event (bodies and all) is let go at once.
 */
function keyedEvent(line, parsed) {
    const event = parsed === undefined ? eventOf(line) : eventOfParsed(parsed);
    if (!event)
        return { line, key: undefined };
    const text = (x) => (typeof x === 'string' ? x : undefined);
    return {
        line,
        key: {
            time: text(event.stageTimestamp) ?? text(event.timestamp) ?? '',
            auditID: text(event.auditID) ?? '',
            stage: event.stage,
        },
        request: request_requestOf(event),
    };
}
/** The event a line holds; `undefined` for a line that is no event. */
function eventOf(line) {
    const parsed = parseLine(line);
    return parsed.kind === 'event' ? parsed.event : undefined;
}
/** The request a line's event tells; `undefined` for a line that is no event. */
function requestOfLine(line) {
    const event = eventOf(line);
    return event ? requestOf(event) : undefined;
}
/**
 * The event of a value the caller parsed from a line and hands over (redaction's parse, see
 * `RedactedLine.parsed`): what {@link eventOf} of that line gives, without a second parse.
 */
function eventOfParsed(value) {
    return isEvent(value) ? value : undefined;
}
/**
 * A line keyed for the merge as cheaply as it can be: an early stage in kube-apiserver's layout
 * by its front and tail alone (src/logs/events/stage-peek.ts), unparsed and marked `unchecked`; any other line by
 * {@link keyedEvent}. About half the lines of a log are early stages, and their requests' final
 * stages say all the summary and the insights need. `parsed`: the object the line holds, when
 * redaction already parsed it (a line with a word such as "secrets" in it): not parsed again.
 */
function keyedLine(line, parsed) {
    const key = peekEarlyStage(line);
    return key ? { line, key, unchecked: true } : keyedEvent(line, parsed);
}
/**
 * {@link keyedLine} for the lines of a redactor (src/logs/redact/stream.ts) that is told which
 * lines the key parses (`parses`): the peek that answers it is kept for that line and used again
 * when the line is handed on, not made twice (a tenth of a pass thread's work on short lines).
 */
class RedactedLineKeyer {
    #line;
    #early;
    /** `StreamRedactor`'s `parses`: whether {@link keyedLine} parses `line` (it is no early stage). */
    parses = (line) => {
        this.#line = line;
        this.#early = peekEarlyStage(line);
        return this.#early === undefined;
    };
    /** {@link keyedLine} of a line the redactor hands on. */
    keyed(line, parsed) {
        const early = line === this.#line ? this.#early : peekEarlyStage(line);
        this.#line = undefined;
        return early ? { line, key: early, unchecked: true } : keyedEvent(line, parsed);
    }
}

;// CONCATENATED MODULE: ./src/logs/pass/part-keys.ts



/**
 * Keys a part of a file, whole lines only, as the one-thread reader keys it line by line (see
 * node-pass.ts): each line redacted when `rules` are given (a line with nothing to redact stays
 * the same bytes), then keyed by the one parse the pass makes of it (keyed-line.ts). The part
 * holds no line longer than {@link MAX_LINE_BYTES}: the reader that cut it took those out. What a
 * pass thread does with each part it is handed; the merge, the writes and the counting stay with
 * the reader that cut the parts, in their order.
 */
function part_keys_keyPart(part, rules) {
    const keys = [];
    const add = ({ key, request, unchecked }) => {
        keys.push(unchecked ? { key, unchecked } : { key, request });
    };
    let written;
    let redaction;
    if (rules) {
        // Keyed as written: a line replaced by a marker is no event any more.
        const keyer = new RedactedLineKeyer();
        const redactor = new StreamRedactor(stream_MAX_LINE_BYTES, (line, _read, parsed) => add(keyer.keyed(line, parsed)), rules, keyer.parses);
        const pieces = redactor.push(part);
        pieces.push(...redactor.end());
        redaction = redactor.stats;
        if (!isWhole(pieces, part))
            written = joined(pieces);
    }
    else {
        const splitter = new LineSplitter({
            line: (buf, start, end) => {
                if (end > start)
                    add(keyedLine(buf.subarray(start, end)));
            },
            oversized: () => {
                throw new Error(`a part holds a line longer than ${stream_MAX_LINE_BYTES} bytes`);
            },
        }, stream_MAX_LINE_BYTES);
        splitter.push(part);
        splitter.end();
    }
    return { written, at: lineBounds(written ?? part, keys.length), keys, redaction };
}
/** Whether `pieces` are `part` itself, unchanged (the redactor passes a clean run on as a slice). */
function isWhole(pieces, part) {
    if (pieces.length === 0)
        return part.length === 0;
    const [only] = pieces;
    return (pieces.length === 1 &&
        only !== undefined &&
        only.buffer === part.buffer &&
        only.byteOffset === part.byteOffset &&
        only.length === part.length);
}
/** The pieces in one buffer that is the whole of its own memory, so it can be moved to a thread. */
function joined(pieces) {
    const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
    const out = Buffer.from(new ArrayBuffer(total));
    let at = 0;
    for (const piece of pieces)
        at += piece.copy(out, at);
    return out;
}
/**
 * Where the non-empty lines of `bytes` lie. Each is one line the redactor or the splitter handed
 * on (a line written never holds a newline: redaction writes JSON, whose strings escape it), so
 * there must be `count` of them; a mismatch is a fault here, never a log's doing.
 */
function lineBounds(bytes, count) {
    const at = new Uint32Array(2 * count);
    let found = 0;
    let start = 0;
    for (;;) {
        const newline = bytes.indexOf(10, start);
        const end = newline === -1 ? bytes.length : newline;
        if (end > start) {
            if (found < count) {
                at[2 * found] = start;
                at[2 * found + 1] = end;
            }
            found++;
        }
        if (newline === -1)
            break;
        start = newline + 1;
    }
    if (found !== count)
        throw new Error(`a part's lines were keyed as ${count} but its bytes hold ${found}`);
    return at;
}

;// CONCATENATED MODULE: ./src/logs/pass/pass-threads.ts




/** Keys every part on the calling thread: where no thread script is at hand (the sources). */
class InThreadKeyer {
    rules;
    constructor(rules) {
        this.rules = rules;
    }
    key(part) {
        try {
            return Promise.resolve({ ...keyPart(part, this.rules), part });
        }
        catch (error) {
            return Promise.reject(error instanceof Error ? error : new Error(String(error)));
        }
    }
    close() {
        return Promise.resolve();
    }
}
/**
 * The work of a pass thread (the bundle of pass-thread.ts): each part handed in is keyed, and
 * moved back with what was found; the redaction rules come compiled from the settings main checked.
 */
function servePassThread() {
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (!port)
        return;
    const data = external_node_worker_threads_namespaceObject.workerData;
    const rules = data.rules ? RedactionRules.compile(data.rules) : undefined;
    port.on('message', ({ id, memory, length }) => {
        let reply;
        const moved = [];
        try {
            const { written, keys, ...rest } = part_keys_keyPart(Buffer.from(memory, 0, length), rules);
            const encoded = encodeKeys(keys);
            // A part redaction changed goes back as `written` alone. Memory moved to a thread counts
            // there as new external memory, and enough of it since the last full collection starts
            // another (`Heap::ReportExternalMemoryPressure`, v8/src/heap/heap.cc): sending the part
            // back as well doubled what the merging thread took in on a log with Secrets in every part.
            moved.push(written ? written.buffer : memory);
            moved.push(rest.at.buffer, encoded.refs.buffer, encoded.numbers.buffer);
            reply = {
                id,
                memory: written ? undefined : memory,
                length,
                encoded,
                keys: { ...rest, written: written?.buffer },
            };
        }
        catch (error) {
            reply = { id, error: error instanceof Error ? error.message : String(error) };
        }
        port.postMessage(reply, moved);
    });
}
/**
 * Keys parts on worker threads, each part handed to the thread with the fewest owed; a part's
 * memory moves to its thread and back, never copied. `script` is a program that calls
 * {@link servePassThread} (the bundle of pass-thread.ts).
 */
class ThreadKeyer {
    #threads;
    #failure;
    #next = 0;
    constructor(script, count, rules) {
        const workerData = { rules: rules?.settings };
        this.#threads = Array.from({ length: count }, () => {
            const thread = {
                // A young generation of 16 MB: each part's parse leaves megabytes of short-lived objects,
                // and with the 4 MB the summary threads have the sweeping took 8 % more CPU (measured);
                // V8's default on a large machine would let each thread keep over 100 MB.
                worker: new Worker(script, {
                    workerData,
                    resourceLimits: { maxYoungGenerationSizeMb: 16 },
                }),
                owed: new Map(),
            };
            thread.worker.on('message', (message) => {
                const owed = thread.owed.get(message.id);
                if (!owed)
                    return;
                thread.owed.delete(message.id);
                if ('error' in message)
                    owed.reject(new Error(`a pass thread failed: ${message.error}`));
                else {
                    const { written, ...keys } = message.keys;
                    owed.resolve({
                        ...keys,
                        keys: decodeKeys(message.encoded),
                        written: written ? Buffer.from(written) : undefined,
                        part: message.memory && Buffer.from(message.memory, 0, message.length),
                    });
                }
            });
            thread.worker.on('error', (error) => this.#fail(error));
            thread.worker.on('exit', (code) => {
                if (code !== 0)
                    this.#fail(new Error(`a pass thread stopped with exit code ${code}`));
            });
            return thread;
        });
    }
    #fail(error) {
        if (this.#failure)
            return;
        this.#failure = error;
        for (const thread of this.#threads) {
            for (const { reject } of thread.owed.values())
                reject(error);
            thread.owed.clear();
        }
    }
    key(part) {
        return new Promise((resolve, reject) => {
            if (this.#failure)
                return reject(this.#failure);
            const memory = part.buffer;
            if (part.byteOffset !== 0 || memory.byteLength < part.length)
                return reject(new Error('a part handed to a pass thread must start its own memory'));
            const thread = this.#threads.reduce((a, b) => (b.owed.size < a.owed.size ? b : a));
            const id = this.#next++;
            thread.owed.set(id, { resolve, reject });
            const message = { id, memory, length: part.length };
            thread.worker.postMessage(message, [memory]);
        });
    }
    async close() {
        this.#fail(new Error('the pass threads were stopped'));
        await Promise.all(this.#threads.map(({ worker }) => worker.terminate()));
    }
}

;// CONCATENATED MODULE: ./src/pass-thread.ts

// The script of post's pass threads (src/logs/pass/pass-threads.ts): small, so that a thread
// starts fast and light.
servePassThread();

