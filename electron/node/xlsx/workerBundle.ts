/**
 * The name of the import worker's bundle, beside the bundle that starts it:
 * `xlsxImportWorker.js` in the app (electron.vite.config.ts), `.mjs` in the
 * compiled CLI (electron/cli/build.mjs). Its own file so the build configs can
 * read it without loading the importer.
 */
export const WORKER_BUNDLE_NAME = 'xlsxImportWorker';
