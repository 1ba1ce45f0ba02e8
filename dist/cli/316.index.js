export const id = 316;
export const ids = [316];
export const modules = {

/***/ 316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMANDS: () => (/* binding */ COMMANDS),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/policy/read-file.ts


/**
 * The most a policy may hold: kube-apiserver reads the file whole into memory, and no real policy
 * comes near it (kube-up's, with every comment, is under 10 KiB).
 */
const POLICY_SIZE_LIMIT = 1024 * 1024;
/** The limit as people read it, with the exact byte count for the careful. */
const POLICY_SIZE_LIMIT_TEXT = `1 MiB (${POLICY_SIZE_LIMIT} bytes)`;
/** Why a policy file cannot be read; `detail` completes a sentence that starts with the path. */
class PolicyFileError extends Error {
    file;
    detail;
    missing;
    constructor(file, 
    /** e.g. "is a directory", "holds 2000000 bytes". */
    detail, 
    /** Set when the file does not exist, so a message can say where it was looked for. */
    missing = false, options) {
        super(`${file} ${detail}`, options);
        this.file = file;
        this.detail = detail;
        this.missing = missing;
        this.name = 'PolicyFileError';
    }
}
/**
 * Reads a policy file without trusting it: it must be a regular file of at most `limit` bytes.
 * The file is opened first and then examined through the open descriptor, so a path swapped in
 * between cannot slip past; O_NONBLOCK keeps the open of a FIFO from waiting for a writer, and
 * no more than `limit + 1` bytes are ever read, so `/dev/zero` or a growing file cannot fill memory.
 */
async function readPolicyFile(file, limit = POLICY_SIZE_LIMIT) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        throw openError(file, error);
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw new PolicyFileError(file, `is ${notRegular(stats)}`);
        if (stats.size > limit)
            throw new PolicyFileError(file, `holds ${stats.size} bytes`);
        // Room for one byte more than allowed tells a file that grew past the limit after the stat.
        const buffer = Buffer.allocUnsafe(limit + 1);
        let filled = 0;
        while (filled < buffer.length) {
            const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        if (filled > limit)
            throw new PolicyFileError(file, `holds more than ${limit} bytes`);
        return buffer.toString('utf8', 0, filled);
    }
    finally {
        await handle.close();
    }
}
function openError(file, error) {
    const code = error.code;
    if (code === 'ENOENT')
        return new PolicyFileError(file, 'does not exist', true, { cause: error });
    if (code === 'EACCES') {
        return new PolicyFileError(file, 'cannot be read: permission denied', false, { cause: error });
    }
    return new PolicyFileError(file, `cannot be opened: ${String(error)}`, false, { cause: error });
}
function notRegular(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSocket())
        return 'a socket';
    return 'not a regular file';
}

// EXTERNAL MODULE: ./src/insight/baseline/fold.ts
var fold = __webpack_require__(375);
;// CONCATENATED MODULE: ./src/insight/baseline/line.ts
/** How the file writes the scope of a request without a namespace. */
const CLUSTER_SCOPE = '-';
const ESCAPES = {
    '\\': '\\\\',
    '\t': '\\t',
    '\n': '\\n',
    '\r': '\\r',
};
/** Backslash and the control characters (C0, DEL, C1): what {@link escapeField} rewrites. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for.
const NEEDS_ESCAPE = /[\\\x00-\x1f\x7f-\x9f]/;
const UNESCAPES = {
    '\\': '\\',
    t: '\t',
    n: '\n',
    r: '\r',
    '-': '-',
};
/**
 * A field as the file holds it: backslash, tab, newline and carriage return escaped as `\\`, `\t`,
 * `\n`, `\r`, any other control character as `\xHH` (names come from a hostile log and the file
 * is read on terminals and in diffs), and a field that is exactly `-` written `\-` so it cannot be
 * taken for cluster scope.
 */
function escapeField(value) {
    if (value === CLUSTER_SCOPE)
        return '\\-';
    // Nearly every name needs nothing: a plain test is much cheaper than a Unicode replace.
    if (!NEEDS_ESCAPE.test(value))
        return value;
    return value.replace(/[\\\t\n\r]|\p{Cc}/gu, (c) => ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** Reverses {@link escapeField}; undefined for an escape it never writes. */
function unescapeField(field) {
    let out = '';
    for (let i = 0; i < field.length; i++) {
        const c = field[i] ?? '';
        if (c !== '\\') {
            out += c;
            continue;
        }
        const next = field[i + 1] ?? '';
        if (next === 'x') {
            const hex = field.slice(i + 2, i + 4);
            if (!/^[0-9a-f]{2}$/.test(hex))
                return undefined;
            out += String.fromCharCode(parseInt(hex, 16));
            i += 3;
        }
        else if (next in UNESCAPES) {
            out += UNESCAPES[next] ?? '';
            i += 1;
        }
        else
            return undefined;
    }
    return out;
}
/** The line for an entry: four escaped fields joined by tabs, cluster scope written `-`. */
function formatLine(e) {
    const scope = e.scope === '' ? CLUSTER_SCOPE : escapeField(e.scope);
    return [escapeField(e.subject), escapeField(e.verb), escapeField(e.resource), scope].join('\t');
}
/** The entry a line holds, or why it is malformed. */
function parseLine(line) {
    const fields = line.split('\t');
    if (fields.length !== 4)
        return {
            error: `it has ${fields.length} tab-separated fields; a line has 4: subject, verb, resource, scope`,
        };
    const [subject, verb, resource, scope] = fields.map((f, i) => i === 3 && f === CLUSTER_SCOPE ? '' : unescapeField(f));
    if (subject === undefined || verb === undefined || resource === undefined || scope === undefined)
        return {
            error: 'it holds a backslash that starts no escape (\\\\, \\t, \\n, \\r, \\-, \\xHH)',
        };
    if (subject === '' || verb === '')
        return { error: 'its subject or verb is empty' };
    return { subject, verb, resource, scope };
}

;// CONCATENATED MODULE: ./src/insight/baseline/builder.ts


/** Distinct lines kept; a log that makes more (hostile or huge) is cut, and the cut counted. */
const MAX_BASELINE_LINES = 100_000;
/** Requests' keys remembered with their line. */
const RECENT = 50_000;
/**
 * Builds `baseline.tsv` from requests pushed one at a time: a line per subject, verb, resource (or
 * non-resource path) and scope, for the subjects that are not Kubernetes' own components
 * (docs/definitions.md). Denied requests count, as they do for RBAC; verbs are kept as used. A
 * request without a subject (a failed authentication) or a verb names no permission and is left
 * out.
 */
class BaselineBuilder {
    #lines = new Set();
    #folder;
    #max;
    #dropped = new Set();
    /**
     * The line of each recent (subject, verb, target, namespace): most requests repeat one, and
     * escaping and folding cost more than a lookup. Cleared when full, so it stays bounded.
     */
    #recent = new Map();
    constructor(options = {}) {
        this.#folder = new fold/* NamespaceFolder */.Uf(options.foldNamespaces ?? []);
        this.#max = options.maxLines ?? MAX_BASELINE_LINES;
    }
    add(request) {
        if (request.component || request.user === '' || request.verb === '')
            return;
        const target = request.resource || request.path;
        const namespace = request.resource ? request.namespace : '';
        // Lengths first, so no value from a hostile log can make two requests share a key.
        const { user, verb } = request;
        const key = `${user.length},${verb.length},${target.length}:${user}${verb}${target}${namespace}`;
        let line = this.#recent.get(key);
        if (line === undefined) {
            line = formatLine({
                subject: this.#folder.subject(request.user),
                verb: request.verb,
                resource: target,
                scope: this.#folder.namespace(namespace),
            });
            if (this.#recent.size >= RECENT)
                this.#recent.clear();
            this.#recent.set(key, line);
        }
        if (this.#lines.has(line))
            return;
        if (this.#lines.size < this.#max)
            this.#lines.add(line);
        // Counting distinct cut lines needs the lines themselves; past a second cap it says "at least".
        else if (this.#dropped.size < this.#max)
            this.#dropped.add(line);
    }
    result() {
        return { lines: [...this.#lines].sort(byCodeUnit), dropped: this.#dropped.size };
    }
}
/** Sorts as `LC_ALL=C sort` does for ASCII: the same order on every machine. */
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The file's text: a line each, each ended by a newline; empty for no lines. */
function baselineText(lines) {
    return lines.map((l) => `${l}\n`).join('');
}

;// CONCATENATED MODULE: ./src/insight/baseline/compare.ts



/** The most a baseline file may hold; a large cluster's run writes a small fraction of it. */
const BASELINE_SIZE_LIMIT = 16 * 1024 * 1024;
/** A baseline that cannot be used: unreadable, too large, or a malformed line (named by number). */
class BaselineError extends Error {
    file;
    detail;
    constructor(file, detail) {
        super(`${file} ${detail}`);
        this.file = file;
        this.detail = detail;
        this.name = 'BaselineError';
    }
}
/**
 * The lines of a baseline file's text, checked one by one. Blank lines are skipped and a `\r`
 * before a newline is dropped (a checkout with CRLF line ends); any other malformed line is a
 * {@link BaselineError} naming its number.
 */
function parseBaseline(text, file) {
    const lines = [];
    text.split('\n').forEach((raw, i) => {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.trim() === '')
            return;
        const parsed = parseLine(line);
        if ('error' in parsed)
            throw new BaselineError(file, `line ${i + 1}: ${parsed.error}`);
        lines.push(line);
    });
    return lines;
}
/** Reads a baseline file as a policy file is read: a regular file, never more than the limit. */
async function readBaseline(file) {
    try {
        return parseBaseline(await readPolicyFile(file, BASELINE_SIZE_LIMIT), file);
    }
    catch (error) {
        if (error instanceof PolicyFileError)
            throw new BaselineError(file, `${error.detail}; a baseline must be a regular file of at most ${BASELINE_SIZE_LIMIT} bytes`);
        throw error;
    }
}
/** The lines added and gone between `baseline` and `now`, each sorted and unique. */
function compareBaselines(baseline, now) {
    const before = new Set(baseline);
    const after = new Set(now);
    return {
        added: [...after].filter((l) => !before.has(l)).sort(byCodeUnit),
        gone: [...before].filter((l) => !after.has(l)).sort(byCodeUnit),
    };
}

// EXTERNAL MODULE: ./src/text/plural.ts
var plural = __webpack_require__(573);
// EXTERNAL MODULE: ./src/insight/expect/parse.ts + 1 modules
var parse = __webpack_require__(8084);
;// CONCATENATED MODULE: ./src/insight/expect/read.ts


/** An expectations file that cannot be read at all: missing, not a regular file, too large. */
class ExpectFileError extends Error {
    file;
    detail;
    constructor(file, detail) {
        super(`${file} ${detail}; an expectations file must be a regular file of at most ${parse/* EXPECT_SIZE_LIMIT */.S} bytes`);
        this.file = file;
        this.detail = detail;
        this.name = 'ExpectFileError';
    }
}
/**
 * Reads and checks an expectations file. The file is read the way a policy file is (a regular
 * file, never more than the limit read, a FIFO never waited on); throws {@link ExpectFileError}
 * when it cannot be read and `ExpectError` when what it holds cannot be used.
 */
async function readExpectations(file) {
    let text;
    try {
        text = await readPolicyFile(file, parse/* EXPECT_SIZE_LIMIT */.S);
    }
    catch (error) {
        if (error instanceof PolicyFileError)
            throw new ExpectFileError(file, error.detail);
        throw error;
    }
    return (0,parse/* parseExpectations */.L)(text, file, { fromFile: true });
}

// EXTERNAL MODULE: ./src/insight/expect/types.ts
var types = __webpack_require__(3605);
// EXTERNAL MODULE: ./src/insight/expect/glob.ts
var glob = __webpack_require__(9072);
;// CONCATENATED MODULE: ./src/insight/expect/match.ts

/**
 * Compiles a selector once, so each request costs a few string scans. `resource` matches resource
 * requests only, by kubectl's spelling (`pods` is not `pods/exec`, `secrets` is the core group's);
 * `path` matches non-resource requests only.
 */
function compileSelector(selector) {
    const globs = (values) => values?.map(glob/* compileGlob */.S);
    const user = globs(selector.user);
    const groups = globs(selector.userGroup);
    const verb = globs(selector.verb);
    const resource = globs(selector.resource);
    const namespace = globs(selector.namespace);
    const name = globs(selector.name);
    const path = globs(selector.path);
    const codes = selector.code ? new Set(selector.code) : undefined;
    return (r) => (!user || (0,glob/* anyMatches */.A)(user, r.user)) &&
        (!groups || r.groups.some((g) => (0,glob/* anyMatches */.A)(groups, g))) &&
        (!verb || (0,glob/* anyMatches */.A)(verb, r.verb)) &&
        (!resource || (r.resource !== '' && (0,glob/* anyMatches */.A)(resource, r.resource))) &&
        (!path || (r.resource === '' && (0,glob/* anyMatches */.A)(path, r.path))) &&
        (!namespace || (0,glob/* anyMatches */.A)(namespace, r.namespace)) &&
        (!name || (0,glob/* anyMatches */.A)(name, r.name)) &&
        (!codes || codes.has(r.code));
}

;// CONCATENATED MODULE: ./src/insight/expect/checker.ts

/** Offending requests kept per expectation; the total is counted beyond it. */
const MAX_OFFENDING = 20;
/**
 * Checks expectations against requests pushed one at a time (each request once, at its final
 * stage: feed it through PendingRequests). A `forbid` is violated by any matching request, a `require`
 * by none. Memory is bounded by {@link MAX_OFFENDING} per expectation.
 */
class ExpectationChecker {
    maxOffending;
    #tests;
    #requests = 0;
    constructor(expectations, maxOffending = MAX_OFFENDING) {
        this.maxOffending = maxOffending;
        this.#tests = expectations.map((expectation) => ({
            expectation,
            test: compileSelector(expectation.selector),
            result: {
                name: expectation.name,
                kind: expectation.kind,
                violated: false,
                matched: 0,
                offending: [],
            },
        }));
    }
    add(request) {
        this.#requests++;
        for (const { expectation, test, result } of this.#tests) {
            if (!test(request))
                continue;
            result.matched++;
            if (expectation.kind === 'forbid' && result.offending.length < this.maxOffending)
                result.offending.push({
                    time: request.time,
                    user: request.user,
                    verb: request.verb,
                    uri: request.path,
                    code: request.code,
                });
        }
    }
    /** The results so far; call it after the last request. */
    result() {
        const expectations = this.#tests.map(({ result }) => ({
            ...result,
            violated: result.kind === 'forbid' ? result.matched > 0 : result.matched === 0,
            offending: [...result.offending],
        }));
        return {
            requests: this.#requests,
            violated: expectations.filter((e) => e.violated).length,
            expectations,
        };
    }
}

// EXTERNAL MODULE: ./src/logs/find/inputs.ts
var inputs = __webpack_require__(3234);
// EXTERNAL MODULE: ./src/logs/events/pending.ts
var events_pending = __webpack_require__(7637);
// EXTERNAL MODULE: ./src/logs/events/parse.ts
var events_parse = __webpack_require__(5350);
// EXTERNAL MODULE: ./src/logs/events/request.ts
var request = __webpack_require__(4600);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/logs/lines/splitter.ts
var lines_splitter = __webpack_require__(3300);
;// CONCATENATED MODULE: ./src/logs/lines/read.ts




/**
 * The longest line kept whole. kube-apiserver's own cap on one event is far below (100 KB when
 * truncation is on: `--audit-log-truncate-max-event-size`, k8s.io/apiserver
 * `pkg/server/options/audit.go`), so a longer line is damage or hostile: it is yielded cut to this
 * many bytes (it still counts as a line, and being no longer whole JSON no consumer takes it for an
 * event), the rest of it is dropped as it streams past, and `onProblem` says so. Memory per file
 * stays at most this plus one chunk.
 */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** Read in large chunks: fewer awaits per byte; 256 KiB holds ~100 typical events. */
const CHUNK_BYTES = 256 * 1024;
/** Opens a file for reading; anything but a regular file (a FIFO, a device, a folder) is refused. */
async function openRegular(file, chunkBytes = CHUNK_BYTES) {
    return (await openRegularHandle(file)).createReadStream({ highWaterMark: chunkBytes });
}
/** {@link openRegular}, as the handle itself: read at the caller's own pace and buffers. */
async function openRegularHandle(file) {
    // O_NONBLOCK: opening a FIFO planted where a log should be fails fast instead of hanging.
    const handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    try {
        if (!(await handle.stat()).isFile())
            throw new Error(`${file} is not a regular file`);
    }
    catch (error) {
        await handle.close();
        throw error;
    }
    return handle;
}
/**
 * The non-empty lines of a node's audit files, in the order the files are given (the caller
 * passes them in write order: rotated oldest first, current last), `.gz` decompressed. Each line
 * comes without its `\n`, bytes otherwise unchanged; a last line without `\n` (cut off mid-write)
 * comes as it is. A `.gz` that ends early (still being compressed, or the node died) ends that
 * file after what it gave, reported through `onProblem`. Streaming: memory stays bounded at any
 * size. A yielded buffer is never reused, but may share memory with its neighbours.
 * An unreadable or non-regular file throws.
 */
async function* readLines(files, options = {}) {
    for (const file of files)
        yield* fileLines(file, options);
}
async function* fileLines(file, options) {
    const max = options.maxLineBytes ?? MAX_LINE_BYTES;
    const report = (message) => options.onProblem?.(file, message);
    const raw = await openRegular(file);
    const gzip = file.endsWith('.gz');
    const input = gzip ? raw.pipe((0,external_node_zlib_.createGunzip)({ chunkSize: CHUNK_BYTES })) : raw;
    if (gzip)
        raw.on('error', (error) => input.destroy(error));
    // Lines found in a chunk wait here until the generator hands them on.
    let ready = [];
    const splitter = new lines_splitter/* LineSplitter */.g3({
        line: (buf, start, end) => {
            if (end > start)
                ready.push(start === 0 && end === buf.length ? buf : buf.subarray(start, end));
        },
        oversized: (head) => {
            report(`a line longer than ${max} bytes was cut to its first ${max} bytes`);
            ready.push(head);
        },
    }, max);
    let lines = 0;
    const handOn = function* () {
        const batch = ready;
        ready = [];
        lines += batch.length;
        yield* batch;
    };
    try {
        for await (const chunk of input) {
            splitter.push(chunk);
            yield* handOn();
        }
    }
    catch (error) {
        if (!gzip)
            throw error;
        const reason = error instanceof Error ? error.message : String(error);
        report(`the compressed file ends early (${reason}); kept the ${lines} lines before the damage`);
    }
    finally {
        raw.destroy();
    }
    splitter.end();
    yield* handOn();
}

;// CONCATENATED MODULE: ./src/insight/read-requests.ts



/**
 * Every request of the logs, once each at its last stage (docs/definitions.md), streaming. The logs
 * are the paths a user named (found by {@link findLogs}'s rules, which throw for one that cannot be
 * read) or what `findLogs` found already. Lines that are not events are skipped.
 */
async function* readRequests(logs, options = {}) {
    const found = isFound(logs) ? logs : await (0,inputs/* findLogs */.Jm)(logs);
    const counts = options.counts ?? { lines: 0, requests: 0 };
    const ready = [];
    const pending = new events_pending/* PendingRequests */.S({
        count: (request) => ready.push(request),
        settled: () => undefined,
    });
    let seq = 0;
    const files = (0,inputs/* filesOf */.R8)(found);
    const labels = new Map(files.map((f) => [f.path, f.label]));
    const onProblem = options.onProblem;
    const read = readLines(files.map((f) => f.path), onProblem ? { onProblem: (file, message) => onProblem(labels.get(file) ?? file, message) } : {});
    for await (const line of read) {
        counts.lines++;
        const parsed = (0,events_parse/* parseLine */.A)(line);
        if (parsed.kind === 'event')
            pending.add((0,request/* requestOf */.fo)(parsed.event), '', seq++);
        counts.requests += ready.length;
        yield* ready.splice(0);
    }
    pending.end(seq);
    counts.requests += ready.length;
    yield* ready.splice(0);
}
function isFound(logs) {
    return !Array.isArray(logs);
}

// EXTERNAL MODULE: ./src/cli/colour.ts
var colour = __webpack_require__(1816);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/insight-flags.ts

/** The insight inputs `up` saves for `collect` (README, "Least-privilege RBAC", "Assertions", "Baseline"). */
const UP_INSIGHT_FLAGS = {
    rbac: (0,flags/* inputFlag */.PH)('rbac'),
    rbacFor: (0,flags/* inputFlag */.PH)('rbacFor'),
    expect: (0,flags/* inputFlag */.PH)('expectFile'),
    baseline: (0,flags/* inputFlag */.PH)('baseline'),
    onDrift: (0,flags/* inputFlag */.PH)('onDrift'),
    foldNamespaces: (0,flags/* inputFlag */.PH)('foldNamespaces'),
};
/** The flags of `kind-audit rbac`: whose RBAC, where it goes, and how far it generalises. */
const RBAC_FLAGS = {
    user: { flag: 'user', arg: 'U', help: 'the user whose RBAC to print (as the log spells it)' },
    serviceAccount: {
        flag: 'serviceaccount',
        arg: 'NS:NAME',
        help: 'the service account whose RBAC to print',
    },
    all: {
        flag: 'all',
        help: "every subject but Kubernetes' own components, a file each (into --out, default ./rbac)",
    },
    out: {
        flag: 'out',
        arg: 'DIR',
        help: 'write <subject>.yaml files into DIR instead of printing (- prints)',
    },
    namespace: {
        flag: 'namespace',
        short: 'n',
        arg: 'NS',
        help: 'only requests in namespace NS (cluster-scoped and non-resource requests are left out)',
    },
    generateName: {
        flag: 'generate-name',
        arg: 'PREFIX',
        help: 'name the objects PREFIX:<subject> (default kind-audit)',
    },
    noGeneralizeNames: {
        flag: 'no-generalize-names',
        help: 'grant only the names used, even when a verb was used on several names of a resource',
    },
    noGeneralizeNamespaces: {
        flag: 'no-generalize-namespaces',
        help: 'grant only in the namespaces used, even when a verb was used in several',
    },
};
/** The flags of `check` and `baseline`, which read logs a user names. */
const INSIGHT_FLAGS = {
    expect: {
        flag: 'expect',
        alias: 'expect-file',
        arg: 'FILE',
        help: 'the expectations, a YAML list of named forbid/require entries (README, "Assertions")',
    },
    baselineOut: {
        flag: 'out',
        arg: 'FILE',
        help: 'write baseline.tsv to FILE (- for standard output) instead of printing it',
    },
    foldNamespaces: (0,flags/* inputFlag */.PH)('foldNamespaces', 'namespaces a glob matches are written as the glob, e.g. e2e-* (comma-separated)'),
    compare: {
        flag: 'compare',
        arg: 'FILE',
        help: 'compare with a committed baseline: print +added and -gone lines, exit 1 when they differ',
    },
};

// EXTERNAL MODULE: ./src/cli/shown.ts
var shown = __webpack_require__(3987);
// EXTERNAL MODULE: ./src/cli/log-args.ts
var log_args = __webpack_require__(9804);
;// CONCATENATED MODULE: ./src/cli/check-command.ts









/**
 * Feeds every request of `found` to `add`, once each, counting into `counts`; damage inside a
 * file that does not stop the read (a `.gz` cut off) is a warning.
 */
async function eachRequest(found, log, counts, add) {
    const onProblem = (file, message) => log.warning(`${file}: ${message}`);
    for await (const request of readRequests(found, { onProblem, counts }))
        add(request);
}
async function expectations(file) {
    if (!file)
        throw new exit_codes/* UsageError */.e('--expect FILE is required: the expectations to check');
    try {
        return await readExpectations(file);
    }
    catch (error) {
        // The file's own problems name the file; one that cannot be read is named by its flag too.
        if (error instanceof ExpectFileError)
            throw new exit_codes/* UsageError */.e(`--expect has the value ${JSON.stringify(file)}: ${error.message}`);
        if (error instanceof types/* ExpectError */.K5)
            throw new exit_codes/* UsageError */.e(error.message);
        throw error;
    }
}
/** What `check` prints: each expectation's verdict, and the requests that broke it. */
function printableCheck(result, paint = (0,colour/* paintFor */.e)({})) {
    const lines = [];
    const ok = paint.ok('ok'.padEnd(10));
    const violated = paint.bad('VIOLATED'.padEnd(10));
    for (const e of result.expectations) {
        if (!e.violated) {
            lines.push(`${ok}${(0,shown/* shown */.S)(e.name)} (${e.kind}, ${(0,plural/* count */.U)(e.matched, 'matching request')})`);
            continue;
        }
        if (e.kind === 'require') {
            lines.push(`${violated}${(0,shown/* shown */.S)(e.name)}: require, but no request matched`);
            continue;
        }
        lines.push(`${violated}${(0,shown/* shown */.S)(e.name)}: forbid, ${(0,plural/* count */.U)(e.matched, 'matching request')}`);
        for (const o of e.offending)
            lines.push(`  ${(0,shown/* shown */.S)(o.time)}  ${(0,shown/* shown */.S)(o.user)}  ${(0,shown/* shown */.S)(o.verb)}  ${(0,shown/* shown */.S)(o.uri)}  ${o.code}`);
        const more = e.matched - e.offending.length;
        if (more > 0)
            lines.push(`  … ${more} more`);
    }
    const verdict = `${result.violated} violated`;
    lines.push(`${(0,plural/* count */.U)(result.expectations.length, 'expectation')}, ${result.violated > 0 ? paint.bad(verdict) : paint.ok(verdict)}; ${(0,plural/* count */.U)(result.requests, 'request')} checked`);
    return lines.join('\n');
}
/** `kind-audit check --expect FILE LOG...`. */
const CHECK_COMMAND = {
    name: 'check',
    args: '--expect FILE LOG... [--json]',
    summary: 'check audit logs against expectations: forbid and require',
    description: `Check every request of the logs against the expectations in FILE: a forbid is violated by any matching request, a require by none. Prints each violation with the offending requests (--json: the result as JSON). ${log_args/* LOGS_HELP */.Ir} Exits 0 when all hold, 1 when one is violated, 2 for a bad expectations file, a log that cannot be read, or logs that hold no request (unless --allow-empty).`,
    flags: [INSIGHT_FLAGS.expect, flags/* JSON_FLAG */.KH, log_args/* ALLOW_EMPTY_FLAG */.r],
    positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, name: 'LOG' },
    async run(context) {
        const { values, positionals, log, terminal } = context;
        const checker = new ExpectationChecker(await expectations((0,flags/* text */.Qq)(values, INSIGHT_FLAGS.expect)));
        const counts = { lines: 0, requests: 0 };
        const { found } = await (0,log_args/* readLogs */.o_)(context, positionals, (logs) => eachRequest(logs, log, counts, (request) => checker.add(request)));
        (0,log_args/* requireRequests */._3)(context, found, counts);
        const result = checker.result();
        process.stdout.write(values[flags/* JSON_FLAG */.KH.flag] === true
            ? `${JSON.stringify(result, null, 2)}\n`
            : `${printableCheck(result, terminal.out)}\n`);
        return result.violated > 0 ? exit_codes/* EXIT */.d.failed : exit_codes/* EXIT */.d.ok;
    },
};

// EXTERNAL MODULE: ./src/files/fs-words.ts
var fs_words = __webpack_require__(4068);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/files/safe-fs.ts



/**
 * `mkdir -p` that always ends. Node's own `mkdir(…, { recursive: true })` never returns for a path
 * under /proc (it retries ENOENT forever), so each missing parent is made once, and a second
 * ENOENT is an error.
 */
async function makeDirs(dir, mode) {
    try {
        await (0,promises_.mkdir)(dir, mode === undefined ? {} : { mode });
        return;
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST') {
            const info = await (0,promises_.lstat)(dir);
            if (info.isDirectory())
                return;
            const what = info.isSymbolicLink() ? 'a link' : 'a file';
            throw new Error(`${dir} is not a folder (${what})`, { cause: error });
        }
        const parent = external_node_path_default().dirname(dir);
        if (code !== 'ENOENT' || parent === dir)
            throw error;
    }
    await makeDirs(external_node_path_default().dirname(dir), mode);
    await (0,promises_.mkdir)(dir, mode === undefined ? {} : { mode });
}
/**
 * Creates a new folder under `parent` named `name`, or `name.2`, `name.3`, … when that exists, and
 * returns its path. mkdir without `recursive` fails on an existing path, so the folder is this
 * caller's alone: two uses of one cluster name in a job never share (or overwrite) files.
 */
async function claimNewDir(parent, name) {
    await makeDirs(parent);
    for (let n = 1;; n++) {
        const dir = path.join(parent, n === 1 ? name : `${name}.${n}`);
        try {
            await mkdir(dir);
            return dir;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
}
/**
 * Makes `dir` (and missing parents) a folder only this user can use: created 0700; an existing one
 * must be a real folder owned by this user, and is narrowed to 0700. A folder another user owns
 * (or a link planted where it should be) could hold links that redirect what is written there.
 */
async function ensurePrivateDir(dir) {
    await makeDirs(dir, 0o700);
    const info = await (0,promises_.lstat)(dir);
    const uid = process.getuid?.();
    if (uid !== undefined && info.uid !== uid) {
        throw new Error(`${dir} belongs to user ${info.uid}, not to you (${uid}): refusing to keep files in a folder another user controls`);
    }
    if ((info.mode & 0o077) !== 0)
        await (0,promises_.chmod)(dir, 0o700);
}
/** Why a file is not written: it is a link, or not a regular file (a FIFO, a device, a folder). */
class UnsafeTargetError extends Error {
    file;
    what;
    constructor(file, 
    /** `a link`, `not a regular file`. */
    what, options) {
        super(`${file} is ${what}: refusing to write ${what === 'a link' ? 'through' : 'to'} it`, options);
        this.file = file;
        this.what = what;
        this.name = 'UnsafeTargetError';
    }
}
/**
 * Opens `file` to be written from its start — created, or emptied — the one way the project
 * opens a file it writes by name: never through a link (O_NOFOLLOW makes opening a planted symlink
 * fail instead of writing to whatever it points at), and never anything but a regular file
 * (O_NONBLOCK makes a FIFO fail at once, ENXIO, instead of hanging the open; the open descriptor
 * is checked, so a device or a path swapped in between is refused too). Throws
 * {@link UnsafeTargetError} for those.
 */
async function openForWriting(file, mode = 0o644) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_WRONLY |
            external_node_fs_.constants.O_CREAT |
            external_node_fs_.constants.O_TRUNC |
            external_node_fs_.constants.O_NOFOLLOW |
            external_node_fs_.constants.O_NONBLOCK, mode);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            throw new UnsafeTargetError(file, 'a link', { cause: error });
        if (code === 'ENXIO' || code === 'EISDIR')
            throw new UnsafeTargetError(file, 'not a regular file', { cause: error });
        throw error;
    }
    try {
        if ((await handle.stat()).isFile())
            return handle;
    }
    catch (error) {
        await handle.close();
        throw error;
    }
    await handle.close();
    throw new UnsafeTargetError(file, 'not a regular file');
}
/** Writes `text` to `file`, replacing its content, through {@link openForWriting}. */
async function writeFileNoFollow(file, text, mode = 0o644) {
    const handle = await openForWriting(file, mode);
    try {
        await handle.writeFile(text);
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/out-file.ts




/** `--out -`: standard output, as `-` is standard input among the inputs. */
const STDOUT = inputs/* STDIN */.TF;
/**
 * Why `value`, given to `flag`, could not be written, in words: a link (never written through:
 * name the file itself, or `-`), a missing folder, no permission. Never the errno text.
 */
function outProblem(flag, value, error) {
    const cause = error.cause ?? error;
    const code = cause.code;
    const problem = code === 'ELOOP'
        ? 'it is a link: refusing to write through it; name the file itself, or - for standard output'
        : code === 'ENOENT'
            ? 'its folder does not exist'
            : /not a regular file/.test(String(error))
                ? 'it is not a regular file: refusing to write to it; name a file, or - for standard output'
                : (0,fs_words/* fsProblem */.X)(cause);
    return `${flag} has the value ${JSON.stringify(value)}: it cannot be written (${problem})`;
}
/** Writes `text` to the file `--flag` names, or to standard output for `-`; never through a link. */
async function writeOut(flag, value, text) {
    if (value === STDOUT) {
        process.stdout.write(text);
        return;
    }
    try {
        await writeFileNoFollow(value, text);
    }
    catch (error) {
        throw new exit_codes/* UsageError */.e(outProblem(flag, value, error));
    }
}

;// CONCATENATED MODULE: ./src/cli/baseline-command.ts








const F = INSIGHT_FLAGS;
async function committed(file) {
    try {
        return await readBaseline(file);
    }
    catch (error) {
        if (error instanceof BaselineError)
            throw new exit_codes/* UsageError */.e(`--compare: ${error.message}`);
        throw error;
    }
}
/** A baseline line as `--json` gives it: its four fields, unescaped (JSON escapes them itself). */
function entry(line) {
    const parsed = parseLine(line);
    // Every line here was written by the builder or checked by readBaseline.
    if ('error' in parsed)
        throw new Error(`baseline line ${JSON.stringify(line)}: ${parsed.error}`);
    return parsed;
}
/** `kind-audit baseline LOG... [--out FILE] [--fold-namespaces GLOBS] [--compare FILE]`. */
const BASELINE_COMMAND = {
    name: 'baseline',
    args: 'LOG... [--out FILE] [--fold-namespaces GLOBS] [--compare FILE] [--json]',
    summary: 'the permissions a run used as baseline.tsv, or what changed against one',
    description: `Write baseline.tsv: one sorted line per subject, verb, resource (or non-resource path) and scope (namespace, or - for cluster scope), tab-separated, for every subject but Kubernetes' own components, denied requests included. Tabs, newlines, backslashes and control characters inside a name are escaped (\\t, \\n, \\\\, \\xHH). Prints it, or writes it with --out (- is standard output). --compare FILE prints +lines used now and missing from FILE and -lines in FILE no longer used, and exits 1 when there are any. --json prints the permissions (and the comparison) as JSON instead. ${log_args/* LOGS_HELP */.Ir} Exits 2 for a log that cannot be read or logs that hold no request (unless --allow-empty).`,
    flags: [F.baselineOut, F.foldNamespaces, F.compare, flags/* JSON_FLAG */.KH, log_args/* ALLOW_EMPTY_FLAG */.r],
    positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, name: 'LOG' },
    // The globs are read by the action input's rules; their errors name the flag.
    wording: { one: 'Option', many: 'Options', name: (input) => `--${input}` },
    async run(context) {
        const { values, positionals, log, terminal } = context;
        const builder = new BaselineBuilder({
            foldNamespaces: (0,fold/* parseFoldGlobs */.co)((0,flags/* text */.Qq)(values, F.foldNamespaces)),
        });
        const json = values[flags/* JSON_FLAG */.KH.flag] === true;
        const out = (0,flags/* text */.Qq)(values, F.baselineOut);
        const compareWith = (0,flags/* text */.Qq)(values, F.compare);
        if (out === STDOUT && (json || compareWith))
            throw new exit_codes/* UsageError */.e(`--out - writes the baseline to standard output, where ${json ? '--json' : '--compare'} prints too: give --out a file`);
        const before = compareWith ? await committed(compareWith) : undefined;
        const counts = { lines: 0, requests: 0 };
        const { found } = await (0,log_args/* readLogs */.o_)(context, positionals, (logs) => eachRequest(logs, log, counts, (request) => builder.add(request)));
        (0,log_args/* requireRequests */._3)(context, found, counts);
        const { lines, dropped } = builder.result();
        if (dropped > 0)
            log.warning(`the baseline was cut at ${(0,plural/* count */.U)(lines.length, 'line')}; at least ${(0,plural/* count */.U)(dropped, 'more was', 'more were')} left out`);
        if (out) {
            await writeOut(`--${F.baselineOut.flag}`, out, baselineText(lines));
            if (out !== STDOUT)
                log.info(`${(0,plural/* count */.U)(lines.length, 'line')} written to ${out}`);
        }
        const diff = before === undefined ? undefined : compareBaselines(before, lines);
        if (json) {
            const result = {
                permissions: lines.map(entry),
                dropped,
                ...(diff
                    ? {
                        compare: {
                            baseline: compareWith,
                            added: diff.added.map(entry),
                            gone: diff.gone.map(entry),
                        },
                    }
                    : {}),
            };
            process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        }
        else if (diff) {
            const p = terminal.out;
            process.stdout.write(baselineText([
                ...diff.added.map((l) => p.ok(`+${l}`)),
                ...diff.gone.map((l) => p.bad(`-${l}`)),
            ]));
        }
        else if (!out)
            process.stdout.write(baselineText(lines));
        if (!diff)
            return exit_codes/* EXIT */.d.ok;
        log.info(`${diff.added.length} added, ${diff.gone.length} gone against ${compareWith}`);
        return diff.added.length + diff.gone.length > 0 ? exit_codes/* EXIT */.d.failed : exit_codes/* EXIT */.d.ok;
    },
};

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/process/exec.ts


/** The last `lines` non-empty lines of `text`: enough to explain a failure without flooding the log. */
function tail(text, lines = 20) {
    return text.trimEnd().split('\n').slice(-lines).join('\n');
}
/** Thrown when a command exits non-zero; its message names the command, the code and the stderr tail. */
class CommandError extends Error {
    command;
    result;
    constructor(command, result) {
        const output = tail(result.stderr || result.stdout);
        super(`\`${command}\` exited with code ${result.code}${output ? `:\n${output}` : ''}`);
        this.command = command;
        this.result = result;
        this.name = 'CommandError';
    }
}
/** Quotes an argument only where a reader would otherwise misread it. */
function shellWord(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}
/** The command line as a person would type it, for logs and error messages. */
function commandLine(cmd, args) {
    return [cmd, ...args].map(shellWord).join(' ');
}
/** Thrown when a command was stopped because the step was cancelled. */
class CancelledError extends Error {
    command;
    constructor(command) {
        super(`\`${command}\` was stopped: the step was cancelled`);
        this.command = command;
        this.name = 'CancelledError';
    }
}
/** Thrown when a command ran past its `timeoutMs` and was stopped. */
class TimeoutError extends Error {
    command;
    timeoutMs;
    constructor(command, timeoutMs) {
        super(`\`${command}\` did not finish within ${seconds(timeoutMs)} and was stopped`);
        this.command = command;
        this.timeoutMs = timeoutMs;
        this.name = 'TimeoutError';
    }
}
/** `30 s`, `1.5 s`: a duration as a message says it. */
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}
/**
 * How long a cancelled command gets between SIGTERM and SIGKILL. The runner itself sends SIGTERM
 * 7.5 s after SIGINT (`_sigintTimeout`, actions/runner `src/Runner.Sdk/ProcessInvoker.cs`): the
 * child must be gone before that.
 */
const KILL_AFTER_MS = 5_000;
/** How long a killed command's output may stay open (held by a child it started) before it is let go. */
const LET_GO_AFTER_MS = 1_000;
/**
 * The real runner: never throws on a non-zero exit. With `signal`, aborting stops the child
 * (SIGTERM, then SIGKILL) and waits until it is gone before throwing {@link CancelledError}, so
 * nothing it started keeps running after the step ends. With `timeoutMs`, the same stop ends a
 * command that runs longer, with {@link TimeoutError}; should a process the command started keep
 * its output open after the kill, the output is let go, so the promise always settles.
 */
const run = (cmd, args, opts = {}) => new Promise((resolve, reject) => {
    const line = commandLine(cmd, args);
    if (opts.signal?.aborted)
        return reject(new CancelledError(line));
    let settled = false;
    const settle = (done) => {
        if (settled)
            return;
        settled = true;
        clearTimeout(timeoutTimer);
        clearTimeout(killTimer);
        clearTimeout(letGoTimer);
        opts.signal?.removeEventListener('abort', stop);
        done();
    };
    const child = (0,external_node_child_process_.spawn)(cmd, [...args], {
        stdio: [opts.input !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        ...(opts.cwd ? { cwd: opts.cwd } : {}),
        ...(opts.env ? { env: { ...process.env, ...opts.env } } : {}),
    });
    const stdout = [];
    const stderr = [];
    const collect = (into) => (data) => {
        into.push(data);
        opts.onOutput?.(data.toString());
    };
    child.stdout?.on('data', collect(stdout));
    child.stderr?.on('data', collect(stderr));
    let killTimer;
    let letGoTimer;
    let timedOut = false;
    const failure = () => timedOut ? new TimeoutError(line, opts.timeoutMs ?? 0) : new CancelledError(line);
    const letGo = () => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        settle(() => reject(failure()));
    };
    const stop = () => {
        if (killTimer)
            return;
        child.kill('SIGTERM');
        killTimer = setTimeout(() => {
            child.kill('SIGKILL');
            letGoTimer ??= setTimeout(letGo, LET_GO_AFTER_MS);
        }, KILL_AFTER_MS);
    };
    const timeoutTimer = opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            stop();
        }, opts.timeoutMs);
    opts.signal?.addEventListener('abort', stop, { once: true });
    // Killed, but its output held open by a process it started: let go soon rather than wait.
    child.on('exit', () => {
        if (killTimer === undefined || letGoTimer !== undefined)
            return;
        clearTimeout(killTimer);
        letGoTimer = setTimeout(letGo, LET_GO_AFTER_MS);
    });
    child.on('error', (error) => {
        settle(() => reject(new Error(error.code === 'ENOENT'
            ? `\`${cmd}\` was not found on PATH`
            : `cannot run ${line}: ${error.message}`, { cause: error })));
    });
    child.on('close', (code, signal) => {
        settle(() => {
            if (opts.signal?.aborted || timedOut)
                return reject(failure());
            resolve({
                // A signal death reads as a shell reports it: 128 + the signal's number.
                code: code ?? 128 + (signal ? (external_node_os_.constants.signals[signal] ?? 0) : 0),
                stdout: Buffer.concat(stdout).toString(),
                stderr: Buffer.concat(stderr).toString(),
            });
        });
    });
    if (opts.input !== undefined)
        child.stdin?.end(opts.input);
});
/** Runs and throws {@link CommandError} on a non-zero exit; returns the result otherwise. */
async function runChecked(runner, cmd, args, opts) {
    const result = await runner(cmd, args, opts);
    if (result.code !== 0)
        throw new CommandError(commandLine(cmd, args), result);
    return result;
}
/** A runner whose every command stops when `signal` aborts. */
function cancellableRunner(runner, signal) {
    return (cmd, args, opts) => runner(cmd, args, { ...opts, signal });
}
/** A runner that logs each command line at debug level first (shown with ACTIONS_STEP_DEBUG). */
function debugRunner(runner, log) {
    return (cmd, args, opts) => {
        log.debug(commandLine(cmd, args));
        return runner(cmd, args, opts);
    };
}
/** Standard error kept for messages: enough for any real error, bounded against a flood. */
const STDERR_KEEP = 64 * 1024;
/** The real {@link StreamRunner}, backed by `child_process.spawn` (no shell). */
const streamCommand = (cmd, args) => {
    const child = (0,external_node_child_process_.spawn)(cmd, [...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text) => {
        stderr = (stderr + text).slice(-STDERR_KEEP);
    });
    const exited = new Promise((resolve) => {
        child.on('error', (err) => resolve({ code: 127, stderr: `${stderr}${err.message}` }));
        child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
    });
    let killTimer;
    void exited.then(() => clearTimeout(killTimer));
    return {
        stdout: child.stdout,
        exited,
        stop: () => {
            if (killTimer || child.exitCode !== null || child.signalCode !== null)
                return;
            child.kill('SIGTERM');
            // A command that ignores SIGTERM still ends.
            killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
        },
    };
};
/**
 * A stream runner whose commands are stopped when they stall — nothing written for `idleMs` while
 * their output is awaited (time the reader spends on a chunk does not count: a big copy to a slow
 * disk is progress) — or when `signal` aborts. A stopped command's `exited` says why, in
 * `stopped`; its output ends, so the reader's loop ends too.
 */
function boundedStreamRunner(stream, bounds) {
    return (cmd, args) => {
        const inner = stream(cmd, args);
        let stopped;
        const stopFor = (why) => {
            stopped ??= why;
            inner.stop();
        };
        const onAbort = () => stopFor(typeof bounds.signal?.reason === 'string' ? bounds.signal.reason : 'it was stopped');
        if (bounds.signal?.aborted)
            onAbort();
        else
            bounds.signal?.addEventListener('abort', onAbort, { once: true });
        const exited = inner.exited.then((exit) => {
            bounds.signal?.removeEventListener('abort', onAbort);
            return stopped ? { ...exit, stopped } : exit;
        });
        async function* watched() {
            const chunks = inner.stdout[Symbol.asyncIterator]();
            try {
                for (;;) {
                    const timer = setTimeout(() => stopFor(`it wrote nothing for ${seconds(bounds.idleMs)}`), bounds.idleMs);
                    let next;
                    try {
                        next = await chunks.next();
                    }
                    finally {
                        clearTimeout(timer);
                    }
                    if (next.done)
                        return;
                    yield next.value;
                }
            }
            finally {
                await chunks.return?.();
            }
        }
        return { stdout: watched(), exited, stop: () => inner.stop() };
    };
}
/** A stream runner that logs each command line at debug level first, like {@link debugRunner}. */
function debugStreamRunner(runner, log) {
    return (cmd, args) => {
        log.debug(commandLine(cmd, args));
        return runner(cmd, args);
    };
}

// EXTERNAL MODULE: ./src/messages/input-error.ts
var input_error = __webpack_require__(2203);
// EXTERNAL MODULE: ./src/inputs/table.ts + 6 modules
var table = __webpack_require__(5647);
;// CONCATENATED MODULE: ./src/inputs/read.ts


/**
 * Reads inputs and collects every bad one instead of stopping at the first: each input is parsed
 * once, by its own rule in the table, then the checks across inputs run. {@link done} throws what
 * was found — the one InputError as it is, or several as {@link InputErrors}.
 */
class Reader {
    get;
    errors = [];
    parsed = new Map();
    constructor(get) {
        this.get = get;
    }
    /**
     * The input's checked value. After a bad value this is `undefined` whatever the type says: the
     * error is kept, and {@link done} throws before a result built from it is used.
     */
    value(key) {
        if (!this.parsed.has(key))
            this.parsed.set(key, this.check(() => (0,table/* parseInput */.CU)(key, this.get)));
        return this.parsed.get(key);
    }
    /** Runs a check, keeping its InputError rather than throwing it. */
    check(run) {
        try {
            return run();
        }
        catch (error) {
            if (!(error instanceof input_error/* InputError */.dz))
                throw error;
            this.errors.push(error);
            return undefined;
        }
    }
    /** Throws what was found: one bad input by itself, several in action.yml's order, conflicts last. */
    done() {
        const [first, ...rest] = this.errors;
        if (!first)
            return;
        if (rest.length === 0)
            throw first;
        const names = Object.values(table/* INPUT */.bO);
        const rank = (e) => e instanceof input_error/* InputConflictError */.Js ? names.length : names.indexOf(e.input);
        throw new input_error/* InputErrors */.G([...this.errors].sort((a, b) => rank(a) - rank(b)));
    }
}
/** Reads with a fresh {@link Reader} and throws every bad input found at once. */
function readAll(get, read) {
    const reader = new Reader(get);
    const result = read(reader);
    reader.done();
    return result;
}
/** Reads and checks the cluster's inputs, every bad one reported at once. */
function readClusterOptions(get) {
    return readAll(get, clusterOptions);
}
/**
 * Reads and checks the insight inputs. A file input is only named here: main reads and checks it
 * once the workspace is known, before the cluster.
 */
function readInsightSettings(get) {
    return readAll(get, insightSettings);
}
/** Reads and checks the `redact-*` inputs. */
function readRedactionSettings(get) {
    return readAll(get, redactionSettings);
}
/** Reads and checks every input, before anything is created; every bad one is reported at once. */
function readInputs(get) {
    return readAll(get, (r) => {
        // Every input, even one a source given beside it makes moot (an inline `expect` beside
        // `expect-file`), so each bad value is reported.
        for (const key of Object.keys(table/* INPUTS */.mc))
            r.value(key);
        const redaction = redactionSettings(r);
        r.check(() => checkRulesWithRedaction(r));
        return {
            cluster: clusterOptions(r),
            artifact: {
                name: r.value('artifactName'),
                retentionDays: r.value('retentionDays'),
                upload: r.value('upload'),
                overwrite: r.value('overwrite'),
                redact: r.value('redact'),
                rawFiles: r.value('rawFiles'),
                compressionLevel: r.value('compressionLevel'),
                jobSummary: r.value('jobSummary'),
                jobIndex: r.value('jobIndex'),
            },
            insights: insightSettings(r),
            redaction,
        };
    });
}
function clusterOptions(r) {
    const stages = r.value('omitStages');
    const omitManagedFields = r.value('omitManagedFields');
    return {
        clusterName: r.value('clusterName'),
        policySource: r.check(() => policySource(r)),
        policyOptions: {
            ...(stages !== undefined ? { omitStages: stages } : {}),
            ...(omitManagedFields !== undefined ? { omitManagedFields } : {}),
        },
        nodeImage: r.value('nodeImage'),
        ...nodeOptions(r),
        wait: r.value('wait'),
        verifyTimeoutMs: r.value('verifyTimeout'),
        kind: { version: r.value('kindVersion'), mirror: r.value('kindMirror') },
        deleteCluster: r.value('deleteCluster'),
        exportLogs: r.value('exportLogs'),
    };
}
/** A value short enough to quote in a message: an inline policy can be pages long. */
function abbreviate(value) {
    const line = value.trim().split('\n')[0] ?? '';
    return line.length > 40 || value.trim().includes('\n') ? `${line.slice(0, 40)}…` : line;
}
/** Exactly one policy source; none means the guide's Metadata policy. */
function policySource(r) {
    const { get } = r;
    const given = [table/* INPUT */.bO.policy, table/* INPUT */.bO.policyFile, table/* INPUT */.bO.preset, table/* INPUT */.bO.policyLevel].filter((name) => get(name).trim() !== '');
    if (given.length > 1) {
        throw new input_error/* InputConflictError */.Js(given.map((input) => ({ input, value: abbreviate(get(input)) })), `set exactly one of ${table/* INPUT */.bO.policy}, ${table/* INPUT */.bO.policyFile}, ${table/* INPUT */.bO.preset} or ${table/* INPUT */.bO.policyLevel}; with none, the policy is the guide's Metadata policy`);
    }
    const preset = r.value('preset');
    const level = r.value('policyLevel');
    switch (given[0]) {
        case table/* INPUT */.bO.policy:
            return { kind: 'inline', text: r.value('policy'), input: table/* INPUT */.bO.policy };
        case table/* INPUT */.bO.policyFile:
            return { kind: 'file', path: r.value('policyFile'), input: table/* INPUT */.bO.policyFile };
        case table/* INPUT */.bO.preset:
            return { kind: 'preset', name: preset };
        case table/* INPUT */.bO.policyLevel:
            return { kind: 'level', level: level };
        default:
            return { kind: 'level', level: 'Metadata' };
    }
}
/**
 * The nodes: counted by `control-planes` and `workers`, or decided by the user's kind config —
 * then giving either count is an error, as the two could disagree.
 */
function nodeOptions(r) {
    const { get } = r;
    const configPath = r.value('config');
    const counts = [table/* INPUT */.bO.controlPlanes, table/* INPUT */.bO.workers].filter((input) => get(input).trim() !== '');
    if (configPath && counts.length > 0) {
        r.check(() => {
            throw new input_error/* InputConflictError */.Js([table/* INPUT */.bO.config, ...counts].map((input) => ({ input, value: get(input) })), `with ${table/* INPUT */.bO.config} the kind config decides the nodes: describe them in its nodes list and leave ${table/* INPUT */.bO.controlPlanes} and ${table/* INPUT */.bO.workers} empty`);
        });
    }
    const kindConfig = configPath
        ? { input: table/* INPUT */.bO.config, path: configPath, nameFromConfig: get(table/* INPUT */.bO.clusterName) === '' }
        : undefined;
    return {
        controlPlanes: r.value('controlPlanes'),
        workers: r.value('workers'),
        kindConfig,
    };
}
function insightSettings(r) {
    const baseline = r.value('baseline');
    return {
        rbac: r.value('rbac'),
        rbacFor: r.value('rbacFor'),
        expect: r.check(() => expectSource(r)),
        baseline: baseline ? { path: baseline, input: table/* INPUT */.bO.baseline } : undefined,
        onDrift: r.value('onDrift'),
        foldNamespaces: r.value('foldNamespaces'),
    };
}
function expectSource(r) {
    const inline = r.get(table/* INPUT */.bO.expect);
    const file = r.value('expectFile');
    if (inline.trim() && file)
        throw new input_error/* InputConflictError */.Js([
            { input: table/* INPUT */.bO.expect, value: inline.length > 60 ? `${inline.slice(0, 57)}…` : inline },
            { input: table/* INPUT */.bO.expectFile, value: file },
        ], `give the expectations inline in ${table/* INPUT */.bO.expect} or as a file in ${table/* INPUT */.bO.expectFile}, not both`);
    if (file)
        return { kind: 'file', path: file, input: table/* INPUT */.bO.expectFile };
    if (!inline.trim())
        return undefined;
    return { kind: 'inline', text: r.value('expect'), input: table/* INPUT */.bO.expect };
}
function redactionSettings(r) {
    return {
        auditAnnotations: r.value('redactAuditAnnotations'),
        resources: r.value('redactResources'),
        patterns: r.value('redactPatterns'),
    };
}
/**
 * Refuses rules beside `redact: false`, which redacts nothing: the user asked for both, and one
 * of the two is not what they meant.
 */
function checkRulesWithRedaction(r) {
    if (r.value('redact') !== false)
        return;
    const rules = [table/* INPUT */.bO.redactAuditAnnotations, table/* INPUT */.bO.redactResources, table/* INPUT */.bO.redactPatterns];
    const given = rules.filter((input) => r.get(input).trim() !== '');
    if (given.length > 0)
        throw new input_error/* InputConflictError */.Js([table/* INPUT */.bO.redact, ...given].map((input) => ({ input, value: r.get(input) })), `with ${table/* INPUT */.bO.redact} false nothing is redacted: drop the rules, or leave ${table/* INPUT */.bO.redact} true`);
}

;// CONCATENATED MODULE: ./src/kind/cluster.ts

/**
 * `kind create cluster` arguments. Pure, so the command line is tested without running kind.
 * `--retain` always: a failed create otherwise deletes every node (kind
 * `pkg/cluster/internal/create/create.go`), and with them the only evidence of why the API server
 * did not start; post deletes the retained nodes itself.
 */
function createClusterArgs(options) {
    return [
        'create',
        'cluster',
        '--name',
        options.name,
        '--config',
        options.configPath,
        '--wait',
        options.wait,
        '--retain',
        ...(options.image ? ['--image', options.image] : []),
    ];
}
/** Runs `kind create cluster`, streaming its output; throws naming the command, code and output tail. */
async function createCluster(run, options, onOutput) {
    await runChecked(run, 'kind', createClusterArgs(options), {
        onOutput,
        ...(options.cwd ? { cwd: options.cwd } : {}),
    });
}
/** The clusters kind knows (`kind get clusters`), so a name in use is refused before anything is written. */
async function clusterNames(run) {
    const { stdout } = await runChecked(run, 'kind', ['get', 'clusters']);
    // "No kind clusters found." goes to stderr; stdout holds one name a line.
    return stdout
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
}
/** How long `kind delete cluster` may take: seconds a node, even for seven control planes. */
const DELETE_TIMEOUT_MS = 2 * 60_000;
/**
 * Deletes the cluster; kind treats a missing cluster as already deleted. A delete stuck on the
 * Docker engine is stopped after {@link DELETE_TIMEOUT_MS}.
 */
async function deleteCluster(run, name) {
    await runChecked(run, 'kind', ['delete', 'cluster', '--name', name], {
        timeoutMs: DELETE_TIMEOUT_MS,
    });
}
/** The kubeconfig context kind writes for a cluster. */
function kubeconfigContext(name) {
    return `kind-${name}`;
}
/** A kubeconfig for this cluster alone (`kind get kubeconfig`), as YAML text. */
async function clusterKubeconfig(run, name) {
    const { stdout } = await runChecked(run, 'kind', ['get', 'kubeconfig', '--name', name]);
    return stdout;
}
/** `kind export logs` arguments: every node's logs (its `/var/log` included) into `dir`. */
function exportLogsArgs(name, dir) {
    return ['export', 'logs', dir, '--name', name];
}
/** How long `kind export logs` may take: it copies every node's `/var/log`, which can be large. */
const EXPORT_LOGS_TIMEOUT_MS = 5 * 60_000;
/** Runs `kind export logs` into `dir`; throws naming the command, code and output tail. */
async function exportLogs(run, name, dir) {
    await runChecked(run, 'kind', exportLogsArgs(name, dir), {
        timeoutMs: EXPORT_LOGS_TIMEOUT_MS,
    });
}

;// CONCATENATED MODULE: ./src/kind/folder-cache.ts




/**
 * The CLI's kind cache: `$XDG_CACHE_HOME/kind-audit/tools`, else `~/.cache/kind-audit/tools`. The
 * action's tool cache (RUNNER_TOOL_CACHE) exists only on a runner, so the CLI keeps its own, per
 * user, laid out the same way.
 */
function cliToolCacheRoot(env = process.env) {
    if (env.XDG_CACHE_HOME && external_node_path_default().isAbsolute(env.XDG_CACHE_HOME)) {
        return external_node_path_default().join(env.XDG_CACHE_HOME, 'kind-audit', 'tools');
    }
    return external_node_path_default().join(env.HOME || external_node_os_default().homedir(), '.cache', 'kind-audit', 'tools');
}
/**
 * A {@link KindCache} in a folder, laid out as `@actions/tool-cache` lays out RUNNER_TOOL_CACHE:
 * `<root>/kind/<version>/<arch>/kind`, complete once `<root>/kind/<version>/<arch>.complete`
 * exists — so a copy interrupted half-way is never taken for a binary.
 */
function folderKindCache(root) {
    const dirOf = (version, arch) => external_node_path_default().join(root, 'kind', version, arch);
    return {
        find(version, arch) {
            const dir = dirOf(version, arch);
            const binary = external_node_path_default().join(dir, 'kind');
            return (0,external_node_fs_.existsSync)(`${dir}.complete`) && (0,external_node_fs_.existsSync)(binary) ? binary : undefined;
        },
        async store(file, version, arch) {
            const dir = dirOf(version, arch);
            await (0,promises_.rm)(`${dir}.complete`, { force: true });
            await (0,promises_.rm)(dir, { recursive: true, force: true });
            await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o755 });
            const binary = external_node_path_default().join(dir, 'kind');
            await (0,promises_.copyFile)(file, binary);
            await (0,promises_.writeFile)(`${dir}.complete`, '');
            return binary;
        },
    };
}

;// CONCATENATED MODULE: ./src/kind/node.ts
/** Where kind's node keeps things the API server reads and writes (the guide's paths). */
const NODE_PATHS = {
    policyDir: '/etc/kubernetes/policies',
    policyFile: '/etc/kubernetes/policies/audit-policy.yaml',
    logDir: '/var/log/kubernetes',
    logFile: '/var/log/kubernetes/kube-apiserver-audit.log',
    apiserverManifest: '/etc/kubernetes/manifests/kube-apiserver.yaml',
};
/**
 * A node's own API server, as commands run in the node reach it. kind puts `localhost` and the
 * cluster's `apiServerAddress` into the serving certificate's SANs, besides kubeadm's own (kind
 * pkg/cluster/internal/kubeadm/config.go, `certSANs`): `127.0.0.1` is there only while
 * `apiServerAddress` is its default, so a cluster published on `0.0.0.0`, a host address or IPv6
 * would refuse it. In an HA cluster admin.conf names the load balancer; this pins a request to the
 * node it runs in, whose log is the one read.
 */
const NODE_API_SERVER = 'https://localhost:6443';
/**
 * kind's names for a cluster's control-plane containers: `<cluster>-control-plane`, then
 * `-control-plane2`, `-control-plane3`, … (kind `pkg/cluster/internal/providers/common/namer.go`),
 * known before the cluster exists.
 */
function controlPlaneNames(cluster, count) {
    return Array.from({ length: count }, (_, i) => `${cluster}-control-plane${i === 0 ? '' : i + 1}`);
}
/** kind's container labels (kind `pkg/cluster/internal/providers/docker/constants.go`). */
const KIND_LABEL = {
    cluster: 'io.x-k8s.kind.cluster',
    role: 'io.x-k8s.kind.role',
};

;// CONCATENATED MODULE: ./src/kind/nodes.ts


/** `docker ps` arguments listing a cluster's containers (of one role, or all), stopped ones too. */
function listNodesArgs(cluster, role) {
    return [
        'ps',
        '--all',
        '--filter',
        `label=${KIND_LABEL.cluster}=${cluster}`,
        ...(role ? ['--filter', `label=${KIND_LABEL.role}=${role}`] : []),
        '--format',
        `{{.Names}}\t{{.State}}\t{{.Label "${KIND_LABEL.role}"}}`,
    ];
}
/** Parses `{{.Names}}\t{{.State}}\t<role>` lines, sorted by name so control-plane comes before control-plane2. */
function parseNodeList(stdout) {
    return stdout
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => {
        const [name = '', state = '', role = ''] = line.split('\t');
        return { name, running: state === 'running', role };
    })
        .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}
/** A cluster's containers of one role (or of every role), found by kind's labels. */
async function listNodes(run, cluster, role) {
    const { stdout } = await runChecked(run, 'docker', listNodesArgs(cluster, role));
    return parseNodeList(stdout);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/policy/aliases.ts
var aliases = __webpack_require__(714);
;// CONCATENATED MODULE: ./src/kind/user-config.ts


/** kind's config type, the only one it reads (kind `pkg/apis/config/v1alpha4`). */
const KIND_CLUSTER = { kind: 'Cluster', apiVersion: 'kind.x-k8s.io/v1alpha4' };
/**
 * kind's rule for cluster names (`pkg/internal/apis/config/validate.go`): lowercase letters,
 * digits, "-" and ".", at most 50 characters; starting with a letter or digit, as Docker requires
 * of the container names built from it. The name also names folders, so it is checked before use.
 */
const CLUSTER_NAME = /^[a-z0-9][a-z0-9.-]*$/;
const CLUSTER_NAME_MAX = 50;
/** Whether kind (and Docker's container names built from it) accept a cluster name. */
function isClusterName(name) {
    return CLUSTER_NAME.test(name) && name.length <= CLUSTER_NAME_MAX;
}
/** Why a user's kind config cannot be used; `line` (1-based) points into the user's file. */
class KindConfigError extends Error {
    line;
    problem;
    constructor(line, problem) {
        super(line === undefined ? problem : `line ${line}: ${problem}`);
        this.line = line;
        this.problem = problem;
        this.name = 'KindConfigError';
    }
}
/**
 * Parses a kind config and checks what kind-audit must rely on: one YAML document (aliases bounded
 * as kube's decoder bounds them), a `Cluster` of `kind.x-k8s.io/v1alpha4`, nodes as mappings with a
 * role kind knows. Throws {@link KindConfigError} naming the line.
 */
function parseKindConfig(text) {
    const counter = new dist/* LineCounter */.HN();
    // Merge keys as kind's YAML decoder (go-yaml) reads them.
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: counter, merge: true });
    if (!Array.isArray(docs))
        throw new KindConfigError(undefined, 'the file holds no YAML document');
    const lineOf = (node) => {
        const offset = node?.range?.[0];
        return offset === undefined ? undefined : counter.linePos(offset).line;
    };
    const [doc, second] = docs;
    if (!doc)
        throw new KindConfigError(undefined, 'the file is empty: expected a kind Cluster');
    const syntax = doc.errors[0];
    if (syntax)
        throw new KindConfigError(syntax.linePos?.[0].line, syntax.message.split('\n')[0]);
    if (second) {
        throw new KindConfigError(lineOf(second.contents), 'kind reads one document; this is a second');
    }
    const aliasing = (0,aliases/* aliasExpansionError */.Wd)(doc, (0,aliases/* resolveAliases */.rB)(doc));
    if (aliasing)
        throw new KindConfigError(undefined, aliasing);
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        throw new KindConfigError(lineOf(root), 'expected a mapping (a kind Cluster)');
    refuseHiddenKeys(root, 'the cluster', lineOf);
    for (const key of ['kind', 'apiVersion']) {
        const value = root.get(key, true);
        if (!(0,dist/* isScalar */.jn)(value) || scalarValue(value) !== KIND_CLUSTER[key]) {
            throw new KindConfigError(lineOf(value) ?? 1, `${key} must be ${KIND_CLUSTER[key]} (kind's cluster config, ${KIND_CLUSTER.apiVersion} ${KIND_CLUSTER.kind})` +
                ((0,dist/* isScalar */.jn)(value) ? `, not ${JSON.stringify(value.value)}` : `; the file sets none`));
        }
    }
    const nameNode = root.get('name', true);
    const name = scalarValue(nameNode);
    if (nameNode !== undefined && (typeof name !== 'string' || !isClusterName(name))) {
        throw new KindConfigError(lineOf(nameNode), `name must be a cluster name kind accepts: at most ${CLUSTER_NAME_MAX} lowercase letters, digits, "-" and ".", starting with a letter or digit`);
    }
    const nodes = listOf(root, 'nodes', lineOf);
    const controlPlanes = (nodes?.items ?? []).filter((item) => {
        if (!(0,dist/* isMap */.jh)(item)) {
            throw new KindConfigError(lineOf(item), 'each node must be a mapping written out, not an alias');
        }
        const merge = item.items.find((pair) => (0,aliases/* isMergeKey */.yJ)(pair.key));
        if (merge) {
            // Which role a merged-in mapping gives the node decides where the audit mounts go.
            throw new KindConfigError(lineOf(merge.key), 'a node built with a merge key (<<); write it out');
        }
        refuseHiddenKeys(item, 'a node', lineOf);
        const role = item.get('role', true);
        // kind defaults an empty role to control-plane (v1alpha4 SetDefaultsNode).
        const given = scalarValue(role);
        const value = given === undefined || given === null || given === '' ? 'control-plane' : given;
        if (value !== 'control-plane' && value !== 'worker') {
            throw new KindConfigError(lineOf(role), 'role must be control-plane or worker');
        }
        return value === 'control-plane';
    });
    if (nodes && nodes.items.length > 0 && controlPlanes.length === 0) {
        throw new KindConfigError(lineOf(nodes), 'kind needs at least one control-plane node');
    }
    return {
        doc,
        root,
        nodes,
        controlPlanes,
        name: name || undefined,
        lineOf,
    };
}
/**
 * Refuses a key kind-audit could not find by its name: a merge key (`<<`) or a key written as an
 * alias. kind's decoder (go-yaml) reads both, so `<<: {kubeadmConfigPatchesJSON6902: …}` or
 * `*k: …` would reach kind while the checks, which look fields up by name, saw nothing.
 */
function refuseHiddenKeys(map, what, lineOf) {
    const hidden = map.items.find((pair) => (0,aliases/* isMergeKey */.yJ)(pair.key) || (0,dist/* isAlias */.Vj)(pair.key));
    if (hidden) {
        throw new KindConfigError(lineOf(hidden.key), `${what} has a key written as ${(0,dist/* isAlias */.Vj)(hidden.key) ? 'an alias' : 'a merge key (<<)'}; write it out`);
    }
}
/**
 * A list field of a mapping, written out: `undefined` when absent or null. kind-audit edits these
 * lists, so an alias there (whose edit would change every place it is used) is refused.
 */
function listOf(map, key, lineOf) {
    const value = map.get(key, true);
    if (value === undefined || value === null || ((0,dist/* isScalar */.jn)(value) && value.value === null)) {
        return undefined;
    }
    if ((0,dist/* isAlias */.Vj)(value)) {
        throw new KindConfigError(lineOf(value), `${key} is an alias; write the list out`);
    }
    if (!(0,dist/* isSeq */.oP)(value))
        throw new KindConfigError(lineOf(value), `${key} must be a list`);
    return value;
}
/**
 * The `image:` each control-plane node of a kind config names, in node order; `undefined` for a
 * node that names none (it runs kind's default image, or `--image`). A config without nodes has one
 * control plane, which names none. Throws {@link KindConfigError} for a config kind would not read.
 */
function controlPlaneImages(configText) {
    const config = parseKindConfig(configText);
    if (!config.nodes?.items.length)
        return [undefined];
    return config.controlPlanes.map((node) => {
        const image = scalarValue(node.get('image', true));
        return typeof image === 'string' && image ? image : undefined;
    });
}
/** A field's plain value: a scalar's value, `undefined` for anything else (a list, a mapping, an alias). */
function scalarValue(node) {
    return (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
}
/** A mapping's field as its plain value (see {@link scalarValue}). */
function field(map, key) {
    return scalarValue(map.get(key, true));
}

// EXTERNAL MODULE: ./src/kubernetes/version.ts
var kubernetes_version = __webpack_require__(304);
;// CONCATENATED MODULE: ./src/policy/yaml-reader.ts


/**
 * Typed reads over a parsed YAML document that behave like kube's decoder (YAML → JSON → Go
 * struct): a wrong type is a decoding error, null is the zero value, unknown and duplicate keys are
 * only warnings because kube-apiserver falls back to lenient decoding for them (the last duplicate
 * wins). Every read remembers the line of its path so later checks can point at it.
 */
class YamlReader {
    targets;
    counter;
    belongsTo;
    errors = [];
    warnings = [];
    lines = new Map();
    active = new Set();
    constructor(
    /** Where each alias points, resolved once for the whole document. */
    targets, counter, 
    /** For an unknown key: where it would have been valid, to explain a mis-indentation. */
    belongsTo) {
        this.targets = targets;
        this.counter = counter;
        this.belongsTo = belongsTo;
    }
    /** 1-based line of a node in the text, when the parser kept its position. */
    lineOf(node) {
        const offset = (0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined;
        return offset === undefined ? undefined : this.counter.linePos(offset).line;
    }
    /**
     * The known fields of a mapping at `path`, after YAML merge keys; `undefined` when the node is
     * null (kube's zero value) or, with a decoding error, not a mapping.
     */
    fields(raw, path, known) {
        const node = this.deref(raw);
        if (node === null || this.isNull(node))
            return undefined;
        if (!(0,dist/* isMap */.jh)(node))
            return this.typeError(path, 'a mapping', node);
        // An alias can point back into the mapping it is merged into; kube's decoder refuses that.
        if (this.active.has(node)) {
            this.errors.push(`failed decoding: ${path || 'the policy'}: an alias refers to itself`);
            return undefined;
        }
        this.active.add(node);
        try {
            return this.readMap(node, path, known);
        }
        finally {
            this.active.delete(node);
        }
    }
    readMap(node, path, known) {
        const out = new Map();
        const seen = new Set();
        const merged = [];
        for (const pair of node.items) {
            if ((0,aliases/* isMergeKey */.yJ)(pair.key)) {
                merged.push(pair.value);
                continue;
            }
            const keyNode = (0,dist/* isScalar */.jn)(pair.key) ? pair.key : null;
            const key = keyNode ? keyText(keyNode.value) : '?';
            const child = join(path, key);
            const line = this.lineOf(keyNode);
            if (seen.has(key)) {
                this.warn(child, line, `duplicate key "${key}"; kube-apiserver keeps the last value`);
            }
            seen.add(key);
            if (!known.includes(key)) {
                this.unknown(child, key, line);
                continue;
            }
            if (line !== undefined)
                this.lines.set(child, line);
            out.set(key, pair.value);
        }
        // Merge keys (YAML 1.1, which kube's decoder reads): explicit keys win, then earlier sources.
        for (const source of merged.flatMap((m) => this.mergeSources(m))) {
            const inner = this.fields(source, path, known);
            for (const [key, value] of inner ?? [])
                if (!out.has(key))
                    out.set(key, value);
        }
        return out;
    }
    /** A string field: null reads as "", any other non-string is a decoding error. */
    string(raw, path) {
        const node = this.deref(raw);
        if (node === null || this.isNull(node))
            return '';
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
            return node.value;
        return this.typeError(path, 'a string', node) ?? '';
    }
    /** A boolean field (kube's `*bool`): null reads as unset. */
    bool(raw, path) {
        const node = this.deref(raw);
        if (node === null || this.isNull(node))
            return undefined;
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'boolean')
            return node.value;
        return this.typeError(path, 'true or false', node);
    }
    /** The items of a list field; null reads as an empty list. */
    list(raw, path) {
        const node = this.deref(raw);
        if (node === null || this.isNull(node))
            return [];
        if ((0,dist/* isSeq */.oP)(node))
            return node.items;
        return this.typeError(path, 'a list', node) ?? [];
    }
    /** A list of strings, e.g. `verbs`; each item is read like {@link string}. */
    strings(raw, path) {
        return this.list(raw, path).map((item, i) => {
            const line = this.lineOf(item);
            if (line !== undefined)
                this.lines.set(`${path}[${i}]`, line);
            return this.string(item, `${path}[${i}]`);
        });
    }
    /** A warning tied to a path and line. */
    warn(path, line, message) {
        const where = path ? { path } : {};
        const text = path ? `${path}: ${message}` : message;
        this.warnings.push({ message: text, ...where, ...(line ? { line } : {}) });
    }
    unknown(path, key, line) {
        const home = this.belongsTo(key);
        const hint = home ? `; "${key}" is ${home} field, so check its indentation` : '';
        this.warn(path, line, `unknown field "${key}" is dropped by kube-apiserver${hint}`);
    }
    mergeSources(raw) {
        const node = this.deref(raw);
        return (0,dist/* isSeq */.oP)(node) ? node.items : [node];
    }
    deref(raw) {
        if (raw === null || raw === undefined)
            return null;
        if ((0,dist/* isAlias */.Vj)(raw)) {
            const target = this.targets.get(raw);
            if (target === undefined) {
                this.errors.push(`failed decoding: unknown anchor '${raw.source}' referenced`);
                return null;
            }
            return this.deref(target);
        }
        return (0,dist/* isScalar */.jn)(raw) || (0,dist/* isMap */.jh)(raw) || (0,dist/* isSeq */.oP)(raw) ? raw : null;
    }
    isNull(node) {
        return (0,dist/* isScalar */.jn)(node) && node.value === null;
    }
    typeError(path, expected, node) {
        const line = this.lineOf(node);
        const at = line ? ` (line ${line})` : '';
        this.errors.push(`failed decoding: ${path || 'the policy'}: expected ${expected}, found ${describe(node)}${at}`);
        return undefined;
    }
}
function join(path, key) {
    return path ? `${path}.${key}` : key;
}
function keyText(value) {
    if (typeof value === 'symbol')
        return value.description ?? '';
    return String(value);
}
function describe(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
    if (typeof value === 'boolean')
        return `the boolean ${String(value)}`;
    if (typeof value === 'number' || typeof value === 'bigint')
        return `the number ${String(value)}`;
    if (value instanceof Date)
        return 'a timestamp';
    if (typeof value === 'string')
        return 'a string';
    return 'an unsupported value';
}

;// CONCATENATED MODULE: ./src/policy/decode.ts



// `metadata` is the ObjectMeta every Kubernetes object may carry; kube decodes it, we ignore it.
const POLICY_FIELDS = [
    'apiVersion',
    'kind',
    'metadata',
    'rules',
    'omitStages',
    'omitManagedFields',
];
const RULE_FIELDS = [
    'level',
    'users',
    'userGroups',
    'verbs',
    'resources',
    'namespaces',
    'nonResourceURLs',
    'omitStages',
    'omitManagedFields',
];
const GROUP_FIELDS = ['group', 'resources', 'resourceNames'];
function belongsTo(key) {
    if (RULE_FIELDS.includes(key))
        return 'a rule';
    if (GROUP_FIELDS.includes(key))
        return 'a resources[] entry';
    if (POLICY_FIELDS.includes(key))
        return 'a top-level policy';
    return undefined;
}
/**
 * Decodes policy text (YAML 1.1, as kube's decoder reads it, or JSON) into a {@link RawPolicy}.
 * Type mismatches are errors, as they are for kube-apiserver; unknown and duplicate keys are
 * warnings, because kube-apiserver accepts them and drops or overrides the values silently.
 */
function decodePolicy(text) {
    const counter = new dist/* LineCounter */.HN();
    const parsed = (0,dist/* parseAllDocuments */.hR)(text, {
        lineCounter: counter,
        version: '1.1',
        uniqueKeys: false,
        merge: true,
    });
    const docs = Array.isArray(parsed) ? parsed : [];
    const doc = docs[0];
    const result = { errors: [], warnings: [], lines: new Map() };
    if (doc === undefined)
        return { ...result, raw: emptyPolicy() };
    const syntax = doc.errors[0];
    if (syntax !== undefined) {
        // The parser's message ends in "at line L, column C:" followed by a source excerpt.
        const first = (syntax.message.split('\n')[0] ?? syntax.message).replace(/:$/, '');
        return { ...result, errors: [`failed decoding: ${first}`] };
    }
    // kube expands the whole document before it looks at a field, so an alias bomb anywhere in it,
    // known fields or not, stops it; and so the reader below never expands more than kube allows.
    const targets = (0,aliases/* resolveAliases */.rB)(doc);
    const aliasError = (0,aliases/* aliasExpansionError */.Wd)(doc, targets);
    if (aliasError !== undefined)
        return { ...result, errors: [aliasError] };
    const r = new YamlReader(targets, counter, belongsTo);
    if (docs.length > 1) {
        // kube's YAML decoder reads the first document only.
        r.warn('', r.lineOf(docs[1]?.contents), 'only the first YAML document is read');
    }
    const top = r.fields(doc.contents, '', POLICY_FIELDS);
    const raw = emptyPolicy();
    if (top !== undefined) {
        raw.apiVersion = r.string(top.get('apiVersion'), 'apiVersion');
        raw.kind = r.string(top.get('kind'), 'kind');
        raw.omitStages = r.strings(top.get('omitStages'), 'omitStages');
        raw.omitManagedFields = r.bool(top.get('omitManagedFields'), 'omitManagedFields');
        raw.rules = r.list(top.get('rules'), 'rules').map((item, i) => {
            const path = `rules[${i}]`;
            const line = r.lineOf(item);
            if (line !== undefined)
                r.lines.set(path, line);
            return readRule(r, item, path);
        });
    }
    const out = { errors: r.errors, warnings: r.warnings, lines: r.lines };
    return r.errors.length > 0 ? out : { ...out, raw };
}
function readRule(r, item, path) {
    const f = r.fields(item, path, RULE_FIELDS) ?? new Map();
    const strings = (key) => r.strings(f.get(key), `${path}.${key}`);
    return {
        level: r.string(f.get('level'), `${path}.level`),
        users: strings('users'),
        userGroups: strings('userGroups'),
        verbs: strings('verbs'),
        namespaces: strings('namespaces'),
        nonResourceURLs: strings('nonResourceURLs'),
        omitStages: strings('omitStages'),
        omitManagedFields: r.bool(f.get('omitManagedFields'), `${path}.omitManagedFields`),
        resources: r.list(f.get('resources'), `${path}.resources`).map((gr, j) => {
            const at = `${path}.resources[${j}]`;
            const g = r.fields(gr, at, GROUP_FIELDS) ?? new Map();
            return {
                group: r.string(g.get('group'), `${at}.group`),
                resources: r.strings(g.get('resources'), `${at}.resources`),
                resourceNames: r.strings(g.get('resourceNames'), `${at}.resourceNames`),
            };
        }),
    };
}
function emptyPolicy() {
    return { apiVersion: '', kind: '', rules: [], omitStages: [] };
}

;// CONCATENATED MODULE: ./src/policy/field-error.ts
/**
 * kube's `field.Error` message shapes (k8s.io/apimachinery `pkg/util/validation/field`), so our
 * errors read exactly like the ones kube-apiserver prints when it refuses a policy file.
 */
/** `path: Required value`. */
function required(path) {
    return `${path}: Required value`;
}
/** `path: Invalid value: <value>: detail`; strings are Go-quoted, lists printed as compact JSON. */
function invalid(path, value, detail) {
    const shown = typeof value === 'string' ? goQuote(value) : goJsonStrings(value);
    return `${path}: Invalid value: ${shown}: ${detail}`;
}
/** `path: Unsupported value: "v": supported values: "a", "b"`. */
function notSupported(path, value, supported) {
    const list = supported.map(goQuote).join(', ');
    return `${path}: Unsupported value: ${goQuote(value)}: supported values: ${list}`;
}
/** Go's `%q` for a string: printable characters stay as they are, the rest are escaped. */
function goQuote(value) {
    let out = '"';
    for (const ch of value) {
        out += goEscape(ch, false);
    }
    return out + '"';
}
/** Go's `json.Marshal` of a `[]string`, which HTML-escapes `<`, `>` and `&`. */
function goJsonStrings(values) {
    const items = values.map((v) => {
        let out = '"';
        for (const ch of v)
            out += goEscape(ch, true);
        return out + '"';
    });
    return `[${items.join(',')}]`;
}
const SHORT_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
};
function goEscape(ch, json) {
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined)
        return short;
    const code = ch.codePointAt(0) ?? 0;
    if (json) {
        if (ch === '<' || ch === '>' || ch === '&' || code === 0x2028 || code === 0x2029 || code < 0x20)
            return `\\u${code.toString(16).padStart(4, '0')}`;
        return ch;
    }
    if (code < 0x20 || code === 0x7f)
        return `\\x${code.toString(16).padStart(2, '0')}`;
    return ch;
}
const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN}$`);
const DNS1123_SUBDOMAIN_MAX = 253;
/**
 * kube's `IsDNS1123Subdomain` messages for `value` (none when valid), joined with "," as the
 * audit validation joins them. Wording from k8s.io/apimachinery 1.36 (`validation/content`).
 */
function dnsSubdomainProblems(value) {
    const msgs = [];
    // Go measures length in bytes, not UTF-16 units.
    if (Buffer.byteLength(value, 'utf8') > DNS1123_SUBDOMAIN_MAX) {
        msgs.push(`must be no more than ${DNS1123_SUBDOMAIN_MAX} characters`);
    }
    if (!DNS1123_SUBDOMAIN_RE.test(value)) {
        msgs.push("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'" +
            ", and must start and end with an alphanumeric character (e.g. 'example.com', regex used" +
            ` for validation is '${DNS1123_SUBDOMAIN}')`);
    }
    return msgs.join(',');
}

// EXTERNAL MODULE: ./src/policy/types.ts
var policy_types = __webpack_require__(3943);
;// CONCATENATED MODULE: ./src/policy/kube-rules.ts



/**
 * Whether kube-apiserver of `version` accepts `group: "*"` (every API group) in a rule's resources:
 * from 1.36 on (k8s.io/apiserver commit 6728d949, "Allow wildcard '*' for API groups in audit
 * policy rules"); older servers refuse it as a malformed group name.
 */
function acceptsWildcardGroup(version) {
    return (0,kubernetes_version/* atLeast */.jZ)(version, 1, 36);
}
/**
 * The errors kube-apiserver of `version` gives a decoded policy, in the order it stops: an unknown
 * apiVersion/kind first, then every field error at once, then an empty rule list. Mirrors
 * k8s.io/apiserver `pkg/audit/policy/reader.go` and `pkg/apis/audit/validation/validation.go`.
 */
function kubeErrors(raw, version = kubernetes_version/* DEFAULT_KUBERNETES_VERSION */.qQ) {
    const wildcardGroup = acceptsWildcardGroup(version);
    const gvk = groupVersionError(raw.apiVersion, raw.kind);
    if (gvk !== undefined)
        return [gvk];
    const fieldErrors = [
        ...validateStages(raw.omitStages, 'omitStages'),
        ...raw.rules.flatMap((rule, i) => validateRule(rule, `rules[${i}]`, wildcardGroup)),
    ];
    // kube aggregates field errors and drops exact repeats.
    if (fieldErrors.length > 0)
        return [...new Set(fieldErrors)];
    return raw.rules.length === 0 ? ['loaded illegal policy with 0 rules'] : [];
}
/** The version kube's scheme registers its internal (unversioned) types under. */
const INTERNAL = '__internal';
/**
 * What kube-apiserver says of the file's `apiVersion` and `kind`, read as its decoder reads them
 * (k8s.io/apimachinery `pkg/runtime/serializer/json`, `gvkWithDefaults`, and `pkg/runtime/error.go`;
 * k8s.io/apiserver `pkg/audit/policy/reader.go`). The decoder fills what the file leaves out from
 * the type it decodes into, the internal Policy of audit.k8s.io; the scheme knows that and
 * audit.k8s.io/v1 alone, and the reader then accepts v1 alone. kube's "not registered" messages
 * end with the scheme's name (`in scheme "pkg/runtime/scheme.go:111"`, a source line of
 * apimachinery), and its "missing" message quotes the whole file: those tails are left out.
 */
function groupVersionError(apiVersion, kindField) {
    const parsed = parseGroupVersion(apiVersion);
    if (!parsed)
        return `failed decoding: unexpected GroupVersion string: ${apiVersion}`;
    let [group, version] = parsed;
    const kind = kindField || 'Policy';
    if (group === '' && version === '')
        [group, version] = ['audit.k8s.io', INTERNAL];
    if (version === '' && group === 'audit.k8s.io')
        version = INTERNAL;
    if (version === '')
        return "failed decoding: Object 'apiVersion' is missing";
    const registered = group === 'audit.k8s.io' && kind === 'Policy';
    if (version === INTERNAL) {
        if (!registered)
            return `failed decoding: no kind "${kind}" is registered for the internal version of group "${group}"`;
        // Go prints a GroupVersionKind as `group/version, Kind=kind`.
        return `unknown group version field ${group}/${version}, Kind=${kind} in policy`;
    }
    const gv = group ? `${group}/${version}` : version;
    if (!registered || gv !== policy_types/* POLICY_API_VERSION */.X6)
        return `failed decoding: no kind "${kind}" is registered for version "${gv}"`;
    return undefined;
}
/** Go's `schema.ParseGroupVersion`: "" and "/" are empty, more than one slash is an error. */
function parseGroupVersion(apiVersion) {
    if (apiVersion === '' || apiVersion === '/')
        return ['', ''];
    const parts = apiVersion.split('/');
    if (parts.length === 1)
        return ['', apiVersion];
    if (parts.length === 2)
        return [parts[0] ?? '', parts[1] ?? ''];
    return undefined;
}
function validateRule(rule, path, wildcardGroup) {
    const errors = [
        ...validateLevel(rule.level, `${path}.level`),
        ...validateUrls(rule.nonResourceURLs, `${path}.nonResourceURLs`),
        ...rule.resources.flatMap((gr) => validateGroupResources(gr, `${path}.resources`, wildcardGroup)),
        ...validateStages(rule.omitStages, `${path}.omitStages`),
    ];
    if (rule.nonResourceURLs.length > 0 &&
        (rule.resources.length > 0 || rule.namespaces.length > 0)) {
        errors.push(invalid(`${path}.nonResourceURLs`, rule.nonResourceURLs, 'rules cannot apply to both regular resources and non-resource URLs'));
    }
    return errors;
}
function validateLevel(level, path) {
    if (level === '')
        return [required(path)];
    return policy_types/* AUDIT_LEVELS */.Yc.includes(level)
        ? []
        : [notSupported(path, level, policy_types/* AUDIT_LEVELS */.Yc)];
}
function validateUrls(urls, path) {
    return urls.flatMap((url, i) => {
        if (url === '*')
            return [];
        const errors = [];
        if (!url.startsWith('/')) {
            errors.push(invalid(`${path}[${i}]`, url, "non-resource URL rules must begin with a '/' character"));
        }
        if (url.slice(0, -1).includes('*')) {
            const detail = "non-resource URL wildcards '*' must be the final character of the rule";
            errors.push(invalid(`${path}[${i}]`, url, detail));
        }
        return errors;
    });
}
// kube names these paths without the list index (`rules[0].resources.group`); we keep its text.
function validateGroupResources(gr, path, wildcardGroup) {
    const errors = [];
    // `""` is the core group; `*` every group, where the server knows it.
    const skip = gr.group === '' || (wildcardGroup && gr.group === '*');
    const problems = skip ? '' : dnsSubdomainProblems(gr.group);
    if (problems)
        errors.push(invalid(`${path}.group`, gr.group, problems));
    if (gr.resourceNames.length > 0 && gr.resources.length === 0) {
        const detail = 'using resourceNames requires at least one resource';
        errors.push(invalid(`${path}.resourceNames`, gr.resourceNames, detail));
    }
    return errors;
}
function validateStages(stages, path) {
    const allowed = `allowed stages are ${policy_types/* STAGES */.an.join(',')}`;
    return stages.flatMap((stage, i) => policy_types/* STAGES */.an.includes(stage) ? [] : [invalid(`${path}[${i}]`, stage, allowed)]);
}

// EXTERNAL MODULE: ./src/policy/lint.ts
var lint = __webpack_require__(4857);
;// CONCATENATED MODULE: ./src/policy/evaluate.ts

/**
 * The audit level kube-apiserver gives `request` under `policy`: the first matching rule wins,
 * no match means None. Same semantics as k8s.io/apiserver `pkg/audit/policy/checker.go`.
 */
function evaluate(policy, request) {
    const index = policy.rules.findIndex((rule) => ruleMatches(rule, request));
    const rule = policy.rules[index];
    const stages = new Set([...(policy.omitStages ?? []), ...(rule?.omitStages ?? [])]);
    return {
        level: rule?.level ?? 'None',
        ruleIndex: rule ? index : null,
        omitStages: policy_types/* STAGES */.an.filter((s) => stages.has(s)),
    };
}
/** Whether `rule` applies to `request`; every list that is set must match. */
function ruleMatches(rule, request) {
    if (isSet(rule.users) && (request.user === undefined || !rule.users.includes(request.user))) {
        return false;
    }
    if (isSet(rule.userGroups) && !(request.groups ?? []).some((g) => rule.userGroups?.includes(g))) {
        return false;
    }
    if (isSet(rule.verbs) && !rule.verbs.includes(request.verb))
        return false;
    // Namespaces or resources make a rule about resources only, even with nonResourceURLs unset.
    if (isSet(rule.namespaces) || isSet(rule.resources))
        return matchesResource(rule, request);
    if (isSet(rule.nonResourceURLs))
        return matchesUrl(rule.nonResourceURLs, request);
    return true;
}
function matchesResource(rule, request) {
    if (request.resource === undefined)
        return false;
    if (isSet(rule.namespaces) && !rule.namespaces.includes(request.namespace ?? ''))
        return false;
    if (!isSet(rule.resources))
        return true;
    const resource = request.resource;
    const sub = request.subresource ?? '';
    const name = request.name ?? '';
    return rule.resources.some((gr) => {
        if (!groupMatches(gr.group, request.apiGroup))
            return false;
        if (!isSet(gr.resources))
            return true;
        if (isSet(gr.resourceNames) && !gr.resourceNames.includes(name))
            return false;
        return gr.resources.some((spec) => resourceSpecMatches(spec, resource, sub));
    });
}
/**
 * Whether a rule's `group` covers a request's API group: the same group (`""` or absent is the
 * core group), or `*`, every group. Only servers from 1.36 load a policy with `*`
 * (see `acceptsWildcardGroup`), so for a policy that passed the check the answer is kube's.
 */
function groupMatches(ruleGroup, apiGroup) {
    const group = ruleGroup ?? '';
    return group === '*' || group === (apiGroup ?? '');
}
/**
 * Whether one entry of a rule's `resources` list (`pods`, `pods/log`, `*`, `pods/*`, or a star,
 * a slash and a subresource) covers `resource` with subresource `sub` (`""` for none).
 */
function resourceSpecMatches(spec, resource, sub) {
    return (spec === '*' ||
        spec === (sub ? `${resource}/${sub}` : resource) ||
        // `*/status`: that subresource of any resource.
        (sub !== '' && spec === `*/${sub}`) ||
        // `pods/*`: the resource itself and all of its subresources.
        spec === `${resource}/*`);
}
function matchesUrl(specs, request) {
    if (request.resource !== undefined)
        return false;
    const path = request.path ?? '';
    return specs.some((spec) => spec === '*' || spec === path || (spec.endsWith('*') && path.startsWith(trimStars(spec))));
}
/** Go's `strings.TrimRight(spec, "*")`: every trailing star goes. */
function trimStars(spec) {
    return spec.replace(/\*+$/, '');
}
/** Whether a rule's list is given: an empty or absent list matches everything. */
function isSet(list) {
    return list !== undefined && list.length > 0;
}

;// CONCATENATED MODULE: ./src/policy/first-match.ts

// The selectors a rule can still set once the resource is fixed, in ProbeKey order.
const DIMENSIONS = 5;
/**
 * Finds the first rule of a policy that matches a request to one resource, without trying every
 * rule: a tuple-space index, as packet classifiers use. Rules are grouped by which selectors they
 * set, and within a group listed under every value they accept, so a lookup reads one short list
 * per group instead of the whole policy. Candidates are confirmed with {@link ruleMatches}, so the
 * answer is exactly that of kube's first-match evaluation.
 */
class FirstMatchIndex {
    rules;
    shapes = new Map();
    mentioned = Array.from({ length: DIMENSIONS }, () => new Set());
    first = Infinity;
    /**
     * @param rules the policy's rules; indexes returned are positions in this list.
     * @param include which rules to index; the others are treated as absent.
     */
    constructor(rules, target, include = () => true) {
        this.rules = rules;
        rules.forEach((rule, index) => {
            if (!include(rule))
                return;
            const names = namesThrough(rule, target);
            if (names === null)
                return;
            this.add(index, [rule.verbs, rule.users, rule.userGroups, rule.namespaces, names]);
        });
    }
    /** Whether no rule is indexed: then no request matches. */
    get empty() {
        return this.shapes.size === 0;
    }
    /** The position of the first indexed rule; Infinity when none is. */
    get lowest() {
        return this.first;
    }
    /**
     * Whether some indexed rule names `value` in the `dimension`-th selector of {@link ProbeKey}
     * (0 verb, 1 user, 2 group, 3 namespace, 4 name). Two values no rule names are told apart by
     * no rule, so probes that differ only in them get the same answer.
     */
    mentions(dimension, value) {
        return this.mentioned[dimension]?.has(value) ?? false;
    }
    /**
     * The index of the first indexed rule, below `below`, that matches `request` (whose varying
     * parts are `key`); `undefined` when there is none.
     */
    firstMatch(request, key, below = Infinity) {
        const values = [key.verb, key.user, key.group, key.namespace, key.name];
        let best = below;
        for (const shape of this.shapes.values()) {
            const candidates = this.candidates(shape, values);
            for (const index of candidates) {
                if (index >= best)
                    break;
                if (ruleMatches(this.rules[index], request)) {
                    best = index;
                    break;
                }
            }
        }
        return best < below ? best : undefined;
    }
    /** The shortest list of the shape's rules that can accept `values`. */
    candidates(shape, values) {
        if (shape.mask === 0)
            return shape.all;
        let shortest;
        for (let d = 0; d < DIMENSIONS; d++) {
            if ((shape.mask & (1 << d)) === 0)
                continue;
            const value = values[d];
            // A request without a group never satisfies a rule that names groups.
            const list = value === undefined ? undefined : shape.byValue[d]?.get(value);
            if (list === undefined)
                return [];
            if (shortest === undefined || list.length < shortest.length)
                shortest = list;
        }
        return shortest ?? [];
    }
    add(index, lists) {
        let mask = 0;
        lists.forEach((list, d) => {
            if (list !== undefined && list.length > 0)
                mask |= 1 << d;
        });
        let shape = this.shapes.get(mask);
        if (shape === undefined) {
            const byValue = Array.from({ length: DIMENSIONS }, () => new Map());
            shape = { mask, all: [], byValue };
            this.shapes.set(mask, shape);
        }
        shape.all.push(index);
        this.first = Math.min(this.first, index);
        lists.forEach((list, d) => {
            if (list === undefined || list.length === 0)
                return;
            const byValue = shape.byValue[d];
            const mentioned = this.mentioned[d];
            for (const value of new Set(list)) {
                mentioned.add(value);
                const rules = byValue.get(value);
                if (rules === undefined)
                    byValue.set(value, [index]);
                else
                    rules.push(index);
            }
        });
    }
}
/**
 * The object names through which `rule` can match a request to `target`: `undefined` for any
 * name, `null` when the rule never matches a request to the target (other resources, or URLs only).
 */
function namesThrough(rule, target) {
    const { resource, subresource = '', apiGroup } = target;
    if (!isSet(rule.resources)) {
        // A rule without resources matches resource requests unless only URLs make it up.
        return !isSet(rule.namespaces) && isSet(rule.nonResourceURLs) ? null : undefined;
    }
    const covering = rule.resources.filter((gr) => groupMatches(gr.group, apiGroup) &&
        (!isSet(gr.resources) ||
            gr.resources.some((spec) => resourceSpecMatches(spec, resource, subresource))));
    if (covering.length === 0)
        return null;
    if (covering.some((gr) => !isSet(gr.resources) || !isSet(gr.resourceNames)))
        return undefined;
    return covering.flatMap((gr) => gr.resourceNames ?? []);
}

;// CONCATENATED MODULE: ./src/policy/probe-identities.ts

/** The user (and object name) a probe uses where the rule does not name one. */
const PROBE_NAME = 'kind-audit:probe';
/** How many values of each of a rule's lists are tried. */
const MAX_CHOICES = 8;
/** How many identities a rule's lists may combine into; bounded so a rule with long lists stays fast. */
const MAX_IDENTITIES = 256;
/**
 * The identities that probe requests shaped after `rule` use (or, for no rule, a request with no
 * selectors): every combination of its users, groups, namespaces and names, first values first,
 * counting at most {@link MAX_IDENTITIES} combinations. Values that `index` cannot tell apart are
 * tried once: the probes would get the same answer. Each identity's `key` identifies it up to
 * that equivalence.
 */
function probeIdentities(target, rule, index) {
    const users = choices(rule?.users, PROBE_NAME);
    const groups = choices(rule?.userGroups, undefined);
    const namespaces = target.namespaced ? choices(rule?.namespaces, 'default') : [''];
    const names = choices(rule?.resources
        ?.filter((gr) => groupMatches(gr.group, target.apiGroup))
        .flatMap((gr) => gr.resourceNames ?? []), PROBE_NAME);
    const u = distinct(users, 1, index);
    const g = distinct(groups, 2, index);
    const n = distinct(namespaces, 3, index);
    const m = distinct(names, 4, index);
    // Where a combination stands among all of them (users outermost), which decides the cap.
    const strideN = names.length;
    const strideG = namespaces.length * strideN;
    const strideU = groups.length * strideG;
    const out = [];
    for (const user of u) {
        const atU = user.position * strideU;
        if (atU >= MAX_IDENTITIES)
            break;
        for (const group of g) {
            const atG = atU + group.position * strideG;
            if (atG >= MAX_IDENTITIES)
                break;
            for (const namespace of n) {
                const atN = atG + namespace.position * strideN;
                if (atN >= MAX_IDENTITIES)
                    break;
                for (const name of m) {
                    if (atN + name.position >= MAX_IDENTITIES)
                        break;
                    out.push({
                        identity: {
                            user: user.value,
                            group: group.value,
                            namespace: namespace.value,
                            name: name.value,
                        },
                        key: `${user.token}\0${group.token}\0${namespace.token}\0${name.token}`,
                    });
                }
            }
        }
    }
    return out;
}
function choices(values, fallback) {
    return values && values.length > 0 ? values.slice(0, MAX_CHOICES) : [fallback];
}
/** The first value of each kind the index tells apart, in list order. */
function distinct(values, dimension, index) {
    const seen = new Set();
    const out = [];
    values.forEach((value, position) => {
        const token = value === undefined ? '-' : index.mentions(dimension, value) ? `=${value}` : '~';
        if (seen.has(token))
            return;
        seen.add(token);
        out.push({ value, token, position });
    });
    return out;
}

// EXTERNAL MODULE: ./src/policy/sensitive.ts
var sensitive = __webpack_require__(8434);
;// CONCATENATED MODULE: ./src/policy/secrets.ts




/**
 * Warns when some request to Secrets, TokenReviews or ServiceAccount tokens would be recorded at
 * Request or RequestResponse, naming the resource and the rule that does it. Each rule is probed
 * with the users, groups, namespaces and names it selects, so a rule for one user is caught too;
 * every warning comes from a concrete request and the first rule that matches it.
 *
 * Time grows with the policy's size, not its square: the first match is looked up in a
 * {@link FirstMatchIndex}, probes no rule tells apart are tried once, and a rule's own probes are
 * skipped when it decides them itself before any rule that records bodies.
 */
function secretWarnings(policy, lines) {
    const found = new Map();
    for (const target of sensitive/* SENSITIVE_RESOURCES */.L3) {
        if (!target.warn)
            continue;
        const recording = new FirstMatchIndex(policy.rules, target, recordsBodies);
        if (recording.empty)
            continue;
        const any = new FirstMatchIndex(policy.rules, target);
        const tried = new Set();
        // The probes with no selectors first, then those shaped after each rule, in policy order.
        [undefined, ...policy.rules].forEach((rule, position) => {
            const ruleIndex = position - 1;
            let identities;
            for (const verb of target.verbs) {
                if (rule && ruleIndex < recording.lowest && decidesOwnProbes(rule, target, verb))
                    continue;
                identities ??= probeIdentities(target, rule, any);
                for (const { identity, key } of identities) {
                    const probe = `${verb}\0${key}`;
                    if (tried.has(probe))
                        continue;
                    tried.add(probe);
                    const request = probeRequest(target, verb, identity);
                    const probeKey = { verb, ...identity };
                    const first = recording.firstMatch(request, probeKey);
                    // No rule that records bodies matches, or an earlier rule (which does not) decides.
                    if (first === undefined || any.firstMatch(request, probeKey, first) !== undefined) {
                        continue;
                    }
                    const entry = found.get(`${first} ${target.label}`) ?? {
                        rule: first,
                        target,
                        level: policy.rules[first].level,
                        verbs: new Set(),
                    };
                    entry.verbs.add(verb);
                    found.set(`${first} ${target.label}`, entry);
                }
            }
        });
    }
    return [...found.values()]
        .sort((a, b) => a.rule - b.rule)
        .map(({ rule, target, level, verbs }) => {
        const path = `rules[${rule}]`;
        const line = lines.get(path);
        const message = `${path}: logs ${target.label} at ${level} (${[...verbs].join(', ')}), so ${target.what} ` +
            'would be written to the audit log; add a Metadata rule for them before it';
        return { message, path, ...(line ? { line } : {}) };
    });
}
function recordsBodies(rule) {
    return rule.level === 'Request' || rule.level === 'RequestResponse';
}
/**
 * Whether `rule` matches every probe shaped after it for `verb`. Its probes take their users,
 * groups and namespaces from its own lists (or match a list it leaves empty), so what remains to
 * know is whether it covers the verb, the resource, the probes' names and, for a cluster-scoped
 * resource, the empty namespace.
 */
function decidesOwnProbes(rule, target, verb) {
    if (isSet(rule.verbs) && !rule.verbs.includes(verb))
        return false;
    if (!target.namespaced && isSet(rule.namespaces) && !rule.namespaces.includes(''))
        return false;
    const names = namesThrough(rule, target);
    if (names === null)
        return false;
    if (names === undefined)
        return true;
    const probed = (rule.resources ?? [])
        .filter((gr) => groupMatches(gr.group, target.apiGroup))
        .flatMap((gr) => gr.resourceNames ?? []);
    const accepted = new Set(names);
    // A rule that names objects is probed with those names (never with the placeholder).
    return probed.length > 0 && probed.every((name) => accepted.has(name));
}
function probeRequest(target, verb, identity) {
    const { user, group, namespace, name } = identity;
    return {
        verb,
        user,
        groups: group === undefined ? [] : [group],
        resource: target.resource,
        apiGroup: target.apiGroup,
        namespace,
        name,
        ...(target.subresource ? { subresource: target.subresource } : {}),
    };
}

;// CONCATENATED MODULE: ./src/policy/validate.ts






/**
 * Checks audit policy text (YAML or JSON) the way kube-apiserver of `kubernetesVersion` (default:
 * the pinned kind's default node image, 1.37) loads it: `valid` says
 * whether the server would start, `errors` carry kube's own messages (every field error at once),
 * and `warnings` flag what kube accepts silently but probably is a mistake — dropped unknown or
 * mis-indented fields, duplicate keys, verbs no request has, unreachable rules, and rules that
 * would write Secret or token bodies into the log.
 */
function checkPolicy(text, kubernetesVersion = kubernetes_version/* DEFAULT_KUBERNETES_VERSION */.qQ) {
    const decoded = decodePolicy(text);
    const warnings = [...decoded.warnings];
    if (decoded.raw === undefined)
        return { valid: false, errors: decoded.errors, warnings };
    warnings.push(...versionHints(decoded.raw, decoded));
    const errors = kubeErrors(decoded.raw, kubernetesVersion);
    if (errors.length > 0)
        return { valid: false, errors, warnings };
    const policy = toPolicy(decoded.raw);
    warnings.push(...(0,lint/* lintPolicy */.GF)(policy, decoded.lines), ...secretWarnings(policy, decoded.lines));
    return { valid: true, errors: [], warnings, policy };
}
/**
 * Whether kube-apiserver would load `text`, and the policy it would load, without looking for
 * mistakes to warn about. For text derived from a policy whose warnings were already reported
 * (the user's policy with policy-level options laid over it), where a second full check would only
 * repeat them.
 */
function policyVerdict(text, kubernetesVersion = kubernetes_version/* DEFAULT_KUBERNETES_VERSION */.qQ) {
    const decoded = decodePolicy(text);
    if (decoded.raw === undefined)
        return { valid: false, errors: decoded.errors };
    const errors = kubeErrors(decoded.raw, kubernetesVersion);
    if (errors.length > 0)
        return { valid: false, errors };
    return { valid: true, errors: [], policy: toPolicy(decoded.raw) };
}
function versionHints(raw, decoded) {
    const at = (path) => {
        const line = decoded.lines.get(path);
        return { path, ...(line ? { line } : {}) };
    };
    if (/^audit\.k8s\.io\/v1(alpha|beta)\d+$/.test(raw.apiVersion)) {
        const message = `apiVersion: ${raw.apiVersion} was removed in Kubernetes 1.24; use ${policy_types/* POLICY_API_VERSION */.X6}`;
        return [{ message, ...at('apiVersion') }];
    }
    if (raw.apiVersion === policy_types/* POLICY_API_VERSION */.X6 && raw.kind === '') {
        return [{ message: 'kind is missing; kube-apiserver assumes Policy', ...at('apiVersion') }];
    }
    return [];
}
/** The typed policy; only called after kube's checks passed, so levels and stages are known. */
function toPolicy(raw) {
    const policy = {
        apiVersion: policy_types/* POLICY_API_VERSION */.X6,
        kind: 'Policy',
        rules: raw.rules.map((rule) => {
            if (!(0,policy_types/* isAuditLevel */.ax)(rule.level))
                throw new Error(`unchecked level ${rule.level}`);
            const out = { level: rule.level };
            setList(out, 'users', rule.users);
            setList(out, 'userGroups', rule.userGroups);
            setList(out, 'verbs', rule.verbs);
            setList(out, 'namespaces', rule.namespaces);
            setList(out, 'nonResourceURLs', rule.nonResourceURLs);
            if (rule.resources.length > 0) {
                out.resources = rule.resources.map((gr) => {
                    const g = { group: gr.group };
                    setList(g, 'resources', gr.resources);
                    setList(g, 'resourceNames', gr.resourceNames);
                    return g;
                });
            }
            if (rule.omitStages.length > 0)
                out.omitStages = stages(rule.omitStages);
            if (rule.omitManagedFields !== undefined)
                out.omitManagedFields = rule.omitManagedFields;
            return out;
        }),
    };
    if (raw.omitStages.length > 0)
        policy.omitStages = stages(raw.omitStages);
    if (raw.omitManagedFields !== undefined)
        policy.omitManagedFields = raw.omitManagedFields;
    return policy;
}
function stages(values) {
    return values.filter(policy_types/* isStage */.zD);
}
function setList(target, key, values) {
    if (values.length > 0)
        target[key] = values;
}

;// CONCATENATED MODULE: ./src/kind/config.ts

/** The API server's audit flags of the guide, as the patch below writes them. */
const AUDIT_FLAGS = [
    { name: 'audit-log-path', value: NODE_PATHS.logFile },
    { name: 'audit-policy-file', value: NODE_PATHS.policyFile },
];
/** The API server's two volumes of the guide, as the patch below writes them. */
const AUDIT_VOLUMES = [
    {
        name: 'audit-policies',
        hostPath: NODE_PATHS.policyDir,
        mountPath: NODE_PATHS.policyDir,
        readOnly: true,
        pathType: 'DirectoryOrCreate',
    },
    {
        name: 'audit-logs',
        hostPath: NODE_PATHS.logDir,
        mountPath: NODE_PATHS.logDir,
        readOnly: false,
        pathType: 'DirectoryOrCreate',
    },
];
/**
 * The ClusterConfiguration patch of the guide: audit flags plus the two volumes. It names no
 * `apiVersion` on purpose — kind ≥ 0.32 then converts it to whichever kubeadm version it renders,
 * while a patch naming v1beta3 is silently dropped on v1beta4 clusters (kind
 * `pkg/internal/patch/resource.go`, `pkg/internal/patch/kubeadm_merge.go`; kind PR #4173).
 */
function apiServerPatch() {
    return `kind: ClusterConfiguration
apiServer:
  # enable auditing flags on the API server
  extraArgs:
    audit-log-path: ${NODE_PATHS.logFile}
    audit-policy-file: ${NODE_PATHS.policyFile}
  # mount new files / directories on the control plane
  extraVolumes:
    - name: audit-policies
      hostPath: ${NODE_PATHS.policyDir}
      mountPath: ${NODE_PATHS.policyDir}
      readOnly: true
      pathType: DirectoryOrCreate
    - name: audit-logs
      hostPath: ${NODE_PATHS.logDir}
      mountPath: ${NODE_PATHS.logDir}
      readOnly: false
      pathType: DirectoryOrCreate
`;
}
function imageLine(image) {
    return image ? `  image: ${JSON.stringify(image)}\n` : '';
}
function indent(text, spaces) {
    const pad = ' '.repeat(spaces);
    return text
        .trimEnd()
        .split('\n')
        .map((line) => pad + line)
        .join('\n');
}
/**
 * Every control-plane node gets the patch and the policy mount: `extraMounts` are per node, and a
 * second control plane without the policy fails to join (kubernetes/test-infra#36204).
 */
function controlPlaneNode(policyHostPath, image, logHostPath) {
    const logMount = logHostPath
        ? `
  # keep the audit log on the runner, where it outlasts the node
  - hostPath: ${JSON.stringify(logHostPath)}
    containerPath: ${NODE_PATHS.logDir}`
        : '';
    return `- role: control-plane
${imageLine(image)}  kubeadmConfigPatches:
  - |
${indent(apiServerPatch(), 4)}
  # mount the policy file from the runner into the node
  extraMounts:
  - hostPath: ${JSON.stringify(policyHostPath)}
    containerPath: ${NODE_PATHS.policyFile}
    readOnly: true${logMount}`;
}
/** The kind config of the guide, with an absolute policy path; more nodes when asked. */
function renderKindConfig(options) {
    const { policyHostPath, controlPlanes = 1, workers = 0, image, logHostPaths = [] } = options;
    const nodes = [
        ...Array.from({ length: controlPlanes }, (_, i) => controlPlaneNode(policyHostPath, image, logHostPaths[i])),
        ...Array.from({ length: workers }, () => `- role: worker\n${imageLine(image)}`.trimEnd()),
    ];
    return `# Written by kind-audit: kind's auditing guide, with the policy mounted from an absolute path.
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
nodes:
${nodes.join('\n')}
`;
}

;// CONCATENATED MODULE: ./src/kind/container-path.ts


/**
 * A path inside a node (a container) as Docker reads it: `//`, `/./`, `..` and a trailing `/` taken
 * out, so `/var/log//kubernetes/`, `/var/log/./kubernetes` and `/tmp/../var/log/kubernetes` are
 * all `/var/log/kubernetes`. Docker refuses a relative container path; one is read from `/`, so
 * it is judged by the strictest reading.
 */
function normalContainerPath(containerPath) {
    return external_node_path_default().posix.resolve('/', containerPath);
}
/** Whether `containerPath`, normalised, is `dir` or lies inside it. */
function isAtOrUnder(containerPath, dir) {
    const clean = normalContainerPath(containerPath);
    return clean === dir || clean.startsWith(dir === '/' ? '/' : `${dir}/`);
}
/** The folders kind-audit mounts into the API server: the policy's and the log's. */
const AUDIT_DIRS = [NODE_PATHS.policyDir, NODE_PATHS.logDir];
/** Whether a path in the API server's container is one of the folders kind-audit needs, or inside one. */
function isAuditPath(containerPath) {
    return AUDIT_DIRS.some((dir) => isAtOrUnder(containerPath, dir));
}
/**
 * The folders of a control-plane node no mount of the user may cover or enter: kubeadm's
 * `/etc/kubernetes` (the API server's manifest, its credentials, and the audit policy kind-audit
 * mounts) and the audit log's folder.
 */
const CONTROL_PLANE_DIRS = ['/etc/kubernetes', NODE_PATHS.logDir];

;// CONCATENATED MODULE: ./src/kind/yaml-plain.ts



/** Whether a plain value is a mapping (not a list, not null). */
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Whether a mapping has `key` as its own field (present, even when null). */
function hasField(value, key) {
    return Object.prototype.hasOwnProperty.call(value, key);
}
/**
 * A YAML node as the plain data kind reads: aliases followed and merge keys (`<<`) applied, as
 * go-yaml does — what a check must look at, since `kind: *k` or `<<: *mount` put values where
 * the node itself shows none. The `yaml` package bounds alias expansion (its `maxAliasCount`):
 * an alias bomb is a {@link KindConfigError}.
 */
function plainOf(node, doc) {
    if (node === undefined || node === null)
        return node;
    try {
        return node.toJS(doc);
    }
    catch (error) {
        const why = error.message.split('\n')[0] ?? '';
        throw new KindConfigError(undefined, `a value that cannot be read as plain data: ${why}`);
    }
}
/**
 * Whether a key is read as `kind` by kind's type matching: kind reads a patch's `kind` and
 * `apiVersion` with `sigs.k8s.io/yaml`, whose JSON step (Go's `encoding/json`) matches field names
 * without regard to case (kind `pkg/internal/patch/matchinfo.go`), so `Kind:` and `KIND:` name the
 * type too (and `\u212aind`, with the Kelvin sign, which Go and `toLowerCase` both fold to `k`).
 */
function isTypeKey(key) {
    return key.toLowerCase() === 'kind';
}
/** The values of a mapping's fields that kind reads as its `kind` (see {@link isTypeKey}). */
function typeNames(map) {
    return Object.keys(map)
        .filter(isTypeKey)
        .map((key) => map[key]);
}
/** The first merge key (`<<`) anywhere under `node`, to point at; undefined when there is none. */
function firstMergeKey(node) {
    const stack = [node];
    while (stack.length > 0) {
        const item = stack.pop();
        if ((0,dist/* isMap */.jh)(item)) {
            for (const pair of item.items) {
                if ((0,aliases/* isMergeKey */.yJ)(pair.key))
                    return pair.key;
                stack.push(pair.value);
            }
        }
        else if ((0,dist/* isSeq */.oP)(item)) {
            stack.push(...item.items);
        }
        else if ((0,dist/* isPair */.tO)(item)) {
            stack.push(item.value);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/kind/patch-docs.ts






/** The flags kind-audit owns: where the log is written and which policy is read. */
const OWNED_FLAGS = AUDIT_FLAGS.map((flag) => flag.name);
/** The value kind-audit gives an owned flag, for messages. */
function ownedValue(name) {
    return AUDIT_FLAGS.find((flag) => flag.name === name)?.value ?? '';
}
/**
 * Why an API server argument cannot be set, or undefined when it can: kind-audit sets the log's
 * path and the policy's itself, and reads the json format only (`audit-log-format`).
 */
function argumentProblem(name, value) {
    if (OWNED_FLAGS.includes(name))
        return `sets ${name}; kind-audit sets it itself (to ${ownedValue(name)}), so remove it`;
    if (name === 'audit-log-format' && value !== 'json')
        return `sets audit-log-format to ${shownValue(value)}; kind-audit reads the json format only, so set json or remove it`;
    return undefined;
}
/**
 * Why an API server volume cannot be added, or undefined when it can: a volume named as one of
 * kind-audit's, or mounted at (or inside) the audit folders, is refused unless it is the guide's
 * own — the same name, folders and access.
 */
function volumeProblem(volume) {
    if (!isPlainObject(volume))
        return undefined;
    const name = volume.name;
    const mountPath = typeof volume.mountPath === 'string' ? volume.mountPath : '';
    const taken = AUDIT_VOLUMES.some((v) => v.name === name) || isAuditPath(mountPath);
    if (!taken || AUDIT_VOLUMES.some((v) => sameVolume(volume, v)))
        return undefined;
    return `the API server volume ${shownValue(name)} at ${shownValue(mountPath)} takes a name or folder kind-audit needs (${AUDIT_VOLUMES.map((v) => `${v.name} at ${v.mountPath}`).join(', ')})`;
}
/** A value from the user's config as a message shows it: JSON, cut when long. */
function shownValue(value) {
    if (value === undefined)
        return 'nothing';
    const json = JSON.stringify(value) ?? typeof value;
    return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}
/** Parses each entry of a `kubeadmConfigPatches` list; lines point into the user's file. */
function readPatches(map, fileLine, owner) {
    const list = listOf(map, 'kubeadmConfigPatches', fileLine);
    return (list?.items ?? []).map((item, index) => {
        const place = `kubeadmConfigPatches entry ${index + 1} of ${owner}`;
        if (!(0,dist/* isScalar */.jn)(item) || typeof item.value !== 'string') {
            throw new KindConfigError(fileLine(item), `${place} must be a string`);
        }
        const lineOf = blockLines(item, fileLine);
        // Merge keys as kind's decoder of patches (sigs.k8s.io/yaml, go-yaml) applies them.
        const docs = (0,dist/* parseAllDocuments */.hR)(item.value, { merge: true });
        const list = Array.isArray(docs) ? docs : [];
        for (const doc of list) {
            const error = doc.errors[0];
            if (error) {
                const at = error.linePos?.[0].line;
                const line = at !== undefined ? lineOf.atLine(at) : lineOf(doc.contents);
                throw new KindConfigError(line, `in a patch: ${error.message.split('\n')[0] ?? ''}`);
            }
        }
        return { scalar: item, docs: list, lineOf, place };
    });
}
/**
 * The file lines of a string holding YAML: a block scalar's text starts on the line after its
 * `|`, so a node inside it is that many lines further; any other string is one line.
 */
function blockLines(scalar, fileLine) {
    const start = fileLine(scalar) ?? 0;
    const block = scalar.type === dist/* Scalar */.X5.BLOCK_LITERAL || scalar.type === dist/* Scalar */.X5.BLOCK_FOLDED;
    const text = String(scalar.value);
    const atLine = (line) => (block ? start + line : start || undefined);
    const lineOf = (node) => {
        const offset = node?.range?.[0];
        if (offset === undefined)
            return start || undefined;
        return atLine(text.slice(0, offset).split('\n').length);
    };
    return Object.assign(lineOf, { atLine });
}
/** Whether a patch document is a ClusterConfiguration patch, as kind matches it (any case of `kind`). */
function isClusterConfiguration(doc) {
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return false;
    if (root.items.some((pair) => (0,aliases/* isMergeKey */.yJ)(pair.key))) {
        const value = plainOf(root, doc);
        return isPlainObject(value) && typeNames(value).includes('ClusterConfiguration');
    }
    return root.items.some((pair) => isTypeKey(String(plainOf(pair.key, doc))) &&
        plainOf(pair.value, doc) === 'ClusterConfiguration');
}
/**
 * The `apiServer` mapping of each ClusterConfiguration document of a patch. A merge key in such a
 * document, a key written as an alias at its top or in `apiServer`, or an alias for `apiServer`,
 * its `extraArgs` or its `extraVolumes`, is refused: the merge could not find what it stands for,
 * or not edit it without changing every other place that uses it.
 */
function apiServerMaps(entry) {
    return entry.docs.flatMap((doc) => {
        if (!isClusterConfiguration(doc))
            return [];
        const root = doc.contents;
        const merge = firstMergeKey(root);
        if (merge) {
            throw new KindConfigError(entry.lineOf(merge), `${entry.place}: a merge key (<<) in a ClusterConfiguration patch; write it out`);
        }
        const apiServer = root.get('apiServer', true);
        // The merge finds `apiServer`, `extraArgs` and `extraVolumes` by their written keys.
        for (const map of (0,dist/* isMap */.jh)(apiServer) ? [root, apiServer] : [root]) {
            const aliased = map.items.find((pair) => (0,dist/* isAlias */.Vj)(pair.key));
            if (aliased) {
                throw new KindConfigError(entry.lineOf(aliased.key), `${entry.place}: a key written as an alias in a ClusterConfiguration patch; write it out`);
            }
        }
        const parts = (0,dist/* isMap */.jh)(apiServer)
            ? [apiServer.get('extraArgs', true), apiServer.get('extraVolumes', true)]
            : [];
        for (const node of [apiServer, ...parts]) {
            if ((0,dist/* isAlias */.Vj)(node)) {
                throw new KindConfigError(entry.lineOf(node), `${entry.place}: the API server part of a patch is an alias; write it out`);
            }
        }
        return (0,dist/* isMap */.jh)(apiServer) ? [apiServer] : [];
    });
}
/**
 * Refuses a ClusterConfiguration patch that removes or replaces what kind-audit sets, or sets what
 * it owns. kind applies merge patches (RFC 7386) in order, after kind-audit's: a `null` removes a
 * field, and a value that is not a mapping or list replaces it whole (kind
 * `pkg/internal/patch/resource.go`). So `apiServer` must stay a mapping, `extraArgs` a mapping or
 * list, `extraVolumes` a list; no argument may set `audit-log-path` or `audit-policy-file` (a
 * `null` there deletes it), nor an `audit-log-format` other than json (the collector reads JSON
 * lines); no volume may take the audit folders' names or paths. Both forms of `extraArgs` count:
 * kubeadm v1beta3's map and v1beta4's list of `{name, value}`.
 */
function checkPatch(entry) {
    // Refuses merge keys and aliases where the merge would have to edit.
    apiServerMaps(entry);
    for (const doc of entry.docs) {
        if (!isClusterConfiguration(doc))
            continue;
        const root = doc.contents;
        const plain = plainOf(root, doc);
        if (!hasField(plain, 'apiServer'))
            continue;
        const apiServer = plain.apiServer;
        const apiServerNode = root.get('apiServer', true);
        const at = (node) => entry.lineOf(node) ?? entry.lineOf(root);
        if (!isPlainObject(apiServer)) {
            throw new KindConfigError(at(apiServerNode), `${entry.place} sets apiServer to ${shownValue(apiServer)}, which would remove kind-audit's audit flags and volumes; set fields inside apiServer instead`);
        }
        const node = (0,dist/* isMap */.jh)(apiServerNode) ? apiServerNode : undefined;
        for (const [key, allowed, fits] of [
            ['extraArgs', 'a mapping or a list', (v) => isPlainObject(v) || Array.isArray(v)],
            ['extraVolumes', 'a list', (v) => Array.isArray(v)],
        ]) {
            if (hasField(apiServer, key) && !fits(apiServer[key])) {
                throw new KindConfigError(at(node?.get(key, true)), `${entry.place} sets apiServer.${key} to ${shownValue(apiServer[key])}, which would remove kind-audit's audit ${key === 'extraArgs' ? 'flags' : 'volumes'}; give ${allowed} (kind-audit adds its own to it)`);
            }
        }
        if (!node)
            continue;
        for (const arg of extraArgs(node, doc)) {
            const problem = argumentProblem(arg.name, arg.value);
            if (problem)
                throw new KindConfigError(at(arg.node), `${entry.place} ${problem}`);
        }
        for (const { volume, node: item } of volumes(node, doc)) {
            const problem = volumeProblem(volume);
            if (problem)
                throw new KindConfigError(at(item), `${entry.place}: ${problem}`);
        }
    }
}
/**
 * Adds kind-audit's flags and volumes to every `apiServer.extraArgs` and `extraVolumes` the patch
 * sets, in the patch's own form. kind applies patches as JSON merge patches, where a later list
 * replaces an earlier one (kind `pkg/internal/patch/resource.go`): the user's `extraVolumes` would
 * drop ours. kind ≥ 0.32 merges v1beta4 `extraArgs` by name (`kubeadm_merge.go`) and v1beta3 maps
 * merge anyway, so the flags are only belt and braces there — but a list-form `extraArgs` applied
 * as a plain merge patch would drop them too. True when the patch changed.
 */
function mergeIntoPatch(entry, indentSeq) {
    let changed = false;
    for (const doc of entry.docs) {
        const apiServer = apiServerMaps({ ...entry, docs: [doc] })[0];
        if (!apiServer)
            continue;
        const args = apiServer.get('extraArgs', true);
        // checkPatch has refused a patch that sets either flag: both are missing here.
        if ((0,dist/* isMap */.jh)(args) || (0,dist/* isSeq */.oP)(args)) {
            for (const [i, flag] of AUDIT_FLAGS.entries()) {
                if ((0,dist/* isMap */.jh)(args))
                    args.set(doc.createNode(flag.name), doc.createNode(flag.value));
                else
                    args.add(doc.createNode({ ...flag }));
                if (i === 0)
                    lastAdded(args).commentBefore = ' kind-audit: where the audit log goes, and its policy';
            }
            changed = true;
        }
        const list = apiServer.get('extraVolumes', true);
        if (!(0,dist/* isSeq */.oP)(list))
            continue;
        const missing = AUDIT_VOLUMES.filter((volume) => !list.items.some((item) => {
            const plain = plainOf(item, doc);
            return isPlainObject(plain) && sameVolume(plain, volume);
        }));
        for (const [i, volume] of missing.entries()) {
            const node = doc.createNode({ ...volume });
            if (i === 0)
                node.commentBefore = ' kind-audit: the audit policy and log folders';
            list.add(node);
            changed = true;
        }
    }
    if (changed)
        entry.scalar.value = entry.docs.map((d) => d.toString({ indentSeq })).join('');
    return changed;
}
/** The node last added to a list or mapping (a mapping's key), to hang a comment on. */
function lastAdded(collection) {
    const last = collection.items.at(-1);
    return ((0,dist/* isPair */.tO)(last) ? last.key : last);
}
/** The `extraArgs` of an `apiServer`, in either of kubeadm's forms, as plain names and values. */
function extraArgs(apiServer, doc) {
    const args = apiServer.get('extraArgs', true);
    if ((0,dist/* isMap */.jh)(args)) {
        return args.items.map((pair) => ({
            name: String(plainOf(pair.key, doc)),
            value: plainOf(pair.value, doc),
            node: pair.key,
        }));
    }
    if (!(0,dist/* isSeq */.oP)(args))
        return [];
    return args.items.flatMap((item) => {
        const arg = plainOf(item, doc);
        return isPlainObject(arg) && typeof arg.name === 'string'
            ? [{ name: arg.name, value: arg.value, node: item }]
            : [];
    });
}
/** The items of an `apiServer`'s `extraVolumes`, each as plain data beside its node. */
function volumes(apiServer, doc) {
    const list = apiServer.get('extraVolumes', true);
    return (0,dist/* isSeq */.oP)(list) ? list.items.map((node) => ({ volume: plainOf(node, doc), node })) : [];
}
/**
 * Whether a volume is the guide's own: the same name and folders (however the paths are
 * written), and the same access — a read-only `audit-logs` would stop the API server writing.
 */
function sameVolume(volume, ours) {
    const samePath = (value, path) => typeof value === 'string' && normalContainerPath(value) === path;
    return (volume.name === ours.name &&
        samePath(volume.hostPath, ours.hostPath) &&
        samePath(volume.mountPath, ours.mountPath) &&
        Boolean(volume.readOnly) === ours.readOnly &&
        [undefined, '', 'Directory', 'DirectoryOrCreate'].includes(volume.pathType));
}

;// CONCATENATED MODULE: ./src/kind/json6902-check.ts




/** What a JSON 6902 patch may do to the API server, for messages. */
const ALLOWED = 'a JSON 6902 patch may change other fields and add single items: an argument at /apiServer/extraArgs/<name> (or /-, list form), a volume at /apiServer/extraVolumes/-';
/**
 * The reference tokens of a JSON pointer as kind's patch library (evanphx/json-patch v5,
 * `findObject`) reads them: split at `/` with whatever precedes the first `/` ignored, each token
 * unescaped (`~1` is `/`, `~0` is `~`, RFC 6901 §4). `''` is the whole document; a pointer with no
 * `/` addresses nothing (the operation fails), and is undefined here.
 */
function pointerTokens(pointer) {
    if (pointer === '')
        return [];
    const parts = pointer.split('/');
    if (parts.length < 2)
        return undefined;
    return parts.slice(1).map((token) => token.replace(/~[01]/g, (m) => (m === '~1' ? '/' : '~')));
}
function regionOf(tokens) {
    const [top, list, key] = tokens;
    if (top === undefined)
        return { at: 'whole', what: 'the whole ClusterConfiguration' };
    if (top !== 'apiServer')
        return { at: 'elsewhere' };
    if (list === undefined)
        return { at: 'whole', what: 'apiServer' };
    if (list !== 'extraArgs' && list !== 'extraVolumes')
        return { at: 'elsewhere' };
    if (key === undefined)
        return { at: 'whole', what: `apiServer.${list}` };
    return { at: list, key, deeper: tokens.length > 3 };
}
/** A token that addresses a list item by position: `-` (the end) or what Go's `strconv.Atoi` reads. */
function isIndex(token) {
    return token === '-' || /^[+-]?\d+$/.test(token);
}
function touches(pointer) {
    const tokens = typeof pointer === 'string' ? pointerTokens(pointer) : undefined;
    return tokens !== undefined && regionOf(tokens).at !== 'elsewhere';
}
/** Why an add, replace or remove at `pointer` would undo the audit settings; undefined when it would not. */
function writeProblem(verb, pointer, value) {
    const tokens = pointerTokens(pointer);
    if (tokens === undefined)
        return undefined;
    const region = regionOf(tokens);
    const op = `"${verb}" at ${pointer}`;
    if (region.at === 'elsewhere')
        return undefined;
    if (region.at === 'whole')
        return `${op} would ${verb === 'remove' ? 'remove' : 'replace'} ${region.what}, and kind-audit's audit flags and volumes with it`;
    const { key, deeper } = region;
    const single = verb === 'add' && !deeper && isIndex(key);
    if (region.at === 'extraVolumes') {
        if (!single)
            return `${op} changes an API server volume in place, which may be one of kind-audit's`;
        const problem = volumeProblem(value);
        return problem ? `${op} adds ${problem}` : undefined;
    }
    if (isIndex(key)) {
        if (!single)
            return `${op} changes an API server argument by its position, which may be one of kind-audit's`;
        const arg = isPlainObject(value) && typeof value.name === 'string' ? value : undefined;
        const problem = arg ? argumentProblem(arg.name, arg.value) : undefined;
        return problem ? `${op} ${problem}` : undefined;
    }
    // Map form (kubeadm v1beta3): the token is the argument's name.
    if (verb === 'remove')
        return OWNED_FLAGS.includes(key) ? `${op} removes ${key}, which kind-audit sets` : undefined;
    const problem = argumentProblem(key, deeper ? undefined : value);
    return problem ? `${op} ${problem}` : undefined;
}
/** Why one operation would undo the audit settings; undefined when it would not (or cannot apply). */
function operationProblem(op) {
    if (!isPlainObject(op))
        return undefined;
    const { op: verb, path, from } = op;
    // An operation without a text op or path makes kind fail with its own error.
    if (typeof verb !== 'string' || typeof path !== 'string')
        return undefined;
    if (verb === 'move' || verb === 'copy') {
        if (touches(from) || touches(path))
            return `"${verb}" from ${String(from)} to ${path} ${verb === 'move' ? 'moves' : 'copies'} the API server's arguments or volumes, where kind-audit's audit flags and volumes are`;
        return undefined;
    }
    if (verb === 'add' || verb === 'replace' || verb === 'remove')
        return writeProblem(verb, path, op.value);
    return undefined;
}
/**
 * Refuses a JSON 6902 ClusterConfiguration patch of `map` (the cluster, or a control-plane node)
 * that would undo the audit settings. kind applies these after the merge patches, operation by
 * operation (kind `pkg/internal/patch/resource.go`), so both the `path` and, for `move` and
 * `copy`, the `from` of each are checked, in the form the patch library reads them. Entries are
 * read as kind reads them: aliases followed, merge keys applied.
 */
function checkJson6902(map, doc, lineOf, owner) {
    for (const [index, node] of (listOf(map, 'kubeadmConfigPatchesJSON6902', lineOf)?.items ?? []).entries()) {
        const place = `kubeadmConfigPatchesJSON6902 entry ${index + 1} of ${owner}`;
        const entry = plainOf(node, doc);
        if (!isPlainObject(entry) || entry.kind !== 'ClusterConfiguration')
            continue;
        if (typeof entry.patch !== 'string')
            continue;
        const own = (0,dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node;
        const patchNode = (0,dist/* isMap */.jh)(own) ? own.get('patch', true) : undefined;
        const lines = (0,dist/* isScalar */.jn)(patchNode) ? blockLines(patchNode, lineOf) : () => lineOf(node);
        const patch = (0,dist/* parseDocument */.Tp)(entry.patch, { merge: true });
        let ops;
        try {
            const [error] = patch.errors;
            if (error)
                throw error;
            ops = plainOf(patch.contents, patch);
        }
        catch (error) {
            const why = error.message.split('\n')[0] ?? '';
            throw new KindConfigError(lineOf(node), `${place}: the patch is not YAML or JSON (${why})`);
        }
        if (!Array.isArray(ops))
            continue;
        const opNodes = (0,dist/* isSeq */.oP)(patch.contents) ? patch.contents.items : [];
        for (const [i, op] of ops.entries()) {
            const problem = operationProblem(op);
            if (problem)
                throw new KindConfigError(lines(opNodes[i]) ?? lineOf(node), `${place}, operation ${i + 1}: ${problem}; ${ALLOWED}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/kind/mount-check.ts




/**
 * Refuses a control-plane node's own `extraMounts` entry that would cover or enter
 * `/etc/kubernetes` (kubeadm's manifests and credentials, and the audit policy kind-audit mounts)
 * or the audit log's folder: a runner folder there would hide, replace or hand out what the API
 * server and kind-audit rely on. Paths are compared as Docker reads them (`//`, `/./`, `..`, a
 * trailing `/`). A `:` in either path is refused too: kind passes a mount to Docker as
 * `--volume=<hostPath>:<containerPath>[:options]` (kind
 * `pkg/cluster/internal/providers/docker/provision.go`), so a `:` in the host path moves where
 * the mount lands. The mounts kind-audit adds come after this check.
 */
function checkMounts(node, doc, lineOf, owner) {
    for (const [index, item] of (listOf(node, 'extraMounts', lineOf)?.items ?? []).entries()) {
        const mount = plainOf(item, doc);
        if (!isPlainObject(mount))
            continue;
        const place = `extraMounts entry ${index + 1} of ${owner}`;
        for (const key of ['hostPath', 'containerPath']) {
            const value = mount[key];
            if (typeof value === 'string' && value.includes(':')) {
                throw new KindConfigError(lineOf(item), `${place} has ${key} ${shownValue(value)}: kind hands mounts to Docker as hostPath:containerPath, so a ":" moves where it lands; a control-plane mount's paths may not hold ":"`);
            }
        }
        const containerPath = mount.containerPath;
        if (typeof containerPath !== 'string')
            continue;
        const dir = CONTROL_PLANE_DIRS.find((d) => isAtOrUnder(containerPath, d));
        if (dir) {
            const clean = normalContainerPath(containerPath);
            throw new KindConfigError(lineOf(item), `${place} mounts at ${shownValue(containerPath)}${clean === containerPath ? '' : ` (that is ${clean})`}, ${clean === dir ? '' : 'inside '}${dir}: a control-plane mount may not cover or enter ${CONTROL_PLANE_DIRS.join(' or ')}, where the API server's manifest and credentials and the audit policy and log live; mount it at another path`);
        }
    }
}

;// CONCATENATED MODULE: ./src/kind/merge-config.ts







const HEADER = '# kind-audit merged its audit settings into this kind config: a policy and log mount on each\n' +
    '# control-plane node, and the API server patch first among kubeadmConfigPatches.\n';
/**
 * The user's kind config with the audit settings merged in, through the `yaml` document API so
 * comments, order and everything kind-audit does not need stay as written: the policy mount (and
 * the node's log folder) on every control-plane node — `extraMounts` are per node, and a control
 * plane without the policy fails to join (kubernetes/test-infra#36204) —, and the guide's
 * ClusterConfiguration patch first among the cluster's patches. kind applies cluster patches, then
 * each node's, in order: `extraArgs` of several patches merge, but a later `extraVolumes` list
 * replaces an earlier one (kind `pkg/internal/patch`), so the user's patches that set API server
 * volumes or arguments get ours added, in their own form. A config without nodes gets kind's default, one control plane.
 * Throws {@link KindConfigError}, naming the line, for what cannot be merged safely.
 */
function mergeKindConfig(text, mounts) {
    const config = parseKindConfig(text);
    const { doc, root, lineOf } = config;
    // Where each part sits, for messages: the cluster, or a node by its place in `nodes`.
    const owners = [
        [root, 'the cluster'],
        ...config.controlPlanes.map((node) => [
            node,
            `node ${(config.nodes?.items.indexOf(node) ?? 0) + 1} (a control plane)`,
        ]),
    ];
    const entries = owners.flatMap(([map, owner]) => readPatches(map, lineOf, owner));
    for (const entry of entries)
        checkPatch(entry);
    for (const [map, owner] of owners)
        checkJson6902(map, doc, lineOf, owner);
    for (const [node, owner] of owners.slice(1))
        checkMounts(node, doc, lineOf, owner);
    const indentSeq = indentsSequences(text);
    for (const [i, node] of controlPlanesOf(config).entries()) {
        addMounts(doc, node, lineOf, mounts.policyHostPath, mounts.logHostPaths?.[i]);
    }
    for (const entry of entries)
        mergeIntoPatch(entry, indentsSequences(entry.scalar.value));
    const patch = new dist/* Scalar */.X5(apiServerPatch());
    patch.type = dist/* Scalar */.X5.BLOCK_LITERAL;
    patch.commentBefore =
        ' kind-audit: the audit flags and volumes; first, so every patch after it still applies';
    const patches = listOf(root, 'kubeadmConfigPatches', lineOf);
    if (patches)
        patches.items.unshift(patch);
    else
        root.set('kubeadmConfigPatches', doc.createNode([patch]));
    return HEADER + doc.toString({ indentSeq });
}
/** The control-plane nodes to mount into; with no nodes (or `nodes: []`) kind's one control plane. */
function controlPlanesOf(config) {
    if (config.nodes?.items.length)
        return config.controlPlanes;
    const node = config.doc.createNode({ role: 'control-plane' });
    if (config.nodes)
        config.nodes.add(node);
    else
        config.root.set('nodes', config.doc.createNode([node]));
    return [node];
}
function addMounts(doc, node, lineOf, policyHostPath, logHostPath) {
    const policy = doc.createNode({
        hostPath: policyHostPath,
        containerPath: NODE_PATHS.policyFile,
        readOnly: true,
    });
    policy.commentBefore = ' kind-audit: the audit policy, read by the API server';
    const added = [policy];
    if (logHostPath) {
        const log = doc.createNode({ hostPath: logHostPath, containerPath: NODE_PATHS.logDir });
        log.commentBefore = " kind-audit: the node's audit log folder, kept on the runner";
        added.push(log);
    }
    const list = listOf(node, 'extraMounts', lineOf);
    if (list)
        list.items.push(...added);
    else
        node.set('extraMounts', doc.createNode(added));
}
/**
 * Whether the text indents a block list under its key (`key:\n  - a`) — the `yaml` package's
 * default — or not (`key:\n- a`, kind's documentation style), so the merged file keeps the user's.
 */
function indentsSequences(text) {
    return !/^( *)[^\s#-][^\n]*:[ \t]*(#[^\n]*)?\n\1- /m.test(text);
}

// EXTERNAL MODULE: ./src/artifact/layout.ts
var layout = __webpack_require__(5206);
;// CONCATENATED MODULE: ./src/kind/render.ts




/** The audit policy and the kind config for a cluster, as text with their absolute paths. Pure. */
function renderFiles(options) {
    const dir = external_node_path_default().resolve(options.dir);
    const policyPath = external_node_path_default().join(dir, layout/* FILE_NAMES */.G.policy);
    return {
        policy: { path: policyPath, text: options.policyText },
        kindConfig: {
            path: external_node_path_default().join(dir, layout/* FILE_NAMES */.G.kindConfig),
            text: options.userConfig !== undefined
                ? mergeKindConfig(options.userConfig, {
                    policyHostPath: policyPath,
                    ...(options.logHostPaths ? { logHostPaths: options.logHostPaths } : {}),
                })
                : renderKindConfig({
                    policyHostPath: policyPath,
                    controlPlanes: options.controlPlanes ?? 1,
                    workers: options.workers ?? 0,
                    image: options.image,
                    ...(options.logHostPaths ? { logHostPaths: options.logHostPaths } : {}),
                }),
        },
    };
}

;// CONCATENATED MODULE: ./src/steps/up/files.ts


/**
 * Writes the checked policy and the kind config that mounts it into `dir` (a folder this use
 * owns), never through a link.
 */
async function writeClusterFiles(log, dir, policyText, settings, mounts = {}) {
    if (settings.kindConfig && settings.kindConfig.text === undefined) {
        // A config read here, after the checks, could differ from the one checked.
        throw new Error(`${settings.kindConfig.path} was not read yet: resolve the kind config first`);
    }
    const files = renderFiles({
        policyText,
        dir,
        image: settings.nodeImage,
        controlPlanes: settings.controlPlanes,
        workers: settings.workers,
        userConfig: settings.kindConfig?.text,
        ...mounts,
    });
    await writeFileNoFollow(files.policy.path, files.policy.text);
    await writeFileNoFollow(files.kindConfig.path, files.kindConfig.text);
    log.info(`Wrote ${files.policy.path} and ${files.kindConfig.path}`);
    return files;
}

// EXTERNAL MODULE: ./src/kind/versions.ts
var versions = __webpack_require__(4937);
;// CONCATENATED MODULE: ./src/kind/command.ts

/**
 * A runner that runs `command` wherever the code below asks for `kind`: every kind invocation
 * (create, get, delete, export) goes through the Runner it is given, so the kind in use — one from
 * PATH or a pinned download — is decided once, here, and not threaded through each call.
 */
function usingKind(run, command) {
    if (command === 'kind')
        return run;
    return (cmd, args, opts) => run(cmd === 'kind' ? command : cmd, args, opts);
}
/** Runs `<command> version` to learn whether that kind exists and which release it is. */
async function probeKind(run, command) {
    let result;
    try {
        result = await run(command, ['version']);
    }
    catch (error) {
        if (isNotFound(error))
            return { found: false };
        throw error;
    }
    const version = result.code === 0 ? (0,versions/* parseKindVersionOutput */.Zj)(result.stdout) : undefined;
    if (version)
        return { found: true, version };
    const said = (result.stdout + result.stderr).trim().slice(0, 200);
    return { found: true, version: undefined, said: `exit ${result.code}: ${JSON.stringify(said)}` };
}
function isNotFound(error) {
    const cause = error instanceof Error ? error.cause : undefined;
    return cause?.code === 'ENOENT';
}

// EXTERNAL MODULE: ./src/kind/compatibility.ts
var compatibility = __webpack_require__(8958);
// EXTERNAL MODULE: ./src/kind/install.ts + 1 modules
var kind_install = __webpack_require__(2659);
;// CONCATENATED MODULE: ./src/kind/kubeadm-api.ts

/** kubeadm's config API group, as a patch's `apiVersion` names it: `kubeadm.k8s.io/v1beta4`. */
const KUBEADM_GROUP = 'kubeadm.k8s.io';
/**
 * The kubeadm config version kind renders for a node of Kubernetes `kube`, as kind's
 * `pkg/cluster/internal/kubeadm/config.go` picks it: below 1.23 v1beta2, then v1beta3; kind 0.32
 * and later write v1beta4 from 1.36 on. kind reads the node's `/kind/version` with
 * `version.ParseGeneric`, which drops a pre-release suffix, so a `v1.36.0-rc.1` node already gets
 * v1beta4. Undefined when either version is unknown.
 */
function kubeadmApiFor(kind, kube) {
    if (!kind || !kube)
        return undefined;
    if (!(0,kubernetes_version/* atLeast */.jZ)(kube, 1, 23))
        return 'v1beta2';
    const writesV1beta4 = kind.major > 0 || kind.minor >= 32;
    return writesV1beta4 && (0,kubernetes_version/* atLeast */.jZ)(kube, 1, 36) ? 'v1beta4' : 'v1beta3';
}

;// CONCATENATED MODULE: ./src/steps/up/kind.ts





function pinned() {
    return (0,versions/* parseKindVersion */.U0)(versions/* PINNED_KIND_VERSION */.V6);
}
/**
 * Picks the kind to use: `kind-version` set → that release, installed and verified; empty → the
 * kind on PATH, else the pinned release installed. Then reads the node images' Kubernetes version
 * and refuses a pair known to fail — all before anything is written or created.
 */
async function chooseKind(run, log, settings, images, place) {
    const onPath = settings.version === undefined ? await probeKind(run, 'kind') : undefined;
    if (onPath?.found && onPath.version)
        log.info(`Using kind ${(0,versions/* tag */.Tc)(onPath.version)} from PATH.`);
    if (onPath?.found && !onPath.version) {
        log.warning(`\`kind version\` printed no version (${onPath.said}): the kind/Kubernetes pair is not checked.`);
    }
    const install = !onPath?.found;
    const version = onPath?.found ? onPath.version : (settings.version ?? pinned());
    // The pair is judged before any download: a kind that cannot work is not worth fetching.
    const check = judgePair(log, version, images);
    let command = 'kind';
    if (install && version) {
        if (onPath)
            log.info(`No kind on PATH: installing the pinned kind ${(0,versions/* tag */.Tc)(version)}.`);
        command = await (0,kind_install/* installKind */.C3)({
            version,
            mirror: settings.mirror,
            cache: place.cache,
            tempDir: place.tempDir,
            log,
            ...(place.timeoutMs ? { timeoutMs: place.timeoutMs } : {}),
        });
    }
    return {
        command,
        version,
        kubernetesVersion: check.kubernetesVersion,
        kubeadmApi: kubeadmApiFor(version, check.fromImages ? check.kubernetesVersion : undefined),
        run: usingKind(run, command),
    };
}
/** Checks the kind/node image pair, saying what the check could not know. */
function judgePair(log, version, images) {
    const check = (0,compatibility/* checkNodeVersion */.v)(version, images);
    if (check.warning)
        log.warning(check.warning, { title: 'kind-audit: kind version' });
    if (check.notice)
        log.notice(check.notice, { title: 'kind-audit: node image' });
    return check;
}
/**
 * What `render` knows without downloading anything — the node image's Kubernetes version and the
 * kubeadm config version kind writes for it — from `kind-version` when given, else the kind on
 * PATH, else the pinned release. Refuses a known-bad pair just as `up` would.
 */
async function clusterVersionsForRender(run, log, settings, images) {
    const onPath = settings.version === undefined ? await probeKind(run, 'kind') : undefined;
    const version = settings.version ?? (onPath?.found ? onPath.version : pinned());
    const check = judgePair(log, version, images);
    return {
        kubernetesVersion: check.kubernetesVersion,
        kubeadmApi: kubeadmApiFor(version, check.fromImages ? check.kubernetesVersion : undefined),
    };
}

;// CONCATENATED MODULE: ./src/kind/patch-api-versions.ts




/** The argument maps kind merges by name on a v1beta4 target (kind `pkg/internal/patch/kubeadm_merge.go`). */
const ARG_KEYS = ['extraArgs', 'kubeletExtraArgs'];
/**
 * The patches of a kind config that kind drops, in whole or in part, without a word (kind
 * `pkg/internal/patch`): a patch matches a kubeadm document on its `kind`, and on its
 * `apiVersion` only when it names one, so a patch naming another kubeadm version than the one
 * kind writes for this cluster (`rendered`) is ignored whole; and on a v1beta4 document, kind
 * merges `extraArgs` and `kubeletExtraArgs` by name, converting a mapping only for a patch that
 * names no `apiVersion`, so a v1beta4-named patch that writes them as a mapping loses them while
 * the rest of it applies. `rendered` undefined: the version kind writes is not known, and only
 * the second case is reported. Throws what {@link parseKindConfig} throws.
 */
function patchApiWarnings(text, rendered) {
    const config = parseKindConfig(text);
    const owners = [['the cluster', config.root]];
    for (const [i, node] of (config.nodes?.items ?? []).entries()) {
        if ((0,dist/* isMap */.jh)(node))
            owners.push([`node ${i + 1} (${patch_api_versions_shown(field(node, 'role'), 'control-plane')})`, node]);
    }
    const warnings = [];
    for (const [owner, map] of owners) {
        for (const entry of readPatches(map, config.lineOf, owner)) {
            for (const doc of entry.docs) {
                const root = doc.contents;
                if (!(0,dist/* isMap */.jh)(root))
                    continue;
                const version = kubeadmVersion(field(root, 'apiVersion'));
                if (version === undefined)
                    continue;
                const name = `${entry.place} (${patch_api_versions_shown(field(root, 'kind'), 'no kind')})`;
                const line = entry.lineOf(root);
                if (rendered !== undefined && version !== rendered) {
                    warnings.push({ line, message: ignoredWhole(name, version, rendered) });
                    continue;
                }
                const maps = version === 'v1beta4' ? argMaps(root, []) : [];
                if (maps.length > 0)
                    warnings.push({
                        line: entry.lineOf(maps[0]?.node) ?? line,
                        message: argsDropped(name, maps),
                    });
            }
        }
        for (const [i, item] of (listOf(map, 'kubeadmConfigPatchesJSON6902', config.lineOf)?.items ?? []).entries()) {
            if (!(0,dist/* isMap */.jh)(item) || rendered === undefined)
                continue;
            if (field(item, 'group') !== KUBEADM_GROUP)
                continue;
            const version = field(item, 'version');
            if (typeof version !== 'string' || version === '' || version === rendered)
                continue;
            const name = `kubeadmConfigPatchesJSON6902[${i}] of ${owner} (${patch_api_versions_shown(field(item, 'kind'), 'no kind')})`;
            warnings.push({ line: config.lineOf(item), message: ignoredWhole(name, version, rendered) });
        }
    }
    return warnings;
}
/** A scalar field as text for a message; `otherwise` when it is absent or empty. */
function patch_api_versions_shown(value, otherwise) {
    return value === undefined || value === null || value === ''
        ? otherwise
        : JSON.stringify(value).replace(/^"|"$/g, '');
}
/** `v1beta4` of `kubeadm.k8s.io/v1beta4`; undefined for no apiVersion or another group's. */
function kubeadmVersion(apiVersion) {
    if (typeof apiVersion !== 'string')
        return undefined;
    const [group, version, more] = apiVersion.split('/');
    return group === KUBEADM_GROUP && version && more === undefined ? version : undefined;
}
/**
 * Every `extraArgs`/`kubeletExtraArgs` written as a mapping. kubeadm's sit at most three mappings
 * deep (`etcd.local.extraArgs`); the walk stops below that.
 */
function argMaps(map, path) {
    const found = [];
    if (path.length > 3)
        return found;
    for (const pair of map.items) {
        const key = String(scalarValue(pair.key));
        const value = pair.value;
        if (!(0,dist/* isMap */.jh)(value))
            continue;
        if (ARG_KEYS.includes(key)) {
            const names = value.items.map((p) => String(scalarValue(p.key)));
            found.push({ path: [...path, key].join('.'), names, node: pair.key });
        }
        else {
            found.push(...argMaps(value, [...path, key]));
        }
    }
    return found;
}
function ignoredWhole(name, version, rendered) {
    return (`${name} names ${KUBEADM_GROUP}/${version}, but kind writes ${KUBEADM_GROUP}/${rendered} for ` +
        `this kind and node image: kind applies a patch only to a document of the apiVersion it names, ` +
        `so it ignores this whole patch without a word. Leave apiVersion out, and kind applies the ` +
        `patch to whichever version it writes.`);
}
function argsDropped(name, maps) {
    const what = maps.map((m) => `${m.path} (${m.names.join(', ') || 'empty'})`).join(', ');
    return (`${name} names ${KUBEADM_GROUP}/v1beta4 but writes ${what} as a mapping: v1beta4 takes a list ` +
        `of {name, value}, and kind 0.32 and later drop these arguments without a word (the rest of ` +
        `the patch still applies). Write them as a list ("- name: …" / "  value: …"), or leave ` +
        `apiVersion out and kind converts the mapping itself.`);
}

;// CONCATENATED MODULE: ./src/steps/up/kind-config.ts






/**
 * The most a kind config may hold. Real ones are a few KiB; the `yaml` document API that keeps
 * comments takes about 1 s to parse 256 KiB of one on this project's machines, and a config is
 * parsed a few times before kind runs.
 */
const KIND_CONFIG_SIZE_LIMIT = 256 * 1024;
const KIND_CONFIG_SIZE_TEXT = `256 KiB (${KIND_CONFIG_SIZE_LIMIT} bytes)`;
/**
 * Reads the user's kind config from the workspace — a regular file of at most 256 KiB, read as
 * the policy file is — and checks that the audit settings can be merged into it, before anything is
 * created. Throws {@link InputError} naming the input, the path and the line at fault.
 */
async function loadKindConfig(source, workspace) {
    const file = external_node_path_default().resolve(workspace, source.path);
    let text = source.text;
    if (text === undefined) {
        try {
            text = await readPolicyFile(file, KIND_CONFIG_SIZE_LIMIT);
        }
        catch (error) {
            if (!(error instanceof PolicyFileError))
                throw error;
            throw new input_error/* InputError */.dz(source.input, source.path, error.missing
                ? `no such file (looked for ${file}; relative paths start at ${workspace})`
                : `${error.message}; the kind config must be a regular file of at most ${KIND_CONFIG_SIZE_TEXT}`);
        }
    }
    try {
        const parsed = parseKindConfig(text);
        // A merge with stand-in paths finds every refusal now, not after the cluster's files exist.
        mergeKindConfig(text, { policyHostPath: '/', logHostPaths: [] });
        return {
            text,
            name: parsed.name,
            // No nodes (or an empty list): kind makes one control plane.
            controlPlanes: parsed.nodes?.items.length ? parsed.controlPlanes.length : 1,
        };
    }
    catch (error) {
        if (!(error instanceof KindConfigError))
            throw error;
        const where = error.line === undefined ? file : `${file}:${error.line}`;
        throw new input_error/* InputError */.dz(source.input, source.path, `${where}: ${error.problem}`);
    }
}
/**
 * Reads the config the options name (once: the text is kept in the returned options) and settles
 * the cluster's name — the one given, else the config's `name:`, else the name the options hold
 * (kind's default). Options without a config come back as they are.
 */
async function resolveKindConfig(options, workspace) {
    const source = options.kindConfig;
    if (!source)
        return { options, config: undefined };
    const config = await loadKindConfig(source, workspace);
    const named = source.nameFromConfig && config.name !== undefined;
    return {
        options: {
            ...options,
            clusterName: named ? config.name : options.clusterName,
            kindConfig: { ...source, text: config.text, nameFromConfig: false },
        },
        config,
    };
}
/**
 * Warns about each patch of the user's config that kind will drop without a word, in whole or in
 * part, pointing at its line: kind's own error or silence would come only after the cluster
 * exists. `rendered` is the kubeadm config version kind writes here, when known.
 */
function warnAboutPatches(log, source, rendered) {
    if (source.text === undefined)
        return;
    let warnings;
    try {
        warnings = patchApiWarnings(source.text, rendered);
    }
    catch (error) {
        // A worker's patch kind-audit does not merge into: kind itself refuses what does not parse.
        if (error instanceof KindConfigError)
            return;
        throw error;
    }
    for (const { line, message } of warnings) {
        log.warning(`${source.path}${line ? `:${line}` : ''}: ${message}`, {
            title: 'kind-audit: kind config',
            file: source.path,
            ...(line ? { line } : {}),
        });
    }
}

;// CONCATENATED MODULE: ./src/policy/options.ts

/**
 * Returns `text` with the given options set at policy level. The text is edited in place rather
 * than re-serialised, so comments, quoting and layout survive; with no options it is returned
 * unchanged. JSON in gives JSON out. Rule-level settings are left alone.
 */
function applyPolicyOptions(text, opts) {
    if (opts.omitStages === undefined && opts.omitManagedFields === undefined)
        return text;
    const json = parseJsonObject(text);
    if (json !== undefined)
        return applyToJson(json, opts);
    let out = text;
    // Each new key goes right after `kind`, so set them in reverse of the order they should read.
    if (opts.omitManagedFields !== undefined) {
        out = setTopLevel(out, 'omitManagedFields', String(opts.omitManagedFields));
    }
    if (opts.omitStages !== undefined) {
        const value = opts.omitStages.length > 0 ? `[${opts.omitStages.join(', ')}]` : undefined;
        out = setTopLevel(out, 'omitStages', value);
    }
    return out;
}
/**
 * Sets (or, with `value` undefined, removes) a top-level key of a block-mapping YAML document by
 * splicing text: an existing `key: …` is replaced through the end of its value, a new one goes on
 * the line after `kind:`, or first when there is no `kind`.
 */
function setTopLevel(text, key, value) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { keepSourceTokens: true, uniqueKeys: false });
    const map = doc.contents;
    if (!(0,dist/* isMap */.jh)(map) || doc.errors.length > 0) {
        throw new Error('cannot set policy options: the policy is not a YAML mapping');
    }
    const pairs = map.items;
    const existing = pairs.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
    const line = value === undefined ? '' : `${key}: ${value}`;
    if (existing && (0,dist/* isScalar */.jn)(existing.key) && existing.key.range) {
        const start = existing.key.range[0];
        const valueEnd = existing.value?.range?.[1];
        let end = valueEnd ?? existing.key.range[1];
        // A block value's range runs through its final newline; keep that newline.
        while (end > start && /\s/.test(text.charAt(end - 1)))
            end--;
        if (line)
            return text.slice(0, start) + line + text.slice(end);
        // Removing: take the whole line(s) the pair occupied, newline included.
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        const next = text.indexOf('\n', end);
        return text.slice(0, lineStart) + (next === -1 ? '' : text.slice(next + 1));
    }
    if (!line)
        return text;
    const kind = pairs.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'kind');
    const first = pairs[0];
    const anchor = kind ?? first;
    const keyRange = anchor && (0,dist/* isScalar */.jn)(anchor.key) ? anchor.key.range : undefined;
    if (!keyRange)
        return `${line}\n${text}`;
    const indent = text.slice(text.lastIndexOf('\n', keyRange[0] - 1) + 1, keyRange[0]);
    if (kind) {
        const kindEnd = kind.value?.range?.[1];
        const eol = text.indexOf('\n', kindEnd ?? keyRange[1]);
        if (eol === -1)
            return `${text}\n${indent}${line}\n`;
        return `${text.slice(0, eol + 1)}${indent}${line}\n${text.slice(eol + 1)}`;
    }
    const lineStart = keyRange[0] - indent.length;
    return `${text.slice(0, lineStart)}${indent}${line}\n${text.slice(lineStart)}`;
}
function parseJsonObject(text) {
    if (!text.trimStart().startsWith('{'))
        return undefined;
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
function applyToJson(policy, opts) {
    const out = { ...policy };
    if (opts.omitStages !== undefined) {
        if (opts.omitStages.length > 0)
            out.omitStages = opts.omitStages;
        else
            delete out.omitStages;
    }
    if (opts.omitManagedFields !== undefined)
        out.omitManagedFields = opts.omitManagedFields;
    return `${JSON.stringify(out, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/policy/presets.ts
var presets = __webpack_require__(4490);
;// CONCATENATED MODULE: ./src/policy/load.ts







/** A policy kube-apiserver would refuse: it would crash-loop, and kind would hang for minutes. */
class PolicyError extends Error {
    origin;
    errors;
    constructor(origin, errors) {
        super(`The audit policy from ${origin} would be rejected by kube-apiserver:\n${errors.map((e) => `  ${e}`).join('\n')}`);
        this.origin = origin;
        this.errors = errors;
        this.name = 'PolicyError';
    }
}
/**
 * Reads the text a source names. A file is read only when it is a regular file of at most 1 MiB,
 * and an inline policy may not be larger; both are refused with an {@link InputError} otherwise.
 */
async function readPolicySource(source, workspace) {
    switch (source.kind) {
        case 'inline':
            return {
                text: checkedInline(source.text, source.input),
                origin: `the '${source.input}' input`,
            };
        case 'preset':
            return { text: (0,presets/* presetPolicy */.W)(source.name), origin: `the '${source.name}' preset` };
        case 'level':
            return { text: (0,presets/* levelPolicy */.JJ)(source.level), origin: `policy level ${source.level}` };
        case 'file': {
            const file = external_node_path_default().resolve(workspace, source.path);
            return {
                text: await readFileInput(source.input, source.path, file, workspace),
                origin: file,
                file: source.path,
            };
        }
    }
}
/**
 * Reads the policy, checks it as written (its warnings), lays the options over it and makes sure
 * kube-apiserver of `kubernetesVersion` (the node image's) will load the result. Throws {@link PolicyError} when it would not, and
 * {@link InputError} for a policy file or inline policy that cannot be used at all.
 */
async function loadPolicy(source, options, workspace, kubernetesVersion = kubernetes_version/* DEFAULT_KUBERNETES_VERSION */.qQ) {
    const { text, origin, file } = await readPolicySource(source, workspace);
    const asWritten = checkPolicy(text, kubernetesVersion);
    if (!asWritten.valid || asWritten.policy === undefined) {
        throw new PolicyError(origin, asWritten.errors);
    }
    const where = file === undefined ? {} : { file };
    const final = applyPolicyOptions(text, options);
    if (final === text) {
        return { text, origin, ...where, policy: asWritten.policy, warnings: asWritten.warnings };
    }
    // Options only touch policy-level fields, so the warnings of the text as written still hold;
    // what remains to know is whether kube loads the edited text, and what it loads.
    const verdict = policyVerdict(final, kubernetesVersion);
    if (!verdict.valid || verdict.policy === undefined) {
        throw new PolicyError(`${origin} with omit-stages/omit-managed-fields applied`, verdict.errors);
    }
    return { text: final, origin, ...where, policy: verdict.policy, warnings: asWritten.warnings };
}
function checkedInline(text, input) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= POLICY_SIZE_LIMIT)
        return text;
    throw new input_error/* InputError */.dz(input, load_abbreviate(text), `it holds ${bytes} bytes; an audit policy may hold at most ${POLICY_SIZE_LIMIT_TEXT}, as kube-apiserver reads it whole`);
}
async function readFileInput(input, written, file, workspace) {
    try {
        return await readPolicyFile(file);
    }
    catch (error) {
        if (!(error instanceof PolicyFileError))
            throw error;
        const allowed = error.missing
            ? `no such file (looked for ${file}; relative paths start at ${workspace})`
            : `${error.message}; the policy file must be a regular file of at most ${POLICY_SIZE_LIMIT_TEXT}`;
        throw new input_error/* InputError */.dz(input, written, allowed);
    }
}
/** The start of a long value: an inline policy of a megabyte does not belong in a message. */
function load_abbreviate(value) {
    const line = value.trimStart().split('\n', 1)[0] ?? '';
    return `${line.slice(0, 40)}…`;
}

;// CONCATENATED MODULE: ./src/steps/up/policy.ts

// Callers of the step catch what it throws.

/**
 * Loads and checks the policy (see {@link loadPolicy}) against the node image's Kubernetes
 * version (default: the pinned kind's default image) and shows its warnings as annotations on
 * the policy file's lines. Errors throw before anything is created.
 */
async function preparePolicy(source, options, workspace, log, kubernetesVersion) {
    const loaded = await loadPolicy(source, options, workspace, kubernetesVersion);
    for (const warning of loaded.warnings) {
        log.warning(warning.message, {
            title: 'kind-audit: audit policy',
            ...(loaded.file ? { file: loaded.file } : {}),
            ...(warning.line ? { line: warning.line } : {}),
        });
    }
    return loaded;
}

;// CONCATENATED MODULE: ./src/collect/select.ts

const WHAT = {
    hardlink: 'a hard link',
    symlink: 'a symbolic link',
    'char-device': 'a character device',
    'block-device': 'a block device',
    directory: 'a folder',
    fifo: 'a FIFO',
    other: 'an entry of an unusual tar type',
};
/** Longest link target quoted in a message: a crafted one must not flood the log. */
const TARGET_MAX = 200;
/**
 * Text from a node, made safe to print: quoted, control characters escaped (no line breaks that
 * could fake a log line or a workflow command), and cut to a readable length.
 */
function quoted(value, max = TARGET_MAX) {
    const cut = value.length > max ? `${value.slice(0, max)}…` : value;
    return JSON.stringify(cut).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => {
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}
/**
 * The path in the node of an archive member: members are named `<folder>/…` after the last path
 * element of `logDir`. Other names are returned as they are.
 */
function nodePath(memberName, logDir) {
    const folder = external_node_path_default().posix.basename(logDir);
    return memberName === folder || memberName.startsWith(`${folder}/`)
        ? external_node_path_default().posix.join(external_node_path_default().posix.dirname(logDir), memberName)
        : memberName;
}
/** How a refused entry is described: its kind, and for a link where it points. */
function select_describe(entry, logDir) {
    if (entry.type === 'file')
        return 'a regular file';
    const what = entry.type === 'other' ? `${WHAT.other} (${quoted(entry.flag)})` : WHAT[entry.type];
    if (entry.type === 'symlink')
        return `${what} to ${quoted(entry.linkName)}`;
    // A hard link names another member of the archive.
    if (entry.type === 'hardlink')
        return `${what} to ${quoted(nodePath(entry.linkName, logDir))}`;
    return what;
}
/**
 * Decides what happens to a member of the archive `docker cp <node>:<logDir> -` writes, whose
 * members are named `<folder>/…` after the last path element of `logDir`. Only regular files
 * whose names match `pattern`, directly in the folder, are collected: a link would make whatever
 * reads the copy (the artifact upload) read the file it points to, which may be on the runner.
 */
function judgeEntry(entry, logDir, pattern) {
    const folder = external_node_path_default().posix.basename(logDir);
    const name = entry.name.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    if (name === folder) {
        return entry.type === 'directory'
            ? { action: 'ignore' }
            : { action: 'refuse', name: '', what: select_describe(entry, logDir) };
    }
    if (!name.startsWith(`${folder}/`))
        return { action: 'ignore' };
    const base = name.slice(folder.length + 1);
    if (base.includes('/') || !pattern.test(base))
        return { action: 'ignore' };
    return entry.type === 'file'
        ? { action: 'collect', name: base }
        : { action: 'refuse', name: base, what: select_describe(entry, logDir) };
}

;// CONCATENATED MODULE: ./src/report/findings.ts

/**
 * GitHub shows at most 10 annotations of a type per step (`_maxIssueCount`, actions/runner
 * `src/Runner.Worker/ExecutionContext.cs`): these are spent first.
 */
const MAX_FINDINGS = 10;
const n = (value) => value.toLocaleString('en-US');
/**
 * The findings worth an annotation, most important first, at most {@link MAX_FINDINGS}: server
 * errors, then denied requests, then calls to deprecated APIs, each group with its total and its
 * first examples. Text from the log is quoted, so it cannot fake a line of the step's log.
 */
function findingAnnotations(summary) {
    const findings = [];
    if (summary.errors5xxTotal > 0) {
        const first = summary.errors5xx[0];
        findings.push(`${n(summary.errors5xxTotal)} request(s) got a server error (5xx)` +
            (first
                ? `, the first: ${first.code} for ${quoted(first.user)} ${quoted(first.verb)} ${quoted(first.resource)}`
                : '') +
            '. See the job summary.');
    }
    if (summary.deniedTotal > 0) {
        findings.push(`${n(summary.deniedTotal)} request(s) were denied (403). See the job summary for who was denied what, and why.`);
        for (const row of summary.denied.slice(0, 3)) {
            findings.push(`Denied: ${quoted(row.user)} ${quoted(row.verb)} ${quoted(row.resource)}` +
                (row.namespace ? ` in ${quoted(row.namespace)}` : '') +
                (row.reason ? ` (${quoted(row.reason)})` : ''));
        }
    }
    for (const row of summary.deprecated.slice(0, 3)) {
        findings.push(`${quoted(row.user)} called the deprecated API ${quoted(row.api)} ${n(row.count)} time(s)` +
            (row.removedRelease ? `; it is removed in ${quoted(row.removedRelease)}` : '') +
            '.');
    }
    return findings.slice(0, MAX_FINDINGS);
}

// EXTERNAL MODULE: ./src/text/bytes.ts
var bytes = __webpack_require__(1080);
;// CONCATENATED MODULE: ./src/text/markdown.ts
/**
 * Text from outside (a node's error message, a file name from a node) made inert in Markdown: it
 * cannot open a table cell, a link, an HTML tag or emphasis, and stays on one line.
 */
function escapeMarkdown(text) {
    return text.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|~&#!]/g, (c) => `\\${c}`);
}
/**
 * Inline code that no text can break out of: a fence longer than any backtick run inside it, and
 * pipes escaped for table cells. GitHub splits cells on pipes before it reads code spans, honouring
 * `\` escapes: a backslash right before a pipe would escape the escape and end the cell, so a
 * zero-width space keeps the two apart.
 */
function code(text) {
    const oneLine = text.replace(/\r?\n|\r/g, ' ').replace(/\\(?=\|)/g, '\\\u200b');
    const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${oneLine.replaceAll('|', '\\|')}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./src/report/format.ts

/** A count as people read it: `1,234,567`. */
function count(n) {
    return n.toLocaleString('en-US');
}
/** Text from the log, for a table cell: always inline code (see `code`); '' shows as a dash. */
function logText(text) {
    return text === '' ? '—' : code(text);
}
/** A fold: `summary` is safe HTML; `open` shows it unfolded (what needs attention). */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Text for an HTML context (a `<summary>`), where Markdown escapes do not apply. */
function html(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n|\r/g, ' ');
}
/** The heading of a column of figures: counts, sizes, durations, response codes. */
function figure(text) {
    return { figure: text };
}
/** A Markdown table; `rows` are cells already made safe. */
function format_table(headers, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [
        line(headers.map((h) => (typeof h === 'string' ? h : h.figure))),
        line(headers.map((h) => (typeof h === 'string' ? ':---' : '---:'))),
        ...rows.map(line),
    ].join('\n');
}
/** A table cut to `limit` rows, with a note saying what was cut and where the rest is. */
function cutTable(headers, rows, limit, total = rows.length) {
    const shown = rows.slice(0, limit);
    const note = total > shown.length
        ? `\n\n_${count(total - shown.length)} more not shown here (cut to fit the page); summary.json and the artifact hold them._`
        : '';
    if (shown.length === 0)
        return note.trim() || '_None._';
    return `${format_table(headers, shown)}${note}`;
}
/** The run's page for an uploaded artifact, from the runner's environment and the upload's id. */
function artifactUrl(env, id) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    if (!server || !repo || !run)
        return undefined;
    return `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${run}/artifacts/${id}`;
}

;// CONCATENATED MODULE: ./src/report/collection-md.ts





/** The job summary lists this many files at most; the rest is counted. */
const MAX_FILES_LISTED = 50;
/** Sums over files: one node's, or every node's. */
function totals(files) {
    return {
        files: files.length,
        bytes: files.reduce((sum, f) => sum + f.bytes, 0),
        events: files.reduce((sum, f) => sum + f.events, 0),
        requests: files.reduce((sum, f) => sum + f.requests, 0),
    };
}
/** The collected files' names, folded: the per-node table counts them. */
function filesList(report) {
    const names = report.nodes.flatMap((n) => n.files.map((f) => `${n.node}/${external_node_path_default().basename(f.path)}`));
    if (names.length === 0)
        return [];
    const t = totals(report.nodes.flatMap((n) => n.files));
    return [
        `<details><summary>${count(t.files)} audit file(s), ${(0,bytes/* formatBytes */.z)(t.bytes)}</summary>`,
        '',
        ...names.slice(0, MAX_FILES_LISTED).map((n) => `- ${code(n)}`),
        ...(names.length > MAX_FILES_LISTED ? [`- … and ${names.length - MAX_FILES_LISTED} more`] : []),
        '',
        '</details>',
        '',
    ];
}
/** What redaction did, or a warning that it was off. */
function redactionLine(redaction) {
    if (!redaction)
        return '> [!WARNING]\n> Redaction was off (`redact: false`): the artifact may hold Secret data and tokens, and anyone who can read this repository can download it.';
    const where = Object.entries(redaction.byLocation)
        .sort(([, a], [, b]) => b - a)
        .map(([location, n]) => `${code(location)} ${n.toLocaleString('en-US')}`)
        .join(', ');
    const values = `${redaction.values.toLocaleString('en-US')} secret value(s) redacted${where ? ` (${where})` : ''}`;
    const unparseable = redaction.unparseable
        ? `; ${redaction.unparseable.toLocaleString('en-US')} line(s) that could not be checked were replaced`
        : '';
    return `Redaction: ${values}${unparseable}.`;
}
function destinationLine(destination) {
    const contents = `${code(layout/* FILE_NAMES */.G.merged)} (every node's events, merged by time), ${code(layout/* FILE_NAMES */.G.summaryJson)}, ${code(layout/* FILE_NAMES */.G.summaryMd)}, ${code('baseline.tsv')}, the generated RBAC in ${code('rbac/')} when made, the policy and the kind config, and a folder per node with its raw files when kept`;
    switch (destination.kind) {
        case 'artifact': {
            const name = `**${escapeMarkdown(destination.name)}**`;
            const linked = destination.url ? `[${name}](${destination.url})` : name;
            return `Artifact ${linked} holds ${contents}.`;
        }
        case 'not-uploaded':
            return `Artifact **${escapeMarkdown(destination.name)}** was not uploaded: ${escapeMarkdown(destination.reason)}. The files are on the runner in ${code(destination.dir)}.`;
        case 'folder':
            return `${code(destination.dir)} holds ${contents}.`;
    }
}
/**
 * The collection's part of the page, after summary.md (whose per-node table says each node's
 * state): the files collected, what redaction did, and where the files went.
 */
function collectionMarkdown(report, destination, redaction) {
    const lines = ['', '### Collection', ''];
    if (report.nodes.some((n) => n.files.length > 0))
        lines.push(...filesList(report));
    else
        lines.push('No control-plane node left any audit file.', '');
    lines.push(redactionLine(redaction), '', destinationLine(destination));
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/budget.ts
/**
 * GitHub drops a step summary over 1 MiB whole (actions/runner
 * `src/Runner.Worker/FileCommandManager.cs`): the page must fit. The default leaves room for what
 * post adds around it (the artifact link, per-node lines).
 */
const DEFAULT_BUDGET = 1024 * 1024 - 64 * 1024;
/** Rows per table at each step; the last step keeps headings, counts and notes only. */
const ROW_STEPS = [100, 50, 20, 10, 5, 0];
/**
 * The largest rendering that fits `budget` bytes (UTF-8): tables are cut step by step, each cut
 * saying so. Should even the last step not fit, the page is cut at a line with a note.
 */
function fitToBudget(render, budget) {
    let page = '';
    for (const limit of ROW_STEPS) {
        page = render(limit);
        if (Buffer.byteLength(page) <= budget)
            return page;
    }
    const note = '\n\n_The summary was cut here to fit the page; summary.json holds all of it._\n';
    const room = Math.max(0, budget - Buffer.byteLength(note));
    let cut = Buffer.from(page).subarray(0, room).toString('utf8');
    // A partial character decodes as U+FFFD, which can be 3 bytes where 1 was cut: trim it off.
    cut = cut.replace(/\uFFFD+$/, '');
    const lastLine = cut.lastIndexOf('\n');
    return `${lastLine > 0 ? cut.slice(0, lastLine) : ''}${note}`;
}

;// CONCATENATED MODULE: ./src/report/insights-md.ts


/** Lines of one subject's YAML shown on the page; the file in `rbac/` holds all of it. */
const YAML_LINES = 200;
/** A fenced block no text can close early: a fence longer than any backtick run inside. */
function fenced(text, info) {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${info}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}
/** The headline's word on the expectations: how many hold, or how many are violated. */
function expectationsVerdict(report) {
    const all = report.violations.length;
    const broken = report.violations.filter((v) => v.violated).length;
    if (all === 0)
        return 'none given';
    return broken > 0
        ? `❌ ${count(broken)} of ${count(all)} violated`
        : `✅ ${all === 1 ? 'it holds' : `all ${count(all)} hold`}`;
}
/** The headline's word on drift from the baseline. */
function driftVerdict(report) {
    const d = report.drift;
    if (!d)
        return 'no baseline';
    if (d.addedTotal + d.goneTotal === 0)
        return '✅ none';
    return `${d.onDrift === 'fail' ? '❌' : '⚠️'} ${count(d.addedTotal)} added, ${count(d.goneTotal)} gone`;
}
function violationsSection(report, limit) {
    const broken = report.violations.filter((v) => v.violated);
    const verdicts = [];
    for (const v of report.violations) {
        const verdict = v.violated ? '**violated**' : 'holds';
        const what = v.kind === 'require'
            ? v.violated
                ? 'no request matched'
                : `${count(v.matched)} matching requests`
            : `${count(v.matched)} matching requests`;
        verdicts.push(`- ${verdict}: ${escapeMarkdown(v.name)} (${v.kind}, ${what})`);
    }
    const parts = [verdicts.join('\n')];
    for (const v of broken.filter((b) => b.offending.length > 0).slice(0, limit)) {
        parts.push(`#### ${escapeMarkdown(v.name)}`, cutTable(['time', 'user', 'verb', 'URI', figure('code')], v.offending.map((o) => [
            logText(o.time),
            logText(o.user),
            logText(o.verb),
            logText(o.uri),
            count(o.code),
        ]), limit, v.matched));
    }
    return details(`<strong>Expectations: ${count(broken.length)} of ${count(report.violations.length)} violated</strong>`, parts.join('\n\n'), broken.length > 0);
}
function driftSection(report, limit) {
    const d = report.drift;
    if (!d)
        return '';
    const total = d.addedTotal + d.goneTotal;
    const head = `<strong>Drift from <code>${html(d.baseline)}</code>: ${count(d.addedTotal)} added, ${count(d.goneTotal)} gone</strong>`;
    if (total === 0)
        return details(head, 'The run used exactly the permissions of the baseline.');
    const rows = [
        ...d.added.map((l) => ['+', logText(l.replaceAll('\t', '  '))]),
        ...d.gone.map((l) => ['−', logText(l.replaceAll('\t', '  '))]),
    ];
    return details(head, [
        cutTable(['', 'subject  verb  resource  scope'], rows, limit, total),
        `The artifact's \`baseline.tsv\` is this run's, ready to commit${d.onDrift === 'fail' ? '; `on-drift: fail` fails the job' : ''}.`,
    ].join('\n\n'), true);
}
function unusedNote(entry) {
    return entry.unused === null ? '' : `; ${count(entry.unused)} granted but unused`;
}
/** The permissions the cluster grants the subject through its bindings that it never used. */
function unusedList(entry, limit) {
    if (entry.unused === null || entry.unused === 0)
        return '';
    const rows = entry.unusedFirst.map((line) => {
        const [scope = '', verb = '', what = '', name = ''] = line.split('\t');
        return [logText(scope), logText(verb), logText(what), logText(name)];
    });
    return `\n\nGranted (bound to it by name) but never used:\n\n${cutTable(['scope', 'verb', 'resource or URL', 'name'], rows, limit, entry.unused)}`;
}
/** The requests the subject was denied, with the authorizer's reason: what the 403s asked for. */
function deniedList(entry, limit) {
    if (entry.denied === 0)
        return '';
    const rows = entry.deniedFirst.map((d) => [
        logText(d.verb),
        logText(d.target),
        logText(d.namespace || '(cluster)'),
        logText(d.name),
        logText(d.reason),
    ]);
    return `\n\nDenied (403), with the authorizer's reason:\n\n${cutTable(['verb', 'resource or URL', 'namespace', 'name', 'reason'], rows, limit, entry.denied)}`;
}
function rbacSection(page, limit) {
    const { report } = page;
    const parts = [];
    if (report.rbacDropped > 0)
        parts.push(`**Incomplete:** ${count(report.rbacDropped)} distinct permissions past the cap were left out.`);
    for (const entry of report.rbac.slice(0, limit)) {
        const yaml = page.rbacYaml.get(entry.subject) ?? '';
        const lines = yaml.split('\n');
        const shown = lines.length > YAML_LINES
            ? `${lines.slice(0, YAML_LINES).join('\n')}\n# … cut here; ${entry.file} holds all of it\n`
            : yaml;
        parts.push(`<details><summary><code>${html(entry.subject)}</code>: ${count(entry.permissions)} permissions from ${count(entry.requests)} requests → <code>${html(entry.file)}</code>${unusedNote(entry)}</summary>\n\n${fenced(shown, 'yaml')}${unusedList(entry, limit)}${deniedList(entry, limit)}\n\n</details>`);
    }
    if (report.rbac.length > limit)
        parts.push(`_${count(report.rbac.length - limit)} more subjects in the artifact's \`rbac/\`._`);
    if (report.rbac.length === 0)
        parts.push('_None._');
    return details(`<strong>Least-privilege RBAC: ${count(report.rbac.length)} subjects</strong>, in the artifact's <code>rbac/</code>`, parts.join('\n\n'));
}
/**
 * The gates of summary.md, each folded, unfolded when it failed: expectations (each verdict, the
 * offending requests of a violated one) and drift from the baseline. `limit` cuts the tables as
 * the page's budget asks.
 */
function gateSections(report, limit) {
    const sections = [];
    if (report.violations.length > 0)
        sections.push(violationsSection(report, limit));
    const drift = driftSection(report, limit);
    if (drift)
        sections.push(drift);
    return sections;
}
/** The RBAC of each subject, folded, and what the insights could not do, said plainly. */
function rbacSections(page, limit) {
    const { report } = page;
    const sections = [];
    if (report.rbac.length > 0 || report.rbacDropped > 0)
        sections.push(rbacSection(page, limit));
    if (report.problems.length > 0)
        sections.push(report.problems.map((p) => `- ${escapeMarkdown(p)}`).join('\n'));
    return sections;
}

;// CONCATENATED MODULE: ./src/report/nodes-md.ts



/** A node's container as post found it, with where its logs came from when it was gone. */
function nodeState(node) {
    if (node.problem)
        return `⚠️ ${escapeMarkdown(node.problem.split('\n')[0] ?? '')}`;
    if (node.container === 'gone')
        return node.source === 'runner' ? 'deleted; its logs were kept on the runner' : 'deleted';
    return node.container;
}
/**
 * The one per-node table: each control plane's files, their size and requests, its first and
 * last request, and, when the page comes from a collection, the node's state. Nodes the
 * collection found without a file are listed too; nodes the log names but the collection does
 * not (a summary of files) follow.
 */
function nodesSection(s, collection, limit) {
    const summaries = new Map(Object.entries(s.nodes));
    const row = (node, n, files) => [
        logText(node),
        count(n?.files ?? files),
        (0,bytes/* formatBytes */.z)(n?.bytes ?? 0),
        !n ? '0' : n.requests === null ? 'in audit.jsonl' : count(n.requests),
        n?.first ? logText(n.first) : '—',
        n?.last ? logText(n.last) : '—',
    ];
    const headers = [
        'node',
        figure('files'),
        figure('size'),
        figure('requests'),
        'first request',
        'last request',
    ];
    if (!collection) {
        const rows = [...summaries].map(([node, n]) => row(node, n, 0));
        return `### Per node\n\n${cutTable(headers, rows, limit)}`;
    }
    const listed = new Set(collection.nodes.map((n) => n.node));
    const rows = [
        ...collection.nodes.map((n) => {
            const [name = '', ...rest] = row(n.node, summaries.get(n.node), n.files.length);
            return [name, nodeState(n), ...rest];
        }),
        ...[...summaries]
            .filter(([node]) => !listed.has(node))
            .map(([node, n]) => {
            const [name = '', ...rest] = row(node, n, 0);
            return [name, '—', ...rest];
        }),
    ];
    const [first = 'node', ...others] = headers;
    return `### Per node\n\n${cutTable([first, 'state', ...others], rows, limit)}`;
}

;// CONCATENATED MODULE: ./src/report/timeline-md.ts

/**
 * The lines' colours, set explicitly: Mermaid's default xychart palette draws a second line in a
 * pale tint that nearly vanishes on a white page. These are GitHub's Primer colours (blue,
 * orange, green, purple, red, teal, pink, grey), each readable on a light and a dark page.
 */
const LINE_COLOURS = [
    ['#0969da', 'blue'],
    ['#bc4c00', 'orange'],
    ['#1a7f37', 'green'],
    ['#8250df', 'purple'],
    ['#cf222e', 'red'],
    ['#1b7c83', 'teal'],
    ['#bf3989', 'pink'],
    ['#6e7781', 'grey'],
];
/** Lines drawn in the chart, one colour each; the table beside it has every node. */
const MAX_LINES = LINE_COLOURS.length;
function labels(timeline) {
    const start = Date.parse(timeline.start ?? '');
    const length = Object.values(timeline.nodes)[0]?.length ?? 0;
    const step = timeline.bucketMinutes * 60_000;
    const span = length * step;
    const day = 24 * 3_600_000;
    return Array.from({ length }, (_, i) => {
        const iso = new Date(start + i * step).toISOString();
        if (span <= day)
            return iso.slice(11, 16);
        return (span <= 180 * day ? iso.slice(5, 16) : iso.slice(0, 16)).replace('T', ' ');
    });
}
/** A bucket's length in words: `minute`, `5 minutes`, `2 hours`, `15.9 days`. */
function bucketWords(minutes) {
    if (minutes === 1)
        return 'minute';
    if (minutes < 120)
        return `${count(minutes)} minutes`;
    const [n, word] = minutes < 2880 ? [minutes / 60, 'hours'] : [minutes / 1440, 'days'];
    return `${n.toLocaleString('en-US', { maximumFractionDigits: 1 })} ${word}`;
}
/**
 * The chart's x-axis: time since the first bucket as a number, in minutes, hours or days, so
 * that Mermaid picks a few readable ticks (a label per bucket, 60 of them, overlap into a smear).
 */
function xAxis(timeline, buckets) {
    const span = Math.max(1, buckets - 1) * timeline.bucketMinutes;
    const [per, unit] = span <= 180 ? [1, 'minutes'] : span <= 4320 ? [60, 'hours'] : [1440, 'days'];
    const end = Math.round((span / per) * 10) / 10;
    // Our own ISO time, but the chart has no escaping: keep digits, dashes, colons and the space.
    const from = (timeline.start ?? '')
        .slice(0, 16)
        .replace('T', ' ')
        .replace(/[^\d: -]/g, '');
    return `  x-axis "${unit} since ${from} UTC" 0 --> ${end}`;
}
/**
 * Requests over time per node: a Mermaid chart (GitHub draws it) and the same figures as a table
 * for readers that do not. The chart holds only numbers and times this code wrote, never text
 * from the log: Mermaid has no escaping a hostile node name could not get around.
 */
function timelineSection(timeline, rowLimit) {
    const nodes = Object.keys(timeline.nodes);
    if (!timeline.start || nodes.length === 0)
        return '_No request had a time._';
    const x = labels(timeline);
    const unit = bucketWords(timeline.bucketMinutes);
    const series = nodes
        .slice(0, MAX_LINES)
        .map((n) => `  line [${(timeline.nodes[n] ?? []).join(', ')}]`);
    const palette = LINE_COLOURS.map(([hex]) => hex).join(', ');
    const chart = [
        '```mermaid',
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        'xychart-beta',
        `  title "Requests per ${unit} (UTC)"`,
        xAxis(timeline, x.length),
        '  y-axis "requests"',
        ...series,
        '```',
    ].join('\n');
    const headers = ['UTC', ...nodes.map((n) => figure(n ? logText(n) : 'all'))];
    const rows = x.map((label, i) => [
        label,
        ...nodes.map((n) => count(timeline.nodes[n]?.[i] ?? 0)),
    ]);
    const drawn = nodes.slice(0, MAX_LINES);
    const legend = nodes.length > 1
        ? `\n\nLines: ${drawn.map((n, i) => `${n ? logText(n) : 'all'} ${LINE_COLOURS[i]?.[1] ?? ''}`).join(', ')}${nodes.length > MAX_LINES ? ` (the first ${MAX_LINES} nodes; the table has them all)` : ''}.`
        : '';
    const unplaced = timeline.unplaced > 0 ? `\n\n${count(timeline.unplaced)} requests had no usable time.` : '';
    // The chart goes with its table: when tables are cut to nothing, the chart goes too.
    if (rowLimit === 0)
        return cutTable(headers, rows, 0);
    return `${chart}${legend}\n\n${cutTable(headers, rows, rowLimit)}${unplaced}`;
}

;// CONCATENATED MODULE: ./src/report/summary-md.ts






/** Rows of each table in the page's "Most requests"; the folded tables below hold the rest. */
const TOP_ROWS = 5;
const ms = (n) => `${n.toLocaleString('en-US', { maximumFractionDigits: 1 })} ms`;
/** A count table's rows, most requests first. */
function ranked(counts) {
    return Object.entries(counts).sort((a, b) => b[1] - a[1]);
}
function countsTable(title, key, counts, limit) {
    const rows = ranked(counts).map(([k, n]) => [logText(k), count(n)]);
    return `#### ${title}\n\n${cutTable([key, figure('requests')], rows, limit)}`;
}
/** The headline: the figures a reader wants first, and the verdicts of the gates. */
function headline(s, context) {
    const headings = [
        figure('requests'),
        figure('subjects'),
        figure('denied (403)'),
        figure('server errors (5xx)'),
    ];
    const cells = [
        `**${count(s.requests)}**`,
        count(s.whoDidWhatSubjects),
        count(s.deniedTotal),
        count(s.errors5xxTotal),
    ];
    if (context.insights) {
        headings.push('expectations', 'drift');
        cells.push(expectationsVerdict(context.insights.report), driftVerdict(context.insights.report));
    }
    const about = [
        s.first && s.last ? `From ${logText(s.first)} to ${logText(s.last)}` : 'No request had a time',
        ...(context.clusterName ? [`cluster ${code(context.clusterName)}`] : []),
        ...(context.policyOrigin ? [`policy: ${escapeMarkdown(context.policyOrigin)}`] : []),
        `${count(s.lines)} lines read, ${count(s.skipped)} of them not events`,
    ];
    const lines = [
        '## Kubernetes audit log',
        '',
        format_table(headings, [cells]),
        '',
        `${about.join(' · ')}. Subjects leave out Kubernetes' own components.`,
    ];
    if (context.artifactUrl && /^https:\/\/[^\s()<>]+$/.test(context.artifactUrl))
        lines.push('', `[Download the artifact](${context.artifactUrl}): every event in \`audit.jsonl\`, the raw files, summary.json.`);
    return lines.join('\n');
}
/** The first rows of by-verb, by-user, by-resource and by-code, side by side. */
function mostRequests(s, limit) {
    const lists = [s.byVerb, s.byUser, s.byResource, s.byCode].map((c) => ranked(c).slice(0, Math.min(TOP_ROWS, limit)));
    const depth = Math.max(...lists.map((l) => l.length));
    if (depth === 0)
        return '### Most requests\n\n_None._';
    const rows = Array.from({ length: depth }, (_, i) => lists.flatMap((list) => {
        const entry = list[i];
        return entry ? [logText(entry[0]), count(entry[1])] : ['', ''];
    }));
    const headings = ['verb', 'user', 'resource', 'code'].flatMap((key) => [key, figure('requests')]);
    return `### Most requests\n\n${format_table(headings, rows)}`;
}
const requestCells = (r) => [r.time, r.user, r.verb, r.resource, r.namespace, r.name].map(logText);
const REQUEST_HEADINGS = ['time', 'user', 'verb', 'resource', 'namespace', 'name'];
/** A folded section whose summary is a bold title. */
const summary_md_fold = (title, body) => details(`<strong>${title}</strong>`, body);
function deniedSection(s, limit) {
    return summary_md_fold(`Denied (403): ${count(s.deniedTotal)}`, cutTable([...REQUEST_HEADINGS, 'reason'], s.denied.map((r) => [...requestCells(r), logText(r.reason)]), limit, s.deniedTotal));
}
function serverErrorsSection(s, limit) {
    return summary_md_fold(`Server errors (5xx): ${count(s.errors5xxTotal)}`, cutTable([...REQUEST_HEADINGS, figure('code'), 'message'], s.errors5xx.map((r) => [...requestCells(r), count(r.code), logText(r.message)]), limit, s.errors5xxTotal));
}
function slowestSection(s, limit) {
    const slowest = s.slowest[0];
    return summary_md_fold(`Slowest requests${slowest ? `: ${ms(slowest.latencyMs)} the slowest` : ''}`, `${cutTable([...REQUEST_HEADINGS, figure('code'), figure('took')], s.slowest.map((r) => [
        ...requestCells(r),
        r.code || '—',
        `${ms(r.latencyMs)}${r.latencyFrom === 'annotation' ? ' ¹' : ''}`,
    ]), limit)}\n\nTime taken is \`stageTimestamp\` − \`requestReceivedTimestamp\`; ¹ marks kube-apiserver's own \`apiserver.latency.k8s.io/total\`, used where it wrote one. Long-running requests (watch, exec, attach, logs, port-forward, proxy) are left out.`);
}
function deprecatedSection(s, limit) {
    return summary_md_fold(`Deprecated APIs called: ${count(s.deprecatedTotal)}`, cutTable(['user', 'API', 'removed in', figure('requests')], s.deprecated.map((d) => [
        logText(d.user),
        logText(d.api),
        logText(d.removedRelease),
        count(d.count),
    ]), limit));
}
function whoDidWhat(s, limit) {
    const subjects = Object.entries(s.whoDidWhat);
    const parts = [];
    for (const [subject, activity] of subjects.slice(0, limit)) {
        const rows = activity.rows.map((r) => [
            logText(r.verb),
            logText(r.resource),
            logText(r.namespace),
            count(r.count),
        ]);
        const other = activity.otherRequests > 0
            ? `\n\n${count(activity.otherRequests)} more requests in rows not listed.`
            : '';
        parts.push(details(`<code>${html(subject)}</code>: ${count(activity.requests)} requests`, `${cutTable(['verb', 'resource', 'namespace', figure('requests')], rows, limit)}${other}`));
    }
    if (subjects.length > limit)
        parts.push(`_${count(subjects.length - limit)} more subjects not shown here; summary.json holds them._`);
    if (subjects.length === 0)
        parts.push('_None._');
    return summary_md_fold(`Who did what: ${count(s.whoDidWhatSubjects)} subjects besides Kubernetes' own components`, parts.join('\n\n'));
}
function allCounts(s, limit) {
    return summary_md_fold('All counts: by verb, resource, user, namespace, response code and user agent', [
        countsTable('By verb', 'verb', s.byVerb, limit),
        countsTable('By resource', 'resource', s.byResource, limit),
        countsTable('By user', 'user', s.byUser, limit),
        countsTable('By namespace', 'namespace', s.byNamespace, limit),
        countsTable('By response code', 'code', s.byCode, limit),
        countsTable('By user agent', 'user agent', s.byUserAgent, limit),
    ].join('\n\n'));
}
/**
 * summary.md, the page a reader sees first: a headline (requests, subjects, denied, 5xx, and the
 * verdicts of expectations and drift), the first rows of by-verb, by-user, by-resource and
 * by-code, the gates (unfolded when they failed), one per-node table, and then the long lists
 * folded in `<details>`. Within `budget` bytes (GitHub drops a larger step summary whole):
 * tables are cut in steps, each cut saying so. Every string from the log is inline code, text
 * columns are left-aligned and figures right-aligned, with thousands separators.
 */
function renderSummary(s, context = {}, budget = DEFAULT_BUDGET) {
    return fitToBudget((limit) => {
        const insights = context.insights;
        const sections = [
            headline(s, context),
            mostRequests(s, limit),
            ...(insights ? gateSections(insights.report, limit) : []),
            nodesSection(s, context.collection, limit),
        ];
        if (s.warnings.length > 0)
            sections.push(`### While reading\n\n${s.warnings.map((w) => `- ${escapeMarkdown(w)}`).join('\n')}`);
        sections.push(deniedSection(s, limit), serverErrorsSection(s, limit), slowestSection(s, limit), deprecatedSection(s, limit), summary_md_fold('Requests over time', timelineSection(s.timeline, limit)), whoDidWhat(s, limit), ...(insights ? rbacSections(insights, limit) : []), allCounts(s, limit));
        return `${sections.join('\n\n')}\n`;
    }, budget);
}

;// CONCATENATED MODULE: ./src/report/job-summary.ts


/**
 * The job summary: summary.md (with a link to the artifact once uploaded) followed by the
 * collection's part, what redaction did and where the files went. Post writes it, and
 * `npm run summary-picture` renders it for the README.
 */
function jobSummary(parts) {
    const { destination } = parts;
    return (renderSummary(parts.summary, {
        clusterName: parts.clusterName,
        policyOrigin: parts.policyOrigin,
        insights: parts.insights,
        collection: parts.collection,
        ...(destination.kind === 'artifact' && destination.url
            ? { artifactUrl: destination.url }
            : {}),
    }) + collectionMarkdown(parts.collection, destination, parts.redaction));
}

;// CONCATENATED MODULE: ./src/insight/fan-out.ts
/**
 * The handler of each merged line of the one pass (`passOverNodes`' `onEvent`): the event the
 * pass parsed goes to the summary, which counts each request once, at its last stage, and hands
 * that request to the insights: one place decides what a request is for both. An early stage
 * whose request's final stage follows is only counted, as that final stage tells the request.
 * The summary's `result()` hands on the requests still waiting: call it before the insights'
 * `finish()`.
 */
function fanOut(summary, insights) {
    summary.forEachRequest((request) => insights.addRequest(request));
    return (_line, node, request) => {
        if (!request)
            summary.addSettledStage();
        else
            summary.addRequest(request, node);
    };
}

;// CONCATENATED MODULE: ./src/logs/pass/min-heap.ts
/** A binary min-heap under a caller's order: the reorder window and the k-way merge share it. */
class MinHeap {
    less;
    items = [];
    /** `less(a, b)`: true when `a` must come out before `b`. */
    constructor(less) {
        this.less = less;
    }
    get size() {
        return this.items.length;
    }
    /** Every item, in no particular order. */
    values() {
        return this.items.values();
    }
    /** The least item, without taking it. */
    peek() {
        return this.items[0];
    }
    push(item) {
        const items = this.items;
        let i = items.length;
        items.push(item);
        while (i > 0) {
            const parent = (i - 1) >> 1;
            const above = items[parent];
            if (!this.less(item, above))
                break;
            items[i] = above;
            i = parent;
        }
        items[i] = item;
    }
    /** Takes the least item out. */
    pop() {
        const items = this.items;
        const top = items[0];
        const last = items.pop();
        if (items.length > 0 && last !== undefined)
            this.sinkFromTop(last);
        return top;
    }
    /** Pushes `item` and takes the least out, in one sift: the steady state of a full window. */
    pushPop(item) {
        const top = this.items[0];
        if (top === undefined || !this.less(top, item))
            return item;
        this.sinkFromTop(item);
        return top;
    }
    /** Replaces the least item by `item` (a source's next head after its last went out). */
    replaceTop(item) {
        if (this.items.length === 0)
            this.items.push(item);
        else
            this.sinkFromTop(item);
    }
    sinkFromTop(item) {
        const items = this.items;
        const n = items.length;
        let i = 0;
        for (;;) {
            let child = 2 * i + 1;
            if (child >= n)
                break;
            const right = child + 1;
            if (right < n && this.less(items[right], items[child]))
                child = right;
            const below = items[child];
            if (!this.less(below, item))
                break;
            items[i] = below;
            i = child;
        }
        items[i] = item;
    }
}

;// CONCATENATED MODULE: ./src/logs/lines/chunk-pins.ts
/**
 * The read buffers that held lines keep alive, bounded. A line the reorder window holds is a
 * view of the chunk it was read in, not a copy: copying every line cost a tenth of the pass, most
 * of it in garbage collection. A held view keeps its whole chunk alive, so the bytes of the chunks
 * pinned are counted; real logs pin about a window's worth. When a log holds back lines far from
 * where they were read (times out of order, on purpose or not), the pinned bytes grow: past
 * `limit` more than at the last compaction, the caller copies the held lines out of their chunks
 * ({@link ChunkPins.compact}), so memory stays at the held lines' own bytes plus `limit`, and
 * compacting costs O(window) per `limit` bytes read.
 */
class ChunkPins {
    limit;
    #counts = new Map();
    #pinned = 0;
    #compactAt;
    constructor(limit) {
        this.limit = limit;
        this.#compactAt = limit;
    }
    /** Bytes of the buffers held lines keep alive. */
    get pinned() {
        return this.#pinned;
    }
    /** A line is held now. */
    hold(line) {
        const chunk = line.buffer;
        const count = this.#counts.get(chunk);
        if (count === undefined) {
            this.#counts.set(chunk, 1);
            this.#pinned += chunk.byteLength;
        }
        else
            this.#counts.set(chunk, count + 1);
    }
    /** A line held is let go. */
    release(line) {
        const chunk = line.buffer;
        const count = this.#counts.get(chunk) ?? 0;
        if (count > 1)
            this.#counts.set(chunk, count - 1);
        else if (count === 1) {
            this.#counts.delete(chunk);
            this.#pinned -= chunk.byteLength;
        }
    }
    /** True when the held lines should be copied out of their chunks. */
    get due() {
        return this.#pinned > this.#compactAt;
    }
    /**
     * Copies each held line out of its chunk (`lines` gives and takes them back); the copies pin
     * only their own bytes.
     */
    compact(lines) {
        for (const holder of lines) {
            this.release(holder.line);
            holder.line = Buffer.from(holder.line);
            this.hold(holder.line);
        }
        this.#compactAt = this.#pinned + this.limit;
    }
}

// EXTERNAL MODULE: ./src/logs/events/event.ts
var events_event = __webpack_require__(8313);
// EXTERNAL MODULE: ./src/logs/events/time-order.ts
var time_order = __webpack_require__(3733);
;// CONCATENATED MODULE: ./src/logs/pass/reorder-window.ts




/** Ordered by (time, auditID, stage rank): docs/definitions.md, "A request". */
function earlierKey(a, b) {
    if (a.time !== b.time)
        return a.time < b.time;
    if (a.auditID !== b.auditID)
        return a.auditID < b.auditID;
    return a.rank < b.rank;
}
function before(a, b) {
    if (a.time !== b.time)
        return a.time < b.time;
    if (a.auditID !== b.auditID)
        return a.auditID < b.auditID;
    if (a.rank !== b.rank)
        return a.rank < b.rank;
    return a.source !== b.source ? a.source < b.source : a.seq < b.seq;
}
/** Bytes of read buffers the held lines of one source may keep alive beyond their own. */
const PIN_LIMIT = 64 * 1024 * 1024;
/**
 * One source's events, put in order through a reorder buffer of `window` events, handed on in
 * batches (one per batch read): the merge then awaits once per batch, not once per event.
 *
 * An unchecked early stage (keyed unparsed) is marked `settled` when its request's final stage is
 * read, parsed, while it is still held: the request is then told by that final stage, and the early
 * line needs no parse (docs/definitions.md: a request counts once, at its last stage). Real logs
 * write the final stage within a few events of the early one; a request still open when its early
 * stage leaves the window is left unsettled, and the line is parsed before it is written.
 */
async function* reordered(batches, source, window, stats) {
    const held = new MinHeap(before);
    /** The unchecked early stages held, by auditID (the latest, when a request has two). */
    const early = new Map();
    const pins = new ChunkPins(PIN_LIMIT);
    const leaving = (entry) => {
        if (entry.unchecked && early.get(entry.auditID) === entry)
            early.delete(entry.auditID);
        pins.release(entry.line);
        return entry;
    };
    let seq = 0;
    for await (const batch of batches) {
        const out = [];
        for (const { line, key, request, unchecked = false, counts } of batch) {
            stats.lines++;
            if (!key) {
                stats.skipped++;
                continue;
            }
            stats.events++;
            const entry = {
                time: (0,time_order/* timeOrderValue */.zj)(key.time),
                auditID: key.auditID,
                rank: (0,events_event/* stageRank */.lJ)(key.stage),
                source,
                seq: seq++,
                // A view of the reader's chunk, not a copy: src/logs/lines/chunk-pins.ts bounds what that keeps alive.
                line,
                request,
                unchecked,
                settled: false,
                counts,
            };
            if (unchecked)
                early.set(entry.auditID, entry);
            else if (request && (0,events_event/* isFinalStage */.BL)(key.stage)) {
                const waiting = early.get(entry.auditID);
                if (waiting) {
                    waiting.settled = true;
                    early.delete(entry.auditID);
                }
            }
            pins.hold(line);
            if (held.size < window)
                held.push(entry);
            else
                out.push(leaving(held.pushPop(entry)));
            if (pins.due)
                pins.compact(held.values());
        }
        if (out.length > 0)
            yield out;
    }
    const rest = [];
    for (let entry = held.pop(); entry; entry = held.pop())
        rest.push(leaving(entry));
    if (rest.length > 0)
        yield rest;
}

;// CONCATENATED MODULE: ./src/logs/pass/merge.ts


/**
 * How many events each source holds back to put them in time order. kube-apiserver writes events in
 * completion order, not by `stageTimestamp` (a stage's event is written when the stage ends,
 * k8s.io/apiserver `pkg/endpoints/filters/audit.go`): a long request's event is written after those
 * of requests that started later. An event written up to this many events after one it precedes in
 * time still comes out in its place. Memory: this many events per source (10,000 events of ~1.5 KB
 * are ~15 MB), and the read buffers their lines are views of, bounded by src/logs/lines/chunk-pins.ts.
 */
const DEFAULT_WINDOW = 10_000;
/** The source's next event, awaiting its next batch only when the one in hand is used up. */
async function advance(cursor) {
    while (cursor.next >= cursor.batch.length) {
        const read = await cursor.stream.next();
        if (read.done)
            return undefined;
        cursor.batch = read.value;
        cursor.next = 0;
    }
    return cursor.batch[cursor.next++];
}
/** Awaits `advance` only when it has to: most events come from the batch in hand. */
function advanceNow(cursor) {
    return cursor.next < cursor.batch.length ? cursor.batch[cursor.next++] : advance(cursor);
}
/** The k-way merge, handed on in batches of at most {@link OUT_BATCH} events. */
async function* merged(sources, window, stats) {
    const cursors = sources.map((lines, i) => ({
        stream: reordered(lines, i, window, stats),
        batch: [],
        next: 0,
    }));
    try {
        const heads = new MinHeap(before);
        for (const cursor of cursors) {
            const first = await advance(cursor);
            if (first)
                heads.push(first);
        }
        let latest;
        let out = [];
        for (let head = heads.peek(); head; head = heads.peek()) {
            if (latest && earlierKey(head, latest))
                stats.outOfOrder++;
            else
                latest = head;
            out.push(head);
            if (out.length >= OUT_BATCH) {
                yield out;
                out = [];
            }
            const pending = advanceNow(cursors[head.source]);
            const next = pending instanceof Promise ? await pending : pending;
            if (next)
                heads.replaceTop(next);
            else
                heads.pop();
        }
        if (out.length > 0)
            yield out;
    }
    finally {
        await Promise.all(cursors.map((cursor) => cursor.stream.return(undefined)));
    }
}
/** Events handed on at a time: enough to make the await per batch cheap, few enough to stream. */
const OUT_BATCH = 1024;
function checkedWindow(options) {
    const window = options.window ?? DEFAULT_WINDOW;
    if (!Number.isInteger(window) || window < 0)
        throw new RangeError(`the reorder window must be a whole number of events, not ${window}`);
    return window;
}
/**
 * Every source's events in one stream ordered by (time, auditID, stage rank), each line's bytes
 * unchanged: a streaming k-way merge over per-source reorder buffers of `window` events
 * ({@link DEFAULT_WINDOW}), so memory stays at about window × sources events. Sources key their
 * lines as they read them and hand them on in batches (one await per batch, not per line); lines
 * keyed as no event are skipped and counted in `stats`. The merged events come in batches too,
 * and each says which source it came from.
 */
function mergeKeyedByTime(sources, options = {}) {
    const window = checkedWindow(options);
    const stats = { lines: 0, events: 0, skipped: 0, outOfOrder: 0 };
    return { stats, [Symbol.asyncIterator]: () => merged(sources, window, stats) };
}

;// CONCATENATED MODULE: ./src/logs/lines/sink.ts

/** Writes are gathered to this size: one system call per ~1 MiB, not one per event. */
const BATCH_BYTES = 1024 * 1024;
const NEWLINE = Buffer.from('\n');
/** Writes all of `data`: a write may take less than it was given. */
async function writeAll(out, data) {
    for (let done = 0; done < data.length;) {
        done += (await out.write(data, done, data.length - done)).bytesWritten;
    }
}
/** Writes all of `pieces`, in order, from where they lie: nothing is joined first. */
async function writevAll(out, pieces) {
    let rest = pieces;
    while (rest.length > 0) {
        // libuv writes them all, however many (uv__fs_write_all in its src/unix/fs.c); were a write
        // ever to stop short, it goes on from there.
        let written = (await out.writev(rest)).bytesWritten;
        let next = 0;
        while (next < rest.length && written >= rest[next].length)
            written -= rest[next++].length;
        rest = rest.slice(next);
        if (written > 0)
            rest[0] = rest[0].subarray(written);
    }
}
/**
 * Creates (or empties) `file` for writing, as a {@link ByteSink}: never through a link, and only
 * a regular file ({@link openForWriting}).
 */
async function openFileSink(file) {
    const out = await openForWriting(file);
    return {
        write: (data) => writeAll(out, data),
        writev: (pieces) => writevAll(out, pieces),
        close: () => out.close(),
    };
}
/**
 * A JSON lines file written a line at a time, in batches; never written through a link. One batch
 * is written while the next fills: the caller waits only when a batch is due before the last one
 * is on disk, so reading and writing overlap.
 *
 * A file's batch is written from where its lines lie (`writev`), not joined into one new buffer
 * first: on 1 GB of the bench's default log, writing through this class took 0.37–0.41 user CPU s
 * that way against 0.58–0.72 s joined (docs/performance.md, sixth round). So a line handed to
 * {@link write} must not change until {@link close}: the pass's lines are views of buffers nothing
 * writes to again, or copies.
 */
class LinesFile {
    out;
    #batch = [];
    #size = 0;
    /** The batch being written; rejected if that write failed. */
    #writing;
    constructor(out) {
        this.out = out;
    }
    /** Creates (or empties) `file` for writing. */
    static async open(file) {
        return new LinesFile(await openFileSink(file));
    }
    /** Lines written to `sink` (standard output, for `merge --out -`). */
    static over(sink) {
        return new LinesFile(sink);
    }
    /** Adds one line (without its newline); returns a promise only when the caller must wait. */
    write(line) {
        this.#batch.push(line, NEWLINE);
        this.#size += line.length + 1;
        return this.#size >= BATCH_BYTES ? this.#flush() : undefined;
    }
    /** Writes what is left and closes the file; the file is closed even when the write fails. */
    async close() {
        try {
            await this.#flush();
            await this.#writing;
        }
        finally {
            await this.out.close();
        }
    }
    /** Starts writing the batch once the one before it is written; resolves when that one is. */
    async #flush() {
        if (this.#size === 0)
            return;
        const batch = this.#batch;
        const size = this.#size;
        this.#batch = [];
        this.#size = 0;
        const before = this.#writing;
        const writing = (async () => {
            await before;
            if (this.out.writev)
                await this.out.writev(batch);
            else
                await this.out.write(Buffer.concat(batch, size));
        })();
        // Its failure is taken up by whoever awaits it next (this flush's successor, or close).
        writing.catch(() => undefined);
        this.#writing = writing;
        await before;
    }
}

// EXTERNAL MODULE: ./src/logs/events/stage-peek.ts
var stage_peek = __webpack_require__(2827);
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
        request: (0,request/* requestOf */.fo)(event),
    };
}
/** The event a line holds; `undefined` for a line that is no event. */
function eventOf(line) {
    const parsed = (0,events_parse/* parseLine */.A)(line);
    return parsed.kind === 'event' ? parsed.event : undefined;
}
/** The request a line's event tells; `undefined` for a line that is no event. */
function requestOfLine(line) {
    const event = eventOf(line);
    return event ? (0,request/* requestOf */.fo)(event) : undefined;
}
/**
 * The event of a value the caller parsed from a line and hands over (redaction's parse, see
 * `RedactedLine.parsed`): what {@link eventOf} of that line gives, without a second parse.
 */
function eventOfParsed(value) {
    return (0,request/* isEvent */.xH)(value) ? value : undefined;
}
/**
 * A line keyed for the merge as cheaply as it can be: an early stage in kube-apiserver's layout
 * by its front and tail alone (src/logs/events/stage-peek.ts), unparsed and marked `unchecked`; any other line by
 * {@link keyedEvent}. About half the lines of a log are early stages, and their requests' final
 * stages say all the summary and the insights need. `parsed`: the object the line holds, when
 * redaction already parsed it (a line with a word such as "secrets" in it): not parsed again.
 */
function keyedLine(line, parsed) {
    const key = (0,stage_peek/* peekEarlyStage */.F)(line);
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
        this.#early = (0,stage_peek/* peekEarlyStage */.F)(line);
        return this.#early === undefined;
    };
    /** {@link keyedLine} of a line the redactor hands on. */
    keyed(line, parsed) {
        const early = line === this.#line ? this.#early : (0,stage_peek/* peekEarlyStage */.F)(line);
        this.#line = undefined;
        return early ? { line, key: early, unchecked: true } : keyedEvent(line, parsed);
    }
}

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
function key_codec_encodeKeys(keys) {
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
function decodeKeys(encoded) {
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

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/logs/lines/node-cap.ts
/** Default for how much is read from one node: a hostile cluster cannot fill the runner's disk. */
const NODE_READ_CAP = 4 * 1024 ** 3;

;// CONCATENATED MODULE: ./src/logs/pass/count.ts

/** Counts of a file not read yet: the one pass over the events fills them in. */
function notCounted() {
    return { events: 0, requests: 0, unreadable: 0 };
}
/** Counts a line handed on: an event (by its key), a request at its final stage, or neither. */
function tally(counts, { key }) {
    if (!key)
        counts.unreadable++;
    else {
        counts.events++;
        if ((0,events_event/* isFinalStage */.BL)(key.stage))
            counts.requests++;
    }
}

;// CONCATENATED MODULE: ./src/files/copy-open.ts


/** A new file: never opened through something already at its name. */
const CREATE_FLAGS = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW;
/**
 * Copies at most `limit` bytes from the start of `source` (an open regular file) to a new file
 * `target` of `mode`: in the kernel when it can ({@link copyInKernel}), else through a buffer.
 * Returns the bytes copied: fewer than `limit` when the file is shorter.
 */
async function copyOpenFile(source, target, limit, mode) {
    const copied = await copyInKernel(source, target, limit, mode);
    return copied ?? (await copyThroughBuffer(source, target, limit, mode));
}
/**
 * `fs.copyFile` (copy_file_range, or a reflink) of the file `source` holds open, by its
 * `/proc/self/fd` entry: that names the very file opened (without following links), never
 * whatever the cluster may have put at its name since. Linux only; `undefined` where that entry
 * cannot be copied (then nothing is left at `target`). The new file is made with O_EXCL, so not
 * through anything already there; a file that grew past `limit` while it was copied is cut back
 * to `limit`, as the buffered copy would have stopped there.
 */
async function copyInKernel(source, target, limit, mode) {
    if (process.platform !== 'linux')
        return undefined;
    let made = false;
    try {
        if ((await source.stat()).size > limit)
            return undefined;
        // Set first: a copy that fails half-way may leave its part.
        made = true;
        await (0,promises_.copyFile)(`/proc/self/fd/${source.fd}`, target, external_node_fs_.constants.COPYFILE_EXCL);
        const out = await (0,promises_.open)(target, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_NOFOLLOW);
        try {
            // copyFile gives the copy the source's mode.
            await out.chmod(mode);
            const size = (await out.stat()).size;
            if (size <= limit)
                return size;
            await out.truncate(limit);
            return limit;
        }
        finally {
            await out.close();
        }
    }
    catch {
        if (made)
            await (0,promises_.rm)(target, { force: true });
        return undefined;
    }
}
/** The copy through a buffer, read at offsets of `source`. */
async function copyThroughBuffer(source, target, limit, mode) {
    const out = await (0,promises_.open)(target, CREATE_FLAGS, mode);
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    let copied = 0;
    try {
        while (copied < limit) {
            const want = Math.min(buffer.length, limit - copied);
            const { bytesRead } = await source.read(buffer, 0, want, copied);
            if (bytesRead === 0)
                break;
            await out.write(buffer, 0, bytesRead);
            copied += bytesRead;
        }
    }
    finally {
        await out.close();
    }
    return copied;
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/logs/lines/raw-copy.ts






/** What a copy may buffer before the reader waits: a few of the reader's 1 MiB chunks. */
const SINK_BUFFER_BYTES = 4 * 1024 * 1024;
/**
 * A file of the artifact written as its bytes come, `.gz` compressed when its name says so. The
 * compression runs on libuv's thread pool, so it uses the second core while the main thread
 * reads and redacts. The file is replaced, never written through a link.
 */
class RawCopy {
    head;
    done;
    constructor(head, done) {
        this.head = head;
        this.done = done;
        // The failure surfaces in write() or close(); this only keeps it from being unhandled.
        done.catch(() => { });
    }
    /** Opens `file` for writing, gzip-compressed (zlib's default level) when `gzip`. */
    static async open(file, gzip) {
        const handle = await openForWriting(file);
        // The stream closes the handle itself once written: `done` waits for that close. It buffers
        // a few read chunks, so the next is read and redacted while the last is written.
        const sink = handle.createWriteStream({ highWaterMark: SINK_BUFFER_BYTES });
        if (!gzip)
            return new RawCopy(sink, (0,external_node_stream_promises_.finished)(sink));
        const compress = (0,external_node_zlib_.createGzip)();
        return new RawCopy(compress, (0,external_node_stream_promises_.pipeline)(compress, sink));
    }
    /**
     * Opens `file`, which this pass just made (a front copied in the kernel, see
     * src/logs/pass/file-in-parts.ts), to write on at its end: not through a link, nor made anew.
     */
    static async appendTo(file) {
        const handle = await (0,promises_.open)(file, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_APPEND | external_node_fs_.constants.O_NOFOLLOW);
        const sink = handle.createWriteStream({ highWaterMark: SINK_BUFFER_BYTES });
        return new RawCopy(sink, (0,external_node_stream_promises_.finished)(sink));
    }
    /** Writes the parts in order, waiting when the file falls behind (memory stays bounded). */
    async write(parts) {
        let full = false;
        for (const part of parts)
            if (!this.head.write(part))
                full = true;
        if (full)
            await Promise.race([(0,external_node_events_.once)(this.head, 'drain'), this.done]);
    }
    /** Ends the file and waits until it is on disk. */
    async close() {
        this.head.end();
        await this.done;
    }
    /** Gives up on the file (the pass failed): closes it without waiting. */
    abort() {
        this.head.destroy();
    }
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
const BACKSLASH = 0x5c;
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
STRING_STOP[BACKSLASH] = 1;
/** Per escaped byte after `\`: 1 for the one-letter escapes JSON allows, 2 for `u`. */
const json_check_ESCAPES = new Uint8Array(256);
for (const c of '"\\/bfnrt')
    json_check_ESCAPES[c.charCodeAt(0)] = 1;
json_check_ESCAPES[0x75] = 2;
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
    const kind = at + 1 < end ? json_check_ESCAPES[buf[at + 1]] : 0;
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
        if (c !== BACKSLASH)
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
        while (buf[quote - 1 - run] === BACKSLASH)
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
        if (c > BACKSLASH) {
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
        if (c === BACKSLASH) {
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

// EXTERNAL MODULE: ./src/logs/redact/marker.ts
var marker = __webpack_require__(4323);
// EXTERNAL MODULE: ./src/logs/redact/rules.ts + 1 modules
var redact_rules = __webpack_require__(6650);
// EXTERNAL MODULE: ./src/logs/redact/settings.ts + 6 modules
var settings = __webpack_require__(1543);
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
    constructor(buf, scan = scan_LineScan.of(settings/* BUILT_IN_RULES */.Jb)) {
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
        redacted: marker/* REDACTED */.XF,
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
function redactParsed(line, rules = settings/* BUILT_IN_RULES */.Jb) {
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
    const locations = (0,redact_rules/* redactEvent */.gx)(event, rules);
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
const stream_NEWLINE = Buffer.from('\n');
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
    constructor(maxLineBytes = stream_MAX_LINE_BYTES, onLine, rules = settings/* BUILT_IN_RULES */.Jb, parses) {
        this.maxLineBytes = maxLineBytes;
        this.onLine = onLine;
        this.rules = rules;
        this.parses = parses;
        this.#splitter = new lines_splitter/* LineSplitter */.g3(this, maxLineBytes);
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
            this.#out.push(stream_NEWLINE);
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
            this.#out.push(stream_NEWLINE);
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
            this.#out.push(stream_NEWLINE);
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

;// CONCATENATED MODULE: ./src/logs/pass/part-cutter.ts
/**
 * Cuts a file into parts of whole lines for the pass threads: each part a fresh buffer of
 * `partBytes` (its lines live on as views in the merge's window, so a buffer is not used again),
 * cut after the last newline it holds, the rest carried to the next. A line longer than a part
 * gets a buffer of its own, grown as needed up to `maxLine` bytes; a longer one is counted as it
 * streams past and given as `oversized`, so memory stays bounded whatever the file holds. This is
 * where line splitting by one reader (src/logs/lines/splitter.ts) and by parts agree: the same
 * lines, the same limit.
 */
class PartCutter {
    handle;
    partBytes;
    maxLine;
    /** Bytes read but not handed on yet: the start of the next part's first line. */
    #carry = Buffer.alloc(0);
    #ended = false;
    constructor(handle, partBytes, maxLine) {
        this.handle = handle;
        this.partBytes = partBytes;
        this.maxLine = maxLine;
    }
    /** The next piece, or `undefined` at the file's end. */
    async next() {
        if (this.#ended && this.#carry.length === 0)
            return undefined;
        let buf = Buffer.from(new ArrayBuffer(Math.max(this.partBytes, this.#carry.length)));
        let used = this.#carry.copy(buf);
        for (;;) {
            while (!this.#ended && used < buf.length) {
                const { bytesRead } = await this.handle.read(buf, used, buf.length - used, null);
                if (bytesRead === 0)
                    this.#ended = true;
                else
                    used += bytesRead;
            }
            const cut = used > 0 ? buf.lastIndexOf(10, used - 1) + 1 : 0;
            if (cut > 0)
                return this.#cut(buf, cut, used);
            if (this.#ended) {
                // The file's last line, without a newline.
                this.#carry = Buffer.alloc(0);
                if (used === 0)
                    return undefined;
                if (used > this.maxLine)
                    return { kind: 'oversized', bytes: used, newline: false };
                return { kind: 'lines', bytes: own(buf, used) };
            }
            // A full buffer without a newline: one line longer than a part.
            if (used > this.maxLine)
                return this.#streamPast(used);
            const bigger = Buffer.from(new ArrayBuffer(Math.min(2 * buf.length, this.maxLine + 1)));
            buf.copy(bigger, 0, 0, used);
            buf = bigger;
        }
    }
    /** Hands on `buf[0, cut)`, carrying `buf[cut, used)` to the next part. */
    #cut(buf, cut, used) {
        this.#carry = Buffer.from(buf.subarray(cut, used));
        return { kind: 'lines', bytes: own(buf, cut) };
    }
    /** Reads past the rest of a line over the limit, of which `seen` bytes are read. */
    async #streamPast(seen) {
        const scratch = Buffer.allocUnsafe(this.partBytes);
        let bytes = seen;
        for (;;) {
            const { bytesRead } = await this.handle.read(scratch, 0, scratch.length, null);
            if (bytesRead === 0) {
                this.#ended = true;
                this.#carry = Buffer.alloc(0);
                return { kind: 'oversized', bytes, newline: false };
            }
            const newline = scratch.subarray(0, bytesRead).indexOf(10);
            if (newline === -1) {
                bytes += bytesRead;
                continue;
            }
            this.#carry = Buffer.from(scratch.subarray(newline + 1, bytesRead));
            return { kind: 'oversized', bytes: bytes + newline, newline: true };
        }
    }
}
/** `buf[0, length)` as a buffer that is the whole of its own memory (copied only when shorter). */
function own(buf, length) {
    if (length === buf.length)
        return buf;
    // A part is moved to a thread with all its memory: the unused tail is cut off by a copy only
    // when it is large (the file's last part); a small tail is sent along and ignored.
    if (buf.length - length <= buf.length / 4)
        return buf.subarray(0, length);
    const copy = Buffer.from(new ArrayBuffer(length));
    buf.copy(copy, 0, 0, length);
    return copy;
}

;// CONCATENATED MODULE: ./src/logs/pass/file-in-parts.ts









/** Bytes per part: the size the one-thread reader reads at a time. */
const PART_BYTES = 1024 * 1024;
/**
 * Parts of a file cut and handed to the keyer before the first of them is taken back: enough
 * that both threads stay busy while this one merges and writes, few enough that memory stays
 * flat (each part is a buffer of {@link PART_BYTES}).
 */
const PARTS_AHEAD = 4;
const file_in_parts_NEWLINE = Buffer.from('\n');
/**
 * Reads a plain (not `.gz`) file as the one-thread reader does (node-pass.ts), the same lines, the
 * same keys, counts, redaction and raw copy, but with the work on each line done by `keyer`: the
 * file is cut into parts of whole lines (part-cutter.ts) handed to the pass threads, and their
 * answers taken back in the file's order, each part's lines handed on as one batch. This thread
 * only reads, writes and hands on. A raw copy is the redacted bytes as the threads return them; an
 * unredacted raw copy (the bytes as read, whatever they hold) is the one-thread reader's, so this
 * one takes no `rawDir` without redaction.
 */
async function* readFileInParts(file, keyer, options, result) {
    if (options.rawDir && !options.redact)
        throw new Error('an unredacted raw copy is made by the one-thread reader');
    const counts = { events: 0, requests: 0, unreadable: 0 };
    result.counts.set(file, counts);
    let stats = options.redact ? emptyStats() : undefined;
    const handle = await openRegularHandle(file);
    const copy = options.rawDir
        ? new DeferredRawCopy(handle, external_node_path_default().join(options.rawDir, external_node_path_default().basename(file)), options.moveUnchanged ? file : undefined)
        : undefined;
    if (copy)
        result.rawFiles.push(copy.target);
    /** The parts handed out, in the file's order. */
    const ahead = [];
    try {
        const cutter = new PartCutter(handle, PART_BYTES, stream_MAX_LINE_BYTES);
        let cutAll = false;
        for (;;) {
            while (!cutAll && ahead.length < PARTS_AHEAD) {
                const piece = await cutter.next();
                if (!piece)
                    cutAll = true;
                else {
                    const keyed = piece.kind === 'lines' ? keyer.key(piece.bytes) : Promise.resolve(piece);
                    // Awaited in turn below; a failure meanwhile must not count as unhandled.
                    keyed.catch(() => { });
                    ahead.push(keyed);
                }
            }
            const next = ahead.shift();
            if (!next)
                break;
            const done = await next;
            const batch = [];
            const handOn = (keyed) => {
                tally(counts, keyed);
                if (keyed.unchecked)
                    keyed.counts = counts;
                batch.push(keyed);
            };
            let written;
            let unchanged = false;
            if ('part' in done) {
                const bytes = done.written ?? done.part;
                if (!bytes)
                    throw new Error('a part came back without its lines');
                const { at, keys } = done;
                for (let i = 0; i < keys.length; i++) {
                    const { key, request, unchecked } = keys[i];
                    const line = bytes.subarray(at[2 * i], at[2 * i + 1]);
                    handOn(unchecked ? { line, key, unchecked } : { line, key, request });
                }
                if (stats && done.redaction)
                    stats = addStats(stats, done.redaction);
                written = [bytes];
                unchanged = done.written === undefined;
            }
            else if (done.kind === 'oversized') {
                written = oversized(done, stats, handOn, (message) => options.onProblem?.(file, message));
            }
            else
                throw new Error('a part was not keyed');
            if (copy)
                await copy.write(written, unchanged);
            if (batch.length > 0)
                yield batch;
        }
        await copy?.close();
    }
    finally {
        copy?.abort();
        await handle.close();
        if (stats)
            result.redaction = addStats(result.redaction ?? emptyStats(), stats);
    }
}
/**
 * A line longer than {@link MAX_LINE_BYTES}, as the one-thread reader hands it on: redacted, it is
 * replaced unread by a marker (src/logs/redact/stream.ts); unredacted, it is said and left out of
 * the merge. Returns what the raw copy gets.
 */
function oversized(piece, stats, handOn, report) {
    if (!stats) {
        report(`a line longer than ${stream_MAX_LINE_BYTES} bytes was left out of the merge`);
        handOn({ line: Buffer.alloc(0), key: undefined });
        return [];
    }
    const marker = unparseableMarker(piece.bytes, `it is longer than ${stream_MAX_LINE_BYTES} bytes`);
    stats.lines++;
    stats.changed++;
    stats.unparseable++;
    handOn(keyedLine(marker));
    return piece.newline ? [marker, file_in_parts_NEWLINE] : [marker];
}
/**
 * The raw copy of a file read in parts, written only from the first part redaction changed: until
 * then it is the file's own bytes, and most logs (a Metadata policy's) have nothing to redact. So
 * the front the parts left unchanged is copied from the file in the kernel (copy_file_range, see
 * src/files/copy-open.ts) when a part changes or the file ends, instead of being written again
 * from the parts: on a 1 GB log that is 0.35 CPU s against 0.66 through a buffer, and a gigabyte
 * less written through the page cache while the pass runs (measured, docs/performance.md). The
 * copy is of the file open for the read, by its descriptor, and no longer than what was read: the
 * file must not change while it is read, as post's collected copies (its own) do not; a file found
 * shorter than what was read fails the pass.
 *
 * A file that is the pass's own to move (`movable`: post's collected copy, deleted after the pass)
 * and that redaction left wholly unchanged is not copied at all: it is renamed into the artifact,
 * so a Metadata policy's log is written once on the runner, not twice (on ext4 copy_file_range
 * still copies every byte into new page cache; the rename moves none). Where the rename cannot be
 * made (another file system, the name no longer the file read), the kernel copy stands in.
 */
class DeferredRawCopy {
    source;
    target;
    movable;
    /** The file's first bytes, read and unchanged, not yet in the copy. */
    #front = 0;
    #copy;
    #done = false;
    constructor(source, target, 
    /** The source's path, when the source may be moved to `target`. */
    movable) {
        this.source = source;
        this.target = target;
        this.movable = movable;
    }
    /** The next bytes of the copy, in order; `unchanged`: they are the file's own, as read. */
    async write(pieces, unchanged) {
        if (unchanged && !this.#copy) {
            for (const piece of pieces)
                this.#front += piece.length;
            return;
        }
        this.#copy ??= await this.#started();
        await this.#copy.write(pieces);
    }
    async close() {
        if (!this.#copy && this.movable !== undefined && (await this.#moved(this.movable))) {
            this.#done = true;
            return;
        }
        this.#copy ??= await this.#started();
        this.#done = true;
        await this.#copy.close();
    }
    /**
     * Renames `from`, the file read and wholly unchanged, to the target; false (nothing moved) when
     * the name no longer holds the very file read, all of it, or the rename fails (EXDEV).
     */
    async #moved(from) {
        await this.#clearTarget();
        const [read, named] = await Promise.all([this.source.stat(), (0,promises_.lstat)(from)]);
        if (read.ino !== named.ino || read.dev !== named.dev || read.size !== this.#front)
            return false;
        try {
            // By the descriptor, so the very file read: a collected copy is the runner's alone (0600,
            // in a folder only the runner may enter), a raw copy of the artifact is readable as the
            // others are. Set first, so a file is never moved without its mode.
            await this.source.chmod(0o644);
            await (0,promises_.rename)(from, this.target);
        }
        catch {
            return false;
        }
        return true;
    }
    /**
     * Refused as any file of the artifact is when a link or not a file (safe-fs.ts); a file of an
     * earlier run is removed, so the copy's file is never an old one.
     */
    async #clearTarget() {
        await (await openForWriting(this.target)).close();
        await (0,promises_.rm)(this.target);
    }
    /** Gives up on the copy (the pass failed); a front copied stays, as a part written would. */
    abort() {
        if (!this.#done)
            this.#copy?.abort();
    }
    /** The copy made with the front copied, open to write on. */
    async #started() {
        await this.#clearTarget();
        const copied = await copyOpenFile(this.source, this.target, this.#front, 0o644);
        if (copied !== this.#front)
            throw new Error(`${this.target}: its source holds ${copied} of the ${this.#front} bytes read: it changed while it was read`);
        return RawCopy.appendTo(this.target);
    }
}

;// CONCATENATED MODULE: ./src/logs/pass/node-pass.ts












/** Read in large chunks: runs of clean lines pass on as one slice, and fewer awaits per byte. */
const node_pass_CHUNK_BYTES = 1024 * 1024;
/**
 * Default for how many bytes a node's `.gz` files may decompress to, all together: a hostile
 * cluster's tiny file that inflates a thousandfold (a gzip bomb) must not keep post from uploading.
 * Four times the bytes collected from a node: kube-apiserver's rotation keeps at most
 * `--audit-log-maxbackup` files of `--audit-log-maxsize` (from 1.36 by default 100 files of 100 MB;
 * before, 100 MB files without a limit on their number: k8s.io/apiserver
 * pkg/server/options/audit.go, `kube-apiserver --help`).
 */
const INFLATE_CAP = 4 * NODE_READ_CAP;
/** zlib's errors for input that ends early or is corrupt: the file was cut, not unreadable. */
function isDamagedGzip(error) {
    const code = error.code;
    return code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR';
}
/**
 * Reads a node's files once, in the order given (write order: rotated oldest first), `.gz`
 * decompressed: each line is split once, redacted (when on; a line with nothing to redact stays
 * the same bytes), written to the node's raw copy (when `rawDir` is given; `.gz` in gives `.gz`
 * out), counted, and handed on keyed for the merge, a chunk's lines at a time. With redaction off
 * the raw copy is the bytes as read, compressed ones included: exact whatever the file holds.
 * Memory stays bounded: one chunk, and one line of at most {@link MAX_LINE_BYTES}.
 */
function readNode(files, options) {
    const result = {
        counts: new Map(),
        rawFiles: [],
        redaction: undefined,
    };
    const cap = options.maxInflated ?? INFLATE_CAP;
    const budget = { cap, left: cap };
    async function* batches() {
        for (const file of files) {
            const { keyer } = options;
            if (keyer && !file.endsWith('.gz') && (options.redact || options.rawDir === undefined))
                yield* readFileInParts(file, keyer, options, result);
            else
                yield* readFile(file, options, result, budget);
        }
    }
    return { batches: batches(), result };
}
async function* readFile(file, options, result, budget) {
    const report = (message) => options.onProblem?.(file, message);
    const counts = { events: 0, requests: 0, unreadable: 0 };
    result.counts.set(file, counts);
    const gzip = file.endsWith('.gz');
    const raw = await openRegular(file, node_pass_CHUNK_BYTES);
    let copy;
    let batch = [];
    const handOn = (keyed) => {
        tally(counts, keyed);
        if (keyed.unchecked)
            keyed.counts = counts;
        batch.push(keyed);
    };
    let redactor;
    let splitter;
    if (options.redact) {
        // Keyed as written: a line replaced by a marker is no event any more.
        const keyer = new RedactedLineKeyer();
        redactor = new StreamRedactor(stream_MAX_LINE_BYTES, (written, _read, parsed) => handOn(keyer.keyed(written, parsed)), options.rules, keyer.parses);
    }
    else {
        const sink = {
            line: (buf, start, end) => {
                if (end > start) {
                    const line = buf.subarray(start, end);
                    handOn(keyedLine(line));
                }
            },
            oversized: (head) => {
                report(`a line longer than ${stream_MAX_LINE_BYTES} bytes was left out of the merge`);
                handOn({ line: head, key: undefined });
            },
        };
        splitter = new lines_splitter/* LineSplitter */.g3(sink, stream_MAX_LINE_BYTES);
    }
    const take = () => {
        const taken = batch;
        batch = [];
        return taken;
    };
    try {
        if (options.rawDir) {
            const target = external_node_path_default().join(options.rawDir, external_node_path_default().basename(file));
            copy = await RawCopy.open(target, gzip && options.redact);
            result.rawFiles.push(target);
        }
        let input = raw;
        // With redaction off the copy takes the bytes as read, before any decompression.
        if (copy && !redactor)
            input = pipeOn(input, teeTo(copy));
        if (gzip)
            input = pipeOn(input, (0,external_node_zlib_.createGunzip)({ chunkSize: node_pass_CHUNK_BYTES }));
        /** Why the read stopped before the file's end; undefined when it did not. */
        let cutShort;
        try {
            for await (const read of input) {
                // Decompressed bytes count against the node's cap: what is past it is not read.
                const allowed = gzip ? Math.min(read.length, budget.left) : read.length;
                if (gzip)
                    budget.left -= allowed;
                const chunk = allowed < read.length ? read.subarray(0, allowed) : read;
                if (redactor) {
                    const written = redactor.push(chunk);
                    if (copy)
                        await copy.write(written);
                }
                else
                    splitter?.push(chunk);
                if (batch.length > 0)
                    yield take();
                if (allowed < read.length) {
                    const cap = `the ${(0,bytes/* formatBytes */.z)(budget.cap)} cap on what the node's compressed files decompress to`;
                    cutShort = `its file was not read past ${cap}`;
                    report(`not read past ${cap}; kept the ${counts.events + counts.unreadable} lines before`);
                    break;
                }
            }
        }
        catch (error) {
            if (!gzip || !isDamagedGzip(error))
                throw error;
            cutShort = 'the compressed file ends early';
            const reason = error instanceof Error ? error.message : String(error);
            report(`the compressed file ends early (${reason}); kept the ${counts.events + counts.unreadable} lines before the damage`);
        }
        if (redactor) {
            const written = redactor.end(cutShort);
            if (copy)
                await copy.write(written);
        }
        else if (cutShort !== undefined) {
            if ((splitter?.drop() ?? 0) > 0)
                counts.unreadable++;
        }
        else
            splitter?.end();
        if (batch.length > 0)
            yield take();
        await copy?.close();
        copy = undefined;
    }
    finally {
        raw.destroy();
        copy?.abort();
        if (redactor)
            result.redaction = addStats(result.redaction ?? emptyStats(), redactor.stats);
    }
}
/** Pipes `from` into `to`, passing an error on (pipe() does not: a reader would wait forever). */
function pipeOn(from, to) {
    from.on('error', (error) => to.destroy(error));
    return from.pipe(to);
}
/** Passes chunks through unchanged once `copy` has taken them (its backpressure holds the read). */
function teeTo(copy) {
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            copy.write([chunk]).then(() => done(null, chunk), done);
        },
    });
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
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
        const splitter = new lines_splitter/* LineSplitter */.g3({
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
            return Promise.resolve({ ...part_keys_keyPart(part, this.rules), part });
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
    const port = parentPort;
    if (!port)
        return;
    const data = workerData;
    const rules = data.rules ? RedactionRules.compile(data.rules) : undefined;
    port.on('message', ({ id, memory, length }) => {
        let reply;
        const moved = [];
        try {
            const { written, keys, ...rest } = keyPart(Buffer.from(memory, 0, length), rules);
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
                worker: new external_node_worker_threads_.Worker(script, {
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

;// CONCATENATED MODULE: ./src/logs/pass/one-pass.ts







/** Pass threads beside the main one: two cores' worth of keying while the main thread merges. */
const PASS_THREADS = 2;
function partKeyer(parts, options) {
    if (!parts)
        return undefined;
    const rules = options.redact ? (options.rules ?? settings/* BUILT_IN_RULES */.Jb) : undefined;
    if ('inThread' in parts)
        return new InThreadKeyer(rules);
    return new ThreadKeyer(parts.script, parts.threads ?? PASS_THREADS, rules);
}
/**
 * The one pass over the events (docs/definitions.md): every node's files are read once (see {@link
 * readNode}: split, redacted, copied raw, counted), merged by time in one streaming k-way merge,
 * written to `mergedFile` (the artifact's `audit.jsonl`; or a sink such as standard output), and
 * each merged event is handed to `onEvent` in merged order. Each line is parsed at most once: by
 * the reader, or, for an early stage keyed unparsed whose request's final stage never came while it
 * was held, here before it is written (a line that turns out not to be JSON is left out and counted
 * as skipped). Nothing reads the files again; memory stays at the merge's window per node.
 */
async function passOverNodes(nodes, mergedFile, onEvent, options) {
    const { window, parts, ...readOptions } = options;
    const names = nodes.map((n) => n.node);
    const out = typeof mergedFile === 'string' ? await LinesFile.open(mergedFile) : LinesFile.over(mergedFile);
    let keyer;
    try {
        keyer = partKeyer(parts, options);
        const read = keyer ? { ...readOptions, keyer } : readOptions;
        const readers = nodes.map((n) => readNode(n.files, n.rawDir === undefined ? read : { ...read, rawDir: n.rawDir, moveUnchanged: !!n.ownFiles }));
        const events = mergeKeyedByTime(readers.map((r) => r.batches), window === undefined ? {} : { window });
        for await (const batch of events) {
            for (const { line, source, unchecked, settled, counts, ...entry } of batch) {
                let request = madeRequest(entry.request);
                if (unchecked && !settled) {
                    request = requestOfLine(line);
                    if (!request) {
                        events.stats.events--;
                        events.stats.skipped++;
                        if (counts) {
                            counts.events--;
                            counts.unreadable++;
                        }
                        continue;
                    }
                }
                const written = out.write(line);
                onEvent(line, names[source] ?? '', request);
                if (written)
                    await written;
            }
        }
        return summed(readers.map((r) => r.result), events.stats, options.redact);
    }
    finally {
        try {
            await out.close();
        }
        finally {
            await keyer?.close();
        }
    }
}
function summed(results, merge, redact) {
    let redaction = redact ? emptyStats() : undefined;
    const counts = new Map();
    const rawFiles = [];
    for (const result of results) {
        if (redaction && result.redaction)
            redaction = addStats(redaction, result.redaction);
        for (const [file, count] of result.counts)
            counts.set(file, count);
        rawFiles.push(...result.rawFiles);
    }
    return { merge, redaction, counts, rawFiles };
}

// EXTERNAL MODULE: ./src/logs/summary/summarizer.ts + 7 modules
var summary_summarizer = __webpack_require__(7717);
;// CONCATENATED MODULE: ./src/insight/denied.ts
/** Subjects and rows kept: memory stays bounded whatever the log holds. */
const DENIED_CAPS = { subjects: 10_000, perSubject: 20 };
/**
 * The requests each subject was denied (403), with the authorizer's reason: what RBAC generated
 * from the run grants, and why the cluster said no. Counts every one; keeps the first few.
 */
class DeniedBySubject {
    #bySubject = new Map();
    add(request) {
        if (request.code !== 403)
            return;
        let entry = this.#bySubject.get(request.user);
        if (!entry) {
            if (this.#bySubject.size >= DENIED_CAPS.subjects)
                return;
            entry = { total: 0, first: [] };
            this.#bySubject.set(request.user, entry);
        }
        entry.total++;
        if (entry.first.length < DENIED_CAPS.perSubject)
            entry.first.push({
                time: request.time,
                verb: request.verb,
                target: request.resource || request.path,
                namespace: request.namespace,
                name: request.name,
                reason: request.reason,
            });
    }
    of(subject) {
        return this.#bySubject.get(subject) ?? { total: 0, first: [] };
    }
}

;// CONCATENATED MODULE: ./src/insight/rbac/policy-rule.ts
const has = (list, value) => list !== undefined && (list.includes('*') || list.includes(value));
/** Kubernetes' ResourceMatches: `*`, the exact `resource/subresource`, or `*\/subresource`. */
function resourceMatches(rule, resource, subresource) {
    const combined = subresource ? `${resource}/${subresource}` : resource;
    return (rule.resources ?? []).some((r) => r === '*' || r === combined || (subresource !== '' && r === `*/${subresource}`));
}
/** Kubernetes' NonResourceURLMatches: `*`, the exact path, or a prefix ending in `*`. */
function urlMatches(rule, path) {
    return (rule.nonResourceURLs ?? []).some((u) => u === '*' || u === path || (u.endsWith('*') && path.startsWith(u.slice(0, -1))));
}
/**
 * Whether one rule allows a request, by Kubernetes' RBAC matching (RuleAllows). Where the rule
 * applies (its Role's namespace, or everywhere for a ClusterRole) is the caller's part.
 */
function ruleAllows(rule, request) {
    if (!has(rule.verbs, request.verb))
        return false;
    if (request.kind === 'nonResource')
        return urlMatches(rule, request.path);
    const names = rule.resourceNames ?? [];
    return (has(rule.apiGroups, request.apiGroup) &&
        resourceMatches(rule, request.resource, request.subresource) &&
        (names.length === 0 || names.includes(request.name)));
}
/** Whether any of the scoped rules allows the request: a Role only in its own namespace. */
function scopedAllows(grants, request) {
    const namespace = request.kind === 'resource' ? request.namespace : '';
    return grants.some((g) => (g.namespace === '' || (namespace !== '' && g.namespace === namespace)) &&
        g.rules.some((rule) => ruleAllows(rule, request)));
}

;// CONCATENATED MODULE: ./src/insight/rbac/attributes.ts

/**
 * What Kubernetes' default cluster roles grant every authenticated user, so generated RBAC never
 * repeats it: `system:discovery` and `system:public-info-viewer` (discovery, health, version,
 * OpenAPI) and `system:basic-user` (the self-reviews). audit2rbac leaves the same out.
 */
const DEFAULT_GRANTS = [
    {
        namespace: '',
        rules: [
            {
                verbs: ['get'],
                nonResourceURLs: [
                    '/api',
                    '/api/*',
                    '/apis',
                    '/apis/*',
                    '/healthz',
                    '/livez',
                    '/openapi',
                    '/openapi/*',
                    '/readyz',
                    '/version',
                    '/version/',
                ],
            },
            {
                verbs: ['create'],
                apiGroups: ['authorization.k8s.io'],
                resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'],
            },
            {
                verbs: ['create'],
                apiGroups: ['authentication.k8s.io'],
                resources: ['selfsubjectreviews'],
            },
        ],
    },
];
/**
 * audit2rbac's verb expansions: a client that lists usually gets and watches too, one that
 * patches usually gets and updates, so each grant brings the verbs its use implies.
 */
const VERB_EXPANSIONS = {
    watch: ['get', 'list'],
    list: ['get', 'watch'],
    update: ['get', 'patch'],
    patch: ['get', 'update'],
};
/**
 * The authorization attributes of a request, as the authorizer saw them; undefined for one that
 * names no verb (or no path). A `create` carries no name: the authorizer is never asked about one
 * (the object does not exist yet), though the audit event of a successful create names it.
 */
function attributesOf(request) {
    if (!request.verb)
        return undefined;
    if (!request.resourceName)
        return request.path
            ? { kind: 'nonResource', verb: request.verb, path: request.path }
            : undefined;
    return {
        kind: 'resource',
        verb: request.verb,
        apiGroup: request.apiGroup,
        resource: request.resourceName,
        subresource: request.subresource,
        namespace: request.namespace,
        name: request.verb === 'create' ? '' : request.name,
    };
}
/** Whether a request needs no grant: Kubernetes' defaults allow it to every authenticated user. */
const grantedByDefault = (attributes) => scopedAllows(DEFAULT_GRANTS, attributes);
/** One key per distinct permission asked for, so a log of any size keeps each once. */
function attributesKey(a) {
    return a.kind === 'nonResource'
        ? JSON.stringify([a.verb, a.path])
        : JSON.stringify([a.verb, a.apiGroup, a.resource, a.subresource, a.namespace, a.name]);
}

;// CONCATENATED MODULE: ./src/insight/rbac/compact.ts
const sorted = (values) => [...new Set(values)].sort();
const key = (...parts) => JSON.stringify(parts.map((p) => p ?? []));
/** A rule's sort key: API group first, then the rest, so a Role reads group by group. */
function order(rule) {
    return [rule.apiGroups, rule.resources, rule.nonResourceURLs, rule.resourceNames, rule.verbs]
        .map((list) => (list ?? []).join(','))
        .join('\0');
}
function sortRules(rules) {
    return rules
        .map((rule) => ({ rule, order: order(rule) }))
        .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
        .map((x) => x.rule);
}
/**
 * Joins rules alike in every field but `field` (kept in input order), uniting that field. Indexed,
 * so a subject with many names or resources costs n log n, not n².
 */
function joinOn(rules, field, joinable) {
    const out = [];
    const index = new Map();
    for (const rule of rules) {
        if (!joinable(rule)) {
            out.push({ rule });
            continue;
        }
        const k = field === 'resourceNames'
            ? key(rule.verbs, rule.apiGroups, rule.resources)
            : key(rule.verbs, rule.apiGroups, rule.resourceNames);
        const known = index.get(k);
        if (known)
            for (const v of rule[field] ?? [])
                known.values.add(v);
        else {
            const entry = { rule, values: new Set(rule[field]) };
            index.set(k, entry);
            out.push(entry);
        }
    }
    return out.map(({ rule, values }) => (values ? { ...rule, [field]: sorted(values) } : rule));
}
/**
 * Folds rules the way audit2rbac does (after Kubernetes' CompactRules): the verbs of one
 * group/resource/name join in one rule; rules alike but for their names join their names; rules
 * alike but for their resources join their resources. Each input rule has one group and one
 * resource, or one URL. Every join keeps the permissions exactly. The result is sorted, so the
 * same rules always print the same.
 */
function compactRules(rules) {
    const byTarget = new Map();
    for (const rule of rules) {
        const k = key(rule.apiGroups, rule.resources, rule.resourceNames, rule.nonResourceURLs);
        const known = byTarget.get(k);
        if (known)
            for (const verb of rule.verbs)
                known.verbs.add(verb);
        else
            byTarget.set(k, { rule, verbs: new Set(rule.verbs) });
    }
    const targets = sortRules([...byTarget.values()].map((t) => ({ ...t.rule, verbs: sorted(t.verbs) })));
    // An unnamed rule allows every name: joining names into it would take that away.
    const named = joinOn(targets, 'resourceNames', (r) => !!r.resources && !!r.resourceNames?.length);
    return sortRules(joinOn(named, 'resources', (r) => !!r.resources));
}

;// CONCATENATED MODULE: ./src/insight/rbac/minimal-rules.ts


const DEFAULT_GENERALIZE = { names: true, namespaces: true };
/** audit2rbac's order: broad before narrow, so a broad grant covers the narrow requests after it. */
function rank(a) {
    if (a.kind === 'nonResource')
        return `0\0${a.verb}\0${a.path}`;
    const verbRank = a.verb === 'list' ? 0 : a.verb === 'watch' ? 1 : a.verb === 'get' ? 3 : 2;
    return [
        1,
        a.namespace ? 1 : 0,
        a.name ? 1 : 0,
        a.apiGroup,
        a.resource,
        a.subresource,
        a.namespace,
        a.name,
        verbRank,
        a.verb,
    ].join('\0');
}
const note = (seen, value) => {
    if (value && seen.length < 2 && !seen.includes(value))
        seen.push(value);
};
const another = (seen, value) => (seen ?? []).some((v) => v !== value);
/**
 * The minimal rules that allow every one of a subject's requests (distinct attributes) and,
 * but for the generalisation asked for, nothing else — audit2rbac's algorithm: requests that
 * Kubernetes' default roles allow are left out; the rest, broad first, each add a rule unless one
 * added before already allows it; the rules are then folded ({@link compactRules}).
 */
function generateRules(requests, generalize = DEFAULT_GENERALIZE) {
    // Requests alike but for the parts that generalise, and the names and namespaces among them.
    const shapeOf = (a) => JSON.stringify([
        a.verb,
        a.apiGroup,
        a.resource,
        a.subresource,
        generalize.names ? '' : a.name,
        generalize.namespaces ? '' : a.namespace,
    ]);
    const shapes = new Map();
    for (const a of requests) {
        if (a.kind !== 'resource')
            continue;
        const key = shapeOf(a);
        const seen = shapes.get(key) ?? { names: [], namespaces: [] };
        note(seen.names, a.name);
        note(seen.namespaces, a.namespace);
        shapes.set(key, seen);
    }
    const cluster = [];
    const byNamespace = new Map();
    // What the rules added so far allow, one entry per verb: scope, group, resource, name ('' any).
    const allowed = new Set();
    const grantKey = (scope, a, verb, name) => JSON.stringify([scope, a.apiGroup, a.resource, a.subresource, verb, name]);
    const isAllowed = (a) => a.kind === 'nonResource'
        ? allowed.has(JSON.stringify([a.verb, a.path]))
        : [...new Set(['', a.namespace])].some((scope) => allowed.has(grantKey(scope, a, a.verb, '')) ||
            (a.name !== '' && allowed.has(grantKey(scope, a, a.verb, a.name))));
    const ordered = requests
        .filter((a) => !grantedByDefault(a))
        .map((a) => ({ a, rank: rank(a) }))
        .sort((x, y) => (x.rank < y.rank ? -1 : x.rank > y.rank ? 1 : 0))
        .map((x) => x.a);
    for (const a of ordered) {
        if (isAllowed(a))
            continue;
        const verbs = [a.verb, ...(VERB_EXPANSIONS[a.verb] ?? [])];
        if (a.kind === 'nonResource') {
            cluster.push({ verbs, nonResourceURLs: [a.path] });
            for (const verb of verbs)
                allowed.add(JSON.stringify([verb, a.path]));
            continue;
        }
        const seen = shapes.get(shapeOf(a));
        const namespace = generalize.namespaces && another(seen?.namespaces, a.namespace) ? '' : a.namespace;
        const name = generalize.names && another(seen?.names, a.name) ? '' : a.name;
        const rule = {
            verbs,
            apiGroups: [a.apiGroup],
            resources: [a.subresource ? `${a.resource}/${a.subresource}` : a.resource],
            ...(name ? { resourceNames: [name] } : {}),
        };
        if (namespace) {
            const rules = byNamespace.get(namespace) ?? [];
            rules.push(rule);
            byNamespace.set(namespace, rules);
        }
        else
            cluster.push(rule);
        for (const verb of verbs)
            allowed.add(grantKey(namespace, a, verb, name));
    }
    return {
        clusterRules: compactRules(cluster),
        roles: [...byNamespace.keys()]
            .sort()
            .map((namespace) => ({ namespace, rules: compactRules(byNamespace.get(namespace) ?? []) })),
    };
}

;// CONCATENATED MODULE: ./src/insight/rbac/generator.ts


/** Distinct permissions kept across all subjects; past this, new ones are counted, not kept. */
const MAX_PERMISSIONS = 200_000;
/**
 * Builds least-privilege RBAC from requests pushed one at a time ({@link RbacGenerator.add}), so
 * it rides the single pass over a log: it keeps each distinct permission a subject asked for once
 * (memory grows with distinct permissions, never with requests) and generates the rules in
 * {@link RbacGenerator.result}. Denied requests count like the others: granting what the 403s
 * asked for is the point.
 */
class RbacGenerator {
    #bySubject = new Map();
    #kept = 0;
    #dropped = 0;
    #wants;
    #generalize;
    #max;
    constructor(options = {}) {
        this.#wants = options.wants ?? ((r) => !r.component);
        this.#generalize = options.generalize ?? DEFAULT_GENERALIZE;
        this.#max = options.maxPermissions ?? MAX_PERMISSIONS;
    }
    /** Takes one request (once per request: its last stage, see PendingRequests). */
    add(request) {
        // Groups are not subjects, and a request with no user names no one to bind.
        if (!request.user || !this.#wants(request))
            return;
        const attributes = attributesOf(request);
        if (!attributes)
            return;
        let entry = this.#bySubject.get(request.user);
        if (!entry) {
            entry = { requests: 0, seen: new Map() };
            this.#bySubject.set(request.user, entry);
        }
        entry.requests++;
        const key = attributesKey(attributes);
        if (entry.seen.has(key))
            return;
        if (this.#kept >= this.#max) {
            this.#dropped++;
            return;
        }
        entry.seen.set(key, attributes);
        this.#kept++;
    }
    /** The distinct permissions a subject asked for (denied ones included), as kept. */
    requestsOf(subject) {
        return [...(this.#bySubject.get(subject)?.seen.values() ?? [])];
    }
    /** Distinct permissions kept, across all subjects. */
    kept() {
        return this.#kept;
    }
    /** The subjects seen, sorted. */
    subjects() {
        return [...this.#bySubject.keys()].sort();
    }
    /** The RBAC of every subject seen (or of `only`), generated now from what was kept. */
    result(only) {
        const subjects = (only ?? this.subjects()).flatMap((subject) => {
            const entry = this.#bySubject.get(subject);
            if (!entry)
                return [];
            const attributes = [...entry.seen.values()];
            return [
                {
                    subject,
                    requests: entry.requests,
                    permissions: attributes.length,
                    ...generateRules(attributes, this.#generalize),
                },
            ];
        });
        return { subjects, dropped: this.#dropped };
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/insight/rbac/run-identity.ts

/** What kube-apiserver writes (`metav1.MicroTime`, UTC): the only times an annotation repeats. */
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
/**
 * Names the audit logs a set of RBAC was generated from, fed every request read (before any
 * filter by subject or namespace, so `--user alice` and `--user bob` over the same logs name one
 * run). It keeps the count and the least and greatest time and audit ID: O(1) memory, and the
 * same result in any order, so the action's pass over the nodes' files and `kind-audit rbac` over
 * the artifact's merged `audit.jsonl` name the same run. Two runs differ in their audit IDs
 * (kube-apiserver makes a UUID per request) and their times.
 */
class RunIdentity {
    #requests = 0;
    #minTime;
    #maxTime;
    #minId;
    #maxId;
    add(request) {
        this.#requests++;
        const { time, auditID } = request;
        if (this.#minTime === undefined || time < this.#minTime)
            this.#minTime = time;
        if (this.#maxTime === undefined || time > this.#maxTime)
            this.#maxTime = time;
        if (this.#minId === undefined || auditID < this.#minId)
            this.#minId = auditID;
        if (this.#maxId === undefined || auditID > this.#maxId)
            this.#maxId = auditID;
    }
    result() {
        const id = (0,external_node_crypto_.createHash)('sha256')
            .update(JSON.stringify([this.#requests, this.#minTime, this.#maxTime, this.#minId, this.#maxId]))
            .digest('hex')
            .slice(0, 12);
        const first = this.#minTime ?? '';
        const last = this.#maxTime ?? '';
        const timed = UTC_TIME.test(first) && UTC_TIME.test(last);
        return { id, requests: this.#requests, first: timed ? first : '', last: timed ? last : '' };
    }
}

;// CONCATENATED MODULE: ./src/insight/insight-pass.ts






/**
 * The insights as consumers of the one pass over the events (docs/definitions.md, "A request"): each request, once, at
 * its last stage, is handed to the RBAC generator, the expectation checker and the baseline
 * builder alike. In post's pass the summary counts the requests and hands each on
 * ({@link InsightPass.addRequest}); a reader without a summary pushes events in
 * ({@link InsightPass.addEvent}), counted by the same {@link PendingRequests}. Memory is bounded
 * by each consumer's own caps.
 */
class InsightPass {
    #requests = 0;
    #rbac;
    #checker;
    #baseline;
    #rbacFolder;
    #denied = new DeniedBySubject();
    #run = new RunIdentity();
    /** Events pushed in without a summary: each request counted once, at its last stage. */
    #pending = new events_pending/* PendingRequests */.S({
        count: (request) => this.addRequest(request),
        settled: () => undefined,
    });
    #seq = 0;
    constructor(options = {}) {
        this.#rbac = options.rbac ? new RbacGenerator(options.rbac) : undefined;
        this.#checker =
            options.expectations && options.expectations.length > 0
                ? new ExpectationChecker(options.expectations)
                : undefined;
        this.#baseline = new BaselineBuilder(options.baseline ?? {});
        const globs = options.rbacFoldNamespaces ?? [];
        this.#rbacFolder = globs.length > 0 ? new fold/* NamespaceFolder */.Uf(globs) : undefined;
    }
    /** One event of the log, for a reader without a summary: its request is counted here. */
    addEvent(event) {
        this.#pending.add((0,request/* requestOf */.fo)(event), '', this.#seq++);
    }
    /** One request, once, at its last stage (as the summary counts it). */
    addRequest(request) {
        this.#requests++;
        this.#run.add(request);
        const forRbac = this.#rbacFolder ? this.#rbacFolder.request(request) : request;
        if (this.#rbac) {
            this.#rbac.add(forRbac);
            this.#denied.add(forRbac);
        }
        this.#checker?.add(request);
        this.#baseline.add(request);
    }
    /** Passes on the requests still waiting for their final stage, and gives every result. */
    finish() {
        this.#pending.end(this.#seq);
        return {
            requests: this.#requests,
            rbac: this.#rbac?.result(),
            run: this.#run.result(),
            check: this.#checker?.result(),
            baseline: this.#baseline.result(),
            requestsOf: (subject) => this.#rbac?.requestsOf(subject) ?? [],
            deniedOf: (subject) => this.#denied.of(subject),
        };
    }
}

;// CONCATENATED MODULE: ./src/insight/rbac/grants.ts

const obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
const str = (v) => (typeof v === 'string' ? v : '');
const items = (list) => {
    const found = obj(list).items;
    return Array.isArray(found) ? found.map(obj) : [];
};
const strings = (v) => Array.isArray(v) ? v.filter((s) => typeof s === 'string') : undefined;
/** A rule as read from the cluster: only its string lists, nothing else trusted. */
function ruleOf(value) {
    const r = obj(value);
    const verbs = strings(r.verbs) ?? [];
    if (verbs.length === 0)
        return undefined;
    const rule = { verbs };
    for (const key of ['apiGroups', 'resources', 'resourceNames', 'nonResourceURLs']) {
        const list = strings(r[key]);
        if (list && list.length > 0)
            rule[key] = list;
    }
    return rule.resources || rule.nonResourceURLs ? rule : undefined;
}
const rulesOf = (role) => (Array.isArray(role.rules) ? role.rules : []).flatMap((r) => ruleOf(r) ?? []);
/** Whether a binding's subject is this user: a User by name, a ServiceAccount by its user name. */
function names(subject, bindingNamespace, user) {
    const kind = str(subject.kind);
    if (kind === 'User')
        return str(subject.name) === user;
    if (kind === 'ServiceAccount') {
        const namespace = str(subject.namespace) || bindingNamespace;
        return `system:serviceaccount:${namespace}:${str(subject.name)}` === user;
    }
    return false;
}
/**
 * What the cluster grants `user` through bindings that name it (as a User, or as its
 * ServiceAccount): a ClusterRoleBinding's ClusterRole cluster-wide, a RoleBinding's Role or
 * ClusterRole in the binding's namespace. Grants through groups are not included: a subject's
 * groups (`system:authenticated` among them) bring Kubernetes' default grants, which no run uses
 * in full. Everything is read from a cluster that runs the code under test: nothing is trusted.
 */
function grantsOf(user, lists) {
    const clusterRoles = new Map(items(lists.clusterRoles).map((r) => [str(obj(r.metadata).name), rulesOf(r)]));
    const roles = new Map(items(lists.roles).map((r) => [
        `${str(obj(r.metadata).namespace)}/${str(obj(r.metadata).name)}`,
        rulesOf(r),
    ]));
    const grants = [];
    const bound = (binding, namespace) => (Array.isArray(binding.subjects) ? binding.subjects : []).some((s) => names(obj(s), namespace, user));
    for (const binding of items(lists.clusterRoleBindings)) {
        const ref = obj(binding.roleRef);
        if (str(ref.kind) !== 'ClusterRole' || !bound(binding, ''))
            continue;
        grants.push({ namespace: '', rules: clusterRoles.get(str(ref.name)) ?? [] });
    }
    for (const binding of items(lists.roleBindings)) {
        const namespace = str(obj(binding.metadata).namespace);
        if (!namespace || !bound(binding, namespace))
            continue;
        const ref = obj(binding.roleRef);
        const rules = str(ref.kind) === 'ClusterRole'
            ? clusterRoles.get(str(ref.name))
            : str(ref.kind) === 'Role'
                ? roles.get(`${namespace}/${str(ref.name)}`)
                : undefined;
        grants.push({ namespace, rules: rules ?? [] });
    }
    return grants.filter((g) => g.rules.length > 0);
}
/** One unused permission as a line: scope, verb, group/resource or URL, and name. */
function permissionLine(p) {
    const r = p.rule;
    const what = r.nonResourceURLs
        ? (r.nonResourceURLs[0] ?? '')
        : `${r.resources?.[0] ?? ''}${r.apiGroups?.[0] ? `.${r.apiGroups[0]}` : ''}`;
    // Names come from the cluster: escaped as baseline.tsv escapes them, so no line can be forged.
    const name = r.resourceNames?.[0];
    return [
        p.namespace ? escapeField(p.namespace) : '-',
        escapeField(r.verbs[0] ?? ''),
        escapeField(what),
        ...(name !== undefined ? [escapeField(name)] : []),
    ].join('\t');
}

;// CONCATENATED MODULE: ./src/insight/rbac/unused.ts

/** Kubernetes' BreakdownRule: a rule as single permissions (one verb, group, resource, name). */
function breakdown(rule) {
    const out = [];
    for (const verb of rule.verbs) {
        for (const group of rule.apiGroups ?? [])
            for (const resource of rule.resources ?? []) {
                const names = rule.resourceNames?.length ? rule.resourceNames : [undefined];
                for (const name of names)
                    out.push({
                        verbs: [verb],
                        apiGroups: [group],
                        resources: [resource],
                        ...(name !== undefined ? { resourceNames: [name] } : {}),
                    });
            }
        for (const url of rule.nonResourceURLs ?? [])
            out.push({ verbs: [verb], nonResourceURLs: [url] });
    }
    return out;
}
/**
 * Granted but unused: the permissions a subject holds (its roles' rules, each in the scope it is
 * bound in) that none of its requests used. A wildcard (`*` verb, resource or group) is one
 * permission, used when any request fell under it. Pure: the caller reads the grants from the
 * cluster and passes the requests the log holds (denied ones included, or not, as it sees fit).
 */
function unusedPermissions(granted, requests) {
    const unused = new Map();
    for (const scope of granted)
        for (const rule of scope.rules)
            for (const single of breakdown(rule))
                unused.set(JSON.stringify([scope.namespace, single]), {
                    namespace: scope.namespace,
                    rule: single,
                });
    for (const request of requests) {
        const namespace = request.kind === 'resource' ? request.namespace : '';
        for (const [key, permission] of unused)
            if ((permission.namespace === '' || permission.namespace === namespace) &&
                ruleAllows(permission.rule, request))
                unused.delete(key);
        if (unused.size === 0)
            break;
    }
    return [...unused.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, permission]) => permission);
}

;// CONCATENATED MODULE: ./src/insight/rbac/binding-subject.ts

const RBAC_GROUP = 'rbac.authorization.k8s.io';
const SA_PREFIX = 'system:serviceaccount:';
/** A namespace is a DNS label; a service account's name a DNS subdomain (Kubernetes' checks). */
const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SA_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** Whether `name` is a namespace's name: a DNS label of at most 63 characters. */
function isNamespaceName(name) {
    return name.length <= 63 && NAMESPACE.test(name);
}
/**
 * How a binding names the subject: `system:serviceaccount:NS:NAME` (with a valid namespace and
 * name, as Kubernetes splits it) is that ServiceAccount; every other name is a User.
 */
function bindingSubjectOf(user) {
    if (user.startsWith(SA_PREFIX)) {
        const parts = user.slice(SA_PREFIX.length).split(':');
        const [namespace = '', name = ''] = parts;
        if (parts.length === 2 &&
            isNamespaceName(namespace) &&
            name.length <= 253 &&
            SA_NAME.test(name))
            return { kind: 'ServiceAccount', name, namespace };
    }
    return { kind: 'User', apiGroup: RBAC_GROUP, name: user };
}
const MAX_NAME = 200;
/** The default start of every generated object's name, before `:<subject>`. */
const DEFAULT_NAME_PREFIX = 'kind-audit';
/** What `--generate-name` accepts, in words for its error. */
const NAME_PREFIX_RULE = "1 to 63 characters of a-z, 0-9, '-', '.' and ':', starting and ending with a letter or digit, e.g. my-app";
/**
 * Whether `prefix` may start the generated names. An RBAC name may hold anything but `/` and `%`
 * (k8s.io/kubernetes `pkg/apis/rbac/validation`, `ValidateRBACName`: a path segment name), but a
 * prefix typed on a command line is kept to audit2rbac's characters (its `sanitizeName` keeps
 * letters, digits and `:`), plus `-` and `.`, lower case as kubectl shows names.
 */
function isNamePrefix(prefix) {
    return prefix.length <= 63 && /^[a-z0-9]([a-z0-9.:-]*[a-z0-9])?$/.test(prefix);
}
/**
 * The name of the generated roles and bindings: `<prefix>:<subject>`, `kind-audit:<subject>` by
 * default. An RBAC name may hold anything but `/` and `%`; those (and a name too long to be handy)
 * are replaced, and then a hash of the subject keeps two subjects from sharing a name.
 */
function roleNameOf(user, prefix = DEFAULT_NAME_PREFIX) {
    const plain = `${prefix}:${user}`;
    const safe = plain.replace(/[/%\p{Cc}]/gu, '-');
    if (safe === plain && plain.length <= MAX_NAME)
        return plain;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(user).digest('hex').slice(0, 10);
    return `${safe.slice(0, MAX_NAME - 11)}-${hash}`;
}

;// CONCATENATED MODULE: ./src/insight/rbac/labels.ts

/** The prefix of kind-audit's label and annotation keys: a DNS subdomain of the project's own. */
const LABEL_DOMAIN = 'kind-audit.github.io';
/**
 * The labels on every generated Role, ClusterRole, RoleBinding and ClusterRoleBinding, after
 * audit2rbac's (`audit2rbac.liggitt.net/generated=true` and `/user=<subject>`) with a run added,
 * so `kubectl delete -l` can remove all that kind-audit made, one run's, or one subject's.
 */
const RBAC_LABEL = {
    /** Always {@link GENERATED_BY}. */
    generatedBy: `${LABEL_DOMAIN}/generated-by`,
    /** The run the RBAC came from ({@link RunId.id}). */
    run: `${LABEL_DOMAIN}/run`,
    /** The subject, readable ({@link subjectLabelValue}); the annotation holds it exactly. */
    subject: `${LABEL_DOMAIN}/subject`,
};
const GENERATED_BY = 'kind-audit';
/** The annotations on every generated object: what a label value cannot hold. */
const RBAC_ANNOTATION = {
    /** The subject exactly as the log spells it. */
    subject: `${LABEL_DOMAIN}/subject`,
    /** The run's first and last request times, `FIRST/LAST` (ISO 8601), when the log had them. */
    runTime: `${LABEL_DOMAIN}/run-time`,
};
/** A label value's limit (k8s.io/apimachinery `pkg/util/validation`, `IsValidLabelValue`). */
const MAX_VALUE = 63;
/**
 * A subject as a label value, as audit2rbac's `sanitizeLabel` makes it: lower case, every other
 * character than a-z and 0-9 a `-` (`system:serviceaccount:app:operator` →
 * `system-serviceaccount-app-operator`), with the leading and trailing `-` a label value may not
 * have left off. A value past 63 characters (or one left empty) is cut and ends in `-` and a hash
 * of the subject. Readable, not unique: `Alice` and `alice` share one value.
 */
function subjectLabelValue(subject) {
    const plain = subject
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '-')
        .replace(/^-+|-+$/g, '');
    if (plain !== '' && plain.length <= MAX_VALUE)
        return plain;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(subject).digest('hex').slice(0, 8);
    const cut = plain.slice(0, MAX_VALUE - hash.length - 1).replace(/-+$/, '');
    return cut === '' ? hash : `${cut}-${hash}`;
}
/** The labels and annotations of one subject's objects from one run. */
function rbacMetadata(subject, run) {
    return {
        labels: {
            [RBAC_LABEL.generatedBy]: GENERATED_BY,
            [RBAC_LABEL.run]: run.id,
            [RBAC_LABEL.subject]: subjectLabelValue(subject),
        },
        annotations: {
            [RBAC_ANNOTATION.subject]: subject,
            ...(run.first ? { [RBAC_ANNOTATION.runTime]: `${run.first}/${run.last}` } : {}),
        },
    };
}
/** The selector of every object one run generated. */
function runSelector(run) {
    return `${RBAC_LABEL.run}=${run.id}`;
}
/** The command that deletes every object one run generated, from every namespace. */
function deleteRunCommand(run) {
    return `kubectl delete roles,rolebindings,clusterroles,clusterrolebindings --all-namespaces -l ${runSelector(run)}`;
}

;// CONCATENATED MODULE: ./src/insight/rbac/manifest.ts



const API_VERSION = 'rbac.authorization.k8s.io/v1';
/** A rule's fields in the order kubectl prints them, empty lists left out. */
function ruleObject(rule) {
    const out = {};
    if (rule.apiGroups)
        out.apiGroups = rule.apiGroups;
    if (rule.nonResourceURLs)
        out.nonResourceURLs = rule.nonResourceURLs;
    if (rule.resourceNames?.length)
        out.resourceNames = rule.resourceNames;
    if (rule.resources)
        out.resources = rule.resources;
    out.verbs = rule.verbs;
    return out;
}
/** A namespace folded by `fold-namespaces` into its glob's text (`e2e-*`): no real namespace. */
const isFolded = (namespace) => namespace.includes('*');
/**
 * The Kubernetes objects of one subject's RBAC: Roles, ClusterRoles, then their bindings, each
 * labelled and annotated alike ({@link rbacMetadata}). The rules of a folded namespace (`e2e-*`)
 * are a ClusterRole named after the glob, to bind in each namespace it matches (see
 * {@link foldedNotes}); a subject whose own name was folded (a service account of such a
 * namespace) gets no binding objects at all, only those notes.
 */
function rbacObjects(rbac, options) {
    const name = roleNameOf(rbac.subject, options.namePrefix);
    const meta = rbacMetadata(rbac.subject, options.run);
    const metadata = (objectName, namespace) => ({
        name: objectName,
        ...(namespace !== undefined ? { namespace } : {}),
        ...meta,
    });
    const bindable = !isFolded(rbac.subject);
    const subjects = [bindingSubjectOf(rbac.subject)];
    const roleRef = (kind) => ({ apiGroup: 'rbac.authorization.k8s.io', kind, name });
    const concrete = rbac.roles.filter((r) => !isFolded(r.namespace));
    const roles = concrete.map((r) => ({
        apiVersion: API_VERSION,
        kind: 'Role',
        metadata: metadata(name, r.namespace),
        rules: r.rules.map(ruleObject),
    }));
    const clusterRoles = [
        ...(rbac.clusterRules.length > 0
            ? [
                {
                    apiVersion: API_VERSION,
                    kind: 'ClusterRole',
                    metadata: metadata(name),
                    rules: rbac.clusterRules.map(ruleObject),
                },
            ]
            : []),
        ...rbac.roles
            .filter((r) => isFolded(r.namespace))
            .map((r) => ({
            apiVersion: API_VERSION,
            kind: 'ClusterRole',
            metadata: metadata(`${name}:${r.namespace}`),
            rules: r.rules.map(ruleObject),
        })),
    ];
    if (!bindable)
        return [...roles, ...clusterRoles];
    const roleBindings = concrete.map((r) => ({
        apiVersion: API_VERSION,
        kind: 'RoleBinding',
        metadata: metadata(name, r.namespace),
        roleRef: roleRef('Role'),
        subjects,
    }));
    const clusterRoleBindings = rbac.clusterRules.length > 0
        ? [
            {
                apiVersion: API_VERSION,
                kind: 'ClusterRoleBinding',
                metadata: metadata(name),
                roleRef: roleRef('ClusterRole'),
                subjects,
            },
        ]
        : [];
    return [...roles, ...clusterRoles, ...roleBindings, ...clusterRoleBindings];
}
/** Text from a log, quoted to stay inside a YAML comment line. */
function quotedForComment(text) {
    // JSON quoting escapes \n and \r; YAML 1.1 readers also end a comment at NEL, LS and PS.
    return JSON.stringify(text).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** How to bind what folding left unbound, as comments: no object can name a glob's namespaces. */
function foldedNotes(rbac, namePrefix) {
    const name = roleNameOf(rbac.subject, namePrefix);
    const notes = rbac.roles
        .filter((r) => isFolded(r.namespace))
        .map((r) => `# In each namespace matching ${quotedForComment(r.namespace)}, bind the ClusterRole ${quotedForComment(`${name}:${r.namespace}`)} with a RoleBinding.\n`);
    if (isFolded(rbac.subject))
        notes.push(`# The subject's own namespace was folded: bind its roles to the service account of each matching namespace.\n`);
    return notes.join('');
}
/**
 * One subject's RBAC as a YAML stream, ready for `kubectl apply -f`: the same rules from the same
 * run always print the same bytes. Comments head it: the subject (JSON-quoted, as it comes from a
 * log that may hold anything), the run and the command that deletes what the run generated. A
 * subject whose requests need no grant gets the comments alone.
 */
function rbacYaml(rbac, options) {
    const quoted = quotedForComment(rbac.subject);
    const head = `# RBAC for ${quoted}, from ${rbac.requests} requests (kind-audit)\n` +
        `# Run ${options.run.id}; to delete every object it generated:\n` +
        `#   ${deleteRunCommand(options.run)}\n` +
        foldedNotes(rbac, options.namePrefix ?? DEFAULT_NAME_PREFIX);
    const docs = rbacObjects(rbac, options).map((o) => (0,dist/* stringify */.As)(o, { lineWidth: 0, aliasDuplicateObjects: false }));
    if (docs.length === 0)
        return `${head}# Kubernetes' default roles already allow every request.\n`;
    return head + docs.join('---\n');
}

;// CONCATENATED MODULE: ./src/insight/report.ts
/** Lines of each side of the drift kept in summary.json; the totals count every one. */
const MAX_DRIFT_LINES = 100;

;// CONCATENATED MODULE: ./src/insight/rbac/file-name.ts

/** Kept as they are: safe on every file system and in the artifact service. */
const KEPT = /^[a-z0-9._@+=,-]$/;
/** Windows device names, refused there with any extension. */
const DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/;
const MAX_STEM = 180;
const escaped = (char) => [...Buffer.from(char, 'utf8')]
    .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
/**
 * The file of a subject's RBAC in the artifact, `rbac/<this>`: the artifact service refuses `:`
 * (which every service account has), `"`, `<`, `>`, `|`, `*`, `?`, `\`, `/` and line breaks, and
 * a download may land on a case-insensitive disk. So: lowercase letters, digits and `._@+=,-`
 * stay; `:` becomes `~`; every other character (capitals, `~` and `%` among them) becomes `%XX`
 * per UTF-8 byte, as does a leading `.` and the first letter of a Windows device name. The
 * mapping is reversible ({@link subjectOfFileName}) and two subjects never share a file. A name
 * longer than 180 characters is cut and ends in `%%` and a hash of the subject (`%%` cannot come
 * from the escaping), still unique but no longer reversible.
 * `system:serviceaccount:app:operator` → `system~serviceaccount~app~operator.yaml`.
 */
function rbacFileName(subject) {
    const parts = [...subject].map((c, i) => c === ':' ? '~' : KEPT.test(c) && !(i === 0 && c === '.') ? c : escaped(c));
    let stem = parts.join('');
    if (DEVICE.test(stem))
        stem = escaped(stem.charAt(0)) + stem.slice(1);
    // The empty subject (never bound, but the mapping is total): `%` alone, which escaping never makes.
    if (stem === '')
        stem = '%';
    if (stem.length > MAX_STEM) {
        let cut = '';
        for (const part of parts) {
            if (cut.length + part.length > MAX_STEM - 18)
                break;
            cut += part;
        }
        stem = `${cut}%%${(0,external_node_crypto_.createHash)('sha256').update(subject).digest('hex').slice(0, 16)}`;
    }
    return `${stem}.yaml`;
}
/** The subject a file name of {@link rbacFileName} stands for; undefined for a cut or foreign one. */
function subjectOfFileName(file) {
    if (!file.endsWith('.yaml'))
        return undefined;
    const stem = file.slice(0, -'.yaml'.length);
    if (stem === '%')
        return '';
    if (stem.includes('%%') || !/^([a-z0-9._@+=,~-]|%[0-9A-F]{2})*$/.test(stem))
        return undefined;
    const bytes = [];
    for (let i = 0; i < stem.length; i++) {
        const c = stem.charAt(i);
        if (c === '%') {
            bytes.push(parseInt(stem.slice(i + 1, i + 3), 16));
            i += 2;
        }
        else
            bytes.push(...Buffer.from(c === '~' ? ':' : c, 'utf8'));
    }
    const subject = Buffer.from(bytes).toString('utf8');
    return rbacFileName(subject) === file ? subject : undefined;
}

;// CONCATENATED MODULE: ./src/steps/post/rbac-file.ts




/**
 * Writes one subject's RBAC into `dir` as `<safe subject>.yaml` and returns that name: the file
 * post puts in the artifact's `rbac/` and `kind-audit rbac --out DIR` writes, from this one
 * writer so that the same log gives both the same bytes.
 */
async function writeRbacFile(dir, rbac, manifest) {
    const file = rbacFileName(rbac.subject);
    await writeFileNoFollow(external_node_path_default().join(dir, file), rbacYaml(rbac, manifest));
    return file;
}

;// CONCATENATED MODULE: ./src/steps/post/insight-artifact.ts











/** The artifact's insight files (docs/how-it-works.md, "What the post step does"). */
const INSIGHT_FILES = {
    rbacDir: 'rbac',
    baseline: 'baseline.tsv',
    /** `+line` used now and missing from the committed baseline, `-line` no longer used. */
    baselineDiff: 'baseline-diff.txt',
};
/** What post does when main saved no insight settings: the inputs' defaults. */
const DEFAULT_INSIGHTS = {
    rbac: true,
    rbacFor: [],
    expectPath: '',
    baselinePath: '',
    onDrift: 'warn',
    foldNamespaces: '',
};
/**
 * The consumers of post's pass, from the settings main saved: RBAC for the subjects `rbac-for`
 * names (globs), the expectations main checked and copied, the baseline with folded namespaces.
 */
async function prepareInsightPass(state) {
    const settings = state.insights ?? DEFAULT_INSIGHTS;
    const expectations = settings.expectPath
        ? (0,parse/* parseExpectations */.L)(await (0,promises_.readFile)(settings.expectPath, 'utf8'), settings.expectPath, {
            fromFile: true,
        })
        : [];
    const subjects = settings.rbacFor.map(glob/* compileGlob */.S);
    const folds = (0,fold/* parseFoldGlobs */.co)(settings.foldNamespaces);
    const pass = new InsightPass({
        ...(settings.rbac
            ? {
                rbac: subjects.length > 0 ? { wants: (r) => subjects.some((g) => g.matches(r.user)) } : {},
            }
            : {}),
        expectations,
        baseline: { foldNamespaces: folds },
        rbacFoldNamespaces: folds,
    });
    return { pass, settings, expectations };
}
/**
 * Writes the insights into the artifact — `rbac/<safe subject>.yaml` per subject, `baseline.tsv`
 * always, `baseline-diff.txt` when a committed baseline was given — and says what they found.
 */
async function writeInsights(outDir, results, settings, grants) {
    const problems = [];
    const rbac = results.rbac?.subjects ?? [];
    if (rbac.length > 0)
        await makeDirs(external_node_path_default().join(outDir, INSIGHT_FILES.rbacDir));
    const entries = [];
    for (const subject of rbac) {
        const file = await writeRbacFile(external_node_path_default().join(outDir, INSIGHT_FILES.rbacDir), subject, {
            run: results.run,
        });
        let unused;
        if (grants) {
            unused = unusedPermissions(grantsOf(subject.subject, grants), results.requestsOf(subject.subject)).map(permissionLine);
            // `.unused.tsv` beside `.yaml`: no subject's own file can end so, as each ends in `.yaml`.
            await writeFileNoFollow(external_node_path_default().join(outDir, INSIGHT_FILES.rbacDir, file.replace(/\.yaml$/, '.unused.tsv')), baselineText(unused));
        }
        const denied = results.deniedOf(subject.subject);
        if (denied.total > 0)
            // `.denied.tsv` beside `.yaml`, as `.unused.tsv`: the first requests refused, and why.
            await writeFileNoFollow(external_node_path_default().join(outDir, INSIGHT_FILES.rbacDir, file.replace(/\.yaml$/, '.denied.tsv')), baselineText(denied.first.map((d) => [d.time, d.verb, d.target, d.namespace, d.name, d.reason]
                // '-' stands for none, as in baseline.tsv, where a real '-' is written as backslash-dash.
                .map((v) => (v === '' ? '-' : escapeField(v)))
                .join('\t'))));
        entries.push({
            subject: subject.subject,
            file: `${INSIGHT_FILES.rbacDir}/${file}`,
            requests: subject.requests,
            permissions: subject.permissions,
            unused: unused ? unused.length : null,
            unusedFirst: unused ? unused.slice(0, MAX_DRIFT_LINES) : [],
            denied: denied.total,
            deniedFirst: denied.first,
        });
    }
    const { lines, dropped } = results.baseline;
    await writeFileNoFollow(external_node_path_default().join(outDir, INSIGHT_FILES.baseline), baselineText(lines));
    let drift = null;
    if (settings.baselinePath) {
        try {
            const { added, gone } = compareBaselines(await readBaseline(settings.baselinePath), lines);
            await writeFileNoFollow(external_node_path_default().join(outDir, INSIGHT_FILES.baselineDiff), baselineText([...added.map((l) => `+${l}`), ...gone.map((l) => `-${l}`)]));
            drift = {
                baseline: external_node_path_default().basename(settings.baselinePath),
                added: added.slice(0, MAX_DRIFT_LINES),
                gone: gone.slice(0, MAX_DRIFT_LINES),
                addedTotal: added.length,
                goneTotal: gone.length,
                onDrift: settings.onDrift,
            };
        }
        catch (error) {
            problems.push(`The baseline ${settings.baselinePath} could not be compared: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    return {
        requests: results.requests,
        violations: results.check?.expectations ?? [],
        drift,
        rbac: entries,
        rbacDropped: results.rbac?.dropped ?? 0,
        baselineLines: lines.length,
        baselineDropped: dropped,
        problems,
    };
}
/** The YAML of each subject's RBAC, for the job summary (the files hold the same text). */
function rbacYamlBySubject(results) {
    return new Map((results.rbac?.subjects ?? []).map((s) => [s.subject, rbacYaml(s, { run: results.run })]));
}

;// CONCATENATED MODULE: ./src/steps/post/artifact.ts










/** Every regular file under `dir`, for the upload. */
async function filesUnder(dir) {
    const found = [];
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const full = external_node_path_default().join(dir, entry.name);
        if (entry.isDirectory())
            found.push(...(await filesUnder(full)));
        else if (entry.isFile())
            found.push(full);
    }
    return found.sort();
}
/** The policy and the kind config beside the logs, when main got as far as writing them. */
async function copyInputs(state, outDir) {
    for (const [source, name] of [
        [state.policyPath, layout/* FILE_NAMES */.G.policy],
        [state.kindConfigPath, layout/* FILE_NAMES */.G.kindConfig],
    ]) {
        const text = await (0,promises_.readFile)(source, 'utf8').catch(() => undefined);
        if (text !== undefined)
            await writeFileNoFollow(external_node_path_default().join(outDir, name), text);
    }
}
/**
 * Builds the artifact folder (docs/how-it-works.md, "What the post step does") from the collected
 * files in one pass over the events (`passOverNodes`): each node's files are read once, redacted
 * (unless turned off), copied into `<node>/` when raw files are kept, merged by time into
 * `audit.jsonl`, and fed to one summariser for `summary.json` and `summary.md`; the policy and kind
 * config go beside them. Redaction happens as the bytes are read, before anything is written: no
 * file of the artifact that holds events escapes it. The counts of each collected file are filled
 * in `collected`.
 */
async function buildArtifact(log, state, collected, outDir, options) {
    // Checked before anything is written: rules that cannot be read must stop the artifact, not
    // let it go out redacted by fewer rules than the user asked for.
    const rules = settings/* RedactionRules */.RC.compile((0,settings/* joinSettings */.wj)(state.redaction, options.redaction));
    await makeDirs(outDir);
    await copyInputs(state, outDir);
    const summarizer = new summary_summarizer/* Summarizer */.k();
    const prepared = await insightPassOrNone(log, state);
    const nodes = [];
    for (const node of collected.nodes) {
        if (node.files.length === 0)
            continue;
        const rawDir = options.rawFiles ? external_node_path_default().join(outDir, node.node) : undefined;
        if (rawDir)
            await makeDirs(rawDir);
        for (const file of node.files)
            summarizer.addFile(node.node, file.bytes);
        nodes.push({
            node: node.node,
            files: node.files.map((f) => f.path),
            ...(rawDir ? { rawDir } : {}),
            ...(options.collectedAreOwn ? { ownFiles: true } : {}),
        });
    }
    if (options.passThread)
        log.debug(`The lines of plain audit files are redacted and keyed on the pass threads (${options.passThread.href}).`);
    const pass = await passOverNodes(nodes, external_node_path_default().join(outDir, layout/* FILE_NAMES */.G.merged), 
    // Each line is parsed once, by the reader, for the summary and the insights alike.
    fanOut(summarizer, prepared.pass), {
        redact: options.redact,
        rules,
        ...(options.passThread ? { parts: { script: options.passThread } } : {}),
        onProblem: (file, message) => {
            log.warning(`${file}: ${message}`, { title: 'kind-audit' });
            summarizer.warn(`${external_node_path_default().basename(file)}: ${message}`);
        },
    });
    for (const file of collected.nodes.flatMap((n) => n.files))
        Object.assign(file, pass.counts.get(file.path));
    // The merge leaves out the lines that are not events; the summary still counts them as read.
    summarizer.lines += pass.merge.skipped;
    summarizer.skipped += pass.merge.skipped;
    const summary = summarizer.result();
    const results = prepared.pass.finish();
    const grants = results.rbac && options.readGrants ? await grantsOrNone(log, options.readGrants) : undefined;
    const insights = await writeInsights(outDir, results, prepared.settings, grants);
    insights.problems.unshift(...prepared.problems);
    const rbacYaml = rbacYamlBySubject(results);
    await (0,promises_.writeFile)(external_node_path_default().join(outDir, layout/* FILE_NAMES */.G.summaryJson), `${JSON.stringify(insightSummaryJson(summary, insights), null, 2)}\n`);
    await (0,promises_.writeFile)(external_node_path_default().join(outDir, layout/* FILE_NAMES */.G.summaryMd), renderSummary(summary, {
        clusterName: state.clusterName,
        policyOrigin: state.policyOrigin,
        insights: { report: insights, rbacYaml },
        collection: collected,
    }));
    return {
        files: await filesUnder(outDir),
        summary,
        merge: pass.merge,
        redaction: pass.redaction,
        insights,
        rbacYaml,
    };
}
/** The cluster's grants, or undefined with a warning: RBAC is still made from the log. */
async function grantsOrNone(log, read) {
    try {
        return await read();
    }
    catch (error) {
        log.warning(`Could not read the cluster's RBAC to list permissions granted but unused: ${error instanceof Error ? error.message : String(error)}`, { title: 'kind-audit: RBAC' });
        return undefined;
    }
}
/** summary.json: the summary, with what the insights found beside it. */
function insightSummaryJson(summary, insights) {
    return {
        ...summary,
        violations: insights.violations,
        drift: insights.drift,
        rbac: insights.rbac,
        insights: {
            requests: insights.requests,
            rbacDropped: insights.rbacDropped,
            baselineLines: insights.baselineLines,
            baselineDropped: insights.baselineDropped,
            problems: insights.problems,
        },
    };
}
/**
 * The insight pass from main's settings; when those cannot be read (the run's folder damaged),
 * the pass goes on with the defaults and the problem is said, so the artifact is still made.
 */
async function insightPassOrNone(log, state) {
    try {
        return { ...(await prepareInsightPass(state)), problems: [] };
    }
    catch (error) {
        const problem = `The expectations could not be read in post: ${error instanceof Error ? error.message : String(error)}`;
        log.warning(problem, { title: 'kind-audit' });
        const fallback = await prepareInsightPass({
            ...state,
            insights: { ...(state.insights ?? DEFAULT_INSIGHTS), expectPath: '' },
        });
        return { ...fallback, settings: state.insights ?? DEFAULT_INSIGHTS, problems: [problem] };
    }
}

;// CONCATENATED MODULE: ./src/steps/post/assess.ts


/**
 * The gate of a read that found nothing (the CLI's rule for every reading command, held by post
 * too): main proved a log live, yet the pass over every collected file read no request. The files
 * are there but hold nothing an audit log holds (emptied, overwritten, not JSON, a `.gz` that is no
 * gzip), so the run proves nothing; the error names each file and what it held. Quiet when no
 * file was read at all: the lost logs speak for themselves then.
 */
function emptyReadError(state, report, requestsRead) {
    const files = report.nodes.flatMap((n) => n.files.map((f) => ({ node: n.node, ...f })));
    if (requestsRead > 0 || files.length === 0 || state.verifiedNodes.length === 0)
        return undefined;
    const named = files.map((f) => `${f.node}/${external_node_path_default().basename(f.path)} (${(0,plural/* count */.U)(f.bytes, 'byte')}, no audit event)`);
    return (`Read 0 requests from ${named.join(', ')}, although main had proven the audit log of ${state.verifiedNodes.join(', ')} live: ` +
        'something emptied or overwrote it.');
}
/**
 * Decides what a collection's gaps mean. Post fails the job only when a log that main proved live
 * is lost — its bytes are neither in the runner folder nor in the node — or read no request at
 * all ({@link emptyReadError}); everything else is a warning, because post must never turn a
 * green job red for a log that was never promised. A deleted cluster is no loss while its logs are
 * on the runner. `requestsRead` is what the pass over the files read (the summary's requests).
 */
function assessCollection(state, report, requestsRead = report.nodes.reduce((sum, n) => sum + n.files.reduce((s, f) => s + f.events, 0), 0)) {
    const errors = [];
    const warnings = [];
    const verified = (node) => state.verifiedNodes.includes(node);
    const emptyRead = emptyReadError(state, report, requestsRead);
    if (emptyRead)
        errors.push(emptyRead);
    if (state.controlPlaneNodes.length === 0) {
        // Main never saw a node: the create failed, and kind removed its nodes. Their runner folders
        // keep whatever the API servers wrote, and were collected; empty logs are no surprise here.
        warnings.push(`Cluster "${state.clusterName}" does not exist: \`kind create cluster\` did not finish, and kind removes the nodes of a failed create. ` +
            'What their API servers wrote before that is kept from the runner folders.');
        return { errors, warnings };
    }
    for (const node of report.nodes) {
        const lost = (message) => (verified(node.node) ? errors : warnings).push(message);
        const events = node.files.reduce((sum, f) => sum + f.events, 0);
        if (node.problem) {
            lost(`Could not copy the audit logs of ${node.node}: ${node.problem}`);
        }
        else if (node.files.length === 0) {
            const message = `No audit log was found in ${node.node} at ${state.auditLogPath}`;
            lost(verified(node.node)
                ? `${message}, although main had verified it: something removed it.`
                : `${message}.`);
        }
        else if (events === 0 && !(emptyRead && verified(node.node))) {
            const message = `The audit log of ${node.node} holds no event`;
            lost(verified(node.node)
                ? `${message}, although main had verified it: something emptied it.`
                : `${message}.`);
        }
    }
    return { errors, warnings };
}
/** Violations given an error annotation each; the rest are counted in one more. */
const MAX_VIOLATION_ANNOTATIONS = 5;
const quote = (value) => JSON.stringify(value);
/** Whether main proved every control-plane node's log live: a `require` can be trusted then. */
function provenLive(state) {
    return (state.controlPlaneNodes.length > 0 &&
        state.controlPlaneNodes.every((n) => state.verifiedNodes.includes(n)));
}
/**
 * The gates the user asked for (docs/definitions.md, "When post fails the job", 2): a violated
 * expectation, and drift from the baseline with `on-drift: fail`. A `require` on a log that main
 * could not prove live fails as unchecked, not as broken. Drift with `on-drift: warn` and an
 * incomplete insight are warnings.
 */
function assessInsights(state, insights) {
    const errors = [];
    const warnings = [...insights.problems];
    if (state.insights?.expectPath && insights.violations.length === 0)
        errors.push('The expectations could not be checked: post could not read them.');
    for (const v of insights.violations.filter((e) => e.violated)) {
        if (v.kind === 'require') {
            errors.push(provenLive(state)
                ? `Expectation ${quote(v.name)} is violated: it requires a request that never happened.`
                : `Expectation ${quote(v.name)} could not be checked: it requires a request, and main could not prove the audit log live, so its absence proves nothing.`);
            continue;
        }
        const first = v.offending[0];
        errors.push(`Expectation ${quote(v.name)} is violated by ${(0,plural/* count */.U)(v.matched, 'request')}` +
            (first
                ? `, the first at ${quote(first.time)}: ${quote(first.user)} ${quote(first.verb)} ${quote(first.uri)} → ${first.code}`
                : '') +
            '.');
    }
    const d = insights.drift;
    if (d && d.addedTotal + d.goneTotal > 0) {
        const message = `The run's permissions drifted from ${d.baseline}: ${d.addedTotal} added, ${d.goneTotal} gone (see the job summary; the artifact's baseline.tsv is the new one).`;
        (d.onDrift === 'fail' ? errors : warnings).push(message);
    }
    if (insights.rbacDropped > 0)
        warnings.push(`The generated RBAC is incomplete: ${insights.rbacDropped} distinct permissions past the cap were left out.`);
    if (insights.baselineDropped > 0)
        warnings.push(`baseline.tsv was cut at ${(0,plural/* count */.U)(insights.baselineLines, 'line')}; ${(0,plural/* count */.U)(insights.baselineDropped, 'more was', 'more were')} left out.`);
    return { errors, warnings };
}
/**
 * Error annotations for the violated expectations: the first {@link MAX_VIOLATION_ANNOTATIONS},
 * and one saying how many more (GitHub shows 10 annotations of a type per step).
 */
function violationAnnotations(gateErrors) {
    const shown = gateErrors.slice(0, MAX_VIOLATION_ANNOTATIONS);
    const more = gateErrors.length - shown.length;
    return more > 0 ? [...shown, `… and ${more} more; see the job summary.`] : shown;
}

;// CONCATENATED MODULE: ./src/steps/cleanup.ts

/**
 * Whether post deletes the cluster. `auto` deletes it on a machine that is reused — a self-hosted
 * runner (`RUNNER_ENVIRONMENT=self-hosted`), or the CLI's own machine — where a cluster left behind
 * outlives the job and blocks the next run's name; GitHub's runners are discarded after the job,
 * so there the cluster stays for the job's later steps.
 */
function deletesCluster(setting, reusedMachine) {
    if (setting === 'auto')
        return reusedMachine;
    return setting === 'true';
}
/** True on a self-hosted runner: the runner sets `RUNNER_ENVIRONMENT` to `self-hosted` or `github-hosted`. */
function isSelfHosted(env) {
    return env.RUNNER_ENVIRONMENT === 'self-hosted';
}
/**
 * Deletes the cluster after its logs were collected and uploaded, when asked. Best effort: a
 * failed delete is a warning naming the command to run, never a reason to fail post.
 */
async function cleanUpCluster(run, log, clusterName, remove) {
    if (!remove)
        return;
    try {
        await deleteCluster(run, clusterName);
        log.info(`Deleted cluster "${clusterName}" (delete-cluster).`);
    }
    catch (error) {
        log.warning(`Could not delete cluster "${clusterName}"; delete it with 'kind delete cluster --name ${clusterName}': ${error instanceof Error ? error.message : String(error)}`, { title: 'kind-audit' });
    }
}

;// CONCATENATED MODULE: ./src/steps/post/grants.ts

/** How long kubectl waits for each list (kubectl's `--request-timeout`). */
const REQUEST_TIMEOUT = '20s';
/** The most one list may hold: a kind cluster's RBAC is well under it; a hostile one is refused. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;
const URLS = {
    clusterRoles: '/apis/rbac.authorization.k8s.io/v1/clusterroles',
    roles: '/apis/rbac.authorization.k8s.io/v1/roles',
    clusterRoleBindings: '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings',
    roleBindings: '/apis/rbac.authorization.k8s.io/v1/rolebindings',
};
/**
 * The cluster's Roles, ClusterRoles and their bindings, read with the node's own admin
 * kubeconfig from its own API server (as the probe is). Called once the logs are collected, so
 * these reads are not among the run's requests. Throws when a list cannot be read.
 */
async function readClusterGrants(run, node) {
    const lists = {};
    for (const [key, url] of Object.entries(URLS)) {
        const result = await run('docker', [
            'exec',
            node,
            'kubectl',
            '--kubeconfig=/etc/kubernetes/admin.conf',
            `--server=${NODE_API_SERVER}`,
            // An API server that never answers (its audit log is a FIFO nobody reads, say) lets
            // kubectl wait forever by default; the command's own timeout backs this up.
            `--request-timeout=${REQUEST_TIMEOUT}`,
            'get',
            '--raw',
            url,
        ]);
        if (result.code !== 0)
            throw new Error(`reading ${url} in ${node} failed: ${result.stderr.trim().slice(0, 300)}`);
        if (result.stdout.length > MAX_LIST_BYTES)
            throw new Error(`${url} in ${node} is larger than ${MAX_LIST_BYTES} bytes`);
        lists[key] = JSON.parse(result.stdout);
    }
    return {
        clusterRoles: lists.clusterRoles,
        roles: lists.roles,
        clusterRoleBindings: lists.clusterRoleBindings,
        roleBindings: lists.roleBindings,
    };
}

;// CONCATENATED MODULE: ./src/process/docker.ts
/** Runs a command inside a container; the result is returned whatever the exit code. */
function dockerExec(run, container, command) {
    return run('docker', ['exec', container, ...command]);
}
/**
 * `docker cp` arguments that write `source` from a container as a tar stream on stdout. A tar
 * stream, unlike a copy to disk, lets the caller decide what to write and how much to read; and
 * `docker cp` works on stopped containers too, so logs survive a node stopped before the job ends.
 */
function copyOutArgs(container, source) {
    return ['cp', `${container}:${source}`, '-'];
}
/** Starts `docker cp <container>:<source> -`; read the archive from its stdout. */
function streamFromContainer(stream, container, source) {
    return stream('docker', copyOutArgs(container, source));
}
/** True when `docker cp` failed because the container or the path in it does not exist. */
function isMissingSource(stderr) {
    return /no such (file|container)|could not find the file/i.test(stderr);
}

;// CONCATENATED MODULE: ./src/collect/tar-fields.ts
// The fields of a tar header and the records of a pax header, read strictly: a value that does not
// parse is a TarError, never a guess. Layout: POSIX ustar/pax (IEEE 1003.1-2017, "pax"); base-256
// numbers and signed checksums as GNU tar writes and accepts them.
const BLOCK = 512;
/** Thrown when the bytes are not a well-formed tar archive. */
class TarError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TarError';
    }
}
/** A NUL-terminated (or full-width) text field of a header. */
function tar_fields_text(block, start, length) {
    const field = block.subarray(start, start + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? length : end).toString('utf8');
}
/** Octal, or GNU's base-256 for values that do not fit (the high bit of the first byte set). */
function numeric(block, start, length, what) {
    const field = block.subarray(start, start + length);
    const first = field[0] ?? 0;
    if (first & 0x80) {
        if (first === 0xff)
            throw new TarError(`negative ${what} in a tar header`);
        let value = first & 0x7f;
        for (const byte of field.subarray(1))
            value = value * 256 + byte;
        if (!Number.isSafeInteger(value))
            throw new TarError(`${what} too large in a tar header`);
        return value;
    }
    const digits = field
        .toString('latin1')
        .replace(/[\0 ]+$/, '')
        .replace(/^ +/, '');
    if (digits === '')
        return 0;
    if (!/^[0-7]+$/.test(digits))
        throw new TarError(`bad ${what} ${JSON.stringify(digits.slice(0, 12))} in a tar header`);
    return parseInt(digits, 8);
}
/** The header checksum: every byte summed, the checksum field counted as spaces. */
function checksumMatches(block) {
    const stored = numeric(block, 148, 8, 'checksum');
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK; i++) {
        const byte = i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
        unsigned += byte;
        signed += byte > 127 ? byte - 256 : byte; // some old writers summed signed chars
    }
    return stored === unsigned || stored === signed;
}
/** pax records: `<length> <key>=<value>\n`, the length counting the whole record. */
function paxRecords(payload) {
    const records = new Map();
    let pos = 0;
    while (pos < payload.length) {
        if (payload[pos] === 0)
            break; // padding some writers leave at the end
        const space = payload.indexOf(0x20, pos);
        const length = Number(payload.subarray(pos, space === -1 ? pos : space).toString('latin1'));
        const record = payload.subarray(pos, pos + length);
        if (space === -1 || !Number.isSafeInteger(length) || length <= space - pos + 1) {
            throw new TarError('malformed pax record');
        }
        if (record.length !== length || record[length - 1] !== 0x0a) {
            throw new TarError('malformed pax record');
        }
        const body = record.subarray(space - pos + 1, length - 1).toString('utf8');
        const eq = body.indexOf('=');
        if (eq <= 0)
            throw new TarError('malformed pax record');
        records.set(body.slice(0, eq), body.slice(eq + 1));
        pos += length;
    }
    return records;
}
/** The `size` record of a pax header: decimal, and it overrides the header's size field. */
function paxSize(value) {
    const size = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(size)) {
        throw new TarError(`bad pax size ${JSON.stringify(value.slice(0, 40))}`);
    }
    return size;
}

;// CONCATENATED MODULE: ./src/collect/tar.ts
// A streaming reader of tar archives, just enough for `docker cp <container>:<path> -`: ustar,
// GNU long names (`L`/`K`) and pax headers (`x`/`g`). It never buffers file contents, so memory
// stays flat at any archive size, and it checks every header, so a damaged or hostile stream is
// an error rather than a misread name. Format: POSIX pax/ustar (IEEE 1003.1-2017, "pax") and
// GNU tar's manual, "Basic Tar Format"; which types carry no data follows Go's archive/tar,
// which is what Docker writes the stream with.


const tar_BLOCK = 512;
/** Long names and pax records are kept in memory: real ones are a few KiB at most. */
const META_MAX = 1024 * 1024;
const TYPES = {
    '0': 'file',
    '\0': 'file',
    '7': 'file', // "contiguous file": a regular file everywhere that matters
    '1': 'hardlink',
    '2': 'symlink',
    '3': 'char-device',
    '4': 'block-device',
    '5': 'directory',
    '6': 'fifo',
};
const META_FLAGS = new Set(['L', 'K', 'x', 'g']);
/**
 * Push parser: feed chunks in order with {@link TarReader.push}, act on the events each one
 * yields (content arrives as slices of the chunk, valid until the next push), then call
 * {@link TarReader.finish}. Throws {@link TarError} on a damaged header.
 */
class TarReader {
    state = 'header';
    header = Buffer.alloc(tar_BLOCK);
    headerFill = 0;
    /** Content (or padding) bytes still to come for the current member. */
    remaining = 0;
    padding = 0;
    metaFlag = '';
    metaParts = [];
    longName;
    longLink;
    pax = new Map();
    paxGlobal = new Map();
    /** The member whose content is being read, if any. */
    current;
    /** Content bytes of {@link current} read so far. */
    currentRead = 0;
    /** Events found in `chunk`. Consume them before pushing the next chunk. */
    *push(chunk) {
        let offset = 0;
        while (offset < chunk.length) {
            const available = chunk.length - offset;
            switch (this.state) {
                case 'header': {
                    let block;
                    if (this.headerFill === 0 && available >= tar_BLOCK) {
                        block = chunk.subarray(offset, offset + tar_BLOCK);
                        offset += tar_BLOCK;
                    }
                    else {
                        const n = Math.min(tar_BLOCK - this.headerFill, available);
                        chunk.copy(this.header, this.headerFill, offset, offset + n);
                        this.headerFill += n;
                        offset += n;
                        if (this.headerFill < tar_BLOCK)
                            break;
                        this.headerFill = 0;
                        block = this.header;
                    }
                    yield* this.onHeader(block);
                    break;
                }
                case 'data': {
                    const n = Math.min(this.remaining, available);
                    this.remaining -= n;
                    this.currentRead += n;
                    yield { kind: 'data', bytes: chunk.subarray(offset, offset + n) };
                    offset += n;
                    if (this.remaining === 0)
                        yield* this.endMember();
                    break;
                }
                case 'meta': {
                    const n = Math.min(this.remaining, available);
                    this.metaParts.push(Buffer.from(chunk.subarray(offset, offset + n)));
                    this.remaining -= n;
                    offset += n;
                    if (this.remaining === 0)
                        this.onMeta();
                    break;
                }
                case 'padding': {
                    const n = Math.min(this.padding, available);
                    this.padding -= n;
                    offset += n;
                    if (this.padding === 0)
                        this.state = 'header';
                    break;
                }
                case 'end':
                    return; // anything after the end-of-archive block is not part of it
            }
        }
    }
    /** Whether the archive ended properly; when not, what it was in the middle of. */
    finish() {
        return { complete: this.state === 'end', inside: this.current };
    }
    *onHeader(block) {
        if (block.every((byte) => byte === 0)) {
            this.state = 'end'; // the first zero block ends the archive, as GNU tar reads it
            return;
        }
        if (!checksumMatches(block))
            throw new TarError('tar header checksum mismatch');
        const flag = String.fromCharCode(block[156] ?? 0);
        const headerSize = numeric(block, 124, 12, 'size');
        const padding = (tar_BLOCK - (headerSize % tar_BLOCK)) % tar_BLOCK;
        if (META_FLAGS.has(flag)) {
            if (headerSize > META_MAX) {
                throw new TarError(`a tar metadata member of ${headerSize} bytes is larger than allowed`);
            }
            this.metaFlag = flag;
            this.metaParts = [];
            this.remaining = headerSize;
            this.padding = padding;
            this.state = 'meta';
            if (headerSize === 0)
                this.onMeta();
            return;
        }
        const magic = block.toString('latin1', 257, 263);
        // Only POSIX ustar has a prefix field; GNU's magic ("ustar  ") uses those bytes otherwise.
        const prefix = magic === 'ustar\0' ? tar_fields_text(block, 345, 155) : '';
        const headerName = prefix ? `${prefix}/${tar_fields_text(block, 0, 100)}` : tar_fields_text(block, 0, 100);
        const type = TYPES[flag] ?? 'other';
        const headerOnly = type !== 'file' && type !== 'other';
        const paxValue = (key) => this.pax.get(key) ?? this.paxGlobal.get(key);
        const sizeText = paxValue('size');
        const size = headerOnly ? 0 : sizeText ? paxSize(sizeText) : headerSize;
        const entry = {
            name: paxValue('path') || this.longName || headerName,
            type,
            flag,
            size,
            linkName: paxValue('linkpath') || this.longLink || tar_fields_text(block, 157, 100),
        };
        this.pax = new Map();
        this.longName = undefined;
        this.longLink = undefined;
        this.current = entry;
        this.currentRead = 0;
        this.remaining = size;
        this.padding = (tar_BLOCK - (size % tar_BLOCK)) % tar_BLOCK;
        yield { kind: 'entry', entry };
        if (size === 0)
            yield* this.endMember();
        else
            this.state = 'data';
    }
    *endMember() {
        this.current = undefined;
        this.state = this.padding > 0 ? 'padding' : 'header';
        yield { kind: 'entry-end' };
    }
    onMeta() {
        const payload = Buffer.concat(this.metaParts);
        this.metaParts = [];
        if (this.metaFlag === 'L' || this.metaFlag === 'K') {
            const end = payload.indexOf(0);
            const value = payload.subarray(0, end === -1 ? payload.length : end).toString('utf8');
            if (this.metaFlag === 'L')
                this.longName = value;
            else
                this.longLink = value;
        }
        else {
            const records = paxRecords(payload);
            const target = this.metaFlag === 'g' ? this.paxGlobal : this.pax;
            for (const [key, value] of records)
                target.set(key, value);
        }
        this.state = this.padding > 0 ? 'padding' : 'header';
    }
}

;// CONCATENATED MODULE: ./src/collect/extract.ts




/**
 * Created, never opened: if the name exists (even as a dangling link) the open fails, so no byte
 * is ever written through a link. 0600: audit events hold secrets.
 */
const extract_CREATE_FLAGS = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW;
const FILE_MODE = 0o600;
/**
 * Synchronous on purpose: measured here, an awaited write per 64 KiB chunk made collection 1.7×
 * as slow as a plain `docker cp`; a write to the page cache is shorter than the event-loop hop.
 */
function extract_writeAll(handle, bytes) {
    let done = 0;
    while (done < bytes.length)
        done += (0,external_node_fs_.writeSync)(handle.fd, bytes, done, bytes.length - done);
}
/**
 * Reads a tar stream and writes the members `judge` collects into `dir`, content streamed
 * straight to disk. Reading stops at `maxBytes` of stream (a hostile node cannot fill the runner);
 * the file being written then keeps the part that was read, which readers of audit logs handle
 * like a line cut while being written. Never throws for damaged input: what was written stays,
 * and the result says where reading stopped.
 */
async function extractFiles(chunks, options) {
    const reader = new TarReader();
    const result = {
        files: [],
        refused: [],
        bytesRead: 0,
        capped: false,
        stoppedEarly: false,
        inside: undefined,
        insideRead: 0,
        complete: false,
        error: undefined,
    };
    let sink;
    const closeSink = async (complete) => {
        if (!sink)
            return;
        sink.file.complete = complete;
        await sink.handle.close();
        sink = undefined;
    };
    try {
        for await (const chunk of chunks) {
            const room = options.maxBytes - result.bytesRead;
            const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
            result.bytesRead += part.length;
            for (const event of reader.push(part)) {
                if (event.kind === 'data') {
                    if (sink) {
                        extract_writeAll(sink.handle, event.bytes);
                        sink.file.bytes += event.bytes.length;
                    }
                }
                else if (event.kind === 'entry-end') {
                    await closeSink(true);
                }
                else {
                    sink = await startEntry(event.entry, options, result);
                }
            }
            if (part.length < chunk.length) {
                // Bytes after the archive's end (GNU tar pads to 10 KiB) are no loss: that is no cap.
                result.capped = !reader.finish().complete;
                result.stoppedEarly = true;
                break;
            }
        }
    }
    catch (error) {
        if (!(error instanceof TarError))
            throw error;
        result.error = error;
        result.stoppedEarly = true;
    }
    finally {
        await closeSink(false);
    }
    const end = reader.finish();
    result.complete = end.complete;
    result.inside = end.inside;
    result.insideRead = end.inside ? reader.currentRead : 0;
    return result;
}
/** Opens the file for a member that is collected; records a refusal otherwise. */
async function startEntry(entry, options, result) {
    const verdict = options.judge(entry);
    if (verdict.action === 'ignore')
        return undefined;
    if (verdict.action === 'refuse') {
        result.refused.push({ name: verdict.name, what: verdict.what });
        return undefined;
    }
    if (result.files.some((f) => f.name === verdict.name)) {
        // A second member of the same name: keep the first, do not mix their bytes.
        result.refused.push({ name: verdict.name, what: 'a second archive member of that name' });
        return undefined;
    }
    const file = { name: verdict.name, bytes: 0, complete: false };
    const handle = await (0,promises_.open)(external_node_path_default().join(options.dir, verdict.name), extract_CREATE_FLAGS, FILE_MODE);
    result.files.push(file);
    return { handle, file };
}

// EXTERNAL MODULE: ./src/logs/find/file-names.ts
var file_names = __webpack_require__(4076);
;// CONCATENATED MODULE: ./src/collect/from-node.ts










/** Why the copy did not reach the archive's end, in a user's words; undefined when it did. */
function stopWarning(node, logDir, extracted, exit, maxBytes) {
    const cut = extracted.files.find((f) => !f.complete);
    const at = cut
        ? ` inside ${logDir}/${cut.name}: its first ${cut.bytes} bytes were kept`
        : extracted.inside
            ? ` inside ${quoted(nodePath(extracted.inside.name, logDir))}`
            : '';
    const rest = 'audit files after that point were not collected.';
    if (extracted.capped) {
        return `${node}: stopped reading ${logDir} at the ${(0,bytes/* formatBytes */.z)(maxBytes)} per-node cap${at}; ${rest}`;
    }
    if (exit.stopped)
        return `${node}: \`docker cp\` of ${logDir} was stopped: ${exit.stopped}${at}; ${rest}`;
    if (extracted.error) {
        return `${node}: the copy of ${logDir} is damaged (${extracted.error.message})${at}; ${rest}`;
    }
    if (!extracted.stoppedEarly && exit.code !== 0) {
        const why = tail(exit.stderr, 3).replace(/\s*\n\s*/g, ' ');
        return `${node}: \`docker cp\` of ${logDir} failed partway (exit code ${exit.code}: ${why})${at}; ${rest}`;
    }
    if (!extracted.complete)
        return `${node}: the copy of ${logDir} ended early${at}; ${rest}`;
    return undefined;
}
/**
 * Copies the audit log and its rotated siblings out of one node into `destDir`, from the tar
 * stream of `docker cp <node>:<log folder> -` (which works on stopped containers too). Only
 * regular files with audit names directly in the folder are written, each created afresh
 * (never through a link, mode 0600); links, FIFOs, devices and folders with those names are
 * skipped with a warning. At most `maxBytes` are read: a file cut by the cap keeps the part read.
 * A missing node or folder gives no files and no warning; `docker cp` failing before it wrote
 * anything throws.
 */
async function collectNodeAuditFiles(stream, node, logPath, destDir, options = {}) {
    const logDir = external_node_path_default().posix.dirname(logPath);
    const pattern = (0,file_names/* auditFilePattern */.y)(logPath);
    const maxBytes = options.maxBytes ?? NODE_READ_CAP;
    // The folder the files go to must be a real folder: a link there would redirect every write.
    await makeDirs(destDir);
    // A folder only this call writes in: nothing can have been planted in it beforehand.
    const staging = await (0,promises_.mkdtemp)(external_node_path_default().join(destDir, '.collect-'));
    try {
        const command = streamFromContainer(stream, node, logDir);
        const extracted = await extractFiles(command.stdout, {
            dir: staging,
            judge: (entry) => judgeEntry(entry, logDir, pattern),
            maxBytes,
        }).catch(async (error) => {
            // The runner could not write (disk full, …): end the copy rather than leave it running.
            command.stop();
            await command.exited;
            throw error;
        });
        if (extracted.stoppedEarly)
            command.stop();
        const exit = await command.exited;
        if (extracted.bytesRead === 0 && exit.code !== 0) {
            if (exit.stopped)
                throw new Error(`\`${commandLine('docker', copyOutArgs(node, logDir))}\` was stopped: ${exit.stopped}`);
            if (isMissingSource(exit.stderr))
                return { files: [], warnings: [] };
            throw new CommandError(commandLine('docker', copyOutArgs(node, logDir)), {
                code: exit.code,
                stdout: '',
                stderr: exit.stderr,
            });
        }
        const warnings = extracted.refused.map(({ name, what }) => name === ''
            ? `${node}: ${logDir} is ${what}, not a folder: nothing in it was collected.`
            : `${node}: skipped ${logDir}/${name}, ${what}: only regular files are collected.`);
        const stopped = stopWarning(node, logDir, extracted, exit, maxBytes);
        if (stopped)
            warnings.push(stopped);
        const bytes = new Map(extracted.files.map((f) => [f.name, f.bytes]));
        const files = [];
        for (const name of (0,file_names/* byWriteOrder */.n)([...bytes.keys()])) {
            // rename() replaces whatever has that name in destDir, a link included, without following it.
            const target = external_node_path_default().join(destDir, name);
            await (0,promises_.rename)(external_node_path_default().join(staging, name), target);
            files.push({ path: target, bytes: bytes.get(name) ?? 0 });
        }
        return { files, warnings };
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/collect/runner-folder.ts








/**
 * Makes a runner folder per control-plane node, to be mounted as the node's log folder, each
 * holding the audit log already, empty. kube-apiserver keeps an existing file's mode and owner when
 * it opens it (`ensureLogFile`, k8s.io/apiserver `pkg/server/options/audit.go`), and lumberjack
 * gives rotated files the old file's mode and owner (`openNew`, lumberjack v2 `lumberjack.go`), so
 * the files stay readable by the user who made them — the runner's, not root — for the whole run,
 * rotations included, without sudo. Returns the folders, in the order of `nodes`.
 */
async function prepareLogFolders(root, nodes, logPath) {
    await makeDirs(root);
    const folders = [];
    for (const node of nodes) {
        const folder = external_node_path_default().join(root, node);
        await (0,promises_.mkdir)(folder, { mode: 0o755 });
        // 'wx': created here, never opened through something already there.
        await (0,promises_.writeFile)(external_node_path_default().join(folder, external_node_path_default().posix.basename(logPath)), '', {
            flag: 'wx',
            mode: 0o644,
        });
        folders.push(folder);
    }
    return folders;
}
/** O_NOFOLLOW: a link planted by the cluster fails to open; O_NONBLOCK: a FIFO does not hang. */
const READ_FLAGS = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK;
/**
 * Copies a node's audit files from its runner folder into `destDir`. The folder is written by root
 * inside a cluster that runs the code under test, so each file is opened without following links
 * and kept only when it is a regular file with one link; everything else with an audit name is a
 * warning. At most `maxBytes` are copied in all; a file cut there keeps the part copied.
 */
async function collectFromRunnerFolder(node, folder, logPath, destDir, maxBytes) {
    const pattern = (0,file_names/* auditFilePattern */.y)(logPath);
    const warnings = [];
    const info = await (0,promises_.lstat)(folder);
    if (!info.isDirectory()) {
        return {
            files: [],
            warnings: [`${node}: ${folder} is no longer a folder: nothing in it was collected.`],
        };
    }
    await makeDirs(destDir);
    const staging = await (0,promises_.mkdtemp)(external_node_path_default().join(destDir, '.collect-'));
    const files = [];
    let budget = maxBytes;
    try {
        const names = (0,file_names/* byWriteOrder */.n)((await (0,promises_.readdir)(folder)).filter((n) => pattern.test(n)));
        for (const name of names) {
            const where = `${node}: ${quoted(external_node_path_default().join(folder, name))}`;
            let source;
            try {
                source = await (0,promises_.open)(external_node_path_default().join(folder, name), READ_FLAGS);
            }
            catch (error) {
                const code = error.code;
                warnings.push(`${where} was skipped: ${code === 'ELOOP' ? 'it is a symbolic link' : `it cannot be read (${code})`}; only regular files are collected.`);
                continue;
            }
            try {
                const stat = await source.stat();
                if (!stat.isFile() || stat.nlink > 1) {
                    const what = stat.isFile()
                        ? 'a hard link'
                        : stat.isFIFO()
                            ? 'a FIFO'
                            : stat.isDirectory()
                                ? 'a folder'
                                : 'not a regular file';
                    warnings.push(`${where} was skipped: it is ${what}; only regular files are collected.`);
                    continue;
                }
                if (budget <= 0) {
                    warnings.push(`${where} was not collected: the ${(0,bytes/* formatBytes */.z)(maxBytes)} per-node cap was reached.`);
                    continue;
                }
                // 0600: the collected files are the runner's alone.
                const copied = await copyOpenFile(source, external_node_path_default().join(staging, name), budget, 0o600);
                budget -= copied;
                if (copied < stat.size && budget <= 0)
                    warnings.push(`${where}: stopped at the ${(0,bytes/* formatBytes */.z)(maxBytes)} per-node cap; its first ${copied} bytes were kept.`);
                const target = external_node_path_default().join(destDir, name);
                await (0,promises_.rename)(external_node_path_default().join(staging, name), target);
                files.push({ path: target, bytes: copied });
            }
            finally {
                await source.close();
            }
        }
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
    return { files, warnings };
}

;// CONCATENATED MODULE: ./src/steps/post/collect.ts








/** The control-plane nodes to collect: those main knew, those that exist, those with a runner folder. */
async function nodesToCollect(state, containers) {
    let folders = [];
    try {
        folders = (await (0,promises_.readdir)(state.logDir, { withFileTypes: true }))
            .filter((entry) => entry.isDirectory())
            .map((entry) => entry.name);
    }
    catch {
        // No runner folder: main stopped before making it.
    }
    const names = new Set([
        ...state.controlPlaneNodes,
        ...containers.filter((c) => c.role === 'control-plane').map((c) => c.name),
        ...folders,
    ]);
    return [...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
/** True when the runner folder of the node exists (as a folder, not through a link). */
async function hasRunnerFolder(folder) {
    try {
        return (await (0,promises_.lstat)(folder)).isDirectory();
    }
    catch {
        return false;
    }
}
async function collectNode(stream, log, state, node, container, outDir) {
    const base = {
        node,
        container: container ? (container.running ? 'running' : 'stopped') : 'gone',
    };
    const folder = external_node_path_default().join(state.logDir, node);
    const source = (await hasRunnerFolder(folder)) ? 'runner' : 'node';
    try {
        if (source === 'node' && !container)
            return { ...base, source, files: [], problem: 'the node and its runner folder are gone' };
        const destDir = external_node_path_default().join(outDir, node);
        const { files, warnings } = source === 'runner'
            ? await collectFromRunnerFolder(node, folder, state.auditLogPath, destDir, NODE_READ_CAP)
            : await collectNodeAuditFiles(stream, node, state.auditLogPath, destDir);
        warnings.forEach((w) => log.warning(w, { title: 'kind-audit' }));
        // Counted as the artifact is built: the one pass over the events reads each file once.
        return { ...base, source, files: files.map((f) => ({ ...f, ...notCounted() })) };
    }
    catch (error) {
        return {
            ...base,
            source,
            files: [],
            problem: error instanceof Error ? error.message : String(error),
        };
    }
}
/**
 * Copies every audit file of every control-plane node into `outDir` (a folder on the runner that
 * is never uploaded as it is: the artifact is built from it): from the runner folder that
 * was the node's log folder when there is one (it outlasts the node), else from the node itself,
 * running or stopped. Never throws for a node: a node's failure is in its report, so the other
 * nodes' logs survive. When Docker cannot be asked, the runner folders are still read.
 */
async function collectLogs(run, stream, log, state, outDir) {
    await makeDirs(outDir);
    let containers = [];
    try {
        containers = await listNodes(run, state.clusterName);
    }
    catch (error) {
        log.warning(`Could not list the cluster's containers, so only the runner's copies of the logs are read: ${error instanceof Error ? error.message : String(error)}`, { title: 'kind-audit' });
    }
    const nodes = [];
    for (const node of await nodesToCollect(state, containers)) {
        log.debug(`collecting ${state.auditLogPath} and rotated files of ${node}`);
        const container = containers.find((c) => c.name === node);
        nodes.push(await collectNode(stream, log, state, node, container, outDir));
    }
    return { nodes, outDir, files: nodes.flatMap((n) => n.files.map((f) => f.path)) };
}

;// CONCATENATED MODULE: ./src/steps/post/deadline.ts

/**
 * How long post may spend on the cluster: collecting from the nodes, reading their RBAC and API
 * server logs, `kind export logs`. Far above what a healthy cluster takes (seconds; minutes for
 * gigabytes of logs), so only something stuck reaches it; after it, post uploads what it has.
 */
const POST_DEADLINE_MS = 10 * 60_000;
/** The most one command of post may take unless it asks for more (`docker ps`, `docker exec`). */
const COMMAND_TIMEOUT_MS = 30_000;
/** How long a streamed copy out of a node (`docker cp`, `crictl logs`) may write nothing. */
const STREAM_IDLE_MS = 60_000;
/** `10 min`, `45 s`: a duration as a message says it. */
function spoken(ms) {
    return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : seconds(ms);
}
/** A command post did not run, or stopped, because its deadline had passed. */
class DeadlineError extends Error {
    command;
    deadlineMs;
    started;
    constructor(command, deadlineMs, started, options) {
        super(`\`${command}\` was ${started ? 'stopped' : 'not run'}: post's deadline of ${spoken(deadlineMs)} had passed`, options);
        this.command = command;
        this.deadlineMs = deadlineMs;
        this.started = started;
        this.name = 'DeadlineError';
    }
}
/** How many missed commands the closing warning names; the rest are counted. */
const NAMED = 10;
/**
 * Post's deadline: a point in time after which it starts no command that waits on the cluster,
 * and stops the one running. Commands run through {@link runner} and {@link streamRunner}; what
 * they missed is remembered, so post can say what it skipped.
 */
class Deadline {
    ms;
    #end;
    #controller = new AbortController();
    #timer;
    #reason;
    /** The commands not run, or stopped, because the deadline passed, in order. */
    missed = [];
    constructor(ms) {
        this.ms = ms;
        this.#end = Date.now() + ms;
        this.#reason = `post's deadline of ${spoken(ms)} passed`;
        this.#timer = setTimeout(() => this.#controller.abort(this.#reason), ms);
        // The deadline must never be what keeps the process alive.
        this.#timer.unref();
    }
    /** Milliseconds left; 0 once passed. */
    remaining() {
        return Math.max(0, this.#end - Date.now());
    }
    /**
     * A runner whose every command ends by its own timeout (its `timeoutMs`, else
     * `commandTimeoutMs`) or at the deadline, whichever comes first; once the deadline has passed,
     * none starts. A command the deadline stopped or kept from starting throws {@link DeadlineError}.
     */
    runner(run, commandTimeoutMs) {
        return async (cmd, args, opts = {}) => {
            const line = commandLine(cmd, args);
            const left = this.remaining();
            if (left <= 0) {
                this.missed.push(`\`${line}\` (not run)`);
                throw new DeadlineError(line, this.ms, false);
            }
            const own = opts.timeoutMs ?? commandTimeoutMs;
            try {
                return await run(cmd, args, { ...opts, timeoutMs: Math.min(own, left) });
            }
            catch (error) {
                if (!(error instanceof TimeoutError) || own <= left)
                    throw error;
                this.missed.push(`\`${line}\` (stopped)`);
                throw new DeadlineError(line, this.ms, true, { cause: error });
            }
        };
    }
    /**
     * A stream runner whose commands stop when they write nothing for `idleMs`, or at the deadline;
     * once it has passed, none starts ({@link DeadlineError}).
     */
    streamRunner(stream, idleMs) {
        const bounded = boundedStreamRunner(stream, { idleMs, signal: this.#controller.signal });
        return (cmd, args) => {
            const line = commandLine(cmd, args);
            if (this.remaining() <= 0) {
                this.missed.push(`\`${line}\` (not run)`);
                throw new DeadlineError(line, this.ms, false);
            }
            const command = bounded(cmd, args);
            const exited = command.exited.then((exit) => {
                if (exit.stopped === this.#reason)
                    this.missed.push(`\`${line}\` (stopped)`);
                return exit;
            });
            return { ...command, exited };
        };
    }
    /** What post says when the deadline cut it short; undefined when nothing was missed. */
    report() {
        if (this.missed.length === 0)
            return undefined;
        const named = this.missed.slice(0, NAMED).join(', ');
        const more = this.missed.length > NAMED ? ` and ${this.missed.length - NAMED} more` : '';
        return `${this.#reason[0]?.toUpperCase()}${this.#reason.slice(1)} before it was done with the cluster; skipped: ${named}${more}. The artifact holds everything collected before it.`;
    }
    /** Clears the timer (it never keeps the process alive, but a finished post needs it no more). */
    dispose() {
        clearTimeout(this.#timer);
    }
}

;// CONCATENATED MODULE: ./src/kind/apiserver-log.ts


/**
 * The file name of the API server container's own log in a node's artifact folder
 * (docs/how-it-works.md, "What the post step does").
 */
const APISERVER_LOG_NAME = 'kube-apiserver.log';
/**
 * At most this much of the log is kept: a failed start says why in its last lines, and an API
 * server that ran for hours must not fill the runner's disk or the artifact.
 */
const APISERVER_LOG_CAP = 16 * 1024 * 1024;
/** Lines asked of crictl: the last ones, where a failed start explains itself. */
const TAIL_LINES = 50_000;
/**
 * `docker exec` arguments printing the newest kube-apiserver container's log in a node, stderr
 * included (klog writes there, and crictl replays the container's streams as they were).
 */
function apiServerLogArgs(node) {
    return [
        'exec',
        node,
        'sh',
        '-c',
        `crictl logs --tail ${TAIL_LINES} "$(crictl ps -a --name kube-apiserver -q | head -n 1)" 2>&1`,
    ];
}
/**
 * Writes the API server container's log of `node` to `<dir>/kube-apiserver.log`, streamed and
 * capped at {@link APISERVER_LOG_CAP}. The file is never a link (created new, O_EXCL).
 *
 * Not redacted, on purpose: it holds klog lines, not audit events, and the redaction rules work
 * on an event's structure (objectRef, requestObject), so they could only guess at free text. At
 * the verbosity kind runs the API server with, it logs no request or response bodies; those
 * appear only from `-v=8` up, which a user sets on purpose in the kind config. The README says
 * so beside the artifact's layout.
 */
async function saveApiServerLog(stream, node, dir) {
    const file = external_node_path_default().join(dir, APISERVER_LOG_NAME);
    const handle = await (0,promises_.open)(file, 'wx', 0o644);
    const command = stream('docker', apiServerLogArgs(node));
    let bytes = 0;
    let truncated = false;
    try {
        for await (const chunk of command.stdout) {
            const room = APISERVER_LOG_CAP - bytes;
            const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
            await handle.write(part);
            bytes += part.length;
            if (part.length < chunk.length) {
                truncated = true;
                command.stop();
                break;
            }
        }
    }
    finally {
        if (truncated)
            await handle.write(`\n[kind-audit: cut at ${APISERVER_LOG_CAP} bytes]\n`);
        await handle.close();
    }
    const exit = await command.exited;
    if (exit.code !== 0 && !truncated) {
        return {
            file,
            bytes,
            truncated,
            problem: exit.stopped
                ? `crictl was stopped showing the API server's log in ${node} (${exit.stopped}); its first ${bytes} bytes were kept`
                : `crictl could not show the API server's log in ${node} (exit ${exit.code})`,
        };
    }
    return { file, bytes, truncated };
}

;// CONCATENATED MODULE: ./src/verify/diagnostics.ts



/**
 * What the guide's troubleshooting section has a person run, plus the API server's own last
 * words: an API server that cannot read its policy exits, and says why only in its log.
 */
function diagnosticCommands() {
    return [
        { title: 'Is the policy file mounted?', command: ['ls', '-la', NODE_PATHS.policyDir] },
        {
            title: 'Does the API server carry the audit flags and volumes?',
            command: ['grep', 'audit', NODE_PATHS.apiserverManifest],
        },
        { title: 'Is there an audit log?', command: ['ls', '-la', NODE_PATHS.logDir] },
        {
            title: "The API server's last log lines",
            command: [
                'sh',
                '-c',
                'crictl logs --tail 30 "$(crictl ps -a --name kube-apiserver -q | head -n 1)"',
            ],
        },
    ];
}
/** Runs the diagnostics in one node and returns them as text; a failing command is shown, not thrown. */
async function collectDiagnostics(run, node) {
    const sections = [];
    for (const { title, command } of diagnosticCommands()) {
        const result = await dockerExec(run, node, command);
        const output = `${result.stdout}${result.stderr}`.trimEnd() || '(no output)';
        const status = result.code === 0 ? '' : ` (exit ${result.code})`;
        sections.push(`# ${title}\n$ ${commandLine('docker', ['exec', node, ...command])}${status}\n${output}`);
    }
    return sections.join('\n\n');
}

;// CONCATENATED MODULE: ./src/steps/failed-create.ts


/**
 * Shows, for each control plane, what the guide's troubleshooting section has a person look at:
 * the policy mount, the manifest's audit lines, the audit folder and the API server's own log.
 */
async function explainNodes(run, log, nodes) {
    for (const node of nodes) {
        await log.group(`Why the cluster did not start: ${node}`, async () => {
            log.info(await collectDiagnostics(run, node));
        });
    }
}
/** Thrown when `kind create cluster` failed; says where the diagnostics are and what post does. */
class CreateFailedError extends Error {
    clusterName;
    nodes;
    constructor(clusterName, nodes, cause) {
        const kindSaid = cause instanceof Error ? cause.message : String(cause);
        super(`${kindSaid}\n` +
            (nodes.length > 0
                ? `The nodes were kept (--retain): the diagnostics of ${nodes.join(', ')} are shown above. ` +
                    "Their audit files and the API server's log are collected next, then the cluster is " +
                    "deleted unless 'delete-cluster' keeps it."
                : 'kind left no control-plane node to diagnose.'), { cause });
        this.clusterName = clusterName;
        this.nodes = nodes;
        this.name = 'CreateFailedError';
    }
}
/**
 * After `kind create cluster --retain` failed: finds the control planes kind left, shows their
 * diagnostics, and returns the error to throw. Never throws itself: the create's failure is the
 * story, and a node that cannot be asked must not replace it.
 */
async function explainFailedCreate(run, log, clusterName, cause) {
    let nodes = [];
    try {
        nodes = (await listNodes(run, clusterName, 'control-plane')).map((n) => n.name);
        await explainNodes(run, log, nodes);
    }
    catch (error) {
        log.warning(`Could not diagnose the nodes: ${error instanceof Error ? error.message : String(error)}`);
    }
    return new CreateFailedError(clusterName, nodes, cause);
}

;// CONCATENATED MODULE: ./src/steps/post/extras.ts









/**
 * The artifact's folder for `kind export logs` (docs/how-it-works.md, "What the post step does").
 */
const KIND_LOGS_DIR = layout/* FILE_NAMES */.G.kindLogs;
const message = (error) => (error instanceof Error ? error.message : String(error));
/**
 * Copies the regular files under `from` into `to`, leaving out the audit files (named as the
 * audit log is, rotated and compressed ones too): they are in the artifact already, redacted.
 * Links and other special files from the nodes are skipped: a node's files are not trusted.
 */
async function copyWithoutAuditFiles(from, to, auditName) {
    const stem = auditName.replace(/\.log$/, '');
    const copied = [];
    await makeDirs(to);
    for (const entry of await (0,promises_.readdir)(from, { withFileTypes: true })) {
        const source = external_node_path_default().join(from, entry.name);
        const target = external_node_path_default().join(to, entry.name);
        const info = await (0,promises_.lstat)(source);
        if (info.isDirectory())
            copied.push(...(await copyWithoutAuditFiles(source, target, auditName)));
        else if (info.isFile() && !entry.name.startsWith(stem)) {
            await (0,promises_.copyFile)(source, target);
            copied.push(target);
        }
    }
    return copied;
}
/** `kind export logs` into `<outDir>/kind-logs/`, audit files left out. */
async function addKindLogs(run, log, state, outDir) {
    const exported = await (0,promises_.mkdtemp)(external_node_path_default().join(state.dir, 'kind-logs-'));
    try {
        await exportLogs(run, state.clusterName, exported);
        const files = await copyWithoutAuditFiles(exported, external_node_path_default().join(outDir, KIND_LOGS_DIR), external_node_path_default().basename(state.auditLogPath));
        log.info(`Added ${(0,plural/* count */.U)(files.length, 'file')} of 'kind export logs' to ${KIND_LOGS_DIR}/ (not redacted).`);
        return files;
    }
    finally {
        await (0,promises_.rm)(exported, { recursive: true, force: true });
    }
}
/** Each existing control plane's API server log into `<outDir>/<node>/kube-apiserver.log`. */
async function addApiServerLogs(stream, log, nodes, outDir) {
    const files = [];
    for (const node of nodes) {
        const dir = external_node_path_default().join(outDir, node);
        await makeDirs(dir);
        const saved = await saveApiServerLog(stream, node, dir);
        files.push(saved.file);
        if (saved.problem)
            log.warning(saved.problem, { title: 'kind-audit' });
        log.info(`${node}: the API server's log, ${(0,plural/* count */.U)(saved.bytes, 'byte')}${saved.truncated ? ' (cut)' : ''}`);
    }
    return files;
}
/**
 * What post adds to the artifact beside the audit files, and returns the files added: after a
 * create that failed or was cancelled, each control plane's API server log (and, after a
 * cancellation, the diagnostics main had no time to show); with `export-logs`, kind's own logs.
 * Best effort: a failure here is a warning, so the audit logs are still uploaded.
 */
async function addClusterExtras(run, stream, log, state, outDir) {
    const files = [];
    try {
        if (state.createFailure) {
            const nodes = (await listNodes(run, state.clusterName, 'control-plane')).map((n) => n.name);
            if (state.createFailure === 'cancelled')
                await explainNodes(run, log, nodes);
            files.push(...(await addApiServerLogs(stream, log, nodes, outDir)));
        }
    }
    catch (error) {
        log.warning(`Could not collect the API server's log: ${message(error)}`, {
            title: 'kind-audit',
        });
    }
    try {
        if (state.exportLogs)
            files.push(...(await addKindLogs(run, log, state, outDir)));
    }
    catch (error) {
        log.warning(`Could not add 'kind export logs' to the artifact: ${message(error)}`, {
            title: 'kind-audit',
        });
    }
    return files;
}

;// CONCATENATED MODULE: ./src/steps/post/post.ts














/**
 * The post routine, shared by the action and the CLI: collect every node's audit files, build the
 * artifact from them in one pass (redacted, merged by time, counted, summarised), decide what the
 * gaps mean (warnings are logged here, once each), publish, and write the page. Errors are
 * returned, not logged, so each front end reports them exactly once.
 *
 * Post always ends: every command it runs on the cluster has a timeout, and all of them together
 * a deadline (`deadlineMs`), after which none starts and the running one is stopped; post then
 * uploads what it has and says what it skipped. The runner folders are read either way (local
 * files, read without ever waiting). Deleting the cluster comes after the upload, bounded by its
 * own timeout only, so a reused machine is not left with it for want of time.
 */
async function finishRun(givenRun, givenStream, log, state, targets) {
    const deadline = new Deadline(targets.deadlineMs ?? POST_DEADLINE_MS);
    const run = deadline.runner(givenRun, COMMAND_TIMEOUT_MS);
    const stream = deadline.streamRunner(givenStream, STREAM_IDLE_MS);
    // The kind main ran (a pinned one may not be on PATH) deletes and exports the cluster.
    const kindRun = usingKind(run, state.kindCommand);
    // The raw copies stay on the runner, outside the artifact: only what buildArtifact made leaves.
    const collectDir = await (0,promises_.mkdtemp)(external_node_path_default().join(state.dir, 'collected-'));
    try {
        const report = await log.group(`Collecting audit logs of cluster "${state.clusterName}"`, async () => {
            const collected = await collectLogs(run, stream, log, state, collectDir);
            for (const node of collected.nodes) {
                const files = node.files.map((f) => `${external_node_path_default().basename(f.path)} (${(0,plural/* count */.U)(f.bytes, 'byte')})`);
                log.info(`${node.node}: ${files.join(', ') || 'no audit files'}`);
            }
            return collected;
        });
        // The artifact is built in one pass over the events, which also counts them: the gaps are
        // judged after it.
        // A control plane still running can say what the subjects were granted (after collection,
        // so these reads are not among the run's requests).
        const running = report.nodes.find((n) => n.container === 'running')?.node;
        const artifact = await log.group('Building the artifact', () => buildArtifact(log, state, report, targets.outDir, {
            ...targets,
            // collectDir is this run's alone, and removed below.
            collectedAreOwn: true,
            ...(running ? { readGrants: () => readClusterGrants(run, running) } : {}),
        }));
        for (const node of report.nodes) {
            const files = node.files.map((f) => `${external_node_path_default().basename(f.path)} (${(0,plural/* count */.U)(f.events, 'event')})`);
            if (files.length > 0)
                log.info(`${node.node}: ${files.join(', ')}`);
        }
        const { errors: lostLogs, warnings } = assessCollection(state, report, artifact.summary.requests);
        for (const warning of warnings)
            log.warning(warning, { title: 'kind-audit' });
        const gates = assessInsights(state, artifact.insights);
        for (const warning of gates.warnings)
            log.warning(warning, { title: 'kind-audit: insights' });
        // The first few failed gates point out alone; the front end fails the job with them all.
        for (const message of violationAnnotations(gates.errors))
            log.error(message, { title: 'kind-audit: expectations and drift' });
        for (const finding of findingAnnotations(artifact.summary))
            log.notice(finding, { title: 'kind-audit: audit log' });
        artifact.files.push(...(await addClusterExtras(kindRun, stream, log, state, targets.outDir)));
        const missed = deadline.report();
        if (missed)
            log.warning(missed, { title: 'kind-audit' });
        const destination = await targets.publish(artifact.files, targets.outDir);
        // After the upload: the logs are safe before the nodes go.
        await cleanUpCluster(usingKind(givenRun, state.kindCommand), log, state.clusterName, targets.deleteCluster ?? state.deleteCluster);
        const t = totals(report.nodes.flatMap((n) => n.files));
        log.info(`Collected ${(0,plural/* count */.U)(t.files, 'audit file')}, ${(0,plural/* count */.U)(t.bytes, 'byte')}, ${(0,plural/* count */.U)(t.events, 'event')} from ${(0,plural/* count */.U)(report.nodes.length, 'node')}; ${(0,plural/* count */.U)(artifact.merge.events, 'event')} merged into audit.jsonl.`);
        const markdown = jobSummary({
            summary: artifact.summary,
            insights: { report: artifact.insights, rbacYaml: artifact.rbacYaml },
            redaction: artifact.redaction,
            collection: report,
            destination,
            clusterName: state.clusterName,
            policyOrigin: state.policyOrigin,
        });
        return { report, artifact, lostLogs, gateErrors: gates.errors, destination, markdown };
    }
    finally {
        deadline.dispose();
        await (0,promises_.rm)(collectDir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/insight/expect/coverage.ts

/** Sample requests tried per expectation; a selector of many lists is sampled, not exhausted. */
const MAX_SAMPLES = 512;
const RESOURCE_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];
/** A concrete value a glob matches: the glob without its stars (`x` when nothing is left). */
function instance(glob) {
    return glob.replaceAll('*', '') || 'x';
}
/** `deployments.apps/scale` → its parts, as the policy evaluator wants them. */
function resourceParts(spelling) {
    const [head = '', subresource = ''] = instance(spelling).split('/', 2);
    const dot = head.indexOf('.');
    return {
        resource: dot === -1 ? head : head.slice(0, dot),
        apiGroup: dot === -1 ? '' : head.slice(dot + 1),
        subresource,
    };
}
/** Sample requests an expectation matches: one per combination of its values, capped. */
function samples(s) {
    const users = s.user?.map(instance) ?? ['kind-audit:any-user'];
    const groups = s.userGroup?.map(instance) ?? ['system:authenticated'];
    const targets = s.path
        ? s.path.map((p) => ({ verb: '', path: instance(p) }))
        : (s.resource ?? ['pods']).map((r) => ({ verb: '', ...resourceParts(r) }));
    const verbs = s.verb?.map(instance) ?? (s.path ? ['get'] : RESOURCE_VERBS);
    const namespaces = s.path
        ? ['']
        : (s.namespace?.map((n) => (n === '' ? '' : instance(n))) ?? ['default']);
    const names = s.name?.map(instance) ?? [''];
    const out = [];
    for (const target of targets)
        for (const verb of verbs)
            for (const user of users)
                for (const group of groups)
                    for (const namespace of namespaces)
                        for (const name of names) {
                            if (out.length >= MAX_SAMPLES)
                                return out;
                            out.push({ ...target, verb, user, groups: [group], namespace, name });
                        }
    return out;
}
/**
 * Whether the policy writes a request at all: a level other than None, and a stage that holds it
 * (RequestReceived or ResponseComplete; a response code needs ResponseComplete).
 */
function recorded(policy, request, needsCode) {
    const decision = evaluate(policy, request);
    if (decision.level === 'None')
        return false;
    const omitted = new Set(decision.omitStages);
    const complete = !omitted.has('ResponseComplete');
    return needsCode ? complete : complete || !omitted.has('RequestReceived');
}
function coverage_describe(r) {
    const what = r.resource
        ? `${r.resource}${r.apiGroup ? `.${r.apiGroup}` : ''}${r.subresource ? `/${r.subresource}` : ''}`
        : (r.path ?? '');
    return [r.verb, what, r.name, r.namespace ? `-n ${r.namespace}` : ''].filter(Boolean).join(' ');
}
/**
 * The expectations whose requests `policy` would not record, judged on sample requests built from
 * each expectation's values (a glob stands for one value it matches). A `require` on requests the
 * policy drops always fails; a `forbid` on them checks nothing. The `recommended` preset, for one,
 * drops `events`. The user a policy rule names is taken to be the subject.
 */
function coverageGaps(expectations, policy) {
    const gaps = [];
    for (const e of expectations) {
        const tried = samples(e.selector);
        const left = tried.filter((r) => !recorded(policy, r, e.selector.code !== undefined));
        if (left.length === 0)
            continue;
        const none = left.length === tried.length;
        const unrecorded = left.slice(0, 3).map(coverage_describe);
        const consequence = e.kind === 'require' ? 'so it fails whatever the code does' : 'so it cannot see them';
        gaps.push({
            name: e.name,
            kind: e.kind,
            none,
            unrecorded,
            message: none
                ? `Expectation "${e.name}" checks nothing: the audit policy records none of its requests (${unrecorded.join('; ')}), ${consequence}.`
                : `Expectation "${e.name}" is checked only in part: the audit policy leaves out some of its requests (${unrecorded.join('; ')}).`,
        });
    }
    return gaps;
}

;// CONCATENATED MODULE: ./src/steps/up/insights.ts






/** The expectations copied into the run's folder, so post checks exactly what main checked. */
const EXPECT_FILE = 'expect.yaml';
/** Requests most code makes, whose loss would leave generated RBAC short (events among them). */
const RBAC_SAMPLES = {
    name: 'RBAC',
    kind: 'forbid',
    selector: {
        resource: [
            'events',
            'events.events.k8s.io',
            'pods',
            'configmaps',
            'secrets',
            'leases.coordination.k8s.io',
        ],
        verb: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'],
    },
};
async function expectationsOf(settings, workspace) {
    const source = settings.expect;
    if (!source)
        return { expectations: [], text: '' };
    if (source.kind === 'inline')
        return {
            expectations: (0,parse/* parseExpectations */.L)(source.text, `the '${source.input}' input`),
            text: source.text,
        };
    const file = external_node_path_default().resolve(workspace, source.path);
    try {
        // Read once, the way a policy file is read (a regular file, within the limit), then parsed.
        const text = await readPolicyFile(file, parse/* EXPECT_SIZE_LIMIT */.S);
        return { expectations: (0,parse/* parseExpectations */.L)(text, file, { fromFile: true }), text };
    }
    catch (error) {
        if (error instanceof types/* ExpectError */.K5)
            throw error.asInputError(source.input, source.path);
        if (error instanceof PolicyFileError)
            throw new input_error/* InputError */.dz(source.input, source.path, `${error.detail}; expected a regular file of at most ${parse/* EXPECT_SIZE_LIMIT */.S} bytes (relative paths start at ${workspace})`);
        throw error;
    }
}
/**
 * Reads and checks the files the insight inputs name (`expect-file`, `baseline`), relative to the
 * workspace, and warns where the policy leaves out requests an insight depends on: an
 * expectation that would check nothing, or RBAC that would lack what the code did (the
 * `recommended` preset drops `events`). Throws InputError before anything is created.
 */
async function prepareInsights(settings, workspace, policy, log) {
    const { expectations, text } = await expectationsOf(settings, workspace);
    let baselinePath = '';
    if (settings.baseline) {
        baselinePath = external_node_path_default().resolve(workspace, settings.baseline.path);
        try {
            await readBaseline(baselinePath);
        }
        catch (error) {
            if (error instanceof BaselineError)
                throw new input_error/* InputError */.dz(settings.baseline.input, settings.baseline.path, `${error.message}; expected a baseline.tsv as \`kind-audit baseline\` writes it`);
            throw error;
        }
    }
    for (const gap of coverageGaps(expectations, policy))
        log.warning(gap.message, { title: 'kind-audit: expectations' });
    if (settings.rbac) {
        const users = settings.rbacFor.length > 0 ? settings.rbacFor : undefined;
        const [gap] = coverageGaps([
            {
                ...RBAC_SAMPLES,
                selector: { ...RBAC_SAMPLES.selector, ...(users ? { user: users } : {}) },
            },
        ], policy);
        if (gap)
            log.warning(`The audit policy leaves out requests the generated RBAC depends on (${gap.unrecorded.join('; ')}): ` +
                'RBAC is made only from what the log records, so it would lack them. Record them at Metadata level at least.', { title: 'kind-audit: RBAC' });
    }
    return { settings, expectations, expectText: text, baselinePath };
}
/** Writes the expectations into the run's folder and says what post needs to know. */
async function saveInsights(dir, prepared) {
    let expectPath = '';
    if (prepared.expectText) {
        expectPath = external_node_path_default().join(dir, EXPECT_FILE);
        await writeFileNoFollow(expectPath, prepared.expectText);
    }
    const { settings } = prepared;
    return {
        rbac: settings.rbac,
        rbacFor: settings.rbacFor,
        expectPath,
        baselinePath: prepared.baselinePath,
        onDrift: settings.onDrift,
        foldNamespaces: settings.foldNamespaces,
    };
}

;// CONCATENATED MODULE: ./src/steps/up/preflight.ts

/** Where Docker's CLI looks for the engine when DOCKER_HOST is not set. */
const DEFAULT_DOCKER_SOCKET = 'unix:///var/run/docker.sock';
/** What the runner lacks, one problem a line, each saying how to fix it. Thrown before anything is written. */
class PreflightError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1
            ? (problems[0] ?? '')
            : `This runner cannot run kind-audit:\n${problems.map((p) => `- ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'PreflightError';
    }
}
const PLATFORM_NAMES = {
    darwin: 'macOS',
    win32: 'Windows',
};
/** Linux only: kind's nodes are Linux containers, which macOS and Windows runners cannot run. */
function platformProblem(platform) {
    if (platform === 'linux')
        return undefined;
    return (`kind-audit needs a Linux runner, and this one runs ${PLATFORM_NAMES[platform] ?? platform}: ` +
        "kind's nodes are Linux containers, which need a Docker engine running Linux containers. " +
        "Use GitHub's ubuntu runners (runs-on: ubuntu-latest), which have Docker and kind.");
}
/** Text of a thrown error, for the one case a runner throws: the command is not on PATH. */
function thrownText(error) {
    return error instanceof Error ? error.message : String(error);
}
/** `docker info` answers: the CLI is on PATH and the engine behind the socket tried replies. */
async function dockerProblem(run, dockerHost) {
    const socket = dockerHost ? `${dockerHost} (from DOCKER_HOST)` : DEFAULT_DOCKER_SOCKET;
    let result;
    try {
        result = await run('docker', ['info', '--format', '{{.ServerVersion}}']);
    }
    catch (error) {
        return (`Docker's command-line tool was not found (${thrownText(error)}): kind runs its nodes ` +
            'with Docker. Install Docker Engine (https://docs.docker.com/engine/install/) or use ' +
            "GitHub's ubuntu runners, which have it.");
    }
    if (result.code === 0)
        return undefined;
    const said = tail(result.stderr || result.stdout, 3);
    return (`The Docker engine does not answer at ${socket}: \`docker info\` exited with code ` +
        `${result.code}${said ? ` (${said.replaceAll('\n', ' ')})` : ''}. Start the engine ` +
        '(e.g. `sudo systemctl start docker`), let this user reach it (the `docker` group), or set ' +
        "DOCKER_HOST to the engine's socket.");
}
/** `kind version` runs: kind is on PATH (or at the pinned path) and executes. */
async function kindProblem(run, kind) {
    const fix = "Set the 'kind-version' input to install a pinned kind, or install kind " +
        '(https://kind.sigs.k8s.io/docs/user/quick-start/#installation).';
    let result;
    try {
        result = await run(kind, ['version']);
    }
    catch (error) {
        return `kind was not found (${thrownText(error)}). ${fix}`;
    }
    if (result.code === 0)
        return undefined;
    const said = tail(result.stderr || result.stdout, 3).replaceAll('\n', ' ');
    return `\`${kind} version\` exited with code ${result.code}${said ? ` (${said})` : ''}: this kind cannot run. ${fix}`;
}
/**
 * Checks, before anything is written, that the runner can run kind at all: a Linux runner (fails
 * at once otherwise: nothing else is worth asking), a Docker engine that answers, a kind that
 * runs. Every missing piece is named with its fix in one {@link PreflightError}, instead of a
 * failure deep inside `kind create cluster`.
 */
async function preflight(run, facts) {
    const platform = platformProblem(facts.platform);
    if (platform)
        throw new PreflightError([platform]);
    const problems = [
        await dockerProblem(run, facts.dockerHost),
        facts.kind === undefined ? undefined : await kindProblem(run, facts.kind),
    ].filter((p) => p !== undefined);
    if (problems.length > 0)
        throw new PreflightError(problems);
}

;// CONCATENATED MODULE: ./src/verify/result.ts
/** The checks main runs on every control-plane node, in the order a person would debug them. */
const CHECK = {
    policyMounted: 'policy mounted',
    apiServerFlags: 'API server flags',
    logLive: 'audit log live',
};
/** One line for the log: `✓ kind-control-plane: policy mounted — same 63 bytes as …`. */
function formatCheck(result) {
    const mark = { pass: '✓', fail: '✗', skip: '–' }[result.outcome];
    return `${mark} ${result.node}: ${result.check} — ${result.evidence}`;
}

;// CONCATENATED MODULE: ./src/verify/manifest.ts


function flagValue(argv, flag) {
    const prefix = `--${flag}=`;
    return argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}
/**
 * Reads the kube-apiserver manifest kubeadm wrote and lists what is missing: the two audit flags
 * with the guide's values, and the policy and log folders mounted from the node.
 */
function inspectManifest(text) {
    let pod;
    try {
        pod = ((0,dist/* parse */.qg)(text) ?? {});
    }
    catch (error) {
        return {
            flags: { 'audit-log-path': undefined, 'audit-policy-file': undefined },
            mountedHostPaths: [],
            problems: [`the manifest is not YAML: ${String(error)}`],
        };
    }
    const container = pod.spec?.containers?.find((c) => c.name === 'kube-apiserver');
    const argv = [...(container?.command ?? []), ...(container?.args ?? [])].map(String);
    const flags = {
        'audit-log-path': flagValue(argv, 'audit-log-path'),
        'audit-policy-file': flagValue(argv, 'audit-policy-file'),
    };
    const mountNames = new Set((container?.volumeMounts ?? []).map((m) => m.name));
    const mountedHostPaths = (pod.spec?.volumes ?? [])
        .filter((v) => v.hostPath?.path && mountNames.has(v.name))
        .map((v) => v.hostPath?.path ?? '');
    const problems = [];
    if (!container)
        problems.push('no kube-apiserver container in the manifest');
    const expected = {
        'audit-log-path': NODE_PATHS.logFile,
        'audit-policy-file': NODE_PATHS.policyFile,
    };
    for (const [flag, want] of Object.entries(expected)) {
        const got = flags[flag];
        if (got === undefined)
            problems.push(`--${flag} is missing`);
        else if (got !== want)
            problems.push(`--${flag} is ${got}, expected ${want}`);
    }
    for (const dir of [NODE_PATHS.policyDir, NODE_PATHS.logDir]) {
        if (!mountedHostPaths.includes(dir))
            problems.push(`no volume mounts ${dir} into the API server`);
    }
    return { flags, mountedHostPaths, problems };
}

;// CONCATENATED MODULE: ./src/verify/checks.ts





/** The policy file inside the node must be the one written on the runner, byte for byte. */
async function checkPolicyMounted(run, node, policyText) {
    const result = await dockerExec(run, node, ['cat', NODE_PATHS.policyFile]);
    const base = { node, check: CHECK.policyMounted };
    if (result.code !== 0) {
        return {
            ...base,
            outcome: 'fail',
            evidence: `${NODE_PATHS.policyFile} cannot be read in the node: ${tail(result.stderr, 3) || `exit ${result.code}`}`,
        };
    }
    if (result.stdout !== policyText) {
        return {
            ...base,
            outcome: 'fail',
            evidence: `${NODE_PATHS.policyFile} differs from the policy written on the runner (${result.stdout.length} bytes in the node, ${policyText.length} on the runner)`,
        };
    }
    return {
        ...base,
        outcome: 'pass',
        evidence: `${NODE_PATHS.policyFile} holds the same ${policyText.length} bytes as the runner's policy`,
    };
}
/** kubeadm's manifest must carry both audit flags and both volumes (the guide's troubleshooting step). */
async function checkApiServerFlags(run, node) {
    const result = await dockerExec(run, node, ['cat', NODE_PATHS.apiserverManifest]);
    const base = { node, check: CHECK.apiServerFlags };
    if (result.code !== 0) {
        return {
            ...base,
            outcome: 'fail',
            evidence: `${NODE_PATHS.apiserverManifest} cannot be read: ${tail(result.stderr, 3) || `exit ${result.code}`}`,
        };
    }
    const findings = inspectManifest(result.stdout);
    if (findings.problems.length > 0) {
        return { ...base, outcome: 'fail', evidence: findings.problems.join('; ') };
    }
    return {
        ...base,
        outcome: 'pass',
        evidence: `--audit-log-path=${findings.flags['audit-log-path']}, --audit-policy-file=${findings.flags['audit-policy-file']}, volumes for ${NODE_PATHS.policyDir} and ${NODE_PATHS.logDir}`,
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/verify/probe.ts






/** The identity kind's admin.conf authenticates as (kubeadm ≥ 1.29). */
const ADMIN = {
    user: 'kubernetes-admin',
    groups: ['kubeadm:cluster-admins', 'system:authenticated'],
};
/**
 * Read-only requests the probe may use, most ordinary first. Each answers 404 and changes
 * nothing; the later ones exist for policies that do not audit ConfigMap reads.
 */
function probeCandidates(marker) {
    return [
        {
            marker,
            path: `/api/v1/namespaces/default/configmaps/${marker}`,
            request: {
                ...ADMIN,
                verb: 'get',
                apiGroup: '',
                resource: 'configmaps',
                namespace: 'default',
                name: marker,
            },
        },
        {
            marker,
            path: `/api/v1/namespaces/${marker}`,
            request: {
                ...ADMIN,
                verb: 'get',
                apiGroup: '',
                resource: 'namespaces',
                // kube's RequestInfo gives a namespace object's own name as its namespace.
                namespace: marker,
                name: marker,
            },
        },
        { marker, path: `/${marker}`, request: { ...ADMIN, verb: 'get', path: `/${marker}` } },
    ];
}
/** A read that is not long-running writes its events at these stages only. */
const PROBE_STAGES = ['RequestReceived', 'ResponseComplete'];
/** True when the policy writes at least one event for the request. */
function writesEvent(policy, request) {
    const decision = evaluate(policy, request);
    return (decision.level !== 'None' && PROBE_STAGES.some((stage) => !decision.omitStages.includes(stage)));
}
/**
 * The first candidate for which the policy writes an event, or why there is none: under a policy
 * that audits none of them (or omits every stage a read has), liveness cannot be proven.
 */
function chooseProbe(policy, marker = newMarker()) {
    const candidates = probeCandidates(marker);
    if (!policy)
        return candidates[0];
    const audited = candidates.find((c) => writesEvent(policy, c.request));
    return (audited ?? {
        skip: 'skipped: the policy writes no event for any read-only request a probe can make, so liveness cannot be proven',
    });
}
function newMarker() {
    return `kind-audit-probe-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`;
}
/**
 * Sends the probe to this node's own API server (see {@link NODE_API_SERVER}). The request answers
 * 404, and that is expected: the audit event is written either way.
 */
function probeArgs(probe) {
    return [
        'kubectl',
        '--kubeconfig=/etc/kubernetes/admin.conf',
        `--server=${NODE_API_SERVER}`,
        'get',
        '--raw',
        probe.path,
    ];
}
/**
 * Why a probe got no answer from the API server, or undefined when it got one: kubectl says
 * `Error from server (…)` for any HTTP answer (the probe's 404 among them), and something else when
 * it could not connect or trust the server.
 */
function probeProblem(result) {
    if (result.code === 0 || /^Error from server \(/m.test(result.stderr))
        return undefined;
    const last = result.stderr.trim().split('\n').pop() ?? '';
    return (last || `kubectl exited ${result.code}`).slice(0, 300);
}
/**
 * Sends the probe and waits until its event is in the node's audit log. The file may not exist
 * until the API server has started (`ensureLogFile`, k8s.io/apiserver
 * `pkg/server/options/audit.go`) and holds no event before the first audited request, so "absent"
 * is a reason to wait, not to fail.
 */
async function checkLogLive(run, node, probe, timing) {
    const { timeoutMs, pollMs = 200, resendMs = 2000 } = timing;
    const start = Date.now();
    let lastSent = -Infinity;
    /** Why the last probe did not reach the API server, when it did not. */
    let unanswered;
    for (;;) {
        if (Date.now() - lastSent >= resendMs) {
            lastSent = Date.now();
            unanswered = probeProblem(await dockerExec(run, node, probeArgs(probe)));
        }
        const look = await dockerExec(run, node, [
            'grep',
            '-c',
            '-F',
            probe.marker,
            NODE_PATHS.logFile,
        ]);
        if (look.code === 0) {
            const seconds = ((Date.now() - start) / 1000).toFixed(1);
            return {
                node,
                check: CHECK.logLive,
                outcome: 'pass',
                evidence: `the probe GET ${probe.path} appeared in ${NODE_PATHS.logFile} after ${seconds}s`,
            };
        }
        // grep exits 1 when the file has no match and 2 when it cannot read the file.
        const seen = look.code === 1
            ? 'the file exists but has no event for it'
            : `the file cannot be read (${look.stderr.trim() || `exit ${look.code}`})`;
        if (Date.now() - start >= timeoutMs) {
            return {
                node,
                check: CHECK.logLive,
                outcome: 'fail',
                evidence: `no event for the probe GET ${probe.path} in ${NODE_PATHS.logFile} after ${timeoutMs / 1000}s: ${seen}${unanswered ? `; the probe got no answer from ${NODE_API_SERVER}: ${unanswered}` : ''}`,
            };
        }
        await (0,external_node_timers_promises_.setTimeout)(pollMs);
    }
}

;// CONCATENATED MODULE: ./src/verify/index.ts





/**
 * Runs every check on every node, nodes in parallel. The liveness probe runs only where the
 * mount and the flags passed: without them it could only time out, and would hide the cause.
 */
async function verifyNodes(run, nodes, options) {
    const perNode = await Promise.all(nodes.map(async (node) => {
        const setup = await Promise.all([
            checkPolicyMounted(run, node, options.policyText),
            checkApiServerFlags(run, node),
        ]);
        const probe = chooseProbe(options.policy);
        if ('skip' in probe) {
            return [...setup, { node, check: CHECK.logLive, outcome: 'skip', evidence: probe.skip }];
        }
        if (setup.some((r) => r.outcome === 'fail')) {
            return [
                ...setup,
                {
                    node,
                    check: CHECK.logLive,
                    outcome: 'skip',
                    evidence: 'not tried: the checks above failed',
                },
            ];
        }
        return [...setup, await checkLogLive(run, node, probe, { timeoutMs: options.timeoutMs })];
    }));
    return perNode.flat();
}

;// CONCATENATED MODULE: ./src/steps/up/verify.ts

/** A failed check: names node and check, so the step's error says where to look. */
class VerificationError extends Error {
    failures;
    constructor(failures) {
        super(`Audit logging is not working: ${failures.map((f) => `${f.node}: ${f.check} failed (${f.evidence})`).join('; ')}. ` +
            'The cluster is left running; the post step still collects whatever was written.');
        this.failures = failures;
        this.name = 'VerificationError';
    }
}
/** The nodes whose audit log the probe proved live; a skipped probe proves nothing. */
function verifiedNodes(checks) {
    return checks.filter((c) => c.check === CHECK.logLive && c.outcome === 'pass').map((c) => c.node);
}
/** Throws {@link VerificationError} when any check failed. */
function throwIfFailed(checks) {
    const failures = checks.filter((c) => c.outcome === 'fail');
    if (failures.length > 0)
        throw new VerificationError(failures);
}
/**
 * Checks every node, prints one line per check, and prints the guide's troubleshooting output for
 * each failing node. Returns every result, passing and failing: a node that failed does not hide
 * what the others proved.
 */
async function verifyCluster(run, log, nodes, options) {
    const checks = await log.group('Verifying audit logging', async () => {
        const results = await verifyNodes(run, nodes, options);
        for (const result of results)
            log.info(formatCheck(result));
        return results;
    });
    const failing = new Set(checks.filter((c) => c.outcome === 'fail').map((c) => c.node));
    for (const node of failing) {
        await log.group(`Diagnostics for ${node}`, async () => log.info(await collectDiagnostics(run, node)));
    }
    return checks;
}

;// CONCATENATED MODULE: ./src/steps/up/up.ts

















/** The file name of the cluster's own kubeconfig in the run's folder. */
const KUBECONFIG_FILE = 'kubeconfig';
/** The name is taken: kind would refuse it, and this use must not touch the other's files. */
class ClusterExistsError extends Error {
    clusterName;
    constructor(clusterName) {
        super(`A kind cluster named "${clusterName}" already exists. Pick another cluster name, or delete ` +
            `that cluster first with 'kind delete cluster --name ${clusterName}'. On a runner that is ` +
            `reused (self-hosted), 'delete-cluster: true' (the default 'auto' there) has post delete ` +
            'each cluster after collecting its logs, so the next run finds the name free.');
        this.clusterName = clusterName;
        this.name = 'ClusterExistsError';
    }
}
/**
 * Checks the runner (Linux, Docker, kind), checks the policy, refuses a cluster name already in use, writes the two files, creates the
 * cluster and proves every control-plane node writes its audit log. Nothing is written before the
 * name is known to be free; state is saved before kind runs. Throws on the first thing that fails,
 * after saving what was proven, so post knows which logs were live.
 */
async function up(runner, log, given, context) {
    // Platform and Docker first: nothing else is worth asking (or downloading) without them.
    await preflight(runner, {
        platform: context.runner?.platform ?? process.platform,
        dockerHost: context.runner?.dockerHost ?? process.env.DOCKER_HOST,
    });
    // The user's kind config decides the nodes (and may name the cluster); read once, checked first.
    const { options, config } = await resolveKindConfig(given, context.workspace);
    const controlPlanes = config?.controlPlanes ?? options.controlPlanes;
    // The kind in use and the node image's Kubernetes version are known before the policy is
    // checked, so the policy is judged as the cluster's own API server will judge it. A kind that
    // is missing from PATH is installed; one that cannot run fails here, before anything is written.
    const kind = await chooseKind(runner, log, options.kind, {
        nodeImage: options.nodeImage,
        configImages: config ? controlPlaneImages(config.text) : undefined,
    }, context.kindPlace);
    const run = kind.run;
    if (options.kindConfig)
        warnAboutPatches(log, options.kindConfig, kind.kubeadmApi);
    const policy = await preparePolicy(options.policySource, options.policyOptions, context.workspace, log, kind.kubernetesVersion);
    // The insights' files are read and checked against the policy before anything is created.
    const insights = options.insights
        ? await prepareInsights(options.insights, context.workspace, policy.policy, log)
        : undefined;
    if ((await clusterNames(run)).includes(options.clusterName)) {
        throw new ClusterExistsError(options.clusterName);
    }
    const dir = await context.claimDir(options.clusterName);
    const logDir = external_node_path_default().join(dir, 'logs');
    const logHostPaths = await prepareLogFolders(logDir, controlPlaneNames(options.clusterName, controlPlanes), NODE_PATHS.logFile);
    const files = await writeClusterFiles(log, dir, policy.text, options, { logHostPaths });
    const state = {
        clusterName: options.clusterName,
        dir,
        policyPath: files.policy.path,
        kindConfigPath: files.kindConfig.path,
        policyOrigin: policy.origin,
        auditLogPath: NODE_PATHS.logFile,
        logDir,
        clusterCreateStarted: true,
        controlPlaneNodes: [],
        verifiedNodes: [],
        createFailure: '',
        deleteCluster: deletesCluster(options.deleteCluster ?? 'auto', context.reusedMachine ?? false),
        exportLogs: options.exportLogs ?? false,
        kubeconfigPath: '',
        kindCommand: kind.command,
        ...(insights ? { insights: await saveInsights(dir, insights) } : {}),
        ...(options.redaction ? { redaction: options.redaction } : {}),
    };
    // Saved before kind runs: a create that fails or is cancelled half-way may still leave logs.
    await context.saveState(state);
    try {
        await log.group(`Creating kind cluster "${options.clusterName}"`, () => createCluster(run, {
            name: options.clusterName,
            configPath: files.kindConfig.path,
            wait: options.wait,
            image: options.nodeImage,
            // kind resolves a config's relative hostPaths against its working directory (kind
            // `pkg/cluster/internal/providers/docker/provision.go`): the workspace, as when the user
            // runs kind from the repository root.
            cwd: context.workspace,
        }, (chunk) => log.info(chunk.trimEnd())));
    }
    catch (error) {
        // The nodes were retained: post explains (after a cancellation), collects and deletes them.
        const cancelled = error instanceof CancelledError;
        state.createFailure = cancelled ? 'cancelled' : 'failed';
        await context.saveState(state);
        // A cancelled step's commands are all stopped: post shows the diagnostics instead.
        if (cancelled)
            throw error;
        const explained = await explainFailedCreate(run, log, options.clusterName, error);
        state.controlPlaneNodes = [...explained.nodes];
        await context.saveState(state);
        throw explained;
    }
    state.controlPlaneNodes = (await listNodes(run, options.clusterName, 'control-plane')).map((n) => n.name);
    if (state.controlPlaneNodes.length === 0) {
        throw new Error(`kind reported success but no control-plane container of cluster "${options.clusterName}" was found`);
    }
    state.kubeconfigPath = external_node_path_default().join(dir, KUBECONFIG_FILE);
    // The cluster's own kubeconfig, private: it holds the admin's client key.
    await writeFileNoFollow(state.kubeconfigPath, await clusterKubeconfig(run, options.clusterName), 0o600);
    await context.saveState(state);
    await context.clusterReady?.(state);
    const checks = await verifyCluster(run, log, state.controlPlaneNodes, {
        policyText: policy.text,
        policy: policy.policy,
        timeoutMs: options.verifyTimeoutMs,
    });
    state.verifiedNodes = verifiedNodes(checks);
    await context.saveState(state);
    throwIfFailed(checks);
    return { state, checks };
}

;// CONCATENATED MODULE: ./src/state/run-state.ts
/**
 * The fields main sets from the run itself. The others are the inputs' (src/inputs/table.ts: each
 * input post acts on names its field and type), and a caller of {@link parseState} passes them.
 */
const RUN_FIELDS = {
    clusterName: 'string',
    dir: 'string',
    policyPath: 'string',
    kindConfigPath: 'string',
    policyOrigin: 'string',
    auditLogPath: 'string',
    logDir: 'string',
    clusterCreateStarted: 'boolean',
    controlPlaneNodes: 'string[]',
    verifiedNodes: 'string[]',
    createFailure: 'string',
    kubeconfigPath: 'string',
    kindCommand: 'string',
};
function fits(value, type) {
    switch (type) {
        case 'string[]':
            return Array.isArray(value) && value.every((v) => typeof v === 'string');
        case 'a name':
            return typeof value === 'string' && value !== '';
        case 'number?':
            return value === undefined || typeof value === 'number';
        default:
            return typeof value === type;
    }
}
const asFields = (value) => (typeof value === 'object' && value ? value : {});
/**
 * Checks `value` against the run's fields, then the carried ones, naming the first field that
 * does not fit by its path. A part (`artifact.…`) may be absent as a whole.
 */
function check(value, carried) {
    const fields = asFields(value);
    const entries = [...Object.entries(RUN_FIELDS), ...Object.entries(carried)];
    for (const [path, type] of entries) {
        const [key, inner] = path.split('.');
        if (inner !== undefined && fields[key] === undefined)
            continue;
        const field = inner === undefined ? fields[key] : asFields(fields[key])[inner];
        if (!fits(field, type))
            throw new Error(`saved state has no valid '${path}' (expected ${type})`);
    }
}
function serializeState(state) {
    return JSON.stringify(state);
}
/**
 * Parses saved state; `undefined` for empty text (main never got that far); throws on a damaged
 * value. `carried`: the fields the inputs carry (`CARRIED`, src/inputs/table.ts).
 */
function parseState(text, carried) {
    if (!text.trim())
        return undefined;
    // Messages say what is wrong, never what the text holds (JSON.parse's own quotes it).
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new Error('saved state is not JSON');
    }
    check(parsed, carried);
    return parsed;
}

;// CONCATENATED MODULE: ./src/cli/state-dir.ts






const STATE_FILE = 'state.json';
/** Far above any state `up` writes (a few KiB). */
const STATE_SIZE_LIMIT = 1024 * 1024;
/**
 * The CLI's own folder, one per user: `$XDG_STATE_HOME/kind-audit`, else
 * `~/.local/state/kind-audit`. A predictable folder under /tmp could be prepared by another user
 * with links in it, so /tmp is used only when there is no home, and then with the uid in its name
 * and the same ownership check.
 */
function stateBase(env = process.env) {
    if (env.XDG_STATE_HOME && external_node_path_default().isAbsolute(env.XDG_STATE_HOME))
        return external_node_path_default().join(env.XDG_STATE_HOME, 'kind-audit');
    if (env.HOME)
        return external_node_path_default().join(env.HOME, '.local', 'state', 'kind-audit');
    return external_node_path_default().join(external_node_os_default().tmpdir(), `kind-audit-${process.getuid?.() ?? 'user'}`);
}
/** The folder of one cluster's files: `--dir` when given, else `<stateBase>/<cluster>`. */
function clusterFolder(clusterName, dir) {
    return dir ? external_node_path_default().resolve(dir) : external_node_path_default().join(stateBase(), clusterName);
}
/** Makes the cluster's folder (and the per-user folder above it) private to this user. */
async function claimClusterFolder(folder, explicit) {
    if (!explicit)
        await ensurePrivateDir(external_node_path_default().dirname(folder));
    await ensurePrivateDir(folder);
    return folder;
}
async function saveState(folder, state) {
    await writeFileNoFollow(external_node_path_default().join(folder, STATE_FILE), serializeState(state), 0o600);
}
/** The state `up` left for a cluster; throws saying how to create it when there is none. */
async function loadState(folder, clusterName) {
    const file = external_node_path_default().join(folder, STATE_FILE);
    let text;
    try {
        // A regular file of bounded size, never waited on (a FIFO), as every input file is read.
        text = await readPolicyFile(file, STATE_SIZE_LIMIT);
    }
    catch (error) {
        if (error instanceof PolicyFileError && !error.missing)
            throw new Error(`The state file ${error.message}.`, { cause: error });
        throw new Error(`No state for cluster "${clusterName}" at ${file}: create it with 'kind-audit up --name ${clusterName}' (or pass the same --dir).`, { cause: error });
    }
    let state;
    try {
        state = parseState(text, table/* CARRIED */.xc);
    }
    catch (error) {
        throw new Error(`The state file ${file} cannot be used: ${error.message}.`, {
            cause: error,
        });
    }
    if (!state)
        throw new Error(`The state file ${file} is empty.`);
    return state;
}

;// CONCATENATED MODULE: ./src/cli/cluster-folder.ts




// What the cluster commands share: the flag of an output folder, their runner, their folder.
/** `--out DIR`, for a command that writes `what`. */
const OUT = (what) => ({
    flag: 'out',
    arg: 'DIR',
    help: `folder to write ${what} into (required)`,
});
/** No positional arguments. */
const NONE = { min: 0, max: 0, name: '' };
/** The command runner of the cluster commands: each command line logged at debug level. */
const runner = (log) => debugRunner(run, log);
/** The cluster a command names, and the folder its files live in. */
function folderOf({ values, inputs }) {
    const name = (0,table/* parseInput */.CU)('clusterName', inputs);
    return { name, folder: clusterFolder(name, (0,flags/* text */.Qq)(values, flags/* DIR_FLAG */.tf)) };
}

;// CONCATENATED MODULE: ./src/cli/out-dir.ts






/**
 * The folder `--out` names, created when missing. A path that cannot be a folder (under /proc, a
 * file, a dangling link) fails here at once, naming the flag, instead of later or never.
 */
async function outDir(value) {
    if (!value)
        throw new exit_codes/* UsageError */.e('--out DIR is required: the folder to write into');
    if (value === STDOUT)
        throw new exit_codes/* UsageError */.e('--out has the value "-": this command writes several files, so it needs a folder, not standard output');
    const dir = external_node_path_default().resolve(value);
    try {
        await makeDirs(dir);
        const info = await (0,promises_.lstat)(dir);
        if (!info.isDirectory())
            throw new Error(info.isSymbolicLink() ? 'it is a link' : 'it is not a folder');
    }
    catch (error) {
        // makeDirs words a file or link in the way itself; the rest are the system's errors.
        const reason = error.code
            ? (0,fs_words/* fsProblem */.X)(error)
            : error.message;
        throw new exit_codes/* UsageError */.e(`--out has the value ${JSON.stringify(value)}: it must be a folder that can be created and written (${reason})`);
    }
    return dir;
}

;// CONCATENATED MODULE: ./src/cli/redaction-flags.ts


/**
 * The user's redaction rules, as the commands that write audit files take them (`redact`,
 * `merge`, `collect`) and as `up` saves them for `collect`: the action's `redact-*` inputs. Each
 * may be given more than once.
 */
const REDACTION_FLAGS = [
    (0,flags/* inputFlag */.PH)('redactResources'),
    (0,flags/* inputFlag */.PH)('redactAuditAnnotations'),
    (0,flags/* inputFlag */.PH)('redactPatterns'),
];
/** Refuses rules given with --no-redact: the two ask for opposite things. */
function redaction_flags_checkRulesWithRedaction(values) {
    if (values[flags/* NO_REDACT_FLAG */.Nw.flag] !== true)
        return;
    const given = REDACTION_FLAGS.filter((f) => values[f.flag] !== undefined).map((f) => `--${f.flag}`);
    if (given.length > 0)
        throw new exit_codes/* UsageError */.e(`give --${flags/* NO_REDACT_FLAG */.Nw.flag} or ${given.join(', ')}, not both: --${flags/* NO_REDACT_FLAG */.Nw.flag} redacts nothing`);
}

;// CONCATENATED MODULE: ./src/cli/collect-commands.ts











/** `collect`: the post routine, into a folder. */
const collect = {
    name: 'collect',
    args: '--out DIR [options]',
    summary: 'copy every audit file out of the control-plane nodes',
    description: "Copies every control-plane node's audit files (from the runner folder up made, else from the node, running or stopped) and builds the artifact's layout in DIR: audit.jsonl merged by time, summary.json, summary.md, a folder per node and the policy and kind config. Secret values are redacted unless --no-redact, by the built-in rules, those given to 'up' and the --redact-* options. Prints the summary. Exits 1 when a log that up had proven live is lost.",
    flags: [OUT('the audit files'), flags/* CLUSTER_FLAGS */.lC.name, flags/* DIR_FLAG */.tf, flags/* NO_REDACT_FLAG */.Nw, ...REDACTION_FLAGS],
    positionals: NONE,
    async run(context) {
        const { log, values } = context;
        redaction_flags_checkRulesWithRedaction(values);
        // Checked before anything is read; they add to those 'up' saved.
        const redaction = readRedactionSettings(context.inputs);
        const { name, folder } = folderOf(context);
        const state = await loadState(folder, name);
        const dir = await outDir((0,flags/* text */.Qq)(values, 'out'));
        const redact = values[flags/* NO_REDACT_FLAG */.Nw.flag] !== true;
        if (!redact)
            log.warning('--no-redact: the files written may hold Secret data and tokens.');
        const result = await finishRun(runner(log), debugStreamRunner(streamCommand, log), log, state, {
            outDir: dir,
            redact,
            redaction,
            rawFiles: true,
            passThread: context.threadScripts.pass,
            publish: () => Promise.resolve({ kind: 'folder', dir }),
            // Collecting never removes a cluster: 'down' does.
            deleteCluster: false,
        });
        process.stdout.write(result.markdown);
        // Failed gates were logged on their own already (the first few; the rest are in the page).
        for (const lost of result.lostLogs)
            log.error(lost);
        return result.lostLogs.length + result.gateErrors.length > 0 ? exit_codes/* EXIT */.d.failed : exit_codes/* EXIT */.d.ok;
    },
};
/** `down`: the cluster deleted, its folder kept. */
const down = {
    name: 'down',
    args: '[options]',
    summary: 'delete the cluster',
    description: "Deletes the cluster with 'kind delete cluster'. Its files (policy, kind config, state) stay in its folder.",
    flags: [flags/* CLUSTER_FLAGS */.lC.name],
    positionals: NONE,
    async run(context) {
        const name = (0,table/* parseInput */.CU)('clusterName', context.inputs);
        await deleteCluster(runner(context.log), name);
        context.log.info(`Deleted cluster "${name}".`);
        return exit_codes/* EXIT */.d.ok;
    },
};

;// CONCATENATED MODULE: ./src/cli/cluster-commands.ts
























const POLICY_AND_NODES = [
    flags/* CLUSTER_FLAGS */.lC.config,
    flags/* CLUSTER_FLAGS */.lC.level,
    flags/* CLUSTER_FLAGS */.lC.policyFile,
    flags/* CLUSTER_FLAGS */.lC.preset,
    flags/* CLUSTER_FLAGS */.lC.omitStages,
    flags/* CLUSTER_FLAGS */.lC.omitManagedFields,
    flags/* CLUSTER_FLAGS */.lC.image,
    flags/* CLUSTER_FLAGS */.lC.controlPlanes,
    flags/* CLUSTER_FLAGS */.lC.workers,
    flags/* CLUSTER_FLAGS */.lC.kindVersion,
    flags/* CLUSTER_FLAGS */.lC.kindMirror,
];
const render = {
    name: 'render',
    args: '--out DIR [options]',
    summary: 'write the audit policy and kind config, create nothing',
    description: "Checks the policy as kube-apiserver would, then writes audit-policy.yaml and kind-config.yaml into DIR. Creates nothing. With no policy option the policy is the guide's (level Metadata). With --config, the audit settings are merged into your kind config, and the merged config is also printed.",
    flags: [OUT('the two files'), flags/* CLUSTER_FLAGS */.lC.name, ...POLICY_AND_NODES],
    positionals: NONE,
    async run({ values, inputs, log }) {
        const { options, config } = await resolveKindConfig(readClusterOptions(inputs), process.cwd());
        // Nothing is downloaded here: the kind asked for (or the one on PATH) decides the version.
        const { kubernetesVersion, kubeadmApi } = await clusterVersionsForRender(runner(log), log, options.kind, {
            nodeImage: options.nodeImage,
            configImages: config ? controlPlaneImages(config.text) : undefined,
        });
        if (options.kindConfig)
            warnAboutPatches(log, options.kindConfig, kubeadmApi);
        const policy = await preparePolicy(options.policySource, options.policyOptions, process.cwd(), log, kubernetesVersion);
        const files = await writeClusterFiles(log, await outDir((0,flags/* text */.Qq)(values, 'out')), policy.text, options);
        if (options.kindConfig)
            process.stdout.write(files.kindConfig.text);
        return exit_codes/* EXIT */.d.ok;
    },
};
const upCommand = {
    name: 'up',
    args: '[options]',
    summary: 'render, create the cluster, verify the audit log is live',
    description: "Renders the files, runs 'kind create cluster', and proves every control-plane node writes its audit log. A name kind already uses is refused before anything is written. The --redact-* options are checked here and kept for 'collect'.",
    flags: [
        flags/* CLUSTER_FLAGS */.lC.name,
        ...POLICY_AND_NODES,
        flags/* CLUSTER_FLAGS */.lC.wait,
        flags/* CLUSTER_FLAGS */.lC.verifyTimeout,
        flags/* CLUSTER_FLAGS */.lC.deleteCluster,
        flags/* CLUSTER_FLAGS */.lC.exportLogs,
        ...Object.values(UP_INSIGHT_FLAGS),
        ...REDACTION_FLAGS,
        flags/* DIR_FLAG */.tf,
    ],
    positionals: NONE,
    async run(context) {
        const { log, values } = context;
        // Every flag is checked at once; the config may name the cluster, and the cluster's folder
        // is named after it.
        const { cluster, insights, redaction } = readInputs(context.inputs);
        const { options } = await resolveKindConfig({ ...cluster, insights, redaction }, process.cwd());
        const folder = clusterFolder(options.clusterName, (0,flags/* text */.Qq)(values, flags/* DIR_FLAG */.tf));
        let saved;
        const { state } = await up(runner(log), log, options, {
            workspace: process.cwd(),
            claimDir: () => claimClusterFolder(folder, (0,flags/* text */.Qq)(values, flags/* DIR_FLAG */.tf) !== ''),
            saveState: (s) => {
                saved = structuredClone(s);
                return saveState(folder, s);
            },
            // The tool cache exists only on a runner: the CLI keeps kind binaries in the user's cache.
            kindPlace: {
                cache: folderKindCache(cliToolCacheRoot()),
                tempDir: external_node_path_default().join(cliToolCacheRoot(), '..', 'downloads'),
            },
            // This machine outlives the command: 'auto' deletes a cluster whose create failed.
            reusedMachine: true,
        }).catch(async (error) => {
            if (saved?.createFailure)
                await collectFailedCreate(log, saved, context.threadScripts.pass);
            throw error;
        });
        log.info(`Cluster "${state.clusterName}" is up (context ${kubeconfigContext(state.clusterName)}); audit log at ${state.auditLogPath} in ${state.controlPlaneNodes.join(', ')}. Its files are in ${folder}.`);
        return exit_codes/* EXIT */.d.ok;
    },
};
/**
 * After a failed create: the same post routine as the action's, into the cluster's folder, then
 * the cluster deleted unless --delete-cluster false (a CLI never deletes a healthy cluster).
 */
async function collectFailedCreate(log, state, passThread) {
    const dir = external_node_path_default().join(state.dir, 'artifact');
    await finishRun(runner(log), debugStreamRunner(streamCommand, log), log, state, {
        outDir: dir,
        redact: true,
        rawFiles: true,
        passThread,
        publish: () => Promise.resolve({ kind: 'folder', dir }),
    });
    log.info(`The failed create's audit files and API server logs are in ${dir}.`);
}
const verify = {
    name: 'verify',
    args: '[options]',
    summary: 'run the checks again on an existing cluster',
    description: "Runs the checks of 'up' again against a cluster that 'up' created.",
    flags: [flags/* CLUSTER_FLAGS */.lC.name, flags/* CLUSTER_FLAGS */.lC.verifyTimeout, flags/* DIR_FLAG */.tf],
    positionals: NONE,
    async run(context) {
        const { log, inputs } = context;
        const { name, folder } = folderOf(context);
        const state = await loadState(folder, name);
        const { verifyTimeoutMs } = readClusterOptions(inputs);
        const nodes = (await listNodes(runner(log), state.clusterName, 'control-plane')).map((n) => n.name);
        if (nodes.length === 0)
            throw new Error(`Cluster "${state.clusterName}" has no control-plane container: was it deleted?`);
        const policyText = await (0,promises_.readFile)(state.policyPath, 'utf8');
        const checks = await verifyCluster(runner(log), log, nodes, {
            policyText,
            policy: checkPolicy(policyText).policy,
            timeoutMs: verifyTimeoutMs,
        });
        throwIfFailed(checks);
        return exit_codes/* EXIT */.d.ok;
    },
};
/** The commands that make, check, collect and remove a cluster. */
const CLUSTER_COMMANDS = [render, upCommand, verify, collect, down];

;// CONCATENATED MODULE: ./src/logs/find/first-event.ts


/**
 * Reads `files` only as far as their first audit event: what a command that writes files checks
 * before it writes anything, so that logs holding no event fail before an empty output exists.
 * The first line of a log is nearly always an event, so this costs one chunk per command; a file
 * with none is read to its end. Damage that does not stop a read is left to the real read to say.
 */
async function scanForEvent(files) {
    let lines = 0;
    for await (const line of readLines(files)) {
        if ((0,events_parse/* parseLine */.A)(line).kind === 'event')
            return { found: true, lines };
        lines++;
    }
    return { found: false, lines };
}

;// CONCATENATED MODULE: ./src/logs/pass/merge-files.ts

/**
 * Writes every node's events, merged by time, to `outFile` exactly as post writes the artifact's
 * `audit.jsonl`: post's one pass (one-pass.ts) with nobody listening. One event a line, each
 * line's bytes as the node wrote them unless redacted; lines that are not events are left out and
 * counted. `outFile` is replaced, never written through a link; a sink (standard output) is
 * written as it is.
 */
function mergeFiles(nodes, outFile, options) {
    return passOverNodes(nodes, outFile, () => { }, options);
}

;// CONCATENATED MODULE: ./src/cli/stdout-sink.ts
/**
 * Standard output for `--out -`: each write resolves once the stream took it (so a slow reader
 * slows the writer down instead of filling memory). A reader that closes the pipe early makes the
 * next write reject; the command then ends quietly (see {@link StdoutSink.readerGone}).
 */
function stdoutSink(stream = process.stdout) {
    let readerGone = false;
    // Without a listener, EPIPE would be thrown from the stream as an uncaught error.
    stream.on('error', (error) => {
        if (error.code === 'EPIPE')
            readerGone = true;
    });
    return {
        get readerGone() {
            return readerGone;
        },
        write: (data) => new Promise((resolve, reject) => {
            stream.write(data, (error) => {
                if (!error)
                    resolve();
                else {
                    if (error.code === 'EPIPE')
                        readerGone = true;
                    reject(error);
                }
            });
        }),
        close: () => Promise.resolve(),
    };
}

;// CONCATENATED MODULE: ./src/cli/merge-command.ts















const merge_command_OUT = {
    flag: 'out',
    arg: 'FILE',
    help: 'the merged file to write, or - for standard output (required)',
};
const WINDOW = {
    flag: 'window',
    arg: 'N',
    help: `events held back per source to restore time order (default ${DEFAULT_WINDOW})`,
};
/** Refuses an output that is one of the inputs: opening it for writing would empty it first. */
async function checkOut(out, files) {
    const target = await (0,promises_.stat)(out).catch(() => undefined);
    if (!target)
        return;
    for (const file of files) {
        const input = await (0,promises_.stat)(file.path);
        if (input.dev === target.dev && input.ino === target.ino)
            throw new exit_codes/* UsageError */.e(`--out has the value ${JSON.stringify(out)}: it is one of the inputs`);
    }
}
function windowOf(value) {
    if (value === '')
        return DEFAULT_WINDOW;
    const window = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(window))
        throw new exit_codes/* UsageError */.e(`--window has the value ${JSON.stringify(value)}: give a whole number of events, e.g. ${DEFAULT_WINDOW}`);
    return window;
}
/** The merged file, opened once the logs proved to hold an event: never through a link. */
async function openOut(out) {
    if (out === STDOUT)
        return stdoutSink();
    try {
        return await openFileSink(out);
    }
    catch (error) {
        throw new exit_codes/* UsageError */.e(outProblem('--out', out, error));
    }
}
/** Checks the logs, then merges them: nothing is written when they hold no event. */
async function merge(context, found, out, window, rules) {
    const { values, log, threadScripts } = context;
    const files = (0,inputs/* filesOf */.R8)(found);
    if (out !== STDOUT)
        await checkOut(out, files);
    const scan = await scanForEvent(files.map((f) => f.path));
    (0,log_args/* requireRequests */._3)(context, found, { requests: scan.found ? 1 : 0, lines: scan.lines });
    const redact = values[flags/* NO_REDACT_FLAG */.Nw.flag] !== true;
    if (!redact)
        log.warning('--no-redact: the merged file may hold Secret data and tokens.');
    const labels = new Map(files.map((f) => [f.path, f.label]));
    const sink = await openOut(out);
    try {
        // Post's own pass: each line is redacted before it is merged, so no secret reaches --out.
        return await mergeFiles(found.groups.map((g) => ({ node: g.node, files: g.files.map((f) => f.path) })), sink, {
            redact,
            rules,
            window,
            // Both cores: the pass threads redact and key the lines while this one merges and writes.
            ...(threadScripts.pass ? { parts: { script: threadScripts.pass } } : {}),
            onProblem: (file, message) => log.warning(message, { file: labels.get(file) ?? file }),
        });
    }
    catch (error) {
        // The reader of standard output stopped early (`| head`): it has what it wanted.
        if ('readerGone' in sink && sink.readerGone)
            return undefined;
        throw error;
    }
    finally {
        await sink.close();
    }
}
/** `kind-audit merge LOG... --out FILE`: the merge step alone. */
const MERGE_COMMAND = {
    name: 'merge',
    args: 'LOG... --out FILE',
    summary: 'merge audit files or node folders into one time-ordered file',
    description: 'Writes the events of every LOG to FILE (- for standard output), one a line, ordered by time, auditID and stage, each line as the API server wrote it, redacted unless --no-redact. ' +
        "Each folder's files are one source, read in the order they were written (rotated oldest first); so is each file named. " +
        `${log_args/* LOGS_HELP */.Ir} ` +
        'Lines that are not events (legacy text, a line cut off mid-write) are left out and counted. ' +
        'Each source holds back up to --window events to put events written out of order back in place; one later than that is written at once and counted. ' +
        'Exits 2 for a log that cannot be read, an --out that cannot be written, or logs that hold no event (unless --allow-empty): nothing is written then.',
    flags: [merge_command_OUT, WINDOW, flags/* NO_REDACT_FLAG */.Nw, ...REDACTION_FLAGS, log_args/* ALLOW_EMPTY_FLAG */.r],
    positionals: { min: 1, max: Number.POSITIVE_INFINITY, name: 'LOG' },
    async run(context) {
        const { values, positionals, log, inputs } = context;
        redaction_flags_checkRulesWithRedaction(values);
        const rules = settings/* RedactionRules */.RC.compile(readRedactionSettings(inputs));
        const out = (0,flags/* text */.Qq)(values, merge_command_OUT);
        if (!out)
            throw new exit_codes/* UsageError */.e('--out FILE is required: the merged file to write, or - for standard output');
        const window = windowOf((0,flags/* text */.Qq)(values, WINDOW));
        const { found, result } = await (0,log_args/* readLogs */.o_)(context, positionals, (logs) => merge(context, logs, out, window, rules));
        if (!result)
            return exit_codes/* EXIT */.d.ok;
        const { merge: stats, redaction } = result;
        if (redaction)
            log.info(`${(0,plural/* count */.U)(redaction.values, 'secret value')} redacted`);
        const report = `${out === STDOUT ? 'standard output' : out}: ${(0,plural/* count */.U)(stats.events, 'event')} from ${(0,plural/* count */.U)(found.groups.length, 'source')}; ` +
            `${stats.skipped.toLocaleString('en-US')} of ${(0,plural/* count */.U)(stats.lines, 'line')} ${stats.skipped === 1 ? 'was not an event' : 'were not events'}; ` +
            `${stats.outOfOrder.toLocaleString('en-US')} came later than the window of ${(0,plural/* count */.U)(window, 'event')}`;
        // With --out -, standard output carries the events: the report goes with the messages.
        if (out === STDOUT)
            log.info(report);
        else
            process.stdout.write(`${report}\n`);
        return exit_codes/* EXIT */.d.ok;
    },
};

;// CONCATENATED MODULE: ./src/cli/policy-commands.ts






const FILE = { min: 1, max: 1, name: 'FILE' };
/** A bad policy file is named as the argument the user gave. */
const FILE_WORDING = { one: 'Argument', name: () => 'FILE' };
async function policy_commands_readPolicyFile(file) {
    return (await readPolicySource({ kind: 'file', path: file, input: table/* INPUT */.bO.policyFile }, process.cwd())).text;
}
/** The API server version whose rules apply: `group: "*"` is valid from 1.36 on. */
const KUBERNETES_VERSION = {
    flag: 'kubernetes-version',
    arg: 'V',
    help: `check as kube-apiserver V loads the policy, e.g. 1.35 (default ${kubernetes_version/* DEFAULT_KUBERNETES_VERSION */.qQ.text}, the pinned kind's default node image)`,
};
function kubernetesVersionFrom(values) {
    const given = (0,flags/* text */.Qq)(values, KUBERNETES_VERSION);
    if (!given)
        return kubernetes_version/* DEFAULT_KUBERNETES_VERSION */.qQ;
    const version = (0,kubernetes_version/* parseKubeVersion */.He)(given);
    if (!version) {
        throw new exit_codes/* UsageError */.e(`--kubernetes-version ${JSON.stringify(given)} is not a Kubernetes version: expected e.g. 1.35 or v1.36.1`);
    }
    return version;
}
const validate = {
    name: 'policy validate',
    args: 'FILE [--json]',
    summary: 'exit 0 when kube-apiserver would accept a policy file',
    description: "Exit 0 when kube-apiserver would accept FILE (warnings on stderr); exit 1 with kube's errors, one per line on stdout, when it would not. --json prints the verdict, the errors and the warnings as JSON instead.",
    flags: [KUBERNETES_VERSION, flags/* JSON_FLAG */.KH],
    positionals: FILE,
    wording: FILE_WORDING,
    async run({ positionals: [file = ''], log, values, terminal }) {
        const version = kubernetesVersionFrom(values);
        const result = checkPolicy(await policy_commands_readPolicyFile(file), version);
        for (const warning of result.warnings) {
            log.warning(warning.message, { file, ...(warning.line ? { line: warning.line } : {}) });
        }
        const rules = result.policy?.rules.length ?? 0;
        if (values[flags/* JSON_FLAG */.KH.flag] === true) {
            const printed = {
                file,
                kubernetesVersion: version.text,
                valid: result.valid,
                rules: result.valid ? rules : 0,
                errors: result.errors,
                warnings: result.warnings,
            };
            process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
        }
        else if (!result.valid)
            process.stdout.write(result.errors.map((e) => `${e}\n`).join(''));
        else
            process.stdout.write(`${file}: kube-apiserver ${version.text} ${terminal.out.ok('would accept this policy')} (${(0,plural/* count */.U)(rules, 'rule')}, ${(0,plural/* count */.U)(result.warnings.length, 'warning')})\n`);
        return result.valid ? exit_codes/* EXIT */.d.ok : exit_codes/* EXIT */.d.failed;
    },
};
const policy_commands_option = (flag, arg, help) => ({ flag, arg, help });
const EXPLAIN = {
    verb: policy_commands_option('verb', 'V', 'the request verb, e.g. get (required)'),
    resource: policy_commands_option('resource', 'R[/sub]', 'the resource, with a subresource after "/", e.g. pods/log'),
    group: policy_commands_option('group', 'G', 'the API group ("" is the core group)'),
    namespace: policy_commands_option('namespace', 'NS', 'the namespace'),
    name: policy_commands_option('name', 'N', "the object's name"),
    user: policy_commands_option('user', 'U', 'the user making the request'),
    groups: policy_commands_option('groups', 'G1,G2', "the user's groups"),
    path: policy_commands_option('path', '/url', 'a non-resource URL instead of --resource'),
};
/** kube's RequestInfo gives a Namespace object its own name as namespace; others default to none. */
function namespaceOfName(resource, name) {
    return resource === 'namespaces' && name ? name : '';
}
/** The request described by explain's flags. */
function requestFromFlags(values) {
    const get = (spec) => (0,flags/* text */.Qq)(values, spec);
    const verb = get(EXPLAIN.verb);
    if (!verb)
        throw new exit_codes/* UsageError */.e('--verb is required, e.g. --verb get');
    const [resource = '', subresource] = get(EXPLAIN.resource).split('/', 2);
    const path = get(EXPLAIN.path);
    if (path && resource)
        throw new exit_codes/* UsageError */.e('give either --resource (an API request) or --path (a non-resource URL), not both');
    if (!path && !resource)
        throw new exit_codes/* UsageError */.e('give --resource R[/sub] for an API request or --path /url for a non-resource URL');
    const groups = get(EXPLAIN.groups)
        .split(',')
        .map((g) => g.trim())
        .filter(Boolean);
    const name = get(EXPLAIN.name);
    return {
        verb,
        ...(get(EXPLAIN.user) ? { user: get(EXPLAIN.user) } : {}),
        ...(groups.length > 0 ? { groups } : {}),
        ...(path
            ? { path }
            : {
                resource,
                ...(subresource ? { subresource } : {}),
                apiGroup: get(EXPLAIN.group),
                namespace: values.namespace !== undefined
                    ? get(EXPLAIN.namespace)
                    : namespaceOfName(resource, name),
                ...(name ? { name } : {}),
            }),
    };
}
const explain = {
    name: 'policy explain',
    args: 'FILE --verb V [options] [--json]',
    summary: 'print the level a request gets, and the rule that decides it',
    description: "Prints the level the request gets under FILE and the rule (index and text) that decided it; --json prints the same as JSON. A policy kube-apiserver would reject exits 1 with kube's errors on stderr.",
    flags: [...Object.values(EXPLAIN), KUBERNETES_VERSION, flags/* JSON_FLAG */.KH],
    positionals: FILE,
    wording: FILE_WORDING,
    async run({ positionals: [file = ''], values }) {
        const request = requestFromFlags(values);
        const version = kubernetesVersionFrom(values);
        const result = checkPolicy(await policy_commands_readPolicyFile(file), version);
        if (!result.valid || !result.policy) {
            process.stderr.write(`${file}: kube-apiserver ${version.text} would reject this policy:\n${result.errors.join('\n')}\n`);
            return exit_codes/* EXIT */.d.failed;
        }
        const decision = evaluate(result.policy, request);
        if (values[flags/* JSON_FLAG */.KH.flag] === true) {
            const index = decision.ruleIndex;
            const rule = index === null ? undefined : result.policy.rules[index];
            const printed = {
                file,
                kubernetesVersion: version.text,
                request,
                level: decision.level,
                rule: index === null || !rule ? null : { index, rule },
                omitStages: decision.omitStages,
            };
            process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
            return exit_codes/* EXIT */.d.ok;
        }
        if (decision.ruleIndex === null) {
            process.stdout.write(`level: ${decision.level}\nrule: none matched (a request no rule matches is not audited)\n`);
            return exit_codes/* EXIT */.d.ok;
        }
        const rule = result.policy.rules[decision.ruleIndex];
        process.stdout.write(`level: ${decision.level}\nrule: rules[${decision.ruleIndex}] ${JSON.stringify(rule)}\n` +
            (decision.omitStages.length > 0
                ? `omitted stages: ${decision.omitStages.join(', ')}\n`
                : ''));
        return exit_codes/* EXIT */.d.ok;
    },
};
/** The commands that check and explain policy files. */
const POLICY_COMMANDS = [validate, explain];

;// CONCATENATED MODULE: ./src/cli/rbac-command.ts
















/** The one subject asked for, or undefined for --all; exactly one of the three is required. */
function subjectAsked(values) {
    const user = (0,flags/* text */.Qq)(values, RBAC_FLAGS.user);
    const serviceAccount = (0,flags/* text */.Qq)(values, RBAC_FLAGS.serviceAccount);
    const given = [user, serviceAccount, values.all === true ? 'all' : ''].filter(Boolean);
    if (given.length !== 1)
        throw new exit_codes/* UsageError */.e(`give one of --user U, --serviceaccount NS:NAME or --all (${given.length === 0 ? 'none was given' : 'more than one was given'})`);
    if (serviceAccount) {
        const parts = serviceAccount.split(':');
        if (parts.length !== 2 || parts.some((p) => p === ''))
            throw new exit_codes/* UsageError */.e(`--serviceaccount has the value ${JSON.stringify(serviceAccount)}: it must be NAMESPACE:NAME, e.g. app:operator`);
        return `system:serviceaccount:${serviceAccount}`;
    }
    return user || undefined;
}
/** `--namespace`: '' for every namespace, else a namespace's name (checked). */
function namespaceAsked(values) {
    const namespace = (0,flags/* text */.Qq)(values, RBAC_FLAGS.namespace);
    if (values[RBAC_FLAGS.namespace.flag] !== undefined && !isNamespaceName(namespace))
        throw new exit_codes/* UsageError */.e(`--namespace has the value ${JSON.stringify(namespace)}: it must be a namespace's name, 1 to 63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit, e.g. app`);
    return namespace;
}
/** `--generate-name`: the start of every object's name (checked). */
function namePrefixAsked(values) {
    if (values[RBAC_FLAGS.generateName.flag] === undefined)
        return DEFAULT_NAME_PREFIX;
    const prefix = (0,flags/* text */.Qq)(values, RBAC_FLAGS.generateName);
    if (!isNamePrefix(prefix))
        throw new exit_codes/* UsageError */.e(`--generate-name has the value ${JSON.stringify(prefix)}: it must be ${NAME_PREFIX_RULE}`);
    return prefix;
}
/** `kind-audit rbac LOG... (--user U | --serviceaccount NS:NAME | --all) [--out DIR]`. */
const RBAC_COMMAND = {
    name: 'rbac',
    args: 'LOG... (--user U | --serviceaccount NS:NAME | --all) [-n NS] [--generate-name PREFIX] [--out DIR] [--fold-namespaces GLOBS] [--json]',
    summary: 'least-privilege RBAC for what a user or service account did',
    description: `Generate the Roles, ClusterRole and bindings that allow every request a subject made (denied ones included) and nothing it did not make, as audit2rbac does: list also grants get and watch, watch get and list, update and patch each other and get; a create is not limited by name; what Kubernetes' default roles allow everyone (discovery, /healthz, /version, /openapi, self-reviews) is left out. A verb used on two names of a resource is granted on every name, and one used in two namespaces in every namespace, unless --no-generalize-names or --no-generalize-namespaces. Prints YAML; --out DIR (and --all, which writes into ./rbac unless --out says otherwise) writes a file per subject, its name made safe: ':' becomes '~', other characters outside a-z 0-9 ._@+=,- become %XX (--out - prints instead). Every object is named PREFIX:<subject> (--generate-name, default kind-audit) and labelled kind-audit.github.io/generated-by=kind-audit, kind-audit.github.io/run=<run> (the same for every object from the same logs) and kind-audit.github.io/subject=<subject, lower case, other characters '-'>: 'kubectl delete roles,rolebindings,clusterroles,clusterrolebindings -A -l kind-audit.github.io/run=<run>' deletes one run's. --namespace (-n) keeps only the requests in one namespace, as audit2rbac's does. --json prints each subject's objects as JSON. ${log_args/* LOGS_HELP */.Ir} Exits 1 when the subject asked for made no request, 2 for a log that cannot be read or logs that hold no request (unless --allow-empty).`,
    flags: [...Object.values(RBAC_FLAGS), INSIGHT_FLAGS.foldNamespaces, flags/* JSON_FLAG */.KH, log_args/* ALLOW_EMPTY_FLAG */.r],
    positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, name: 'LOG' },
    async run(context) {
        const { values, positionals, log } = context;
        const subject = subjectAsked(values);
        const namespace = namespaceAsked(values);
        const namePrefix = namePrefixAsked(values);
        const options = {
            generalize: {
                names: values[RBAC_FLAGS.noGeneralizeNames.flag] !== true,
                namespaces: values[RBAC_FLAGS.noGeneralizeNamespaces.flag] !== true,
            },
            // A subject named outright is taken even when it is one of Kubernetes' components.
            ...(subject !== undefined ? { wants: (q) => q.user === subject } : {}),
        };
        const dir = (0,flags/* text */.Qq)(values, RBAC_FLAGS.out) || (subject === undefined ? 'rbac' : '');
        const out = dir && dir !== STDOUT ? await outDir(dir) : undefined;
        const globs = (0,fold/* parseFoldGlobs */.co)((0,flags/* text */.Qq)(values, INSIGHT_FLAGS.foldNamespaces));
        const folder = globs.length > 0 ? new fold/* NamespaceFolder */.Uf(globs) : undefined;
        const generator = new RbacGenerator(options);
        const run = new RunIdentity();
        const counts = { lines: 0, requests: 0 };
        const { found } = await (0,log_args/* readLogs */.o_)(context, positionals, (logs) => eachRequest(logs, log, counts, (request) => {
            // Every request names the run, so filters do not change its label (nor does folding).
            run.add(request);
            if (namespace && request.namespace !== namespace)
                return;
            generator.add(folder ? folder.request(request) : request);
        }));
        (0,log_args/* requireRequests */._3)(context, found, counts);
        const result = generator.result();
        if (result.dropped > 0)
            log.warning(`${(0,plural/* count */.U)(result.dropped, 'distinct permission')} past the first ${generator.kept().toLocaleString('en-US')} ${result.dropped === 1 ? 'was' : 'were'} left out; the RBAC is incomplete`);
        if (result.subjects.length === 0 && counts.requests > 0) {
            log.error(`no requests of ${subject === undefined ? 'any subject but the components' : JSON.stringify(subject)}${namespace ? ` in namespace ${namespace}` : ''} in ${positionals.join(', ')}`);
            return exit_codes/* EXIT */.d.failed;
        }
        const manifest = { run: run.result(), namePrefix };
        const json = values[flags/* JSON_FLAG */.KH.flag] === true;
        const files = new Map();
        if (out)
            for (const rbac of result.subjects) {
                const file = external_node_path_default().join(out, await writeRbacFile(out, rbac, manifest));
                files.set(rbac.subject, file);
                if (!json)
                    process.stdout.write(`${file}\n`);
            }
        if (json) {
            const printed = {
                subjects: result.subjects.map((rbac) => ({
                    subject: rbac.subject,
                    requests: rbac.requests,
                    ...(files.has(rbac.subject) ? { file: files.get(rbac.subject) } : {}),
                    objects: rbacObjects(rbac, manifest),
                })),
                dropped: result.dropped,
            };
            process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
        }
        else if (!out)
            process.stdout.write(result.subjects.map((r) => rbacYaml(r, manifest)).join('---\n'));
        if (out && result.subjects.length > 0)
            log.info(`the objects are labelled ${runSelector(manifest.run)}`);
        return exit_codes/* EXIT */.d.ok;
    },
};

;// CONCATENATED MODULE: ./src/logs/redact/file.ts






/** How much is read at a time: large runs of clean lines pass on as one slice. */
const file_CHUNK_BYTES = 1024 * 1024;
/** zlib's errors for input that ends early or is corrupt: the file was cut, not unreadable. */
function file_isDamagedGzip(error) {
    const code = error.code;
    return code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR';
}
async function openInput(file) {
    // O_NONBLOCK: a FIFO in place of the file fails the size check below instead of hanging.
    const handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    try {
        if (!(await handle.stat()).isFile())
            throw new Error(`${file} is not a regular file`);
        return handle;
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
async function* redacted(source, redactor) {
    let damaged = false;
    try {
        for await (const chunk of source) {
            const parts = redactor.push(chunk);
            if (parts.length > 0)
                yield parts.length === 1 ? parts[0] : Buffer.concat(parts);
        }
    }
    catch (error) {
        if (!file_isDamagedGzip(error))
            throw error;
        damaged = true;
    }
    const parts = redactor.end(damaged ? DAMAGED : undefined);
    if (parts.length > 0)
        yield Buffer.concat(parts);
}
const DAMAGED = 'the compressed file ends early';
/**
 * Copies an audit file with secret material replaced (see `redactLine`), streaming: memory stays
 * bounded at any size. `.gz` in gives `.gz` out (by the input's name); a cut `.gz` gives what could
 * be read and a marker for the rest. The output is never written through a link.
 */
async function redactFile(input, output, options = {}) {
    const gz = input.endsWith('.gz');
    const redactor = new StreamRedactor(options.maxLineBytes ?? stream_MAX_LINE_BYTES, undefined, options.rules);
    const inHandle = await openInput(input);
    let outHandle;
    try {
        outHandle = await (0,promises_.open)(output, external_node_fs_.constants.O_WRONLY |
            external_node_fs_.constants.O_CREAT |
            external_node_fs_.constants.O_TRUNC |
            external_node_fs_.constants.O_NOFOLLOW |
            external_node_fs_.constants.O_NONBLOCK, 0o644);
        const raw = inHandle.createReadStream({ highWaterMark: file_CHUNK_BYTES, autoClose: false });
        let source = raw;
        if (gz) {
            const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: file_CHUNK_BYTES });
            // pipe() does not pass a read error on; without this the loop would wait forever.
            raw.on('error', (error) => gunzip.destroy(error));
            source = raw.pipe(gunzip);
        }
        // The sink closes the handle itself once written: pipeline waits for that close.
        const sink = outHandle.createWriteStream();
        const body = external_node_stream_.Readable.from(redacted(source, redactor), { objectMode: false });
        if (gz)
            await (0,external_node_stream_promises_.pipeline)(body, (0,external_node_zlib_.createGzip)(), sink);
        else
            await (0,external_node_stream_promises_.pipeline)(body, sink);
    }
    finally {
        await inHandle.close();
        await outHandle?.close();
    }
    return redactor.stats;
}

;// CONCATENATED MODULE: ./src/cli/redact-command.ts















/** One line a person can read: how much was redacted, and where. */
function describeStats(stats) {
    const where = Object.entries(stats.byLocation)
        .sort(([, a], [, b]) => b - a)
        .map(([location, n]) => `${location} ${n}`)
        .join(', ');
    return `${(0,plural/* count */.U)(stats.lines, 'line')}, ${(0,plural/* count */.U)(stats.values, 'value')} redacted${where ? ` (${where})` : ''}, ${(0,plural/* count */.U)(stats.unparseable, 'unparseable line')} replaced`;
}
/** OUT may be neither IN nor inside it (a folder would be read while written). */
function checkPaths(input, output) {
    if (input === inputs/* STDIN */.TF || output === STDOUT)
        return;
    const from = external_node_path_default().resolve(input);
    const to = external_node_path_default().resolve(output);
    if (to === from || to.startsWith(`${from}${(external_node_path_default()).sep}`))
        throw new exit_codes/* UsageError */.e(`OUT has the value ${JSON.stringify(output)}: it must be neither IN nor inside it (write the redacted copy elsewhere)`);
}
/**
 * Where each file found in IN is written: OUT itself for a file (or standard input), OUT/<path
 * inside IN> for a folder's files.
 */
async function targets(input, output, found) {
    const files = (0,inputs/* filesOf */.R8)(found);
    const folder = input !== inputs/* STDIN */.TF && (await (0,promises_.lstat)(input).catch(() => undefined))?.isDirectory();
    if (!folder)
        return new Map(files.map((f) => [f.path, output]));
    if (output === STDOUT)
        throw new exit_codes/* UsageError */.e(`OUT has the value "-": standard output takes one file, and IN ${JSON.stringify(input)} is a folder (name a folder to write the copies into)`);
    return new Map(files.map((f) => [f.path, external_node_path_default().join(output, external_node_path_default().relative(input, f.path))]));
}
/** Opens `file` for writing as redactFile will (never through a link), so a bad OUT fails first. */
async function checkWritable(file, output) {
    try {
        await makeDirs(external_node_path_default().dirname(file));
        const flags = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK;
        const handle = await (0,promises_.open)(file, flags, 0o644);
        const regular = (await handle.stat()).isFile();
        await handle.close();
        if (!regular)
            throw new Error(`${file} is not a regular file`);
    }
    catch (error) {
        throw new exit_codes/* UsageError */.e(outProblem('OUT', file === output ? output : `${output} (${file})`, error));
    }
}
/**
 * Copies the redacted file to standard output, once it is whole; false when the reader went away
 * (`| head`), which ends the command quietly, as `cat`'s does.
 */
async function toStdout(file) {
    try {
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file), process.stdout, { end: false });
        return true;
    }
    catch (error) {
        if (error.code === 'EPIPE')
            return false;
        throw error;
    }
}
async function redact(context, input, output, found, rules) {
    const { log } = context;
    const files = (0,inputs/* filesOf */.R8)(found);
    const scan = await scanForEvent(files.map((f) => f.path));
    (0,log_args/* requireRequests */._3)(context, found, { requests: scan.found ? 1 : 0, lines: scan.lines });
    const where = await targets(input, output, found);
    // Standard output gets a private file first: redactFile writes files, never through a link.
    const scratch = output === STDOUT ? await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'kind-audit-redact-')) : undefined;
    let total = emptyStats();
    try {
        for (const file of files) {
            const gz = file.path.endsWith('.gz') ? '.gz' : '';
            const target = scratch ? external_node_path_default().join(scratch, `stdout${gz}`) : (where.get(file.path) ?? output);
            if (!scratch)
                await checkWritable(target, output);
            const stats = await redactFile(file.path, target, { rules });
            total = addStats(total, stats);
            log.info(`${scratch ? 'standard output' : target}: ${describeStats(stats)}`);
            if (scratch && !(await toStdout(target)))
                break;
        }
    }
    finally {
        if (scratch)
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
    return total;
}
/** `kind-audit redact IN OUT`: the redaction step alone, file to file or folder to folder. */
const REDACT_COMMAND = {
    name: 'redact',
    args: 'IN OUT [--allow-empty]',
    summary: 'copy audit files with Secrets and tokens replaced by a marker',
    description: `Copy IN to OUT with secret material replaced by a fixed marker: Secret data and stringData (also in lists, watch events and tables), Secrets' annotations (but a few known names) and fields a Secret does not have, the last-applied annotation when it holds a Secret, bodies sent to secrets but whole Secrets (patches keep only where they change), TokenRequest and TokenReview tokens, webhook patches to Secrets; and what the --redact-* options add. Lines with nothing to redact are copied byte for byte; lines that are cut off or not JSON are replaced, and lines with a repeated key are written from their parse when they spell a word a rule acts on. A file gives a file (.gz stays .gz); - reads standard input, and OUT - writes standard output. A folder gives a folder of its log files at the same paths, an artifact's raw copies included. ${log_args/* LOGS_HELP */.Ir} Exits 2 for an IN that cannot be read, an OUT that cannot be written, or an IN that holds no event (unless --allow-empty): nothing is written then.`,
    flags: [...REDACTION_FLAGS, log_args/* ALLOW_EMPTY_FLAG */.r],
    positionals: { min: 2, max: 2, name: 'IN and OUT' },
    pathArgument: 'IN',
    async run(context) {
        const [input = '', output = ''] = context.positionals;
        const rules = settings/* RedactionRules */.RC.compile(readRedactionSettings(context.inputs));
        checkPaths(input, output);
        const { found, result: total } = await (0,log_args/* readLogs */.o_)(context, [input], (logs) => redact(context, input, output, logs, rules), { artifact: 'every-file' });
        const report = `${(0,plural/* count */.U)((0,inputs/* filesOf */.R8)(found).length, 'file')} redacted into ${output === STDOUT ? 'standard output' : output}: ${describeStats(total)}`;
        if (output === STDOUT)
            context.log.info(report);
        else
            process.stdout.write(`${report}\n`);
        return exit_codes/* EXIT */.d.ok;
    },
};

// EXTERNAL MODULE: ./src/cli/run-command.ts + 2 modules
var run_command = __webpack_require__(7796);
// EXTERNAL MODULE: ./src/cli/summarize-command.ts + 6 modules
var summarize_command = __webpack_require__(5452);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.2.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts

/** The version of kind-audit, as package.json (and so the npm package and the release) gives it. */
const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/cli/main.ts













/** Every command, in the order help lists them. */
const COMMANDS = [
    ...CLUSTER_COMMANDS,
    ...POLICY_COMMANDS,
    MERGE_COMMAND,
    REDACT_COMMAND,
    summarize_command/* SUMMARIZE_COMMAND */.g,
    RBAC_COMMAND,
    CHECK_COMMAND,
    BASELINE_COMMAND,
];
function mainHelp() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
    return `kind-audit — a kind cluster whose API server writes an audit log, verified and collected.

Usage: kind-audit <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

Run 'kind-audit <command> --help' for a command's options, 'kind-audit --version' for the version.
A cluster's files and state live in ${stateBase()}/<cluster> unless --dir names another folder.
Logs are named the same way everywhere: files (plain or .gz), folders, artifact folders, or - for
standard input; --out - writes to standard output. The reference: docs/cli.md in the repository.
Exit codes: ${exit_codes/* EXIT */.d.ok} done, ${exit_codes/* EXIT */.d.failed} a check or command failed, ${exit_codes/* EXIT */.d.usage} a usage or input mistake.`;
}
/** The commands of a group (`policy`): `policy validate`, `policy explain`. */
function groupOf(word) {
    return COMMANDS.filter((c) => c.name.startsWith(`${word} `));
}
function groupHelp(word) {
    const commands = groupOf(word);
    const width = Math.max(...commands.map((c) => c.name.length)) + 2;
    return `Usage: kind-audit ${word} <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

Run 'kind-audit ${word} <command> --help' for a command's options.`;
}
function commandHelp(command) {
    return `Usage: kind-audit ${command.name} ${command.args}\n\n${command.description}\n\nOptions:\n${(0,flags/* flagHelp */.QR)((0,run_command/* flagsOf */.Zo)(command))}`;
}
/** The command named by the first words of argv, and the words after it. */
function findCommand(argv) {
    for (const words of [2, 1]) {
        const command = COMMANDS.find((c) => c.name === argv.slice(0, words).join(' '));
        if (command)
            return { command, rest: argv.slice(words) };
    }
    return undefined;
}
/** The commands that take a flag, so an error can say where a misplaced one belongs. */
function owners(flag) {
    return COMMANDS.filter((c) => c.flags.some((f) => f.flag === flag || f.alias === flag)).map((c) => c.name);
}
/**
 * Runs `kind-audit <command> [flags]`; returns the exit code. Errors are printed, never thrown.
 * `threadScripts` are the scripts worker threads run (see CommandContext).
 */
async function runCli(argv, threadScripts = {}) {
    const [first, second] = argv;
    if (!first || first === '--help' || first === '-h' || first === 'help') {
        (first ? process.stdout : process.stderr).write(`${mainHelp()}\n`);
        return first ? exit_codes/* EXIT */.d.ok : exit_codes/* EXIT */.d.usage;
    }
    if (first === '--version') {
        process.stdout.write(`kind-audit ${VERSION}\n`);
        return exit_codes/* EXIT */.d.ok;
    }
    const group = groupOf(first).length > 0;
    if (group && (second === '--help' || second === '-h' || second === 'help')) {
        process.stdout.write(`${groupHelp(first)}\n`);
        return exit_codes/* EXIT */.d.ok;
    }
    const found = findCommand(argv);
    if (!found) {
        const known = (group ? groupOf(first) : COMMANDS).map((c) => c.name).join(', ');
        const named = group && second !== undefined ? `${first} ${second}` : first;
        process.stderr.write(group && second === undefined
            ? `kind-audit: name a ${first} command. Commands: ${known}.\n`
            : `kind-audit: unknown command "${named}". Commands: ${known}.\n`);
        return exit_codes/* EXIT */.d.usage;
    }
    const { command, rest } = found;
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,flags/* parseFlags */.bQ)(command.name, (0,run_command/* flagsOf */.Zo)(command), rest, owners));
        if (values.help) {
            process.stdout.write(`${commandHelp(command)}\n`);
            return exit_codes/* EXIT */.d.ok;
        }
        (0,run_command/* checkPositionals */.iJ)(command, positionals);
    }
    catch (error) {
        return (0,run_command/* printFailure */.eV)(command, error);
    }
    return (0,run_command/* runParsed */.$6)(command, values, positionals, threadScripts);
}


/***/ })

};
