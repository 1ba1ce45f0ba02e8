export const id = 782;
export const ids = [782];
export const modules = {

/***/ 45782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPost: () => (/* binding */ runPost)
});

// UNUSED EXPORTS: failureMessage

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 326 modules
var artifact = __webpack_require__(20584);
;// CONCATENATED MODULE: ./src/artifact/upload.ts

/** The run already holds an artifact of this name: the service answered 409. */
class ArtifactExistsError extends Error {
    artifactName;
    constructor(artifactName, cause) {
        super(`An artifact named "${artifactName}" already exists in this workflow run (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
        this.artifactName = artifactName;
        this.name = 'ArtifactExistsError';
    }
}
/** Deletes the run's artifact of this name; one that does not exist is already gone. */
async function deleteExisting(client, name) {
    try {
        await client.deleteArtifact(name);
    }
    catch (error) {
        if (!(error instanceof artifact/* ArtifactNotFoundError */.CL))
            throw error;
    }
}
/** Uploads files under `root` as one artifact; throws {@link ArtifactExistsError} on a 409. */
async function uploadArtifact(name, files, root, options) {
    const client = new artifact/* DefaultArtifactClient */.t9();
    try {
        if (options.overwrite)
            await deleteExisting(client, name);
        const result = await client.uploadArtifact(name, files, root, {
            compressionLevel: options.compressionLevel,
            ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}),
        });
        return { id: result.id, size: result.size };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (/\(409\)|already exists/i.test(message))
            throw new ArtifactExistsError(name, error);
        throw new Error(`Uploading the artifact "${name}" failed: ${message}`, { cause: error });
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
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
async function exec_runChecked(runner, cmd, args, opts) {
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

;// CONCATENATED MODULE: ./src/inputs/names.ts
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
 * The key main writes its state under for post (`RunState`, src/state/run-state.ts: the run, and the artifact's
 * settings). The runner hands state over in environment variables (Linux caps one near 128 KiB),
 * so it holds paths and small values only — never a policy's text.
 */
const STATE_KEY = 'kind-audit';

;// CONCATENATED MODULE: ./src/messages/input-error.ts
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

;// CONCATENATED MODULE: ./src/insight/baseline/fold.ts


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
            throw new InputError(FOLD_NAMESPACES, text, `"${glob}" is not a namespace glob: lower-case letters, digits, - and * (any run of characters), at most 63, e.g. e2e-*`);
    return globs.map(compileGlob);
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

;// CONCATENATED MODULE: ./src/insight/expect/types.ts

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
        return new InputError(input, shown, this.problems.map(problemText).join('; '));
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/policy/aliases.ts

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
        if ((0,dist/* isAlias */.Vj)(node)) {
            targets.set(node, anchors.get(node.source));
        }
        else if ((0,dist/* isScalar */.jn)(node) || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
            if (node.anchor)
                anchors.set(node.anchor, node);
            if ((0,dist/* isScalar */.jn)(node))
                continue;
            const items = node.items;
            for (let i = items.length - 1; i >= 0; i--) {
                const item = items[i];
                // A pair's key comes before its value.
                if ((0,dist/* isPair */.tO)(item))
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
        if (isAlias(node)) {
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
        else if (isMap(node)) {
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
        else if (isSeq(node)) {
            for (let i = node.items.length - 1; i >= 0; i--)
                stack.push({ visit: node.items[i] });
        }
    }
    return undefined;
}
/** go-yaml's `merge`: a mapping, an alias of one, or a list of those, the last merged first. */
function pushMerge(value, targets, stack) {
    const wantMap = 'map merge requires map or sequence of maps as the value';
    const mergeable = (node) => isMap(node) || (isAlias(node) && (targets.get(node) === undefined || isMap(targets.get(node))));
    if (isSeq(value)) {
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
    return isScalar(key) && typeof key.value === 'symbol';
}

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
            value: new Expander(resolveAliases(doc)).plain(root),
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
        throw new ExpectError(origin, [
            {
                expectation: '',
                field: '',
                value: `${bytes} bytes`,
                allowed: `expectations may hold at most ${EXPECT_SIZE_LIMIT} bytes`,
            },
        ]);
    const read = readYaml(text);
    if ('error' in read)
        throw new ExpectError(origin, [
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
        throw new ExpectError(origin, problems);
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
        throw new ExpectError(origin, problems);
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
        if (!['name', ...EXPECTATION_KINDS].includes(key))
            problem(key, item.get(key), 'not a field of an expectation; its fields are name, forbid, require');
    if (typeof named !== 'string' || named.trim() === '')
        problem('name', named, 'every expectation needs a name: a text that is not empty');
    else if (names.has(named))
        problem('name', named, 'names must be unique; another expectation has it');
    else
        names.add(named);
    const kinds = EXPECTATION_KINDS.filter((k) => item.has(k));
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
        problem(kind, raw, `${kind} is a mapping of the fields ${SELECTOR_FIELDS.join(', ')}`);
        return undefined;
    }
    const selector = {};
    for (const [key, value] of raw) {
        const field = `${kind}.${key}`;
        if (!SELECTOR_FIELDS.includes(key)) {
            problem(field, value, `not a field of ${kind}; its fields are ${SELECTOR_FIELDS.join(', ')}`);
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

;// CONCATENATED MODULE: ./src/insight/settings.ts
/** What `on-drift` may say: drift from the baseline is a warning, or fails the job. */
const DRIFT_ACTIONS = ['warn', 'fail'];

;// CONCATENATED MODULE: ./src/inputs/insights.ts




const insights_SERVICE_ACCOUNT = 'serviceaccount:';
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
            throw new InputError(input, value, `"${entry}" holds a control character`);
        if (!entry.startsWith(insights_SERVICE_ACCOUNT))
            return entry;
        const parts = entry.slice(insights_SERVICE_ACCOUNT.length).split(':');
        if (parts.length !== 2 || parts.some((p) => p === ''))
            throw new InputError(input, value, `"${entry}" is not serviceaccount:NAMESPACE:NAME; expected users (e.g. jane, system:*) or service accounts (e.g. serviceaccount:app:operator, serviceaccount:e2e-*:*), comma- or newline-separated`);
        return `system:serviceaccount:${parts.join(':')}`;
    });
}
/** `on-drift`: what drift from the baseline does. */
function driftAction(value, input) {
    const found = DRIFT_ACTIONS.find((a) => a === value);
    if (!found)
        throw new InputError(input, value, `expected ${DRIFT_ACTIONS.join(' or ')}`);
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
        parseExpectations(value, `the '${input}' input`);
    }
    catch (error) {
        if (error instanceof ExpectError)
            throw error.asInputError(input, value);
        throw error;
    }
    return value;
}
/** `fold-namespaces`: checked, and kept as written. */
function foldNamespaces(value) {
    // The globs' errors already name the input (it shares its name with the CLI flag).
    parseFoldGlobs(value);
    return value;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
    return `${mirror.replace(/\/+$/, '')}/${tag(version)}/${asset}`;
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
        log.info(`Using kind ${tag(version)} from the tool cache: ${cached}`);
        return cached;
    }
    const url = kindAssetUrl(options.mirror, version, asset);
    const sumUrl = `${url}.sha256sum`;
    const limits = { timeoutMs: options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS };
    log.info(`Downloading kind ${tag(version)} from ${url}`);
    const sumText = await downloadText(sumUrl, 4096, limits).catch((error) => {
        throw fromDownload(error, version);
    });
    const expected = parseSha256Sum(sumText);
    if (!expected) {
        throw new KindInstallError(`${sumUrl} holds no SHA-256 sum (expected "<64 hex digits>  ${asset}"), so the kind binary cannot be verified`);
    }
    await mkdir(options.tempDir, { recursive: true });
    const file = path.join(options.tempDir, `${asset}-${randomUUID()}`);
    try {
        const { sha256 } = await downloadFile(url, file, limits).catch((error) => {
            throw fromDownload(error, version);
        });
        if (sha256 !== expected) {
            throw new KindInstallError(`The kind binary from ${url} has SHA-256 ${sha256}, but ${sumUrl} publishes ${expected}: refusing to use it. A mirror serving another file, or a corrupted download.`);
        }
        log.debug(`kind ${tag(version)} matches its published SHA-256 ${expected}`);
        const installed = await options.cache.store(file, version.text, arch);
        await chmod(installed, 0o755);
        return installed;
    }
    finally {
        await rm(file, { force: true });
    }
}
function fromDownload(error, version) {
    if (!(error instanceof Error))
        return new KindInstallError(String(error));
    const status = error.status;
    const hint = status === 404
        ? `: is ${tag(version)} a kind release ('kind-version'), and is 'kind-mirror' laid out like ${DEFAULT_KIND_MIRROR}?`
        : '';
    return new KindInstallError(`${error.message}${hint}`);
}

;// CONCATENATED MODULE: ./src/kind/versions.ts

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
function versions_tag(version) {
    return `v${version.text}`;
}
/**
 * The version `kind version` prints: `kind v0.32.0 go1.24.4 linux/amd64` (`pkg/cmd/kind/version`,
 * `DisplayVersion`), or the bare `0.32.0` of `kind version -q`. Undefined when it is neither.
 */
function versions_parseKindVersionOutput(stdout) {
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
    return parseKubeVersion(withoutDigest.slice(colon + 1));
}
/**
 * Why kind `kind` cannot create a cluster from a node image of Kubernetes `kube`, or undefined when
 * no reason is known. kind ≤ 0.31 renders kubeadm's `v1beta3` config for every image from 1.23 on
 * (`pkg/cluster/internal/kubeadm/config.go`; from 0.32 images from 1.36 get `v1beta4`), and
 * kubeadm 1.37 removed `v1beta3`: kubeadm init fails before the API server exists.
 */
function incompatibility(kind, kube) {
    const rendersOnlyV1beta3 = kind.major === 0 && kind.minor <= 31;
    if (!rendersOnlyV1beta3 || !atLeast(kube, 1, 37))
        return undefined;
    const own = defaultNodeImage(kind);
    return (`kind v${kind.text} cannot create a cluster from a Kubernetes ${kube.text} node image: kind 0.31 ` +
        `and older write kubeadm's v1beta3 config, which kubeadm ${minorOf(kube)} no longer reads. Use ` +
        `kind v0.32.0 or newer ('kind-version'), or a node image of Kubernetes 1.36 or ` +
        `older` +
        (own ? ` (kind v${kind.text}'s default is ${own})` : ''));
}

;// CONCATENATED MODULE: ./src/inputs/kind.ts



/** `kind-version`: empty, or a release such as `v0.32.0` / `0.32.0`. */
function kindVersion(value, input) {
    if (!value)
        return undefined;
    const version = parseKindVersion(value);
    if (!version) {
        throw new InputError(input, value, 'expected a kind release such as v0.32.0 or 0.32.0, or empty for the kind on PATH');
    }
    return version;
}
/** `kind-mirror`: an http(s) base URL without query or fragment; empty means GitHub's releases. */
function kindMirror(value, input) {
    const text = value || DEFAULT_KIND_MIRROR;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash) {
        throw new InputError(input, value, `expected an http(s) base URL laid out like ${DEFAULT_KIND_MIRROR} (<base>/v0.32.0/kind-linux-amd64 and its .sha256sum)`);
    }
    return text.replace(/\/+$/, '');
}

;// CONCATENATED MODULE: ./src/policy/types.ts
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

;// CONCATENATED MODULE: ./src/policy/presets.ts

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
const RECOMMENDED = (/* unused pure expression or super */ null && (`# kind-audit "recommended" audit policy: the first matching rule wins.
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
${sensitiveGroupResources('      ')}  # Writes: keep the body that was sent, which is what explains a change a test made.
  - level: Request
    verbs: ["create", "update", "patch", "delete", "deletecollection"]
  # Everything else (reads, watches, other URLs): who did what, without bodies.
  - level: Metadata
`));
/** The YAML text of a built-in policy, with comments explaining each rule. */
function presetPolicy(name) {
    return name === 'metadata' ? levelPolicy('Metadata') : RECOMMENDED;
}

;// CONCATENATED MODULE: ./src/inputs/policy.ts


/** `policy-level`: one of kube-apiserver's levels. */
function policyLevel(value, input) {
    const known = AUDIT_LEVELS.find((l) => l === value);
    if (!known) {
        throw new InputError(input, value, `allowed levels are ${AUDIT_LEVELS.join(', ')} (case-sensitive, as kube-apiserver reads them)`);
    }
    return known;
}
/** `preset`: a built-in policy's name. */
function preset(value, input) {
    if (!isPresetName(value)) {
        throw new InputError(input, value, `known presets are ${PRESETS.join(', ')}`);
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
    const allowed = `stages are ${STAGES.join(', ')}; "${NO_STAGES}" clears the policy's omitStages`;
    if (stages.length === 0) {
        throw new InputError(input, value, `it names no stage: ${allowed}`);
    }
    const bad = stages.filter((s) => !isStage(s));
    if (bad.length > 0) {
        throw new InputError(input, value, `${bad.map((b) => `"${b}"`).join(', ')} is not a stage; ${allowed}`);
    }
    return stages.filter(isStage);
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
function sensitive_sensitiveGroupResources(indent) {
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
const rules_MAX_DEPTH = 256;
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
    if (depth > rules_MAX_DEPTH) {
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
const settings_RESOURCE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
// An annotation key (an optional DNS prefix and `/`, then a name) with `*` anywhere.
const ANNOTATION_GLOB = /^[A-Za-z0-9*][-A-Za-z0-9_.*/]*$/;
const MAX_KEY = 317;
/** The rules of one run, checked and compiled once: built-in ones and the user's. */
class settings_RedactionRules {
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
            if (!settings_RESOURCE.test(spelling))
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
        return new settings_RedactionRules(settings, resources, settings.auditAnnotations.map(compileGlob), patterns, triggers);
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
const settings_BUILT_IN_RULES = settings_RedactionRules.compile(NO_EXTRA_REDACTION);

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
            settings_RedactionRules.compile({ ...NO_EXTRA_REDACTION, [setting]: entries });
        }
        catch (error) {
            if (!(error instanceof RedactionSettingError))
                throw error;
            throw new InputError(input, value, `${JSON.stringify(error.entry)} is not allowed: ${error.allowed}`);
        }
        return entries;
    };
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
        throw new InputError(input, value, `kind accepts at most ${CLUSTER_NAME_MAX} lowercase letters, digits, "-" and ".", starting with a letter or digit, e.g. "kind" or "e2e-1"` +
            (name.length > CLUSTER_NAME_MAX ? ` (this one has ${name.length})` : ''));
    }
    return name;
}
/** A Go duration ("90s", "2m30s") within bounds, in milliseconds. */
function duration(input, value, positive) {
    const ms = parseDuration(value);
    if (ms === undefined || (positive && ms <= 0) || ms > MAX_DURATION_MS) {
        throw new InputError(input, value, `expected a duration such as "90s", "2m" or "1m30s"${positive ? ', greater than zero' : ''} and at most 24h`);
    }
    return ms;
}
function wholeNumber(input, value, min, max) {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
        throw new InputError(input, value, `expected a whole number from ${min} to ${max}`);
    }
    return n;
}
function values_boolean(input, value) {
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError(input, value, 'expected true or false');
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
        throw new InputError(input, value, 'expected a whole number of days from 1 to 90, or empty for the repository setting');
    }
    return days;
}
function artifactName(value, input) {
    if (!value)
        return undefined;
    const bad = ARTIFACT_FORBIDDEN.filter((c) => value.includes(c));
    if (bad.length > 0) {
        const shown = bad.map((c) => JSON.stringify(c)).join(' ');
        throw new InputError(input, value, `artifact names cannot contain ${shown} (forbidden: " : < > | * ? \\r \\n \\ /)`);
    }
    return value;
}
function nodeImage(value, input) {
    if (!value)
        return undefined;
    if (/\s/.test(value)) {
        throw new InputError(input, value, 'expected an image reference without spaces, e.g. kindest/node:v1.36.1');
    }
    return value;
}
/** The matrix leg; empty outside a matrix (and outside a runner). */
function jobIndex(value, input) {
    if (!value)
        return undefined;
    if (!/^\d+$/.test(value)) {
        throw new InputError(input, value, 'expected a whole number (leave it to its default, ${{ strategy.job-index }})');
    }
    return value;
}
/** `delete-cluster`: `auto` leaves the choice to the runner (see steps/cleanup.ts), or forced. */
function deleteCluster(value, input) {
    if (value === 'auto' || value === 'true' || value === 'false')
        return value;
    throw new InputError(input, value, 'expected auto (delete on self-hosted runners, keep on GitHub-hosted ones), true or false');
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
            duration(input, value, false);
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
        parse: (value, input) => duration(input, value, true),
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
function table(headers, rows) {
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
    return `${table(headers, shown)}${note}`;
}
/** The run's page for an uploaded artifact, from the runner's environment and the upload's id. */
function artifactUrl(env, id) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    if (!server || !repo || !run)
        return undefined;
    return `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${run}/artifacts/${id}`;
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
    const version = result.code === 0 ? parseKindVersionOutput(result.stdout) : undefined;
    if (version)
        return { found: true, version };
    const said = (result.stdout + result.stderr).trim().slice(0, 200);
    return { found: true, version: undefined, said: `exit ${result.code}: ${JSON.stringify(said)}` };
}
function isNotFound(error) {
    const cause = error instanceof Error ? error.cause : undefined;
    return cause?.code === 'ENOENT';
}

;// CONCATENATED MODULE: ./src/text/plural.ts
/**
 * `n` and a noun that agrees with it: `1 file`, `2 files`, `1,024 requests`. The plural is the
 * noun with an `s` unless given (`count(n, 'entry', 'entries')`). Numbers get thousands separators.
 */
function plural_count(n, one, many = `${one}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
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
function select_quoted(value, max = TARGET_MAX) {
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
function describe(entry, logDir) {
    if (entry.type === 'file')
        return 'a regular file';
    const what = entry.type === 'other' ? `${WHAT.other} (${select_quoted(entry.flag)})` : WHAT[entry.type];
    if (entry.type === 'symlink')
        return `${what} to ${select_quoted(entry.linkName)}`;
    // A hard link names another member of the archive.
    if (entry.type === 'hardlink')
        return `${what} to ${select_quoted(nodePath(entry.linkName, logDir))}`;
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
            : { action: 'refuse', name: '', what: describe(entry, logDir) };
    }
    if (!name.startsWith(`${folder}/`))
        return { action: 'ignore' };
    const base = name.slice(folder.length + 1);
    if (base.includes('/') || !pattern.test(base))
        return { action: 'ignore' };
    return entry.type === 'file'
        ? { action: 'collect', name: base }
        : { action: 'refuse', name: base, what: describe(entry, logDir) };
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
                ? `, the first: ${first.code} for ${select_quoted(first.user)} ${select_quoted(first.verb)} ${select_quoted(first.resource)}`
                : '') +
            '. See the job summary.');
    }
    if (summary.deniedTotal > 0) {
        findings.push(`${n(summary.deniedTotal)} request(s) were denied (403). See the job summary for who was denied what, and why.`);
        for (const row of summary.denied.slice(0, 3)) {
            findings.push(`Denied: ${select_quoted(row.user)} ${select_quoted(row.verb)} ${select_quoted(row.resource)}` +
                (row.namespace ? ` in ${select_quoted(row.namespace)}` : '') +
                (row.reason ? ` (${select_quoted(row.reason)})` : ''));
        }
    }
    for (const row of summary.deprecated.slice(0, 3)) {
        findings.push(`${select_quoted(row.user)} called the deprecated API ${select_quoted(row.api)} ${n(row.count)} time(s)` +
            (row.removedRelease ? `; it is removed in ${select_quoted(row.removedRelease)}` : '') +
            '.');
    }
    return findings.slice(0, MAX_FINDINGS);
}

;// CONCATENATED MODULE: ./src/text/bytes.ts
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

;// CONCATENATED MODULE: ./src/artifact/layout.ts
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
        `<details><summary>${count(t.files)} audit file(s), ${formatBytes(t.bytes)}</summary>`,
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
    const contents = `${code(FILE_NAMES.merged)} (every node's events, merged by time), ${code(FILE_NAMES.summaryJson)}, ${code(FILE_NAMES.summaryMd)}, ${code('baseline.tsv')}, the generated RBAC in ${code('rbac/')} when made, the policy and the kind config, and a folder per node with its raw files when kept`;
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
        formatBytes(n?.bytes ?? 0),
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
        table(headings, [cells]),
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
    return `### Most requests\n\n${table(headings, rows)}`;
}
const requestCells = (r) => [r.time, r.user, r.verb, r.resource, r.namespace, r.name].map(logText);
const REQUEST_HEADINGS = ['time', 'user', 'verb', 'resource', 'namespace', 'name'];
/** A folded section whose summary is a bold title. */
const fold = (title, body) => details(`<strong>${title}</strong>`, body);
function deniedSection(s, limit) {
    return fold(`Denied (403): ${count(s.deniedTotal)}`, cutTable([...REQUEST_HEADINGS, 'reason'], s.denied.map((r) => [...requestCells(r), logText(r.reason)]), limit, s.deniedTotal));
}
function serverErrorsSection(s, limit) {
    return fold(`Server errors (5xx): ${count(s.errors5xxTotal)}`, cutTable([...REQUEST_HEADINGS, figure('code'), 'message'], s.errors5xx.map((r) => [...requestCells(r), count(r.code), logText(r.message)]), limit, s.errors5xxTotal));
}
function slowestSection(s, limit) {
    const slowest = s.slowest[0];
    return fold(`Slowest requests${slowest ? `: ${ms(slowest.latencyMs)} the slowest` : ''}`, `${cutTable([...REQUEST_HEADINGS, figure('code'), figure('took')], s.slowest.map((r) => [
        ...requestCells(r),
        r.code || '—',
        `${ms(r.latencyMs)}${r.latencyFrom === 'annotation' ? ' ¹' : ''}`,
    ]), limit)}\n\nTime taken is \`stageTimestamp\` − \`requestReceivedTimestamp\`; ¹ marks kube-apiserver's own \`apiserver.latency.k8s.io/total\`, used where it wrote one. Long-running requests (watch, exec, attach, logs, port-forward, proxy) are left out.`);
}
function deprecatedSection(s, limit) {
    return fold(`Deprecated APIs called: ${count(s.deprecatedTotal)}`, cutTable(['user', 'API', 'removed in', figure('requests')], s.deprecated.map((d) => [
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
    return fold(`Who did what: ${count(s.whoDidWhatSubjects)} subjects besides Kubernetes' own components`, parts.join('\n\n'));
}
function allCounts(s, limit) {
    return fold('All counts: by verb, resource, user, namespace, response code and user agent', [
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
        sections.push(deniedSection(s, limit), serverErrorsSection(s, limit), slowestSection(s, limit), deprecatedSection(s, limit), fold('Requests over time', timelineSection(s.timeline, limit)), whoDidWhat(s, limit), ...(insights ? rbacSections(insights, limit) : []), allCounts(s, limit));
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
                time: timeOrderValue(key.time),
                auditID: key.auditID,
                rank: stageRank(key.stage),
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
            else if (request && isFinalStage(key.stage)) {
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/files/safe-fs.ts



/**
 * `mkdir -p` that always ends. Node's own `mkdir(…, { recursive: true })` never returns for a path
 * under /proc (it retries ENOENT forever), so each missing parent is made once, and a second
 * ENOENT is an error.
 */
async function safe_fs_makeDirs(dir, mode) {
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
    await safe_fs_makeDirs(external_node_path_default().dirname(dir), mode);
    await (0,promises_.mkdir)(dir, mode === undefined ? {} : { mode });
}
/**
 * Creates a new folder under `parent` named `name`, or `name.2`, `name.3`, … when that exists, and
 * returns its path. mkdir without `recursive` fails on an existing path, so the folder is this
 * caller's alone: two uses of one cluster name in a job never share (or overwrite) files.
 */
async function claimNewDir(parent, name) {
    await safe_fs_makeDirs(parent);
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
    await safe_fs_makeDirs(dir, 0o700);
    const info = await lstat(dir);
    const uid = process.getuid?.();
    if (uid !== undefined && info.uid !== uid) {
        throw new Error(`${dir} belongs to user ${info.uid}, not to you (${uid}): refusing to keep files in a folder another user controls`);
    }
    if ((info.mode & 0o077) !== 0)
        await chmod(dir, 0o700);
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
function requestOf(event) {
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
const QUOTE = 0x22;
const stage_peek_BACKSLASH = 0x5c;
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
        request: requestOf(event),
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
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
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
        if (isFinalStage(key.stage))
            counts.requests++;
    }
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
class splitter_LineSplitter {
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
    const splitter = new splitter_LineSplitter({
        line: (buf, start, end) => onLine(start === 0 && end === buf.length ? buf : buf.subarray(start, end)),
        oversized: () => onOversized(),
    }, maxLine);
    for await (const chunk of stream)
        splitter.push(chunk);
    splitter.end();
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

;// CONCATENATED MODULE: ./src/logs/lines/read.ts




/**
 * The longest line kept whole. kube-apiserver's own cap on one event is far below (100 KB when
 * truncation is on: `--audit-log-truncate-max-event-size`, k8s.io/apiserver
 * `pkg/server/options/audit.go`), so a longer line is damage or hostile: it is yielded cut to this
 * many bytes (it still counts as a line, and being no longer whole JSON no consumer takes it for an
 * event), the rest of it is dropped as it streams past, and `onProblem` says so. Memory per file
 * stays at most this plus one chunk.
 */
const read_MAX_LINE_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
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
    const max = options.maxLineBytes ?? read_MAX_LINE_BYTES;
    const report = (message) => options.onProblem?.(file, message);
    const raw = await openRegular(file);
    const gzip = file.endsWith('.gz');
    const input = gzip ? raw.pipe(createGunzip({ chunkSize: CHUNK_BYTES })) : raw;
    if (gzip)
        raw.on('error', (error) => input.destroy(error));
    // Lines found in a chunk wait here until the generator hands them on.
    let ready = [];
    const splitter = new LineSplitter({
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

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
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
const json_check_QUOTE = 0x22;
const json_check_BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const json_check_OPEN_BRACE = 0x7b;
const json_check_CLOSE_BRACE = 0x7d;
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
STRING_STOP[json_check_QUOTE] = 1;
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
function json_check_valueEnd(buf, at, end) {
    let i = at + 1;
    while (i < end) {
        const c = buf[i];
        // One look-up a byte, without a branch on what kind of byte it is: text such as base64 or
        // prose mixes capitals, digits and lower case, and a branch on those is mispredicted often.
        if (STRING_STOP[c] === 0) {
            i++;
            continue;
        }
        if (c === json_check_QUOTE)
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
        if (c === json_check_QUOTE)
            return i + 1;
        // An escape (a control byte cannot be in a string JSON.parse took): skip the byte after it.
        i++;
    }
    for (;;) {
        const quote = buf.indexOf(json_check_QUOTE, i);
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
        if (c === json_check_QUOTE) {
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
    if (buf[i] !== json_check_OPEN_BRACE)
        return JSON_CHECK.invalid;
    while (i < end) {
        const c = buf[i];
        if (c === json_check_QUOTE) {
            if (state === KEY || state === FIRST_KEY) {
                const next = repeated ? json_check_valueEnd(buf, i, end) : keyEnd(buf, i, end);
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
            const next = parsed ? parsedValueEnd(buf, i, end) : json_check_valueEnd(buf, i, end);
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
        else if (c === json_check_OPEN_BRACE || c === OPEN_BRACKET) {
            if (state !== VALUE && state !== FIRST_VALUE)
                return JSON_CHECK.invalid;
            if (depth >= stack.length) {
                containers = stack = grow(stack, depth);
                keysFrom = starts = grow(starts, depth);
            }
            stack[depth] = c === json_check_OPEN_BRACE ? IN_OBJECT : IN_ARRAY;
            starts[depth] = keys;
            depth++;
            state = c === json_check_OPEN_BRACE ? FIRST_KEY : FIRST_VALUE;
            i++;
        }
        else if (c === json_check_CLOSE_BRACE || c === CLOSE_BRACKET) {
            const container = c === json_check_CLOSE_BRACE ? IN_OBJECT : IN_ARRAY;
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
    constructor(maxLineBytes = stream_MAX_LINE_BYTES, onLine, rules = settings_BUILT_IN_RULES, parses) {
        this.maxLineBytes = maxLineBytes;
        this.onLine = onLine;
        this.rules = rules;
        this.parses = parses;
        this.#splitter = new splitter_LineSplitter(this, maxLineBytes);
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
        splitter = new splitter_LineSplitter(sink, stream_MAX_LINE_BYTES);
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
                    const cap = `the ${formatBytes(budget.cap)} cap on what the node's compressed files decompress to`;
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
var external_node_worker_threads_ = __webpack_require__(75919);
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
        const splitter = new splitter_LineSplitter({
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
    const rules = options.redact ? (options.rules ?? settings_BUILT_IN_RULES) : undefined;
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

;// CONCATENATED MODULE: ./src/logs/events/pending.ts



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
        if (isFinalStage(request.stage) || !request.auditID) {
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
        const parsed = parseLine(held);
        this.sink.settled(parsed.kind === 'event');
        if (parsed.kind === 'event')
            this.add(requestOf(parsed.event), node, seq);
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
            if (stageRank(next.stage) >= stageRank(waiting.stage)) {
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
        const parsed = parseLine(waiting.held);
        this.#release(waiting, parsed.kind === 'event');
        return parsed.kind === 'event' ? requestOf(parsed.event) : undefined;
    }
}

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

;// CONCATENATED MODULE: ./src/logs/summary/shape.ts
const MAX_BUCKETS = 60;

;// CONCATENATED MODULE: ./src/logs/summary/timeline.ts

const MINUTE = 60_000;
/** Distinct minutes held; a log that spans more (or a hostile time) counts the rest as unplaced. */
const MAX_MINUTES = 50_000;
const timeline_MAX_NODES = 64;
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
        if (!this.#nodes.has(node) && this.#nodes.size >= timeline_MAX_NODES) {
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
    pending: MAX_WAITING,
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
        const verb = fitKey(r.verb);
        const resource = fitKey(r.resource || r.path);
        const user = fitKey(r.user);
        const namespace = fitKey(r.namespace);
        const code = r.code === 0 ? '' : String(r.code);
        const time = fitKey(r.time);
        t.byVerb.add(verb || '(none)');
        t.byResource.add(resource || '(none)');
        t.byUser.add(user || '(none)');
        t.byNamespace.add(namespace || '(cluster)');
        t.byCode.add(code || '(none)');
        t.byUserAgent.add(r.userAgent || '(none)');
        t.byLevel.add(r.level || '(none)');
        const row = () => ({ time, user, verb, resource, namespace, name: fitKey(r.name) });
        if (code === '403')
            this.#denied.add(seq, () => ({ ...row(), reason: fitKey(r.reason) }));
        if (code.length === 3 && code.startsWith('5'))
            this.#errors.add(seq, () => ({ ...row(), code: r.code, message: fitKey(r.message) }));
        if (r.deprecatedApi)
            this.#deprecated.add(user, fitKey(r.deprecatedApi), fitKey(r.removedRelease), seq);
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
    #pending = new PendingRequests({
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
            const peek = peekStage(line);
            if (peek && !isFinalStage(peek.stage) && this.#pending.canHold(line.length)) {
                this.lines++;
                // A part's buffer outlives every line held from it (what is still held at the part's
                // end is copied out by the reader of the parts); any other caller's buffer may be read
                // into again, so the line is copied out of it here.
                const held = this.#finals ? line : Buffer.from(line);
                this.#pending.hold(peek.auditID, peek.stage, held, node, seq);
                return;
            }
        }
        this.#addParsed(parseLine(line), node, seq);
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
            this.#addRequest(requestOf(parsed.event), node, seq);
    }
    #addRequest(request, node, seq) {
        this.events++;
        const receivedHere = this.#pending.add(request, node, seq);
        // A request received in this part has no stage in an earlier one (stages come in order).
        if (this.#finals && !receivedHere && request.auditID && isFinalStage(request.stage))
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

;// CONCATENATED MODULE: ./src/insight/baseline/line.ts
/** How the file writes the scope of a request without a namespace. */
const CLUSTER_SCOPE = '-';
const line_ESCAPES = {
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
    return value.replace(/[\\\t\n\r]|\p{Cc}/gu, (c) => line_ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
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
function line_parseLine(line) {
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
        this.#folder = new NamespaceFolder(options.foldNamespaces ?? []);
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

;// CONCATENATED MODULE: ./src/policy/read-file.ts


/**
 * The most a policy may hold: kube-apiserver reads the file whole into memory, and no real policy
 * comes near it (kube-up's, with every comment, is under 10 KiB).
 */
const POLICY_SIZE_LIMIT = 1024 * 1024;
/** The limit as people read it, with the exact byte count for the careful. */
const POLICY_SIZE_LIMIT_TEXT = (/* unused pure expression or super */ null && (`1 MiB (${POLICY_SIZE_LIMIT} bytes)`));
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
        const parsed = line_parseLine(line);
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

;// CONCATENATED MODULE: ./src/insight/expect/match.ts

/**
 * Compiles a selector once, so each request costs a few string scans. `resource` matches resource
 * requests only, by kubectl's spelling (`pods` is not `pods/exec`, `secrets` is the core group's);
 * `path` matches non-resource requests only.
 */
function compileSelector(selector) {
    const globs = (values) => values?.map(compileGlob);
    const user = globs(selector.user);
    const groups = globs(selector.userGroup);
    const verb = globs(selector.verb);
    const resource = globs(selector.resource);
    const namespace = globs(selector.namespace);
    const name = globs(selector.name);
    const path = globs(selector.path);
    const codes = selector.code ? new Set(selector.code) : undefined;
    return (r) => (!user || anyMatches(user, r.user)) &&
        (!groups || r.groups.some((g) => anyMatches(groups, g))) &&
        (!verb || anyMatches(verb, r.verb)) &&
        (!resource || (r.resource !== '' && anyMatches(resource, r.resource))) &&
        (!path || (r.resource === '' && anyMatches(path, r.path))) &&
        (!namespace || anyMatches(namespace, r.namespace)) &&
        (!name || anyMatches(name, r.name)) &&
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
    #pending = new PendingRequests({
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
        this.#rbacFolder = globs.length > 0 ? new NamespaceFolder(globs) : undefined;
    }
    /** One event of the log, for a reader without a summary: its request is counted here. */
    addEvent(event) {
        this.#pending.add(requestOf(event), '', this.#seq++);
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
const grants_str = (v) => (typeof v === 'string' ? v : '');
const items = (list) => {
    const found = obj(list).items;
    return Array.isArray(found) ? found.map(obj) : [];
};
const grants_strings = (v) => Array.isArray(v) ? v.filter((s) => typeof s === 'string') : undefined;
/** A rule as read from the cluster: only its string lists, nothing else trusted. */
function ruleOf(value) {
    const r = obj(value);
    const verbs = grants_strings(r.verbs) ?? [];
    if (verbs.length === 0)
        return undefined;
    const rule = { verbs };
    for (const key of ['apiGroups', 'resources', 'resourceNames', 'nonResourceURLs']) {
        const list = grants_strings(r[key]);
        if (list && list.length > 0)
            rule[key] = list;
    }
    return rule.resources || rule.nonResourceURLs ? rule : undefined;
}
const rulesOf = (role) => (Array.isArray(role.rules) ? role.rules : []).flatMap((r) => ruleOf(r) ?? []);
/** Whether a binding's subject is this user: a User by name, a ServiceAccount by its user name. */
function names(subject, bindingNamespace, user) {
    const kind = grants_str(subject.kind);
    if (kind === 'User')
        return grants_str(subject.name) === user;
    if (kind === 'ServiceAccount') {
        const namespace = grants_str(subject.namespace) || bindingNamespace;
        return `system:serviceaccount:${namespace}:${grants_str(subject.name)}` === user;
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
    const clusterRoles = new Map(items(lists.clusterRoles).map((r) => [grants_str(obj(r.metadata).name), rulesOf(r)]));
    const roles = new Map(items(lists.roles).map((r) => [
        `${grants_str(obj(r.metadata).namespace)}/${grants_str(obj(r.metadata).name)}`,
        rulesOf(r),
    ]));
    const grants = [];
    const bound = (binding, namespace) => (Array.isArray(binding.subjects) ? binding.subjects : []).some((s) => names(obj(s), namespace, user));
    for (const binding of items(lists.clusterRoleBindings)) {
        const ref = obj(binding.roleRef);
        if (grants_str(ref.kind) !== 'ClusterRole' || !bound(binding, ''))
            continue;
        grants.push({ namespace: '', rules: clusterRoles.get(grants_str(ref.name)) ?? [] });
    }
    for (const binding of items(lists.roleBindings)) {
        const namespace = grants_str(obj(binding.metadata).namespace);
        if (!namespace || !bound(binding, namespace))
            continue;
        const ref = obj(binding.roleRef);
        const rules = grants_str(ref.kind) === 'ClusterRole'
            ? clusterRoles.get(grants_str(ref.name))
            : grants_str(ref.kind) === 'Role'
                ? roles.get(`${namespace}/${grants_str(ref.name)}`)
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
const labels_MAX_VALUE = 63;
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
    if (plain !== '' && plain.length <= labels_MAX_VALUE)
        return plain;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(subject).digest('hex').slice(0, 8);
    const cut = plain.slice(0, labels_MAX_VALUE - hash.length - 1).replace(/-+$/, '');
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
        ? parseExpectations(await (0,promises_.readFile)(settings.expectPath, 'utf8'), settings.expectPath, {
            fromFile: true,
        })
        : [];
    const subjects = settings.rbacFor.map(compileGlob);
    const folds = parseFoldGlobs(settings.foldNamespaces);
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
        await safe_fs_makeDirs(external_node_path_default().join(outDir, INSIGHT_FILES.rbacDir));
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
        [state.policyPath, FILE_NAMES.policy],
        [state.kindConfigPath, FILE_NAMES.kindConfig],
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
    const rules = settings_RedactionRules.compile(joinSettings(state.redaction, options.redaction));
    await safe_fs_makeDirs(outDir);
    await copyInputs(state, outDir);
    const summarizer = new Summarizer();
    const prepared = await insightPassOrNone(log, state);
    const nodes = [];
    for (const node of collected.nodes) {
        if (node.files.length === 0)
            continue;
        const rawDir = options.rawFiles ? external_node_path_default().join(outDir, node.node) : undefined;
        if (rawDir)
            await safe_fs_makeDirs(rawDir);
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
    const pass = await passOverNodes(nodes, external_node_path_default().join(outDir, FILE_NAMES.merged), 
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
    await (0,promises_.writeFile)(external_node_path_default().join(outDir, FILE_NAMES.summaryJson), `${JSON.stringify(insightSummaryJson(summary, insights), null, 2)}\n`);
    await (0,promises_.writeFile)(external_node_path_default().join(outDir, FILE_NAMES.summaryMd), renderSummary(summary, {
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
    const named = files.map((f) => `${f.node}/${external_node_path_default().basename(f.path)} (${plural_count(f.bytes, 'byte')}, no audit event)`);
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
        errors.push(`Expectation ${quote(v.name)} is violated by ${plural_count(v.matched, 'request')}` +
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
        warnings.push(`baseline.tsv was cut at ${plural_count(insights.baselineLines, 'line')}; ${plural_count(insights.baselineDropped, 'more was', 'more were')} left out.`);
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
async function cluster_deleteCluster(run, name) {
    await exec_runChecked(run, 'kind', ['delete', 'cluster', '--name', name], {
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
    await exec_runChecked(run, 'kind', exportLogsArgs(name, dir), {
        timeoutMs: EXPORT_LOGS_TIMEOUT_MS,
    });
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
        await cluster_deleteCluster(run, clusterName);
        log.info(`Deleted cluster "${clusterName}" (delete-cluster).`);
    }
    catch (error) {
        log.warning(`Could not delete cluster "${clusterName}"; delete it with 'kind delete cluster --name ${clusterName}': ${error instanceof Error ? error.message : String(error)}`, { title: 'kind-audit' });
    }
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

;// CONCATENATED MODULE: ./src/logs/find/file-names.ts

function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Matches the audit log and its rotated siblings: `<stem><ext>` and
 * `<stem>-<UTC YYYY-MM-DDTHH-MM-SS.mmm><ext>`, each optionally `.gz`: kube-apiserver rotates its
 * log with lumberjack v2 (`backupTimeFormat` and `compressLogFile` in lumberjack's `lumberjack.go`).
 */
function auditFilePattern(logPath) {
    const ext = external_node_path_default().posix.extname(logPath);
    const stem = escapeRegExp(external_node_path_default().posix.basename(logPath, ext));
    return new RegExp(`^${stem}(-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3})?${escapeRegExp(ext)}(\\.gz)?$`);
}
/** Current file last, rotated files oldest first: the order in which their events were written. */
function byWriteOrder(names) {
    const rotated = (n) => /-\d{4}-\d{2}-\d{2}T/.test(n);
    return [...names].sort((a, b) => Number(rotated(b)) - Number(rotated(a)) || a.localeCompare(b));
}

;// CONCATENATED MODULE: ./src/collect/from-node.ts










/** Why the copy did not reach the archive's end, in a user's words; undefined when it did. */
function stopWarning(node, logDir, extracted, exit, maxBytes) {
    const cut = extracted.files.find((f) => !f.complete);
    const at = cut
        ? ` inside ${logDir}/${cut.name}: its first ${cut.bytes} bytes were kept`
        : extracted.inside
            ? ` inside ${select_quoted(nodePath(extracted.inside.name, logDir))}`
            : '';
    const rest = 'audit files after that point were not collected.';
    if (extracted.capped) {
        return `${node}: stopped reading ${logDir} at the ${formatBytes(maxBytes)} per-node cap${at}; ${rest}`;
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
    const pattern = auditFilePattern(logPath);
    const maxBytes = options.maxBytes ?? NODE_READ_CAP;
    // The folder the files go to must be a real folder: a link there would redirect every write.
    await safe_fs_makeDirs(destDir);
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
        for (const name of byWriteOrder([...bytes.keys()])) {
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
async function nodes_listNodes(run, cluster, role) {
    const { stdout } = await exec_runChecked(run, 'docker', listNodesArgs(cluster, role));
    return parseNodeList(stdout);
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
        const folder = path.join(root, node);
        await mkdir(folder, { mode: 0o755 });
        // 'wx': created here, never opened through something already there.
        await writeFile(path.join(folder, path.posix.basename(logPath)), '', {
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
    const pattern = auditFilePattern(logPath);
    const warnings = [];
    const info = await (0,promises_.lstat)(folder);
    if (!info.isDirectory()) {
        return {
            files: [],
            warnings: [`${node}: ${folder} is no longer a folder: nothing in it was collected.`],
        };
    }
    await safe_fs_makeDirs(destDir);
    const staging = await (0,promises_.mkdtemp)(external_node_path_default().join(destDir, '.collect-'));
    const files = [];
    let budget = maxBytes;
    try {
        const names = byWriteOrder((await (0,promises_.readdir)(folder)).filter((n) => pattern.test(n)));
        for (const name of names) {
            const where = `${node}: ${select_quoted(external_node_path_default().join(folder, name))}`;
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
                    warnings.push(`${where} was not collected: the ${formatBytes(maxBytes)} per-node cap was reached.`);
                    continue;
                }
                // 0600: the collected files are the runner's alone.
                const copied = await copyOpenFile(source, external_node_path_default().join(staging, name), budget, 0o600);
                budget -= copied;
                if (copied < stat.size && budget <= 0)
                    warnings.push(`${where}: stopped at the ${formatBytes(maxBytes)} per-node cap; its first ${copied} bytes were kept.`);
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
    await safe_fs_makeDirs(outDir);
    let containers = [];
    try {
        containers = await nodes_listNodes(run, state.clusterName);
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
const KIND_LOGS_DIR = FILE_NAMES.kindLogs;
const message = (error) => (error instanceof Error ? error.message : String(error));
/**
 * Copies the regular files under `from` into `to`, leaving out the audit files (named as the
 * audit log is, rotated and compressed ones too): they are in the artifact already, redacted.
 * Links and other special files from the nodes are skipped: a node's files are not trusted.
 */
async function copyWithoutAuditFiles(from, to, auditName) {
    const stem = auditName.replace(/\.log$/, '');
    const copied = [];
    await safe_fs_makeDirs(to);
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
        log.info(`Added ${plural_count(files.length, 'file')} of 'kind export logs' to ${KIND_LOGS_DIR}/ (not redacted).`);
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
        await safe_fs_makeDirs(dir);
        const saved = await saveApiServerLog(stream, node, dir);
        files.push(saved.file);
        if (saved.problem)
            log.warning(saved.problem, { title: 'kind-audit' });
        log.info(`${node}: the API server's log, ${plural_count(saved.bytes, 'byte')}${saved.truncated ? ' (cut)' : ''}`);
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
            const nodes = (await nodes_listNodes(run, state.clusterName, 'control-plane')).map((n) => n.name);
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
                const files = node.files.map((f) => `${external_node_path_default().basename(f.path)} (${plural_count(f.bytes, 'byte')})`);
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
            const files = node.files.map((f) => `${external_node_path_default().basename(f.path)} (${plural_count(f.events, 'event')})`);
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
        log.info(`Collected ${plural_count(t.files, 'audit file')}, ${plural_count(t.bytes, 'byte')}, ${plural_count(t.events, 'event')} from ${plural_count(report.nodes.length, 'node')}; ${plural_count(artifact.merge.events, 'event')} merged into audit.jsonl.`);
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

;// CONCATENATED MODULE: ./src/action/logger.ts

function properties(where) {
    return {
        ...(where?.title ? { title: where.title } : {}),
        ...(where?.file ? { file: where.file } : {}),
        ...(where?.line ? { startLine: where.line } : {}),
    };
}
/** The logger the action uses: log groups, debug lines and annotations of the runner. */
const coreLogger = {
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    notice: (message, where) => core.notice(message, properties(where)),
    warning: (message, where) => core.warning(message, properties(where)),
    error: (message, where) => core.error(message, properties(where)),
    group: (name, fn) => core.group(name, fn),
};

;// CONCATENATED MODULE: ./src/action/post.ts










const TITLE = 'kind-audit';
function post_message(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * The post step: the shared post routine, with uploads as the artifact and the summary as the job
 * summary. It fails the job only for what the routine returns as errors, reported once; anything
 * that breaks on the way is a warning, so post never hides main's own outcome.
 */
async function runPost(passThread) {
    try {
        const state = parseState(core.getState(STATE_KEY), CARRIED);
        if (!state?.clusterCreateStarted) {
            core.notice('kind-audit created no cluster in this job: there are no audit logs to collect.', { title: TITLE });
            return;
        }
        const { artifact } = state;
        if (!artifact)
            throw new Error("saved state has no valid 'artifact' (main saves it)");
        const result = await finishRun(debugRunner(run, coreLogger), debugStreamRunner(streamCommand, coreLogger), coreLogger, state, {
            outDir: external_node_path_default().join(state.dir, 'artifact'),
            redact: artifact.redact,
            rawFiles: artifact.rawFiles,
            passThread,
            publish: (files, root) => publish(artifact, files, root),
        });
        if (artifact.jobSummary)
            await writeJobSummary(result.markdown);
        const failure = failureMessage(result.lostLogs, result.gateErrors);
        if (failure)
            core.setFailed(failure);
    }
    catch (error) {
        core.warning(`Collecting audit logs failed: ${post_message(error)}`, { title: TITLE });
    }
}
/**
 * The step's one failure message: every lost log in full, and the failed gates counted, since
 * each of the first few was an annotation of its own already (the rest are in the job summary).
 */
function failureMessage(lostLogs, gateErrors) {
    const lines = [...lostLogs];
    if (gateErrors.length > 0)
        lines.push(`${gateErrors.length} ${gateErrors.length === 1 ? 'expectation or drift check' : 'expectation or drift checks'} failed: see the annotations above and the job summary.`);
    return lines.length > 0 ? lines.join('\n') : undefined;
}
/** The job summary is a courtesy: failing to write it must not stop the step's verdict. */
async function writeJobSummary(markdown) {
    try {
        await core.summary.addRaw(markdown).write();
    }
    catch (error) {
        core.warning(`Could not write the job summary: ${post_message(error)}`, { title: TITLE });
    }
}
async function publish(artifact, files, root) {
    const { name } = artifact;
    const notUploaded = (reason) => ({
        kind: 'not-uploaded',
        name,
        reason,
        dir: root,
    });
    if (!artifact.upload)
        return notUploaded(`the '${INPUT.upload}' input is false`);
    if (files.length === 0)
        return notUploaded('there was nothing to upload');
    try {
        const result = await uploadArtifact(name, files, root, artifact);
        core.info(`Uploaded artifact "${name}" (id ${result.id}, ${result.size} bytes).`);
        const url = result.id === undefined ? undefined : artifactUrl(process.env, result.id);
        return { kind: 'artifact', name, id: result.id, url };
    }
    catch (error) {
        const reason = error instanceof ArtifactExistsError
            ? `${error.message}. Give each use of kind-audit its own name with the '${INPUT.artifactName}' input ` +
                `(e.g. ${INPUT.artifactName}: audit-\${{ github.job }}-\${{ strategy.job-index }}), or set '${INPUT.overwrite}: true' to replace it`
            : post_message(error);
        core.warning(reason, { title: TITLE });
        return notUploaded(reason);
    }
}


/***/ })

};
