/**
 * One editor per draft: the window that edits a draft holds a Web Lock named after it, so a second
 * window (or tab) on the same draft opens it read-only. Taking over asks the holder over a
 * BroadcastChannel to write what it has and let go; a holder that does not answer in time (busy,
 * frozen in the background) has the lock stolen. A crashed or closed window releases its lock.
 * Where the browser has no Web Locks (old browsers, pages not served over https or localhost),
 * every window edits, and the revisions in drafts-store still refuse to overwrite newer text.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type LockState = 'acquiring' | 'held' | 'elsewhere';

const CHANNEL = 'gov-info-annual-report:drafts';
const RELEASE_WAIT_MS = 3_000;

type Message = { readonly type: 'take-over'; readonly key: string };

const lockName = (key: string) => `gov-info-annual-report:draft:${key}`;
const locks = (): LockManager | null =>
  typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;

/** True when a window holds the draft's lock now (false where locks are unsupported). */
export async function isDraftLocked(key: string): Promise<boolean> {
  const manager = locks();
  if (!manager) return false;
  const { held = [] } = await manager.query();
  return held.some((lock) => lock.name === lockName(key));
}

/**
 * The draft's lock, for as long as the component is mounted. `beforeRelease` runs when another
 * window takes over, before the lock is let go (to write the last changes).
 */
export function useDraftLock(
  key: string,
  beforeRelease: () => Promise<void>,
): { state: LockState; takeOver: () => Promise<boolean> } {
  const [state, setState] = useState<LockState>(() => (locks() ? 'acquiring' : 'held'));
  const release = useRef<(() => void) | null>(null);
  const before = useRef(beforeRelease);
  before.current = beforeRelease;
  const alive = useRef(true);

  const hold = useCallback(
    (options: LockOptions) => {
      const manager = locks();
      if (!manager) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        let held = false;
        manager
          .request(lockName(key), options, (lock) => {
            if (!lock || !alive.current) {
              resolve(false);
              return undefined;
            }
            held = true;
            resolve(true);
            setState('held');
            return new Promise<void>((done) => {
              release.current = () => {
                release.current = null;
                done();
              };
            });
          })
          .catch(() => {
            resolve(false);
            // Held, then stolen by a window that took over (AbortError); otherwise only this
            // request was given up (a take-over that waited too long).
            if (!held) return;
            release.current = null;
            if (alive.current) setState('elsewhere');
          });
      });
    },
    [key],
  );

  useEffect(() => {
    alive.current = true;
    void hold({ ifAvailable: true }).then((got) => {
      if (!got && alive.current) setState('elsewhere');
    });
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    if (channel) {
      channel.onmessage = (event: MessageEvent<Message>) => {
        if (event.data.type !== 'take-over' || event.data.key !== key || !release.current) return;
        const letGo = release.current;
        void before
          .current()
          .catch(() => undefined)
          .then(() => {
            setState('elsewhere');
            letGo();
          });
      };
    }
    return () => {
      alive.current = false;
      channel?.close();
      release.current?.();
    };
  }, [key, hold]);

  /** Resolves true once this window holds the draft. */
  const takeOver = useCallback(async (): Promise<boolean> => {
    const manager = locks();
    if (!manager) return true;
    setState('acquiring');
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    channel?.postMessage({ type: 'take-over', key } satisfies Message);
    channel?.close();
    const waited = await hold({ signal: AbortSignal.timeout(RELEASE_WAIT_MS) }).catch(() => false);
    if (waited) return true;
    const stolen = alive.current && (await hold({ steal: true }));
    if (!stolen && alive.current) setState('elsewhere');
    return stolen;
  }, [key, hold]);

  return { state, takeOver };
}
