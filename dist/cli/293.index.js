export const id = 293;
export const ids = [293];
export const modules = {

/***/ 1816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ paintFor)
/* harmony export */ });
const sgr = (code) => (text) => `\u001b[${code}m${text}\u001b[39m`;
const plain = (text) => text;
/**
 * The paint for one output stream: colour only when it is a terminal, `NO_COLOR` is unset or
 * empty (https://no-color.org) and `TERM` is not `dumb`; a pipe or a file gets plain text.
 */
function paintFor(stream, env = process.env) {
    const enabled = stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
    return enabled
        ? { enabled, ok: sgr(32), bad: sgr(31), warn: sgr(33) }
        : { enabled, ok: plain, bad: plain, warn: plain };
}


/***/ }),

/***/ 8551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT),
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/** The CLI's exit codes (DESIGN.md, "CLI exit codes"): the one home. */
const EXIT = {
    /** Done. */
    ok: 0,
    /** What was checked failed: a policy kube would reject, a failed check, a command that failed. */
    failed: 1,
    /** Usage: an unknown command or flag, a bad flag value, an unreadable or oversized input file. */
    usage: 2,
};
/** A mistake in how the CLI was called; exits {@link EXIT.usage}. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ JSON_FLAG),
/* harmony export */   Ni: () => (/* binding */ flagWording),
/* harmony export */   Nw: () => (/* binding */ NO_REDACT_FLAG),
/* harmony export */   QR: () => (/* binding */ flagHelp),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   WK: () => (/* binding */ inputsFrom),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   gd: () => (/* binding */ COMMON_FLAGS),
/* harmony export */   iP: () => (/* binding */ flagOf),
/* harmony export */   lC: () => (/* binding */ CLUSTER_FLAGS),
/* harmony export */   tf: () => (/* binding */ DIR_FLAG)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _inputs_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5585);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8551);



const flagOf = (input, arg, help, flag = input) => ({
    flag,
    ...(flag !== input ? { alias: input } : {}),
    arg,
    help,
    input,
});
/** The flags that carry the action's inputs, shared by the commands that create a cluster. */
const CLUSTER_FLAGS = {
    name: flagOf(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.clusterName, 'N', "cluster name (default: the --config file's name, else kind)", 'name'),
    config: flagOf(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.config, 'FILE', 'your own kind config; the audit settings are merged into it, and its nodes are used'),
    level: flagOf(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.policyLevel, 'L', "the guide's single-rule policy at level None | Metadata | Request | RequestResponse", 'level'),
    policyFile: flagOf(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.policyFile, 'F', 'your own policy file'),
    preset: flagOf(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.preset, 'P', 'a built-in policy: metadata | recommended'),
    omitStages: flagOf(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.omitStages, 'S', "stages left out of every event, e.g. RequestReceived; none clears the policy's own"),
    omitManagedFields: flagOf(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.omitManagedFields, 'BOOL', "set the policy's omitManagedFields"),
    image: flagOf(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.nodeImage, 'I', "node image for every node, overriding the --config file's (default: kind's own)", 'image'),
    controlPlanes: flagOf(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.controlPlanes, 'N', 'control-plane nodes, 1 to 7 (default 1); each is audited. Not with --config'),
    workers: flagOf(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.workers, 'N', 'worker nodes, 0 to 16 (default 0). Not with --config'),
    wait: flagOf(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.wait, 'D', "how long 'kind create cluster' waits for the control plane"),
    verifyTimeout: flagOf(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.verifyTimeout, 'D', "how long to wait for the probe's event in each node's log"),
    kindVersion: flagOf(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.kindVersion, 'V', 'kind release to download and verify, e.g. v0.32.0 (default: kind on PATH, else the pinned release)'),
    kindMirror: flagOf(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.kindMirror, 'URL', "base URL laid out like kind's GitHub release downloads"),
    deleteCluster: flagOf(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.deleteCluster, 'WHEN', 'after a failed create: auto | true delete the cluster once its logs are collected, false keeps it'),
    exportLogs: flagOf(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT */ .bO.exportLogs, 'BOOL', "also put 'kind export logs' into the collected folder's kind-logs/ (not redacted)"),
};
/** Where a command keeps its files; per user by default. */
const DIR_FLAG = {
    flag: 'dir',
    arg: 'DIR',
    help: "this cluster's files and state (default: a private per-user folder, see 'kind-audit --help')",
};
/** `redact: false` in the CLI's words: commands that write audit files redact by default. */
const NO_REDACT_FLAG = {
    flag: 'no-redact',
    help: 'keep secret values: the files written may then hold Secret data and tokens',
};
/** `--json`, for the commands that print a result a program may read (docs/cli.md gives each shape). */
const JSON_FLAG = {
    flag: 'json',
    help: 'print the result as JSON (its shape: docs/cli.md)',
};
/** Every command takes these. */
const COMMON_FLAGS = [
    { flag: 'verbose', help: 'print each command line run' },
    { flag: 'help', short: 'h', help: 'print this help' },
];
/** A string flag's value; '' when it was not given (the same "unset" as an empty input). */
function text(values, flag) {
    const value = values[typeof flag === 'string' ? flag : flag.flag];
    return typeof value === 'string' ? value : '';
}
/**
 * Parses a command's arguments against its own flags only: a flag that belongs to another command
 * is an error naming the command that owns it. An alias given with its flag is an error too.
 */
function parseFlags(command, flags, argv, owners) {
    const options = {};
    for (const spec of flags) {
        const type = spec.arg ? 'string' : 'boolean';
        const many = spec.multiple ? { multiple: true } : {};
        options[spec.flag] = { type, ...many, ...(spec.short ? { short: spec.short } : {}) };
        if (spec.alias)
            options[spec.alias] = { type, ...many };
    }
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, strict: true, allowPositionals: true });
    }
    catch (error) {
        throw usageFrom(command, flags, error, owners);
    }
    const values = {};
    for (const [key, value] of Object.entries(parsed.values))
        values[key] = Array.isArray(value) ? value.join('\n') : value;
    for (const spec of flags) {
        if (!spec.alias || values[spec.alias] === undefined)
            continue;
        if (values[spec.flag] !== undefined)
            throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`give --${spec.flag} or --${spec.alias}, not both: they are the same option`);
        values[spec.flag] = values[spec.alias];
    }
    return { values, positionals: parsed.positionals };
}
function usageFrom(command, flags, error, owners) {
    const code = error.code;
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '(-{1,2})([^']+)'/.exec(message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
        const [, dashes = '--', name = ''] = unknown;
        const elsewhere = owners(name).filter((c) => c !== command);
        return new _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${dashes}${name} is not an option of '${command}'` +
            (elsewhere.length > 0 ? ` (it belongs to '${elsewhere.join("', '")}')` : '') +
            `; its options are ${flags.map((f) => `--${f.flag}`).join(', ')}`);
    }
    return new _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(message.split('. To specify')[0] ?? message);
}
/**
 * The engine reads flags through the action's input rules, so a bad value gets the same checks;
 * the returned source answers each input from the flag that carries it, '' when it was not given.
 */
function inputsFrom(values, flags) {
    return (input) => {
        const spec = flags.find((f) => f.input === input);
        return spec ? text(values, spec) : '';
    };
}
/** How a command's errors name inputs: by the flag the user typed. */
function flagWording(flags) {
    return {
        one: 'Option',
        many: 'Options',
        name: (input) => {
            const spec = flags.find((f) => f.input === input);
            return spec ? `--${spec.flag}` : `'${input}'`;
        },
    };
}
/** Help lines for flags: `  --name N          cluster name (default kind)`. */
function flagHelp(flags) {
    const rows = flags.map((f) => {
        const head = `${f.short ? `-${f.short}, ` : ''}--${f.flag}${f.arg ? ` ${f.arg}` : ''}`;
        const fallback = f.input ? _inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_DEFAULTS */ .WJ[f.input] : '';
        const also = f.alias ? ` (also --${f.alias})` : '';
        return [head, `${f.help}${fallback ? ` (default ${fallback})` : ''}${also}`];
    });
    const width = Math.max(...rows.map(([head]) => head.length)) + 2;
    return rows.map(([head, help]) => `  ${head.padEnd(width)}${help}`).join('\n');
}


/***/ }),

/***/ 9804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ LOGS_HELP),
/* harmony export */   _3: () => (/* binding */ requireRequests),
/* harmony export */   o_: () => (/* binding */ readLogs),
/* harmony export */   r: () => (/* binding */ ALLOW_EMPTY_FLAG)
/* harmony export */ });
/* harmony import */ var _logs_log_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9739);
/* harmony import */ var _logs_log_folder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5194);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8551);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9851);




/** The one way to accept a read of no request: for the rare run where none is expected. */
const ALLOW_EMPTY_FLAG = {
    flag: 'allow-empty',
    help: 'accept logs that hold no request (a warning instead of exit 2)',
};
/** What the usage line and help say about LOG arguments, for every command that reads logs. */
const LOGS_HELP = `A LOG is a file (plain or .gz), a folder (searched for ${_logs_log_folder_js__WEBPACK_IMPORTED_MODULE_1__/* .LOG_FILE_NAMES */ .t}), an artifact folder (its audit.jsonl), or - for standard input.`;
/**
 * Finds the logs `paths` name, by the rules every command shares (log-inputs.ts), with `-` read
 * from standard input, then runs `read` on them; progress is drawn on stderr meanwhile (when it is
 * a terminal and the work takes a while), copying standard input included, and erased at the end.
 * A named folder that holds no log is a warning; a path that cannot be read throws, and the
 * command's error names the argument (printFailure).
 */
async function readLogs(context, paths, read, options = {}) {
    const what = paths.length === 1 ? (paths[0] ?? '') : `${paths.length} inputs`;
    const progress = (0,_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .startProgress */ .ot)(context.terminal.status, what === _logs_log_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STDIN */ .TF ? _logs_log_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STDIN_LABEL */ ._q : what);
    try {
        const found = await (0,_logs_log_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .findLogs */ .Jm)(paths, { ...options, stdin: context.terminal.stdin });
        // When nothing at all was found, the error of an empty read says so (requireRequests).
        if ((0,_logs_log_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .filesOf */ .R8)(found).length > 0)
            for (const dir of found.empty)
                context.log.warning(`${dir} holds no log file (${_logs_log_folder_js__WEBPACK_IMPORTED_MODULE_1__/* .LOG_FILE_NAMES */ .t})`);
        // Standard input was read once already, to copy it: its bytes count twice.
        const copied = (0,_logs_log_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .filesOf */ .R8)(found).filter((f) => f.label === _logs_log_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STDIN_LABEL */ ._q);
        progress.setTotal((0,_logs_log_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .bytesOf */ .$$)(found) + copied.reduce((sum, f) => sum + f.bytes, 0));
        return { found, result: await read(found) };
    }
    finally {
        progress.stop();
    }
}
/**
 * The rule every reading command follows: logs that hold no request are an input mistake (exit 2,
 * saying what was read), unless `--allow-empty` says that is expected (a warning then).
 */
function requireRequests(context, found, read) {
    if (read.requests > 0)
        return;
    const message = (0,_logs_log_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .nothingRead */ .wi)(found, read.lines);
    if (context.values[ALLOW_EMPTY_FLAG.flag] === true) {
        context.log.warning(message);
        return;
    }
    throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${message}. Check the paths; give --allow-empty if no request is expected`);
}


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ot: () => (/* binding */ startProgress),
/* harmony export */   vB: () => (/* binding */ StatusLine)
/* harmony export */ });
/* unused harmony exports bytesReadByProcess, formatBytes, progressText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

const CLEAR = '\r\u001b[K';
/**
 * One line at the bottom of a terminal that is redrawn in place (`\r`, erase line): the progress
 * of a long read. Text printed meanwhile goes above it ({@link StatusLine.print}). On anything
 * but a terminal nothing is drawn, so a log file or a pipe gets no control characters.
 */
class StatusLine {
    stream;
    #shown = '';
    constructor(stream) {
        this.stream = stream;
    }
    get enabled() {
        return this.stream.isTTY === true;
    }
    /** Draws `text` in place of what the line showed, cut to the terminal's width. */
    show(text) {
        if (!this.enabled)
            return;
        // A terminal that does not say its width (0, as some pseudo-terminals do) is taken as 80 wide.
        const width = (this.stream.columns || 80) - 1;
        const line = text.length > width ? `${text.slice(0, width - 1)}…` : text;
        this.stream.write(`${CLEAR}${line}`);
        this.#shown = line;
    }
    /** Erases the line, if it shows something. */
    clear() {
        if (!this.#shown)
            return;
        this.stream.write(CLEAR);
        this.#shown = '';
    }
    /** Writes `text` (whole lines) above the status line, which is drawn again below it. */
    print(text) {
        const shown = this.#shown;
        this.clear();
        this.stream.write(text);
        if (shown)
            this.show(shown);
    }
}
/**
 * Bytes this process (every thread of it) has read so far through read(2): Linux's
 * `/proc/self/io` field `rchar` (proc(5)). The readers of every command (on this thread, the
 * libuv pool, the summary's worker threads) are measured alike without telling anyone.
 * `undefined` where the system has no such file.
 */
function bytesReadByProcess() {
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/self/io', 'latin1');
        const match = /^rchar: (\d+)$/m.exec(text);
        // Reading this file is a read too: what these reads took is left out of the count.
        const reading = (ownReads += text.length);
        return match ? Number(match[1]) - reading : undefined;
    }
    catch {
        return undefined;
    }
}
/** Bytes {@link bytesReadByProcess} itself has read from /proc/self/io. */
let ownReads = 0;
/** `1.2 GB`, `312 MB`, `4.0 kB`: decimal units, as `ls -h --si` and disk makers count. */
function formatBytes(bytes) {
    const units = ['B', 'kB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    const digits = unit === 0 || value >= 100 ? 0 : 1;
    return `${value.toFixed(digits)} ${units[unit]}`;
}
/** The line drawn: `reading ./audit: 312 MB of 1.2 GB (26%), 4 s`. */
function progressText(what, read, total, ms) {
    const seconds = `${Math.floor(ms / 1000)} s`;
    if (read === undefined)
        return `reading ${what}… ${seconds}`;
    if (!total)
        return `reading ${what}: ${formatBytes(read)}, ${seconds}`;
    const done = Math.min(read, total);
    return `reading ${what}: ${formatBytes(done)} of ${formatBytes(total)} (${Math.floor((100 * done) / total)}%), ${seconds}`;
}
/**
 * Shows how far a read has come, on stderr only when it is a terminal, and only once the work has
 * taken `delayMs`: a quick command prints nothing extra. Bytes are counted from the start.
 */
function startProgress(line, what, options = {}) {
    if (!line.enabled)
        return { setTotal: () => undefined, stop: () => undefined };
    const bytesRead = options.bytesRead ?? bytesReadByProcess;
    const now = options.now ?? Date.now;
    const started = now();
    const base = bytesRead();
    let total;
    const draw = () => {
        const read = bytesRead();
        const sinceStart = read === undefined || base === undefined ? undefined : read - base;
        line.show(progressText(what, sinceStart, total, now() - started));
    };
    let timer;
    const delay = setTimeout(() => {
        draw();
        timer = setInterval(draw, options.everyMs ?? 250);
        timer.unref();
    }, options.delayMs ?? 2000);
    delay.unref();
    return {
        setTotal: (bytes) => {
            total = bytes;
        },
        stop: () => {
            clearTimeout(delay);
            if (timer)
                clearInterval(timer);
            line.clear();
        },
    };
}


/***/ }),

/***/ 7796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iJ: () => (/* binding */ checkPositionals),
  Zo: () => (/* binding */ flagsOf),
  eV: () => (/* binding */ printFailure),
  $6: () => (/* binding */ runParsed)
});

// EXTERNAL MODULE: ./src/input-error.ts
var input_error = __webpack_require__(6236);
// EXTERNAL MODULE: ./src/kind/compatibility.ts
var compatibility = __webpack_require__(8958);
// EXTERNAL MODULE: ./src/logs/log-inputs.ts
var log_inputs = __webpack_require__(9739);
// EXTERNAL MODULE: ./src/cli/colour.ts
var colour = __webpack_require__(1816);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/progress.ts
var progress = __webpack_require__(9851);
;// CONCATENATED MODULE: ./src/cli/logger.ts


/** `file:line: ` (or `title: `) before a message, as compilers print it. */
function prefix(kind, where, paint) {
    const at = where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
    return `${at}${paint(kind)}${where?.title ? ` (${where.title})` : ''}: `;
}
/**
 * The CLI's logger: messages on stderr, so stdout stays for what a command prints as its result;
 * `warning` and `error` coloured when stderr is a terminal that takes colour, and printed above a
 * progress line when one is drawn.
 */
function terminalLogger(verbose, status = new progress/* StatusLine */.vB(process.stderr), paint = (0,colour/* paintFor */.e)(process.stderr)) {
    const write = (text) => status.print(`${text}\n`);
    // A check's verdict line starts with its mark (verify/result.ts): the mark takes the colour.
    const marked = (text) => text.startsWith('✓ ')
        ? `${paint.ok('✓')}${text.slice(1)}`
        : text.startsWith('✗ ')
            ? `${paint.bad('✗')}${text.slice(1)}`
            : text;
    return {
        debug: (message) => {
            if (verbose)
                write(`debug: ${message}`);
        },
        info: (message) => write(marked(message)),
        notice: (message, where) => write(prefix('notice', where, (t) => t) + message),
        warning: (message, where) => write(prefix('warning', where, paint.warn) + message),
        error: (message, where) => write(prefix('error', where, paint.bad) + message),
        group: async (name, fn) => {
            write(`== ${name}`);
            return fn();
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/cli/stdin-copy.ts





/**
 * Standard input as a file: `-` among a command's inputs is copied into a private folder (0700,
 * made by mkdtemp) and read from there like any log. Every reader then works unchanged: the
 * summary's threads read byte ranges, the merge keeps a window per file, and a gzip stream is
 * told by its first bytes, whatever it is called. The cost is disk for one copy, removed when the
 * command ends (or the process exits).
 */
class StdinCopy {
    input;
    #dir;
    #remove = () => this.remove();
    constructor(input = process.stdin) {
        this.input = input;
    }
    /** Copies standard input (once) and returns the copy's path: `stdin`, or `stdin.gz` for gzip. */
    async file() {
        if (this.input.isTTY)
            throw new log_inputs/* InputPathError */.Or(log_inputs/* STDIN */.TF, 'standard input is a terminal: pipe a log in (e.g. `zcat audit.log.gz | kind-audit …`) or name a file');
        this.#dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'kind-audit-stdin-'));
        process.once('exit', this.#remove);
        const plain = external_node_path_default().join(this.#dir, 'stdin');
        const out = await (0,promises_.open)(plain, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o600);
        let head = Buffer.alloc(0);
        try {
            for await (const chunk of this.input) {
                if (head.length < 2)
                    head = Buffer.concat([head, chunk]).subarray(0, 2);
                for (let done = 0; done < chunk.length;)
                    done += (await out.write(chunk, done, chunk.length - done)).bytesWritten;
            }
        }
        finally {
            await out.close();
        }
        if (!(0,log_inputs/* looksGzip */.rw)(head))
            return plain;
        await (0,promises_.rename)(plain, `${plain}.gz`);
        return `${plain}.gz`;
    }
    /** Removes the copy, if one was made. */
    remove() {
        if (!this.#dir)
            return;
        (0,external_node_fs_.rmSync)(this.#dir, { recursive: true, force: true });
        this.#dir = undefined;
        process.removeListener('exit', this.#remove);
    }
}

;// CONCATENATED MODULE: ./src/cli/run-command.ts









/** The flags a command takes: its own and the common ones. */
function flagsOf(command) {
    return [...command.flags, ...flags/* COMMON_FLAGS */.gd];
}
/** Throws a usage error when the positionals are too few or too many for `command`. */
function checkPositionals(command, positionals) {
    const { min, max, name } = command.positionals;
    if (positionals.length > max)
        throw new exit_codes/* UsageError */.e(`unexpected arguments: ${positionals.slice(max).join(' ')}`);
    if (positionals.length < min)
        throw new exit_codes/* UsageError */.e(`name the ${name}: kind-audit ${command.name} ${command.args}`);
}
/**
 * Prints what `error` means in the CLI's words and returns its exit code (DESIGN.md, "CLI exit
 * codes"): a bad flag value, an unreadable input path and a kind/Kubernetes pair known not to
 * work are the user's input mistakes (2); anything else failed (1).
 */
function printFailure(command, error) {
    let code;
    let message;
    if (error instanceof input_error/* InputError */.dz) {
        const wording = { ...input_error/* INPUT_WORDING */.iw, ...(0,flags/* flagWording */.Ni)(command.flags), ...command.wording };
        [code, message] = [exit_codes/* EXIT */.d.usage, error.describe(wording)];
    }
    else if (error instanceof log_inputs/* InputPathError */.Or) {
        // A path among the positionals (LOG, PATH, IN): named as the usage line names the argument.
        [code, message] = [
            exit_codes/* EXIT */.d.usage,
            `${command.pathArgument ?? command.positionals.name} argument ${JSON.stringify(error.path)}: ${error.problem}.`,
        ];
    }
    else {
        message = error instanceof Error ? error.message : String(error);
        code =
            error instanceof exit_codes/* UsageError */.e || error instanceof compatibility/* KindCompatibilityError */.N
                ? exit_codes/* EXIT */.d.usage
                : exit_codes/* EXIT */.d.failed;
    }
    process.stderr.write(`kind-audit ${command.name}: ${message}\n`);
    return code;
}
/** Runs a command whose words parsed; errors are printed, never thrown. */
async function runParsed(command, values, positionals, threadScript) {
    const stdin = new StdinCopy();
    const status = new progress/* StatusLine */.vB(process.stderr);
    const terminal = {
        out: (0,colour/* paintFor */.e)(process.stdout),
        err: (0,colour/* paintFor */.e)(process.stderr),
        status,
        stdin: () => stdin.file(),
    };
    try {
        return await command.run({
            values,
            positionals,
            inputs: (0,flags/* inputsFrom */.WK)(values, command.flags),
            log: terminalLogger(values.verbose === true, status, terminal.err),
            terminal,
            threadScript,
        });
    }
    catch (error) {
        status.clear();
        return printFailure(command, error);
    }
    finally {
        stdin.remove();
    }
}


/***/ }),

/***/ 3987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ shown)
/* harmony export */ });
/** Log text on a terminal: control characters (escape sequences among them) shown, not obeyed. */
function shown(value) {
    return value.replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}


/***/ }),

/***/ 8110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ SUMMARIZE_COMMAND)
});

// UNUSED EXPORTS: printable

// EXTERNAL MODULE: ./src/logs/log-inputs.ts
var log_inputs = __webpack_require__(9739);
// EXTERNAL MODULE: ./src/logs/summarize.ts + 7 modules
var summarize = __webpack_require__(8191);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/logs/buffer-pool.ts
/**
 * Read buffers used again and again. A reader that allocates a fresh buffer per read leaves the
 * old ones to the garbage collector, which on a fast read lets hundreds of megabytes of them pile
 * up; a pool keeps memory at `count × size` however large the log.
 *
 * Each buffer is the whole of its own ArrayBuffer, so it can be moved to a worker thread and back.
 */
class BufferPool {
    size;
    #free = [];
    #waiting = [];
    #failure;
    constructor(size, count) {
        this.size = size;
        for (let i = 0; i < count; i++)
            this.#free.push(Buffer.from(new ArrayBuffer(size)));
    }
    /** A free buffer, as soon as there is one. */
    take() {
        if (this.#failure)
            return Promise.reject(this.#failure);
        const free = this.#free.pop();
        if (free)
            return Promise.resolve(free);
        return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
    }
    /**
     * Whoever would give buffers back can no longer (a thread failed): waiting and later takes are
     * rejected with `error`, so a reader stops instead of waiting for ever.
     */
    fail(error) {
        this.#failure ??= error;
        for (const { reject } of this.#waiting.splice(0))
            reject(error);
    }
    /** Why the pool failed, if it did. */
    get failure() {
        return this.#failure;
    }
    /** Gives back a buffer's memory; one not of the pool's size (a long line's) is let go. */
    give(memory) {
        if (memory.byteLength !== this.size)
            return;
        const buffer = Buffer.from(memory);
        const waiting = this.#waiting.shift();
        if (waiting)
            waiting.resolve(buffer);
        else
            this.#free.push(buffer);
    }
}

// EXTERNAL MODULE: ./src/logs/lines.ts
var lines = __webpack_require__(5848);
;// CONCATENATED MODULE: ./src/logs/chunk-reader.ts

/** A byte stream (a gunzip) as a {@link ByteSource}. */
function streamSource(stream) {
    const pieces = stream[Symbol.asyncIterator]();
    let rest = Buffer.alloc(0);
    return async (into, offset, length) => {
        if (rest.length === 0) {
            const next = await pieces.next();
            if (next.done)
                return 0;
            rest = next.value;
        }
        const copied = rest.copy(into, offset, 0, Math.min(length, rest.length));
        rest = rest.subarray(copied);
        return copied;
    };
}
/** Why a read failed, and how full the buffer was by then. */
class ReadFailed extends Error {
    error;
    filled;
    constructor(error, filled) {
        super(error instanceof Error ? error.message : String(error));
        this.error = error;
        this.filled = filled;
    }
}
/** Fills `buf` from `used` on; returns how full it is (less than full only at the end). */
async function fill(read, buf, used) {
    let at = used;
    try {
        while (at < buf.length) {
            const n = await read(buf, at, buf.length - at);
            if (n === 0)
                break;
            at += n;
        }
    }
    catch (error) {
        throw new ReadFailed(error, at);
    }
    return at;
}
/**
 * Reads a source into chunks of whole lines, each a buffer of `pool`, cut after the last newline
 * it holds; the bytes after that begin the next chunk. A line longer than a pool buffer is
 * gathered into a chunk of its own, and one over `maxLine` bytes is dropped as it streams past,
 * so memory stays bounded whatever the source holds. A read that fails hands on the whole lines
 * read so far, drops the unfinished one (as a line reader would) and throws the read's error.
 */
async function readChunks(read, pool, sink, maxLine = lines/* MAX_LINE_BYTES */.Oc) {
    let buf = await pool.take();
    let used = 0;
    try {
        for (;;) {
            const full = await fill(read, buf, used);
            if (full < buf.length) {
                if (full > 0)
                    sink.chunk(buf.subarray(0, full));
                else
                    pool.give(buf.buffer);
                return;
            }
            const cut = buf.lastIndexOf(10, full - 1) + 1;
            if (cut === 0) {
                // What a failed read leaves in `buf` then is the middle of the long line: none of it is
                // handed on.
                used = await readLongLine(read, buf, sink, maxLine).catch((error) => {
                    throw error instanceof ReadFailed ? error.error : error;
                });
                continue;
            }
            const next = await pool.take();
            buf.copy(next, 0, cut, full);
            used = full - cut;
            sink.chunk(buf.subarray(0, cut));
            buf = next;
        }
    }
    catch (error) {
        const whole = error instanceof ReadFailed ? buf.lastIndexOf(10, error.filled - 1) + 1 : 0;
        if (whole > 0)
            sink.chunk(buf.subarray(0, whole));
        else
            pool.give(buf.buffer);
        throw error instanceof ReadFailed ? error.error : error;
    }
}
/**
 * The rest of a line that filled all of `buf`: it becomes a chunk of its own (or, over `maxLine`,
 * an oversized line). Returns how many bytes after its newline are now at the start of `buf`.
 */
async function readLongLine(read, buf, sink, maxLine) {
    const pieces = [Buffer.from(buf)];
    let total = buf.length;
    for (;;) {
        const n = await fill(read, buf, 0);
        const newline = buf.subarray(0, n).indexOf(10);
        const end = newline === -1 ? n : newline;
        total += end;
        // Past the limit the line is only counted: its bytes are let go as they come.
        if (total <= maxLine)
            pieces.push(Buffer.from(buf.subarray(0, end)));
        else
            pieces.length = 0;
        if (newline === -1 && n === buf.length)
            continue;
        if (total > maxLine)
            sink.oversized();
        else {
            const line = Buffer.from(new ArrayBuffer(total));
            let at = 0;
            for (const piece of pieces)
                at += piece.copy(line, at);
            sink.chunk(line);
        }
        if (newline === -1)
            return 0;
        buf.copy(buf, 0, newline + 1, n);
        return n - newline - 1;
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/logs/summary-part.ts
/**
 * Reads part `index` of a log, `bytes` of whole lines from `node`, into `summarizer`: what a
 * summary thread does with each chunk it is handed.
 */
function summary_part_summarizePart(summarizer, index, node, bytes) {
    summarizer.beginPart(index);
    let start = 0;
    let newline = bytes.indexOf(10);
    while (newline !== -1) {
        summarizer.add(bytes.subarray(start, newline), node);
        start = newline + 1;
        newline = bytes.indexOf(10, start);
    }
    if (start < bytes.length)
        summarizer.add(bytes.subarray(start), node);
    return summarizer.endPart();
}

;// CONCATENATED MODULE: ./src/logs/summary-threads.ts



/** Reads every part on the calling thread, as it is handed in. */
class InThreadReader {
    #summarizer = new summarize/* Summarizer */.k();
    read(index, node, bytes) {
        const end = summary_part_summarizePart(this.#summarizer, index, node, bytes);
        return Promise.resolve({ end, memory: bytes.buffer });
    }
    finish() {
        return Promise.resolve([this.#summarizer.toState()]);
    }
    close() {
        return Promise.resolve();
    }
}
/** The work of a summary thread: each part handed in is read, and its memory handed back. */
function serveSummaryThread() {
    const port = parentPort;
    if (!port)
        return;
    const summarizer = new Summarizer();
    port.on('message', (message) => {
        if (message.kind === 'finish') {
            port.postMessage({ kind: 'state', state: summarizer.toState() });
            return;
        }
        const bytes = Buffer.from(message.memory, 0, message.length);
        const end = summarizePart(summarizer, message.index, message.node, bytes);
        const reply = { kind: 'part', index: message.index, end, memory: message.memory };
        port.postMessage(reply, [message.memory]);
    });
}
/**
 * Reads parts on worker threads, each handed to the thread with the fewest waiting; a part's
 * memory moves to its thread and back, never copied. `script` is a program that calls
 * {@link serveSummaryThread} (the bundle of summary-thread.ts).
 */
class ThreadReader {
    #threads;
    /** Those waiting on a thread: all are told when one fails. */
    #waiting = new Set();
    #failure;
    constructor(script, count) {
        this.#threads = Array.from({ length: count }, () => {
            const thread = {
                // A small young generation: V8's default lets each thread's garbage from parsing grow
                // to tens of MB before it is swept, which would double the read's memory.
                worker: new external_node_worker_threads_.Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 4 } }),
                parts: new Map(),
                state: undefined,
            };
            thread.worker.on('message', (message) => {
                if (message.kind === 'state')
                    thread.state?.(message.state);
                else {
                    thread.parts.get(message.index)?.({ end: message.end, memory: message.memory });
                    thread.parts.delete(message.index);
                }
            });
            thread.worker.on('error', (error) => this.#fail(error));
            thread.worker.on('exit', (code) => {
                if (code !== 0)
                    this.#fail(new Error(`a summary thread stopped with exit code ${code}`));
            });
            return thread;
        });
    }
    #fail(error) {
        if (this.#failure)
            return;
        this.#failure = error;
        for (const reject of this.#waiting)
            reject(error);
        this.#waiting.clear();
    }
    /** A reply from a thread: rejected instead if a thread fails first. */
    #reply(ask) {
        return new Promise((resolve, reject) => {
            if (this.#failure)
                return reject(this.#failure);
            this.#waiting.add(reject);
            ask((value) => {
                this.#waiting.delete(reject);
                resolve(value);
            });
        });
    }
    read(index, node, bytes) {
        return this.#reply((resolve) => {
            const thread = this.#threads.reduce((a, b) => (b.parts.size < a.parts.size ? b : a));
            thread.parts.set(index, resolve);
            const memory = bytes.buffer;
            const message = { kind: 'part', index, node, memory, length: bytes.length };
            thread.worker.postMessage(message, [memory]);
        });
    }
    async finish() {
        try {
            return await Promise.all(this.#threads.map((thread) => this.#reply((resolve) => {
                thread.state = resolve;
                thread.worker.postMessage({ kind: 'finish' });
            })));
        }
        finally {
            await this.close();
        }
    }
    /** Stops the threads (also after a failure). */
    async close() {
        this.#fail(new Error('the summary threads were stopped'));
        await Promise.all(this.#threads.map(({ worker }) => worker.terminate()));
    }
}

;// CONCATENATED MODULE: ./src/logs/summarize-parts.ts







/** Parts of 1 MB: as fast as 4 MB on 1 GB (measured), and the pool holds 15 MB less. */
const PART_BYTES = 1024 * 1024;
const THREADS = 2;
/**
 * Reads `sources` in order into `summarizer`, in parts: each file is cut into chunks of whole
 * lines, each chunk read by one of the threads (or on this one), and each part's end handed to
 * `summarizer` in read order; at the end the threads' counts are merged into it. The threads use
 * both cores; the pooled buffers, handed to them and back, keep memory flat at any size.
 */
async function readInParts(sources, summarizer, options = {}) {
    const partBytes = options.partBytes ?? PART_BYTES;
    const threads = options.threads ?? Math.min(THREADS, (0,external_node_os_.availableParallelism)());
    // Starting a thread takes tens of ms: not worth it for a log of one part.
    const worthThreads = sources.reduce((sum, source) => sum + source.bytes, 0) > partBytes;
    const reader = options.threadScript && threads > 1 && worthThreads
        ? new ThreadReader(options.threadScript, threads)
        : new InThreadReader();
    const pool = new BufferPool(partBytes, 2 * Math.max(threads, 1) + 1);
    const ends = new Map();
    /** The parts being read: as many as the pool has buffers, whatever the log's size. */
    const reading = new Set();
    let parts = 0;
    let handedOn = 0;
    const sinkFor = (source) => ({
        chunk(bytes) {
            const index = parts++;
            const read = reader.read(index, source.node, bytes).then(({ end, memory }) => {
                copyHeldLines(end, memory);
                pool.give(memory);
                ends.set(index, end);
                for (let next = ends.get(handedOn); next; next = ends.get(handedOn)) {
                    ends.delete(handedOn++);
                    summarizer.addPartEnd(next);
                }
            });
            reading.add(read);
            read.then(() => reading.delete(read), (error) => {
                reading.delete(read);
                // A thread that failed gives no buffer back: the pool stops the read instead of waiting.
                pool.fail(error);
            });
        },
        oversized() {
            summarizer.addUnreadLine();
            summarizer.warn(`${source.label ?? source.file}: a line too long to be an event was skipped`);
        },
    });
    try {
        for (const source of sources) {
            if (pool.failure)
                break;
            await readSource(source, pool, sinkFor(source), summarizer);
        }
        await Promise.allSettled(reading);
        if (pool.failure)
            throw pool.failure;
        for (const state of await reader.finish())
            summarizer.merge(state);
    }
    finally {
        await reader.close();
    }
}
/**
 * Copies the lines a part's open requests hold out of the part's memory, which is read into again
 * once given back: a few small copies on this thread (sent from the reading thread instead, each
 * line arrived as a buffer of its own: 25 MB more RSS on Node 24 at 1 GB).
 */
function copyHeldLines(end, memory) {
    for (const open of end.open)
        if (open.heldAt) {
            const [start, stop] = open.heldAt;
            open.held = Buffer.from(Buffer.from(memory, start, stop - start));
        }
}
/** Reads one file, plain or `.gz`; a read that fails (a damaged `.gz` tail) is a warning. */
async function readSource(source, pool, sink, summarizer) {
    const handle = await (0,promises_.open)(source.file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    const gzip = source.file.endsWith('.gz')
        ? (0,external_node_fs_.createReadStream)('', { fd: handle, highWaterMark: 1024 * 1024 })
        : undefined;
    const read = gzip
        ? streamSource(gzip.pipe((0,external_node_zlib_.createGunzip)()))
        : async (into, offset, length) => (await handle.read(into, offset, length, null)).bytesRead;
    try {
        await readChunks(read, pool, sink);
    }
    catch (error) {
        if (pool.failure)
            throw pool.failure;
        summarizer.warn(`${source.label ?? source.file}: read stopped early: ${error.message}`);
    }
    finally {
        if (gzip)
            gzip.destroy();
        else
            await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/logs/summarize-files.ts




/**
 * The summary of audit logs, plain or `.gz`, read as streams (memory stays flat): the paths a
 * user named (found by {@link findLogs}'s rules) or what `findLogs` found already. A folder's
 * subfolders are nodes; a file named directly counts for the node of its folder's name. An
 * artifact folder is read through `audit.jsonl` alone, and its raw per-node copies give their
 * files and bytes, with `null` for what only their events could tell. Given a thread script, the
 * files are read on two threads (summarize-parts.ts).
 */
async function summarizeFiles(logs, options = {}) {
    const found = Array.isArray(logs) ? await (0,log_inputs/* findLogs */.Jm)(logs) : logs;
    const summarizer = new summarize/* Summarizer */.k();
    // An artifact's audit.jsonl holds every node's events; its raw copies would count them twice.
    for (const copy of found.copies) {
        summarizer.addFile(copy.node, copy.bytes);
        summarizer.markNodeUnattributed(copy.node);
    }
    const sources = (0,log_inputs/* filesOf */.R8)(found).map((f) => ({
        file: f.path,
        node: f.node,
        bytes: f.bytes,
        label: f.label,
    }));
    for (const source of sources)
        if (source.node)
            summarizer.addFile(source.node, source.bytes);
    await readInParts(sources, summarizer, options);
    return summarizer.result();
}

// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(9133);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/log-args.ts
var log_args = __webpack_require__(9804);
// EXTERNAL MODULE: ./src/cli/shown.ts
var shown = __webpack_require__(3987);
;// CONCATENATED MODULE: ./src/cli/summarize-command.ts






const FLAGS = {
    json: { flag: 'json', help: 'print summary.json instead of tables' },
    top: {
        flag: 'top',
        arg: 'N',
        help: 'rows per printed table (default 10); the JSON is never cut',
    },
};
const n = (value) => value.toLocaleString('en-US');
function block(title, rows, top, total) {
    const kept = rows.slice(0, top);
    const width = Math.min(60, Math.max(0, ...kept.map(([k]) => k.length)));
    const lines = kept.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`);
    const more = (total ?? rows.length) - kept.length;
    if (more > 0)
        lines.push(`  … ${n(more)} more (--top, or --json for all)`);
    return `${title}\n${lines.length > 0 ? lines.join('\n') : '  none'}`;
}
const counts = (table) => Object.entries(table)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => [(0,shown/* shown */.S)(k), n(v)]);
/** The summary as tables for a terminal, each cut to `top` rows. */
function printable(s, top) {
    const row = (r) => (0,shown/* shown */.S)([r.user, r.verb, r.resource, r.namespace ? `-n ${r.namespace}` : '', r.name]
        .filter(Boolean)
        .join(' '));
    return [
        `${(0,plural/* count */.U)(s.requests, 'request')}, ${(0,plural/* count */.U)(s.lines, 'line')} (${n(s.skipped)} not ${s.skipped === 1 ? 'an event' : 'events'}), ${s.first ? (0,shown/* shown */.S)(s.first) : '—'} to ${s.last ? (0,shown/* shown */.S)(s.last) : '—'}`,
        block('Nodes', Object.entries(s.nodes).map(([node, x]) => [
            (0,shown/* shown */.S)(node),
            `${(0,plural/* count */.U)(x.files, 'file')}, ${(0,plural/* count */.U)(x.bytes, 'byte')}, ${x.requests === null ? 'requests in audit.jsonl' : (0,plural/* count */.U)(x.requests, 'request')}`,
        ]), top),
        block('By verb', counts(s.byVerb), top),
        block('By resource', counts(s.byResource), top),
        block('By user', counts(s.byUser), top),
        block('By namespace', counts(s.byNamespace), top),
        block('By response code', counts(s.byCode), top),
        block('By user agent', counts(s.byUserAgent), top),
        block(`Denied (403): ${n(s.deniedTotal)}`, s.denied.map((d) => [row(d), (0,shown/* shown */.S)(d.reason)]), top, s.deniedTotal),
        block(`Server errors (5xx): ${n(s.errors5xxTotal)}`, s.errors5xx.map((e) => [row(e), `${e.code} ${(0,shown/* shown */.S)(e.message)}`]), top, s.errors5xxTotal),
        block(`Deprecated APIs: ${n(s.deprecatedTotal)}`, s.deprecated.map((d) => [(0,shown/* shown */.S)(`${d.user} ${d.api}`), n(d.count)]), top),
        block('Slowest', s.slowest.map((r) => [row(r), `${r.latencyMs.toLocaleString('en-US')} ms`]), top),
    ].join('\n\n');
}
/** `kind-audit summarize PATH... [--json] [--top N]`. */
const SUMMARIZE_COMMAND = {
    name: 'summarize',
    args: 'LOG... [--json] [--top N]',
    summary: 'summarize audit logs: files, folders or an artifact, plain or .gz',
    description: `Summarize audit logs. Given an artifact folder it reads audit.jsonl and does not count the raw copies twice. --json prints summary.json; --top cuts the printed tables, not the JSON. ${log_args/* LOGS_HELP */.Ir} Exits 2 for a log that cannot be read or logs that hold no request (unless --allow-empty).`,
    flags: [FLAGS.json, FLAGS.top, log_args/* ALLOW_EMPTY_FLAG */.r],
    positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, name: 'LOG' },
    async run(context) {
        const { values, positionals, threadScript, log } = context;
        const topText = (0,flags/* text */.Qq)(values, FLAGS.top) || '10';
        if (!/^\d{1,6}$/.test(topText) || Number(topText) < 1)
            throw new exit_codes/* UsageError */.e(`--top has the value "${topText}": it must be a whole number from 1`);
        const { found, result: summary } = await (0,log_args/* readLogs */.o_)(context, positionals, (logs) => summarizeFiles(logs, { threadScript }));
        for (const warning of summary.warnings)
            log.warning((0,shown/* shown */.S)(warning));
        (0,log_args/* requireRequests */._3)(context, found, summary);
        process.stdout.write(values.json === true
            ? `${JSON.stringify(summary, null, 2)}\n`
            : `${printable(summary, Number(topText))}\n`);
        return exit_codes/* EXIT */.d.ok;
    },
};


/***/ }),

/***/ 9968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ fsProblem)
/* harmony export */ });
/**
 * What a file-system error means, in words a person reads: never the errno name or Node's
 * `ELOOP: too many symbolic links encountered, open '…'`. The caller names the path and the flag
 * or argument that gave it; this says what is wrong with it.
 */
function fsProblem(error) {
    const code = error?.code;
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


/***/ }),

/***/ 6236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Js: () => (/* binding */ InputConflictError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   iw: () => (/* binding */ INPUT_WORDING)
/* harmony export */ });
/** The action's wording; an error's plain `message` uses it. */
const INPUT_WORDING = {
    one: 'Input',
    many: 'Inputs',
    name: (input) => `'${input}'`,
};
/** A bad input: the message names the input, the value and what is allowed. */
class InputError extends Error {
    input;
    value;
    allowed;
    constructor(input, value, allowed) {
        super();
        this.input = input;
        this.value = value;
        this.allowed = allowed;
        this.name = 'InputError';
        this.message = this.describe(INPUT_WORDING);
    }
    describe(wording) {
        return `${wording.one} ${wording.name(this.input)} has the value ${JSON.stringify(this.value)}: ${this.allowed}.`;
    }
}
/** Inputs that may not be given together: the message names each, with its value. */
class InputConflictError extends InputError {
    given;
    constructor(given, allowed) {
        super(given[0]?.input ?? '', given[0]?.value ?? '', allowed);
        this.given = given;
        this.name = 'InputConflictError';
        this.message = this.describe(INPUT_WORDING);
    }
    describe(wording) {
        // Set by the constructor after super() returns; super's own call sees it undefined.
        if (!this.given)
            return '';
        const names = this.given.map((g) => `${wording.name(g.input)} (${JSON.stringify(g.value)})`);
        return `${wording.many} ${names.join(' and ')} were given together: ${this.allowed}.`;
    }
}


/***/ }),

/***/ 5585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WJ: () => (/* binding */ INPUT_DEFAULTS),
/* harmony export */   bO: () => (/* binding */ INPUT)
/* harmony export */ });
/* unused harmony exports OUTPUT, STATE_KEY */
/** Names of the action's inputs, as in action.yml. Part of the public interface. */
const INPUT = {
    clusterName: 'cluster-name',
    config: 'config',
    policy: 'policy',
    policyFile: 'policy-file',
    preset: 'preset',
    policyLevel: 'policy-level',
    omitStages: 'omit-stages',
    omitManagedFields: 'omit-managed-fields',
    nodeImage: 'node-image',
    controlPlanes: 'control-planes',
    workers: 'workers',
    wait: 'wait',
    verifyTimeout: 'verify-timeout',
    artifactName: 'artifact-name',
    retentionDays: 'retention-days',
    upload: 'upload',
    overwrite: 'overwrite',
    redact: 'redact',
    redactResources: 'redact-resources',
    redactAuditAnnotations: 'redact-audit-annotations',
    redactPatterns: 'redact-patterns',
    rawFiles: 'raw-files',
    compressionLevel: 'compression-level',
    jobSummary: 'job-summary',
    jobIndex: 'job-index',
    kindVersion: 'kind-version',
    kindMirror: 'kind-mirror',
    deleteCluster: 'delete-cluster',
    exportLogs: 'export-logs',
    rbac: 'rbac',
    rbacFor: 'rbac-for',
    expect: 'expect',
    expectFile: 'expect-file',
    baseline: 'baseline',
    onDrift: 'on-drift',
    foldNamespaces: 'fold-namespaces',
};
/**
 * Every input's default: the one home. The runner fills action.yml's defaults in (a test proves
 * they agree with these); the CLI falls back to these for a flag it was not given.
 */
const INPUT_DEFAULTS = {
    // Empty: 'kind', unless the user's kind config names its cluster (WITHOUT_CONFIG).
    'cluster-name': '',
    config: '',
    policy: '',
    'policy-file': '',
    preset: '',
    'policy-level': '',
    'omit-stages': '',
    'omit-managed-fields': '',
    'node-image': '',
    // Empty: 1 and 0 without a kind config; with one, its nodes decide (WITHOUT_CONFIG).
    'control-planes': '',
    workers: '',
    wait: '120s',
    'verify-timeout': '60s',
    'artifact-name': '',
    'retention-days': '',
    upload: 'true',
    overwrite: 'false',
    redact: 'true',
    'redact-resources': '',
    'redact-audit-annotations': '',
    'redact-patterns': '',
    'raw-files': 'true',
    'compression-level': '6',
    'job-summary': 'true',
    // An expression only the runner can evaluate; outside a runner there is no matrix leg.
    'job-index': '${{ strategy.job-index }}',
    'kind-version': '',
    // Empty means kind's GitHub releases (DEFAULT_KIND_MIRROR), so the inputs table stays narrow.
    'kind-mirror': '',
    // Self-hosted runners reuse machines: a cluster left there outlives the job.
    'delete-cluster': 'auto',
    'export-logs': 'false',
    rbac: 'true',
    // Empty: every subject that is not one of Kubernetes' own components (DESIGN.md).
    'rbac-for': '',
    expect: '',
    'expect-file': '',
    baseline: '',
    'on-drift': 'warn',
    'fold-namespaces': '',
};
/** Names of the action's outputs, as in action.yml. Part of the public interface. */
const OUTPUT = {
    clusterName: 'cluster-name',
    kubeconfigContext: 'kubeconfig-context',
    policyPath: 'policy-path',
    kindConfigPath: 'kind-config-path',
    auditLogPath: 'audit-log-path',
    auditLogDir: 'audit-log-dir',
    controlPlaneNodes: 'control-plane-nodes',
    kubeconfig: 'kubeconfig',
};
/**
 * The keys main writes for post. The runner hands state over in environment variables (Linux
 * caps one near 128 KiB), so each holds paths and small values only — never a policy's text.
 */
const STATE_KEY = {
    /** The run: cluster, folder, files, nodes, what was verified ({@link RunState}). */
    run: 'kind-audit',
    /** What only the action needs in post: where the artifact goes. */
    artifact: 'kind-audit-artifact',
};


/***/ }),

/***/ 8958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ KindCompatibilityError),
/* harmony export */   v: () => (/* binding */ checkNodeVersion)
/* harmony export */ });
/* harmony import */ var _kube_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2219);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4937);


/** A kind and node image pair known not to work; thrown before anything is created. */
class KindCompatibilityError extends Error {
    constructor(message) {
        super(message);
        this.name = 'KindCompatibilityError';
    }
}
/**
 * Reads the Kubernetes version of the node images (`node-image`, else the config's control-plane
 * images, else the default image of `kind`) and refuses a pair known to fail, naming both versions
 * and what to use. An image whose tag names no version skips the check, with a notice. A kind the
 * table does not know gets a warning, and its default image is taken to be that of the nearest
 * known release (see {@link nearestKnownRelease}), so `node-image` is what decides for it.
 */
function checkNodeVersion(kind, images) {
    const known = (0,_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultNodeImage */ .XY)(kind ?? pinned());
    const nearest = kind && !known ? (0,_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .nearestKnownRelease */ .B_)(kind) : undefined;
    const fallback = known ?? nearest?.image;
    const given = images.nodeImage
        ? [images.nodeImage]
        : (images.configImages ?? []).flatMap((image) => image ?? fallback ?? []);
    const used = given.length > 0 ? given : fallback ? [fallback] : [];
    const unknown = used.filter((image) => (0,_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .imageKubernetesVersion */ .CX)(image) === undefined);
    const versions = used.flatMap((image) => (0,_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .imageKubernetesVersion */ .CX)(image) ?? []);
    for (const version of versions) {
        const problem = kind ? (0,_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .incompatibility */ .Iu)(kind, version) : undefined;
        if (problem)
            throw new KindCompatibilityError(problem);
    }
    const oldest = versions.reduce((min, v) => min === undefined || v.major < min.major || (v.major === min.major && v.minor < min.minor)
        ? v
        : min, undefined);
    const kubernetesVersion = oldest ?? _kube_version_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_KUBERNETES_VERSION */ .qQ;
    const notices = [];
    if (unknown.length > 0) {
        notices.push(`The tag of ${unknown.join(', ')} names no Kubernetes version, so the kind/Kubernetes pair is not checked and the policy is checked as Kubernetes ${kubernetesVersion.text} would load it.`);
    }
    const warning = kind && nearest
        ? unknownKindWarning(kind, nearest, kubernetesVersion, images.nodeImage !== undefined)
        : undefined;
    return {
        kubernetesVersion,
        images: used,
        // For a kind outside the table, only node-image is more than a guess.
        fromImages: oldest !== undefined && unknown.length === 0 && (!nearest || images.nodeImage !== undefined),
        ...(notices.length > 0 ? { notice: notices.join(' ') } : {}),
        ...(warning ? { warning } : {}),
    };
}
/** Why the pair check and the policy's version are a guess for a kind outside the table. */
function unknownKindWarning(kind, nearest, kube, nodeImageGiven) {
    const newest = _versions_js__WEBPACK_IMPORTED_MODULE_1__/* .KIND_RELEASES */ .M_[0]?.kind ?? _versions_js__WEBPACK_IMPORTED_MODULE_1__/* .PINNED_KIND_VERSION */ .V6;
    const oldest = _versions_js__WEBPACK_IMPORTED_MODULE_1__/* .KIND_RELEASES */ .M_.at(-1)?.kind ?? _versions_js__WEBPACK_IMPORTED_MODULE_1__/* .PINNED_KIND_VERSION */ .V6;
    const source = nodeImageGiven
        ? "the Kubernetes version of 'node-image'"
        : `the default image of kind v${nearest.kind}, the nearest release kind-audit knows (${nearest.image})`;
    return (`kind ${(0,_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .tag */ .Tc)(kind)} is not a release kind-audit knows (it knows v${oldest} to v${newest}), so its ` +
        `default node image and the kubeadm config it writes are not known. The policy is checked as ` +
        `Kubernetes ${kube.text} would load it, from ${source}` +
        (nodeImageGiven
            ? '.'
            : `; set 'node-image' to the image you expect, or use a known kind ('kind-version').`));
}
function pinned() {
    const version = (0,_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKindVersion */ .U0)(_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .PINNED_KIND_VERSION */ .V6);
    if (!version)
        throw new Error(`PINNED_KIND_VERSION ${_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .PINNED_KIND_VERSION */ .V6} does not parse`);
    return version;
}


/***/ }),

/***/ 4937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ nearestKnownRelease),
/* harmony export */   CX: () => (/* binding */ imageKubernetesVersion),
/* harmony export */   Iu: () => (/* binding */ incompatibility),
/* harmony export */   M_: () => (/* binding */ KIND_RELEASES),
/* harmony export */   Tc: () => (/* binding */ tag),
/* harmony export */   U0: () => (/* binding */ parseKindVersion),
/* harmony export */   V6: () => (/* binding */ PINNED_KIND_VERSION),
/* harmony export */   XY: () => (/* binding */ defaultNodeImage),
/* harmony export */   Zj: () => (/* binding */ parseKindVersionOutput)
/* harmony export */ });
/* harmony import */ var _kube_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2219);

/**
 * Known kind releases and their default node image, read from `pkg/apis/config/defaults/image.go`
 * at each release (the release tag of kubernetes-sigs/kind, or the module `sigs.k8s.io/kind` at
 * that version on the Go module proxy, which is the tag's tree); digests left out: the tag is what
 * carries the version. Newest first.
 */
const KIND_RELEASES = [
    { kind: '0.33.0', image: 'kindest/node:v1.37.0' }, // module v0.33.0, 2026-08-26
    { kind: '0.32.0', image: 'kindest/node:v1.36.1' }, // tag v0.32.0, 2026-06-02
    { kind: '0.31.0', image: 'kindest/node:v1.35.0' }, // tag v0.31.0, 2025-12-17
    { kind: '0.30.0', image: 'kindest/node:v1.34.0' },
    { kind: '0.29.0', image: 'kindest/node:v1.33.1' },
    { kind: '0.28.0', image: 'kindest/node:v1.33.1' },
    { kind: '0.27.0', image: 'kindest/node:v1.32.2' },
    { kind: '0.26.0', image: 'kindest/node:v1.32.0' },
    { kind: '0.25.0', image: 'kindest/node:v1.31.2' },
    { kind: '0.24.0', image: 'kindest/node:v1.31.0' },
    { kind: '0.23.0', image: 'kindest/node:v1.30.0' },
    { kind: '0.22.0', image: 'kindest/node:v1.29.2' },
    { kind: '0.21.0', image: 'kindest/node:v1.29.1' },
    { kind: '0.20.0', image: 'kindest/node:v1.27.3' },
];
/** The kind installed when `kind-version` is empty and no kind is on PATH: the newest release confirmed. */
const PINNED_KIND_VERSION = '0.33.0';
const KIND_VERSION = /^v?(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})([-+][0-9A-Za-z.+-]{1,64})?$/;
/** `v0.32.0` or `0.32.0` (a pre-release suffix allowed) → the version; anything else → undefined. */
function parseKindVersion(value) {
    const match = KIND_VERSION.exec(value.trim());
    if (!match)
        return undefined;
    const [, major, minor, patch] = match;
    return {
        major: Number(major),
        minor: Number(minor),
        patch: Number(patch),
        text: value.trim().replace(/^v/, ''),
    };
}
/** The release tag, as GitHub's download paths name it: `v0.32.0`. */
function tag(version) {
    return `v${version.text}`;
}
/**
 * The version `kind version` prints: `kind v0.32.0 go1.24.4 linux/amd64` (`pkg/cmd/kind/version`,
 * `DisplayVersion`), or the bare `0.32.0` of `kind version -q`. Undefined when it is neither.
 */
function parseKindVersionOutput(stdout) {
    const line = stdout.trim().split('\n', 1)[0] ?? '';
    const match = /^(?:kind\s+)?(v?\d+\.\d+\.\d+\S*)/.exec(line.trim());
    return match?.[1] ? parseKindVersion(match[1]) : undefined;
}
/** The default node image of a kind release in {@link KIND_RELEASES}; undefined for any other. */
function defaultNodeImage(version) {
    if (isPreRelease(version))
        return undefined;
    const core = `${version.major}.${version.minor}.${version.patch}`;
    return KIND_RELEASES.find((r) => r.kind === core)?.image;
}
/** `0.33.0-alpha.12+abc` is a build between releases; `0.33.0+abc` is the release. */
function isPreRelease(version) {
    return /^[^-+]*-/.test(version.text);
}
/**
 * The release in {@link KIND_RELEASES} nearest to a kind the table does not know: the newest one
 * not newer than it (a pre-release such as `0.34.0-alpha.3` comes before `0.34.0`, so its nearest
 * is the release before), else the oldest known. A kind's default image only moves forward, so
 * the nearest older release's default is the closest known guess at what it creates.
 */
function nearestKnownRelease(version) {
    const known = KIND_RELEASES.find((release) => {
        const r = parseKindVersion(release.kind);
        return r !== undefined && compareKindVersions(r, version) <= 0;
    });
    return known ?? KIND_RELEASES.at(-1);
}
/** Orders kind versions as semver orders them, a pre-release before its release. */
function compareKindVersions(a, b) {
    const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
    if (core !== 0)
        return Math.sign(core);
    return Number(isPreRelease(b)) - Number(isPreRelease(a));
}
/**
 * The Kubernetes version an image's tag names: `kindest/node:v1.36.1`, with or without a digest,
 * a registry with a port, or a tag such as `v1.37.0-rc.1`. Undefined when the tag is no version
 * (`latest`, `main`) or there is no tag at all.
 */
function imageKubernetesVersion(image) {
    const withoutDigest = image.split('@', 1)[0] ?? '';
    const lastSlash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.indexOf(':', lastSlash + 1);
    if (colon < 0)
        return undefined;
    return (0,_kube_version_js__WEBPACK_IMPORTED_MODULE_0__/* .parseKubeVersion */ .He)(withoutDigest.slice(colon + 1));
}
/**
 * Why kind `kind` cannot create a cluster from a node image of Kubernetes `kube`, or undefined when
 * no reason is known. kind ≤ 0.31 renders kubeadm's `v1beta3` config for every image from 1.23 on
 * (`pkg/cluster/internal/kubeadm/config.go`; from 0.32 images from 1.36 get `v1beta4`), and
 * kubeadm 1.37 removed `v1beta3`: kubeadm init fails before the API server exists.
 */
function incompatibility(kind, kube) {
    const rendersOnlyV1beta3 = kind.major === 0 && kind.minor <= 31;
    if (!rendersOnlyV1beta3 || !(0,_kube_version_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(kube, 1, 37))
        return undefined;
    const own = defaultNodeImage(kind);
    return (`kind v${kind.text} cannot create a cluster from a Kubernetes ${kube.text} node image: kind 0.31 ` +
        `and older write kubeadm's v1beta3 config, which kubeadm ${(0,_kube_version_js__WEBPACK_IMPORTED_MODULE_0__/* .minorOf */ .Hs)(kube)} no longer reads. Use ` +
        `kind v0.32.0 or newer ('kind-version'), or a node image of Kubernetes 1.36 or ` +
        `older` +
        (own ? ` (kind v${kind.text}'s default is ${own})` : ''));
}


/***/ }),

/***/ 2219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ parseKubeVersion),
/* harmony export */   Hs: () => (/* binding */ minorOf),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   qQ: () => (/* binding */ DEFAULT_KUBERNETES_VERSION)
/* harmony export */ });
/**
 * The Kubernetes version a policy is checked against when nothing names one: the default node image
 * of the pinned kind (kind v0.33.0 → kindest/node:v1.37.0). `test/kind/versions.test.ts` holds the
 * two together, so moving the pin moves this.
 */
const DEFAULT_KUBERNETES_VERSION = { major: 1, minor: 37, text: '1.37.0' };
const VERSION = /^v?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,6}))?(?:[-+][0-9A-Za-z.+-]*)?$/;
/** `1.36`, `v1.36.1`, `1.37.0-rc.1` → the version; anything else → undefined. */
function parseKubeVersion(value) {
    const match = VERSION.exec(value.trim());
    if (!match)
        return undefined;
    return { major: Number(match[1]), minor: Number(match[2]), text: value.trim().replace(/^v/, '') };
}
/** Whether `version` is `major.minor` or later. */
function atLeast(version, major, minor) {
    return version.major > major || (version.major === major && version.minor >= minor);
}
/** `1.36` — how messages name a minor release. */
function minorOf(version) {
    return `${version.major}.${version.minor}`;
}


/***/ }),

/***/ 5005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ FILE_NAMES)
/* harmony export */ });
/**
 * The artifact's layout (DESIGN.md, "Artifact layout"), and of the runner folder it is built in:
 * the policy and the kind config at the top, a folder per control-plane node with its audit files.
 */
const FILE_NAMES = {
    policy: 'audit-policy.yaml',
    kindConfig: 'kind-config.yaml',
    /** Every node's events, merged by time. */
    merged: 'audit.jsonl',
    summaryJson: 'summary.json',
    summaryMd: 'summary.md',
    /** `kind export logs`, when asked: the nodes' own logs, which hold no audit event. */
    kindLogs: 'kind-logs',
};


/***/ }),

/***/ 687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ isFinalStage),
/* harmony export */   KU: () => (/* binding */ resourceOf),
/* harmony export */   Wy: () => (/* binding */ isComponent),
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   fK: () => (/* binding */ subjectGroups),
/* harmony export */   gE: () => (/* binding */ eventTime),
/* harmony export */   kq: () => (/* binding */ uriPath),
/* harmony export */   lJ: () => (/* binding */ stageRank),
/* harmony export */   rm: () => (/* binding */ eventParts)
/* harmony export */ });
/* unused harmony export STAGE_RANK */
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
 * Kubernetes' own components (DESIGN.md): left out of "who did what", RBAC and baselines by
 * default. `kubernetes-admin`, which tests use, is not one.
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


/***/ }),

/***/ 2964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ byWriteOrder),
/* harmony export */   y: () => (/* binding */ auditFilePattern)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Matches the audit log and its rotated siblings: `<stem><ext>` and
 * `<stem>-<UTC YYYY-MM-DDTHH-MM-SS.mmm><ext>`, each optionally `.gz` (FACTS §2).
 */
function auditFilePattern(logPath) {
    const ext = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.extname(logPath);
    const stem = escapeRegExp(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(logPath, ext));
    return new RegExp(`^${stem}(-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3})?${escapeRegExp(ext)}(\\.gz)?$`);
}
/** Current file last, rotated files oldest first: the order in which their events were written. */
function byWriteOrder(names) {
    const rotated = (n) => /-\d{4}-\d{2}-\d{2}T/.test(n);
    return [...names].sort((a, b) => Number(rotated(b)) - Number(rotated(a)) || a.localeCompare(b));
}


/***/ }),

/***/ 5848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ MAX_LINE_BYTES),
/* harmony export */   g3: () => (/* binding */ LineSplitter)
/* harmony export */ });
/* unused harmony export forEachLine */
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


/***/ }),

/***/ 5194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ logFilesUnder),
/* harmony export */   t: () => (/* binding */ LOG_FILE_NAMES)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5005);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2964);




/** Files a folder is searched for: audit logs and JSON lines, plain or `.gz`. */
const LOG_FILE_NAMES = '*.log, *.jsonl or *.json, plain or .gz';
const LOG_NAME = /\.(log|jsonl|json)(\.gz)?$/;
/** Text beside the events in an artifact that holds none: the API server's own log, the summary. */
const NOT_EVENTS = new Set(['kube-apiserver.log', _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_NAMES */ .G.summaryJson]);
/** An artifact's `kind export logs`: kubelet, containerd and pod logs, never audit events. */
const NOT_EVENT_FOLDERS = new Set([_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_NAMES */ .G.kindLogs]);
const MAX_DEPTH = 4;
async function regularFiles(dir, depth = 0) {
    const found = [];
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name);
        // Dirent types come from lstat: links are neither files nor folders here, so never followed.
        if (entry.isDirectory() && depth < MAX_DEPTH && !NOT_EVENT_FOLDERS.has(entry.name))
            found.push(...(await regularFiles(full, depth + 1)));
        else if (entry.isFile() && LOG_NAME.test(entry.name) && !NOT_EVENTS.has(entry.name))
            found.push(full);
    }
    return found;
}
/**
 * The log files under `dir` (a few folders deep, links never followed), folder by folder in path
 * order, each folder's files in the order they were written (rotated oldest first, current last).
 */
async function logFilesUnder(dir) {
    const byFolder = new Map();
    for (const file of await regularFiles(dir)) {
        const folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file);
        byFolder.set(folder, [...(byFolder.get(folder) ?? []), node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)]);
    }
    return [...byFolder]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .flatMap(([folder, names]) => (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .byWriteOrder */ .n)(names).map((name) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, name)));
}


/***/ }),

/***/ 9739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ bytesOf),
/* harmony export */   Jm: () => (/* binding */ findLogs),
/* harmony export */   Or: () => (/* binding */ InputPathError),
/* harmony export */   R8: () => (/* binding */ filesOf),
/* harmony export */   TF: () => (/* binding */ STDIN),
/* harmony export */   _q: () => (/* binding */ STDIN_LABEL),
/* harmony export */   rw: () => (/* binding */ looksGzip),
/* harmony export */   wi: () => (/* binding */ nothingRead)
/* harmony export */ });
/* unused harmony export namedList */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _fs_words_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9968);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5005);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9133);
/* harmony import */ var _log_folder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5194);







/** How a command names standard input among its inputs (and standard output for `--out`). */
const STDIN = '-';
/** How messages name standard input. */
const STDIN_LABEL = 'standard input';
/**
 * A path the user named that cannot be read, or a file in it that cannot: the CLI exits 2 for it
 * (DESIGN.md, "CLI exit codes"), naming the argument that gave the path.
 */
class InputPathError extends Error {
    path;
    problem;
    constructor(
    /** As the user gave it or as it was found in a folder; `standard input` for `-`. */
    path, 
    /** What is wrong, in words: `there is no such file or folder`. */
    problem) {
        super(`${path}: ${problem}`);
        this.path = path;
        this.problem = problem;
        this.name = 'InputPathError';
    }
}
/** gzip's first two bytes (RFC 1952, 2.3.1). */
const GZIP_MAGIC = [0x1f, 0x8b];
/** Every file of the logs, group by group. */
function filesOf(found) {
    return found.groups.flatMap((g) => g.files);
}
/** The bytes there are to read (compressed sizes for `.gz`). */
function bytesOf(found) {
    return filesOf(found).reduce((sum, f) => sum + f.bytes, 0);
}
/**
 * The log files the paths a user named hold, by the one set of rules every command follows:
 * - `-` is standard input (at most once), plain or gzip, whatever it is named;
 * - a file is read as it is, whatever its name; a link named directly is followed;
 * - an artifact folder (one holding `audit.jsonl`) is read through `audit.jsonl` (see
 *   {@link FindOptions.artifact});
 * - any other folder is searched a few folders deep for `*.log`, `*.jsonl` and `*.json`, plain or
 *   `.gz` (not the API server's own `kube-apiserver.log`, nor `summary.json`), links never
 *   followed; each folder's files are one node's, in the order they were written.
 * Every file is opened before anything is read: one that cannot be read, is not a regular file,
 * or is named `.gz` but does not start as gzip does, is an {@link InputPathError}.
 */
async function findLogs(paths, options = {}) {
    const found = { named: paths, groups: [], copies: [], empty: [] };
    let stdinSeen = false;
    for (const given of paths) {
        if (given === STDIN && options.stdin) {
            if (stdinSeen)
                throw new InputPathError(STDIN, 'standard input is named twice, and can be read only once');
            stdinSeen = true;
            const copy = await options.stdin();
            const bytes = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(copy)).size;
            found.groups.push({ node: '', files: [{ path: copy, label: STDIN_LABEL, node: '', bytes }] });
            continue;
        }
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(given).catch((error) => {
            throw new InputPathError(given, (0,_fs_words_js__WEBPACK_IMPORTED_MODULE_5__/* .fsProblem */ .X)(error));
        });
        if (info.isDirectory())
            await addFolder(found, given, options.artifact ?? 'merged');
        else if (info.isFile()) {
            const node = node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(given)));
            // A link named outright is followed (the user chose it); readers then open the file itself.
            const file = { path: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(given), label: given, node, bytes: info.size };
            await checkReadable(file, false);
            found.groups.push({ node, files: [file] });
        }
        else
            throw new InputPathError(given, 'it is neither a regular file nor a folder');
    }
    return found;
}
async function addFolder(found, dir, artifact) {
    const merged = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .FILE_NAMES */ .G.merged);
    const isArtifact = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(merged).catch(() => undefined))?.isFile() === true;
    const files = await (0,_log_folder_js__WEBPACK_IMPORTED_MODULE_4__/* .logFilesUnder */ .Y)(dir).catch((error) => {
        throw new InputPathError(dir, `the folder cannot be read: ${(0,_fs_words_js__WEBPACK_IMPORTED_MODULE_5__/* .fsProblem */ .X)(error)}`);
    });
    if (files.length === 0) {
        found.empty.push(dir);
        return;
    }
    const inSubfolder = (file) => node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(dir, file).includes((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep));
    const nodeOf = (file) => inSubfolder(file)
        ? (node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(dir, file).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep))[0] ?? '')
        : node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir));
    const byFolder = new Map();
    for (const file of files) {
        // Found by lstat, so a regular file: its size is the one read, unless it grows meanwhile.
        const logFile = {
            path: file,
            label: file,
            node: nodeOf(file),
            bytes: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file)).size,
        };
        if (isArtifact && artifact === 'merged') {
            if (file === merged) {
                await checkReadable(logFile, true);
                // It holds every node's events: they count for no node.
                found.groups.push({ node: '', files: [{ ...logFile, node: '' }] });
            }
            else if (inSubfolder(file))
                found.copies.push(logFile);
            continue;
        }
        await checkReadable(logFile, true);
        const folder = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file);
        const group = byFolder.get(folder) ?? { node: logFile.node, files: [] };
        group.files.push(logFile);
        byFolder.set(folder, group);
    }
    found.groups.push(...byFolder.values());
}
/**
 * Opens `file` as its reader will: a file that cannot be opened, is no regular file (a FIFO put
 * where a log should be: O_NONBLOCK keeps the open from hanging) or is named `.gz` without gzip's
 * magic bytes fails here, before anything is read or written. A file found in a folder is opened
 * without following a link, as the readers open it.
 */
async function checkReadable(file, found) {
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | (found ? node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW : 0);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file.path, flags).catch((error) => {
        throw new InputPathError(file.label, `it cannot be read: ${(0,_fs_words_js__WEBPACK_IMPORTED_MODULE_5__/* .fsProblem */ .X)(error)}`);
    });
    try {
        if (!(await handle.stat()).isFile())
            throw new InputPathError(file.label, 'it is not a regular file');
        if (!file.path.endsWith('.gz') || file.bytes === 0)
            return;
        const head = Buffer.alloc(2);
        const { bytesRead } = await handle.read(head, 0, 2, 0);
        if (bytesRead < 2 || head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1])
            throw new InputPathError(file.label, 'it is named .gz but is not gzip-compressed (rename it without .gz if it is plain text)');
    }
    finally {
        await handle.close();
    }
}
/** Whether `head` starts as a gzip stream does. */
function looksGzip(head) {
    return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}
/** Named paths as a list for a message: `a.log, ./audit, standard input`. */
function namedList(found) {
    return found.named.map((p) => (p === STDIN ? STDIN_LABEL : p)).join(', ');
}
/**
 * What a command says when the logs held no request: `read 0 requests from ./audit: 2 files,
 * 10 lines, none of them an audit event`, naming what was named and what was found in it.
 */
function nothingRead(found, lines) {
    const files = filesOf(found).length;
    const what = files === 0
        ? `no log file was found (${_log_folder_js__WEBPACK_IMPORTED_MODULE_4__/* .LOG_FILE_NAMES */ .t})`
        : lines === 0
            ? `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_6__/* .count */ .U)(files, 'file')}, ${files === 1 ? 'and it is' : 'all'} empty`
            : `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_6__/* .count */ .U)(files, 'file')}, ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_6__/* .count */ .U)(lines, 'line')}, none of them an audit event`;
    return `read 0 requests from ${namedList(found)}: ${what}`;
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseLine)
/* harmony export */ });
/* harmony import */ var _request_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3788);

const BLANK = { kind: 'blank' };
const SKIPPED = { kind: 'skipped' };
const OPEN_BRACE = 0x7b;
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
    if (first !== OPEN_BRACE && text.trim() === '')
        return BLANK;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return SKIPPED;
    }
    return (0,_request_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .isEvent */ .xH)(value) ? { kind: 'event', event: value } : SKIPPED;
}


/***/ }),

/***/ 3788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xH: () => (/* binding */ isEvent),
/* harmony export */   xS: () => (/* binding */ factsOf)
/* harmony export */ });
/* unused harmony export goDurationMs */
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(687);
/* harmony import */ var _tally_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6345);
/* harmony import */ var _time_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7827);



const text = (value) => (typeof value === 'string' ? (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .fitKey */ .rG)(value) : '');
const GO_UNITS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1e3,
    m: 6e4,
    h: 3.6e6,
};
/** One number and its unit: how nearly every latency annotation is written. */
const ONE_PART = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)$/;
/** A Go duration (`1.5ms`, `2m3.1s`) in milliseconds, as the latency annotations write them; NaN if not one. */
function goDurationMs(value) {
    const one = ONE_PART.exec(value);
    if (one)
        return Number(one[1]) * (GO_UNITS[one[2] ?? ''] ?? NaN);
    const parts = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/.test(value)
        ? value.match(/\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h)/g)
        : null;
    if (!parts)
        return NaN;
    return parts.reduce((sum, part) => {
        const [, n = '0', unit = 's'] = /^(\d+(?:\.\d+)?)(.*)$/.exec(part) ?? [];
        return sum + Number(n) * (GO_UNITS[unit] ?? NaN);
    }, 0);
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
    return longRunning ? NaN : (0,_time_order_js__WEBPACK_IMPORTED_MODULE_2__/* .elapsedMs */ .d5)(event.requestReceivedTimestamp, event.stageTimestamp);
}
/** True for a parsed line that is an audit event; anything else is a skipped line. */
function isEvent(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        typeof value.stage === 'string');
}
/** The facts of one event. */
function factsOf(event) {
    const { ref, status, notes } = (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .eventParts */ .rm)(event);
    const time = text((0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .eventTime */ .gE)(event));
    const user = text(safe(() => (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .subjectOf */ .et)(event)));
    const groups = safe(() => (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .subjectGroups */ .fK)(event).filter((g) => typeof g === 'string'), []);
    const deprecated = notes['k8s.io/deprecated'] === 'true';
    const verb = text(event.verb);
    // kube-apiserver's own figure when it wrote one (it does so only for slow requests).
    const latency = notes['apiserver.latency.k8s.io/total'];
    const noted = typeof latency === 'string' ? goDurationMs(latency) : NaN;
    const annotated = Number.isFinite(noted);
    return {
        auditID: text(event.auditID),
        stage: text(event.stage),
        time,
        ms: (0,_time_order_js__WEBPACK_IMPORTED_MODULE_2__/* .timeMs */ .c5)(time),
        verb,
        resource: text(safe(() => (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceOf */ .KU)(event)) ?? (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .uriPath */ .kq)(text(event.requestURI))),
        namespace: text(ref.namespace),
        name: text(ref.name),
        user,
        component: (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .isComponent */ .Wy)(user, groups),
        code: typeof status.code === 'number' ? String(status.code) : '',
        userAgent: text(event.userAgent),
        level: text(event.level),
        reason: text(notes['authorization.k8s.io/reason']),
        message: text(status.message),
        deprecatedApi: deprecated
            ? (0,_tally_js__WEBPACK_IMPORTED_MODULE_1__/* .fitKey */ .rG)(`${text(ref.apiGroup) ? `${text(ref.apiGroup)}/` : ''}${text(ref.apiVersion)} ${text(ref.resource)}`)
            : '',
        removedRelease: text(notes['k8s.io/removed-release']),
        latencyMs: annotated ? noted : timedLatency(event, verb, ref.subresource),
        latencyFrom: annotated ? 'annotation' : 'timestamps',
    };
}
/** The shared helpers assume well-typed fields; a hostile event must not throw out of the summary. */
function safe(fn, fallback) {
    try {
        return fn();
    }
    catch {
        return fallback;
    }
}


/***/ }),

/***/ 6753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ peekEarlyStage),
/* harmony export */   M: () => (/* binding */ peekStage)
/* harmony export */ });
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
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const CLOSE_BRACE = 0x7d;
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
function valueEnd(line, start) {
    const limit = Math.min(line.length, start + MAX_VALUE);
    for (let i = start; i < limit; i++) {
        const c = line[i];
        if (c === QUOTE)
            return i;
        if (c === BACKSLASH)
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
    if (line[line.length - 1] !== CLOSE_BRACE || !holds(line, PREFIX, 0))
        return undefined;
    const levelEnd = valueEnd(line, PREFIX.length);
    if (levelEnd === -1 || !holds(line, AUDIT_ID, levelEnd + 1))
        return undefined;
    const idStart = levelEnd + 1 + AUDIT_ID.length;
    const idEnd = valueEnd(line, idStart);
    if (idEnd === -1 || !holds(line, STAGE, idEnd + 1))
        return undefined;
    const stageStart = idEnd + 1 + STAGE.length;
    const stageEnd = valueEnd(line, stageStart);
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
    const end = valueEnd(line, start);
    if (end === -1)
        return undefined;
    const closes = end + 2 === line.length && line[end + 1] === CLOSE_BRACE;
    if (!closes && !holds(line, ANNOTATIONS, end + 1))
        return undefined;
    return line.toString('utf8', start, end);
}
/**
 * The order key of a line that is an early stage of a request (RequestReceived, ResponseStarted)
 * in kube-apiserver's layout, read off its front and tail; `undefined` for any other line, which
 * the caller parses. The merge relies on it, unparsed, only once its request's final stage has
 * been read and parsed (reorder-window.ts); until then it is parsed before it is written.
 */
function peekEarlyStage(line) {
    const peek = peekStage(line);
    if (!peek || (peek.stage !== 'RequestReceived' && peek.stage !== 'ResponseStarted'))
        return undefined;
    const time = tailTime(line);
    return time === undefined ? undefined : { time, auditID: peek.auditID, stage: peek.stage };
}


/***/ }),

/***/ 8191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ Summarizer)
});

// UNUSED EXPORTS: SUMMARY_CAPS

// EXTERNAL MODULE: ./src/logs/event.ts
var logs_event = __webpack_require__(687);
// EXTERNAL MODULE: ./src/logs/parse-event.ts
var parse_event = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/logs/request-facts.ts
var request_facts = __webpack_require__(3788);
;// CONCATENATED MODULE: ./src/logs/pending-requests.ts



const RECEIVED = 'RequestReceived';
/**
 * The requests waiting for their final stage (DESIGN.md: a request counts once, at its last stage
 * seen). Memory is bounded: at most `maxWaiting` requests (the oldest is let go first: it most
 * likely lost its final stage to a cut-off log) and `maxHeldBytes` of held lines.
 */
class PendingRequests {
    sink;
    maxWaiting;
    maxHeldBytes;
    #waiting = new Map();
    #heldBytes = 0;
    constructor(sink, maxWaiting, maxHeldBytes = 32 * 1024 * 1024) {
        this.sink = sink;
        this.maxWaiting = maxWaiting;
        this.maxHeldBytes = maxHeldBytes;
    }
    /** True when a line of this size may be held unparsed now. */
    canHold(bytes) {
        return this.#heldBytes + bytes <= this.maxHeldBytes;
    }
    /**
     * An early stage's line, set aside unparsed (the caller checked `canHold` and the stage). The
     * bytes are held as given: the caller copies a line whose buffer it will use again while held.
     */
    hold(auditID, stage, line, node, seq) {
        this.#heldBytes += line.length;
        const received = stage === RECEIVED;
        this.#arrive(auditID, { seq, stage, received, node, facts: undefined, held: line });
    }
    /**
     * An event's facts, read at `seq`: a final stage counts now (letting its earlier stage go),
     * others wait. True for a final stage whose request was received (RequestReceived) here: no
     * stage of it can lie before that.
     */
    add(facts, node, seq) {
        if ((0,logs_event/* isFinalStage */.BL)(facts.stage) || !facts.auditID) {
            const received = facts.auditID ? this.close(facts.auditID) : false;
            this.sink.count(facts, node, seq);
            return received;
        }
        const received = facts.stage === RECEIVED;
        this.#arrive(facts.auditID, {
            seq,
            stage: facts.stage,
            received,
            node,
            facts,
            held: undefined,
        });
        return false;
    }
    /**
     * The final stage of `auditID` was read (and counted) elsewhere: its earlier stage stops
     * waiting. True when its request was received here.
     */
    close(auditID) {
        const waiting = this.#waiting.get(auditID);
        if (!waiting)
            return false;
        this.#waiting.delete(auditID);
        this.#release(waiting, true);
        return waiting.received;
    }
    /**
     * A request another reader left open at the end of its part: it waits here as it waited there,
     * its line still unparsed if it was.
     */
    reopen(open) {
        const { auditID, stage, node, seq, facts, held } = open;
        if (facts) {
            this.add(facts, node, seq);
            return;
        }
        if (!held)
            return;
        if (this.canHold(held.length))
            return this.hold(auditID, stage, held, node, seq);
        // Parsed now, as a reader parses a line it cannot hold.
        const parsed = (0,parse_event/* parseLine */.A)(held);
        this.sink.settled(parsed.kind === 'event');
        if (parsed.kind === 'event')
            this.add((0,request_facts/* factsOf */.xS)(parsed.event), node, seq);
    }
    /** How many requests wait. */
    get size() {
        return this.#waiting.size;
    }
    /**
     * Every request still waiting, taken out uncounted and unsettled: the open requests at the end
     * of a part of the read, for the reader of the parts after it.
     */
    drain() {
        const open = [];
        for (const [auditID, { stage, node, seq, facts, held }] of this.#waiting) {
            const heldAt = held && [
                held.byteOffset,
                held.byteOffset + held.length,
            ];
            open.push({ auditID, stage, node, seq, facts, heldAt });
        }
        this.#waiting.clear();
        this.#heldBytes = 0;
        return open;
    }
    /** Counts every request still waiting, at its last stage seen, at places from `seq` on. */
    end(seq) {
        let place = seq;
        for (const waiting of this.#waiting.values())
            this.#countNow(waiting, place++);
        this.#waiting.clear();
    }
    #arrive(auditID, next) {
        const waiting = this.#waiting.get(auditID);
        if (waiting) {
            waiting.received ||= next.received;
            // Two stages of one request: the later stage is kept, the other is an event let go.
            if ((0,logs_event/* stageRank */.lJ)(next.stage) >= (0,logs_event/* stageRank */.lJ)(waiting.stage)) {
                this.#release(waiting, true);
                waiting.stage = next.stage;
                waiting.facts = next.facts;
                waiting.held = next.held;
            }
            else
                this.#release(next, true);
            return;
        }
        if (this.#waiting.size >= this.maxWaiting) {
            const [oldestId, oldest] = this.#waiting.entries().next().value ?? [];
            if (oldestId !== undefined && oldest) {
                this.#waiting.delete(oldestId);
                this.#countNow(oldest, next.seq);
            }
        }
        this.#waiting.set(auditID, next);
    }
    /** A waiting stage that is not counted itself: a held line was an event after all. */
    #release(waiting, isEvent) {
        if (!waiting.held)
            return;
        this.#heldBytes -= waiting.held.length;
        waiting.held = undefined;
        this.sink.settled(isEvent);
    }
    /** Counts a request at the stage it waits at, read at `seq`. */
    #countNow(waiting, seq) {
        const facts = this.#factsOf(waiting);
        if (facts)
            this.sink.count(facts, waiting.node, seq);
    }
    /** A waiting request's facts, parsing its held line if it has one (undefined: not an event). */
    #factsOf(waiting) {
        if (!waiting.held)
            return waiting.facts;
        const parsed = (0,parse_event/* parseLine */.A)(waiting.held);
        this.#release(waiting, parsed.kind === 'event');
        return parsed.kind === 'event' ? (0,request_facts/* factsOf */.xS)(parsed.event) : undefined;
    }
}

;// CONCATENATED MODULE: ./src/logs/deprecated-callers.ts
/** Callers of deprecated APIs, one row per subject and API; at most `keep` rows, every call counted. */
class DeprecatedCallers {
    keep;
    #rows = new Map();
    total = 0;
    constructor(keep) {
        this.keep = keep;
    }
    /** One call, read at `seq`. */
    add(f, seq) {
        const row = { user: f.user, api: f.deprecatedApi, removedRelease: f.removedRelease, count: 1 };
        this.#add(`${f.user}\n${f.deprecatedApi}`, { seq, row });
    }
    #add(key, other) {
        this.total += other.row.count;
        const known = this.#rows.get(key);
        if (known) {
            known.row.count += other.row.count;
            known.seq = Math.min(known.seq, other.seq);
        }
        else if (this.#rows.size < this.keep)
            this.#rows.set(key, { ...other, row: { ...other.row } });
    }
    toState() {
        return { rows: [...this.#rows], total: this.total };
    }
    /** Adds the calls counted over other parts of the same read (exact below the cap). */
    merge(state) {
        let placed = 0;
        for (const [key, kept] of state.rows) {
            this.#add(key, kept);
            placed += kept.row.count;
        }
        this.total += state.total - placed;
    }
    /** The rows, most calls first; ties in the order first called. */
    get rows() {
        return [...this.#rows.values()]
            .sort((a, b) => b.row.count - a.row.count || a.seq - b.seq)
            .map((kept) => kept.row);
    }
}

;// CONCATENATED MODULE: ./src/logs/node-summaries.ts
/** A first time that any time comes before. */
const noFirst = () => ({ ms: Infinity, seq: Infinity, time: null });
/** A last time that any time comes after. */
const noLast = () => ({ ms: -Infinity, seq: Infinity, time: null });
/**
 * Sets a time in place: a summary's last time changes with nearly every request of a merged log,
 * and a new object each time is garbage.
 */
function place(target, ms, seq, time) {
    target.ms = ms;
    target.seq = seq;
    target.time = time;
}
/** True when `a` comes before `b` in time, or at the same time but read earlier. */
const earlier = (a, b) => a.ms < b.ms || (a.ms === b.ms && a.seq < b.seq);
/** True when `a` comes after `b` in time, or at the same time but read earlier. */
const later = (a, b) => a.ms > b.ms || (a.ms === b.ms && a.seq < b.seq);
/** Files, bytes, requests and time span per node; at most `max` nodes. */
class NodeSummaries {
    max;
    #nodes = new Map();
    constructor(max) {
        this.max = max;
    }
    #entry(node) {
        let entry = this.#nodes.get(node);
        if (!entry && this.#nodes.size < this.max) {
            entry = { files: 0, bytes: 0, requests: 0, first: noFirst(), last: noLast() };
            this.#nodes.set(node, entry);
        }
        return entry;
    }
    addFile(node, bytes, files = 1) {
        const entry = this.#entry(node);
        if (!entry)
            return;
        entry.files += files;
        entry.bytes += bytes;
    }
    /** A node known by its files alone: its requests were counted elsewhere. */
    markUnattributed(node) {
        const entry = this.#entry(node);
        if (entry)
            Object.assign(entry, { requests: null, first: noFirst(), last: noLast() });
    }
    /** One request of `node`, at `ms` (its time as written: `time`), read at `seq`. */
    addRequest(node, ms, time, seq) {
        const entry = this.#entry(node);
        if (!entry || entry.requests === null)
            return;
        entry.requests++;
        if (ms < entry.first.ms)
            place(entry.first, ms, seq, time);
        if (ms > entry.last.ms)
            place(entry.last, ms, seq, time);
    }
    /** `count` requests of `node` from `first` to `last`. */
    addRequests(node, count, first, last) {
        const entry = this.#entry(node);
        if (!entry || entry.requests === null)
            return;
        entry.requests += count;
        if (earlier(first, entry.first))
            entry.first = { ...first };
        if (later(last, entry.last))
            entry.last = { ...last };
    }
    toState() {
        return [...this.#nodes];
    }
    /** Adds the nodes counted over other parts of the same read. */
    merge(state) {
        for (const [node, other] of state) {
            this.addFile(node, other.bytes, other.files);
            if (other.requests === null)
                this.markUnattributed(node);
            else if (other.requests > 0)
                this.addRequests(node, other.requests, other.first, other.last);
        }
    }
    /** The nodes by name, as summary.json has them. */
    result() {
        return Object.fromEntries([...this.#nodes]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([node, e]) => [
            node,
            {
                files: e.files,
                bytes: e.bytes,
                requests: e.requests,
                first: e.requests === null ? null : e.first.time,
                last: e.requests === null ? null : e.last.time,
            },
        ]));
    }
}

// EXTERNAL MODULE: ./src/logs/tally.ts
var tally = __webpack_require__(6345);
;// CONCATENATED MODULE: ./src/logs/summary-shape.ts
const MAX_BUCKETS = 60;

;// CONCATENATED MODULE: ./src/logs/timeline.ts

const MINUTE = 60_000;
/** Distinct minutes held; a log that spans more (or a hostile time) counts the rest as unplaced. */
const MAX_MINUTES = 50_000;
const MAX_NODES = 64;
/** Requests per minute per node, folded at the end into at most {@link MAX_BUCKETS} buckets. */
class TimelineCounter {
    #minutes = new Map();
    #nodes = new Set();
    #unplaced = 0;
    add(ms, node) {
        if (!Number.isFinite(ms))
            this.#unplaced++;
        else
            this.#add(Math.floor(ms / MINUTE), node, 1);
    }
    #add(minute, node, count) {
        let byNode = this.#minutes.get(minute);
        if (!this.#nodes.has(node) && this.#nodes.size >= MAX_NODES) {
            this.#unplaced += count;
            return;
        }
        if (!byNode) {
            if (this.#minutes.size >= MAX_MINUTES) {
                this.#unplaced += count;
                return;
            }
            byNode = new Map();
            this.#minutes.set(minute, byNode);
        }
        this.#nodes.add(node);
        byNode.set(node, (byNode.get(node) ?? 0) + count);
    }
    toState() {
        return {
            minutes: [...this.#minutes].map(([minute, byNode]) => [minute, [...byNode]]),
            unplaced: this.#unplaced,
        };
    }
    /** Adds the requests counted over other parts of the same read (exact below the caps). */
    merge(state) {
        this.#unplaced += state.unplaced;
        for (const [minute, byNode] of state.minutes)
            for (const [node, count] of byNode)
                this.#add(minute, node, count);
    }
    result() {
        const minutes = [...this.#minutes.keys()];
        if (minutes.length === 0)
            return { start: null, bucketMinutes: 1, nodes: {}, unplaced: this.#unplaced };
        const first = minutes.reduce((a, b) => Math.min(a, b));
        const span = minutes.reduce((a, b) => Math.max(a, b)) - first + 1;
        const bucketMinutes = Math.max(1, Math.ceil(span / MAX_BUCKETS));
        const buckets = Math.ceil(span / bucketMinutes);
        const series = new Map();
        for (const node of [...this.#nodes].sort())
            series.set(node, new Array(buckets).fill(0));
        for (const [minute, byNode] of this.#minutes) {
            const i = Math.floor((minute - first) / bucketMinutes);
            for (const [node, count] of byNode) {
                const counts = series.get(node);
                if (counts)
                    counts[i] = (counts[i] ?? 0) + count;
            }
        }
        // A node named `__proto__` is a key like any other (see Tally.top).
        const nodes = Object.fromEntries(series);
        return {
            start: new Date(first * MINUTE).toISOString(),
            bucketMinutes,
            nodes,
            unplaced: this.#unplaced,
        };
    }
}

;// CONCATENATED MODULE: ./src/logs/who-did-what.ts

/** Separates the parts of a row key; a tab cannot hide in a key because keys are split on the first two. */
const SEP = '\t';
/**
 * "Who did what": per subject, requests folded as verb × resource × namespace. Bounded: at most
 * `subjects` subjects and `rowsPerSubject` rows each are held; the rest count under `(other)`.
 */
class WhoDidWhat {
    maxSubjects;
    rowsPerSubject;
    /** Each subject's rows, and where in the read it was first seen (ties keep that order). */
    #bySubject = new Map();
    #seen = new Set();
    constructor(maxSubjects = 200, rowsPerSubject = 1_000) {
        this.maxSubjects = maxSubjects;
        this.rowsPerSubject = rowsPerSubject;
    }
    /** How many subjects were seen (up to a bound of ten times those held). */
    get subjects() {
        return this.#seen.size;
    }
    /** One request of `subject`, read at `seq`. */
    add(subject, verb, resource, namespace, seq) {
        // Verb and resource never hold a tab in real logs; a hostile one only lands in namespace.
        const row = [verb.replaceAll(SEP, ' '), resource.replaceAll(SEP, ' '), namespace].join(SEP);
        this.#entry(subject, seq)?.add(row);
    }
    #entry(subject, seq) {
        const known = this.#bySubject.get(subject);
        if (known) {
            known.seq = Math.min(known.seq, seq);
            return known.rows;
        }
        if (this.#seen.size < this.maxSubjects * 10)
            this.#seen.add(subject);
        if (this.#bySubject.size >= this.maxSubjects)
            return undefined;
        const rows = new tally/* Tally */.F0(this.rowsPerSubject);
        this.#bySubject.set(subject, { seq, rows });
        return rows;
    }
    toState() {
        return {
            subjects: [...this.#bySubject].map(([subject, { seq, rows }]) => [
                subject,
                { seq, rows: rows.toState() },
            ]),
            seen: [...this.#seen],
        };
    }
    /** Adds the requests counted over other parts of the same read (exact below the caps). */
    merge(state) {
        for (const subject of state.seen)
            if (this.#seen.size < this.maxSubjects * 10)
                this.#seen.add(subject);
        for (const [subject, other] of state.subjects)
            this.#entry(subject, other.seq)?.merge(other.rows);
    }
    /** Subjects by requests, largest first (ties in the order first seen); each with its `top` largest rows. */
    result(top) {
        const subjects = [...this.#bySubject].sort((a, b) => b[1].rows.total - a[1].rows.total || a[1].seq - b[1].seq);
        const result = [];
        for (const [subject, { rows: tally }] of subjects.slice(0, top)) {
            const activity = { requests: tally.total, rows: [], otherRequests: 0 };
            for (const [key, count] of Object.entries(tally.top(top))) {
                const [verb = '', resource = '', ...rest] = key.split(SEP);
                if (rest.length === 0)
                    activity.otherRequests += count;
                else
                    activity.rows.push({ verb, resource, namespace: rest.join(SEP), count });
            }
            result.push([subject, activity]);
        }
        // A subject named `__proto__` is a key like any other (see Tally.top).
        return Object.fromEntries(result);
    }
}

;// CONCATENATED MODULE: ./src/logs/request-counts.ts





/** How many entries each table and list of summary.json keeps (the totals count everything). */
const SUMMARY_CAPS = {
    table: 100,
    list: 100,
    slowest: 20,
    /** auditIDs seen at a stage that does not end a request, waiting for the one that does. */
    pending: 50_000,
    nodes: 64,
    warnings: 20,
};
const TABLES = [
    'byVerb',
    'byResource',
    'byUser',
    'byNamespace',
    'byCode',
    'byUserAgent',
    'byLevel',
];
/**
 * The summary's tables and lists, counted one request at a time. Each request comes with its
 * place in the read (`seq`), so that counts kept apart (by threads, each over its own part of the
 * read) merge into what one reader in order would have counted, exactly below every cap.
 */
class RequestCounts {
    requests = 0;
    #first = noFirst();
    #last = noLast();
    #tables = Object.fromEntries(TABLES.map((name) => [name, new tally/* Tally */.F0()]));
    #denied = new tally/* FirstItems */.Dg(SUMMARY_CAPS.list);
    #errors = new tally/* FirstItems */.Dg(SUMMARY_CAPS.list);
    #deprecated = new DeprecatedCallers(SUMMARY_CAPS.list);
    #slowest = new tally/* LargestItems */.xC(SUMMARY_CAPS.slowest);
    #who = new WhoDidWhat();
    #timeline = new TimelineCounter();
    nodes = new NodeSummaries(SUMMARY_CAPS.nodes);
    /** One request, read at `seq` from `node` ('' for events read without one: the merged log). */
    count(f, node, seq) {
        this.requests++;
        const t = this.#tables;
        t.byVerb.add(f.verb || '(none)');
        t.byResource.add(f.resource || '(none)');
        t.byUser.add(f.user || '(none)');
        t.byNamespace.add(f.namespace || '(cluster)');
        t.byCode.add(f.code || '(none)');
        t.byUserAgent.add(f.userAgent || '(none)');
        t.byLevel.add(f.level || '(none)');
        const row = () => ({
            time: f.time,
            user: f.user,
            verb: f.verb,
            resource: f.resource,
            namespace: f.namespace,
            name: f.name,
        });
        if (f.code === '403')
            this.#denied.add(seq, () => ({ ...row(), reason: f.reason }));
        if (f.code.length === 3 && f.code.startsWith('5'))
            this.#errors.add(seq, () => ({ ...row(), code: Number(f.code), message: f.message }));
        if (f.deprecatedApi)
            this.#deprecated.add(f, seq);
        if (Number.isFinite(f.latencyMs) && this.#slowest.wants(f.latencyMs))
            this.#slowest.add(f.latencyMs, { ...row(), latencyMs: f.latencyMs, latencyFrom: f.latencyFrom, code: f.code }, seq);
        if (!f.component && f.user)
            this.#who.add(f.user, f.verb, f.resource, f.namespace, seq);
        this.#timeline.add(f.ms, node);
        if (f.ms < this.#first.ms)
            place(this.#first, f.ms, seq, f.time);
        if (f.ms > this.#last.ms)
            place(this.#last, f.ms, seq, f.time);
        if (node)
            this.nodes.addRequest(node, f.ms, f.time, seq);
    }
    toState() {
        const t = this.#tables;
        return {
            requests: this.requests,
            first: this.#first,
            last: this.#last,
            tables: Object.fromEntries(TABLES.map((name) => [name, t[name].toState()])),
            denied: this.#denied.toState(),
            errors: this.#errors.toState(),
            deprecated: this.#deprecated.toState(),
            slowest: this.#slowest.toState(),
            who: this.#who.toState(),
            timeline: this.#timeline.toState(),
            nodes: this.nodes.toState(),
        };
    }
    /** Adds what was counted over another part of the same read. */
    merge(state) {
        this.requests += state.requests;
        if (earlier(state.first, this.#first))
            this.#first = { ...state.first };
        if (later(state.last, this.#last))
            this.#last = { ...state.last };
        for (const name of TABLES)
            this.#tables[name].merge(state.tables[name]);
        this.#denied.merge(state.denied);
        this.#errors.merge(state.errors);
        this.#deprecated.merge(state.deprecated);
        this.#slowest.merge(state.slowest);
        this.#who.merge(state.who);
        this.#timeline.merge(state.timeline);
        this.nodes.merge(state.nodes);
    }
    /** The counted part of summary.json. */
    result() {
        const t = this.#tables;
        const top = (name) => t[name].top(SUMMARY_CAPS.table);
        return {
            requests: this.requests,
            first: this.#first.time,
            last: this.#last.time,
            byVerb: top('byVerb'),
            byResource: top('byResource'),
            byUser: top('byUser'),
            byNamespace: top('byNamespace'),
            byCode: top('byCode'),
            byUserAgent: top('byUserAgent'),
            byLevel: top('byLevel'),
            denied: this.#denied.items,
            deniedTotal: this.#denied.total,
            errors5xx: this.#errors.items,
            errors5xxTotal: this.#errors.total,
            deprecated: this.#deprecated.rows,
            deprecatedTotal: this.#deprecated.total,
            slowest: this.#slowest.items,
            whoDidWhat: this.#who.result(SUMMARY_CAPS.list),
            whoDidWhatSubjects: this.#who.subjects,
            nodes: this.nodes.result(),
            timeline: this.#timeline.result(),
        };
    }
}

// EXTERNAL MODULE: ./src/logs/stage-peek.ts
var stage_peek = __webpack_require__(6753);
;// CONCATENATED MODULE: ./src/logs/summarize.ts







/**
 * Places in the read given to each part of it (a chunk of lines): more than any chunk has lines.
 * Part `i`'s lines are read at `i * PART_SPAN` on, so parts counted apart still sort in read order.
 */
const PART_SPAN = 2 ** 23;
/** Where requests counted at the very end are placed: after every line. */
const AFTER_ALL = 2 ** 52;
/**
 * The summary of an audit log, fed one line at a time: memory stays bounded at any log size.
 * A request counts once, at its last stage seen (DESIGN.md): final stages count at once; an
 * earlier stage waits, by auditID, for its final one, and counts as itself if none comes.
 *
 * A log may also be read in parts by several summarizers ({@link Summarizer.beginPart}), each
 * part's end handed in read order to the one summarizer that merges them
 * ({@link Summarizer.addPartEnd}, {@link Summarizer.merge}): the result is what one summarizer
 * reading every line in order would count, exactly below every cap, as long as each request's
 * stages come in lifecycle order under an auditID of its own (kube-apiserver writes them so; a
 * client may choose an Audit-ID, but then reuses it only by mistake or malice). Damaged lines and
 * requests that never finish are counted as one reader counts them
 * (test/logs/summarize-parts-hostile.test.ts).
 */
class Summarizer {
    lines = 0;
    skipped = 0;
    events = 0;
    /** The place in the read of the next line. */
    #seq = 0;
    /** While a part is read: the auditIDs of its final stages. */
    #finals;
    #counts = new RequestCounts();
    #pending = new PendingRequests({
        count: (facts, node, seq) => this.#counts.count(facts, node, seq),
        settled: (isEvent) => (isEvent ? this.events++ : this.skipped++),
    }, SUMMARY_CAPS.pending);
    #warnings = [];
    /**
     * One line of a log (without its newline), from `node` when known. A line that kube-apiserver's
     * layout shows to be an early stage of a request is set aside unparsed (stage-peek.ts): when its
     * request's final stage comes, it is counted as an event without ever being parsed.
     */
    add(line, node = '') {
        const seq = this.#seq++;
        if (typeof line !== 'string') {
            const peek = (0,stage_peek/* peekStage */.M)(line);
            if (peek && !(0,logs_event/* isFinalStage */.BL)(peek.stage) && this.#pending.canHold(line.length)) {
                this.lines++;
                // A part's buffer outlives every line held from it (what is still held at the part's
                // end is copied out by the reader of the parts); any other caller's buffer may be read
                // into again, so the line is copied out of it here.
                const held = this.#finals ? line : Buffer.from(line);
                this.#pending.hold(peek.auditID, peek.stage, held, node, seq);
                return;
            }
        }
        this.#addParsed((0,parse_event/* parseLine */.A)(line), node, seq);
    }
    /**
     * One line already parsed by {@link parseLine}, from `node` when known: the entry point of a
     * pass that parses each line once for several consumers (the insights need the whole event).
     */
    addParsed(parsed, node = '') {
        this.#addParsed(parsed, node, this.#seq++);
    }
    #addParsed(parsed, node, seq) {
        if (parsed.kind === 'blank')
            return;
        this.lines++;
        if (parsed.kind === 'skipped')
            this.skipped++;
        else
            this.#addFacts((0,request_facts/* factsOf */.xS)(parsed.event), node, seq);
    }
    #addFacts(facts, node, seq) {
        this.events++;
        const receivedHere = this.#pending.add(facts, node, seq);
        // A request received in this part has no stage in an earlier one (stages come in order).
        if (this.#finals && !receivedHere && facts.auditID && (0,logs_event/* isFinalStage */.BL)(facts.stage))
            this.#finals.push(facts.auditID);
    }
    /**
     * An early stage of a request whose final stage follows, left unparsed by the one pass: an
     * event, and its request counts at that final stage.
     */
    addSettledStage() {
        this.#seq++;
        this.lines++;
        this.events++;
    }
    /** A line that could not be read as one (too long to be an event): counted as skipped. */
    addUnreadLine() {
        this.#seq++;
        this.lines++;
        this.skipped++;
    }
    /** Files and bytes read for a node, which lines alone cannot tell. */
    addFile(node, bytes) {
        this.#counts.nodes.addFile(node, bytes);
    }
    /** Something reading met that a reader of the summary should know. */
    warn(message) {
        if (this.#warnings.length < SUMMARY_CAPS.warnings)
            this.#warnings.push(message);
    }
    /** A node known by its files alone: its requests were counted elsewhere (`null` fields). */
    markNodeUnattributed(node) {
        this.#counts.nodes.markUnattributed(node);
    }
    /** Begins part `index` of a read that is summarized in parts (see the class). */
    beginPart(index) {
        this.#seq = index * PART_SPAN;
        this.#finals = [];
    }
    /** Ends the part begun last: what the parts after it need to know. */
    endPart() {
        const end = { finals: JSON.stringify(this.#finals ?? []), open: this.#pending.drain() };
        this.#finals = undefined;
        return end;
    }
    /**
     * The end of a part read by another summarizer, handed in read order: its final stages end the
     * requests that earlier parts left open, and its open requests wait here.
     */
    addPartEnd(end) {
        if (this.#pending.size > 0)
            for (const auditID of JSON.parse(end.finals))
                this.#pending.close(auditID);
        for (const open of end.open)
            this.#pending.reopen(open);
    }
    /** What was counted, as plain data (the summarizer reads no more after this). */
    toState() {
        return {
            lines: this.lines,
            skipped: this.skipped,
            events: this.events,
            counts: this.#counts.toState(),
        };
    }
    /** Adds what another summarizer counted over other parts of the same read. */
    merge(state) {
        this.lines += state.lines;
        this.skipped += state.skipped;
        this.events += state.events;
        this.#counts.merge(state.counts);
    }
    /** The summary. Requests still waiting for a final stage count now, at the last stage seen. */
    result() {
        this.#pending.end(AFTER_ALL);
        const { requests, ...counted } = this.#counts.result();
        return {
            requests,
            lines: this.lines,
            skipped: this.skipped,
            events: this.events,
            ...counted,
            warnings: [...this.#warnings],
        };
    }
}


/***/ }),

/***/ 6345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ FirstItems),
/* harmony export */   F0: () => (/* binding */ Tally),
/* harmony export */   rG: () => (/* binding */ fitKey),
/* harmony export */   xC: () => (/* binding */ LargestItems)
/* harmony export */ });
/* unused harmony exports OTHER, MAX_KEY_LENGTH */
/**
 * Bounded counting for summaries (DESIGN.md, "Bounded memory"): a table keeps at most a fixed
 * number of distinct keys however many the log holds, and says how much it could not place.
 */
/** The key that collects everything a capped table did not keep. */
const OTHER = '(other)';
/** Keys come from the log, which may hold anything: a key longer than this is cut. */
const MAX_KEY_LENGTH = 256;
/** A key from the log made fit for a table: cut to {@link MAX_KEY_LENGTH} characters. */
function fitKey(key) {
    return key.length > MAX_KEY_LENGTH ? `${key.slice(0, MAX_KEY_LENGTH - 1)}…` : key;
}
/**
 * A counter with at most `keep` distinct keys in memory. Once full, new keys count under
 * `(other)`: the keys seen first keep exact counts, which is what a log with a few hot keys needs.
 */
class Tally {
    keep;
    /** Each count in a box of its own: counting a known key is a get, not a get and a set. */
    #counts = new Map();
    #other = 0;
    #total = 0;
    constructor(keep = 10_000) {
        this.keep = keep;
    }
    /** Counts one (or `n`) of `key`. */
    add(key, n = 1) {
        this.#total += n;
        const fitted = fitKey(key);
        const known = this.#counts.get(fitted);
        if (known)
            known.n += n;
        else if (this.#counts.size < this.keep)
            this.#counts.set(fitted, { n });
        else
            this.#other += n;
    }
    /** Everything counted, placed or not. */
    get total() {
        return this.#total;
    }
    /** How many distinct keys are held. */
    get size() {
        return this.#counts.size;
    }
    /** The counts as plain data, for a thread to hand back ({@link Tally.merge}). */
    toState() {
        return { counts: [...this.#counts].map(([key, { n }]) => [key, n]), other: this.#other };
    }
    /**
     * Adds the counts of another tally. Below the cap the sum is exact; past it, a key the other
     * tally kept may find this one full and count under `(other)`: the total stays exact.
     */
    merge(state) {
        this.#other += state.other;
        this.#total += state.other;
        for (const [key, n] of state.counts)
            this.add(key, n);
    }
    /** The `top` largest entries, largest first (ties by key), the rest summed under `(other)`. */
    top(top) {
        const sorted = [...this.#counts]
            .map(([key, { n }]) => [key, n])
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        const shown = sorted.slice(0, top);
        let other = this.#other;
        for (const [, count] of sorted.slice(top))
            other += count;
        if (other > 0) {
            const at = shown.findIndex(([key]) => key === OTHER);
            if (at === -1)
                shown.push([OTHER, other]);
            else
                shown[at] = [OTHER, (shown[at]?.[1] ?? 0) + other];
        }
        // Keys come from the log: `__proto__` must be a key like any other, which assignment to a
        // plain object would not make it (fromEntries defines each key as its own property).
        return Object.fromEntries(shown);
    }
}
/** A list that keeps the first `keep` items in read order and counts every one. */
class FirstItems {
    keep;
    #placed = [];
    total = 0;
    constructor(keep = 100) {
        this.keep = keep;
    }
    /** One item, read at `seq`; a list's items come in read order. */
    add(seq, make) {
        this.total++;
        if (this.#placed.length < this.keep)
            this.#placed.push({ seq, item: make() });
    }
    get items() {
        return this.#placed.map((p) => p.item);
    }
    toState() {
        return { placed: this.#placed, total: this.total };
    }
    /** Adds a list kept over other parts of the same read: the first `keep` of both, in read order. */
    merge(state) {
        this.total += state.total;
        this.#placed = [...this.#placed, ...state.placed]
            .sort((a, b) => a.seq - b.seq)
            .slice(0, this.keep);
    }
}
/**
 * The `keep` largest items by a score, largest first, ties in read order; memory stays at `keep`
 * items.
 */
class LargestItems {
    keep;
    #items = [];
    constructor(keep = 20) {
        this.keep = keep;
    }
    /** True when an item of this score would be kept: lets a caller skip building it. */
    wants(score) {
        const last = this.#items[this.keep - 1];
        return this.#items.length < this.keep || (last !== undefined && score > last.score);
    }
    /** One item, read at `seq`; items come in read order, so a tie goes after those before it. */
    add(score, item, seq) {
        if (!this.wants(score))
            return;
        let i = this.#items.length;
        while (i > 0 && (this.#items[i - 1]?.score ?? 0) < score)
            i--;
        this.#items.splice(i, 0, { score, item, seq });
        if (this.#items.length > this.keep)
            this.#items.pop();
    }
    get items() {
        return this.#items.map((x) => x.item);
    }
    toState() {
        return this.#items;
    }
    /** Adds the items kept over other parts of the same read. */
    merge(state) {
        this.#items = [...this.#items, ...state]
            .sort((a, b) => b.score - a.score || a.seq - b.seq)
            .slice(0, this.keep);
    }
}


/***/ }),

/***/ 7827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c5: () => (/* binding */ timeMs),
/* harmony export */   d5: () => (/* binding */ elapsedMs),
/* harmony export */   zj: () => (/* binding */ timeOrderValue)
/* harmony export */ });
/* unused harmony export sortableTime */
/**
 * Audit times as strings that sort in time order. kube writes `stageTimestamp` as RFC 3339 in UTC
 * with microseconds (`2026-11-26T15:16:49.123456Z`, FACTS §4), which already sorts as text and is
 * returned as it is. Other spellings — v1beta1's whole seconds (`…:49Z`, which as text would sort
 * after `…:49.5Z`), fewer or more digits, an offset — are brought to that form. A time that is
 * not RFC 3339 becomes '' and so sorts first: it cannot be placed, and is not held back.
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


/***/ }),

/***/ 9133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ count)
/* harmony export */ });
/**
 * `n` and a noun that agrees with it: `1 file`, `2 files`, `1,024 requests`. The plural is the
 * noun with an `s` unless given (`count(n, 'entry', 'entries')`). Numbers get thousands separators.
 */
function count(n, one, many = `${one}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}


/***/ })

};
