/**
 * Code loaded on demand (the readers, the exporters) can fail to load: most often because a new
 * version was deployed and this page still asks for the old files (the service worker keeps them
 * while a page uses them, but a browser without it, or a cleared cache, does not). The user then
 * sees a Chinese message with a reload button — never `Failed to fetch dynamically imported
 * module`, never a click that does nothing. A reload loses nothing: drafts and the journal are
 * stored, and the open report comes back.
 */
import { Component, useEffect, useState } from 'react';
import type { ReactNode } from 'react';

const EVENT = 'gov-info-annual-report:chunk-error';
export const CHUNK_ERROR_MESSAGE =
  '程序已更新到新版本，这项功能需要刷新页面后才能使用（已填写的内容都已保存，刷新后回到本报告）。';

/** `load()`, or an error in Chinese (and the reload banner) when its code cannot be fetched. */
export async function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch {
    window.dispatchEvent(new Event(EVENT));
    throw new Error(CHUNK_ERROR_MESSAGE);
  }
}

function ReloadBanner() {
  return (
    <div className="banner banner-error screen-only" role="alert">
      <p>{CHUNK_ERROR_MESSAGE}</p>
      <button type="button" onClick={() => window.location.reload()}>
        刷新页面
      </button>
    </div>
  );
}

/** Shown at the top of the app once any on-demand code failed to load. */
export function ChunkErrorBanner() {
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const show = () => setFailed(true);
    window.addEventListener(EVENT, show);
    // Vite's own signal that a chunk's preload failed.
    window.addEventListener('vite:preloadError', show);
    return () => {
      window.removeEventListener(EVENT, show);
      window.removeEventListener('vite:preloadError', show);
    };
  }, []);
  return failed ? <ReloadBanner /> : null;
}

/** Catches a lazily loaded screen that failed to load, in place of a blank page. */
export class ChunkErrorBoundary extends Component<
  { readonly children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <ReloadBanner /> : this.props.children;
  }
}
