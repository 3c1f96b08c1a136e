// Layering is enforced here, as errors: shared/ is pure (runs anywhere),
// renderer/ and electron/ never import each other, and only the Electron glue
// (electron/main, electron/preload) may import 'electron'.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test/artifacts/', '.vite/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['shared/**/*.ts', 'shared/**/*.tsx'],
    rules: restrict(
      [...nodeBuiltins, 'electron', 'electron/*', 'react', 'react-dom', 'react/*', 'react-dom/*', 'ag-grid-*', 'exceljs', '**/renderer/**', '**/electron/**'],
      'shared/ is pure: no Node, Electron, React, AG Grid, ExcelJS, renderer/ or electron/ imports.',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([...nodeBuiltins, 'electron', 'electron/*', '**/electron/**'], 'renderer/ runs in the sandboxed page: no Node, Electron or electron/ imports.'),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: restrict(['electron', 'electron/*', '**/renderer/**'], 'Services are plain Node modules: no Electron import (wire them in electron/main), no renderer/ imports.'),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: restrict(['**/renderer/**'], 'electron/ never imports renderer/.'),
  },
);
