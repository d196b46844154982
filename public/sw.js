/**
 * Offline support: after the first visit the app opens and works with no network, drafts included
 * (they live in IndexedDB; this worker only serves the app's own files).
 *
 * Why precache plus a runtime fallback rather than runtime caching alone: a runtime cache holds
 * only what the first visit happened to fetch, so a file first needed later (a lazily loaded
 * chunk, the favicon) would be missing offline. At build, the `precache-manifest` plugin in
 * vite.config.ts replaces PRECACHE below with every file of the build (hashed names) and VERSION
 * with a hash of that list, so a new build changes this file's bytes, the browser installs the new
 * worker, and the old cache is dropped once it activates. Same-origin GETs that are not in the
 * list (none today) are still cached as they are fetched, so nothing depends on the list being
 * complete.
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

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('gov-info-report-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
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
  const cached = await cache.match(request, { ignoreVary: true });
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
