/**
 * The other end of Microsoft's Office.js client library: the JSON request it builds for each
 * context.sync() ({"Actions":[…],"ObjectPaths":{…}}) is run against the strict fake Excel and
 * answered as Excel answers ({"Results":[{"ActionId":…,"Value":…}]}, PascalCase properties,
 * collections as {"_Items":[…]}, a null object as null, a worksheet's Id on instantiation so the
 * client can address it in later requests). The sizes of both are recorded as sent.
 */
import { FakeExcel } from '../fake-excel.js';

interface ObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[] };
}

export interface Exchange {
  request: number;
  response: number;
  actions: number;
}

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export class OfficeJsServer {
  readonly exchanges: Exchange[] = [];
  private readonly objects = new Map<number, unknown>();
  private context: Excel.RequestContext;

  constructor(readonly excel: FakeExcel) {
    this.context = excel.context();
  }

  /** A new Excel.RequestContext on the client side: its path ids start again. */
  reset(): void {
    this.objects.clear();
    this.context = this.excel.context();
  }

  async handle(text: string): Promise<string> {
    const body = JSON.parse(text) as { Actions: Action[]; ObjectPaths: Record<string, ObjectPath> };
    let response: unknown;
    try {
      response = await this.run(body);
    } catch (error) {
      const { code, message } = error as { code?: string; message: string };
      response = { ErrorCode: code ?? 'GeneralException', ErrorMessage: message, HttpStatusCode: 400, Body: null };
    }
    const answer = JSON.stringify(response);
    this.exchanges.push({ request: Buffer.byteLength(text, 'utf8'), response: Buffer.byteLength(answer, 'utf8'), actions: body.Actions.length });
    return answer;
  }

  private resolve(id: number, paths: Record<string, ObjectPath>): unknown {
    if (this.objects.has(id)) return this.objects.get(id);
    const path = paths[String(id)];
    if (!path) throw new Error(`object path ${id} was neither sent nor seen before`);
    const parent = path.ParentObjectPathId !== undefined ? (this.resolve(path.ParentObjectPathId, paths) as Record<string, unknown>) : undefined;
    const args = this.arguments(path.ArgumentInfo, paths);
    let object: unknown;
    switch (path.ObjectPathType) {
      case 1: // the root: the workbook
        object = this.context.workbook;
        break;
      case 3: // a method that returns an object
        object = (parent![camel(path.Name)] as (...a: unknown[]) => unknown)(...args);
        break;
      case 4: // a navigation property
        object = path.Name === '_Runtime' ? this.context.runtime : parent![camel(path.Name)];
        break;
      case 5: // an indexer: getItem
        object = (parent!.getItem as (...a: unknown[]) => unknown)(...args);
        break;
      default:
        throw new Error(`object path type ${path.ObjectPathType} (${path.Name}) is not served`);
    }
    this.objects.set(id, object);
    return object;
  }

  private arguments(info: ObjectPath['ArgumentInfo'], paths: Record<string, ObjectPath>): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return args.map((arg, i) => (refs[i] ? this.resolve(refs[i], paths) : arg));
  }

  private async run(body: { Actions: Action[]; ObjectPaths: Record<string, ObjectPath> }) {
    const answers: { id: number; answer: () => unknown }[] = [];
    for (const action of body.Actions) {
      const target = this.resolve(action.ObjectPathId, body.ObjectPaths) as Record<string, unknown>;
      if (action.ActionType === 1) {
        // Instantiate: a worksheet answers with its id (loaded with it), so the client can keep it.
        if ('getUsedRangeOrNullObject' in target) {
          (target.load as (s: string) => void)('isNullObject,id');
          answers.push({ id: action.Id, answer: () => (target.isNullObject ? null : { Id: target.id }) });
        }
      } else if (action.ActionType === 2) {
        const select = action.QueryInfo?.Select ?? [];
        const nullable = 'isNullObject' in target;
        const isCollection = this.isCollection(target);
        const spec = (isCollection ? select.map((s) => `items/${s}`) : select.map((s) => this.fakeSelect(target, s))).concat(nullable ? ['isNullObject'] : []);
        (target.load as (s: string[]) => void)(spec);
        answers.push({ id: action.Id, answer: () => this.value(target, select, isCollection) });
      } else if (action.ActionType === 3 && action.Name.startsWith('_')) {
        // The client's own checks (_ValidateArraySize before a 2-D array is set): the fake checks
        // the array itself when it is written.
      } else if (action.ActionType === 3) {
        const result = (target[camel(action.Name)] as (...a: unknown[]) => unknown)(...this.arguments(action.ArgumentInfo, body.ObjectPaths));
        void result;
      } else if (action.ActionType === 4) {
        target[camel(action.Name)] = this.arguments(action.ArgumentInfo, body.ObjectPaths)[0];
      } else {
        throw new Error(`action type ${action.ActionType} is not served`);
      }
    }
    await this.context.sync();
    return { ErrorCode: null, ErrorMessage: null, HttpStatusCode: 200, Headers: {}, Body: { Results: answers.map(({ id, answer }) => ({ ActionId: id, Value: answer() })) } };
  }

  /** "areas/address" as the fake loads it: "areas/items/address" when areas is a collection. */
  private fakeSelect(target: Record<string, unknown>, select: string): string {
    const [head, ...rest] = select.split('/');
    if (rest.length === 0) return select;
    const child = target[head] as Record<string, unknown>;
    return this.isCollection(child) ? `${head}/items/${rest.join('/')}` : `${head}/${this.fakeSelect(child, rest.join('/'))}`;
  }

  private isCollection(target: Record<string, unknown>): boolean {
    try {
      void target.items;
    } catch (error) {
      return (error as { code?: string }).code === 'PropertyNotLoaded';
    }
    return true;
  }

  /** A loaded object as Excel sends it: PascalCase properties, "a/b" selects nested, items in _Items. */
  private value(target: Record<string, unknown>, select: string[], isCollection: boolean): unknown {
    if ('isNullObject' in target && target.isNullObject === true) return null;
    if (isCollection) return { _Items: (target.items as Record<string, unknown>[]).map((item) => this.value(item, select, false)) };
    const value: Record<string, unknown> = {};
    const nested = new Map<string, string[]>();
    for (const key of select) {
      const [head, ...rest] = key.split('/');
      if (rest.length > 0) nested.set(head, [...(nested.get(head) ?? []), rest.join('/')]);
      else if (key !== 'isNullObject') value[pascal(key)] = target[key];
    }
    for (const [head, sub] of nested) {
      const child = target[head] as Record<string, unknown>;
      value[pascal(head)] = this.value(child, sub, this.isCollection(child));
    }
    if ('id' in target && value.Id === undefined) {
      try {
        value.Id = target.id;
      } catch {
        // not loaded: the client does without
      }
    }
    return value;
  }
}
