import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
