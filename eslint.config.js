// One lint gate for the whole tree. The architecture rules (bottom of the file) keep the
// dependency direction report ← import/export ← form/print ← app, as in architecture.md.
import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (dir) => `./src/${dir}`;
const uiPackages = ['react', 'react-dom', 'react-dom/*', 'react-hook-form', '@tanstack/*'];
const nodePackages = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'process'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'artifacts/**',
      'public/sw.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { import: importPlugin, 'check-file': checkFile },
    languageOptions: { globals: { ...globals.node } },
    settings: {
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import/no-cycle': 'error',
      'import/no-self-import': 'error',
      'import/no-duplicates': 'error',
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: layer('report'),
              from: ['import', 'export', 'form', 'print', 'app', 'cli'].map(layer),
              message: 'src/report 是最底层：不能依赖其它层。',
            },
            {
              target: [layer('import'), layer('export')],
              from: ['form', 'print', 'app', 'cli'].map(layer),
              message: '导入/导出是纯函数层：不能依赖界面或命令行代码。',
            },
            {
              target: [layer('form'), layer('print')],
              from: ['app', 'cli'].map(layer),
              message: '表单/打印层不能依赖 app 或命令行。',
            },
          ],
        },
      ],
    },
  },
  {
    // Pure layers: no React, no DOM, no file APIs. tsconfig.pure.json also drops the DOM and Node
    // type libraries, so globals such as window or Buffer fail to compile there.
    files: ['src/report/**/*.ts', 'src/import/**/*.ts', 'src/export/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      // `docx`'s type declarations reference Node's, which tsconfig.pure.json cannot then keep out;
      // so Node's globals are refused here by name as well.
      'no-restricted-globals': [
        'error',
        ...[
          'Buffer',
          'process',
          'global',
          'require',
          '__dirname',
          '__filename',
          'setImmediate',
        ].map((name) => ({ name, message: '纯函数层不能依赖 Node 的全局对象。' })),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [],
          patterns: [
            { group: uiPackages, message: '纯函数层不能引用界面库。' },
            { group: nodePackages, message: '纯函数层不能读写文件或依赖 Node。' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/form/**/*.ts', 'src/print/**/*.ts', 'src/app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
