/**
 * How the pane starts and saves files, outside the browser: the signs of an Office host, the mode it
 * starts in (waiting for Office as long as it takes inside a host), where downloads are blocked and
 * the ways offered there.
 */
import { jest } from '@jest/globals';
import { chooseMode, officeHostSign, type HostWindow, type OfficeLike, type ReadyInfo } from '../../src/taskpane/startup.js';
import { DubanError } from '../../src/domain/errors.js';
import { startupMessages } from '../../src/domain/messages/index.js';
import { onFirstUse } from '../../src/app/lazy.js';
import { downloadBlocked, openInBrowser, openInExcel, standaloneAddress, toBase64, type SaveEnvironment } from '../../src/taskpane/saving.js';

const plain: HostWindow = { location: { search: '' }, name: '', sessionStorage: { getItem: () => null }, external: {} };

describe('officeHostSign', () => {
  test('a plain browser shows no sign', () => {
    expect(officeHostSign(plain)).toBeNull();
    expect(officeHostSign({ location: { search: '?x=1' } })).toBeNull();
  });

  test.each<[string, HostWindow, string]>([
    ['the _host_Info parameter', { ...plain, location: { search: '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0' } }, '_host_Info'],
    ['host info in window.name (Office on the web)', { ...plain, name: JSON.stringify({ hostInfo: 'Excel|Web|16.00|zh-CN' }) }, 'window.name'],
    ['the host info Office.js kept in sessionStorage', { ...plain, sessionStorage: { getItem: (key) => (key === 'hostInfoValue' ? 'Excel$Mac$16.01' : null) } }, 'sessionStorage'],
    ['window.external.GetHostInfo (Office on Windows)', { ...plain, external: { GetHostInfo: () => 'Excel$Win32' } }, 'window.external'],
    ['window.external.GetContext (Office 2013/2016)', { ...plain, external: { GetContext: () => ({}) } }, 'window.external'],
    ['the agaveHost object', { ...plain, agaveHost: {} }, 'agaveHost'],
    ['the Agave message handler (Office on Mac)', { ...plain, webkit: { messageHandlers: { Agave: {} } } }, 'webkit.Agave'],
  ])('%s is a sign', (_, win, sign) => {
    expect(officeHostSign(win)).toBe(sign);
  });

  test('a window whose members throw is read as far as it can be', () => {
    const hostile = {
      location: { search: '' },
      get name(): string {
        throw new Error('denied');
      },
      get sessionStorage(): Storage {
        throw new Error('denied');
      },
    } as unknown as HostWindow;
    expect(officeHostSign(hostile)).toBeNull();
  });
});

/** An Office whose onReady resolves after `ms` with `info`, or never. */
function office(info: ReadyInfo, ms: number | 'never'): OfficeLike {
  return { onReady: () => (ms === 'never' ? new Promise<ReadyInfo>(() => undefined) : new Promise((resolve) => setTimeout(() => resolve(info), ms))) };
}

async function settled<T>(promise: Promise<T>, ms: number): Promise<T | 'pending'> {
  return Promise.race([promise, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms))]);
}

describe('chooseMode', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('inside Office it waits for onReady however long it takes, then starts in Excel', async () => {
    const mode = chooseMode({ office: office({ host: 'Excel' }, 60_000), inHost: true });
    const early = settled(mode, 59_000);
    await jest.advanceTimersByTimeAsync(59_000);
    expect(await early).toBe('pending');
    await jest.advanceTimersByTimeAsync(1_000);
    expect(await mode).toBe('excel');
  });

  test('inside Office without Office.js it keeps waiting (the pane offers standalone by hand)', async () => {
    const mode = settled(chooseMode({ office: undefined, inHost: true }), 100_000);
    await jest.advanceTimersByTimeAsync(100_000);
    expect(await mode).toBe('pending');
  });

  test('a host other than Excel starts standalone', async () => {
    const mode = chooseMode({ office: office({ host: 'Word' }, 10), inHost: true });
    await jest.advanceTimersByTimeAsync(10);
    expect(await mode).toBe('standalone');
  });

  test('a plain browser starts standalone at once, and hears of Excel should Office report it after all', async () => {
    expect(await chooseMode({ office: undefined, inHost: false })).toBe('standalone');
    const lateExcel = jest.fn();
    expect(await chooseMode({ office: office({ host: 'Excel' }, 9_000), inHost: false, onLateExcel: lateExcel })).toBe('standalone');
    expect(lateExcel).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(9_000);
    expect(lateExcel).toHaveBeenCalledTimes(1);
    const noHost = jest.fn();
    expect(await chooseMode({ office: office({ host: null }, 5), inHost: false, onLateExcel: noHost })).toBe('standalone');
    await jest.advanceTimersByTimeAsync(5);
    expect(noHost).not.toHaveBeenCalled();
  });
});

const env = (overrides: Partial<SaveEnvironment>): SaveEnvironment => ({
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
  inHost: false,
  canCreateWorkbook: false,
  canOpenBrowser: false,
  ...overrides,
});

const EDGE_18 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';
const MAC_WEBVIEW = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)';
const SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15';

describe('downloadBlocked', () => {
  test.each<[string, Partial<SaveEnvironment>, string | null]>([
    ['a plain browser', {}, null],
    ['Office on the web', { platform: 'OfficeOnline', inHost: true, userAgent: SAFARI }, null],
    ['Office on Windows with WebView2', { platform: 'PC', inHost: true }, null],
    ['Office on Mac', { platform: 'Mac', inHost: true, userAgent: MAC_WEBVIEW }, 'mac'],
    ['Office on iPad', { platform: 'iOS', inHost: true }, 'ios'],
    ['Office 2019 on Windows (EdgeHTML webview)', { platform: 'PC', inHost: true, userAgent: EDGE_18 }, 'edgeLegacy'],
    ['an Office host not ready yet, in EdgeHTML', { inHost: true, userAgent: EDGE_18 }, 'edgeLegacy'],
    ['an Office host not ready yet, in a Mac webview', { inHost: true, userAgent: MAC_WEBVIEW }, 'webview'],
    ['Safari outside Office', { userAgent: SAFARI }, null],
  ])('%s', (_, overrides, reason) => {
    expect(downloadBlocked(env(overrides))).toBe(reason);
  });
});

describe('the ways to save where downloads are blocked', () => {
  test('Base64 of any bytes, large ones included', () => {
    const bytes = Uint8Array.from({ length: 200_001 }, (_, i) => (i * 7919) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(toBase64(new Uint8Array(0))).toBe('');
  });

  test('an .xlsx opens in Excel as a new workbook made from its bytes', async () => {
    const createWorkbook = jest.fn(async (_base64?: string) => undefined);
    await openInExcel(Uint8Array.from([0x50, 0x4b, 3, 4]), { createWorkbook });
    expect(createWorkbook).toHaveBeenCalledWith('UEsDBA==');
  });

  test('the browser opens the standalone page: the pane’s own address without query', () => {
    const openBrowserWindow = jest.fn();
    const address = standaloneAddress({ origin: 'https://intranet.example', pathname: '/duban/taskpane.html' });
    openInBrowser(address, { context: { ui: { openBrowserWindow } } });
    expect(openBrowserWindow).toHaveBeenCalledWith('https://intranet.example/duban/taskpane.html');
  });
});

describe('code loaded on first use', () => {
  test('a chunk the browser cannot fetch is explained in Chinese, and the next use tries again', async () => {
    let calls = 0;
    const load = onFirstUse(async () => {
      calls += 1;
      if (calls === 1) throw Object.assign(new Error('Loading chunk 965 failed.'), { name: 'ChunkLoadError' });
      return 'loaded';
    });
    await expect(load()).rejects.toEqual(new DubanError(startupMessages.chunkFailed));
    await expect(load()).resolves.toBe('loaded');
  });

  test('any other failure is passed on as it is', async () => {
    const bug = new TypeError('x is not a function');
    await expect(onFirstUse(() => Promise.reject(bug))()).rejects.toBe(bug);
  });
});
