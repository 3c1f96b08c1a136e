/**
 * Build of the three parts (electron-vite 6, Vite 7): the main process
 * (ES module, with the xlsx import worker as a second entry), the preload (CommonJS: a sandboxed preload cannot be an ES
 * module) and the renderer (React). `rendererViteConfig` is also what the e2e
 * tests build (test/e2e/buildRenderer.ts), so they test the same page.
 */
import path from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { DEV_CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from './electron/node/contentSecurityPolicy.ts';
import { WORKER_BUNDLE_NAME } from './electron/node/xlsx/workerBundle.ts';

const root = import.meta.dirname;

/** The placeholder of renderer/index.html's CSP meta tag. */
export const CSP_PLACEHOLDER = '%AIDPLAN_CSP%';

/**
 * Fills index.html's CSP meta tag: the production policy in every build (no
 * WebSocket, no inline script), Vite's needs only on the dev server.
 */
export function cspMetaPlugin(): Plugin {
  return {
    name: 'aidplan-csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) => html.replace(CSP_PLACEHOLDER, context.server ? DEV_CONTENT_SECURITY_POLICY : META_CONTENT_SECURITY_POLICY),
    },
  };
}

/** Vite config of the renderer, shared by electron-vite and the e2e harness. */
export function rendererViteConfig(outDir = path.join(root, 'out', 'renderer')): UserConfig {
  return {
    root: path.join(root, 'renderer'),
    base: './',
    plugins: [react(), cspMetaPlugin()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome130',
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: path.join(root, 'renderer', 'index.html') },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: path.join(root, 'out', 'main'),
      // The import worker (partner workbooks are read off the main thread) is its own entry beside index.js.
      lib: {
        entry: { index: path.join(root, 'electron', 'main', 'index.ts'), [WORKER_BUNDLE_NAME]: path.join(root, 'electron', 'node', 'xlsx', 'importWorker.ts') },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      // Shared chunks beside the entries, so every bundle finds the worker in its own folder.
      rollupOptions: { output: { chunkFileNames: '[name]-[hash].js' } },
    },
  },
  preload: {
    build: {
      outDir: path.join(root, 'out', 'preload'),
      lib: { entry: path.join(root, 'electron', 'preload', 'index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  renderer: rendererViteConfig(),
});
