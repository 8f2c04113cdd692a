/**
 * A strict fake of the part of the Excel JavaScript API that src/excel uses: a workbook model
 * (sheets, cells, formats, merges, tables, names, validation, conditional formats, PivotTables,
 * protection) behind objects that queue commands and run them at context.sync(), as Office.js does,
 * and that refuse what Excel refuses:
 *   - a loaded property can be read only after load() and a sync (PropertyNotLoaded), and a member
 *     this fake does not know throws at once (the objects are Proxies), so a typo cannot pass;
 *   - commands run in order at sync; the first that fails stops the batch, the ones before it stay
 *     applied (Excel does not roll a batch back), and the sync rejects with an Office-like error;
 *   - a 2-D array must match the range's rows and columns; locked cells, formats, merges, tables,
 *     validation and PivotTables cannot be changed on a protected sheet; a refresh of a PivotTable on
 *     a protected sheet needs allowPivotTables;
 *   - a VeryHidden sheet cannot be deleted, nor the last visible sheet deleted or hidden; sheet names
 *     are at most 31 characters without []:*?/\ and unique regardless of case; table and defined
 *     names are unique in the workbook; a table cannot cover merged cells or another table; a
 *     PivotTable needs an existing source and fields of its header row;
 *   - a request whose JSON (estimated per command, the way Office.js serializes it) is over 5 MB is
 *     refused whole, and so is a response over 5 MB (RequestPayloadSizeLimitExceeded /
 *     ResponsePayloadSizeLimitExceeded), as Excel on the web does;
 *   - renaming a sheet or table rewrites the formulas that refer to it, deleting one turns them into
 *     #REF!, so a replace that deletes what other sheets point to shows;
 *   - writes through the API fire onChanged (source Local) like a user's edit, unless
 *     context.runtime.enableEvents is false.
 * Every command is also recorded in `calls` (path and value) for tests that look at what was sent.
 */
/* eslint-disable @typescript-eslint/no-this-alias -- setters in object literals reach the fake by a name */
import { columnIndex, columnLetter, parseAddress } from '../../src/domain/grid.js';

export interface Call {
  /** "任务清单!A1:B2 format.font.bold" style path of the object and member. */
  path: string;
  value?: unknown;
  args?: unknown[];
}

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  /** The written text had a leading apostrophe. */
  prefixed?: boolean;
}

export interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface FakeTable {
  id: string;
  name: string;
  sheet: FakeSheet;
  box: Box;
  style: string;
  showFilterButton: boolean;
  headers: string[];
}

export interface FakePivot {
  name: string;
  sheet: FakeSheet;
  source: string;
  fields: string[];
  anchor: string;
  rows: string[];
  columns: string[];
  data: { field: string; summarizeBy: string }[];
  filters: string[];
  refreshes: number;
}

export interface FakeChartSeries {
  name: string;
  /** The values' range, "按单位汇总!D4:D88"; '' until setValues when added by series.add. */
  values: string;
  xValues: string;
  color: string;
  /** format.line.color (a line chart's stroke); absent until set. */
  lineColor?: string;
}

export interface FakeChart {
  name: string;
  sheet: FakeSheet;
  type: string;
  title: string;
  legend: string;
  series: FakeChartSeries[];
  /** The cells it covers once setPosition ran: "A92:L129". */
  position: string;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** "r,c" (0-based) → cell. */
  cells: Map<string, FakeCell>;
  merges: string[];
  tables: FakeTable[];
  pivots: FakePivot[];
  /** Charts drawn on the sheet: they go with it when it is deleted. */
  charts: FakeChart[];
  protection: { options: Record<string, unknown>; password?: string } | null;
  /** Format settings in the order they were made: "A:A" "format.columnWidth" 35.25. */
  formats: { address: string; key: string; value: unknown }[];
  /** format.protection.locked settings in order; a cell is locked unless the last one covering it says false. */
  locks: { box: Box; locked: boolean }[];
  validations: { address: string; settings: Record<string, unknown> }[];
  conditionalFormats: { address: string; type: string; settings: Record<string, unknown> }[];
  freeze: { rows: number; columns: number } | null;
  tabColor: string;
  pageLayout: Record<string, unknown>;
  listeners: ((event: unknown) => unknown)[];
}

export interface FakeName {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface FakeOptions {
  /** Record every command in `calls` (off for very large workbooks). Default true. */
  record?: boolean;
  /** Request and response limit in bytes; 5,000,000 as Excel on the web. */
  payloadLimit?: number;
}

/** An error as OfficeExtension.Error carries it. */
export class FakeExcelError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    location?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation: location };
  }
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const PROTECTION_OPTIONS = new Set([
  'allowAutoFilter',
  'allowDeleteColumns',
  'allowDeleteRows',
  'allowEditObjects',
  'allowEditScenarios',
  'allowFormatCells',
  'allowFormatColumns',
  'allowFormatRows',
  'allowInsertColumns',
  'allowInsertHyperlinks',
  'allowInsertRows',
  'allowPivotTables',
  'allowSort',
  'selectionMode',
]);

/** What Excel stores when a value is typed into a cell. */
export function typed(entry: string | number | boolean): FakeCell {
  if (typeof entry !== 'string') return { value: entry };
  if (entry.startsWith("'")) return { value: entry.slice(1), prefixed: true };
  if (/^[=+-]/.test(entry) && !NUMBER.test(entry)) return { value: 0, formula: canonical(entry.startsWith('=') ? entry : `=${entry}`) };
  if (NUMBER.test(entry)) return { value: Number(entry) };
  if (ISO.test(entry)) return { value: (Date.UTC(+entry.slice(0, 4), +entry.slice(5, 7) - 1, +entry.slice(8)) - Date.UTC(1899, 11, 30)) / 86_400_000 };
  return { value: entry };
}

/** "Sheet!$A$1:B2", "A:C", "3:5" → 0-based box; a sheet name in front is ignored. */
export function box(address: string): Box {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [from, to = from] = local.split(':');
  if (/^[A-Z]+$/i.test(from) && /^[A-Z]+$/i.test(to)) return { r0: 0, r1: MAX_ROW, c0: columnIndex(from), c1: columnIndex(to) };
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) return { r0: Number(from) - 1, r1: Number(to) - 1, c0: 0, c1: MAX_COL };
  const a = parseAddress(from);
  const b = parseAddress(to);
  return { r0: Math.min(a.row0, b.row0), c0: Math.min(a.col0, b.col0), r1: Math.max(a.row0, b.row0), c1: Math.max(a.col0, b.col0) };
}

export function boxAddress(b: Box): string {
  if (b.r0 === 0 && b.r1 === MAX_ROW) return `${columnLetter(b.c0)}:${columnLetter(b.c1)}`;
  if (b.c0 === 0 && b.c1 === MAX_COL) return `${b.r0 + 1}:${b.r1 + 1}`;
  const from = `${columnLetter(b.c0)}${b.r0 + 1}`;
  const to = `${columnLetter(b.c1)}${b.r1 + 1}`;
  return from === to ? from : `${from}:${to}`;
}

function overlaps(a: Box, b: Box): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

function intersection(a: Box, b: Box): Box | null {
  if (!overlaps(a, b)) return null;
  return { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
}

function cells(b: Box): number {
  return (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);
}

function bytes(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), 'utf8');
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A sheet name as a formula writes it: quoted when it has anything but letters, digits, _ and . */
function sheetRef(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Z]{1,3}\d+$/i.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A formula with references to sheet `from` pointed at `to` (null: the sheet is gone, #REF!). */
export function renameSheetIn(formula: string, from: string, to: string | null): string {
  const quoted = `'${escapeRegExp(from.replace(/'/g, "''"))}'`;
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}_.'!\\]])(${quoted}|${escapeRegExp(from)})!`, 'giu');
  return formula.replace(pattern, (_, before: string) => `${before}${to === null ? '#REF' : sheetRef(to)}!`);
}

/** A formula as Excel keeps it: sheet names quoted only where they must be ('任务清单'!A1 → 任务清单!A1). */
export function canonical(formula: string): string {
  return formula.replace(/'((?:[^']|'')+)'!/g, (whole, quoted: string) => {
    const name = quoted.replace(/''/g, "'");
    return sheetRef(name).startsWith("'") ? whole : `${name}!`;
  });
}

/** A formula with structured references to table `from` pointed at `to` (null: #REF!). */
export function renameTableIn(formula: string, from: string, to: string | null): string {
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}_.])${escapeRegExp(from)}\\[`, 'giu');
  return formula.replace(pattern, (_, before: string) => `${before}${to === null ? '#REF!' : to}[`);
}

/** A sheet name Excel accepts. */
function sheetNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string' || name.trim() === '') return 'The sheet name is blank.';
  if (name.length > 31) return `The sheet name "${name}" is longer than 31 characters.`;
  if (/[[\]:*?/\\]/.test(name)) return `The sheet name "${name}" contains one of [ ] : * ? / \\.`;
  if (name.startsWith("'") || name.endsWith("'")) return `The sheet name "${name}" begins or ends with an apostrophe.`;
  if (name.toLowerCase() === 'history') return 'History is a reserved sheet name.';
  return undefined;
}

/** A table or defined name Excel accepts. */
function definedNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string' || name.length === 0 || name.length > 255) return `"${String(name)}" is not a valid name.`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return `"${name}" is not a valid name.`;
  if (/^[A-Z]{1,3}\d+$/i.test(name) || /^R\d*C\d*$/i.test(name) || /^[RC]$/i.test(name)) return `"${name}" looks like a cell reference.`;
  return undefined;
}

/** The internal state behind each fake object (a Proxy). */
interface Node {
  label: string;
  parent?: Node;
  /** The request number this object's path was last counted in. */
  counted: number;
  /** Bytes of its object path (name and arguments). */
  pathBytes: number;
  loaded: Map<string, unknown>;
  /** Resolves the model object at execution; memoized where Office.js would keep the reference. */
  target: () => unknown;
}

type Loader = (node: Node) => Record<string, () => unknown>;

interface Command {
  bytes: number;
  run: () => void;
  /** Range writes whose onChanged event fires after the sync. */
  changed?: () => { sheet: FakeSheet; address: string } | undefined;
}

const NULL = Symbol('null object');

/** Navigation properties are made once per object, as Office.js keeps them. */
function navigation(): <T>(key: string, make: () => T) => T {
  const made = new Map<string, unknown>();
  return <T>(key: string, make: () => T): T => {
    if (!made.has(key)) made.set(key, make());
    return made.get(key) as T;
  };
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, FakeName>();
  readonly calls: Call[] = [];
  /** The UTF-8 bytes of each request and response, in the order of the syncs. */
  readonly requests: { request: number; response: number; commands: number }[] = [];
  syncs = 0;
  enableEvents = true;
  activeSheet = '';
  private nextId = 1;
  private tableCount = 0;
  private queue: Command[] = [];
  private publish: (() => void)[] = [];
  private responseBytes = 0;
  private request = 1;
  private failures: { sync: number; command: number | 'middle' | 'last'; message: string }[] = [];
  private readonly nodes = new WeakMap<object, Node>();
  private workbookListeners: ((event: unknown) => unknown)[] = [];
  private inflight: Promise<unknown>[] = [];
  private readonly record: boolean;
  readonly payloadLimit: number;

  constructor(sheets: { name: string; rows?: (string | number | boolean | null)[][]; visibility?: FakeSheet['visibility'] }[] = [{ name: 'Sheet1' }], options: FakeOptions = {}) {
    this.record = options.record ?? true;
    this.payloadLimit = options.payloadLimit ?? 5_000_000;
    for (const sheet of sheets) {
      const model = this.addSheet(sheet.name);
      model.visibility = sheet.visibility ?? 'Visible';
      (sheet.rows ?? []).forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null) return;
          model.cells.set(`${r},${c}`, typeof value === 'string' && value.startsWith('=') ? { value: 0, formula: value } : { value });
        }),
      );
    }
    this.activeSheet = this.sheets[0]?.name ?? '';
  }

  // ---------------------------------------------------------------- the model, for tests

  sheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** The stored cell at "B3" of a sheet. */
  cell(sheet: string, address: string): FakeCell | undefined {
    const { row0, col0 } = parseAddress(address);
    return this.sheet(sheet).cells.get(`${row0},${col0}`);
  }

  /** Calls whose path matches. */
  find(pattern: RegExp): Call[] {
    return this.calls.filter((call) => pattern.test(call.path));
  }

  /** Everything the workbook holds, as plain data: equal snapshots mean equal workbooks. */
  snapshot(): unknown {
    return structuredClone({
      sheets: this.sheets.map((sheet) => ({
        name: sheet.name,
        visibility: sheet.visibility,
        cells: [...sheet.cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        merges: [...sheet.merges],
        tables: sheet.tables.map((t) => ({ name: t.name, box: t.box, style: t.style, showFilterButton: t.showFilterButton, headers: t.headers })),
        pivots: sheet.pivots.map(({ sheet: _sheet, ...pivot }) => pivot),
        charts: sheet.charts.map(({ sheet: _sheet, ...chart }) => chart),
        protection: sheet.protection,
        formats: sheet.formats,
        locks: sheet.locks,
        validations: sheet.validations,
        conditionalFormats: sheet.conditionalFormats,
        freeze: sheet.freeze,
        tabColor: sheet.tabColor,
        pageLayout: sheet.pageLayout,
      })),
      names: [...this.names.values()].sort((a, b) => (a.name < b.name ? -1 : 1)),
    });
  }

  /**
   * Makes sync number `sync` (counted as `syncs` counts, from 1) fail at its command `command`
   * (0-based, or 'middle' / 'last'), after the commands before it ran.
   */
  failAt(sync: number, command: number | 'middle' | 'last' = 0, message = '模拟的 Excel 故障'): void {
    this.failures.push({ sync, command, message });
  }

  /** Waits until every onChanged handler fired so far has finished. */
  async settle(): Promise<void> {
    while (this.inflight.length > 0) {
      const pending = this.inflight;
      this.inflight = [];
      await Promise.allSettled(pending);
    }
  }

  /** A request context over this workbook (Excel.run gives a new one per batch). */
  context(): Excel.RequestContext {
    const runtime = this.object('runtime', undefined, () => this, () => ({ enableEvents: () => this.enableEvents }), {
      set enableEvents(value: boolean) {
        fake.setProp(runtime, 'enableEvents', value, () => {
          if (typeof value !== 'boolean') throw new FakeExcelError('InvalidArgument', 'enableEvents takes a boolean.');
          fake.enableEvents = value;
        });
      },
    });
    const fake = this;
    const members = {
      workbook: this.workbook(),
      runtime,
      sync: () => this.sync(),
    };
    return this.strict('context', members) as unknown as Excel.RequestContext;
  }

  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context());

  /** A user edit: writes the values and fires onChanged as Excel does. */
  async edit(sheetName: string, address: string, values: (string | number)[][]): Promise<void> {
    const sheet = this.sheet(sheetName);
    const b = box(address);
    values.forEach((row, r) => row.forEach((value, c) => sheet.cells.set(`${b.r0 + r},${b.c0 + c}`, typed(value))));
    this.fire(sheet, address);
    await this.settle();
  }

  // ---------------------------------------------------------------- sync

  private async sync(): Promise<void> {
    this.syncs += 1;
    const queue = this.queue;
    this.queue = [];
    this.publish = [];
    const requestBytes = 30 + queue.reduce((sum, command) => sum + command.bytes, 0);
    this.request += 1;
    this.responseBytes = 20;
    const failure = this.failures.find((f) => f.sync === this.syncs);
    await Promise.resolve();
    if (requestBytes > this.payloadLimit) {
      this.requests.push({ request: requestBytes, response: 0, commands: queue.length });
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    const changes: { sheet: FakeSheet; address: string }[] = [];
    const failAt = !failure
      ? -1
      : failure.command === 'last'
        ? queue.length - 1
        : failure.command === 'middle'
          ? Math.floor(queue.length / 2)
          : Math.min(failure.command, queue.length - 1);
    try {
      queue.forEach((command, index) => {
        if (index === failAt) throw new FakeExcelError('GeneralException', failure!.message);
        command.run();
        const change = command.changed?.();
        if (change) changes.push(change);
      });
    } catch (error) {
      this.publish = [];
      this.requests.push({ request: requestBytes, response: this.responseBytes, commands: queue.length });
      throw error;
    }
    const publish = this.publish;
    this.publish = [];
    this.requests.push({ request: requestBytes, response: this.responseBytes, commands: queue.length });
    if (this.responseBytes > this.payloadLimit) {
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `The response payload size (${this.responseBytes} bytes) has exceeded the limit.`);
    }
    for (const done of publish) done();
    if (this.enableEvents) for (const change of changes) this.fire(change.sheet, change.address);
  }

  private fire(sheet: FakeSheet, address: string): void {
    if (!this.enableEvents) return;
    const event = { worksheetId: sheet.id, address: `${sheet.name}!${address}`, changeType: 'RangeEdited', source: 'Local', type: 'WorksheetChanged' };
    for (const listener of [...sheet.listeners, ...this.workbookListeners]) {
      this.inflight.push(new Promise((resolve) => setTimeout(resolve, 0)).then(() => listener(event)));
    }
  }

  /** Queues a command on `node`'s object; its cost counts the object paths not yet in this request. */
  private command(node: Node, name: string, payload: unknown, run: () => void, changed?: Command['changed']): void {
    let cost = 110 + name.length + bytes(payload);
    for (let at: Node | undefined = node; at && at.counted !== this.request; at = at.parent) {
      at.counted = this.request;
      cost += at.pathBytes;
    }
    this.queue.push({ bytes: cost, run, changed });
  }

  private setProp(proxy: object, prop: string, value: unknown, run: () => void, changed?: Command['changed']): void {
    const node = this.node(proxy);
    if (this.record) this.calls.push({ path: `${node.label}${node.label.includes(' ') ? '.' : ' '}${prop}`, value });
    node.loaded.set(prop, value);
    this.command(node, pascal(prop), [value], run, changed);
  }

  private callMethod(proxy: object, method: string, args: unknown[], run: () => void, changed?: Command['changed']): void {
    const node = this.node(proxy);
    if (this.record) this.calls.push({ path: `${node.label}${node.label.includes(' ') ? '.' : ' '}${method}`, args });
    this.command(node, pascal(method), args.map((arg) => (this.nodes.has(arg as object) ? null : arg)), run, changed);
  }

  private node(proxy: object): Node {
    const node = this.nodes.get(proxy);
    if (!node) throw new Error('not an object of this fake');
    return node;
  }

  /** The model object behind a proxy passed as an argument. */
  private targetOf<T>(proxy: unknown, what: string): T {
    const node = typeof proxy === 'object' && proxy !== null ? this.nodes.get(proxy) : undefined;
    if (!node) throw new FakeExcelError('InvalidArgument', `${what} must be an object of this request context.`);
    return node.target() as T;
  }

  // ---------------------------------------------------------------- objects

  /** A Proxy that throws on any member it does not define, so a typo or an unsupported API fails. */
  private strict<T extends object>(label: string, members: T): T {
    return new Proxy(members, {
      get: (target, prop) => {
        if (typeof prop === 'symbol' || prop === 'then' || prop === 'toJSON') return undefined;
        if (prop in target) return Reflect.get(target, prop, target);
        throw new FakeExcelError('UnknownMember', `${label}.${prop} is not a member the fake Excel API has.`);
      },
      set: (target, prop, value) => {
        if (typeof prop === 'string' && prop in target && Object.getOwnPropertyDescriptor(target, prop)?.set) {
          Reflect.set(target, prop, value, target);
          return true;
        }
        throw new FakeExcelError('UnknownMember', `${label}.${String(prop)} cannot be set on the fake Excel API.`);
      },
      has: (target, prop) => prop in target,
    });
  }

  /**
   * An API object: `loaders` name the properties load() can fetch (read at execution), `members`
   * its setters, methods and navigation properties. `target` resolves what it stands for.
   */
  private object<T extends object>(
    label: string,
    parent: Node | undefined,
    target: () => unknown,
    loaders: Loader,
    members: T,
    pathBytes = 140 + label.length,
    items?: () => object[],
  ): T {
    const node: Node = { label, parent, counted: 0, pathBytes, loaded: new Map(), target };
    const props = loaders(node);
    const full: Record<string, unknown> = {};
    Object.defineProperties(full, Object.getOwnPropertyDescriptors(members));
    if (items) {
      Object.defineProperty(full, 'items', {
        enumerable: true,
        get: () => {
          if (!node.loaded.has('items')) throw new FakeExcelError('PropertyNotLoaded', `The property 'items' of ${label} is not available. Before reading it, call load() and context.sync().`);
          return node.loaded.get('items');
        },
      });
    }
    for (const key of Object.keys(props)) {
      const setter = Object.getOwnPropertyDescriptor(members, key)?.set;
      Object.defineProperty(full, key, {
        enumerable: true,
        get: () => {
          if (!node.loaded.has(key)) throw new FakeExcelError('PropertyNotLoaded', `The property '${key}' of ${label} is not available. Before reading it, call load() and context.sync().`);
          if (node.loaded.get(key) === NULL && key !== 'isNullObject') throw new FakeExcelError('InvalidObjectPath', `${label} is a null object.`);
          return node.loaded.get(key);
        },
        set: setter,
      });
    }
    full.load = (spec?: string | string[]) => {
      const tree = this.parseLoad(spec);
      for (const key of Object.keys(tree)) {
        if (!(key in props) && !(key in members) && !(key === 'items' && items)) throw new FakeExcelError('InvalidArgument', `${label} has no property '${key}' to load.`);
      }
      this.command(node, 'Query', Object.keys(tree), () => this.runLoad(node, props, members as Record<string, unknown>, tree, items));
      return proxy;
    };
    const proxy = this.strict(label, full) as T;
    this.nodes.set(proxy, node);
    return proxy;
  }

  private parseLoad(spec?: string | string[]): Record<string, string[]> {
    const parts = (Array.isArray(spec) ? spec : (spec ?? '').split(',')).map((s) => s.trim()).filter(Boolean);
    const tree: Record<string, string[]> = {};
    for (const part of parts) {
      const [head, ...rest] = part.split('/');
      tree[head] ??= [];
      if (rest.length > 0) tree[head].push(rest.join('/'));
    }
    return tree;
  }

  /** Runs a load at execution: scalar values now, published after the sync succeeds. */
  private runLoad(node: Node, props: Record<string, () => unknown>, members: Record<string, unknown>, tree: Record<string, string[]>, items?: () => object[]): void {
    const values = new Map<string, unknown>();
    const isNull = node.target() === NULL;
    if ('isNullObject' in props) values.set('isNullObject', isNull);
    for (const [key, sub] of Object.entries(tree)) {
      if (key === 'isNullObject') continue;
      if (isNull) {
        values.set(key, NULL);
      } else if (key in props) {
        values.set(key, props[key]());
      } else if (key === 'items' && items) {
        const list = items();
        for (const item of list) this.loadNow(item, sub);
        values.set('items', list);
      } else {
        // A navigation property: its own properties are loaded into it.
        this.loadNow(members[key] as object, sub);
      }
    }
    const measured: Record<string, unknown> = {};
    for (const [key, value] of values) if (key !== 'items' && value !== NULL) measured[pascal(key)] = value;
    this.responseBytes += 40 + bytes(measured);
    this.publish.push(() => {
      for (const [key, value] of values) node.loaded.set(key, value);
    });
  }

  /** A load inside a running load (items and navigation properties). */
  private loadNow(proxy: object, spec: string[]): void {
    const node = this.node(proxy);
    const saved = this.queue;
    this.queue = [];
    (proxy as { load: (spec: string[]) => void }).load(spec);
    const queued = this.queue;
    this.queue = saved;
    for (const command of queued) command.run();
    void node;
  }

  // ---------------------------------------------------------------- model helpers

  private findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private addSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      id: `{0000${this.nextId++}-FAKE}`,
      name,
      visibility: 'Visible',
      cells: new Map(),
      merges: [],
      tables: [],
      pivots: [],
      charts: [],
      protection: null,
      formats: [],
      locks: [],
      validations: [],
      conditionalFormats: [],
      freeze: null,
      tabColor: '',
      pageLayout: {},
      listeners: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  private live(sheet: FakeSheet): FakeSheet {
    if (!this.sheets.includes(sheet)) throw new FakeExcelError('ItemNotFound', `The worksheet ${sheet.name} has been deleted.`);
    return sheet;
  }

  private allTables(): FakeTable[] {
    return this.sheets.flatMap((sheet) => sheet.tables);
  }

  private nameTaken(name: string, except?: object): boolean {
    const lower = name.toLowerCase();
    return (
      this.allTables().some((t) => t !== except && t.name.toLowerCase() === lower) ||
      [...this.names.values()].some((n) => n !== except && n.name.toLowerCase() === lower)
    );
  }

  /** Every formula string in the workbook, rewritten. */
  private rewriteFormulas(rewrite: (formula: string) => string): void {
    for (const sheet of this.sheets) {
      for (const cell of sheet.cells.values()) if (cell.formula) cell.formula = rewrite(cell.formula);
      for (const validation of sheet.validations) {
        const rule = validation.settings.rule as { list?: { source?: string } } | undefined;
        if (rule?.list?.source?.startsWith('=')) rule.list.source = rewrite(rule.list.source);
      }
      for (const format of sheet.conditionalFormats) {
        const formula = format.settings['custom.rule.formula'];
        if (typeof formula === 'string') format.settings['custom.rule.formula'] = rewrite(formula);
      }
    }
    for (const name of this.names.values()) name.formula = rewrite(name.formula);
  }

  private visibleCount(): number {
    return this.sheets.filter((s) => s.visibility === 'Visible').length;
  }

  private locked(sheet: FakeSheet, r: number, c: number): boolean {
    for (let i = sheet.locks.length - 1; i >= 0; i -= 1) {
      const lock = sheet.locks[i];
      if (r >= lock.box.r0 && r <= lock.box.r1 && c >= lock.box.c0 && c <= lock.box.c1) return lock.locked;
    }
    return true;
  }

  private checkUnprotected(sheet: FakeSheet, what: string, allowedBy?: string): void {
    if (!sheet.protection) return;
    if (allowedBy && sheet.protection.options[allowedBy] === true) return;
    throw new FakeExcelError('AccessDenied', `${what}: the sheet ${sheet.name} is protected.`);
  }

  // ---------------------------------------------------------------- workbook

  private workbook() {
    const fake = this;
    const worksheets = this.object('worksheets', undefined, () => this, () => ({}), {
      add: (name?: string) => {
        let created: FakeSheet | undefined;
        const sheetProxy = this.worksheet(() => {
          if (!created) throw new FakeExcelError('InvalidObjectPath', `worksheets.add(${name}) has not run.`);
          return created;
        }, `sheet[${name}]`);
        this.callMethod(worksheets, 'add', [name], () => {
          const problem = sheetNameProblem(name);
          if (problem) throw new FakeExcelError('InvalidArgument', problem);
          if (this.findSheet(name!)) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
          created = this.addSheet(name!);
        });
        return sheetProxy;
      },
      getItem: (key: string) =>
        this.worksheet(
          this.memo(() => {
            const sheet = this.sheets.find((s) => s.id === key) ?? this.findSheet(key);
            if (!sheet) throw new FakeExcelError('ItemNotFound', `The worksheet ${key} does not exist.`);
            return sheet;
          }),
          `sheet[${key}]`,
        ),
      getItemOrNullObject: (key: string) =>
        this.worksheet(
          this.memo(() => this.sheets.find((s) => s.id === key) ?? this.findSheet(key) ?? NULL),
          `sheet[${key}]`,
        ),
      getItemAt: (index: number) =>
        this.worksheet(
          this.memo(() => {
            const sheet = this.sheets[index];
            if (!sheet) throw new FakeExcelError('ItemNotFound', `There is no worksheet at ${index}.`);
            return sheet;
          }),
          `sheet#${index}`,
        ),
      onChanged: this.strict('worksheets.onChanged', {
        add: (listener: (event: unknown) => unknown) => this.registration(worksheets, () => this.workbookListeners.push(listener), () => (this.workbookListeners = this.workbookListeners.filter((l) => l !== listener))),
      }),
    }, 80, () => this.sheets.map((sheet) => this.worksheet(() => this.live(sheet), `sheet[${sheet.name}]`)));

    const names = this.object('names', undefined, () => this, () => ({}), {
      add: (name: string, reference: string, comment?: string) => {
        this.callMethod(names, 'add', [name, reference, comment], () => {
          const problem = definedNameProblem(name);
          if (problem) throw new FakeExcelError('InvalidArgument', problem);
          if (this.nameTaken(name)) throw new FakeExcelError('ItemAlreadyExists', `The name ${name} already exists.`);
          if (typeof reference !== 'string' || !reference.startsWith('=')) throw new FakeExcelError('InvalidArgument', `The reference of ${name} must start with =.`);
          this.checkReferences(reference, `the name ${name}`);
          this.names.set(name, { name, formula: canonical(reference), comment: comment ?? '', visible: true });
        });
        return this.namedItem(name);
      },
      getItem: (name: string) => this.namedItem(name, false),
      getItemOrNullObject: (name: string) => this.namedItem(name, true),
    });

    const tables = this.object('tables', undefined, () => this, () => ({}), {
      getItem: (name: string) =>
        this.table(
          this.memo(() => {
            const table = this.allTables().find((t) => t.name.toLowerCase() === name.toLowerCase());
            if (!table) throw new FakeExcelError('ItemNotFound', `The table ${name} does not exist.`);
            return table;
          }),
          `table[${name}]`,
        ),
      getItemAt: (index: number) =>
        this.table(
          this.memo(() => {
            const table = this.allTables()[index];
            if (!table) throw new FakeExcelError('ItemNotFound', `There is no table at ${index}.`);
            return table;
          }),
          `table#${index}`,
        ),
    }, 80, () => this.allTables().map((table) => this.table(() => table, `table[${table.name}]`)));
    void fake;
    return this.strict('workbook', { worksheets, names, tables });
  }

  private memo<T>(resolve: () => T): () => T {
    let done = false;
    let value: T;
    return () => {
      if (!done) {
        value = resolve();
        done = true;
      }
      if (value !== NULL && (value as FakeSheet | undefined)?.cells && !this.sheets.includes(value as FakeSheet)) {
        throw new FakeExcelError('ItemNotFound', `The worksheet ${(value as FakeSheet).name} has been deleted.`);
      }
      return value;
    };
  }

  private registration(owner: object, add: () => void, remove: () => void) {
    const node = this.node(owner);
    this.command(node, 'RegisterEvent', [], add);
    const context = this.context();
    return {
      context,
      remove: () => {
        if (this.record) this.calls.push({ path: 'event remove' });
        this.command(node, 'UnregisterEvent', [], remove);
      },
    };
  }

  private namedItem(name: string, orNull = true) {
    const resolve = () => {
      const found = [...this.names.values()].find((n) => n.name.toLowerCase() === name.toLowerCase());
      if (found) return found;
      if (orNull) return NULL;
      throw new FakeExcelError('ItemNotFound', `The name ${name} does not exist.`);
    };
    const item = this.object(
      `name[${name}]`,
      undefined,
      resolve,
      () => ({
        isNullObject: () => resolve() === NULL,
        name: () => (resolve() as FakeName).name,
        formula: () => (resolve() as FakeName).formula,
        comment: () => (resolve() as FakeName).comment,
        visible: () => (resolve() as FakeName).visible,
      }),
      {
        delete: () =>
          this.callMethod(item, 'delete', [], () => {
            const found = resolve();
            if (found === NULL) throw new FakeExcelError('ItemNotFound', `The name ${name} does not exist.`);
            this.names.delete((found as FakeName).name);
          }),
        set visible(value: boolean) {
          fakeThis.setProp(item, 'visible', value, () => {
            const found = resolve();
            if (found === NULL) throw new FakeExcelError('ItemNotFound', `The name ${name} does not exist.`);
            (found as FakeName).visible = value;
          });
        },
      },
    );
    const fakeThis = this;
    return item;
  }

  /** A list source or name formula may refer only to sheets and names that exist. */
  private checkReferences(formula: string, what: string): void {
    const body = formula.replace(/^=/, '');
    const sheetMatch = /^(?:'((?:[^']|'')+)'|([^!'=]+))!/.exec(body);
    if (sheetMatch) {
      const name = (sheetMatch[1] ?? sheetMatch[2]).replace(/''/g, "'");
      if (!this.findSheet(name)) throw new FakeExcelError('InvalidArgument', `${what} refers to a sheet ${name} that does not exist.`);
      return;
    }
    if (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(body) && !/^[A-Z]{1,3}\d+$/i.test(body) && !/^(TRUE|FALSE)$/i.test(body)) {
      if (![...this.names.values()].some((n) => n.name.toLowerCase() === body.toLowerCase())) {
        throw new FakeExcelError('InvalidArgument', `${what} refers to a name ${body} that does not exist.`);
      }
    }
  }

  // ---------------------------------------------------------------- worksheets

  private worksheet(resolve: () => FakeSheet | typeof NULL, label: string): Excel.Worksheet {
    const fake = this;
    const nav = navigation();
    const sheet = () => {
      const found = resolve();
      if (found === NULL) throw new FakeExcelError('ItemNotFound', `${label} is a null object.`);
      return this.live(found);
    };
    const proxy: Excel.Worksheet = this.object(
      label,
      undefined,
      resolve,
      () => ({
        isNullObject: () => resolve() === NULL,
        name: () => sheet().name,
        id: () => sheet().id,
        visibility: () => sheet().visibility,
        tabColor: () => sheet().tabColor,
        position: () => fake.sheets.indexOf(sheet()),
      }),
      {
        set name(value: string) {
          fake.setProp(proxy, 'name', value, () => fake.rename(sheet(), value));
        },
        set visibility(value: FakeSheet['visibility']) {
          fake.setProp(proxy, 'visibility', value, () => {
            const target = sheet();
            if (!['Visible', 'Hidden', 'VeryHidden'].includes(value)) throw new FakeExcelError('InvalidArgument', `Visibility ${value} is not valid.`);
            if (target.visibility === 'Visible' && value !== 'Visible' && fake.visibleCount() === 1) {
              throw new FakeExcelError('InvalidOperation', `${target.name} is the last visible sheet; a workbook must keep one.`);
            }
            target.visibility = value;
          });
        },
        set position(value: number) {
          fake.setProp(proxy, 'position', value, () => {
            const target = sheet();
            if (!Number.isInteger(value) || value < 0 || value >= fake.sheets.length) throw new FakeExcelError('InvalidArgument', `Position ${value} is outside 0…${fake.sheets.length - 1}.`);
            fake.sheets.splice(fake.sheets.indexOf(target), 1);
            fake.sheets.splice(value, 0, target);
          });
        },
        set tabColor(value: string) {
          fake.setProp(proxy, 'tabColor', value, () => {
            if (!/^#[0-9A-F]{6}$/i.test(value) && value !== '') throw new FakeExcelError('InvalidArgument', `Tab color ${value} is not #RRGGBB.`);
            sheet().tabColor = value;
          });
        },
        delete: () =>
          fake.callMethod(proxy, 'delete', [], () => {
            const target = sheet();
            if (target.visibility === 'VeryHidden') throw new FakeExcelError('InvalidOperation', `The sheet ${target.name} is VeryHidden and cannot be deleted; make it Hidden first.`);
            if (target.visibility === 'Visible' && fake.visibleCount() === 1) throw new FakeExcelError('InvalidOperation', `The sheet ${target.name} is the last visible sheet.`);
            fake.removeSheet(target);
          }),
        activate: () =>
          fake.callMethod(proxy, 'activate', [], () => {
            const target = sheet();
            if (target.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', `The hidden sheet ${target.name} cannot be activated.`);
            fake.activeSheet = target.name;
          }),
        getRange: (address: string) => fake.range(sheet, label, address),
        getUsedRangeOrNullObject: (valuesOnly?: boolean) => fake.usedRange(sheet, label, valuesOnly ?? false),
        get tables() {
          return nav('tables', () => fake.sheetTables(proxy, sheet, label));
        },
        get pivotTables() {
          return nav('pivotTables', () => fake.sheetPivots(proxy, sheet, label));
        },
        get charts() {
          return nav('charts', () => fake.sheetCharts(proxy, sheet, label));
        },
        get horizontalPageBreaks() {
          return nav('horizontalPageBreaks', () => fake.pageBreaks(proxy, sheet, label));
        },
        get protection() {
          return nav('protection', () => fake.protection(proxy, sheet, label));
        },
        get freezePanes() {
          return nav('freezePanes', () => fake.freezePanes(proxy, sheet, label));
        },
        get pageLayout() {
          return nav('pageLayout', () => fake.pageLayout(proxy, sheet, label));
        },
        get onChanged() {
          return nav('onChanged', () => fake.strict(`${label}.onChanged`, {
            add: (listener: (event: unknown) => unknown) =>
              fake.registration(
                proxy,
                () => sheet().listeners.push(listener),
                () => {
                  const target = sheet();
                  target.listeners = target.listeners.filter((l) => l !== listener);
                },
              ),
          }));
        },
      },
      160 + label.length,
    ) as unknown as Excel.Worksheet;
    return proxy;
  }

  private rename(sheet: FakeSheet, name: string): void {
    const problem = sheetNameProblem(name);
    if (problem) throw new FakeExcelError('InvalidArgument', problem);
    const other = this.findSheet(name);
    if (other && other !== sheet) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
    const old = sheet.name;
    if (old === name) return;
    sheet.name = name;
    if (this.activeSheet === old) this.activeSheet = name;
    this.rewriteFormulas((formula) => renameSheetIn(formula, old, name));
  }

  private removeSheet(sheet: FakeSheet): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const table of sheet.tables) this.rewriteFormulas((formula) => renameTableIn(formula, table.name, null));
    this.rewriteFormulas((formula) => renameSheetIn(formula, sheet.name, null));
  }

  private sheetTables(owner: object, sheet: () => FakeSheet, label: string) {
    const parent = this.node(owner);
    const tables = this.object(`${label} tables`, parent, sheet, () => ({}), {
      add: (address: string, hasHeaders: boolean) => {
        let created: FakeTable | undefined;
        const proxy = this.table(() => {
          if (!created) throw new FakeExcelError('InvalidObjectPath', 'tables.add has not run.');
          return created;
        }, `table[${address}]`);
        this.callMethod(tables, 'add', [address, hasHeaders], () => {
          const target = sheet();
          this.checkUnprotected(target, 'Adding a table');
          const b = box(address);
          if (target.merges.some((merge) => overlaps(box(merge), b))) throw new FakeExcelError('InvalidOperation', `A table cannot overlap merged cells (${address}).`);
          if (this.allTables().some((t) => t.sheet === target && overlaps(t.box, b))) throw new FakeExcelError('InvalidOperation', `A table cannot overlap another table (${address}).`);
          const headers: string[] = [];
          for (let c = b.c0; c <= b.c1; c += 1) {
            const cell = target.cells.get(`${b.r0},${c}`);
            let header = hasHeaders && cell && cell.value !== '' ? String(cell.value) : `Column${c - b.c0 + 1}`;
            let n = 2;
            while (headers.includes(header)) header = `${header}${n++}`;
            headers.push(header);
          }
          this.tableCount += 1;
          let name = `Table${this.tableCount}`;
          while (this.nameTaken(name)) name = `Table${++this.tableCount}`;
          created = { id: String(this.tableCount), name, sheet: target, box: b, style: 'TableStyleMedium2', showFilterButton: true, headers };
          target.tables.push(created);
        });
        return proxy;
      },
      getItemAt: (index: number) =>
        this.table(
          this.memo(() => {
            const table = sheet().tables[index];
            if (!table) throw new FakeExcelError('ItemNotFound', `There is no table at ${index}.`);
            return table;
          }),
          `table#${index}`,
        ),
    }, 80, () => sheet().tables.map((table) => this.table(() => table, `table[${table.name}]`)));
    return tables;
  }

  private table(resolve: () => FakeTable, label: string) {
    const fake = this;
    const table = () => {
      const found = resolve();
      if (!this.sheets.includes(found.sheet) || !found.sheet.tables.includes(found)) throw new FakeExcelError('ItemNotFound', `The table ${found.name} has been deleted.`);
      return found;
    };
    const proxy = this.object(
      label,
      undefined,
      table,
      () => ({ name: () => table().name, id: () => table().id, style: () => table().style, showFilterButton: () => table().showFilterButton }),
      {
        set name(value: string) {
          fake.setProp(proxy, 'name', value, () => {
            const target = table();
            fake.checkUnprotected(target.sheet, 'Renaming a table');
            const problem = definedNameProblem(value);
            if (problem) throw new FakeExcelError('InvalidArgument', problem);
            if (fake.nameTaken(value, target)) throw new FakeExcelError('ItemAlreadyExists', `A table or name ${value} already exists.`);
            const old = target.name;
            target.name = value;
            if (old !== value) fake.rewriteFormulas((formula) => renameTableIn(formula, old, value));
          });
        },
        set style(value: string) {
          fake.setProp(proxy, 'style', value, () => {
            const target = table();
            fake.checkUnprotected(target.sheet, 'Changing a table style', 'allowFormatCells');
            target.style = value;
          });
        },
        set showFilterButton(value: boolean) {
          fake.setProp(proxy, 'showFilterButton', value, () => {
            const target = table();
            fake.checkUnprotected(target.sheet, 'Changing a table', 'allowAutoFilter');
            target.showFilterButton = value;
          });
        },
      },
    );
    return proxy;
  }

  private sheetPivots(owner: object, sheet: () => FakeSheet, label: string) {
    const parent = this.node(owner);
    const pivots = this.object(`${label} pivotTables`, parent, sheet, () => ({}), {
      add: (name: string, source: unknown, destination: unknown) => {
        let created: FakePivot | undefined;
        const proxy = this.pivot(() => {
          if (!created) throw new FakeExcelError('InvalidObjectPath', 'pivotTables.add has not run.');
          return created;
        }, `${label} pivot[${name}]`);
        this.callMethod(pivots, 'add', [name, typeof source === 'string' ? source : { table: true }, typeof destination === 'string' ? destination : { range: true }], () => {
          const target = sheet();
          this.checkUnprotected(target, 'Adding a PivotTable');
          if (typeof name !== 'string' || name.trim() === '' || name.length > 255) throw new FakeExcelError('InvalidArgument', `"${String(name)}" is not a valid PivotTable name.`);
          if (target.pivots.some((p) => p.name.toLowerCase() === name.toLowerCase())) throw new FakeExcelError('ItemAlreadyExists', `A PivotTable ${name} already exists on ${target.name}.`);
          let fields: string[];
          let sourceName: string;
          if (typeof source === 'string') {
            const sheetName = source.includes('!') ? source.slice(0, source.lastIndexOf('!')).replace(/^'|'$/g, '') : target.name;
            const sourceSheet = this.findSheet(sheetName);
            if (!sourceSheet) throw new FakeExcelError('ItemNotFound', `The PivotTable source ${source} does not exist.`);
            const b = box(source);
            fields = [];
            for (let c = b.c0; c <= b.c1; c += 1) fields.push(String(sourceSheet.cells.get(`${b.r0},${c}`)?.value ?? ''));
            if (fields.some((f) => f === '')) throw new FakeExcelError('InvalidArgument', `The PivotTable source ${source} has a blank header.`);
            sourceName = source;
          } else {
            const table = this.targetOf<FakeTable>(source, 'The PivotTable source');
            if (!this.allTables().includes(table)) throw new FakeExcelError('ItemNotFound', `The PivotTable source table ${table.name} does not exist.`);
            fields = [...table.headers];
            sourceName = table.name;
          }
          const anchor = typeof destination === 'string' ? destination : (this.targetOf<{ address: string }>(destination, 'The PivotTable destination') as { address: string }).address;
          created = { name, sheet: target, source: sourceName, fields, anchor, rows: [], columns: [], data: [], filters: [], refreshes: 0 };
          target.pivots.push(created);
        });
        return proxy;
      },
      getItem: (name: string) =>
        this.pivot(
          this.memo(() => {
            const found = sheet().pivots.find((p) => p.name.toLowerCase() === name.toLowerCase());
            if (!found) throw new FakeExcelError('ItemNotFound', `The PivotTable ${name} does not exist.`);
            return found;
          }),
          `${label} pivot[${name}]`,
        ),
    });
    return pivots;
  }

  private pivot(resolve: () => FakePivot, label: string) {
    const parent = undefined;
    const pivot = () => {
      const found = resolve();
      if (!this.sheets.includes(found.sheet)) throw new FakeExcelError('ItemNotFound', `The PivotTable ${found.name} has been deleted.`);
      return found;
    };
    const hierarchy = (field: string) => {
      if (this.record) this.calls.push({ path: `${label} hierarchies.getItem`, args: [field] });
      const item = this.object(`${label} hierarchies.getItem(${field})`, undefined, () => {
        const target = pivot();
        if (!target.fields.includes(field)) throw new FakeExcelError('ItemNotFound', `The PivotTable ${target.name} has no field ${field}.`);
        return { field };
      }, () => ({ name: () => field }), {});
      return item;
    };
    const axis = (key: 'rows' | 'columns' | 'filters', prop: string) => {
      const axisProxy = this.object(`${label} ${prop}`, undefined, pivot, () => ({}), {
        add: (h: unknown) => {
          this.callMethod(axisProxy, 'add', [h], () => {
            const target = pivot();
            this.checkUnprotected(target.sheet, 'Changing a PivotTable');
            const { field } = this.targetOf<{ field: string }>(h, 'The hierarchy');
            if ([...target.rows, ...target.columns, ...target.filters].includes(field)) throw new FakeExcelError('InvalidArgument', `The field ${field} is already on an axis.`);
            target[key].push(field);
          });
          return this.object(`${label} ${prop}.add()`, undefined, pivot, () => ({}), {});
        },
      });
      return axisProxy;
    };
    const fake = this;
    const proxy = this.object(label, parent, pivot, () => ({ name: () => pivot().name }), {
      hierarchies: this.strict(`${label} hierarchies`, { getItem: hierarchy }),
      rowHierarchies: axis('rows', 'rowHierarchies'),
      columnHierarchies: axis('columns', 'columnHierarchies'),
      filterHierarchies: axis('filters', 'filterHierarchies'),
      dataHierarchies: (() => {
        const data = this.object(`${label} dataHierarchies`, undefined, pivot, () => ({}), {
          add: (h: unknown) => {
            let entry: { field: string; summarizeBy: string } | undefined;
            this.callMethod(data, 'add', [h], () => {
              const target = pivot();
              this.checkUnprotected(target.sheet, 'Changing a PivotTable');
              const { field } = this.targetOf<{ field: string }>(h, 'The hierarchy');
              entry = { field, summarizeBy: 'Sum' };
              target.data.push(entry);
            });
            const added = this.object(`${label} dataHierarchies.add()`, undefined, () => entry, () => ({}), {
              set summarizeBy(value: string) {
                fake.setProp(added, 'summarizeBy', value, () => {
                  if (!entry) throw new FakeExcelError('InvalidObjectPath', 'The data hierarchy was not added.');
                  if (!['Sum', 'Count', 'Average', 'Max', 'Min', 'Product', 'CountNumbers', 'StandardDeviation', 'StandardDeviationP', 'Variance', 'VarianceP', 'Automatic'].includes(value)) {
                    throw new FakeExcelError('InvalidArgument', `summarizeBy ${value} is not valid.`);
                  }
                  entry.summarizeBy = value;
                });
              },
            });
            return added;
          },
        });
        return data;
      })(),
      refresh: () =>
        this.callMethod(proxy, 'refresh', [], () => {
          const target = pivot();
          this.checkUnprotected(target.sheet, 'Refreshing a PivotTable', 'allowPivotTables');
          target.refreshes += 1;
        }),
      delete: () =>
        this.callMethod(proxy, 'delete', [], () => {
          const target = pivot();
          this.checkUnprotected(target.sheet, 'Deleting a PivotTable');
          target.sheet.pivots.splice(target.sheet.pivots.indexOf(target), 1);
        }),
    });
    return proxy;
  }

  /** Office.js chart types the fake knows (Excel.ChartType has many more; these are the common ones). */
  private static readonly CHART_TYPES = new Set([
    'ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100',
    'Line', 'LineStacked', 'LineMarkers', 'LineMarkersStacked', 'Pie', 'Doughnut', 'Area', 'AreaStacked', 'XYScatter',
  ]);

  private chartCount = 0;

  /** A range argument as Excel resolves it: an object of this context on a sheet that still exists. */
  private rangeArgument(range: unknown, what: string): { sheet: FakeSheet; box: Box; address: string } {
    const target = this.targetOf<{ sheet: FakeSheet; box: Box; address: string } | typeof NULL>(range, what);
    if (target === NULL || !target || !('box' in target)) throw new FakeExcelError('InvalidArgument', `${what} must be a range.`);
    this.live(target.sheet);
    return target;
  }

  private sheetCharts(owner: object, sheet: () => FakeSheet, label: string) {
    const parent = this.node(owner);
    const charts = this.object(`${label} charts`, parent, sheet, () => ({}), {
      add: (type: string, sourceData: unknown, seriesBy?: string) => {
        let created: FakeChart | undefined;
        const proxy = this.chart(() => {
          if (!created) throw new FakeExcelError('InvalidObjectPath', 'charts.add has not run.');
          return created;
        }, `${label} chart[${type}]`);
        this.callMethod(charts, 'add', [type, sourceData, seriesBy], () => {
          const target = sheet();
          this.checkUnprotected(target, 'Adding a chart', 'allowEditObjects');
          if (!FakeExcel.CHART_TYPES.has(type)) throw new FakeExcelError('InvalidArgument', `${String(type)} is not a chart type.`);
          if (seriesBy !== undefined && !['Auto', 'Columns', 'Rows'].includes(seriesBy)) throw new FakeExcelError('InvalidArgument', `seriesBy ${seriesBy} is not Auto, Columns or Rows.`);
          const source = this.rangeArgument(sourceData, 'The chart source');
          const b = source.box;
          const byRows = seriesBy === 'Rows' || (seriesBy !== 'Columns' && b.c1 - b.c0 > b.r1 - b.r0);
          const lines = byRows
            ? Array.from({ length: b.r1 - b.r0 + 1 }, (_, i) => ({ ...b, r0: b.r0 + i, r1: b.r0 + i }))
            : Array.from({ length: b.c1 - b.c0 + 1 }, (_, i) => ({ ...b, c0: b.c0 + i, c1: b.c0 + i }));
          this.chartCount += 1;
          created = {
            name: `Chart ${this.chartCount}`,
            sheet: target,
            type,
            title: '',
            legend: 'Right',
            series: lines.map((line, i) => ({ name: `Series${i + 1}`, values: `${sheetRef(source.sheet.name)}!${boxAddress(line)}`, xValues: '', color: '' })),
            position: '',
          };
          target.charts.push(created);
        });
        return proxy;
      },
      getItemAt: (index: number) =>
        this.chart(
          this.memo(() => {
            const found = sheet().charts[index];
            if (!found) throw new FakeExcelError('ItemNotFound', `There is no chart at ${index}.`);
            return found;
          }),
          `${label} chart[${index}]`,
        ),
    });
    return charts;
  }

  private chart(resolve: () => FakeChart, label: string) {
    const fake = this;
    const chart = () => {
      const found = resolve();
      if (!this.sheets.includes(found.sheet) || !found.sheet.charts.includes(found)) throw new FakeExcelError('ItemNotFound', `The chart ${found.name} has been deleted.`);
      return found;
    };
    /** A change to the chart: a protected sheet refuses it unless objects may be edited. */
    const editable = () => {
      const target = chart();
      this.checkUnprotected(target.sheet, 'Changing a chart', 'allowEditObjects');
      return target;
    };
    const title = this.object(`${label} title`, undefined, chart, () => ({ text: () => chart().title }), {
      set text(value: string) {
        fake.setProp(title, 'text', value, () => (editable().title = String(value)));
      },
    });
    const legend = this.object(`${label} legend`, undefined, chart, () => ({ position: () => chart().legend }), {
      set position(value: string) {
        fake.setProp(legend, 'position', value, () => {
          if (!['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom', 'Invalid'].includes(value)) throw new FakeExcelError('InvalidArgument', `Legend position ${value} is not valid.`);
          editable().legend = value;
        });
      },
    });
    const seriesProxy = (find: () => FakeChartSeries, seriesLabel: string) => {
      const fill = this.object(`${seriesLabel} format.fill`, undefined, find, () => ({}), {
        setSolidColor: (color: string) =>
          this.callMethod(fill, 'setSolidColor', [color], () => {
            editable();
            if (!/^#[0-9A-F]{6}$/i.test(color)) throw new FakeExcelError('InvalidArgument', `Color ${color} is not #RRGGBB.`);
            find().color = color;
          }),
      });
      const line = this.object(`${seriesLabel} format.line`, undefined, find, () => ({ color: () => find().lineColor ?? '' }), {
        set color(value: string) {
          fake.setProp(line, 'color', value, () => {
            editable();
            if (!/^#[0-9A-F]{6}$/i.test(value)) throw new FakeExcelError('InvalidArgument', `Color ${value} is not #RRGGBB.`);
            find().lineColor = value;
          });
        },
      });
      const proxy = this.object(seriesLabel, undefined, find, () => ({ name: () => find().name }), {
        set name(value: string) {
          fake.setProp(proxy, 'name', value, () => {
            editable();
            find().name = String(value);
          });
        },
        format: this.strict(`${seriesLabel} format`, { fill, line }),
        setValues: (range: unknown) =>
          this.callMethod(proxy, 'setValues', [range], () => {
            editable();
            const source = this.rangeArgument(range, 'The series values');
            find().values = source.address;
          }),
        setXAxisValues: (range: unknown) =>
          this.callMethod(proxy, 'setXAxisValues', [range], () => {
            editable();
            const source = this.rangeArgument(range, 'The category values');
            find().xValues = source.address;
          }),
      });
      return proxy;
    };
    const seriesCollection = this.object(`${label} series`, undefined, chart, () => ({ count: () => chart().series.length }), {
      getItemAt: (index: number) =>
        seriesProxy(
          this.memo(() => {
            const found = chart().series[index];
            if (!found) throw new FakeExcelError('ItemNotFound', `The chart has no series at ${index}.`);
            return found;
          }),
          `${label} series[${index}]`,
        ),
      add: (name?: string) => {
        let created: FakeChartSeries | undefined;
        this.callMethod(seriesCollection, 'add', [name], () => {
          const target = editable();
          created = { name: name ?? `Series${target.series.length + 1}`, values: '', xValues: '', color: '' };
          target.series.push(created);
        });
        return seriesProxy(() => {
          if (!created) throw new FakeExcelError('InvalidObjectPath', 'series.add has not run.');
          return created;
        }, `${label} series.add(${name ?? ''})`);
      },
    });
    const cellOf = (cell: unknown, what: string): Box => {
      if (typeof cell === 'string') return box(cell);
      const target = this.rangeArgument(cell, what);
      return target.box;
    };
    const proxy = this.object(label, undefined, chart, () => ({ name: () => chart().name }), {
      set name(value: string) {
        fake.setProp(proxy, 'name', value, () => (editable().name = String(value)));
      },
      title,
      legend,
      series: seriesCollection,
      setPosition: (startCell: unknown, endCell?: unknown) =>
        this.callMethod(proxy, 'setPosition', [startCell, endCell], () => {
          const target = editable();
          const start = cellOf(startCell, 'The chart start cell');
          const end = endCell === undefined ? start : cellOf(endCell, 'The chart end cell');
          if (end.r1 < start.r0 || end.c1 < start.c0) throw new FakeExcelError('InvalidArgument', 'The chart end cell is above or left of its start cell.');
          target.position = boxAddress({ r0: start.r0, c0: start.c0, r1: end.r1, c1: end.c1 });
        }),
      delete: () =>
        this.callMethod(proxy, 'delete', [], () => {
          const target = editable();
          target.sheet.charts.splice(target.sheet.charts.indexOf(target), 1);
        }),
    });
    return proxy;
  }

  /** worksheet.horizontalPageBreaks (ExcelApi 1.9): a page starts above each row added. */
  private pageBreaks(owner: object, sheet: () => FakeSheet, label: string) {
    const parent = this.node(owner);
    const breaks = this.object(`${label} horizontalPageBreaks`, parent, sheet, () => ({}), {
      add: (at: string) => {
        this.callMethod(breaks, 'add', [at], () => {
          const row = box(at).r0 + 1;
          if (row < 2) throw new FakeExcelError('InvalidArgument', 'A page break cannot be above the first row.');
          const target = sheet();
          const rows = (target.pageLayout.horizontalPageBreaks as number[] | undefined) ?? [];
          target.pageLayout.horizontalPageBreaks = [...rows, row];
        });
        // The Excel.PageBreak it returns (the client instantiates it).
        return this.object(`${label} horizontalPageBreaks.add(${at})`, undefined, sheet, () => ({}), {});
      },
    }, 80);
    return breaks;
  }

  private protection(owner: object, sheet: () => FakeSheet, label: string) {
    const parent = this.node(owner);
    const proxy = this.object(`${label} protection`, parent, sheet, () => ({
      protected: () => sheet().protection !== null,
      options: () => ({ ...(sheet().protection?.options ?? {}) }),
    }), {
      protect: (options?: Record<string, unknown>, password?: string) =>
        this.callMethod(proxy, 'protect', password === undefined ? [options] : [options, password], () => {
          const target = sheet();
          if (target.protection) throw new FakeExcelError('InvalidOperation', `The sheet ${target.name} is already protected.`);
          for (const key of Object.keys(options ?? {})) {
            if (!PROTECTION_OPTIONS.has(key)) throw new FakeExcelError('InvalidArgument', `${key} is not a protection option.`);
          }
          target.protection = { options: { ...(options ?? {}) }, ...(password === undefined ? {} : { password }) };
        }),
      unprotect: (password?: string) =>
        this.callMethod(proxy, 'unprotect', [password], () => {
          const target = sheet();
          if (target.protection?.password !== undefined && target.protection.password !== password) throw new FakeExcelError('InvalidArgument', 'The password is wrong.');
          target.protection = null;
        }),
    }, 80);
    return proxy;
  }

  private freezePanes(owner: object, sheet: () => FakeSheet, label: string) {
    const parent = this.node(owner);
    const proxy = this.object(`${label} freezePanes`, parent, sheet, () => ({}), {
      freezeRows: (count: number) => this.callMethod(proxy, 'freezeRows', [count], () => (sheet().freeze = { rows: count, columns: 0 })),
      freezeColumns: (count: number) => this.callMethod(proxy, 'freezeColumns', [count], () => (sheet().freeze = { rows: 0, columns: count })),
      freezeAt: (range: unknown) =>
        this.callMethod(proxy, 'freezeAt', [range], () => {
          const { address } = this.targetOf<{ address: string }>(range, 'freezeAt');
          const b = box(address);
          sheet().freeze = { rows: b.r1 + 1, columns: b.c1 + 1 };
        }),
      unfreeze: () => this.callMethod(proxy, 'unfreeze', [], () => (sheet().freeze = null)),
    }, 80);
    return proxy;
  }

  private pageLayout(owner: object, sheet: () => FakeSheet, label: string) {
    const parent = this.node(owner);
    const fake = this;
    const setter = (proxy: () => object, key: string, check?: (value: unknown) => void) => ({
      set(value: unknown) {
        fake.setProp(proxy(), key.split('.').pop()!, value, () => {
          check?.(value);
          sheet().pageLayout[key] = value;
        });
      },
      enumerable: true,
    });
    const headerKeys = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];
    const pagesMembers = {};
    for (const key of headerKeys) Object.defineProperty(pagesMembers, key, setter(() => pages, `headersFooters.defaultForAllPages.${key}`));
    const footers = this.object(`${label} pageLayout.headersFooters`, undefined, sheet, () => ({}), {
      get defaultForAllPages() {
        return pages;
      },
    });
    const pages = this.object(`${label} pageLayout.headersFooters.defaultForAllPages`, this.node(footers), sheet, () => ({}), pagesMembers);
    const layoutMembers = {
      setPrintTitleRows: (rows: string) =>
        this.callMethod(layout, 'setPrintTitleRows', [rows], () => {
          if (!/^\$\d+:\$\d+$/.test(rows)) throw new FakeExcelError('InvalidArgument', `Print title rows ${rows} must be like $1:$3.`);
          sheet().pageLayout.printTitleRows = rows;
        }),
      setPrintArea: (area: string) =>
        this.callMethod(layout, 'setPrintArea', [area], () => {
          box(area);
          sheet().pageLayout.printArea = area;
        }),
      headersFooters: footers,
    };
    Object.defineProperty(layoutMembers, 'orientation', setter(() => layout, 'orientation', (v) => {
      if (v !== 'Landscape' && v !== 'Portrait') throw new FakeExcelError('InvalidArgument', `Orientation ${String(v)} is not valid.`);
    }));
    Object.defineProperty(layoutMembers, 'paperSize', setter(() => layout, 'paperSize'));
    Object.defineProperty(layoutMembers, 'zoom', setter(() => layout, 'zoom'));
    const layout: object = this.object(`${label} pageLayout`, parent, sheet, () => ({}), layoutMembers, 80);
    this.node(footers).parent = this.node(layout);
    return layout;
  }

  // ---------------------------------------------------------------- ranges

  private usedRange(sheet: () => FakeSheet, label: string, valuesOnly: boolean) {
    const resolve = this.memo(() => {
      const target = sheet();
      let b: Box | null = null;
      for (const [key, cell] of target.cells) {
        if (valuesOnly && (cell.value === '' || cell.value === null) && !cell.formula) continue;
        const [r, c] = key.split(',').map(Number);
        if (!b) b = { r0: r, r1: r, c0: c, c1: c };
        else {
          if (r < b.r0) b.r0 = r;
          if (r > b.r1) b.r1 = r;
          if (c < b.c0) b.c0 = c;
          if (c > b.c1) b.c1 = c;
        }
      }
      return b ?? NULL;
    });
    return this.rangeOf(sheet, label, () => resolve() as Box | typeof NULL, `${label} usedRange`);
  }

  private range(sheet: () => FakeSheet, sheetLabel: string, address: string) {
    if (typeof address !== 'string') throw new FakeExcelError('InvalidArgument', 'getRange takes an address.');
    let b: Box;
    try {
      b = box(address);
    } catch {
      throw new FakeExcelError('InvalidArgument', `${address} is not a range address.`);
    }
    const name = sheetLabel.replace(/^sheet\[|\]$/g, '');
    return this.rangeOf(sheet, sheetLabel, () => b, `${name}!${address}`);
  }

  private rangeOf(sheet: () => FakeSheet, sheetLabel: string, area: () => Box | typeof NULL, label: string): Excel.Range {
    const fake = this;
    const nav = navigation();
    const at = (): { target: FakeSheet; b: Box } => {
      const b = area();
      if (b === NULL) throw new FakeExcelError('InvalidObjectPath', `${label} is a null object.`);
      return { target: sheet(), b };
    };
    const resolve = () => {
      const b = area();
      if (b === NULL) return NULL;
      const target = sheet();
      return { sheet: target, box: b, address: `${sheetRef(target.name)}!${boxAddress(b)}` };
    };
    const grid = (pick: (cell: FakeCell | undefined, r: number, c: number) => unknown) => {
      const { target, b } = at();
      if (cells(b) > 5_000_000) throw new FakeExcelError('RangeExceedsLimit', `${label} has more cells than a read may return.`);
      return Array.from({ length: b.r1 - b.r0 + 1 }, (_, r) => Array.from({ length: b.c1 - b.c0 + 1 }, (_, c) => pick(target.cells.get(`${b.r0 + r},${b.c0 + c}`), b.r0 + r, b.c0 + c)));
    };
    const write = (key: 'formulas' | 'values' | 'numberFormat', matrix: unknown) => {
      const { target, b } = at();
      const rows = b.r1 - b.r0 + 1;
      const columns = b.c1 - b.c0 + 1;
      const scalar = !Array.isArray(matrix);
      if (!scalar) {
        const m = matrix as unknown[][];
        if (m.length !== rows || m.some((row) => !Array.isArray(row) || row.length !== columns)) {
          throw new FakeExcelError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${label} (${rows}×${columns}, given ${m.length}×${Array.isArray(m[0]) ? m[0].length : '?'}).`);
        }
      } else if (cells(b) > 1_000_000) {
        throw new FakeExcelError('InvalidArgument', `${label}: a single value for ${cells(b)} cells.`);
      }
      for (let r = 0; r < rows; r += 1) {
        for (let c = 0; c < columns; c += 1) {
          const entry = scalar ? matrix : (matrix as unknown[][])[r][c];
          if (entry === null || entry === undefined) continue;
          const row = b.r0 + r;
          const col = b.c0 + c;
          if (target.protection && (key !== 'numberFormat' ? fake.locked(target, row, col) : target.protection.options.allowFormatCells !== true)) {
            throw new FakeExcelError('AccessDenied', `The cell ${boxAddress({ r0: row, r1: row, c0: col, c1: col })} is on the protected sheet ${target.name}.`);
          }
          if (typeof entry === 'object') throw new FakeExcelError('InvalidArgument', `${label}: ${JSON.stringify(entry)} is not a cell value.`);
          const at = `${row},${col}`;
          const cell = target.cells.get(at);
          if (key === 'numberFormat') {
            if (typeof entry !== 'string') throw new FakeExcelError('InvalidArgument', `${label}: number formats are text.`);
            target.cells.set(at, { ...(cell ?? { value: '' }), numberFormat: entry });
          } else {
            if (typeof entry === 'string' && entry.length > 32_767) throw new FakeExcelError('InvalidArgument', `${label}: a cell holds at most 32,767 characters.`);
            const next = typed(entry as string | number | boolean);
            if (cell?.numberFormat !== undefined) next.numberFormat = cell.numberFormat;
            target.cells.set(at, next);
          }
        }
      }
    };
    const changed = () => {
      const b = area();
      if (b === NULL) return undefined;
      return { sheet: sheet(), address: boxAddress(b) };
    };
    const proxy: Excel.Range = this.object(
      label,
      undefined,
      resolve,
      () => ({
        isNullObject: () => area() === NULL,
        address: () => resolve() === NULL ? NULL : (resolve() as { address: string }).address,
        values: () => grid((cell) => cell?.value ?? ''),
        formulas: () => grid((cell) => cell?.formula ?? cell?.value ?? ''),
        numberFormat: () => grid((cell) => cell?.numberFormat ?? 'General'),
        rowCount: () => at().b.r1 - at().b.r0 + 1,
        columnCount: () => at().b.c1 - at().b.c0 + 1,
        cellCount: () => cells(at().b),
      }),
      {
        set formulas(matrix: unknown) {
          fake.setProp(proxy, 'formulas', matrix, () => write('formulas', matrix), changed);
        },
        set values(matrix: unknown) {
          fake.setProp(proxy, 'values', matrix, () => write('values', matrix), changed);
        },
        set numberFormat(matrix: unknown) {
          fake.setProp(proxy, 'numberFormat', matrix, () => write('numberFormat', matrix));
        },
        set columnHidden(value: boolean) {
          fake.setProp(proxy, 'columnHidden', value, () => {
            const { target, b } = at();
            fake.checkUnprotected(target, 'Hiding columns', 'allowFormatColumns');
            target.formats.push({ address: boxAddress(b), key: 'columnHidden', value });
          });
        },
        merge: (across?: boolean) =>
          fake.callMethod(proxy, 'merge', [across ?? false], () => {
            const { target, b } = at();
            fake.checkUnprotected(target, 'Merging cells');
            if (target.tables.some((t) => overlaps(t.box, b))) throw new FakeExcelError('InvalidOperation', `Cells of a table cannot be merged (${boxAddress(b)}).`);
            if (target.merges.some((m) => overlaps(box(m), b))) throw new FakeExcelError('InvalidOperation', `${boxAddress(b)} overlaps a merged area.`);
            target.merges.push(boxAddress(b));
          }),
        getMergedAreasOrNullObject: () => fake.mergedAreas(proxy, at, label),
        // Office.js sets large 2-D arrays row block by row block: getRow(i).getBoundingRect(getRow(j)).
        getRow: (index: number) => {
          const row = fake.memo(() => {
            const b = area();
            if (b === NULL) throw new FakeExcelError('InvalidObjectPath', `${label} is a null object.`);
            if (index < 0 || b.r0 + index > b.r1) throw new FakeExcelError('InvalidArgument', `${label} has no row ${index}.`);
            return { ...b, r0: b.r0 + index, r1: b.r0 + index };
          });
          return fake.rangeOf(sheet, sheetLabel, row, `${label} row ${index}`);
        },
        getBoundingRect: (other: unknown) => {
          const otherNode = fake.nodes.get(other as object);
          if (!otherNode) throw new FakeExcelError('InvalidArgument', 'getBoundingRect takes a range.');
          const bound = fake.memo(() => {
            const mine = area();
            const theirs = otherNode.target() as { sheet: FakeSheet; box: Box } | typeof NULL;
            if (mine === NULL || theirs === NULL) throw new FakeExcelError('InvalidObjectPath', 'getBoundingRect of a null object.');
            return { r0: Math.min(mine.r0, theirs.box.r0), c0: Math.min(mine.c0, theirs.box.c0), r1: Math.max(mine.r1, theirs.box.r1), c1: Math.max(mine.c1, theirs.box.c1) };
          });
          return fake.rangeOf(sheet, sheetLabel, bound, `${label} bound`);
        },
        getIntersectionOrNullObject: (other: unknown) => {
          const otherNode = fake.nodes.get(other as object);
          if (!otherNode) throw new FakeExcelError('InvalidArgument', 'getIntersectionOrNullObject takes a range.');
          const resolveBox = fake.memo(() => {
            const mine = area();
            const theirs = otherNode.target() as { sheet: FakeSheet; box: Box } | typeof NULL;
            if (mine === NULL || theirs === NULL) return NULL;
            if (theirs.sheet !== sheet()) throw new FakeExcelError('InvalidArgument', 'The ranges are on different sheets.');
            return intersection(mine, theirs.box) ?? NULL;
          });
          return fake.rangeOf(sheet, sheetLabel, () => resolveBox() as Box | typeof NULL, `${label} ∩`);
        },
        get format() {
          return nav('format', () => fake.rangeFormat(proxy, at, label));
        },
        get dataValidation() {
          return nav('dataValidation', () => fake.dataValidation(proxy, at, label));
        },
        get conditionalFormats() {
          return nav('conditionalFormats', () => fake.conditionalFormats(proxy, at, label));
        },
      },
      110 + label.length,
    ) as unknown as Excel.Range;
    return proxy;
  }

  private mergedAreas(owner: object, at: () => { target: FakeSheet; b: Box }, label: string) {
    const find = () => {
      const { target, b } = at();
      return target.merges.filter((m) => overlaps(box(m), b)).map((m) => `${sheetRef(target.name)}!${m}`);
    };
    const areas = this.object(`${label} mergedAreas.areas`, undefined, () => find(), () => ({}), {}, 80, () =>
      find().map((address) => this.object(`${address}`, undefined, () => address, () => ({ address: () => address }), {})),
    );
    return this.object(`${label} mergedAreas`, this.node(owner), () => (find().length === 0 ? NULL : find()), () => ({ isNullObject: () => find().length === 0 }), { areas });
  }

  private rangeFormat(owner: object, at: () => { target: FakeSheet; b: Box }, label: string) {
    const fake = this;
    const record = (proxy: () => object, key: string, value: unknown, allow: string, check?: (value: unknown) => void) =>
      fake.setProp(proxy(), key.split('.').pop()!, value, () => {
        const { target, b } = at();
        fake.checkUnprotected(target, `Changing ${key}`, allow);
        check?.(value);
        target.formats.push({ address: boxAddress(b), key, value });
      });
    const props = (proxy: () => object, prefix: string, keys: Record<string, (value: unknown) => void>, allow = 'allowFormatCells') => {
      const members: Record<string, unknown> = {};
      for (const [key, check] of Object.entries(keys)) {
        Object.defineProperty(members, key, { enumerable: true, set: (value: unknown) => record(proxy, `${prefix}${key}`, value, allow, check) });
      }
      return members;
    };
    const color = (value: unknown) => {
      if (typeof value !== 'string' || !/^#[0-9A-F]{6}$/i.test(value)) throw new FakeExcelError('InvalidArgument', `Color ${String(value)} is not #RRGGBB.`);
    };
    const number = (value: unknown) => {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new FakeExcelError('InvalidArgument', `${String(value)} is not a size.`);
    };
    const oneOf = (...allowed: string[]) => (value: unknown) => {
      if (!allowed.includes(value as string)) throw new FakeExcelError('InvalidArgument', `${String(value)} is not one of ${allowed.join(', ')}.`);
    };
    const any = () => undefined;
    const parent = this.node(owner);
    const font: object = this.object(`${label} format.font`, undefined, at, () => ({}), props(() => font, 'format.font.', { name: any, size: number, bold: any, italic: any, color }), 80);
    const fillMembers: object = Object.defineProperties(props(() => fill, 'format.fill.', { color }), {
      clear: { enumerable: true, value: () =>
        fake.callMethod(fill, 'clear', [], () => {
          const { target, b } = at();
          fake.checkUnprotected(target, 'Clearing a fill', 'allowFormatCells');
          target.formats.push({ address: boxAddress(b), key: 'format.fill.clear', value: true });
        }) },
    });
    const fill: object = this.object(`${label} format.fill`, undefined, at, () => ({}), fillMembers, 80);
    const protectionMembers = {};
    Object.defineProperty(protectionMembers, 'locked', {
      enumerable: true,
      set: (value: boolean) =>
        fake.setProp(protection, 'locked', value, () => {
          const { target, b } = at();
          fake.checkUnprotected(target, 'Changing locked cells');
          target.locks.push({ box: b, locked: value });
          target.formats.push({ address: boxAddress(b), key: 'format.protection.locked', value });
        }),
    });
    const protection: object = this.object(`${label} format.protection`, undefined, at, () => ({}), protectionMembers, 80);
    const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical', 'DiagonalDown', 'DiagonalUp'];
    const borders: object = this.object(`${label} format.borders`, undefined, at, () => ({}), {
      getItem: (edge: string) => {
        if (!edges.includes(edge)) throw new FakeExcelError('InvalidArgument', `${edge} is not a border.`);
        const members = props(() => border, `format.borders.${edge}.`, { style: oneOf('None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'), color, weight: any });
        const border: object = this.object(`${label} format.borders.getItem(${edge})`, undefined, at, () => ({}), members, 110);
        this.node(border).parent = this.node(borders);
        return border;
      },
    }, 80);
    const formatMembers: object = Object.assign(props(() => format, 'format.', {
      wrapText: any,
      horizontalAlignment: oneOf('General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'),
      verticalAlignment: oneOf('Top', 'Center', 'Bottom', 'Justify', 'Distributed'),
    }), { font, fill, protection, borders });
    Object.defineProperty(formatMembers, 'columnWidth', { enumerable: true, set: (value: unknown) => record(() => format, 'format.columnWidth', value, 'allowFormatColumns', number) });
    Object.defineProperty(formatMembers, 'rowHeight', {
      enumerable: true,
      set: (value: unknown) => record(() => format, 'format.rowHeight', value, 'allowFormatRows', (v) => {
        number(v);
        if ((v as number) > 409) throw new FakeExcelError('InvalidArgument', `A row is at most 409 points high (${String(v)}).`);
      }),
    });
    const format: object = this.object(`${label} format`, parent, at, () => ({}), formatMembers, 80);
    for (const child of [font, fill, protection, borders]) this.node(child).parent = this.node(format);
    return format;
  }

  private dataValidation(owner: object, at: () => { target: FakeSheet; b: Box }, label: string) {
    const fake = this;
    const entry = () => {
      const { target, b } = at();
      const address = boxAddress(b);
      let found = target.validations.find((v) => v.address === address);
      if (!found) {
        found = { address, settings: {} };
        target.validations.push(found);
      }
      return { target, found };
    };
    const members = {
      clear: () =>
        fake.callMethod(proxy, 'clear', [], () => {
          const { target, b } = at();
          fake.checkUnprotected(target, 'Clearing data validation');
          target.validations = target.validations.filter((v) => !overlaps(box(v.address), b));
        }),
    };
    for (const key of ['rule', 'ignoreBlanks', 'prompt', 'errorAlert']) {
      Object.defineProperty(members, key, {
        enumerable: true,
        set: (value: unknown) =>
          fake.setProp(proxy, key, value, () => {
            const { target, found } = entry();
            fake.checkUnprotected(target, 'Setting data validation');
            if (key === 'rule') {
              const rule = value as Record<string, Record<string, unknown>>;
              const kinds = Object.keys(rule ?? {});
              if (kinds.length !== 1) throw new FakeExcelError('InvalidArgument', 'A data validation rule has exactly one kind.');
              const source = rule.list?.source;
              if (typeof source === 'string' && source.startsWith('=')) fake.checkReferences(source, 'The list source');
              if (typeof source === 'string' && !source.startsWith('=') && source.length > 255) throw new FakeExcelError('InvalidArgument', 'A literal list is at most 255 characters.');
              found.settings.rule = JSON.parse(JSON.stringify(value));
            } else {
              found.settings[key] = value;
            }
          }),
      });
    }
    const proxy = this.object(`${label} dataValidation`, this.node(owner), at, () => ({}), members, 80);
    return proxy;
  }

  private conditionalFormats(owner: object, at: () => { target: FakeSheet; b: Box }, label: string) {
    const fake = this;
    const collection = this.object(`${label} conditionalFormats`, this.node(owner), at, () => ({}), {
      add: (type: string) => {
        if (!['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'].includes(type)) {
          throw new FakeExcelError('InvalidArgument', `${type} is not a conditional format type.`);
        }
        let entry: { address: string; type: string; settings: Record<string, unknown> } | undefined;
        fake.callMethod(collection, 'add', [type], () => {
          const { target, b } = at();
          fake.checkUnprotected(target, 'Adding a conditional format', 'allowFormatCells');
          entry = { address: boxAddress(b), type, settings: {} };
          target.conditionalFormats.push(entry);
        });
        const base = `${label} conditionalFormats.add()`;
        const setting = (proxy: () => object, key: string, check?: (v: unknown) => void) => ({
          enumerable: true,
          set: (value: unknown) =>
            fake.setProp(proxy(), key.split('.').pop()!, value, () => {
              if (!entry) throw new FakeExcelError('InvalidObjectPath', 'The conditional format was not added.');
              check?.(value);
              entry.settings[key] = value;
            }),
        });
        const color = (value: unknown) => {
          if (typeof value !== 'string' || !/^#[0-9A-F]{6}$/i.test(value)) throw new FakeExcelError('InvalidArgument', `Color ${String(value)} is not #RRGGBB.`);
        };
        const made = (suffix: string, members: object, parent?: object) =>
          this.object(`${base}${suffix}`, parent ? this.node(parent) : this.node(collection), at, () => ({}), members, 90);
        const addedProxy = made('', {
          get custom() {
            if (type !== 'Custom') throw new FakeExcelError('InvalidOperation', 'custom is only for Custom conditional formats.');
            return custom;
          },
          get dataBar() {
            if (type !== 'DataBar') throw new FakeExcelError('InvalidOperation', 'dataBar is only for DataBar conditional formats.');
            return dataBar;
          },
        });
        const ruleMembers = {};
        Object.defineProperty(ruleMembers, 'formula', setting(() => rule, 'custom.rule.formula', (v) => {
          if (typeof v !== 'string' || !v.startsWith('=')) throw new FakeExcelError('InvalidArgument', 'A conditional format formula starts with =.');
        }));
        const fontMembers = {};
        Object.defineProperty(fontMembers, 'color', setting(() => font, 'custom.format.font.color', color));
        Object.defineProperty(fontMembers, 'bold', setting(() => font, 'custom.format.font.bold'));
        const fillMembers = {};
        Object.defineProperty(fillMembers, 'color', setting(() => fill, 'custom.format.fill.color', color));
        const positiveMembers = {};
        Object.defineProperty(positiveMembers, 'fillColor', setting(() => positive, 'dataBar.positiveFormat.fillColor', color));
        const custom = made('.custom', {
          get rule() {
            return rule;
          },
          get format() {
            return customFormat;
          },
        }, addedProxy);
        const rule = made('.custom.rule', ruleMembers, custom);
        const customFormat = made('.custom.format', {
          get font() {
            return font;
          },
          get fill() {
            return fill;
          },
        }, custom);
        const font = made('.custom.format.font', fontMembers, customFormat);
        const fill = made('.custom.format.fill', fillMembers, customFormat);
        const dataBar = made('.dataBar', {
          get positiveFormat() {
            return positive;
          },
        }, addedProxy);
        const positive = made('.dataBar.positiveFormat', positiveMembers, dataBar);
        return addedProxy;
      },
    });
    return collection;
  }
}
