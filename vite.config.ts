import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

/**
 * Writes the build's file list into the service worker (public/sw.js explains why), so every
 * hashed asset is cached at install and a new build is a new worker. Runs at build only: the dev
 * server never registers the worker.
 */
function precacheManifest(): Plugin {
  let files: string[] = [];
  let publicDir = '';
  return {
    name: 'precache-manifest',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const publicFiles = publicDir ? readdirSync(publicDir) : [];
      files = [...Object.keys(bundle), ...publicFiles.filter((f) => f !== 'sw.js')].sort();
    },
    writeBundle(options) {
      const sw = join(options.dir ?? 'dist', 'sw.js');
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(sw, 'utf8')
        .replace("const VERSION = 'dev';", `const VERSION = '${version}';`)
        .replace('const PRECACHE = [];', `const PRECACHE = ${JSON.stringify(files)};`);
      if (!source.includes(version)) throw new Error('public/sw.js: VERSION line not found');
      writeFileSync(sw, source);
    },
  };
}

const PDFJS = 'node_modules/pdfjs-dist/';
const PDFJS_FOLDERS = ['cmaps', 'standard_fonts'];
const PDFJS_ASSET = /\/pdfjs\/(cmaps|standard_fonts)\/([\w.-]+)$/;

/**
 * pdf.js's CMaps and standard fonts as files of the app, under `pdfjs/` (src/import/pdf/
 * browser-assets.ts finds them one level above the worker), so a PDF opens offline. Its worker is
 * emitted by the bundler itself (a `?url` import). The dev server serves the same files.
 */
function pdfjsAssets(): Plugin {
  return {
    name: 'pdfjs-assets',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = PDFJS_ASSET.exec(request.url?.split('?')[0] ?? '');
        if (!match) return next();
        try {
          response.end(readFileSync(join(PDFJS, match[1] ?? '', match[2] ?? '')));
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const folder of PDFJS_FOLDERS) {
        for (const name of readdirSync(join(PDFJS, folder))) {
          const source = readFileSync(join(PDFJS, folder, name));
          this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${name}`, source });
        }
      }
    },
  };
}

export default defineConfig({
  // pdfjsAssets before precacheManifest, so the service worker caches the files it emits.
  plugins: [react(), pdfjsAssets(), precacheManifest()],
  base: './',
  // The read worker (src/app/read-in-worker.ts) is a module worker: its readers and pdf.js load
  // in it on demand as chunks of their own, which only the ES format can split.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
