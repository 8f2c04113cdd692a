/// <reference types="office-js" />
/**
 * Saving a file the pane made, where the webview can save downloads and where it cannot.
 *
 * A blob link with `download` saves the file in a browser, in Office on the web and in Office on
 * Windows with the WebView2 webview. It does nothing in Office on Mac and on iPad: their WKWebView
 * does not download, by design (OfficeDev/office-js#2700, #3385; Microsoft's workaround is
 * Office.context.ui.openBrowserWindow to a page of the add-in, #3662), nor in Office 2019's EdgeHTML
 * webview on Windows (no downloads, no msSaveOrOpenBlob: OfficeDev/office-js#1006). There the pane
 * offers, in this order:
 *   1. an .xlsx opened in Excel as a new workbook (Excel.createWorkbook, ExcelApi 1.8), which the
 *      user saves with Excel's own Save As — for a zip of workbooks, one button per workbook;
 *   2. the pane's standalone page in the user's browser (Office.context.ui.openBrowserWindow,
 *      OpenBrowserWindowApi 1.1: Office on Windows 2108+, Mac, iPad), where the same file is made and
 *      downloaded;
 *   3. always: the standalone page's address to copy, and the command-line tool.
 */
import type { SaveBlockReason } from '../domain/messages/index.js';
import { officeHostSign, type HostWindow } from './startup.js';

export interface SaveEnvironment {
  /** Office.context.platform ('PC', 'Mac', 'iOS', 'OfficeOnline', …), absent outside Office. */
  platform?: string;
  userAgent: string;
  /** Inside an Office host by the signs Office.js reads (startup.ts), whether or not Office answered. */
  inHost: boolean;
  /** Excel.createWorkbook is there (ExcelApi 1.8). */
  canCreateWorkbook: boolean;
  /** Office.context.ui.openBrowserWindow is there (OpenBrowserWindowApi 1.1). */
  canOpenBrowser: boolean;
}

/** Why downloads do not work here, or null where a download link works. */
export function downloadBlocked(env: SaveEnvironment): SaveBlockReason | null {
  if (env.platform === 'Mac') return 'mac';
  if (env.platform === 'iOS') return 'ios';
  const inOffice = env.inHost || (env.platform !== undefined && env.platform !== 'OfficeOnline');
  if (!inOffice) return null;
  if (/ Edge\/\d/.test(env.userAgent)) return 'edgeLegacy';
  // Apple's WKWebView, as Office on Mac and iPad embed it, names no browser (no Safari/ token).
  if (/AppleWebKit\//.test(env.userAgent) && !/(Safari|Chrome|CriOS|FxiOS|Edg)\//.test(env.userAgent)) return 'webview';
  return null;
}

function isSupported(name: string, version: string): boolean {
  try {
    return Boolean(Office.context.requirements.isSetSupported(name, version));
  } catch {
    return false;
  }
}

/** The running pane's environment, read from Office.js and the browser. */
export function currentSaveEnvironment(win: Window = window): SaveEnvironment {
  const office = typeof Office !== 'undefined' ? Office : undefined;
  let platform: string | undefined;
  try {
    const value: unknown = office?.context?.platform;
    platform = value === undefined || value === null ? undefined : String(value);
  } catch {
    platform = undefined;
  }
  let canOpenBrowser: boolean;
  try {
    canOpenBrowser = typeof office?.context?.ui?.openBrowserWindow === 'function' && isSupported('OpenBrowserWindowApi', '1.1');
  } catch {
    canOpenBrowser = false;
  }
  return {
    platform,
    userAgent: win.navigator.userAgent,
    inHost: officeHostSign(win as unknown as HostWindow) !== null,
    canCreateWorkbook: typeof Excel !== 'undefined' && typeof Excel.createWorkbook === 'function' && isSupported('ExcelApi', '1.8'),
    canOpenBrowser,
  };
}

/** The address of the pane's page without query or fragment: opened in a browser, it starts standalone. */
export function standaloneAddress(location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}`;
}

/** Bytes as Base64, in slices (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** Opens an .xlsx in Excel as a new, unsaved workbook. */
export function openInExcel(bytes: Uint8Array, excel: Pick<typeof Excel, 'createWorkbook'> = Excel): Promise<void> {
  return excel.createWorkbook(toBase64(bytes));
}

/** Opens the standalone page in the user's browser. */
export function openInBrowser(address: string, office: { context: { ui: Pick<Office.UI, 'openBrowserWindow'> } } = Office): void {
  office.context.ui.openBrowserWindow(address);
}

/** Copies text to the clipboard where the webview lets the page do so; false when it did not. */
export async function copyText(text: string, input?: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Falls back to the selection below.
  }
  if (!input) return false;
  try {
    input.focus();
    input.select();
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
