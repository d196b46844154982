import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html 缺少 #root 元素');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline after the first visit (public/sw.js). Production builds only: in development the worker
// would serve stale modules. A browser without service workers, or one that refuses to register it
// (private mode), still runs the app online; drafts are in IndexedDB either way.
//
// The page tells the worker which build it runs (its entry script's hashed URL), so a new version's
// worker keeps this build's files while the page is open (public/sw.js).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const container = navigator.serviceWorker;
  const announce = () =>
    container.controller?.postMessage({ type: 'in-use', url: import.meta.url });
  container.addEventListener('controllerchange', announce);
  window.addEventListener('load', () => {
    announce();
    container.register('./sw.js').catch(() => undefined);
  });
}
