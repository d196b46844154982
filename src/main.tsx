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
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}
