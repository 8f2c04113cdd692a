/**
 * Builds the task pane (taskpane.html) and the ribbon's function file (commands.html) into
 * dist/addin, laid out as Microsoft's Office-Addin-TaskPane-React template lays it out.
 *
 * No network request leaves the add-in except to its own origin: Office.js is copied from
 * @microsoft/office-js into office-js/ and loaded from there. OFFICE_JS_CDN=1 loads it from
 * Microsoft's CDN instead (store-style deployment).
 *
 *   npm run build                          production build into dist/addin
 *   DUBAN_ADDIN_OUT=/tmp/x npm run build   another output folder (the browser test uses this)
 *   npm start                              https://localhost:3000 with office-addin-dev-certs
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const root = dirname(fileURLToPath(import.meta.url));
const OFFICE_JS_CDN_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIST = join(root, 'node_modules', '@microsoft', 'office-js', 'dist');
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

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

  const copies = [{ from: 'assets/*.png', to: 'assets/[name][ext]' }, { from: 'manifest.xml', to: 'manifest.xml' }];
  if (!cdn) {
    if (!existsSync(join(OFFICE_JS_DIST, 'office.js'))) throw new Error('缺少 @microsoft/office-js：请先运行 npm install。');
    copies.push({ from: OFFICE_JS_DIST, to: 'office-js', filter: isOfficeJsFile, transform: withoutTelemetry });
  }

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    context: root,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: { path: outDir, filename: '[name].[contenthash:8].js', clean: true },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      // Sources import './x.js' (NodeNext); webpack finds x.ts / x.tsx.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      // ExcelJS's "browser" field points at its self-contained browser build; node built-ins that
      // other code only reaches on Node (src/xlsx reads files by path there) are left out.
      fallback: { fs: false, 'fs/promises': false, path: false, crypto: false, stream: false, zlib: false },
    },
    cache: { type: 'filesystem', buildDependencies: { config: [fileURLToPath(import.meta.url)] } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: !production } } },
        },
      ],
    },
    performance: { hints: false },
    optimization: { minimize },
    plugins: [
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
