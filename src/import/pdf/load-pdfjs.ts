/**
 * pdf.js, loaded the first time a PDF is opened and never before: it is large, and most users
 * never open a PDF. The legacy build runs in browsers and in Node 20 alike; Node 20 lacks
 * `Promise.withResolvers`, which pdf.js calls, so it is supplied first. In a browser its worker is
 * a separate file and its CMaps are files of the app (browser-assets.ts), fetched by its worker
 * from our own origin, so a PDF opens offline; in Node they are read from the installed package.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface LoadedPdfjs {
  readonly pdfjs: typeof PdfJsModule;
  /** The folders of the CMaps and standard fonts: file paths in Node, URLs in a browser. */
  readonly cMapUrl: string;
  readonly standardFontDataUrl: string;
}

interface WithResolvers {
  withResolvers?: () => unknown;
}

function supplyWithResolvers(): void {
  const promise = Promise as unknown as WithResolvers;
  if (typeof promise.withResolvers === 'function') return;
  promise.withResolvers = function withResolvers<T>() {
    let resolve!: (value: T) => void;
    let reject!: (reason: unknown) => void;
    const made = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise: made, resolve, reject };
  };
}

const isNode = (): boolean =>
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node ===
  'string';

let loading: Promise<LoadedPdfjs> | undefined;

async function load(): Promise<LoadedPdfjs> {
  supplyWithResolvers();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (isNode()) {
    // Node runs pdf.js's worker code in this thread, importing it on the first document; it is
    // imported here instead, so loading is one step that the CLI times apart from reading a file
    // (../../cli/read-worker.ts). A name in a variable: the browser build must not bundle it.
    const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    await import(/* @vite-ignore */ workerModule);
    const { packageFolder } = await import('./node-assets');
    return {
      pdfjs,
      cMapUrl: `${packageFolder()}cmaps/`,
      standardFontDataUrl: `${packageFolder()}standard_fonts/`,
    };
  }
  const assets = await import('./browser-assets');
  pdfjs.GlobalWorkerOptions.workerSrc = assets.workerUrl;
  // Inside a Web Worker (the app reads files in one) pdf.js cannot start its own worker (it asks
  // for `window.location`) and would run its worker's code in ours instead, where that code takes
  // over our worker's messages. Its worker is started here and handed over as a port.
  const scope = globalThis as {
    window?: unknown;
    Worker?: new (url: string, options: object) => object;
  };
  if (scope.window === undefined && scope.Worker && !pdfjs.GlobalWorkerOptions.workerPort)
    pdfjs.GlobalWorkerOptions.workerPort = new scope.Worker(assets.workerUrl, {
      type: 'module',
    }) as never;
  return {
    pdfjs,
    cMapUrl: assets.assetFolder('cmaps'),
    standardFontDataUrl: assets.assetFolder('standard_fonts'),
  };
}

export function loadPdfjs(): Promise<LoadedPdfjs> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
