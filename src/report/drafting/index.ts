/** Text the app drafts from the figures and fields, and keeps in step with them (issue #13). */
export { draftIds } from './draft-state';
export type { DraftId, DraftState } from './draft-state';
export { draftSpec, drafts } from './drafts';
export type { DraftPlace, DraftSpec } from './drafts';
export {
  carryDrafts,
  draftNewReport,
  editDraft,
  fromPrint,
  insertDraft,
  moveDraft,
  recognizeDrafts,
  regenerateDraft,
  removeDraft,
  syncDrafts,
} from './sync-drafts';
