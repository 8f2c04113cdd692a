import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { ManifestInfo } from 'office-addin-manifest';
import { projectRoot } from '../helpers/cli.js';

const root = projectRoot;
const manifestPath = join(root, 'manifest.xml');
const ORIGIN = 'https://localhost:3000/';

/**
 * office-addin-manifest's own parser (readManifestFile), run in a plain Node process: the package
 * requires an ES-module dependency that Jest's CommonJS loader cannot load, while Node 20 can.
 */
function readManifestFile(path: string): ManifestInfo {
  const script =
    "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
    '.then((info) => process.stdout.write(JSON.stringify(info)))';
  return JSON.parse(execFileSync(process.execPath, ['-e', script, path], { cwd: root, encoding: 'utf8' })) as ManifestInfo;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the add-in manifest', () => {
  const xml = readFileSync(manifestPath, 'utf8');

  test('is an Excel task-pane add-in named 督办助手 in zh-CN that opens taskpane.html on localhost:3000', () => {
    const info = readManifestFile(manifestPath);
    expect(info.manifestType).toBe('xml');
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.defaultLocale).toBe('zh-CN');
    expect(info.displayName).toBe('督办助手');
    expect(info.defaultSettings?.sourceLocation).toBe(`${ORIGIN}taskpane.html`);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  test('requires ExcelApi 1.7 at least', () => {
    const sets = [...xml.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]);
    expect(sets).toEqual([['ExcelApi', '1.7']]);
  });

  test('has a ribbon button on the Home tab that shows the task pane', () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="Taskpane.Url"\/>/);
    expect(xml).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${ORIGIN}taskpane.html"/>`);
  });

  test('defines every resource id it refers to', () => {
    const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  test('points every icon URL to a PNG in assets/ of the size it declares', () => {
    const info = readManifestFile(manifestPath);
    const urls = new Set<string>([info.iconUrl ?? '', info.highResolutionIconUrl ?? '']);
    for (const m of xml.matchAll(/DefaultValue="([^"]+\.png)"/g)) urls.add(m[1]);
    expect(urls.size).toBeGreaterThanOrEqual(4);
    for (const url of urls) {
      expect(url.startsWith(`${ORIGIN}assets/`)).toBe(true);
      const file = join(root, url.slice(ORIGIN.length));
      expect(existsSync(file)).toBe(true);
      const declared = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect(pngSize(file)).toEqual({ width: declared, height: declared });
    }
    // Ribbon images: each bt:Image size must match the file it resolves to.
    const imageUrl = new Map([...xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));
    for (const m of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)) {
      expect(imageUrl.get(m[2])).toBe(`${ORIGIN}assets/icon-${m[1]}.png`);
    }
  });

  test('keeps every URL on its own origin (no request leaves the add-in)', () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith(ORIGIN))).toEqual([]);
  });
});
