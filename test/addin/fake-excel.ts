/**
 * A recording fake of the part of the Excel JavaScript API that src/excel uses. It keeps a small
 * workbook model (sheets, cells, merges, names, tables) so that what is rendered can be read back,
 * records every property set and method call, counts context.sync() calls, and behaves like Office
 * where it matters for correctness:
 *   - loaded properties can only be read after a sync (reading earlier throws PropertyNotLoaded);
 *   - errors of queued commands surface at the next sync;
 *   - writing through values/formulas interprets text as typing does: "=…", "+…", "-…" become
 *     formulas, numbers and ISO dates become numbers, and a leading apostrophe keeps the rest as text.
 */
import { columnIndex, columnLetter, parseAddress } from '../../src/domain/grid.js';

export interface Call {
  /** "Sheet!A1:B2 format.font.bold" style path of the object and member. */
  path: string;
  value?: unknown;
  args?: unknown[];
}

interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  /** The written text had a leading apostrophe. */
  prefixed?: boolean;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>;
  merges: string[];
  tables: string[];
  listeners: ((event: unknown) => unknown)[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** What Excel stores when a value is typed into a cell. */
function typed(entry: string | number | boolean): FakeCell {
  if (typeof entry !== 'string') return { value: entry };
  if (entry.startsWith("'")) return { value: entry.slice(1), prefixed: true };
  if (/^[=+-]/.test(entry) && !NUMBER.test(entry)) return { value: 0, formula: entry.startsWith('=') ? entry : `=${entry}` };
  if (NUMBER.test(entry)) return { value: Number(entry) };
  if (ISO.test(entry)) return { value: (Date.UTC(+entry.slice(0, 4), +entry.slice(5, 7) - 1, +entry.slice(8)) - Date.UTC(1899, 11, 30)) / 86_400_000 };
  return { value: entry };
}

interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function box(address: string): Box {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [from, to = from] = local.split(':');
  if (/^[A-Z]+$/i.test(from)) return { r0: 0, r1: 1_048_575, c0: columnIndex(from), c1: columnIndex(to) };
  if (/^\d+$/.test(from)) return { r0: Number(from) - 1, r1: Number(to) - 1, c0: 0, c1: 16_383 };
  const a = parseAddress(from);
  const b = parseAddress(to);
  return { r0: a.row0, c0: a.col0, r1: b.row0, c1: b.col0 };
}

function boxAddress(b: Box): string {
  const from = `${columnLetter(b.c0)}${b.r0 + 1}`;
  const to = `${columnLetter(b.c1)}${b.r1 + 1}`;
  return from === to ? from : `${from}:${to}`;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, string>();
  readonly calls: Call[] = [];
  syncs = 0;
  private nextId = 1;
  private pendingError: Error | undefined;
  /** Objects whose load() is waiting for a sync, with the values to expose after it. */
  private pendingLoads: (() => void)[] = [];

  constructor(sheets: { name: string; rows?: (string | number | boolean | null)[][] }[] = [{ name: 'Sheet1' }]) {
    for (const sheet of sheets) {
      const model = this.addSheet(sheet.name);
      (sheet.rows ?? []).forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null) model.cells.set(`${r},${c}`, { value });
        }),
      );
    }
  }

  private addSheet(name: string): FakeSheet {
    const sheet: FakeSheet = { id: `{${this.nextId++}}`, name, visibility: 'Visible', cells: new Map(), merges: [], tables: [], listeners: [] };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
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

  fail(message: string): void {
    this.pendingError ??= new Error(message);
  }

  /** A request context over this workbook (Excel.run gives a new one per batch). */
  context(): Excel.RequestContext {
    const context = {
      workbook: this.workbook(),
      sync: async () => {
        this.syncs += 1;
        const error = this.pendingError;
        this.pendingError = undefined;
        const loads = this.pendingLoads;
        this.pendingLoads = [];
        if (error) throw error;
        for (const resolve of loads) resolve();
      },
    };
    return context as unknown as Excel.RequestContext;
  }

  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context());

  /** A user edit: writes the values and fires onChanged as Excel does. */
  async edit(sheetName: string, address: string, values: (string | number)[][]): Promise<void> {
    const sheet = this.sheet(sheetName);
    const b = box(address);
    values.forEach((row, r) => row.forEach((value, c) => sheet.cells.set(`${b.r0 + r},${b.c0 + c}`, typed(value))));
    const event = { worksheetId: sheet.id, address: `${sheet.name}!${address}`, changeType: 'RangeEdited', source: 'Local', type: 'WorksheetChanged' };
    for (const listener of [...sheet.listeners, ...this.workbookListeners]) await listener(event);
  }

  private workbookListeners: ((event: unknown) => unknown)[] = [];

  /**
   * An object whose listed properties can be read only after load() + sync(); anything else set or
   * called on it is recorded under `path`.
   */
  private loadable<T extends object>(path: string, loaders: Record<string, () => unknown>, members: T): T {
    const loaded = new Map<string, unknown>();
    const load = (spec?: string | string[]) => {
      const wanted = (Array.isArray(spec) ? spec : (spec ?? '').split(',')).map((s) => s.trim().split('/')[0]).filter(Boolean);
      // Like Office, loading anything of an object also tells whether it is a null object.
      if ('isNullObject' in loaders) wanted.push('isNullObject');
      this.pendingLoads.push(() => {
        for (const key of wanted) if (key in loaders) loaded.set(key, loaders[key]());
      });
    };
    return new Proxy(members as T & { load: typeof load }, {
      get: (target, prop: string) => {
        if (prop === 'load') return load;
        if (prop in loaders) {
          if (!loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${path}.${prop}`);
          return loaded.get(prop);
        }
        if (prop in target) return (target as Record<string, unknown>)[prop];
        return this.recorder(`${path} ${prop}`);
      },
      set: (target, prop: string, value) => {
        if (prop in target) (target as Record<string, unknown>)[prop] = value;
        this.calls.push({ path: `${path} ${prop}`, value });
        return true;
      },
    });
  }

  /** Records every property set and call below `path`; calls return further recorders. */
  private recorder(path: string): never {
    const fn = (...args: unknown[]) => {
      this.calls.push({ path, args });
      return this.recorder(`${path}()`);
    };
    return new Proxy(fn, {
      get: (_, prop: string) => (prop === 'then' ? undefined : this.recorder(`${path}.${prop}`)),
      set: (_, prop: string, value) => {
        this.calls.push({ path: `${path}.${prop}`, value });
        return true;
      },
    }) as never;
  }

  private workbook() {
    const worksheets = this.loadable(
      'worksheets',
      { items: () => this.sheets.map((sheet) => this.worksheet(sheet, true)) },
      {
        add: (name: string) => {
          this.calls.push({ path: 'worksheets add', args: [name] });
          if (this.sheets.some((s) => s.name === name)) this.fail(`A sheet named ${name} already exists`);
          return this.worksheet(this.addSheet(name));
        },
        getItem: (key: string) => {
          const sheet = this.sheets.find((s) => s.id === key || s.name === key);
          if (!sheet) this.fail(`ItemNotFound: ${key}`);
          return this.worksheet(sheet ?? this.addDetached(key));
        },
        getItemOrNullObject: (name: string) => {
          const sheet = this.sheets.find((s) => s.name === name);
          return sheet ? this.worksheet(sheet) : this.loadable(`null sheet ${name}`, { isNullObject: () => true }, {});
        },
        onChanged: {
          add: (listener: (event: unknown) => unknown) => {
            this.workbookListeners.push(listener);
            return this.registration(() => (this.workbookListeners = this.workbookListeners.filter((l) => l !== listener)));
          },
        },
      },
    );
    const names = {
      add: (name: string, ref: string) => {
        this.calls.push({ path: 'names add', args: [name, ref] });
        if (this.names.has(name)) this.fail(`A name ${name} already exists`);
        this.names.set(name, ref);
      },
      getItemOrNullObject: (name: string) =>
        this.loadable(`name ${name}`, { isNullObject: () => !this.names.has(name) }, { delete: () => this.names.delete(name) }),
    };
    const tables = {
      getItem: (name: string) => {
        if (!this.sheets.some((s) => s.tables.includes(name))) this.fail(`ItemNotFound: table ${name}`);
        return { name, kind: 'table' };
      },
    };
    return { worksheets, names, tables };
  }

  private addDetached(name: string): FakeSheet {
    return { id: 'detached', name, visibility: 'Visible', cells: new Map(), merges: [], tables: [], listeners: [] };
  }

  private registration(remove: () => void) {
    const context = this.context();
    return {
      context,
      remove: () => {
        this.calls.push({ path: 'event remove' });
        remove();
      },
    };
  }

  private worksheet(sheet: FakeSheet, preloaded = false): Excel.Worksheet {
    const path = () => `sheet[${sheet.name}]`;
    const members = {
      delete: () => {
        this.calls.push({ path: `${path()} delete` });
        this.sheets.splice(this.sheets.indexOf(sheet), 1);
      },
      activate: () => this.calls.push({ path: `${path()} activate` }),
      getRange: (address: string) => this.range(sheet, address),
      getUsedRangeOrNullObject: () => this.usedRange(sheet),
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          this.calls.push({ path: `${path()} tables.add`, args: [address, hasHeaders] });
          const table = { name: '', style: '', showFilterButton: true };
          return new Proxy(table, {
            set: (target, prop: string, value) => {
              (target as Record<string, unknown>)[prop] = value;
              this.calls.push({ path: `table ${prop}`, value });
              if (prop === 'name') sheet.tables.push(value as string);
              return true;
            },
          });
        },
      },
      onChanged: {
        add: (listener: (event: unknown) => unknown) => {
          sheet.listeners.push(listener);
          return this.registration(() => (sheet.listeners = sheet.listeners.filter((l) => l !== listener)));
        },
      },
      get name() {
        return sheet.name;
      },
      set name(value: string) {
        sheet.name = value;
      },
      get visibility() {
        return sheet.visibility;
      },
      set visibility(value: FakeSheet['visibility']) {
        sheet.visibility = value;
      },
      get id() {
        return sheet.id;
      },
    };
    if (preloaded) return members as unknown as Excel.Worksheet;
    const loaders = { isNullObject: () => !this.sheets.includes(sheet), name: () => sheet.name, visibility: () => sheet.visibility };
    return this.loadable(path(), loaders, members) as unknown as Excel.Worksheet;
  }

  private range(sheet: FakeSheet, address: string): Excel.Range {
    const b = box(address);
    const path = `${sheet.name}!${address}`;
    const write = (matrix: unknown[][], key: 'formulas' | 'numberFormat') => {
      matrix.forEach((row, r) =>
        row.forEach((entry, c) => {
          if (entry === null || entry === undefined) return;
          const at = `${b.r0 + r},${b.c0 + c}`;
          if (key === 'numberFormat') {
            const cell = sheet.cells.get(at) ?? { value: '' };
            sheet.cells.set(at, { ...cell, numberFormat: entry as string });
          } else {
            sheet.cells.set(at, { ...typed(entry as string), numberFormat: sheet.cells.get(at)?.numberFormat });
          }
        }),
      );
    };
    const members = {
      set formulas(matrix: unknown[][]) {
        write(matrix, 'formulas');
      },
      set values(matrix: unknown[][]) {
        write(matrix, 'formulas');
      },
      set numberFormat(matrix: unknown[][]) {
        write(matrix, 'numberFormat');
      },
      merge: (across: boolean) => {
        this.calls.push({ path: `${path} merge`, args: [across] });
        sheet.merges.push(address);
      },
    };
    return this.loadable(path, this.rangeLoaders(sheet, b), members) as unknown as Excel.Range;
  }

  private rangeLoaders(sheet: FakeSheet, b: Box) {
    const grid = (pick: (cell: FakeCell | undefined) => unknown) =>
      Array.from({ length: b.r1 - b.r0 + 1 }, (_, r) => Array.from({ length: b.c1 - b.c0 + 1 }, (_, c) => pick(sheet.cells.get(`${b.r0 + r},${b.c0 + c}`))));
    return {
      address: () => `${sheet.name}!${boxAddress(b)}`,
      values: () => grid((cell) => cell?.value ?? ''),
      numberFormat: () => grid((cell) => cell?.numberFormat ?? 'General'),
      isNullObject: () => false,
    };
  }

  private usedRange(sheet: FakeSheet): Excel.Range {
    const keys = [...sheet.cells.entries()].filter(([, cell]) => cell.value !== '').map(([key]) => key.split(',').map(Number));
    if (keys.length === 0) {
      return this.loadable(`${sheet.name} used`, { isNullObject: () => true }, { getMergedAreasOrNullObject: () => this.loadable('no merges', { isNullObject: () => true }, {}) }) as unknown as Excel.Range;
    }
    const b: Box = {
      r0: Math.min(...keys.map((k) => k[0])),
      c0: Math.min(...keys.map((k) => k[1])),
      r1: Math.max(...keys.map((k) => k[0])),
      c1: Math.max(...keys.map((k) => k[1])),
    };
    const merges = () => ({ items: sheet.merges.map((address) => ({ address: `${sheet.name}!${address}` })) });
    return this.loadable(`${sheet.name} used`, this.rangeLoaders(sheet, b), {
      getMergedAreasOrNullObject: () => this.loadable(`${sheet.name} merges`, { areas: merges, isNullObject: () => sheet.merges.length === 0 }, {}),
    }) as unknown as Excel.Range;
  }
}
