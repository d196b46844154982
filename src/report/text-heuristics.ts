/**
 * Heuristics over the free text of sections 一, 五 and 六 (spec §3, "across sections"). The text is
 * free, so these only look for plain statements; every rule that uses them is a warning the user
 * can confirm. Kept apart from the rules so each pattern is written once and tested on its own.
 */
import { halfWidthDigits } from './full-width';
import { withoutSpaces } from './spaces';
import { yearsIn } from './years';
/** Splits text into clauses at Chinese and Western sentence punctuation and line breaks. */
export const clauses = (text: string): string[] =>
  text
    .split(/[。；;！!？?\n\r]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** True when the text says nothing: empty, `无`, `暂无`, `没有`, with or without a full stop. */
export const isNone = (text: string): boolean =>
  /^(无|暂无|没有|无。|\/|／)?[。.]?$/.test(withoutSpaces(text));

const PART_HEADING =
  /^\s*(（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+[、.．])/;

/**
 * The part of 一 that reports 依申请公开: the lines under a part heading that names 依申请 (up to
 * the next part heading), or else every clause that mentions 申请. A heading line may carry text
 * after its first full stop (`（二）依申请公开情况。全年未收到申请。`); that text belongs to the part.
 */
export function applicationPart(text: string): string {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => PART_HEADING.test(l) && l.includes('依申请'));
  if (start < 0) {
    return clauses(text)
      .filter((c) => c.includes('申请'))
      .join('。');
  }
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => PART_HEADING.test(l));
  const heading = lines[start] ?? '';
  const afterHeading = heading.includes('。') ? heading.slice(heading.indexOf('。') + 1) : '';
  return [afterHeading, ...(end < 0 ? rest : rest.slice(0, end))].join('\n').trim();
}

/** `申请0件` says none; `申请10件` does not, so the zero must not end a longer number. */
const SAYS_NONE_RECEIVED =
  /(未|没有|无)(收到|受理|接到)|无(依申请|申请)|(申请|受理)[^。；，]{0,12}?(为|共)?(?<!\d)(0|零)(件|个|条|份|宗)/;

/** The application part says none was received. */
export const saysNoApplications = (part: string): boolean =>
  isNone(part) || SAYS_NONE_RECEIVED.test(withoutSpaces(halfWidthDigits(part)));

/**
 * Numbers of applications the text quotes (`收到政府信息公开申请5件`). Years (`2021年`) and counts of
 * other things are not matched: the number must be followed by a unit of applications, and a time
 * limit (`收到申请后15个工作日内答复`) is not a count.
 */
export function quotedApplicationCounts(part: string): number[] {
  const counts: number[] = [];
  const pattern =
    /(收到|受理|新收|办理|接收)[^。；，,]{0,20}?(\d+)(件|个|份|宗)(?!工作日|月|小时)/g;
  for (const match of withoutSpaces(halfWidthDigits(part)).matchAll(pattern))
    counts.push(Number(match[2]));
  return counts;
}

const REVIEW_WORDS = /复议|诉讼/;
/** `没有发生因政府信息公开引起的行政复议` has 12 characters between 发生 and 复议: allow up to 16. */
const REVIEW_NONE =
  /(未|没有|无)(发生|收到|出现|产生|涉及)?[^。；，]{0,16}?(复议|诉讼)|(复议|诉讼)[^。；]{0,12}?(为0|为零|0件|0起|均为0|无)/;
/**
 * A case count is a number in the same clause as 复议/诉讼: `未发生行政复议、行政诉讼，收到申请3件`
 * counts applications, not cases, so the count never crosses a comma.
 */
const REVIEW_COUNT = /(复议|诉讼)[^。；，,]{0,15}?([1-9]\d*)(件|起|宗|个)/;

export type ReviewMention = 'none-stated' | 'cases-stated' | 'silent';

/**
 * What the text says about 行政复议/行政诉讼: that there were none, that there were cases, or nothing.
 * A line break ends a clause, so a heading line never runs into the figures of the next paragraph.
 */
export function reviewMention(text: string): ReviewMention {
  const flat = withoutSpaces(halfWidthDigits(text.replace(/\r?\n/g, '。')));
  if (!REVIEW_WORDS.test(flat)) return 'silent';
  if (REVIEW_COUNT.test(flat)) return 'cases-stated';
  return REVIEW_NONE.test(flat) ? 'none-stated' : 'silent';
}

/** 六 reports a fee: a figure next to 收取/收费/缴纳 (the no-fee sentence reports none). */
/** A count of one or more: `2件`, `一份`, `十二次` (never `0件`, never a year or a sum of money). */
const SOME_NOTICES = /(?<!\d)([1-9]\d*|[一二两三四五六七八九十]+)(件|份|次|个)/;
const NOTICE_DENIED =
  /(未|没有|无|不曾)[^，,]{0,8}?(发出|出具|送达|发送|寄送)?[^，,]{0,6}?收费通知/;

/** A fee actually collected: `收取信息处理费300元` (a fee collected was notified first). */
const FEE_COLLECTED = /(?<!未|没有)(收取|收缴|缴纳)[^，,]{0,12}?(?<!\d)[1-9][\d.]*(元|万元)/;

/**
 * 六 reports 信息处理费 notices sent (spec §3): a clause naming 收费通知 (or 缴费通知) with a count of
 * one or more and not saying none was sent, or a fee actually collected.
 * `发出收费通知1件，申请人逾期未缴纳，未收取信息处理费` reports a notice: the fee was notified, not
 * collected — which is exactly what 三's row 22 counts.
 */
export const reportsFeeNotices = (text: string): boolean =>
  clauses(halfWidthDigits(text)).some((clause) => {
    const flat = withoutSpaces(clause);
    const notices =
      /(收费|缴费)通知/.test(flat) && SOME_NOTICES.test(flat) && !NOTICE_DENIED.test(flat);
    return notices || FEE_COLLECTED.test(flat);
  });

export const mentionsProcessingFee = (text: string): boolean => text.includes('信息处理费');

const PLACEHOLDERS =
  /XX|ＸＸ|××|＊＊|\*\*\*|○○|〇〇|某某|_{3,}|＿{2,}|请填写|请输入|在此(填写|输入)|此处(填写|输入)|（此处[^）]*）|【[^】]{0,30}(填写|修改|请|此处)[^】]{0,30}】/;

/** The placeholder or template wording found in the text, if any. */
export const placeholderIn = (text: string): string | undefined => PLACEHOLDERS.exec(text)?.[0];

/**
 * The years a text states for the statistics period (spec §3: `统计期限自2023年1月1日起至2023年12月31日止`):
 * years in a clause that names the 统计期限/统计时限/统计期间 or spans a period `自…至…`.
 */
export function periodYears(text: string): number[] {
  return (
    clauses(text)
      .filter((c) => /统计(期限|时限|期间|时间|范围)|自[^至]{0,20}年[^至]{0,20}至/.test(c))
      // yearsIn leaves out a law's revision year (`条例（2019年修订）`) in the same sentence.
      .flatMap((c) => yearsIn(c))
  );
}

/** Text compared for "identical to last year": whitespace and punctuation width ignored. */
export const comparableText = (text: string): string => withoutSpaces(text);
