import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import officeAddins from 'eslint-plugin-office-addins';

/**
 * Microsoft's Office Add-in rules (load before read, sync after load, no sync in loops, …) at the
 * severities of the plugin's own recommended config. Only its rules are taken: that config also
 * brings Prettier and an ES2015 parser setting, which this project does not use.
 */
const officeAddinRules = Object.fromEntries(
  Object.entries(officeAddins.configs.recommended.find((config) => config.plugins?.['office-addins'])?.rules ?? {}).filter(([rule]) => rule.startsWith('office-addins/')),
);

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
  {
    // The domain is pure: no I/O, no adapters, no UI.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'exceljs', 'react', 'react-dom', '@fluentui/*', '../xlsx/*', '../../xlsx/*', '../cli/*', '../../cli/*', '../excel/*', '../../excel/*', '../taskpane/*', '../../taskpane/*'] }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'process'],
      // The domain never reads the clock: callers pass `today` in.
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: '领域层不读取系统时钟：请传入 today。' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: '领域层不读取系统时钟：请传入 today。' },
      ],
    },
  },
);
