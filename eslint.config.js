// Layering is enforced here, as errors: shared/ is pure (runs anywhere),
// renderer/ and electron/ never import each other, and only the Electron glue
// (electron/main, electron/preload) may import 'electron'. Inside shared/ and
// renderer/ the folders are layered too, so no two folders import each other:
// shared/ money, model < checks < engine < the rest; renderer/ store < grid < views, print < app, with help < import < views.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

/** One no-restricted-imports rule of several [patterns, message] groups (a later config's rule replaces an earlier one's). */
const restrictAll = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

const SHARED_PURE = [
  [...nodeBuiltins, 'electron', 'electron/*', 'react', 'react-dom', 'react/*', 'react-dom/*', 'ag-grid-*', 'exceljs', '**/renderer/**', '**/electron/**'],
  'shared/ is pure: no Node, Electron, React, AG Grid, ExcelJS, renderer/ or electron/ imports.',
];
const RENDERER_PAGE = [
  [...nodeBuiltins, 'electron', 'electron/*', '**/electron/**'],
  'renderer/ runs in the sandboxed page: no Node, Electron or electron/ imports.',
];

/**
 * The layers of shared/, lowest first: a folder may import its own layer and those below, never one above.
 * The checks are pure rule functions that the engine runs; everything else (commands, file, import, print…) sits on the engine.
 */
const SHARED_ABOVE_ENGINE = ['commands', 'consolidate', 'diff', 'export', 'file', 'format', 'import', 'print', 'progress', 'report', 'samples', 'about'];
const SHARED_LAYERS = [
  // money and model are the bottom pair (a Wan is part of the plan; money may name an id type).
  ['money', ['checks', 'engine', ...SHARED_ABOVE_ENGINE]],
  ['model', ['checks', 'engine', ...SHARED_ABOVE_ENGINE]],
  ['checks', ['engine', ...SHARED_ABOVE_ENGINE]],
  ['engine', SHARED_ABOVE_ENGINE],
];
const sharedLayerConfigs = SHARED_LAYERS.map(([folder, above]) => ({
  files: [`shared/${folder}/**/*.ts`],
  rules: restrictAll(SHARED_PURE, [
    above.map((f) => `**/${f}/**`),
    `shared/${folder} is below ${above.join(', ')}: it may not import them (money, model < checks < engine < the rest).`,
  ]),
}));

/** The layers of renderer/: the document store, the grid machinery, the views, the app shell around them. */
const RENDERER_LAYERS = [
  ['store', ['grid', 'views', 'app', 'print', 'help', 'import']],
  ['grid', ['views', 'app', 'import']],
  ['views', ['app']],
  ['print', ['views', 'app']],
  ['help', ['views', 'app', 'import']],
  ['import', ['views', 'app']],
];
const rendererLayerConfigs = RENDERER_LAYERS.map(([folder, above]) => ({
  files: [`renderer/${folder}/**/*.ts`, `renderer/${folder}/**/*.tsx`],
  rules: restrictAll(RENDERER_PAGE, [
    // shared/print is not renderer/print: the page's own folders only.
    [...above.map((f) => `**/${f}/**`), '!**/shared/**'],
    `renderer/${folder} may not import ${above.join(', ')}: the app shell uses the views, the views use the grid and the store, never the other way.`,
  ]),
}));

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
    // Hook dependencies are checked, not managed by hand.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['shared/**/*.ts', 'shared/**/*.tsx'],
    rules: restrictAll(SHARED_PURE),
  },
  ...sharedLayerConfigs,
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrictAll(RENDERER_PAGE),
  },
  ...rendererLayerConfigs,
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: restrict(
      ['electron', 'electron/*', '**/renderer/**'],
      'Services are plain Node modules: no Electron import (wire them in electron/main), no renderer/ imports.',
    ),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: restrict(['**/renderer/**'], 'electron/ never imports renderer/.'),
  },
);
