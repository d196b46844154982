/**
 * Offline support: after the first visit the app opens and works with no network, drafts included
 * (they live in IndexedDB; this worker only serves the app's own files).
 *
 * Why precache plus a runtime fallback rather than runtime caching alone: a runtime cache holds
 * only what the first visit happened to fetch, so a file first needed later (a lazily loaded
 * chunk, the favicon) would be missing offline. At build, the `precache-manifest` plugin in
 * vite.config.ts replaces PRECACHE below with every file of the build (hashed names) and VERSION
 * with a hash of that list, so a new build changes this file's bytes and the browser installs the
 * new worker.
 *
 * Updates never break an open page: a page that loaded an earlier build still asks for that
 * build's files (an export, opening a file), which the server no longer has. So an earlier
 * build's cache is kept while any open page runs that build: each page tells the worker its entry
 * script's URL (src/main.tsx), and a cache is deleted only when no open page's entry is in it
 * (when the worker cannot tell — it was restarted and a page has not spoken since — it keeps
 * everything). Hashed files are looked up in every cache, so the new worker serves an old page's
 * files too; the page shows `新版本已就绪，刷新后使用` (src/app/update-banner.tsx).
 *
 * Pages are fetched network-first, so an office online always gets the newest build; offline the
 * cached page is served. Hashed assets never change under their name, so they are cache-first.
 */
const VERSION = 'dev';
const PRECACHE = [];

const CACHE = `gov-info-report-${VERSION}`;
const scoped = (path) => new URL(path, self.registration.scope).href;
const SHELL = scoped('./');

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([SHELL, ...PRECACHE.map(scoped)]))
      .then(() => self.skipWaiting()),
  );
});

const PREFIX = 'gov-info-report-';
/** The entry script each open page runs, by client id, as the pages said. */
const inUse = new Map();

/** Deletes earlier builds' caches that no open page runs. */
async function prune() {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const live = new Set(pages.map((page) => page.id));
  for (const id of inUse.keys()) if (!live.has(id)) inUse.delete(id);
  if (pages.some((page) => !inUse.has(page.id))) return;
  const entries = [...new Set(inUse.values())];
  const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== CACHE);
  for (const name of names) {
    const cache = await caches.open(name);
    const used = await Promise.all(entries.map((url) => cache.match(url, { ignoreVary: true })));
    if (!used.some(Boolean)) await caches.delete(name);
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim().then(prune));
});

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'in-use' || !event.source) return;
  inUse.set(event.source.id, String(event.data.url));
  event.waitUntil(prune());
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(SHELL, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(SHELL, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  // The preview server answers `Vary: Origin`; a module script's request carries an Origin the
  // precache request did not, so without ignoreVary every precached asset would miss offline.
  // Any build's cache: an open page of an earlier build asks for that build's files.
  const cached = await caches.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? networkFirst(request) : cacheFirst(request));
});
