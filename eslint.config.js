import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import officeAddins from 'eslint-plugin-office-addins';
import { builtinModules } from 'node:module';

/**
 * Microsoft's Office Add-in rules (load before read, sync after load, no sync in loops, …) at the
 * severities of the plugin's own recommended config. Only its rules are taken: that config also
 * brings Prettier and an ES2015 parser setting, which this project does not use.
 */
const officeAddinRules = Object.fromEntries(
  Object.entries(officeAddins.configs.recommended.find((config) => config.plugins?.['office-addins'])?.rules ?? {}).filter(([rule]) => rule.startsWith('office-addins/')),
);

/**
 * The layers of docs/design.md, each boundary a rule with its reason. A pattern matches an import's
 * specifier whatever the depth of the importing file (`../excel/…`, `../../excel/…`); import() is
 * checked too, since a chunk loaded later is still a dependency. Scopes do not overlap: one file
 * gets one list, so no list silently replaces another.
 */
const layer = (folder) => `^(\\.\\./)+${folder}(/|$)`;
const NODE = `^(node:|(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(/|$))`;
const DOMAIN_BY_INDEX = {
  regex: '^(\\.\\./)+domain/[^/]+/(?!index\\.js$)',
  message: '领域能力只通过其 index.ts 对外：请从 domain/<能力>/index.js 引入（名称未导出的，在 index.ts 中导出）。',
};
const NOT_ABOVE_DOMAIN = '领域层在最底层：不得引入应用层、命令行、任务窗格或 Excel/xlsx/docx 适配器。需要的东西下移到领域层，或由调用方作为参数传入。';
const PURE = '领域层是纯逻辑，在 Node 和任务窗格中同样运行：不得引入 Node 内置模块、ExcelJS、jszip、docx、React 或 Office.js；读写由适配器完成。';
const ADAPTERS_APART = 'src/xlsx（ExcelJS 与 .xlsx 文件）和 src/excel（Office.js）是并列的两个适配器，互不引用；共用的东西放进 src/domain/spec。';
const NOT_ABOVE_ADAPTER = '适配器只知道“怎样写”，不知道谁在调用：不得引入应用层、命令行或任务窗格。';
const CLI_IN_NODE = '命令行只在 Node 中运行：不得引入任务窗格、src/excel（Office.js）、React 或 Office 加载项的代码。';
const APP_SHARED = '应用层（用例）由命令行和任务窗格共用：不得反向引入二者，也不得引入 src/excel、Office.js、React 或 Node 内置模块；文件、工作簿和时钟经端口传入。';
const APP_LAZY = '应用层用到 src/xlsx、src/docx 时以 import() 按需加载（两个外壳都不在启动时加载它们）；静态引入只许 import type。';
const COMPONENT_SHOWS = '任务窗格组件只负责展示：通过用例办事，只引入 domain/messages 和类型；不得引入 src/excel、src/xlsx、src/docx、src/cli、ExcelJS 或 Node 模块。';
const COMPONENT_DOMAIN = '组件只从领域层引入文案（domain/messages）和类型（import type）；其余计算放进用例，由用例的结果带给组件。';
const OFFICE = { regex: '^@microsoft/office-js(/|$)' };
const REACT = { regex: '^(react|react-dom|@fluentui/.*)(/|$)' };
const OFFICE_GLOBALS = ['Office', 'Excel'];

/** A ban with `lazy: true` forbids static imports only: import() of it is the allowed way in. */
function boundary({ name, files, ignores = [], bans, globals = [], syntax = [] }) {
  const asSelector = (regex) => `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`;
  return {
    name: `duban/boundaries/${name}`,
    files,
    ignores,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: bans.map(({ lazy: _, ...pattern }) => pattern) }],
      'no-restricted-syntax': ['error', ...syntax, ...bans.filter(({ lazy }) => !lazy).map(({ regex, message }) => ({ selector: asSelector(regex), message }))],
      ...(globals.length > 0 ? { 'no-restricted-globals': ['error', ...globals] } : {}),
    },
  };
}

const boundaries = [
  boundary({
    name: 'domain',
    files: ['src/domain/**'],
    bans: [
      { regex: layer('(app|cli|taskpane|commands|excel|xlsx|docx)'), message: NOT_ABOVE_DOMAIN },
      { regex: NODE, message: PURE },
      { regex: '^(exceljs|jszip|fflate|docx)(/|$)', message: PURE },
      { ...REACT, message: PURE },
      { ...OFFICE, message: PURE },
    ],
    globals: [...OFFICE_GLOBALS, 'process'],
    // The domain never reads the clock: callers pass `today` in.
    syntax: [
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: '领域层不读取系统时钟：请传入 today。' },
      { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: '领域层不读取系统时钟：请传入 today。' },
    ],
  }),
  boundary({
    name: 'app',
    files: ['src/app/**'],
    bans: [
      DOMAIN_BY_INDEX,
      { regex: layer('(cli|taskpane|commands|excel)'), message: APP_SHARED },
      { regex: layer('(xlsx|docx)'), message: APP_LAZY, allowTypeImports: true, lazy: true },
      { regex: NODE, message: APP_SHARED },
      { ...REACT, message: APP_SHARED },
      { ...OFFICE, message: APP_SHARED },
    ],
    globals: OFFICE_GLOBALS,
  }),
  boundary({
    name: 'xlsx',
    files: ['src/xlsx/**'],
    bans: [
      DOMAIN_BY_INDEX,
      { regex: layer('excel'), message: ADAPTERS_APART },
      { regex: layer('(app|cli|taskpane|commands)'), message: NOT_ABOVE_ADAPTER },
      { ...REACT, message: NOT_ABOVE_ADAPTER },
      { ...OFFICE, message: ADAPTERS_APART },
    ],
    globals: OFFICE_GLOBALS,
  }),
  boundary({
    name: 'excel',
    files: ['src/excel/**'],
    bans: [
      DOMAIN_BY_INDEX,
      { regex: layer('xlsx'), message: ADAPTERS_APART },
      { regex: '^(exceljs|jszip|fflate)(/|$)', message: ADAPTERS_APART },
      { regex: layer('(app|cli|taskpane|commands|docx)'), message: NOT_ABOVE_ADAPTER },
      { ...REACT, message: NOT_ABOVE_ADAPTER },
      { regex: NODE, message: 'src/excel 在任务窗格（浏览器）中运行，不得引入 Node 内置模块。' },
    ],
  }),
  boundary({
    name: 'docx',
    files: ['src/docx/**'],
    bans: [DOMAIN_BY_INDEX, { regex: layer('(app|cli|taskpane|commands|excel|xlsx)'), message: NOT_ABOVE_ADAPTER }, { ...REACT, message: NOT_ABOVE_ADAPTER }],
    globals: OFFICE_GLOBALS,
  }),
  boundary({
    name: 'cli',
    files: ['src/cli/**'],
    bans: [DOMAIN_BY_INDEX, { regex: layer('(taskpane|commands|excel)'), message: CLI_IN_NODE }, { ...REACT, message: CLI_IN_NODE }, { ...OFFICE, message: CLI_IN_NODE }],
    globals: OFFICE_GLOBALS,
  }),
  boundary({
    name: 'pane',
    files: ['src/taskpane/**', 'src/commands/**'],
    ignores: ['src/taskpane/components/**'],
    bans: [
      DOMAIN_BY_INDEX,
      { regex: layer('cli'), message: '任务窗格在浏览器中运行，不得引入命令行的代码（src/cli）。' },
      { regex: NODE, message: '任务窗格在浏览器中运行，不得引入 Node 内置模块。' },
    ],
  }),
  boundary({
    name: 'components',
    files: ['src/taskpane/components/**'],
    bans: [
      DOMAIN_BY_INDEX,
      // Only whole capabilities and top-level modules: a deep path is DOMAIN_BY_INDEX's, type or not.
      { regex: '^(\\.\\./)+domain/(?!messages/)([^/]+/index\\.js|[^/]+\\.js)$', message: COMPONENT_DOMAIN, allowTypeImports: true },
      { regex: layer('(excel|xlsx|docx|cli)'), message: COMPONENT_SHOWS },
      { regex: NODE, message: COMPONENT_SHOWS },
      { regex: '^(exceljs|jszip|fflate|docx)(/|$)', message: COMPONENT_SHOWS },
      { ...OFFICE, message: COMPONENT_SHOWS },
    ],
    globals: OFFICE_GLOBALS,
  }),
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'out/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: officeAddinRules,
  },
  ...boundaries,
);
