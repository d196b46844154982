/**
 * The six sections (identical titles in both formats) and the report's front matter. Guidance is
 * what the 2021 notice and reviewers' conventions ask for (spec §2); the form shows it beside each
 * text area and the print view never prints it.
 */

interface TextSectionOf<Id extends string> {
  readonly id: Id;
  readonly kind: 'text';
  readonly heading: string;
  /** Parts the section is conventionally split into, in order. */
  readonly parts: readonly string[];
  readonly guidance: string;
}

interface TableSectionOf<Id extends string> {
  readonly id: Id;
  readonly kind: 'table';
  readonly heading: string;
}

/** The standard sentence for 六 when no 信息处理费 was charged (spec §2, 国办函〔2020〕109号). */
export const NO_FEE_SENTENCE = '本年度未发出信息处理费收费通知，未收取信息处理费。';

/** The declaration, its ids kept as literal types: the section id unions below come from it. */
const declared = [
  {
    id: '一',
    kind: 'text',
    heading: '一、总体情况',
    parts: [
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ],
    guidance:
      '按五个部分概述本年工作：主动公开（如“主动公开信息172条”）、依申请公开办理情况、政府信息管理、平台建设、监督保障。人民政府还应写明工作考核、社会评议和责任追究结果情况（条例第五十条）。',
  },
  { id: '二', kind: 'table', heading: '二、主动公开政府信息情况' },
  { id: '三', kind: 'table', heading: '三、收到和处理政府信息公开申请情况' },
  { id: '四', kind: 'table', heading: '四、政府信息公开行政复议、行政诉讼情况' },
  {
    id: '五',
    kind: 'text',
    heading: '五、存在的主要问题及改进情况',
    parts: ['（一）存在的主要问题', '（二）改进情况'],
    guidance:
      '分两部分写：存在的主要问题、改进情况（改进措施）。人民政府还应写明上年度报告所列问题的整改情况。只写“无”或空着，审查时会被指出。',
  },
  {
    id: '六',
    kind: 'text',
    heading: '六、其他需要报告的事项',
    parts: [],
    guidance: `写明信息处理费情况：发出收费通知的件数、通知收取的金额、实际收取的金额；未收费也要写明，如“${NO_FEE_SENTENCE}”还可写政务公开工作要点落实、人大代表建议和政协提案办理结果公开、创新做法等。`,
  },
] as const satisfies readonly (TextSectionOf<string> | TableSectionOf<string>)[];

type Declared = (typeof declared)[number];
/** `'一' | '二' | … | '六'`: a misspelt section id fails to compile. */
export type SectionId = Declared['id'];
/** The prose sections: `'一' | '五' | '六'`. */
export type TextSectionId = Extract<Declared, { kind: 'text' }>['id'];
/** The table sections: `'二' | '三' | '四'`. */
export type TableId = Extract<Declared, { kind: 'table' }>['id'];

export type TextSection = TextSectionOf<TextSectionId>;
export type TableSection = TableSectionOf<TableId>;
export type Section = TextSection | TableSection;

export const sections: readonly Section[] = declared;

export const sectionIds: readonly SectionId[] = sections.map((s) => s.id);
/** The prose sections (一、五、六), in order, from the declaration above. */
export const textSectionIds: readonly TextSectionId[] = sections.flatMap((s) =>
  s.kind === 'text' ? [s.id] : [],
);

/** Front matter: the title and the preface details (spec §1). */
export const metaFields = [
  { id: 'body', label: '机关全称', hint: '如：寻乌县留车镇人民政府' },
  { id: 'title', label: '报告标题', hint: '<机关全称><年份>年政府信息公开工作年度报告' },
  { id: 'preface', label: '前言', hint: '法律依据、统计期限、公开网址、联系方式' },
  { id: 'publishUrl', label: '公开网址', hint: '报告在政府网站上的栏目地址' },
  { id: 'contactOffice', label: '联系机构', hint: '如：镇党政办公室' },
  { id: 'contactAddress', label: '联系地址', hint: '' },
  { id: 'contactPostcode', label: '邮政编码', hint: '' },
  { id: 'contactPhone', label: '联系电话', hint: '' },
] as const;

export type MetaTextField = (typeof metaFields)[number]['id'];

export const TITLE_SUFFIX = '年政府信息公开工作年度报告';

/** `<机关全称><年份>年政府信息公开工作年度报告` (spec §1). */
export const defaultTitle = (body: string, year: number): string =>
  `${body.trim()}${year}${TITLE_SUFFIX}`;
