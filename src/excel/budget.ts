/**
 * The byte budget of one Office.js request. Excel on the web refuses a request or a response over
 * 5 MB (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded); every request this
 * adapter sends is planned to stay under BUDGET_BYTES, counted as the UTF-8 bytes of the JSON that
 * Microsoft's client library builds (its actions, object paths and arguments).
 *
 * The estimate is conservative: a command costs COMMAND_BYTES beyond the JSON of its value, an
 * object it addresses (a range, its format, a font, …) OBJECT_BYTES. Both are above what the client
 * library actually writes for ids of up to seven digits (test/addin/office-js measures it).
 */

/** What one request may hold: below Excel on the web's 5 MB with a fifth to spare. */
export const BUDGET_BYTES = 4_000_000;

/** One action beyond its value: {"Id":…,"ActionType":4,"Name":"…","ObjectPathId":…,"ArgumentInfo":{"Arguments":[…]},"L":[…]}. */
export const COMMAND_BYTES = 160;

/** One object path and the action that instantiates it: "…":{"Id":…,"ObjectPathType":3,"Name":"GetRange","ParentObjectPathId":…,…}. */
export const OBJECT_BYTES = 200;

/** What a response of a query costs beyond its values (its action id and property names). */
export const RESULT_BYTES = 120;

/** UTF-8 bytes of a string (what goes over the wire). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of a value's JSON. */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : utf8Bytes(JSON.stringify(value));
}

/**
 * The cost of commands as they are queued: `cost.set(v)` is written where a property is set to v,
 * `cost.call(...args)` where a method is called, `cost.object()` where a new object is addressed.
 */
export class Cost {
  bytes = 0;

  set<T>(value: T): T {
    this.bytes += COMMAND_BYTES + jsonBytes(value);
    return value;
  }

  call(...args: unknown[]): void {
    this.bytes += COMMAND_BYTES + jsonBytes(args);
  }

  object<T>(object: T, ...args: unknown[]): T {
    this.bytes += OBJECT_BYTES + (args.length > 0 ? jsonBytes(args) : 0);
    return object;
  }

  /** `count` objects addressed on the way to a member (range.format.font: two). */
  paths(count: number): void {
    this.bytes += count * OBJECT_BYTES;
  }

  add(bytes: number): void {
    this.bytes += bytes;
  }
}

/**
 * The commands queued since the last sync, by estimated bytes. `room(n)` syncs first when n more
 * bytes would not fit; a unit of work larger than the whole budget goes alone into its request.
 */
export class RequestBatch {
  pending = 0;
  /** The largest estimate a sync was made with. */
  largest = 0;

  constructor(
    private readonly flush: () => Promise<void>,
    readonly limit: number = BUDGET_BYTES,
  ) {}

  async room(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.limit) await this.sync();
  }

  add(bytes: number): void {
    this.pending += bytes;
  }

  async sync(): Promise<void> {
    this.largest = Math.max(this.largest, this.pending);
    await this.flush();
    this.pending = 0;
  }
}
