/// <reference types="office-js" />
/**
 * Whether the pane runs inside Office, and which workspace it starts with.
 *
 * Office.onReady() resolves when Office.js has talked to its host; in a plain browser Office.js
 * resolves it with no host after a few hundred milliseconds. Inside Office that can take long (a slow machine, a large
 * workbook opening, Office.js still loading its host scripts), so the pane must not give up on a
 * timer there: it would run standalone inside Excel for good. The pane tells the two apart by the
 * signs Office.js itself reads to find its host (OSF _retrieveHostInfo in office.js): the
 * `_host_Info` query parameter Office on the web and some desktop hosts add to the add-in's URL, the
 * host info Office on the web puts in `window.name`, the copy Office.js keeps in sessionStorage
 * (`hostInfoValue`) across reloads, the `window.external` host object of Office on Windows (and
 * Office 2013/2016's GetContext), the `agaveHost` object and the `Agave` message handler of Office on
 * Mac and iPad.
 */

/** Which of those signs was found. */
export type HostSign = '_host_Info' | 'window.name' | 'sessionStorage' | 'window.external' | 'agaveHost' | 'webkit.Agave';

/** The parts of `window` the signs are read from. */
export interface HostWindow {
  location: { search: string };
  name?: string;
  sessionStorage?: Pick<Storage, 'getItem'>;
  external?: unknown;
  agaveHost?: unknown;
  webkit?: { messageHandlers?: Record<string, unknown> };
}

function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The first sign that the page is inside an Office host, or null in a plain browser. */
export function officeHostSign(win: HostWindow): HostSign | null {
  if (attempt(() => /[?&]_host_Info=/i.test(win.location.search))) return '_host_Info';
  if (attempt(() => Boolean((JSON.parse(win.name ?? '') as { hostInfo?: unknown } | null)?.hostInfo))) return 'window.name';
  if (attempt(() => Boolean(win.sessionStorage?.getItem('hostInfoValue')))) return 'sessionStorage';
  // Internet Explorer reports COM members as typeof 'unknown': anything but 'undefined' counts, as in Office.js.
  const external = win.external as Record<string, unknown> | undefined;
  if (attempt(() => external !== undefined && external !== null && (typeof external.GetHostInfo !== 'undefined' || typeof external.GetContext !== 'undefined'))) {
    return 'window.external';
  }
  if (attempt(() => typeof win.agaveHost !== 'undefined')) return 'agaveHost';
  if (attempt(() => win.webkit?.messageHandlers?.Agave !== undefined)) return 'webkit.Agave';
  return null;
}

/** What Office.onReady resolves to, as far as the pane cares. */
export interface ReadyInfo {
  host: Office.HostType | string | null;
}

export interface OfficeLike {
  onReady(): Promise<ReadyInfo>;
}

export type StartMode = 'excel' | 'standalone';

export interface ChooseOptions {
  /** The global Office object, absent when Office.js did not load. */
  office: OfficeLike | undefined;
  /** Whether the page is inside an Office host (officeHostSign). */
  inHost: boolean;
  /** Called when, outside a recognised host, Office reports Excel after all. */
  onLateExcel?: () => void;
}

const EXCEL = 'Excel';

/**
 * The mode to start in. Inside an Office host it waits for Office.onReady as long as it takes (the
 * pane shows that it is waiting, and offers standalone mode by hand); a host that never loaded
 * Office.js never resolves. In a plain browser it starts standalone at once, without waiting for
 * Office.js (which takes a few hundred milliseconds to find no host); should Office report Excel
 * after all, `onLateExcel` is called and the pane moves to the workbook.
 */
export function chooseMode({ office, inHost, onLateExcel }: ChooseOptions): Promise<StartMode> {
  const hasOffice = office !== undefined && typeof office.onReady === 'function';
  if (!inHost) {
    if (hasOffice) {
      office.onReady().then(
        (info) => {
          if (info?.host === EXCEL) onLateExcel?.();
        },
        () => undefined,
      );
    }
    return Promise.resolve('standalone');
  }
  if (!hasOffice) return new Promise<StartMode>(() => undefined);
  return office.onReady().then(
    (info): StartMode => (info?.host === EXCEL ? 'excel' : 'standalone'),
    (): StartMode => 'standalone',
  );
}

/** What the ES5 guard in taskpane.html reads: set once the pane's first screen is drawn. */
export interface GuardFlags {
  __dubanStarted?: boolean;
  __dubanUnsupported?: boolean;
}
