/**
 * In the browser, pdf.js's worker, CMaps and standard fonts are files of the app: the worker is
 * emitted by the bundler, the CMaps and fonts by the `pdfjs-assets` plugin (vite.config.ts) into
 * `pdfjs/` beside `assets/`, and the service worker caches them with the rest, so a PDF opens
 * offline. Imported only in a browser; Node reads them from the package (node-assets.ts).
 */
import workerSource from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

const here = (globalThis as { location?: { href: string } }).location?.href;

/** The worker script, as an absolute URL (a Web Worker resolves relative URLs from itself). */
export const workerUrl: string = new URL(workerSource, here).href;

/** The folder of pdf.js's `cmaps` or `standard_fonts`: `pdfjs/` one level above the worker. */
export const assetFolder = (kind: 'cmaps' | 'standard_fonts'): string =>
  new URL(`../pdfjs/${kind}/`, workerUrl).href;
