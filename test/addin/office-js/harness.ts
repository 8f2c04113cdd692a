/**
 * Microsoft's Office.js client library in headless Chromium with the adapter: the library's Excel
 * host script (excel-web-16.00.js, Excel on the web, the host with the 5 MB limit) is loaded into a
 * page together with the adapter bundled by webpack (entry.ts), and every request the library
 * builds is answered by OfficeJsServer over a strict fake workbook. Used by the tests and the bench.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import webpack from 'webpack';
import { projectRoot } from '../../helpers/cli.js';
import { FakeExcel } from '../fake-excel.js';
import type { MasterInput } from './entry.js';
import { OfficeJsServer } from './server.js';

export const CHROMIUM = '/usr/bin/chromium';
export const OFFICE_JS = join(projectRoot, 'node_modules', '@microsoft', 'office-js', 'dist', 'excel-web-16.00.js');
const OUT = join(projectRoot, 'out', 'office-js-client');

export function haveChromium(): boolean {
  return existsSync(CHROMIUM) && existsSync(OFFICE_JS);
}

/** The adapter and entry.ts as one browser script (out/office-js-client/adapter.js). */
export async function bundleAdapter(): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const compiler = webpack({
    mode: 'production',
    target: 'web',
    devtool: false,
    entry: join(projectRoot, 'test', 'addin', 'office-js', 'entry.ts'),
    output: { path: OUT, filename: 'adapter.js' },
    resolve: { extensions: ['.ts', '.js', '.json'], extensionAlias: { '.js': ['.ts', '.js'] } },
    module: {
      rules: [{ test: /\.ts$/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } } } }],
    },
    optimization: { minimize: false },
    performance: { hints: false },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    }),
  );
  return join(OUT, 'adapter.js');
}

export interface ClientSession {
  excel: FakeExcel;
  server: OfficeJsServer;
  write(input: MasterInput): Promise<{ syncs: number; largestEstimate: number; sheets: string[] }>;
  read(sheets?: string[]): Promise<{ sheets: { name: string; rows: number; firstCell: unknown }[]; largestEstimate: number }>;
  close(): Promise<void>;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export async function openClient(bundle: string, browser?: Browser): Promise<ClientSession & { browser: Browser }> {
  const own = browser ?? (await launchBrowser());
  const page: Page = await own.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const excel = new FakeExcel([{ name: 'Sheet1' }], { record: false });
  const server = new OfficeJsServer(excel);
  await page.exposeFunction('__excelExecute', (body: string) => server.handle(body));
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ path: OFFICE_JS });
  await page.addScriptTag({ path: bundle });
  const call = async <T>(fn: 'write' | 'read', arg: unknown): Promise<T> => {
    server.reset();
    return page.evaluate(([name, value]) => (window as unknown as { __duban: Record<string, (x: unknown) => Promise<unknown>> }).__duban[name as string](value), [fn, arg] as const) as Promise<T>;
  };
  return {
    browser: own,
    excel,
    server,
    write: (input) => call('write', input),
    read: (sheets) => call('read', sheets),
    close: async () => {
      await page.close();
      if (!browser) await own.close();
    },
  };
}
