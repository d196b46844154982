/**
 * Reworded labels met in published reports (spec §6), written as printed and mapped to the official
 * label of the declaration. Only true rewordings belong here: bracket and punctuation variants,
 * spaces, full-width digits, numbering style and unit notes are already absorbed by labelKey().
 */
import type { SectionId } from '../../report';

/** Table labels: printed wording → the declaration's label. */
export const labelAliases: Readonly<Record<string, string>> = {
  // 表三（三）2: `法律法规` for the official `法律行政法规` (e.g. 柘城县伯岗镇 2021).
  '2.其他法律法规禁止公开': '2.其他法律行政法规禁止公开',
  // 表三（三）2 misprinted without 法规禁 (淮安市洪泽区 2023, PDF).
  '2.其他法律行政止公开': '2.其他法律行政法规禁止公开',
  // 表三（二） printed without its parenthetical instruction.
  '（二）部分公开': '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
};

/** Section headings: extra printed titles of a section, beside its official one (spec §2). */
export const headingAliases: Readonly<Partial<Record<SectionId, readonly string[]>>> = {
  四: ['行政复议、行政诉讼情况'],
  五: ['政府信息公开工作存在的主要问题及改进情况', '存在的主要问题和改进情况'],
  六: ['其他需要报告事项'],
};
