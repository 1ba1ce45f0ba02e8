import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
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
class summarizer_Summarizer {
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
    #summarizer = new Summarizer();
    read(index, node, bytes) {
        const end = summarizePart(this.#summarizer, index, node, bytes);
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
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (!port)
        return;
    const summarizer = new summarizer_Summarizer();
    port.on('message', (message) => {
        if (message.kind === 'finish') {
            port.postMessage({ kind: 'state', state: summarizer.toState() });
            return;
        }
        const bytes = Buffer.from(message.memory, 0, message.length);
        const end = part_summarizePart(summarizer, message.index, message.node, bytes);
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
                worker: new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 4 } }),
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

;// CONCATENATED MODULE: ./src/summary-thread.ts

// The script of the summary's worker threads: small, so that a thread starts fast and light.
serveSummaryThread();

