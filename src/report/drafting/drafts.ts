/**
 * The drafted texts, declared once (spec §1–§2): where each lives, how it is composed, and what it
 * waits for while the figures it states are blank. Figure sentences sit in the parts of 一 the 2021
 * notice names (`（一）主动公开`, `（二）依申请公开`), and 六 opens with the 信息处理费 statement the
 * template reserves it for; the preface is the whole 前言 field.
 */
import type { Report } from '../report';
import type { TextSectionId } from '../spec';
import { composeApplications } from './compose-applications';
import { composeFees } from './compose-fees';
import { composePreface } from './compose-preface';
import { composeProactive } from './compose-proactive';
import { composeReviews } from './compose-reviews';
import type { DraftId } from './draft-state';

/** A part of a section, found by its heading; created (as ordinary text) when missing. */
export interface SectionPart {
  readonly heading: RegExp;
  /** The heading written when the section has no such part yet. */
  readonly scaffold: string;
}

export type DraftPlace =
  | { readonly kind: 'preface' }
  | { readonly kind: 'section'; readonly section: TextSectionId; readonly part?: SectionPart };

export interface DraftSpec {
  readonly id: DraftId;
  /** What the sentence is about, as the form names it. */
  readonly label: string;
  readonly place: DraftPlace;
  /** The text, or null while a figure it states is blank. */
  readonly compose: (report: Report) => string | null;
  /** Said while compose() is null. */
  readonly waiting: string;
}

const partHeading = (topic: string) =>
  new RegExp(`^\\s*[（(][一二三四五六七八九十\\d]{1,2}[）)][^。]{0,6}${topic}`);

const proactivePart: SectionPart = {
  heading: partHeading('主动公开'),
  scaffold: '（一）主动公开情况',
};
const applicationPart: SectionPart = {
  heading: partHeading('依申请'),
  scaffold: '（二）依申请公开情况',
};

export const drafts: readonly DraftSpec[] = [
  {
    id: '前言',
    label: '前言',
    place: { kind: 'preface' },
    compose: composePreface,
    waiting: '',
  },
  {
    id: '一/主动公开',
    label: '主动公开情况（按表二）',
    place: { kind: 'section', section: '一', part: proactivePart },
    compose: composeProactive,
    waiting: '表二填完（总计与各项相加相符）后自动生成。',
  },
  {
    id: '一/依申请公开',
    label: '依申请公开情况（按表三）',
    place: { kind: 'section', section: '一', part: applicationPart },
    compose: composeApplications,
    waiting: '表三填完（总计与各项相加相符）后自动生成。',
  },
  {
    id: '一/复议诉讼',
    label: '行政复议、行政诉讼情况（按表四）',
    place: { kind: 'section', section: '一', part: applicationPart },
    compose: composeReviews,
    waiting: '表四填完（总计与各项相加相符）后自动生成。',
  },
  {
    id: '六/信息处理费',
    label: '信息处理费情况',
    place: { kind: 'section', section: '六' },
    compose: composeFees,
    waiting: '填写“发出收费通知件数”（及实际收取金额）后自动生成。',
  },
];

export const draftSpec = (id: DraftId): DraftSpec => {
  const found = drafts.find((d) => d.id === id);
  if (!found) throw new Error(`没有这一句：${id}`);
  return found;
};
