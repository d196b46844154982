/**
 * The ids of the sentences the app drafts and the state each is in. Kept apart from the drafting
 * code so the report type can name them without importing it.
 */

/** Where each drafted text lives: the preface, or a paragraph of 一 or 六 (spec §2). */
export const draftIds = [
  '前言',
  '一/主动公开',
  '一/依申请公开',
  '一/复议诉讼',
  '六/信息处理费',
] as const;

export type DraftId = (typeof draftIds)[number];

/**
 * `drafted`: the text follows the figures; `text` is what was last put in the report ('' while the
 * figures it needs are blank, so nothing is in the report yet). `edited`: the user rewrote it;
 * `text` is their paragraph as it stands, so 按表格重新生成 can find and replace it.
 */
export interface DraftState {
  readonly state: 'drafted' | 'edited';
  readonly text: string;
}
