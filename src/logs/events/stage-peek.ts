/**
 * The few bytes that decide whether a line needs a full parse for the summary. kube-apiserver
 * writes each event with Go's encoding/json, fields in a fixed order, so a line it wrote starts
 * `{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"…","auditID":"…","stage":"…",` — and a
 * request's early stage (RequestReceived, ResponseStarted) says nothing the summary keeps once the
 * request's final stage arrives. Reading those three values off the front is enough to set the
 * line aside unparsed; it is parsed only if its final stage never comes.
 */
export interface StagePeek {
  /** Read from the line when asked for: a final stage's caller never needs it. */
  readonly auditID: string;
  readonly stage: string;
}

/** The stages kube-apiserver writes, as bytes: matched in place, without decoding the line. */
const STAGE_NAMES = ['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic'].map(
  (name) => ({ name, bytes: Buffer.from(name) }),
);

/** The stage spelled by `line[start, end)`: one of the known names when it is one. */
function stageAt(line: Buffer, start: number, end: number): string {
  for (const { name, bytes } of STAGE_NAMES)
    if (bytes.length === end - start && holds(line, bytes, start)) return name;
  return line.toString('utf8', start, end);
}

class Peeked implements StagePeek {
  constructor(
    private readonly line: Buffer,
    private readonly idStart: number,
    private readonly idEnd: number,
    readonly stage: string,
  ) {}

  get auditID(): string {
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
function holds(line: Buffer, part: Buffer, at: number): boolean {
  if (at + part.length > line.length) return false;
  for (let i = 0; i < part.length; i++) if (line[at + i] !== part[i]) return false;
  return true;
}

/** The end (closing quote) of a plain string value starting at `start`; -1 if escaped or long. */
function valueEnd(line: Buffer, start: number): number {
  const limit = Math.min(line.length, start + MAX_VALUE);
  for (let i = start; i < limit; i++) {
    const c = line[i];
    if (c === QUOTE) return i;
    if (c === BACKSLASH) return -1;
  }
  return -1;
}

/**
 * auditID and stage of a line laid out as kube-apiserver writes events, read off its front;
 * `undefined` for any other line (which then takes the full parse). Only the front is read: the
 * caller relies on this only for a line whose request's final stage follows, which a cut-off
 * line (only ever a file's last, when the API server died mid-write) never has.
 */
export function peekStage(line: Buffer): StagePeek | undefined {
  if (line[line.length - 1] !== CLOSE_BRACE || !holds(line, PREFIX, 0)) return undefined;
  const levelEnd = valueEnd(line, PREFIX.length);
  if (levelEnd === -1 || !holds(line, AUDIT_ID, levelEnd + 1)) return undefined;
  const idStart = levelEnd + 1 + AUDIT_ID.length;
  const idEnd = valueEnd(line, idStart);
  if (idEnd === -1 || !holds(line, STAGE, idEnd + 1)) return undefined;
  const stageStart = idEnd + 1 + STAGE.length;
  const stageEnd = valueEnd(line, stageStart);
  if (stageEnd === -1 || line[stageEnd + 1] !== 0x2c) return undefined;
  return new Peeked(line, idStart, idEnd, stageAt(line, stageStart, stageEnd));
}

/**
 * The `stageTimestamp` of a line in kube-apiserver's layout, read off its tail: Go writes it after
 * the request and response bodies, followed only by `annotations` (whose keys and values are
 * strings, so they cannot hold the bytes searched for unescaped) or the line's end. `undefined`
 * when the tail is not laid out so.
 */
function tailTime(line: Buffer): string | undefined {
  const at = line.lastIndexOf(STAGE_TIMESTAMP);
  if (at === -1) return undefined;
  const start = at + STAGE_TIMESTAMP.length;
  const end = valueEnd(line, start);
  if (end === -1) return undefined;
  const closes = end + 2 === line.length && line[end + 1] === CLOSE_BRACE;
  if (!closes && !holds(line, ANNOTATIONS, end + 1)) return undefined;
  return line.toString('utf8', start, end);
}

/** The merge's order key of an early stage, read off the line without parsing it. */
export interface EarlyStageKey {
  time: string;
  auditID: string;
  stage: string;
}

/**
 * The order key of a line that is an early stage of a request (RequestReceived, ResponseStarted)
 * in kube-apiserver's layout, read off its front and tail; `undefined` for any other line, which
 * the caller parses. The merge relies on it, unparsed, only once its request's final stage has
 * been read and parsed (src/logs/pass/reorder-window.ts); until then it is parsed before it is written.
 */
export function peekEarlyStage(line: Buffer): EarlyStageKey | undefined {
  const peek = peekStage(line);
  if (!peek || (peek.stage !== 'RequestReceived' && peek.stage !== 'ResponseStarted'))
    return undefined;
  const time = tailTime(line);
  return time === undefined ? undefined : { time, auditID: peek.auditID, stage: peek.stage };
}
