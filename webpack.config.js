/**
 * Builds the task pane (taskpane.html) and the ribbon's function file (commands.html) into
 * dist/addin, laid out as Microsoft's Office-Addin-TaskPane-React template lays it out.
 *
 * No network request leaves the add-in except to its own origin: Office.js is copied from
 * @microsoft/office-js into office-js/ and loaded from there. OFFICE_JS_CDN=1 loads it from
 * Microsoft's CDN instead (store-style deployment).
 *
 * The pane runs in every webview Office uses for an ExcelApi 1.7 host (package.json "browserslist":
 * Edge 18, Safari 14, Chromium): our TypeScript is compiled to ES2017 and then, like every
 * dependency, run through Babel's preset-env for those browsers, which adds the core-js polyfills
 * the code uses. Webviews older than that (Internet Explorer 11) get the Chinese notice of the ES5
 * guard in taskpane.html instead of a blank pane. ExcelJS, jszip, the pinyin and Chinese-variant
 * dictionaries and the import code are split into chunks loaded on first use.
 *
 *   npm run build                          production build into dist/addin
 *   ADDIN_BASE_URL=https://host/path npm run build
 *                                          the same, with every manifest URL on that origin and path
 *                                          (https://localhost:3000 by default, the dev server)
 *   DUBAN_ADDIN_OUT=/tmp/x npm run build   another output folder (the browser tests use this)
 *   npm start                              https://localhost:3000 with office-addin-dev-certs
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';

const root = dirname(fileURLToPath(import.meta.url));
const OFFICE_JS_CDN_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIST = join(root, 'node_modules', '@microsoft', 'office-js', 'dist');
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const BROWSERS = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).browserslist;
/** The origin every URL of the committed manifest.xml points at: the dev server. */
const DEV_BASE_URL = 'https://localhost:3000';

/**
 * ADDIN_BASE_URL as the manifest's URL prefix: https only (Office loads add-ins over https), no
 * query or fragment, no trailing slash.
 */
export function addinBaseUrl(value) {
  const text = (value ?? '').trim();
  if (text === '') return DEV_BASE_URL;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_BASE_URL「${text}」不是有效的网址，应形如 https://intranet.example/duban。`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL「${text}」必须以 https:// 开头：Office 只从 HTTPS 地址加载加载项。`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`ADDIN_BASE_URL「${text}」不能带查询参数、锚点或用户名。`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** manifest.xml with every https://localhost:3000 URL moved to `baseUrl`. */
export function manifestFor(xml, baseUrl) {
  return xml.split(`${DEV_BASE_URL}/`).join(`${baseUrl}/`);
}

/**
 * Babel for the webviews in package.json's "browserslist", on our compiled code and on every
 * dependency: syntax lowered to what Edge 18 and Safari 14 parse, and the core-js polyfills of the
 * built-ins the code uses imported where it uses them (require() in CommonJS files).
 */
const babel = {
  loader: 'babel-loader',
  options: {
    babelrc: false,
    configFile: false,
    browserslistConfigFile: false,
    sourceType: 'unambiguous',
    // Shared by every build (the tests build with other settings side by side): Babel runs once per file.
    cacheDirectory: true,
    cacheCompression: false,
    targets: BROWSERS,
    presets: [['@babel/preset-env', { bugfixes: true, modules: false, useBuiltIns: 'usage', corejs: { version: '3.51', proposals: false } }]],
  },
};

/**
 * The part of Office.js an Excel add-in loads: office.js, the Excel host scripts, the string tables of
 * every UI language, and the error page — not the debug copies, other hosts, or telemetry.
 */
function isOfficeJsFile(absolutePath) {
  const path = absolutePath.slice(OFFICE_JS_DIST.length + 1).replace(/\\/g, '/');
  if (path.endsWith('.debug.js') || !path.endsWith('.js') && !path.endsWith('.html') && !path.endsWith('.css')) return false;
  if (/^(telemetry|ariatelemetry|webauth)\//.test(path)) return false;
  if (!path.includes('/')) return /^(office|excel-[a-z0-9.-]+|es6-promise|o15apptofilemappingtable)\.js$/.test(path);
  return /^agaveerrorux\//.test(path) || /^[a-z]{2,3}(-[a-z0-9]{2,4}){1,2}\/office_strings\.js$/.test(path);
}

/**
 * Office.js's Office 2013/2016 code paths (o15apptofilemappingtable.js, excel-win32-16.00.js) open a
 * hidden iframe to Microsoft's telemetry service. Served from our own origin, that frame points at
 * about:blank instead, so the add-in makes no request beyond its origin (DESIGN.md).
 */
const OFFICE_TELEMETRY_URL = 'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html';

function withoutTelemetry(content) {
  const text = content.toString('utf8');
  return text.includes(OFFICE_TELEMETRY_URL) ? Buffer.from(text.split(OFFICE_TELEMETRY_URL).join('about:blank'), 'utf8') : content;
}

async function httpsOptions() {
  try {
    const devCerts = await import('office-addin-dev-certs');
    const options = await (devCerts.default ?? devCerts).getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    console.warn(`office-addin-dev-certs 不可用（${error.message}），开发服务器使用自签名证书。`);
    return undefined;
  }
}

export default async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const cdn = process.env.OFFICE_JS_CDN === '1' || env.OFFICE_JS_CDN === true || env.OFFICE_JS_CDN === '1';
  const officeJs = cdn ? OFFICE_JS_CDN_URL : 'office-js/office.js';
  const outDir = resolve(root, process.env.DUBAN_ADDIN_OUT || env.out || 'dist/addin');
  // DUBAN_ADDIN_MINIFY=0 skips minification (the browser test builds this way: same code, faster build).
  const minimize = production && process.env.DUBAN_ADDIN_MINIFY !== '0';

  const baseUrl = addinBaseUrl(process.env.ADDIN_BASE_URL);
  const copies = [
    { from: 'assets/*.png', to: 'assets/[name][ext]' },
    { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => Buffer.from(manifestFor(content.toString('utf8'), baseUrl), 'utf8') },
  ];
  if (!cdn) {
    if (!existsSync(join(OFFICE_JS_DIST, 'office.js'))) throw new Error('缺少 @microsoft/office-js：请先运行 npm install。');
    copies.push({ from: OFFICE_JS_DIST, to: 'office-js', filter: isOfficeJsFile, transform: withoutTelemetry });
  }

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    context: root,
    // Webpack's own runtime code for the same browsers as Babel's output.
    target: `browserslist:${BROWSERS.join(', ')}`,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: { path: outDir, filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      // Sources import './x.js' (NodeNext); webpack finds x.ts / x.tsx.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      // ExcelJS's "browser" field points at its self-contained browser build; node built-ins that
      // other code only reaches on Node (src/xlsx reads files by path there) are left out.
      // import('node:zlib') and the like (src/xlsx on Node) become empty modules (see the plugin below).
      fallback: { fs: false, 'fs/promises': false, path: false, crypto: false, stream: false, zlib: false },
    },
    // One cache per output folder and setting, so builds run side by side (the tests) do not share one.
    cache: {
      type: 'filesystem',
      name: `${production ? 'production' : 'development'}-${minimize ? 'min' : 'plain'}-${createHash('sha1').update(outDir).digest('hex').slice(0, 8)}`,
      buildDependencies: { config: [fileURLToPath(import.meta.url)] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            babel,
            {
              loader: 'ts-loader',
              options: {
                transpileOnly: true,
                // ES2017 (async/await kept, object spread and class fields lowered); Babel does the rest.
                compilerOptions: { target: 'ES2017', useDefineForClassFields: true, module: 'esnext', moduleResolution: 'bundler', sourceMap: !production },
              },
            },
          ],
        },
        {
          test: /\.[cm]?js$/,
          include: /node_modules/,
          // core-js is the polyfills themselves; webpack's and Babel's runtimes are injected as they are.
          exclude: /node_modules[\\/](core-js|webpack|@babel[\\/]runtime)[\\/]/,
          use: babel,
        },
        // Our modules have no side effects at import: a barrel (index.ts) brings in only what is used,
        // so the start-up chunk does not pull in what only the lazily loaded chunks need.
        { test: /[\\/]src[\\/](domain|xlsx|excel)[\\/]/, sideEffects: false },
      ],
    },
    performance: { hints: false },
    optimization: { minimize },
    plugins: [
      // src/xlsx imports node:zlib, node:crypto and node:fs only when it runs on Node. They resolve to
      // the empty fallbacks above, so no import() (syntax Edge 18 and Safari 14 cannot parse) is left
      // in the bundle, as webpackIgnore would leave it.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.slice('node:'.length);
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJs },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { officeJs },
      }),
      new CopyWebpackPlugin({ patterns: copies }),
      {
        apply(compiler) {
          let shown = false;
          compiler.hooks.done.tap('DubanSideloadHint', () => {
            if (!serving || shown) return;
            shown = true;
            console.log(
              [
                '',
                `督办助手开发服务器：https://localhost:${PORT}/taskpane.html（浏览器中直接打开即为独立模式）`,
                '在 Excel 中加载：',
                '  · Excel 网页版：插入 → 加载项 → 我的加载项 → 上传我的加载项，选择项目根目录的 manifest.xml；',
                '  · Windows 版 Excel：把 manifest.xml 所在文件夹设为共享文件夹，在 信任中心 → 受信任的加载项目录 中添加该共享路径，',
                '    重启 Excel 后在 插入 → 我的加载项 → 共享文件夹 中选择“督办助手”；',
                '  · Mac 版 Excel：把 manifest.xml 复制到 ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/。',
                '首次使用前运行 npx office-addin-dev-certs install 信任本机 HTTPS 证书。',
                '',
              ].join('\n'),
            );
          });
        },
      },
    ],
    devServer: {
      port: PORT,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: serving ? { type: 'https', options: await httpsOptions() } : undefined,
      static: false,
    },
  };
};
