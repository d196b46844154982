/**
 * Which draft this tab has open, kept in sessionStorage (per tab, kept across a reload, gone when
 * the tab closes), so a reload returns to the report instead of the start screen.
 */
const KEY = 'gov-info-annual-report:open-draft';

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function rememberOpenDraft(key: string | null): void {
  try {
    if (key) storage()?.setItem(KEY, key);
    else storage()?.removeItem(KEY);
  } catch {
    // Without sessionStorage a reload shows the start screen, where the draft is listed.
  }
}

export function openDraftKey(): string | null {
  try {
    return storage()?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}
