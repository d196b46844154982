/**
 * A new version took over this page's service worker (deployed while the page was open): the page
 * keeps working on its own version's files (public/sw.js keeps them while a page uses them), and
 * says that reloading brings the new version. Reloading returns to the open report.
 */
import { useEffect, useState } from 'react';

export function UpdateBanner() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    // The first worker taking control of a page it did not serve is not an update.
    let hadController = container.controller !== null;
    const changed = () => {
      if (hadController) setReady(true);
      hadController = true;
    };
    container.addEventListener('controllerchange', changed);
    return () => container.removeEventListener('controllerchange', changed);
  }, []);
  if (!ready) return null;
  return (
    <div className="banner banner-notes screen-only" role="status">
      <p>新版本已就绪，刷新后使用。本页可以继续使用，已填写的内容都已保存。</p>
      <button type="button" onClick={() => window.location.reload()}>
        刷新
      </button>
      <button type="button" onClick={() => setReady(false)}>
        稍后
      </button>
    </div>
  );
}
