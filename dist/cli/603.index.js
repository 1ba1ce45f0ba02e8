export const id = 603;
export const ids = [603];
export const modules = {

/***/ 5206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ FILE_NAMES)
/* harmony export */ });
/**
 * The artifact's layout (docs/how-it-works.md, "What the post step does"), and of the runner folder
 * it is built in: the policy and the kind config at the top, a folder per control-plane node with
 * its audit files.
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
/** The CLI's exit codes (docs/cli.md, "Exit codes"): the one home. */
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
/* harmony export */   PH: () => (/* binding */ inputFlag),
/* harmony export */   QR: () => (/* binding */ flagHelp),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   WK: () => (/* binding */ inputsFrom),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   gd: () => (/* binding */ COMMON_FLAGS),
/* harmony export */   lC: () => (/* binding */ CLUSTER_FLAGS),
/* harmony export */   tf: () => (/* binding */ DIR_FLAG)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _inputs_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5647);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8551);



/**
 * The flag that carries an action input, as the table of inputs declares it: its name (the
 * input's, or a shorter one with the input's accepted too), placeholder and help. A command whose
 * flag means something narrower may word the help its own way.
 */
function inputFlag(key, help) {
    const spec = _inputs_table_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc[key];
    const cli = spec.cli;
    if (!cli)
        throw new Error(`the CLI has no flag for the input '${spec.name}'`);
    const flag = cli.flag ?? spec.name;
    return {
        flag,
        ...(flag !== spec.name ? { alias: spec.name } : {}),
        arg: cli.arg,
        help: help ?? cli.help,
        input: spec.name,
        ...(cli.multiple ? { multiple: true } : {}),
    };
}
/** The flags that carry the action's inputs, shared by the commands that create a cluster. */
const CLUSTER_FLAGS = {
    name: inputFlag('clusterName'),
    config: inputFlag('config'),
    level: inputFlag('policyLevel'),
    policyFile: inputFlag('policyFile'),
    preset: inputFlag('preset'),
    omitStages: inputFlag('omitStages'),
    omitManagedFields: inputFlag('omitManagedFields'),
    image: inputFlag('nodeImage'),
    controlPlanes: inputFlag('controlPlanes'),
    workers: inputFlag('workers'),
    wait: inputFlag('wait'),
    verifyTimeout: inputFlag('verifyTimeout'),
    kindVersion: inputFlag('kindVersion'),
    kindMirror: inputFlag('kindMirror'),
    deleteCluster: inputFlag('deleteCluster'),
    exportLogs: inputFlag('exportLogs'),
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
        const fallback = f.input ? _inputs_table_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_DEFAULTS */ .WJ[f.input] : '';
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
/* harmony import */ var _logs_find_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3234);
/* harmony import */ var _logs_find_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7039);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8551);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9851);




/** The one way to accept a read of no request: for the rare run where none is expected. */
const ALLOW_EMPTY_FLAG = {
    flag: 'allow-empty',
    help: 'accept logs that hold no request (a warning instead of exit 2)',
};
/** What the usage line and help say about LOG arguments, for every command that reads logs. */
const LOGS_HELP = `A LOG is a file (plain or .gz), a folder (searched for ${_logs_find_index_js__WEBPACK_IMPORTED_MODULE_0__/* .LOG_FILE_NAMES */ .t}), an artifact folder (its audit.jsonl), or - for standard input.`;
/**
 * Finds the logs `paths` name, by the rules every command shares (src/logs/find/inputs.ts), with `-` read
 * from standard input, then runs `read` on them; progress is drawn on stderr meanwhile (when it is
 * a terminal and the work takes a while), copying standard input included, and erased at the end.
 * A named folder that holds no log is a warning; a path that cannot be read throws, and the
 * command's error names the argument (printFailure).
 */
async function readLogs(context, paths, read, options = {}) {
    const what = paths.length === 1 ? (paths[0] ?? '') : `${paths.length} inputs`;
    const progress = (0,_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .startProgress */ .ot)(context.terminal.status, what === _logs_find_index_js__WEBPACK_IMPORTED_MODULE_2__/* .STDIN */ .TF ? _logs_find_index_js__WEBPACK_IMPORTED_MODULE_2__/* .STDIN_LABEL */ ._q : what);
    try {
        const found = await (0,_logs_find_index_js__WEBPACK_IMPORTED_MODULE_2__/* .findLogs */ .Jm)(paths, { ...options, stdin: context.terminal.stdin });
        // When nothing at all was found, the error of an empty read says so (requireRequests).
        if ((0,_logs_find_index_js__WEBPACK_IMPORTED_MODULE_2__/* .filesOf */ .R8)(found).length > 0)
            for (const dir of found.empty)
                context.log.warning(`${dir} holds no log file (${_logs_find_index_js__WEBPACK_IMPORTED_MODULE_0__/* .LOG_FILE_NAMES */ .t})`);
        // Standard input was read once already, to copy it: its bytes count twice.
        const copied = (0,_logs_find_index_js__WEBPACK_IMPORTED_MODULE_2__/* .filesOf */ .R8)(found).filter((f) => f.label === _logs_find_index_js__WEBPACK_IMPORTED_MODULE_2__/* .STDIN_LABEL */ ._q);
        progress.setTotal((0,_logs_find_index_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesOf */ .$$)(found) + copied.reduce((sum, f) => sum + f.bytes, 0));
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
    const message = (0,_logs_find_index_js__WEBPACK_IMPORTED_MODULE_2__/* .nothingRead */ .wi)(found, read.lines);
    if (context.values[ALLOW_EMPTY_FLAG.flag] === true) {
        context.log.warning(message);
        return;
    }
    throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${message}. Check the paths; give --allow-empty if no request is expected`);
}


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ot: () => (/* binding */ startProgress),
/* harmony export */   vB: () => (/* binding */ StatusLine)
/* harmony export */ });
/* unused harmony exports bytesReadByProcess, progressText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1080);


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
/** The line drawn: `reading ./audit: 312 MB of 1.2 GB (26%), 4 s`. */
function progressText(what, read, total, ms) {
    const seconds = `${Math.floor(ms / 1000)} s`;
    if (read === undefined)
        return `reading ${what}… ${seconds}`;
    if (!total)
        return `reading ${what}: ${(0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(read)}, ${seconds}`;
    const done = Math.min(read, total);
    return `reading ${what}: ${(0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(done)} of ${(0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(total)} (${Math.floor((100 * done) / total)}%), ${seconds}`;
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

// EXTERNAL MODULE: ./src/messages/input-error.ts
var input_error = __webpack_require__(2203);
// EXTERNAL MODULE: ./src/kind/compatibility.ts
var compatibility = __webpack_require__(8958);
// EXTERNAL MODULE: ./src/logs/find/inputs.ts
var inputs = __webpack_require__(3234);
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
            throw new inputs/* InputPathError */.Or(inputs/* STDIN */.TF, 'standard input is a terminal: pipe a log in (e.g. `zcat audit.log.gz | kind-audit …`) or name a file');
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
        if (!(0,inputs/* looksGzip */.rw)(head))
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
 * Prints what `error` means in the CLI's words and returns its exit code (docs/cli.md, "Exit
 * codes"): a bad flag value, an unreadable input path and a kind/Kubernetes pair known not to work
 * are the user's input mistakes (2); anything else failed (1).
 */
function printFailure(command, error) {
    let code;
    let message;
    if (error instanceof input_error/* InputError */.dz) {
        const wording = { ...input_error/* INPUT_WORDING */.iw, ...(0,flags/* flagWording */.Ni)(command.flags), ...command.wording };
        [code, message] = [exit_codes/* EXIT */.d.usage, error.describe(wording)];
    }
    else if (error instanceof inputs/* InputPathError */.Or) {
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
async function runParsed(command, values, positionals, threadScripts) {
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
            threadScripts,
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

/***/ 5452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ SUMMARIZE_COMMAND)
});

// UNUSED EXPORTS: printable

// EXTERNAL MODULE: ./src/logs/find/inputs.ts
var inputs = __webpack_require__(3234);
// EXTERNAL MODULE: ./src/logs/summary/summarizer.ts + 7 modules
var summary_summarizer = __webpack_require__(7717);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/logs/lines/buffer-pool.ts
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

// EXTERNAL MODULE: ./src/logs/lines/splitter.ts
var splitter = __webpack_require__(3300);
;// CONCATENATED MODULE: ./src/logs/lines/chunk-reader.ts

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
async function readChunks(read, pool, sink, maxLine = splitter/* MAX_LINE_BYTES */.Oc) {
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
;// CONCATENATED MODULE: ./src/logs/summary/part.ts
/**
 * Reads part `index` of a log, `bytes` of whole lines from `node`, into `summarizer`: what a
 * summary thread does with each chunk it is handed.
 */
function part_summarizePart(summarizer, index, node, bytes) {
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

;// CONCATENATED MODULE: ./src/logs/summary/threads.ts



/** Reads every part on the calling thread, as it is handed in. */
class InThreadReader {
    #summarizer = new summary_summarizer/* Summarizer */.k();
    read(index, node, bytes) {
        const end = part_summarizePart(this.#summarizer, index, node, bytes);
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

;// CONCATENATED MODULE: ./src/logs/summary/parts.ts







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

;// CONCATENATED MODULE: ./src/logs/summary/files.ts




/**
 * The summary of audit logs, plain or `.gz`, read as streams (memory stays flat): the paths a
 * user named (found by {@link findLogs}'s rules) or what `findLogs` found already. A folder's
 * subfolders are nodes; a file named directly counts for the node of its folder's name. An
 * artifact folder is read through `audit.jsonl` alone, and its raw per-node copies give their
 * files and bytes, with `null` for what only their events could tell. Given a thread script, the
 * files are read on two threads (parts.ts).
 */
async function summarizeFiles(logs, options = {}) {
    const found = Array.isArray(logs) ? await (0,inputs/* findLogs */.Jm)(logs) : logs;
    const summarizer = new summary_summarizer/* Summarizer */.k();
    // An artifact's audit.jsonl holds every node's events; its raw copies would count them twice.
    for (const copy of found.copies) {
        summarizer.addFile(copy.node, copy.bytes);
        summarizer.markNodeUnattributed(copy.node);
    }
    const sources = (0,inputs/* filesOf */.R8)(found).map((f) => ({
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

// EXTERNAL MODULE: ./src/text/plural.ts
var plural = __webpack_require__(573);
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
        const { values, positionals, threadScripts, log } = context;
        const topText = (0,flags/* text */.Qq)(values, FLAGS.top) || '10';
        if (!/^\d{1,6}$/.test(topText) || Number(topText) < 1)
            throw new exit_codes/* UsageError */.e(`--top has the value "${topText}": it must be a whole number from 1`);
        const { found, result: summary } = await (0,log_args/* readLogs */.o_)(context, positionals, (logs) => summarizeFiles(logs, { threadScript: threadScripts.summary }));
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

/***/ 4068:
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

/***/ 5647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xc: () => (/* binding */ CARRIED),
  bO: () => (/* binding */ INPUT),
  mc: () => (/* binding */ INPUTS),
  WJ: () => (/* binding */ INPUT_DEFAULTS),
  CU: () => (/* binding */ parseInput)
});

// EXTERNAL MODULE: ./src/messages/input-error.ts
var input_error = __webpack_require__(2203);
// EXTERNAL MODULE: ./src/insight/baseline/fold.ts
var fold = __webpack_require__(375);
// EXTERNAL MODULE: ./src/insight/expect/parse.ts + 1 modules
var parse = __webpack_require__(8084);
// EXTERNAL MODULE: ./src/insight/expect/types.ts
var types = __webpack_require__(3605);
;// CONCATENATED MODULE: ./src/insight/settings.ts
/** What `on-drift` may say: drift from the baseline is a warning, or fails the job. */
const DRIFT_ACTIONS = ['warn', 'fail'];

;// CONCATENATED MODULE: ./src/inputs/insights.ts




const SERVICE_ACCOUNT = 'serviceaccount:';
/** What a Kubernetes user name may not hold here: control characters say the value is garbled. */
const CONTROL = /\p{Cc}/u;
/**
 * The subjects of `rbac-for`, comma- or newline-separated: a user (`jane`, `system:*`) or
 * `serviceaccount:NS:NAME`, each part a `*` glob, written as the subject's user name
 * (`system:serviceaccount:NS:NAME`) so both match a request's subject alike.
 */
function rbacSubjects(value, input) {
    const entries = value
        .split(/[,\n]/)
        .map((e) => e.trim())
        .filter((e) => e !== '');
    return entries.map((entry) => {
        if (CONTROL.test(entry))
            throw new input_error/* InputError */.dz(input, value, `"${entry}" holds a control character`);
        if (!entry.startsWith(SERVICE_ACCOUNT))
            return entry;
        const parts = entry.slice(SERVICE_ACCOUNT.length).split(':');
        if (parts.length !== 2 || parts.some((p) => p === ''))
            throw new input_error/* InputError */.dz(input, value, `"${entry}" is not serviceaccount:NAMESPACE:NAME; expected users (e.g. jane, system:*) or service accounts (e.g. serviceaccount:app:operator, serviceaccount:e2e-*:*), comma- or newline-separated`);
        return `system:serviceaccount:${parts.join(':')}`;
    });
}
/** `on-drift`: what drift from the baseline does. */
function driftAction(value, input) {
    const found = DRIFT_ACTIONS.find((a) => a === value);
    if (!found)
        throw new input_error/* InputError */.dz(input, value, `expected ${DRIFT_ACTIONS.join(' or ')}`);
    return found;
}
/**
 * `expect`: inline expectations, checked as they are read; the text is kept, as post parses it
 * again. A file input is only named here: main reads and checks it once the workspace is known.
 */
function inlineExpectations(value, input) {
    if (!value.trim())
        return value;
    try {
        (0,parse/* parseExpectations */.L)(value, `the '${input}' input`);
    }
    catch (error) {
        if (error instanceof types/* ExpectError */.K5)
            throw error.asInputError(input, value);
        throw error;
    }
    return value;
}
/** `fold-namespaces`: checked, and kept as written. */
function foldNamespaces(value) {
    // The globs' errors already name the input (it shares its name with the CLI flag).
    (0,fold/* parseFoldGlobs */.co)(value);
    return value;
}

// EXTERNAL MODULE: ./src/kind/install.ts + 1 modules
var install = __webpack_require__(2659);
// EXTERNAL MODULE: ./src/kind/versions.ts
var versions = __webpack_require__(4937);
;// CONCATENATED MODULE: ./src/inputs/kind.ts



/** `kind-version`: empty, or a release such as `v0.32.0` / `0.32.0`. */
function kindVersion(value, input) {
    if (!value)
        return undefined;
    const version = (0,versions/* parseKindVersion */.U0)(value);
    if (!version) {
        throw new input_error/* InputError */.dz(input, value, 'expected a kind release such as v0.32.0 or 0.32.0, or empty for the kind on PATH');
    }
    return version;
}
/** `kind-mirror`: an http(s) base URL without query or fragment; empty means GitHub's releases. */
function kindMirror(value, input) {
    const text = value || install/* DEFAULT_KIND_MIRROR */.B_;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash) {
        throw new input_error/* InputError */.dz(input, value, `expected an http(s) base URL laid out like ${install/* DEFAULT_KIND_MIRROR */.B_} (<base>/v0.32.0/kind-linux-amd64 and its .sha256sum)`);
    }
    return text.replace(/\/+$/, '');
}

// EXTERNAL MODULE: ./src/policy/types.ts
var policy_types = __webpack_require__(3943);
// EXTERNAL MODULE: ./src/policy/presets.ts
var presets = __webpack_require__(4490);
;// CONCATENATED MODULE: ./src/inputs/policy.ts


/** `policy-level`: one of kube-apiserver's levels. */
function policyLevel(value, input) {
    const known = policy_types/* AUDIT_LEVELS */.Yc.find((l) => l === value);
    if (!known) {
        throw new input_error/* InputError */.dz(input, value, `allowed levels are ${policy_types/* AUDIT_LEVELS */.Yc.join(', ')} (case-sensitive, as kube-apiserver reads them)`);
    }
    return known;
}
/** `preset`: a built-in policy's name. */
function preset(value, input) {
    if (!(0,presets/* isPresetName */.l6)(value)) {
        throw new input_error/* InputError */.dz(input, value, `known presets are ${presets/* PRESETS */.fG.join(', ')}`);
    }
    return value;
}
/** The word that clears the policy's own `omitStages` on purpose. */
const NO_STAGES = 'none';
/**
 * A list of stages, comma- or newline-separated, as YAML lists are awkward in `with:`. Empty keeps
 * the policy's own `omitStages`; `none` clears them; a value that lists no stage at all (",") is
 * an error rather than a silent clearing.
 */
function omitStages(value, input) {
    if (!value.trim())
        return undefined;
    if (value.trim() === NO_STAGES)
        return [];
    const stages = value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    const allowed = `stages are ${policy_types/* STAGES */.an.join(', ')}; "${NO_STAGES}" clears the policy's omitStages`;
    if (stages.length === 0) {
        throw new input_error/* InputError */.dz(input, value, `it names no stage: ${allowed}`);
    }
    const bad = stages.filter((s) => !(0,policy_types/* isStage */.zD)(s));
    if (bad.length > 0) {
        throw new input_error/* InputError */.dz(input, value, `${bad.map((b) => `"${b}"`).join(', ')} is not a stage; ${allowed}`);
    }
    return stages.filter(policy_types/* isStage */.zD);
}

// EXTERNAL MODULE: ./src/logs/redact/settings.ts + 6 modules
var settings = __webpack_require__(1543);
;// CONCATENATED MODULE: ./src/inputs/redaction.ts


/** Entries of a list input: comma- or newline-separated, blanks dropped. */
function list(value, commas) {
    return value
        .split(commas ? /[,\n]/ : /\n/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
}
/**
 * One `redact-*` input, checked alone, so each bad one is reported with its own value. Patterns
 * are one per line (a comma is part of `{n,m}`); the lists take commas too. A pattern is
 * trimmed: to match a leading space, write `\s` or `[ ]`.
 */
function redactionSetting(setting) {
    return (value, input) => {
        const entries = list(value, setting !== 'patterns');
        try {
            settings/* RedactionRules */.RC.compile({ ...settings/* NO_EXTRA_REDACTION */.z3, [setting]: entries });
        }
        catch (error) {
            if (!(error instanceof settings/* RedactionSettingError */.Cu))
                throw error;
            throw new input_error/* InputError */.dz(input, value, `${JSON.stringify(error.entry)} is not allowed: ${error.allowed}`);
        }
        return entries;
    };
}

// EXTERNAL MODULE: ./src/text/duration.ts
var duration = __webpack_require__(9495);
;// CONCATENATED MODULE: ./src/inputs/values.ts


/**
 * kind's own rule for cluster names (`pkg/apis/config/v1alpha4`): lowercase letters, digits, "-"
 * and ".", at most 50 characters; starting with a letter or digit, as Docker requires of the
 * container names built from it.
 */
const CLUSTER_NAME = /^[a-z0-9][a-z0-9.-]*$/;
const CLUSTER_NAME_MAX = 50;
/**
 * Characters the artifact service refuses in a name (actions/toolkit
 * `packages/artifact/src/internal/upload/path-and-artifact-name-validation.ts`).
 */
const ARTIFACT_FORBIDDEN = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];
/**
 * The longest duration accepted. Node fires a timer of more than 2^31-1 ms (about 24.8 days) at
 * once, and no job runs longer than a day; kind accepts any Go duration, so this bound suits both.
 */
const MAX_DURATION_MS = 24 * 3_600_000;
/**
 * What the node and name inputs mean when left empty and no kind config is given; with one, the
 * config decides (its nodes, its `name:`).
 */
const WITHOUT_CONFIG = { clusterName: 'kind', controlPlanes: '1', workers: '0' };
/*
 * Each parser below checks one input's value, the input's default already filled in when it was
 * left empty (src/inputs/table.ts), and throws InputError naming the input, the value and what is
 * allowed.
 */
function clusterName(value, input) {
    const name = value || WITHOUT_CONFIG.clusterName;
    if (!CLUSTER_NAME.test(name) || name.length > CLUSTER_NAME_MAX) {
        throw new input_error/* InputError */.dz(input, value, `kind accepts at most ${CLUSTER_NAME_MAX} lowercase letters, digits, "-" and ".", starting with a letter or digit, e.g. "kind" or "e2e-1"` +
            (name.length > CLUSTER_NAME_MAX ? ` (this one has ${name.length})` : ''));
    }
    return name;
}
/** A Go duration ("90s", "2m30s") within bounds, in milliseconds. */
function values_duration(input, value, positive) {
    const ms = (0,duration/* parseDuration */.E)(value);
    if (ms === undefined || (positive && ms <= 0) || ms > MAX_DURATION_MS) {
        throw new input_error/* InputError */.dz(input, value, `expected a duration such as "90s", "2m" or "1m30s"${positive ? ', greater than zero' : ''} and at most 24h`);
    }
    return ms;
}
function wholeNumber(input, value, min, max) {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
        throw new input_error/* InputError */.dz(input, value, `expected a whole number from ${min} to ${max}`);
    }
    return n;
}
function values_boolean(input, value) {
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new input_error/* InputError */.dz(input, value, 'expected true or false');
}
/** An optional boolean: empty leaves the setting to whatever else decides it. */
function optionalBoolean(input, value) {
    return value ? values_boolean(input, value) : undefined;
}
function retentionDays(value, input) {
    if (!value)
        return undefined;
    const days = Number(value);
    if (!/^\d+$/.test(value) || days < 1 || days > 90) {
        throw new input_error/* InputError */.dz(input, value, 'expected a whole number of days from 1 to 90, or empty for the repository setting');
    }
    return days;
}
function artifactName(value, input) {
    if (!value)
        return undefined;
    const bad = ARTIFACT_FORBIDDEN.filter((c) => value.includes(c));
    if (bad.length > 0) {
        const shown = bad.map((c) => JSON.stringify(c)).join(' ');
        throw new input_error/* InputError */.dz(input, value, `artifact names cannot contain ${shown} (forbidden: " : < > | * ? \\r \\n \\ /)`);
    }
    return value;
}
function nodeImage(value, input) {
    if (!value)
        return undefined;
    if (/\s/.test(value)) {
        throw new input_error/* InputError */.dz(input, value, 'expected an image reference without spaces, e.g. kindest/node:v1.36.1');
    }
    return value;
}
/** The matrix leg; empty outside a matrix (and outside a runner). */
function jobIndex(value, input) {
    if (!value)
        return undefined;
    if (!/^\d+$/.test(value)) {
        throw new input_error/* InputError */.dz(input, value, 'expected a whole number (leave it to its default, ${{ strategy.job-index }})');
    }
    return value;
}
/** `delete-cluster`: `auto` leaves the choice to the runner (see steps/cleanup.ts), or forced. */
function deleteCluster(value, input) {
    if (value === 'auto' || value === 'true' || value === 'false')
        return value;
    throw new input_error/* InputError */.dz(input, value, 'expected auto (delete on self-hosted runners, keep on GitHub-hosted ones), true or false');
}

;// CONCATENATED MODULE: ./src/inputs/table.ts





/** The value as written. */
const asWritten = (value) => value;
/** A path or name: surrounding blanks dropped. */
const trimmed = (value) => value.trim();
/** true or false, in the spellings the runner's own booleans take. */
const yesNo = (value, input) => values_boolean(input, value);
/** A check that applies only when the input is given, to its trimmed value. */
const ifGiven = (parse) => (value, input) => value.trim() ? parse(value.trim(), input) : undefined;
/** Every input, in action.yml's order. */
const INPUTS = {
    // Empty: 'kind', unless the user's kind config names its cluster (WITHOUT_CONFIG).
    clusterName: {
        name: 'cluster-name',
        default: '',
        description: 'Name of the kind cluster to create (at most 50 lowercase letters, digits, "-" and "."). Empty means the name the kind config gives (its `name:`), else kind. A name kind already uses is refused before anything is written.',
        phase: 'main',
        parse: clusterName,
        cli: {
            flag: 'name',
            arg: 'N',
            help: "cluster name (default: the --config file's name, else kind)",
        },
    },
    config: {
        name: 'config',
        default: '',
        description: "Path of your own kind config, relative to the workspace. The policy and log mounts go on every control-plane node and the audit flags and volumes into the API server's ClusterConfiguration; the rest stays as written, and kind runs in the workspace so relative hostPaths resolve as when you run kind from the repository root. Not together with control-planes or workers.",
        phase: 'main',
        parse: trimmed,
        cli: {
            arg: 'FILE',
            help: 'your own kind config; the audit settings are merged into it, and its nodes are used',
        },
    },
    policy: {
        name: 'policy',
        default: '',
        description: 'The audit policy itself, inline YAML or JSON. Give at most one of policy, policy-file, preset and policy-level.',
        phase: 'main',
        parse: asWritten,
    },
    policyFile: {
        name: 'policy-file',
        default: '',
        description: 'Path of an audit policy file, relative to the workspace.',
        phase: 'main',
        parse: trimmed,
        cli: { arg: 'F', help: 'your own policy file' },
    },
    preset: {
        name: 'preset',
        default: '',
        description: "A built-in policy, metadata (the guide's) or recommended (quiet, and never logs Secret bodies).",
        phase: 'main',
        parse: ifGiven(preset),
        cli: { arg: 'P', help: 'a built-in policy: metadata | recommended' },
    },
    policyLevel: {
        name: 'policy-level',
        default: '',
        description: "Level of the guide's single-rule policy, one of None, Metadata, Request, RequestResponse. With no policy input at all the policy is the guide's, at Metadata.",
        phase: 'main',
        parse: ifGiven(policyLevel),
        cli: {
            flag: 'level',
            arg: 'L',
            help: "the guide's single-rule policy at level None | Metadata | Request | RequestResponse",
        },
    },
    omitStages: {
        name: 'omit-stages',
        default: '',
        description: "Stages to leave out of every event, comma- or newline-separated (RequestReceived, ResponseStarted, ResponseComplete, Panic), applied to whichever policy; none clears the policy's own omitStages.",
        phase: 'main',
        parse: omitStages,
        cli: {
            arg: 'S',
            help: "stages left out of every event, e.g. RequestReceived; none clears the policy's own",
        },
    },
    omitManagedFields: {
        name: 'omit-managed-fields',
        default: '',
        description: "true or false to set the policy's omitManagedFields; empty keeps the policy's own.",
        phase: 'main',
        parse: (value, input) => optionalBoolean(input, value),
        cli: { arg: 'BOOL', help: "set the policy's omitManagedFields" },
    },
    nodeImage: {
        name: 'node-image',
        default: '',
        description: "Node image for every node, e.g. kindest/node:v1.36.1; with config it overrides the images the config names, as kind's --image does. Empty means the config's images, else kind's own default.",
        phase: 'main',
        parse: nodeImage,
        cli: {
            flag: 'image',
            arg: 'I',
            help: "node image for every node, overriding the --config file's (default: kind's own)",
        },
    },
    // Empty: 1 and 0 without a kind config; with one, its nodes decide (WITHOUT_CONFIG).
    controlPlanes: {
        name: 'control-planes',
        default: '',
        description: "Number of control-plane nodes, 1 to 7; empty means 1. Each gets the policy mount and the audit flags, and each node's log is verified and collected. Not with config (its nodes decide).",
        phase: 'main',
        parse: (value, input) => wholeNumber(input, value || WITHOUT_CONFIG.controlPlanes, 1, 7),
        cli: {
            arg: 'N',
            help: 'control-plane nodes, 1 to 7 (default 1); each is audited. Not with --config',
        },
    },
    workers: {
        name: 'workers',
        default: '',
        description: 'Number of worker nodes, 0 to 16; empty means 0. Not with config (its nodes decide).',
        phase: 'main',
        parse: (value, input) => wholeNumber(input, value || WITHOUT_CONFIG.workers, 0, 16),
        cli: { arg: 'N', help: 'worker nodes, 0 to 16 (default 0). Not with --config' },
    },
    wait: {
        name: 'wait',
        default: '120s',
        description: 'How long `kind create cluster` waits for the control plane to be ready (a duration such as 120s or 5m, at most 24h).',
        phase: 'main',
        parse: (value, input) => {
            values_duration(input, value, false);
            // Passed to kind as written, once it is known to be a duration kind and Node both accept.
            return value;
        },
        cli: { arg: 'D', help: "how long 'kind create cluster' waits for the control plane" },
    },
    verifyTimeout: {
        name: 'verify-timeout',
        default: '60s',
        description: "How long to wait for the probe request's event to appear in each node's audit log (a duration greater than zero, at most 24h).",
        phase: 'main',
        parse: (value, input) => values_duration(input, value, true),
        cli: { arg: 'D', help: "how long to wait for the probe's event in each node's log" },
    },
    artifactName: {
        name: 'artifact-name',
        default: '',
        description: 'Name of the uploaded artifact. Empty derives one that is unique per job, matrix leg and cluster.',
        phase: 'post',
        state: 'artifact.name',
        stateType: 'a name',
        parse: artifactName,
    },
    retentionDays: {
        name: 'retention-days',
        default: '',
        description: "Days to keep the artifact, 1 to 90. Empty uses the repository's setting.",
        phase: 'post',
        state: 'artifact.retentionDays',
        stateType: 'number?',
        parse: retentionDays,
    },
    upload: {
        name: 'upload',
        default: 'true',
        description: 'Upload the collected logs as an artifact in the post step (true or false).',
        phase: 'post',
        state: 'artifact.upload',
        stateType: 'boolean',
        parse: yesNo,
    },
    overwrite: {
        name: 'overwrite',
        default: 'false',
        description: "Replace an artifact of the same name in this workflow run (true) instead of leaving it and warning (false), as actions/upload-artifact's overwrite does.",
        phase: 'post',
        state: 'artifact.overwrite',
        stateType: 'boolean',
        parse: yesNo,
    },
    redact: {
        name: 'redact',
        default: 'true',
        description: 'Replace Secret data, tokens and other secret material by a fixed marker in every file of the artifact that holds audit events, before anything is uploaded (true or false). false keeps them; the artifact is readable by anyone who can read the repository.',
        phase: 'post',
        state: 'artifact.redact',
        stateType: 'boolean',
        parse: yesNo,
    },
    redactResources: {
        name: 'redact-resources',
        default: '',
        description: 'Resources whose objects are redacted as Secrets are (their data, binaryData, stringData and annotation values, and their patches but where they change), as kubectl spells them, resource[.group], comma- or newline-separated, e.g. configmaps or widgets.example.com.',
        phase: 'post',
        state: 'redaction.resources',
        stateType: 'string[]',
        parse: redactionSetting('resources'),
        cli: {
            arg: 'RESOURCES',
            help: 'objects of these resources are redacted as Secrets are: resource[.group], comma-separated, e.g. configmaps',
            multiple: true,
        },
    },
    redactAuditAnnotations: {
        name: 'redact-audit-annotations',
        default: '',
        description: "Keys of audit annotations (the event's own annotations, which admission webhooks and ValidatingAdmissionPolicies write) whose values are redacted in every event, with * for any run of characters, comma- or newline-separated, e.g. example.com/*.",
        phase: 'post',
        state: 'redaction.auditAnnotations',
        stateType: 'string[]',
        parse: redactionSetting('auditAnnotations'),
        cli: {
            arg: 'KEYS',
            help: "audit annotations whose values are redacted in every event: keys with * globs, comma-separated, e.g. 'example.com/*'",
            multiple: true,
        },
    },
    redactPatterns: {
        name: 'redact-patterns',
        default: '',
        description: 'Regular expressions, one per line; the text they match in any string value of an event (requestURI included) is replaced by the marker, e.g. command=[^&]* or AKIA[0-9A-Z]{16}. Run in linear time; backreferences, lookaround and lazy quantifiers are refused.',
        phase: 'post',
        state: 'redaction.patterns',
        stateType: 'string[]',
        parse: redactionSetting('patterns'),
        cli: {
            arg: 'REGEX',
            help: "text this regular expression matches in any string value is redacted, e.g. 'command=[^&]*'; once per pattern",
            multiple: true,
        },
    },
    rawFiles: {
        name: 'raw-files',
        default: 'true',
        description: "Keep each node's raw (redacted) audit files beside audit.jsonl in the artifact (true or false); false about halves the artifact.",
        phase: 'post',
        state: 'artifact.rawFiles',
        stateType: 'boolean',
        parse: yesNo,
    },
    compressionLevel: {
        name: 'compression-level',
        default: '6',
        description: 'Compression of the uploaded artifact, 0 (none) to 9, as actions/upload-artifact takes it.',
        phase: 'post',
        state: 'artifact.compressionLevel',
        stateType: 'number',
        parse: (value, input) => wholeNumber(input, value, 0, 9),
    },
    jobSummary: {
        name: 'job-summary',
        default: 'true',
        description: "Write the summary on the run's page as the job summary (true or false).",
        phase: 'post',
        state: 'artifact.jobSummary',
        stateType: 'boolean',
        parse: yesNo,
    },
    jobIndex: {
        name: 'job-index',
        default: '${{ strategy.job-index }}',
        // An expression only the runner evaluates: outside a runner there is no matrix leg.
        defaultFromRunner: true,
        description: 'The matrix leg, used in the default artifact name so matrix legs never collide. Leave it to its default.',
        phase: 'main',
        parse: jobIndex,
    },
    kindVersion: {
        name: 'kind-version',
        default: '',
        description: "kind release to use, e.g. v0.32.0, downloaded for the runner's OS and architecture into the tool cache and checked against the release's published SHA-256. Empty uses the kind on PATH, or installs the pinned v0.33.0 when there is none.",
        phase: 'main',
        parse: kindVersion,
        cli: {
            arg: 'V',
            help: 'kind release to download and verify, e.g. v0.32.0 (default: kind on PATH, else the pinned release)',
        },
    },
    // Empty means kind's GitHub releases (DEFAULT_KIND_MIRROR), so the inputs table stays narrow.
    kindMirror: {
        name: 'kind-mirror',
        default: '',
        description: "Base URL kind is downloaded from, laid out like GitHub's release downloads (<base>/v0.32.0/kind-linux-amd64 and its .sha256sum), for GHES and air-gapped runners. Empty means https://github.com/kubernetes-sigs/kind/releases/download.",
        phase: 'main',
        parse: kindMirror,
        cli: { arg: 'URL', help: "base URL laid out like kind's GitHub release downloads" },
    },
    // Self-hosted runners reuse machines: a cluster left there outlives the job.
    deleteCluster: {
        name: 'delete-cluster',
        default: 'auto',
        description: 'Delete the cluster in the post step, after its logs are collected and uploaded. auto deletes it on self-hosted runners (which reuse machines) and leaves it on GitHub-hosted ones; true or false force it.',
        phase: 'post',
        state: 'deleteCluster',
        stateType: 'boolean',
        parse: deleteCluster,
        cli: {
            arg: 'WHEN',
            help: 'after a failed create: auto | true delete the cluster once its logs are collected, false keeps it',
        },
    },
    exportLogs: {
        name: 'export-logs',
        default: 'false',
        description: "Also put `kind export logs` into the artifact's kind-logs/ folder, without the audit files (true or false). Those logs are not redacted.",
        phase: 'post',
        state: 'exportLogs',
        stateType: 'boolean',
        parse: yesNo,
        cli: {
            arg: 'BOOL',
            help: "also put 'kind export logs' into the collected folder's kind-logs/ (not redacted)",
        },
    },
    rbac: {
        name: 'rbac',
        default: 'true',
        description: "Generate least-privilege RBAC (Roles, ClusterRole, bindings) for each subject from what it did in the run, into the artifact's rbac/ folder and the summary (true or false).",
        phase: 'post',
        state: 'insights.rbac',
        stateType: 'boolean',
        parse: yesNo,
        cli: { arg: 'BOOL', help: "collect writes each subject's least-privilege RBAC into rbac/" },
    },
    // Empty: every subject that is not one of Kubernetes' own components (docs/definitions.md).
    rbacFor: {
        name: 'rbac-for',
        default: '',
        description: "The subjects to generate RBAC for, comma- or newline-separated - users (jane, system:*) or service accounts (serviceaccount:NS:NAME), `*` matching any run of characters. Empty means every subject that is not one of Kubernetes' own components.",
        phase: 'post',
        state: 'insights.rbacFor',
        stateType: 'string[]',
        parse: rbacSubjects,
        cli: {
            arg: 'SUBJECTS',
            help: "users or serviceaccount:NS:NAME, * globs, comma-separated (default: every subject but Kubernetes' own)",
        },
    },
    expect: {
        name: 'expect',
        default: '',
        description: 'Expectations, inline YAML - a list of named `forbid` and `require` entries (see the README, Assertions). A violated one fails the job in the post step. Not together with expect-file.',
        phase: 'post',
        state: 'insights.expectPath',
        stateType: 'string',
        parse: inlineExpectations,
    },
    expectFile: {
        name: 'expect-file',
        default: '',
        description: 'Path of an expectations file, relative to the workspace (the format of `expect`).',
        phase: 'post',
        state: 'insights.expectPath',
        stateType: 'string',
        parse: trimmed,
        cli: {
            flag: 'expect',
            arg: 'FILE',
            help: 'expectations (forbid/require) collect checks; a violated one makes collect fail',
        },
    },
    baseline: {
        name: 'baseline',
        default: '',
        description: "Path of a committed baseline.tsv, relative to the workspace. Post compares the run's permissions with it and reports what was added and what is gone.",
        phase: 'post',
        state: 'insights.baselinePath',
        stateType: 'string',
        parse: trimmed,
        cli: { arg: 'FILE', help: 'a committed baseline.tsv collect compares the run with' },
    },
    onDrift: {
        name: 'on-drift',
        default: 'warn',
        description: 'What drift from `baseline` does - warn, or fail the job.',
        phase: 'post',
        state: 'insights.onDrift',
        stateType: 'string',
        parse: driftAction,
        cli: { arg: 'WHAT', help: 'warn | fail: what drift from --baseline does' },
    },
    foldNamespaces: {
        name: 'fold-namespaces',
        default: '',
        description: "Namespace globs (e.g. e2e-*), comma- or newline-separated - every namespace a glob matches is written as the glob's text in baseline.tsv and in rbac/ (its rules become a ClusterRole to bind in each matching namespace), so runs with random namespaces compare.",
        phase: 'post',
        state: 'insights.foldNamespaces',
        stateType: 'string',
        parse: foldNamespaces,
        cli: {
            arg: 'GLOBS',
            help: 'namespaces a glob matches are written as the glob in baseline.tsv, e.g. e2e-*',
        },
    },
};
const KEYS = Object.keys(INPUTS);
/** Names of the action's inputs, by key: `INPUT.clusterName` is `'cluster-name'`. */
const INPUT = Object.fromEntries(KEYS.map((key) => [key, INPUTS[key].name]));
/** Every input's default, by name; the CLI falls back to these for a flag it was not given. */
const INPUT_DEFAULTS = Object.fromEntries(KEYS.map((key) => [INPUTS[key].name, INPUTS[key].default]));
/** The fields of the saved state the inputs carry, and what each holds: `parseState` checks them. */
const CARRIED = Object.fromEntries(KEYS.flatMap((key) => {
    const spec = INPUTS[key];
    return spec.phase === 'post' ? [[spec.state, spec.stateType]] : [];
}));
/** Reads one input and checks it alone: its default filled in, then its own parse. */
function parseInput(key, get) {
    const spec = INPUTS[key];
    const value = get(spec.name) || (spec.defaultFromRunner ? '' : spec.default);
    return spec.parse(value, spec.name);
}


/***/ }),

/***/ 375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uf: () => (/* binding */ NamespaceFolder),
/* harmony export */   co: () => (/* binding */ parseFoldGlobs)
/* harmony export */ });
/* unused harmony export FOLD_NAMESPACES */
/* harmony import */ var _messages_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2203);
/* harmony import */ var _expect_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9072);


/** The input and CLI flag that names the globs. */
const FOLD_NAMESPACES = 'fold-namespaces';
const SERVICE_ACCOUNT = 'system:serviceaccount:';
const NAMESPACE_GLOB = /^[a-z0-9*][a-z0-9*-]*$/;
/**
 * The globs of `fold-namespaces` (comma- or newline-separated, e.g. `e2e-*`). Each must look
 * like a namespace with `*` in it somewhere; throws an {@link InputError} naming the bad one.
 */
function parseFoldGlobs(text) {
    const globs = text
        .split(/[,\n]/)
        .map((g) => g.trim())
        .filter((g) => g !== '');
    for (const glob of globs)
        if (!NAMESPACE_GLOB.test(glob) || glob.length > 63)
            throw new _messages_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(FOLD_NAMESPACES, text, `"${glob}" is not a namespace glob: lower-case letters, digits, - and * (any run of characters), at most 63, e.g. e2e-*`);
    return globs.map(_expect_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGlob */ .S);
}
/**
 * Folds random namespaces into stable names: a namespace the first matching glob covers is
 * written as the glob's text (`e2e-x7k2` → `e2e-*`), so runs that make fresh namespaces compare.
 */
class NamespaceFolder {
    globs;
    constructor(globs) {
        this.globs = globs;
    }
    namespace(ns) {
        if (ns === '')
            return ns;
        return this.globs.find((g) => g.matches(ns))?.text ?? ns;
    }
    /** A service account's name holds its namespace (`system:serviceaccount:NS:NAME`): fold it too. */
    subject(subject) {
        if (this.globs.length === 0 || !subject.startsWith(SERVICE_ACCOUNT))
            return subject;
        const sa = /^system:serviceaccount:([^:]+):(.*)$/s.exec(subject);
        if (!sa)
            return subject;
        return `system:serviceaccount:${this.namespace(sa[1] ?? '')}:${sa[2] ?? ''}`;
    }
    /** A request with its namespace and its service account subject folded (for the RBAC). */
    request(request) {
        return {
            ...request,
            namespace: this.namespace(request.namespace),
            user: this.subject(request.user),
        };
    }
}


/***/ }),

/***/ 9072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ anyMatches),
/* harmony export */   S: () => (/* binding */ compileGlob)
/* harmony export */ });
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


/***/ }),

/***/ 8084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ EXPECT_SIZE_LIMIT),
  L: () => (/* binding */ parseExpectations)
});

// EXTERNAL MODULE: ./src/insight/expect/types.ts
var types = __webpack_require__(3605);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/policy/aliases.ts
var aliases = __webpack_require__(714);
;// CONCATENATED MODULE: ./src/insight/expect/yaml-values.ts


/** The most nodes a document may expand to, aliases included: far above any real list. */
const MAX_NODES = 100_000;
/** The deepest nesting read; the format needs four levels, and recursion must not run out of stack. */
const MAX_DEPTH = 32;
/**
 * Reads one YAML document into plain data. Aliases are followed through one table resolved in a
 * single pass (as the policy reader does), an alias inside its own anchor is refused, and the
 * expansion stops at {@link MAX_NODES}, so an alias bomb costs bounded time and memory.
 */
function readYaml(text) {
    let docs;
    const counter = new dist/* LineCounter */.HN();
    try {
        docs = (0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: true, merge: false, lineCounter: counter });
    }
    catch (error) {
        // The parser recurses; absurd nesting ends in a RangeError rather than a parse error.
        if (error instanceof RangeError)
            return { error: 'it is nested too deeply' };
        throw error;
    }
    if (!Array.isArray(docs))
        return { error: 'it is not YAML' };
    if (docs.length > 1)
        return { error: 'it holds more than one YAML document; write one list' };
    const doc = docs[0];
    if (doc === undefined)
        return { value: null };
    const syntax = doc.errors[0];
    if (syntax)
        return { error: (syntax.message.split('\n')[0] ?? syntax.message).replace(/:$/, '') };
    const root = doc.contents;
    const lines = (0,dist/* isSeq */.oP)(root)
        ? root.items.map((item) => counter.linePos(item.range?.[0] ?? 0).line)
        : undefined;
    try {
        return {
            value: new Expander((0,aliases/* resolveAliases */.rB)(doc)).plain(root),
            ...(lines ? { lines } : {}),
        };
    }
    catch (error) {
        if (error instanceof ExpansionError)
            return { error: error.message };
        throw error;
    }
}
class ExpansionError extends Error {
}
class Expander {
    targets;
    #nodes = 0;
    #open = new Set();
    constructor(targets) {
        this.targets = targets;
    }
    plain(raw, depth = 0) {
        if (depth > MAX_DEPTH)
            throw new ExpansionError(`it nests deeper than ${MAX_DEPTH} levels`);
        if (++this.#nodes > MAX_NODES)
            throw new ExpansionError(`it expands to more than ${MAX_NODES} values (aliases included)`);
        if ((0,dist/* isAlias */.Vj)(raw)) {
            const target = this.targets.get(raw);
            if (target === undefined)
                throw new ExpansionError(`unknown anchor '${raw.source}'`);
            if (this.#open.has(target))
                throw new ExpansionError(`the alias '${raw.source}' refers to itself`);
            return this.plain(target, depth);
        }
        if ((0,dist/* isScalar */.jn)(raw))
            return scalar(raw.value);
        if ((0,dist/* isSeq */.oP)(raw))
            return this.within(raw, () => raw.items.map((item) => this.plain(item, depth + 1)));
        if ((0,dist/* isMap */.jh)(raw))
            return this.within(raw, () => {
                const map = new Map();
                for (const pair of raw.items) {
                    if (!(0,dist/* isPair */.tO)(pair))
                        continue;
                    const key = this.plain(pair.key, depth + 1);
                    map.set(typeof key === 'string' ? key : JSON.stringify(key), this.plain(pair.value, depth + 1));
                }
                return map;
            });
        return null;
    }
    within(node, read) {
        this.#open.add(node);
        try {
            return read();
        }
        finally {
            this.#open.delete(node);
        }
    }
}
function scalar(value) {
    if (typeof value === 'string' || typeof value === 'boolean' || value === null)
        return value;
    if (typeof value === 'number')
        return value;
    if (typeof value === 'bigint')
        return Number(value);
    // Other scalar types (timestamps of YAML 1.1) are not part of the format: refused as non-text.
    return value instanceof Date ? value.getTime() : null;
}

;// CONCATENATED MODULE: ./src/insight/expect/parse.ts


/** The most an expectations text may hold: a list written by hand stays far below it. */
const EXPECT_SIZE_LIMIT = 256 * 1024;
const VERB = /^[a-z*]+$/;
const RESOURCE = /^[a-z0-9*][a-z0-9.*-]*(\/[a-z0-9*][a-z0-9*-]*)?$/;
/** A value's shape, for a message: what is wrong, never what is there. */
function shape(value) {
    if (value instanceof Map)
        return 'a mapping';
    if (Array.isArray(value))
        return value.length === 0 ? 'an empty list' : 'a list';
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return value === '' ? 'an empty text' : 'a text';
    return typeof value === 'number' ? 'a number' : 'true or false';
}
/** A value as a message quotes it: JSON for text and numbers, its shape for the rest. */
function quoted(value) {
    if (value === undefined || value === null || typeof value === 'object')
        return shape(value);
    const json = JSON.stringify(value);
    return `the value ${json.length > 80 ? `${json.slice(0, 77)}…"` : json}`;
}
/**
 * Parses and checks expectations (the format in the README, "Assertions"): a YAML list of named
 * entries, each with exactly one of `forbid` or `require`. Throws {@link ExpectError} listing every
 * problem, each naming the expectation, the field, the value (or, for a file, its shape) and what
 * is allowed.
 */
function parseExpectations(text, origin, source = {}) {
    const shown = source.fromFile ? shape : quoted;
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > EXPECT_SIZE_LIMIT)
        throw new types/* ExpectError */.K5(origin, [
            {
                expectation: '',
                field: '',
                value: `${bytes} bytes`,
                allowed: `expectations may hold at most ${EXPECT_SIZE_LIMIT} bytes`,
            },
        ]);
    const read = readYaml(text);
    if ('error' in read)
        throw new types/* ExpectError */.K5(origin, [
            { expectation: '', field: '', value: 'text that cannot be read', allowed: read.error },
        ]);
    const problems = [];
    const list = read.value;
    if (!Array.isArray(list) || list.length === 0) {
        problems.push({
            expectation: '',
            field: '',
            value: shown(list ?? undefined),
            allowed: 'write a list of one or more expectations, each with a name and forbid or require',
        });
        throw new types/* ExpectError */.K5(origin, problems);
    }
    const names = new Set();
    const label = (item, index) => {
        if (source.fromFile) {
            const line = read.lines?.[index];
            return `#${index + 1}${line === undefined ? '' : ` (line ${line})`}`;
        }
        const named = item instanceof Map ? item.get('name') : undefined;
        return typeof named === 'string' && named !== '' ? JSON.stringify(named) : `#${index + 1}`;
    };
    const expectations = list.map((item, i) => entry(item, label(item, i), shown, names, problems));
    if (problems.length > 0)
        throw new types/* ExpectError */.K5(origin, problems);
    return expectations.filter((e) => e !== undefined);
}
function entry(item, label, shown, names, problems) {
    const named = item instanceof Map ? item.get('name') : undefined;
    const problem = (field, value, allowed) => problems.push({ expectation: label, field, value: shown(value), allowed });
    if (!(item instanceof Map)) {
        problem('', item, 'an expectation is a mapping with name and forbid or require');
        return undefined;
    }
    for (const key of item.keys())
        if (!['name', ...types/* EXPECTATION_KINDS */.Bq].includes(key))
            problem(key, item.get(key), 'not a field of an expectation; its fields are name, forbid, require');
    if (typeof named !== 'string' || named.trim() === '')
        problem('name', named, 'every expectation needs a name: a text that is not empty');
    else if (names.has(named))
        problem('name', named, 'names must be unique; another expectation has it');
    else
        names.add(named);
    const kinds = types/* EXPECTATION_KINDS */.Bq.filter((k) => item.has(k));
    if (kinds.length !== 1) {
        problems.push({
            expectation: label,
            field: kinds.length === 0 ? 'forbid or require' : 'forbid and require',
            value: kinds.length === 0 ? 'neither' : 'both',
            allowed: 'give exactly one of forbid (requests that must never happen) or require (requests that must happen)',
        });
        return undefined;
    }
    const kind = kinds[0] ?? 'forbid';
    const selector = readSelector(item.get(kind) ?? null, kind, problem);
    return typeof named === 'string' && selector ? { name: named, kind, selector } : undefined;
}
function readSelector(raw, kind, problem) {
    if (raw === null)
        return {};
    if (!(raw instanceof Map)) {
        problem(kind, raw, `${kind} is a mapping of the fields ${types/* SELECTOR_FIELDS */.qq.join(', ')}`);
        return undefined;
    }
    const selector = {};
    for (const [key, value] of raw) {
        const field = `${kind}.${key}`;
        if (!types/* SELECTOR_FIELDS */.qq.includes(key)) {
            problem(field, value, `not a field of ${kind}; its fields are ${types/* SELECTOR_FIELDS */.qq.join(', ')}`);
            continue;
        }
        const name = key;
        const items = Array.isArray(value) ? value : [value];
        if (items.length === 0) {
            problem(field, value, 'give a value or a list of one or more values; leave the field out to match any');
            continue;
        }
        if (name === 'code') {
            const codes = items.filter((c) => typeof c === 'number');
            const bad = items.find((c) => typeof c !== 'number' || !Number.isInteger(c) || c < 100 || c > 599);
            if (bad !== undefined)
                problem(field, bad, 'a response code is a whole number from 100 to 599, or a list of them');
            else
                selector.code = codes;
            continue;
        }
        const texts = [];
        for (const v of items) {
            const allowed = textProblem(name, v);
            if (allowed)
                problem(field, v, allowed);
            else if (typeof v === 'string')
                texts.push(v);
        }
        if (texts.length === items.length)
            selector[name] = texts;
    }
    if (selector.resource && selector.path)
        problem(`${kind}.path`, selector.path[0], 'resource and path exclude each other: resource matches API objects, path non-resource URLs such as /metrics');
    return selector;
}
/** What is wrong with one value of a text field, or undefined when it is fine. */
function textProblem(field, value) {
    if (typeof value !== 'string')
        return typeof value === 'number' || typeof value === 'boolean'
            ? `${field} takes text; write the value in quotes`
            : `${field} takes a text or a list of texts`;
    if (value === '' && field !== 'namespace')
        return `${field} may not be empty ("" is allowed for namespace only, where it means cluster-scoped)`;
    if (field === 'verb' && !VERB.test(value))
        return 'verbs are lower-case as in the audit log: get, list, watch, create, update, patch, delete, deletecollection, …';
    if (field === 'resource' && !RESOURCE.test(value))
        return 'a resource is spelled as kubectl does, resource[.group][/subresource] in lower case: secrets, deployments.apps, pods/exec';
    if (field === 'path' && !value.startsWith('/') && !value.startsWith('*'))
        return 'a non-resource path starts with /, e.g. /metrics or /healthz*';
    return undefined;
}


/***/ }),

/***/ 3605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ EXPECTATION_KINDS),
/* harmony export */   K5: () => (/* binding */ ExpectError),
/* harmony export */   qq: () => (/* binding */ SELECTOR_FIELDS)
/* harmony export */ });
/* unused harmony export problemText */
/* harmony import */ var _messages_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2203);

/** The two kinds of expectation: requests that must never happen, and ones that must happen. */
const EXPECTATION_KINDS = ['forbid', 'require'];
/** The fields a `forbid` or `require` entry may give; a request matches when it matches each. */
const SELECTOR_FIELDS = [
    'user',
    'userGroup',
    'verb',
    'resource',
    'namespace',
    'name',
    'path',
    'code',
];
/** One line for a problem: `expectation "x", field forbid.verb has the value "GET": verbs are lower-case`. */
function problemText(p) {
    const where = [
        p.expectation ? `expectation ${p.expectation}` : 'the expectations',
        p.field ? `field ${p.field}` : '',
    ]
        .filter(Boolean)
        .join(', ');
    return `${where} has ${p.value}: ${p.allowed}`;
}
/** Expectations that cannot be used; every problem found is listed, not only the first. */
class ExpectError extends Error {
    origin;
    problems;
    constructor(
    /** Where the text came from: a file's path or an input's name. */
    origin, problems) {
        super(`The expectations in ${origin} cannot be used:\n${problems.map((p) => `  ${problemText(p)}`).join('\n')}`);
        this.origin = origin;
        this.problems = problems;
        this.name = 'ExpectError';
    }
    /**
     * The same problems as a bad action input (`expect`, `expect-file`): the input, the value the
     * user gave (its start, for inline YAML) and, as what is allowed, every problem found.
     */
    asInputError(input, value) {
        const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
        return new _messages_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, shown, this.problems.map(problemText).join('; '));
    }
}


/***/ }),

/***/ 8958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ KindCompatibilityError),
/* harmony export */   v: () => (/* binding */ checkNodeVersion)
/* harmony export */ });
/* harmony import */ var _kubernetes_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(304);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4937);


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
    const known = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultNodeImage */ .XY)(kind ?? pinned());
    const nearest = kind && !known ? (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .nearestKnownRelease */ .B_)(kind) : undefined;
    const fallback = known ?? nearest?.image;
    const given = images.nodeImage
        ? [images.nodeImage]
        : (images.configImages ?? []).flatMap((image) => image ?? fallback ?? []);
    const used = given.length > 0 ? given : fallback ? [fallback] : [];
    const unknown = used.filter((image) => (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .imageKubernetesVersion */ .CX)(image) === undefined);
    const versions = used.flatMap((image) => (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .imageKubernetesVersion */ .CX)(image) ?? []);
    for (const version of versions) {
        const problem = kind ? (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .incompatibility */ .Iu)(kind, version) : undefined;
        if (problem)
            throw new KindCompatibilityError(problem);
    }
    const oldest = versions.reduce((min, v) => min === undefined || v.major < min.major || (v.major === min.major && v.minor < min.minor)
        ? v
        : min, undefined);
    const kubernetesVersion = oldest ?? _kubernetes_version_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_KUBERNETES_VERSION */ .qQ;
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
    const newest = _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_RELEASES */ .M_[0]?.kind ?? _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .PINNED_KIND_VERSION */ .V6;
    const oldest = _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_RELEASES */ .M_.at(-1)?.kind ?? _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .PINNED_KIND_VERSION */ .V6;
    const source = nodeImageGiven
        ? "the Kubernetes version of 'node-image'"
        : `the default image of kind v${nearest.kind}, the nearest release kind-audit knows (${nearest.image})`;
    return (`kind ${(0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .tag */ .Tc)(kind)} is not a release kind-audit knows (it knows v${oldest} to v${newest}), so its ` +
        `default node image and the kubeadm config it writes are not known. The policy is checked as ` +
        `Kubernetes ${kube.text} would load it, from ${source}` +
        (nodeImageGiven
            ? '.'
            : `; set 'node-image' to the image you expect, or use a known kind ('kind-version').`));
}
function pinned() {
    const version = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .parseKindVersion */ .U0)(_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .PINNED_KIND_VERSION */ .V6);
    if (!version)
        throw new Error(`PINNED_KIND_VERSION ${_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .PINNED_KIND_VERSION */ .V6} does not parse`);
    return version;
}


/***/ }),

/***/ 2659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B_: () => (/* binding */ DEFAULT_KIND_MIRROR),
  C3: () => (/* binding */ installKind)
});

// UNUSED EXPORTS: DOWNLOAD_TIMEOUT_MS, KindInstallError, kindAsset, kindAssetUrl, parseSha256Sum

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
;// CONCATENATED MODULE: ./src/kind/download.ts




/** A download that did not give the whole, right file: the message names the URL and what happened. */
class DownloadError extends Error {
    url;
    status;
    constructor(url, detail, status) {
        super(`Downloading ${url} failed: ${detail}`);
        this.url = url;
        this.status = status;
        this.name = 'DownloadError';
    }
}
// @actions/http-client is what @actions/tool-cache downloads with: it follows GitHub's redirects to
// its blob storage and honours https_proxy / no_proxy on self-hosted runners. It is used directly,
// not through tool-cache's downloadTool, because downloadTool has no timeout (a stalled mirror
// would hang the step until the job's own timeout) and retries with 10–20 s sleeps.
function client(timeoutMs) {
    return new lib/* HttpClient */.Qq('kind-audit', [], { allowRetries: false, socketTimeout: timeoutMs });
}
/**
 * Streams `url` into `file` while hashing it; resolves to the SHA-256 (hex) of exactly the bytes
 * written. Fails, removing the partial file, on a status other than 200, a body shorter than its
 * Content-Length (a cut connection), or when the whole download takes longer than the limit.
 */
async function downloadFile(url, file, limits) {
    try {
        return await withDeadline(url, limits.timeoutMs, async (adopt) => {
            const message = await download_open(url, limits.timeoutMs);
            adopt(message);
            const hash = (0,external_node_crypto_.createHash)('sha256');
            let bytes = 0;
            const out = (0,external_node_fs_.createWriteStream)(file, { mode: 0o600 });
            await new Promise((resolve, reject) => {
                const fail = (error) => {
                    out.destroy();
                    reject(error);
                };
                message.on('data', (chunk) => {
                    hash.update(chunk);
                    bytes += chunk.length;
                });
                message.on('error', fail);
                message.on('aborted', () => fail(cutOff(url, bytes, message)));
                out.on('error', fail);
                out.on('finish', resolve);
                message.pipe(out);
            });
            const expected = Number(message.headers['content-length'] ?? NaN);
            if (Number.isFinite(expected) && bytes !== expected)
                throw cutOff(url, bytes, message);
            return { sha256: hash.digest('hex'), bytes };
        });
    }
    catch (error) {
        await (0,promises_.rm)(file, { force: true });
        throw error;
    }
}
/** The text at `url`, refused when larger than `maxBytes` (a checksum file is a line). */
async function downloadText(url, maxBytes, limits) {
    return withDeadline(url, limits.timeoutMs, async (adopt) => {
        const message = await download_open(url, limits.timeoutMs);
        adopt(message);
        const chunks = [];
        let bytes = 0;
        for await (const chunk of message) {
            bytes += chunk.length;
            if (bytes > maxBytes) {
                message.destroy();
                throw new DownloadError(url, `more than ${maxBytes} bytes; expected a checksum line`);
            }
            chunks.push(chunk);
        }
        const expected = Number(message.headers['content-length'] ?? NaN);
        if (Number.isFinite(expected) && bytes !== expected)
            throw cutOff(url, bytes, message);
        return Buffer.concat(chunks).toString('utf8');
    });
}
async function download_open(url, timeoutMs) {
    let response;
    try {
        response = await client(timeoutMs).get(url);
    }
    catch (error) {
        throw new DownloadError(url, error instanceof Error ? error.message : String(error));
    }
    const status = response.message.statusCode ?? 0;
    if (status !== 200) {
        response.message.resume();
        throw new DownloadError(url, `the server answered HTTP ${status}`, status);
    }
    return response.message;
}
function cutOff(url, bytes, message) {
    const length = message.headers['content-length'];
    const of = length ? ` of ${length}` : '';
    return new DownloadError(url, `the connection closed after ${bytes}${of} bytes`);
}
/**
 * Runs `work` with a deadline. `adopt` hands over the response once there is one, so the deadline
 * can destroy it: that closes the socket, instead of leaving a stalled request keeping Node alive.
 */
async function withDeadline(url, timeoutMs, work) {
    let message;
    let timer;
    const seconds = Math.round(timeoutMs / 100) / 10;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const error = new DownloadError(url, `it did not complete within ${seconds}s`);
            message?.destroy(error);
            reject(error);
        }, timeoutMs);
    });
    try {
        return await Promise.race([work((m) => (message = m)), deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}

// EXTERNAL MODULE: ./src/kind/versions.ts
var versions = __webpack_require__(4937);
;// CONCATENATED MODULE: ./src/kind/install.ts





/** Where kind's release assets are downloaded from unless `kind-mirror` says otherwise. */
const DEFAULT_KIND_MIRROR = 'https://github.com/kubernetes-sigs/kind/releases/download';
/** How long each download may take in all, unless the caller says otherwise. */
const DOWNLOAD_TIMEOUT_MS = 120_000;
/** A kind binary that could not be installed: unsupported runner, failed download, wrong checksum. */
class KindInstallError extends Error {
    constructor(message) {
        super(message);
        this.name = 'KindInstallError';
    }
}
// The release's assets (kind `hack/release/build/cross.sh`): these five, each with a .sha256sum.
const ASSETS = {
    linux: ['amd64', 'arm64'],
    darwin: ['amd64', 'arm64'],
    windows: ['amd64'],
};
/** Node's platform and arch names → kind's asset name, e.g. `kind-linux-amd64`. */
function kindAsset(platform = process.platform, arch = process.arch) {
    const os = platform === 'win32' ? 'windows' : platform;
    const goArch = arch === 'x64' ? 'amd64' : arch;
    if (!ASSETS[os]?.includes(goArch)) {
        const known = Object.entries(ASSETS).flatMap(([o, as]) => as.map((a) => `${o}/${a}`));
        throw new KindInstallError(`kind publishes no binary for ${platform}/${arch} (releases have ${known.join(', ')}); put a kind of your own on PATH and leave 'kind-version' empty`);
    }
    return `kind-${os}-${goArch}`;
}
/** The binary's URL under a mirror laid out like GitHub's release downloads. */
function kindAssetUrl(mirror, version, asset) {
    return `${mirror.replace(/\/+$/, '')}/${(0,versions/* tag */.Tc)(version)}/${asset}`;
}
/** The sum from a `.sha256sum` file (`<64 hex>  kind-linux-amd64`), lower-cased; undefined if none. */
function parseSha256Sum(text) {
    const match = /^([0-9a-fA-F]{64})(?:\s|$)/.exec(text.trim());
    return match?.[1]?.toLowerCase();
}
/**
 * The path of an executable kind of `version`: from the cache, else downloaded from the mirror,
 * checked against the release's published SHA-256 and then cached. Nothing unverified is ever
 * cached or made executable; a mismatch is an error naming both sums and the URL.
 */
async function installKind(options) {
    const { version, log } = options;
    const asset = kindAsset(options.platform, options.arch);
    const arch = asset.split('-').at(-1) ?? '';
    const cached = options.cache.find(version.text, arch);
    if (cached) {
        log.info(`Using kind ${(0,versions/* tag */.Tc)(version)} from the tool cache: ${cached}`);
        return cached;
    }
    const url = kindAssetUrl(options.mirror, version, asset);
    const sumUrl = `${url}.sha256sum`;
    const limits = { timeoutMs: options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS };
    log.info(`Downloading kind ${(0,versions/* tag */.Tc)(version)} from ${url}`);
    const sumText = await downloadText(sumUrl, 4096, limits).catch((error) => {
        throw fromDownload(error, version);
    });
    const expected = parseSha256Sum(sumText);
    if (!expected) {
        throw new KindInstallError(`${sumUrl} holds no SHA-256 sum (expected "<64 hex digits>  ${asset}"), so the kind binary cannot be verified`);
    }
    await (0,promises_.mkdir)(options.tempDir, { recursive: true });
    const file = external_node_path_default().join(options.tempDir, `${asset}-${(0,external_node_crypto_.randomUUID)()}`);
    try {
        const { sha256 } = await downloadFile(url, file, limits).catch((error) => {
            throw fromDownload(error, version);
        });
        if (sha256 !== expected) {
            throw new KindInstallError(`The kind binary from ${url} has SHA-256 ${sha256}, but ${sumUrl} publishes ${expected}: refusing to use it. A mirror serving another file, or a corrupted download.`);
        }
        log.debug(`kind ${(0,versions/* tag */.Tc)(version)} matches its published SHA-256 ${expected}`);
        const installed = await options.cache.store(file, version.text, arch);
        await (0,promises_.chmod)(installed, 0o755);
        return installed;
    }
    finally {
        await (0,promises_.rm)(file, { force: true });
    }
}
function fromDownload(error, version) {
    if (!(error instanceof Error))
        return new KindInstallError(String(error));
    const status = error.status;
    const hint = status === 404
        ? `: is ${(0,versions/* tag */.Tc)(version)} a kind release ('kind-version'), and is 'kind-mirror' laid out like ${DEFAULT_KIND_MIRROR}?`
        : '';
    return new KindInstallError(`${error.message}${hint}`);
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
/* harmony import */ var _kubernetes_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(304);

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
    return (0,_kubernetes_version_js__WEBPACK_IMPORTED_MODULE_0__/* .parseKubeVersion */ .He)(withoutDigest.slice(colon + 1));
}
/**
 * Why kind `kind` cannot create a cluster from a node image of Kubernetes `kube`, or undefined when
 * no reason is known. kind ≤ 0.31 renders kubeadm's `v1beta3` config for every image from 1.23 on
 * (`pkg/cluster/internal/kubeadm/config.go`; from 0.32 images from 1.36 get `v1beta4`), and
 * kubeadm 1.37 removed `v1beta3`: kubeadm init fails before the API server exists.
 */
function incompatibility(kind, kube) {
    const rendersOnlyV1beta3 = kind.major === 0 && kind.minor <= 31;
    if (!rendersOnlyV1beta3 || !(0,_kubernetes_version_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(kube, 1, 37))
        return undefined;
    const own = defaultNodeImage(kind);
    return (`kind v${kind.text} cannot create a cluster from a Kubernetes ${kube.text} node image: kind 0.31 ` +
        `and older write kubeadm's v1beta3 config, which kubeadm ${(0,_kubernetes_version_js__WEBPACK_IMPORTED_MODULE_0__/* .minorOf */ .Hs)(kube)} no longer reads. Use ` +
        `kind v0.32.0 or newer ('kind-version'), or a node image of Kubernetes 1.36 or ` +
        `older` +
        (own ? ` (kind v${kind.text}'s default is ${own})` : ''));
}


/***/ }),

/***/ 304:
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

/***/ 8313:
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


/***/ }),

/***/ 5350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseLine)
/* harmony export */ });
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4600);

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
    return (0,_request_js__WEBPACK_IMPORTED_MODULE_0__/* .isEvent */ .xH)(value) ? { kind: 'event', event: value } : SKIPPED;
}


/***/ }),

/***/ 7637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ MAX_WAITING),
/* harmony export */   S: () => (/* binding */ PendingRequests)
/* harmony export */ });
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8313);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5350);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4600);



const RECEIVED = 'RequestReceived';
/**
 * Requests that may wait for their final stage at once, for every consumer: the oldest waiting is
 * let go past this (it most likely lost its final stage to a cut-off log).
 */
const MAX_WAITING = 50_000;
/**
 * The one place that counts a request once, at its last stage seen (docs/definitions.md, "A request"): a final stage
 * (ResponseComplete, Panic) at once, an earlier stage when no later one comes. The summary and
 * the insights both take their requests from here. Memory is bounded: at most `maxWaiting` requests (the oldest is let go first: it most
 * likely lost its final stage to a cut-off log) and `maxHeldBytes` of held lines.
 */
class PendingRequests {
    sink;
    maxWaiting;
    maxHeldBytes;
    #waiting = new Map();
    #heldBytes = 0;
    constructor(sink, maxWaiting = MAX_WAITING, maxHeldBytes = 32 * 1024 * 1024) {
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
        this.#arrive(auditID, { seq, stage, received, node, request: undefined, held: line });
    }
    /**
     * The request of an event read at `seq`: a final stage counts now (letting its earlier stage go),
     * others wait. True for a final stage whose request was received (RequestReceived) here: no
     * stage of it can lie before that.
     */
    add(request, node, seq) {
        if ((0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .isFinalStage */ .BL)(request.stage) || !request.auditID) {
            const received = request.auditID ? this.close(request.auditID) : false;
            this.sink.count(request, node, seq);
            return received;
        }
        const received = request.stage === RECEIVED;
        this.#arrive(request.auditID, {
            seq,
            stage: request.stage,
            received,
            node,
            request,
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
        const { auditID, stage, node, seq, request, held } = open;
        if (request) {
            this.add(request, node, seq);
            return;
        }
        if (!held)
            return;
        if (this.canHold(held.length))
            return this.hold(auditID, stage, held, node, seq);
        // Parsed now, as a reader parses a line it cannot hold.
        const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLine */ .A)(held);
        this.sink.settled(parsed.kind === 'event');
        if (parsed.kind === 'event')
            this.add((0,_request_js__WEBPACK_IMPORTED_MODULE_2__/* .requestOf */ .fo)(parsed.event), node, seq);
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
        for (const [auditID, { stage, node, seq, request, held }] of this.#waiting) {
            const heldAt = held && [
                held.byteOffset,
                held.byteOffset + held.length,
            ];
            open.push({ auditID, stage, node, seq, request, heldAt });
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
            if ((0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .stageRank */ .lJ)(next.stage) >= (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .stageRank */ .lJ)(waiting.stage)) {
                this.#release(waiting, true);
                waiting.stage = next.stage;
                waiting.request = next.request;
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
        const request = this.#requestOf(waiting);
        if (request)
            this.sink.count(request, waiting.node, seq);
    }
    /** A waiting request, parsing its held line if it has one (undefined: not an event). */
    #requestOf(waiting) {
        if (!waiting.held)
            return waiting.request;
        const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLine */ .A)(waiting.held);
        this.#release(waiting, parsed.kind === 'event');
        return parsed.kind === 'event' ? (0,_request_js__WEBPACK_IMPORTED_MODULE_2__/* .requestOf */ .fo)(parsed.event) : undefined;
    }
}


/***/ }),

/***/ 4600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fo: () => (/* binding */ requestOf),
/* harmony export */   rG: () => (/* binding */ fitKey),
/* harmony export */   xH: () => (/* binding */ isEvent)
/* harmony export */ });
/* unused harmony export MAX_KEY_LENGTH */
/* harmony import */ var _text_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9495);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8313);
/* harmony import */ var _time_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3733);



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
    return longRunning ? NaN : (0,_time_order_js__WEBPACK_IMPORTED_MODULE_0__/* .elapsedMs */ .d5)(event.requestReceivedTimestamp, event.stageTimestamp);
}
/** True for a parsed line that is an audit event; anything else is a skipped line. */
function isEvent(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        typeof value.stage === 'string');
}
/** The request an event describes (call it for the event of the request's last stage). */
function requestOf(event) {
    const { ref, status, notes } = (0,_event_js__WEBPACK_IMPORTED_MODULE_1__/* .eventParts */ .rm)(event);
    const time = str((0,_event_js__WEBPACK_IMPORTED_MODULE_1__/* .eventTime */ .gE)(event));
    const user = str((0,_event_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(event));
    let groups;
    try {
        groups = strings((0,_event_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectGroups */ .fK)(event));
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
    const noted = typeof latency === 'string' ? (0,_text_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .goDurationMs */ .D)(latency) : NaN;
    const annotated = Number.isFinite(noted);
    const deprecated = notes['k8s.io/deprecated'] === 'true';
    return {
        auditID: str(event.auditID),
        stage: str(event.stage),
        time,
        ms: (0,_time_order_js__WEBPACK_IMPORTED_MODULE_0__/* .timeMs */ .c5)(time),
        user,
        groups,
        component: (0,_event_js__WEBPACK_IMPORTED_MODULE_1__/* .isComponent */ .Wy)(user, groups),
        verb,
        resource: resourceName ? str((0,_event_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceOf */ .KU)(event)) : '',
        apiGroup,
        resourceName,
        subresource,
        namespace: str(ref.namespace),
        name: str(ref.name),
        path: (0,_event_js__WEBPACK_IMPORTED_MODULE_1__/* .uriPath */ .kq)(str(event.requestURI)),
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


/***/ }),

/***/ 2827:
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
 * been read and parsed (src/logs/pass/reorder-window.ts); until then it is parsed before it is written.
 */
function peekEarlyStage(line) {
    const peek = peekStage(line);
    if (!peek || (peek.stage !== 'RequestReceived' && peek.stage !== 'ResponseStarted'))
        return undefined;
    const time = tailTime(line);
    return time === undefined ? undefined : { time, auditID: peek.auditID, stage: peek.stage };
}


/***/ }),

/***/ 3733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c5: () => (/* binding */ timeMs),
/* harmony export */   d5: () => (/* binding */ elapsedMs),
/* harmony export */   zj: () => (/* binding */ timeOrderValue)
/* harmony export */ });
/* unused harmony export sortableTime */
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


/***/ }),

/***/ 4076:
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
 * `<stem>-<UTC YYYY-MM-DDTHH-MM-SS.mmm><ext>`, each optionally `.gz`: kube-apiserver rotates its
 * log with lumberjack v2 (`backupTimeFormat` and `compressLogFile` in lumberjack's `lumberjack.go`).
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

/***/ 7039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ logFilesUnder),
/* harmony export */   t: () => (/* binding */ LOG_FILE_NAMES)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _artifact_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5206);
/* harmony import */ var _file_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4076);




/** Files a folder is searched for: audit logs and JSON lines, plain or `.gz`. */
const LOG_FILE_NAMES = '*.log, *.jsonl or *.json, plain or .gz';
const LOG_NAME = /\.(log|jsonl|json)(\.gz)?$/;
/** Text beside the events in an artifact that holds none: the API server's own log, the summary. */
const NOT_EVENTS = new Set(['kube-apiserver.log', _artifact_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_NAMES */ .G.summaryJson]);
/** An artifact's `kind export logs`: kubelet, containerd and pod logs, never audit events. */
const NOT_EVENT_FOLDERS = new Set([_artifact_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_NAMES */ .G.kindLogs]);
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
        .flatMap(([folder, names]) => (0,_file_names_js__WEBPACK_IMPORTED_MODULE_3__/* .byWriteOrder */ .n)(names).map((name) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, name)));
}


/***/ }),

/***/ 3234:
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
/* harmony import */ var _files_fs_words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4068);
/* harmony import */ var _artifact_layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5206);
/* harmony import */ var _text_plural_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(573);
/* harmony import */ var _folder_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7039);







/** How a command names standard input among its inputs (and standard output for `--out`). */
const STDIN = '-';
/** How messages name standard input. */
const STDIN_LABEL = 'standard input';
/**
 * A path the user named that cannot be read, or a file in it that cannot: the CLI exits 2 for it
 * (docs/cli.md, "Exit codes"), naming the argument that gave the path.
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
            throw new InputPathError(given, (0,_files_fs_words_js__WEBPACK_IMPORTED_MODULE_3__/* .fsProblem */ .X)(error));
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
    const merged = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, _artifact_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .FILE_NAMES */ .G.merged);
    const isArtifact = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(merged).catch(() => undefined))?.isFile() === true;
    const files = await (0,_folder_js__WEBPACK_IMPORTED_MODULE_5__/* .logFilesUnder */ .Y)(dir).catch((error) => {
        throw new InputPathError(dir, `the folder cannot be read: ${(0,_files_fs_words_js__WEBPACK_IMPORTED_MODULE_3__/* .fsProblem */ .X)(error)}`);
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
        throw new InputPathError(file.label, `it cannot be read: ${(0,_files_fs_words_js__WEBPACK_IMPORTED_MODULE_3__/* .fsProblem */ .X)(error)}`);
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
        ? `no log file was found (${_folder_js__WEBPACK_IMPORTED_MODULE_5__/* .LOG_FILE_NAMES */ .t})`
        : lines === 0
            ? `${(0,_text_plural_js__WEBPACK_IMPORTED_MODULE_6__/* .count */ .U)(files, 'file')}, ${files === 1 ? 'and it is' : 'all'} empty`
            : `${(0,_text_plural_js__WEBPACK_IMPORTED_MODULE_6__/* .count */ .U)(files, 'file')}, ${(0,_text_plural_js__WEBPACK_IMPORTED_MODULE_6__/* .count */ .U)(lines, 'line')}, none of them an audit event`;
    return `read 0 requests from ${namedList(found)}: ${what}`;
}


/***/ }),

/***/ 3300:
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

/***/ 4323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   HC: () => (/* binding */ replace),
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   jS: () => (/* binding */ LAST_APPLIED),
/* harmony export */   q3: () => (/* binding */ redactMap)
/* harmony export */ });
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


/***/ }),

/***/ 6650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gx: () => (/* binding */ redactEvent),
  _h: () => (/* binding */ ruleTriggers)
});

// UNUSED EXPORTS: BUILT_IN_REDACTION, LAST_APPLIED, REDACTED

// EXTERNAL MODULE: ./src/policy/sensitive.ts
var sensitive = __webpack_require__(8434);
// EXTERNAL MODULE: ./src/logs/redact/marker.ts
var marker = __webpack_require__(4323);
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
    if (!(0,marker/* isObject */.Gv)(annotations))
        return (0,marker/* replace */.HC)(metadata, 'annotations', `${where}.annotations`, found);
    for (const key of Object.keys(annotations)) {
        if (SAFE_ANNOTATIONS.has(key))
            continue;
        (0,marker/* replace */.HC)(annotations, key, key === marker/* LAST_APPLIED */.jS ? 'last-applied-configuration' : `${where}.annotations`, found);
    }
}
/** The metadata of a Secret or of a patch to one: ObjectMeta's fields only, annotations redacted. */
function redactSecretMetadata(object, where, found) {
    const metadata = object.metadata;
    if (metadata === undefined || metadata === null)
        return;
    if (!(0,marker/* isObject */.Gv)(metadata))
        return (0,marker/* replace */.HC)(object, 'metadata', `${where}.metadata`, found);
    for (const key of Object.keys(metadata))
        if (!OBJECT_META_FIELDS.has(key))
            (0,marker/* replace */.HC)(metadata, key, `${where}.metadata`, found);
    redactAnnotations(metadata, where, found);
}
/**
 * Any object in a body about a Secret-like resource (kind-less Table rows and list items too):
 * the values of its content maps and of its annotations.
 */
function redactSecretLike(object, where, found) {
    for (const field of CONTENT_MAPS)
        if (field in object)
            (0,marker/* redactMap */.q3)(object, field, `${where}.${field}`, found);
    if ((0,marker/* isObject */.Gv)(object.metadata))
        redactAnnotations(object.metadata, where, found);
}
/** A Secret: its fields alone (any other replaced), its metadata's, and its content redacted. */
function redactSecret(object, where, found) {
    for (const key of Object.keys(object))
        if (!SECRET_FIELDS.has(key))
            (0,marker/* replace */.HC)(object, key, `${where}.fields`, found);
    redactSecretMetadata(object, where, found);
    for (const field of ['data', 'stringData'])
        if (field in object)
            (0,marker/* redactMap */.q3)(object, field, `${where}.${field}`, found);
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
            if (!(0,marker/* isObject */.Gv)(op)) {
                body[i] = replaced(op, location, found);
                continue;
            }
            for (const key of Object.keys(op))
                if (!PATCH_OP_FIELDS.has(key) || typeof op[key] !== 'string')
                    (0,marker/* replace */.HC)(op, key, location, found);
        }
        return body;
    }
    if (!(0,marker/* isObject */.Gv)(body))
        return replaced(body, location, found);
    for (const key of Object.keys(body)) {
        if (key === 'metadata')
            redactSecretMetadata(body, where, found);
        else if (CONTENT_MAPS.includes(key))
            (0,marker/* redactMap */.q3)(body, key, location, found);
        else
            (0,marker/* replace */.HC)(body, key, location, found);
    }
    return body;
}
/** The marker in place of a whole value that is not an object (or the marker already). */
function replaced(value, location, found) {
    if (value === null || value === marker/* REDACTED */.XF)
        return value;
    found.push(location);
    return marker/* REDACTED */.XF;
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
    if (!(0,marker/* isObject */.Gv)(metadata) || !(0,marker/* isObject */.Gv)(metadata.annotations))
        return;
    const value = metadata.annotations[marker/* LAST_APPLIED */.jS];
    if (typeof value === 'string' && MENTIONS_SECRET.test(value))
        (0,marker/* replace */.HC)(metadata.annotations, marker/* LAST_APPLIED */.jS, 'last-applied-configuration', found);
}
function redactToken(object, field, location, found) {
    const holder = object[field];
    if ((0,marker/* isObject */.Gv)(holder))
        (0,marker/* replace */.HC)(holder, 'token', location, found);
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
        return marker/* REDACTED */.XF;
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
    if ((verb !== 'create' && verb !== 'update') || !(0,marker/* isObject */.Gv)(body))
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
                if (value === marker/* REDACTED */.XF)
                    continue;
                // The marker a rule (or an earlier pass) left is not text to match: a pattern that
                // matches part of it would redact it again, and again on every pass.
                const pieces = value.includes(marker/* REDACTED */.XF) ? value.split(marker/* REDACTED */.XF) : [value];
                const rewritten = pieces.map((piece) => patterns.replace(piece, marker/* REDACTED */.XF));
                if (rewritten.every((piece) => piece === undefined))
                    continue;
                holder[key] = rewritten.map((piece, i) => piece ?? pieces[i]).join(marker/* REDACTED */.XF);
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
    const secrets = ref?.resource === sensitive/* SECRETS */.cW.resource;
    const about = {
        secretLike: secrets ? 'secrets' : rules.resourceRule(ref?.resource, ref?.apiGroup)?.spelling,
        saToken: ref?.resource === sensitive/* SERVICE_ACCOUNT_TOKENS */.RH.resource &&
            ref.subresource === sensitive/* SERVICE_ACCOUNT_TOKENS */.RH.subresource,
        tokenReview: ref?.resource === sensitive/* TOKEN_REVIEWS */.CO.resource,
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
        if ((0,marker/* isObject */.Gv)(value) && about.saToken)
            redactToken(value, 'status', SA_TOKEN, found);
        if ((0,marker/* isObject */.Gv)(value) && about.tokenReview)
            redactToken(value, 'spec', TOKEN_REVIEW, found);
        body[key] = value;
    }
    const annotations = event.annotations;
    if ((0,marker/* isObject */.Gv)(annotations)) {
        for (const key of Object.keys(annotations)) {
            if (about.secretLike !== undefined && key.startsWith('patch.webhook.admission.k8s.io/'))
                (0,marker/* replace */.HC)(annotations, key, `${about.secretLike}.webhookPatch`, found);
            else if (rules.auditAnnotations.some((glob) => glob.matches(key)))
                (0,marker/* replace */.HC)(annotations, key, 'audit-annotations', found);
        }
    }
    redactPatterns(body, rules, found);
    return found;
}


/***/ }),

/***/ 1543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jb: () => (/* binding */ BUILT_IN_RULES),
  z3: () => (/* binding */ NO_EXTRA_REDACTION),
  RC: () => (/* binding */ RedactionRules),
  Cu: () => (/* binding */ RedactionSettingError),
  wj: () => (/* binding */ joinSettings)
});

// EXTERNAL MODULE: ./src/insight/expect/glob.ts
var glob = __webpack_require__(9072);
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

// EXTERNAL MODULE: ./src/logs/redact/rules.ts + 1 modules
var rules = __webpack_require__(6650);
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
        const triggers = (0,rules/* ruleTriggers */._h)({
            resources: resources.map((r) => r.resource),
            auditAnnotations: settings.auditAnnotations,
            patternWords: patterns?.requiredWords ?? [],
        });
        return new RedactionRules(settings, resources, settings.auditAnnotations.map(glob/* compileGlob */.S), patterns, triggers);
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
const BUILT_IN_RULES = RedactionRules.compile(NO_EXTRA_REDACTION);


/***/ }),

/***/ 7717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ Summarizer)
});

// UNUSED EXPORTS: SUMMARY_CAPS

// EXTERNAL MODULE: ./src/logs/events/pending.ts
var pending = __webpack_require__(7637);
// EXTERNAL MODULE: ./src/logs/events/stage-peek.ts
var stage_peek = __webpack_require__(2827);
// EXTERNAL MODULE: ./src/logs/events/event.ts
var events_event = __webpack_require__(8313);
// EXTERNAL MODULE: ./src/logs/events/parse.ts
var parse = __webpack_require__(5350);
// EXTERNAL MODULE: ./src/logs/events/request.ts
var request = __webpack_require__(4600);
;// CONCATENATED MODULE: ./src/logs/summary/deprecated-callers.ts
/** Callers of deprecated APIs, one row per subject and API; at most `keep` rows, every call counted. */
class DeprecatedCallers {
    keep;
    #rows = new Map();
    total = 0;
    constructor(keep) {
        this.keep = keep;
    }
    /** One call of `api` by `user`, read at `seq` (the strings as the summary keeps them). */
    add(user, api, removedRelease, seq) {
        this.#add(`${user}\n${api}`, { seq, row: { user, api, removedRelease, count: 1 } });
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

;// CONCATENATED MODULE: ./src/logs/summary/node-summaries.ts
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

;// CONCATENATED MODULE: ./src/logs/summary/tally.ts
/**
 * Bounded counting for summaries (docs/definitions.md, "Bounded memory"): a table keeps at most a
 * fixed number of distinct keys however many the log holds, and says how much it could not place.
 */

/** The key that collects everything a capped table did not keep. */
const OTHER = '(other)';
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
        const fitted = (0,request/* fitKey */.rG)(key);
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

;// CONCATENATED MODULE: ./src/logs/summary/shape.ts
const MAX_BUCKETS = 60;

;// CONCATENATED MODULE: ./src/logs/summary/timeline.ts

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

;// CONCATENATED MODULE: ./src/logs/summary/who-did-what.ts

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
        const rows = new Tally(this.rowsPerSubject);
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

;// CONCATENATED MODULE: ./src/logs/summary/request-counts.ts






/** How many entries each table and list of summary.json keeps (the totals count everything). */
const SUMMARY_CAPS = {
    table: 100,
    list: 100,
    slowest: 20,
    /** auditIDs seen at a stage that does not end a request, waiting for the one that does. */
    pending: pending/* MAX_WAITING */.L,
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
    #tables = Object.fromEntries(TABLES.map((name) => [name, new Tally()]));
    #denied = new FirstItems(SUMMARY_CAPS.list);
    #errors = new FirstItems(SUMMARY_CAPS.list);
    #deprecated = new DeprecatedCallers(SUMMARY_CAPS.list);
    #slowest = new LargestItems(SUMMARY_CAPS.slowest);
    #who = new WhoDidWhat();
    #timeline = new TimelineCounter();
    nodes = new NodeSummaries(SUMMARY_CAPS.nodes);
    /**
     * One request, read at `seq` from `node` ('' for events read without one: the merged log). The
     * log's strings are cut to fit here ({@link fitKey}), as the summary keeps them; a non-resource
     * request is counted under its path.
     */
    count(r, node, seq) {
        this.requests++;
        const t = this.#tables;
        const verb = (0,request/* fitKey */.rG)(r.verb);
        const resource = (0,request/* fitKey */.rG)(r.resource || r.path);
        const user = (0,request/* fitKey */.rG)(r.user);
        const namespace = (0,request/* fitKey */.rG)(r.namespace);
        const code = r.code === 0 ? '' : String(r.code);
        const time = (0,request/* fitKey */.rG)(r.time);
        t.byVerb.add(verb || '(none)');
        t.byResource.add(resource || '(none)');
        t.byUser.add(user || '(none)');
        t.byNamespace.add(namespace || '(cluster)');
        t.byCode.add(code || '(none)');
        t.byUserAgent.add(r.userAgent || '(none)');
        t.byLevel.add(r.level || '(none)');
        const row = () => ({ time, user, verb, resource, namespace, name: (0,request/* fitKey */.rG)(r.name) });
        if (code === '403')
            this.#denied.add(seq, () => ({ ...row(), reason: (0,request/* fitKey */.rG)(r.reason) }));
        if (code.length === 3 && code.startsWith('5'))
            this.#errors.add(seq, () => ({ ...row(), code: r.code, message: (0,request/* fitKey */.rG)(r.message) }));
        if (r.deprecatedApi)
            this.#deprecated.add(user, (0,request/* fitKey */.rG)(r.deprecatedApi), (0,request/* fitKey */.rG)(r.removedRelease), seq);
        if (Number.isFinite(r.latencyMs) && this.#slowest.wants(r.latencyMs))
            this.#slowest.add(r.latencyMs, { ...row(), latencyMs: r.latencyMs, latencyFrom: r.latencyFrom, code }, seq);
        if (!r.component && user)
            this.#who.add(user, verb, resource, namespace, seq);
        this.#timeline.add(r.ms, node);
        if (r.ms < this.#first.ms)
            place(this.#first, r.ms, seq, time);
        if (r.ms > this.#last.ms)
            place(this.#last, r.ms, seq, time);
        if (node)
            this.nodes.addRequest(node, r.ms, time, seq);
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

;// CONCATENATED MODULE: ./src/logs/summary/summarizer.ts



/**
 * Places in the read given to each part of it (a chunk of lines): more than any chunk has lines.
 * Part `i`'s lines are read at `i * PART_SPAN` on, so parts counted apart still sort in read order.
 */
const PART_SPAN = 2 ** 23;
/** Where requests counted at the very end are placed: after every line. */
const AFTER_ALL = 2 ** 52;
/**
 * The summary of an audit log, fed one line at a time: memory stays bounded at any log size. A
 * request counts once, at its last stage seen (docs/definitions.md): final stages count at once; an
 * earlier stage waits, by auditID, for its final one, and counts as itself if none comes.
 *
 * A log may also be read in parts by several summarizers ({@link Summarizer.beginPart}), each
 * part's end handed in read order to the one summarizer that merges them
 * ({@link Summarizer.addPartEnd}, {@link Summarizer.merge}): the result is what one summarizer
 * reading every line in order would count, exactly below every cap, as long as each request's
 * stages come in lifecycle order under an auditID of its own (kube-apiserver writes them so; a
 * client may choose an Audit-ID, but then reuses it only by mistake or malice). Damaged lines and
 * requests that never finish are counted as one reader counts them
 * (test/logs/summary/parts-hostile.test.ts).
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
    #onRequest;
    #pending = new pending/* PendingRequests */.S({
        count: (request, node, seq) => {
            this.#counts.count(request, node, seq);
            this.#onRequest?.(request);
        },
        settled: (isEvent) => (isEvent ? this.events++ : this.skipped++),
    }, SUMMARY_CAPS.pending);
    #warnings = [];
    /**
     * One line of a log (without its newline), from `node` when known. A line that kube-apiserver's
     * layout shows to be an early stage of a request is set aside unparsed (src/logs/events/stage-peek.ts): when its
     * request's final stage comes, it is counted as an event without ever being parsed.
     */
    add(line, node = '') {
        const seq = this.#seq++;
        if (typeof line !== 'string') {
            const peek = (0,stage_peek/* peekStage */.M)(line);
            if (peek && !(0,events_event/* isFinalStage */.BL)(peek.stage) && this.#pending.canHold(line.length)) {
                this.lines++;
                // A part's buffer outlives every line held from it (what is still held at the part's
                // end is copied out by the reader of the parts); any other caller's buffer may be read
                // into again, so the line is copied out of it here.
                const held = this.#finals ? line : Buffer.from(line);
                this.#pending.hold(peek.auditID, peek.stage, held, node, seq);
                return;
            }
        }
        this.#addParsed((0,parse/* parseLine */.A)(line), node, seq);
    }
    /**
     * The request of an event line already parsed (src/logs/events/request.ts), from `node` when
     * known: the entry point of post's pass, whose readers parse each line once, maybe on another
     * thread, for every consumer.
     */
    addRequest(request, node = '') {
        this.lines++;
        this.#addRequest(request, node, this.#seq++);
    }
    #addParsed(parsed, node, seq) {
        if (parsed.kind === 'blank')
            return;
        this.lines++;
        if (parsed.kind === 'skipped')
            this.skipped++;
        else
            this.#addRequest((0,request/* requestOf */.fo)(parsed.event), node, seq);
    }
    #addRequest(request, node, seq) {
        this.events++;
        const receivedHere = this.#pending.add(request, node, seq);
        // A request received in this part has no stage in an earlier one (stages come in order).
        if (this.#finals && !receivedHere && request.auditID && (0,events_event/* isFinalStage */.BL)(request.stage))
            this.#finals.push(request.auditID);
    }
    /**
     * Hands each request on as it is counted, once, at its last stage: the insights of the same
     * pass take their requests from here. The requests still waiting are handed on by
     * {@link Summarizer.result}.
     */
    forEachRequest(listener) {
        this.#onRequest = listener;
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

/***/ 2203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ InputErrors),
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
/**
 * Several bad inputs, reported at once so the user fixes them in one go (as kind aggregates its
 * config's validation errors, `pkg/internal/apis/config/validate.go`): each keeps its own message.
 * Never made for one error alone, whose message stays as it is.
 */
class InputErrors extends InputError {
    errors;
    constructor(errors) {
        super(errors[0]?.input ?? '', errors[0]?.value ?? '', errors[0]?.allowed ?? '');
        this.errors = errors;
        this.name = 'InputErrors';
        this.message = this.describe(INPUT_WORDING);
    }
    describe(wording) {
        // Set by the constructor after super() returns; super's own call sees it undefined.
        if (!this.errors)
            return '';
        const lines = this.errors.map((e) => e.describe(wording));
        return [`${this.errors.length} ${wording.many.toLowerCase()} have bad values:`, ...lines].join('\n');
    }
}


/***/ }),

/***/ 714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wd: () => (/* binding */ aliasExpansionError),
/* harmony export */   rB: () => (/* binding */ resolveAliases),
/* harmony export */   yJ: () => (/* binding */ isMergeKey)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/**
 * Resolves every alias of `doc` in one pass: each points at the last node before it that carries
 * its anchor, as in the `yaml` package's `Alias.resolve` — which walks the whole document on every
 * call, so a policy with many aliases would cost time in its square.
 */
function resolveAliases(doc) {
    const targets = new Map();
    const anchors = new Map();
    // Document order, without recursion: a deeply nested document must not exhaust the stack.
    const stack = [doc.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            targets.set(node, anchors.get(node.source));
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            if (node.anchor)
                anchors.set(node.anchor, node);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
                continue;
            const items = node.items;
            for (let i = items.length - 1; i >= 0; i--) {
                const item = items[i];
                // A pair's key comes before its value.
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item))
                    stack.push(item.value, item.key);
                else
                    stack.push(item);
            }
        }
    }
    return targets;
}
// go-yaml's bounds (gopkg.in/yaml.v2 and v3 decode.go, `allowedAliasRatio`), which kube's decoder
// (sigs.k8s.io/yaml → go.yaml.in/yaml/v2) applies while it turns the policy into JSON.
const RATIO_RANGE_LOW = 400_000;
const RATIO_RANGE_HIGH = 4_000_000;
/** The share of decoded nodes go-yaml lets come from alias expansion, for a document this far in. */
function allowedAliasRatio(decodeCount) {
    // Small and medium documents may be 99% aliases; very large ones only 10%, in a straight line between.
    if (decodeCount <= RATIO_RANGE_LOW)
        return 0.99;
    if (decodeCount >= RATIO_RANGE_HIGH)
        return 0.1;
    const through = (decodeCount - RATIO_RANGE_LOW) / (RATIO_RANGE_HIGH - RATIO_RANGE_LOW);
    return 0.99 - 0.89 * through;
}
/**
 * Walks the first document the way kube's YAML decoder does (go-yaml v2 `decoder.unmarshal` into
 * an `interface{}`), aliases and merge keys expanded, and returns kube's error when it would stop:
 * an alias that contains itself, an anchor never defined, a merge of something other than
 * mappings, or "document contains excessive aliasing" — go-yaml's guard against alias bombs, which
 * refuses a document once more than 100 of over 1000 decoded nodes came from alias expansion and
 * their share passes {@link allowedAliasRatio}. The walk stops there, so its cost is bounded
 * however the aliases nest; ordinary policies, with hundreds of aliases, pass as they do in kube.
 */
function aliasExpansionError(doc, targets) {
    let decodeCount = 0;
    let aliasCount = 0;
    let aliasDepth = 0;
    const expanding = new Set();
    const stack = [{ visit: doc.contents }];
    // go-yaml counts the document node too.
    decodeCount++;
    while (stack.length > 0) {
        const step = stack.pop();
        if ('leave' in step) {
            aliasDepth--;
            expanding.delete(step.leave);
            continue;
        }
        if ('merge' in step) {
            const problem = pushMerge(step.merge, targets, stack);
            if (problem)
                return `failed decoding: yaml: ${problem}`;
            continue;
        }
        const node = step.visit;
        if (node === null || node === undefined)
            continue;
        decodeCount++;
        if (aliasDepth > 0)
            aliasCount++;
        if (aliasCount > 100 &&
            decodeCount > 1000 &&
            aliasCount / decodeCount > allowedAliasRatio(decodeCount)) {
            return 'failed decoding: yaml: document contains excessive aliasing';
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = targets.get(node);
            if (target === undefined) {
                return `failed decoding: yaml: unknown anchor '${node.source}' referenced`;
            }
            if (expanding.has(node)) {
                // The project's earlier wording is kept after kube's, for those who search for it.
                return `failed decoding: yaml: anchor '${node.source}' value contains itself (an alias refers to itself)`;
            }
            expanding.add(node);
            aliasDepth++;
            stack.push({ leave: node }, { visit: target });
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            // Pairs in order: a merge key's value is merged where it stands, other keys decode key then value.
            for (let i = node.items.length - 1; i >= 0; i--) {
                const pair = node.items[i];
                if (pair === undefined)
                    continue;
                if (isMergeKey(pair.key))
                    stack.push({ merge: pair.value });
                else
                    stack.push({ visit: pair.value }, { visit: pair.key });
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            for (let i = node.items.length - 1; i >= 0; i--)
                stack.push({ visit: node.items[i] });
        }
    }
    return undefined;
}
/** go-yaml's `merge`: a mapping, an alias of one, or a list of those, the last merged first. */
function pushMerge(value, targets, stack) {
    const wantMap = 'map merge requires map or sequence of maps as the value';
    const mergeable = (node) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) && (targets.get(node) === undefined || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(targets.get(node))));
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value)) {
        if (!value.items.every(mergeable))
            return wantMap;
        // Pushed first to last, so the last item is decoded first, as go-yaml steps backwards.
        for (const item of value.items)
            stack.push({ visit: item });
        return undefined;
    }
    if (!mergeable(value))
        return wantMap;
    stack.push({ visit: value });
    return undefined;
}
/**
 * A plain `<<` key, which YAML 1.1 (read by kube's decoder) makes a merge; the `yaml` package
 * gives it a symbol for a value. A quoted `"<<"` is an ordinary key.
 */
function isMergeKey(key) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && typeof key.value === 'symbol';
}


/***/ }),

/***/ 4857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ lintPolicy),
/* harmony export */   w9: () => (/* binding */ RESOURCE_VERBS)
/* harmony export */ });
/* unused harmony export matchesEverything */
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
const URL_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];
/**
 * Verbs that exist only as RBAC authorization checks. The audit policy is evaluated against the
 * request's own verb, so a rule naming these never matches anything.
 */
const AUTHORIZATION_ONLY_VERBS = ['impersonate', 'bind', 'escalate', 'approve', 'sign', 'use'];
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


/***/ }),

/***/ 4490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ levelPolicy),
/* harmony export */   W: () => (/* binding */ presetPolicy),
/* harmony export */   fG: () => (/* binding */ PRESETS),
/* harmony export */   l6: () => (/* binding */ isPresetName)
/* harmony export */ });
/* harmony import */ var _sensitive_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8434);

/**
 * A policy with one catch-all rule at `level`. For Metadata this is, byte for byte, the policy of
 * the kind auditing guide (https://kind.sigs.k8s.io/docs/user/auditing/).
 */
function levelPolicy(level) {
    return `apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: ${level}\n`;
}
/** Names of the built-in policies, as users write them in the `policy` input. */
const PRESETS = ['metadata', 'recommended'];
/** Narrows a string to {@link PresetName}. */
function isPresetName(value) {
    return PRESETS.includes(value);
}
// Modelled on the kube-up (GCE) policy
// (kubernetes/kubernetes cluster/gce/gci/configure-helper.sh, create-master-audit-policy),
// trimmed for a short-lived CI cluster: drop the chatter, never record credentials, keep the
// bodies of writes because those explain what a test changed.
const RECOMMENDED = `# kind-audit "recommended" audit policy: the first matching rule wins.
apiVersion: audit.k8s.io/v1
kind: Policy
# RequestReceived repeats what ResponseComplete (or ResponseStarted for watches) says later.
omitStages:
  - RequestReceived
rules:
  # Probes and version checks arrive every few seconds and say nothing about the workload.
  - level: None
    nonResourceURLs:
      - /healthz*
      - /livez*
      - /readyz*
      - /version
      - /version/
  # kube-proxy watches Services and Endpoints on every node for the cluster's whole life.
  - level: None
    users: ["system:kube-proxy"]
    verbs: ["watch"]
    resources:
      - group: ""
        resources: ["endpoints", "services", "services/status"]
      - group: discovery.k8s.io
        resources: ["endpointslices"]
  # Kubelets read their own Node objects over and over.
  - level: None
    userGroups: ["system:nodes"]
    verbs: ["get"]
    resources:
      - group: ""
        resources: ["nodes", "nodes/status"]
  # Leader election and node heartbeats renew Leases every few seconds.
  - level: None
    verbs: ["get", "update"]
    namespaces: ["kube-system", "kube-node-lease"]
    resources:
      - group: coordination.k8s.io
        resources: ["leases"]
  # Events are a log of their own; auditing them doubles the volume.
  - level: None
    resources:
      - group: ""
        resources: ["events"]
      - group: events.k8s.io
        resources: ["events"]
  # Bodies here hold credentials, and the uploaded artifact is readable by anyone who can read
  # the repository: record who touched them, never what they contain.
  - level: Metadata
    resources:
${(0,_sensitive_js__WEBPACK_IMPORTED_MODULE_0__/* .sensitiveGroupResources */ .td)('      ')}  # Writes: keep the body that was sent, which is what explains a change a test made.
  - level: Request
    verbs: ["create", "update", "patch", "delete", "deletecollection"]
  # Everything else (reads, watches, other URLs): who did what, without bodies.
  - level: Metadata
`;
/** The YAML text of a built-in policy, with comments explaining each rule. */
function presetPolicy(name) {
    return name === 'metadata' ? levelPolicy('Metadata') : RECOMMENDED;
}


/***/ }),

/***/ 8434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CO: () => (/* binding */ TOKEN_REVIEWS),
/* harmony export */   L3: () => (/* binding */ SENSITIVE_RESOURCES),
/* harmony export */   RH: () => (/* binding */ SERVICE_ACCOUNT_TOKENS),
/* harmony export */   cW: () => (/* binding */ SECRETS),
/* harmony export */   td: () => (/* binding */ sensitiveGroupResources)
/* harmony export */ });
/* unused harmony export CONFIG_MAPS */
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4857);

/** Secrets: their data. */
const SECRETS = {
    label: 'secrets',
    what: 'Secret data',
    resource: 'secrets',
    apiGroup: '',
    namespaced: true,
    verbs: _lint_js__WEBPACK_IMPORTED_MODULE_0__/* .RESOURCE_VERBS */ .w9.filter((v) => v !== 'proxy'),
    warn: true,
};
/** ConfigMaps: credentials only by mistake. */
const CONFIG_MAPS = {
    label: 'configmaps',
    what: 'ConfigMap data',
    resource: 'configmaps',
    apiGroup: '',
    namespaced: true,
    verbs: _lint_js__WEBPACK_IMPORTED_MODULE_0__/* .RESOURCE_VERBS */ .w9.filter((v) => v !== 'proxy'),
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


/***/ }),

/***/ 3943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X6: () => (/* binding */ POLICY_API_VERSION),
/* harmony export */   Yc: () => (/* binding */ AUDIT_LEVELS),
/* harmony export */   an: () => (/* binding */ STAGES),
/* harmony export */   ax: () => (/* binding */ isAuditLevel),
/* harmony export */   zD: () => (/* binding */ isStage)
/* harmony export */ });
/**
 * The audit policy model of kube-apiserver (`audit.k8s.io/v1` Policy), as this project reads,
 * checks and evaluates it. Field names match the YAML so a decoded file maps onto them directly.
 */
/** How much of a request kube-apiserver records, in increasing order of detail. */
const AUDIT_LEVELS = ['None', 'Metadata', 'Request', 'RequestResponse'];
/** The stages at which an audit event can be written, in the order kube-apiserver lists them. */
const STAGES = ['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic'];
/** The only apiVersion kube-apiserver ≥ 1.24 accepts for a policy file. */
const POLICY_API_VERSION = 'audit.k8s.io/v1';
/** Narrows a string to {@link AuditLevel}. */
function isAuditLevel(value) {
    return AUDIT_LEVELS.includes(value);
}
/** Narrows a string to {@link Stage}. */
function isStage(value) {
    return STAGES.includes(value);
}


/***/ }),

/***/ 1080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/**
 * Bytes as people read them, in binary units, as the limits they are compared with are written
 * (kube-apiserver's and the runner's sizes, GitHub's 1 MiB step summary): `512 B`, `1,023 B`,
 * `12.6 KiB`, `4 GiB`. A whole number of a unit has no decimal, so a cap reads as it was set.
 */
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = n;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    if (unit === 0)
        return `${n.toLocaleString('en-US')} B`;
    return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 9495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ goDurationMs),
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
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


/***/ }),

/***/ 573:
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
