/**
 * The production build of the pane, as `npm run build` makes it (minified), for an intranet origin:
 * every script of ours parses as ES2017 with no regex lookbehind (the webviews of Office 2019 on
 * Windows and of Safari 14 on Mac parse nothing newer), the start-up guard in taskpane.html parses as
 * ES5 (Internet Explorer 11), the JavaScript the pane loads at start-up stays within 400 KB gzipped,
 * and every URL of the manifest is on ADDIN_BASE_URL.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';
import { projectRoot } from '../helpers/cli.js';

const root = projectRoot;
const OUT = join(root, 'out', 'addin-build');
const BASE_URL = 'https://intranet.example/duban';
/** docx's patchDocument delimiter pattern, the one lookbehind a dependency assembles at run time. */
const DOCX_PATCHER_PATTERN = 'new RegExp(`(?<=${';
/** The limit on the JavaScript loaded at start-up, gzipped. */
const INITIAL_JS_LIMIT = 400 * 1024;

/** The inline scripts of an HTML page (no src attribute). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((code) => code.trim() !== '');
}

/** The script files a page loads, as paths relative to it. */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
}

function files(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .map((name) => join(dir, name));
}

describe('the production build of the add-in', () => {
  let builtHtml = '';

  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], {
      cwd: root,
      env: { ...process.env, DUBAN_ADDIN_OUT: OUT, ADDIN_BASE_URL: BASE_URL, DUBAN_ADDIN_MINIFY: '' },
      stdio: 'pipe',
    });
    builtHtml = readFileSync(join(OUT, 'taskpane.html'), 'utf8');
  }, 900_000);

  test('every script of ours parses as ES2017, with no regex lookbehind', () => {
    // Microsoft's office.js is ES5 already and is loaded as Microsoft ships it.
    const ours = files(OUT, '.js').filter((file) => !relative(OUT, file).startsWith('office-js'));
    expect(ours.length).toBeGreaterThan(3);
    const failures: string[] = [];
    for (const file of ours) {
      const code = readFileSync(file, 'utf8');
      try {
        // ecmaVersion 2017 rejects newer syntax and ES2018 regex features (lookbehind, named groups, /s).
        parse(code, { ecmaVersion: 2017, sourceType: 'script' });
      } catch (error) {
        failures.push(`${relative(OUT, file)}: ${(error as Error).message}`);
      }
      // Patterns built from strings (new RegExp('(?<!…')) are not parsed as regexes: look for them too.
      // Known exception: the docx library's template patcher (patchDocument, in the lazily loaded 通报
      // chunk) builds one at call time; the pane writes documents and never patches one.
      const strings = code.split(DOCX_PATCHER_PATTERN).join('');
      if (/\(\?<[=!]/.test(strings)) failures.push(`${relative(OUT, file)}: lookbehind in a string`);
    }
    expect(failures).toEqual([]);
  });

  test('the sources have no regex lookbehind', () => {
    const found = [...files(join(root, 'src'), '.ts'), ...files(join(root, 'src'), '.tsx')].filter((file) => /\(\?<[=!]/.test(readFileSync(file, 'utf8')));
    expect(found.map((file) => relative(root, file))).toEqual([]);
  });

  test('the start-up guard of taskpane.html parses as ES5, in the source and as built', () => {
    const source = readFileSync(join(root, 'src', 'taskpane', 'taskpane.html'), 'utf8');
    for (const html of [source, builtHtml]) {
      const scripts = inlineScripts(html);
      expect(scripts).toHaveLength(1);
      expect(() => parse(scripts[0], { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
      expect(scripts[0]).toContain('命令行工具');
    }
    // The guard runs first: before Office.js and before the bundle.
    const guardAt = builtHtml.indexOf('__dubanStarted');
    expect(guardAt).toBeGreaterThan(0);
    for (const src of scriptSources(builtHtml)) expect(builtHtml.indexOf(src)).toBeGreaterThan(guardAt);
  });

  test(`loads at most ${INITIAL_JS_LIMIT / 1024} KB of its own JavaScript at start-up, gzipped; ExcelJS, jszip and the dictionaries later`, () => {
    const initial = scriptSources(builtHtml).filter((src) => !src.startsWith('office-js/') && !/^https?:/.test(src));
    expect(initial.length).toBeGreaterThan(0);
    const gzipped = initial.reduce((sum, src) => sum + gzipSync(readFileSync(join(OUT, src))).length, 0);
    console.log(`任务窗格启动时加载的脚本：${initial.join('、')}，gzip 后共 ${(gzipped / 1024).toFixed(0)} KB（上限 ${INITIAL_JS_LIMIT / 1024} KB）`);
    expect(gzipped).toBeLessThanOrEqual(INITIAL_JS_LIMIT);
    const startup = initial.map((src) => readFileSync(join(OUT, src), 'utf8')).join('\n');
    // Markers of what must stay out of the start-up scripts: ExcelJS, jszip, pinyin-pro, opencc-js.
    expect(startup).not.toContain('xl/sharedStrings.xml');
    expect(startup).not.toContain('JSZip');
    expect(startup).not.toMatch(/zhōng|pinyin-pro/);
    expect(startup).not.toContain('臺');
    // …and they are there, in chunks of their own.
    const chunks = files(OUT, '.js')
      .filter((file) => !initial.some((src) => file.endsWith(src)) && !relative(OUT, file).startsWith('office-js'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(chunks).toContain('xl/sharedStrings.xml');
    expect(chunks).toContain('JSZip');
    expect(chunks).toContain('臺');
  });

  test('writes a manifest whose every URL is on ADDIN_BASE_URL', () => {
    const manifest = readFileSync(join(OUT, 'manifest.xml'), 'utf8');
    const committed = readFileSync(join(root, 'manifest.xml'), 'utf8');
    const urls = [...manifest.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((url) => !/schemas\.microsoft\.com|www\.w3\.org/.test(url));
    expect(urls.length).toBeGreaterThanOrEqual(10);
    expect(urls.filter((url) => !url.startsWith(`${BASE_URL}/`))).toEqual([]);
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(`<SourceLocation DefaultValue="${BASE_URL}/taskpane.html"/>`);
    // Nothing else changes.
    expect(manifest.split(`${BASE_URL}/`).join('https://localhost:3000/')).toBe(committed);
  });
});

describe('ADDIN_BASE_URL', () => {
  test('is the dev server when unset, and is checked', async () => {
    // The build's own functions (webpack.config.js), imported by path: it is JavaScript without types.
    const configPath = join(root, 'webpack.config.js');
    const { addinBaseUrl, manifestFor } = (await import(configPath)) as {
      addinBaseUrl: (value?: string) => string;
      manifestFor: (xml: string, baseUrl: string) => string;
    };
    expect(addinBaseUrl(undefined)).toBe('https://localhost:3000');
    expect(addinBaseUrl('')).toBe('https://localhost:3000');
    expect(addinBaseUrl('https://intranet.example/duban/')).toBe('https://intranet.example/duban');
    expect(addinBaseUrl('https://duban.intranet.example')).toBe('https://duban.intranet.example');
    expect(addinBaseUrl('https://intranet.example:8443/a/b')).toBe('https://intranet.example:8443/a/b');
    expect(() => addinBaseUrl('http://intranet.example/duban')).toThrow(/https/);
    expect(() => addinBaseUrl('intranet.example/duban')).toThrow(/不是有效的网址/);
    expect(() => addinBaseUrl('https://intranet.example/duban?x=1')).toThrow(/查询参数/);
    const committed = readFileSync(join(root, 'manifest.xml'), 'utf8');
    expect(manifestFor(committed, addinBaseUrl(undefined))).toBe(committed);
  });
});
