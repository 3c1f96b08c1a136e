/**
 * Build of the three parts (electron-vite 6, Vite 7): the main process
 * (ES module), the preload (CommonJS: a sandboxed preload cannot be an ES
 * module) and the renderer (React). `rendererViteConfig` is also what the e2e
 * tests build (test/e2e/buildRenderer.ts), so they test the same page.
 */
import path from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { DEV_CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from './electron/node/contentSecurityPolicy.ts';

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
      lib: { entry: path.join(root, 'electron', 'main', 'index.ts'), formats: ['es'], fileName: () => 'index.js' },
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
