/**
 * The save file: versioned JSON whose zod schema is built from the declaration, with cells keyed by
 * their spec §7 addresses. Blank stays '' (never 0) and amounts stay decimal strings (never floats),
 * so `620.705536` survives every save and open. Parsing never throws: it returns the report or
 * Chinese messages naming each bad field. A field over its length limit (limits.ts) is read and left
 * to check() to name; only one many times over is refused.
 */
import * as z from 'zod/mini';
import { asLastYear } from './carry';
import { draftIds } from './drafting/draft-state';
import { LENGTH_LIMITS, REFUSE_FACTOR } from './limits';
import type { Report } from './report';
import {
  FIRST_YEAR,
  feeAddress,
  feeFields,
  formatIds,
  formatIndex,
  metaFields,
  textSectionIds,
} from './spec';
import type { FeeFieldId, FormatId, FormatIndex } from './spec';

/** Marks a JSON file as ours, so the reader can tell it from any other JSON. */
export const SAVE_KIND = 'gov-info-annual-report';
/** Bump when the file's shape changes; older versions are migrated here, newer ones refused. */
export const FORMAT_VERSION = 1;
export const LAST_YEAR = 2100;

// Beyond the limits a report is still read (L-LENGTH names the field); far beyond them, refused.
const MAX_CELL = LENGTH_LIMITS.cell * REFUSE_FACTOR;
const MAX_TEXT = LENGTH_LIMITS.text * REFUSE_FACTOR;
const MAX_META = LENGTH_LIMITS.meta * REFUSE_FACTOR;

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly string[] };

const text = (max: number) => z._default(z.string().check(z.maxLength(max)), '');

/** The zod schema of a save file for a compiled format: one optional string per declared cell. */
export function buildSaveFileSchema(index: FormatIndex) {
  const format = index.id;
  const cellMap = (addresses: readonly string[]) =>
    z.strictObject(
      Object.fromEntries(
        addresses.map((a) => [a, z.optional(z.string().check(z.maxLength(MAX_CELL)))]),
      ),
    );
  return z.strictObject({
    kind: z.literal(SAVE_KIND),
    formatVersion: z.literal(FORMAT_VERSION),
    format: z.literal(format),
    meta: z.strictObject({
      ...Object.fromEntries(metaFields.map((f) => [f.id, text(MAX_META)])),
      year: z.int().check(z.gte(FIRST_YEAR), z.lte(LAST_YEAR)),
    }),
    texts: z.strictObject(Object.fromEntries(textSectionIds.map((id) => [id, text(MAX_TEXT)]))),
    cells: cellMap(index.inputs.map((c) => c.address)),
    stated: z._default(cellMap(index.computed.map((c) => c.address)), {}),
    acknowledged: z._default(
      z.record(z.string().check(z.maxLength(MAX_META)), z.string().check(z.maxLength(MAX_META))),
      {},
    ),
    /** What 六 states about 信息处理费, keyed by the fields' addresses (`六/信息处理费/…`). */
    fees: z.optional(cellMap(feeFields.map(feeAddress))),
    /** Which sentences the app drafted and whether the user has since edited them. */
    drafted: z.optional(
      z.strictObject(
        Object.fromEntries(
          draftIds.map((id) => [
            id,
            z.optional(
              z.strictObject({ state: z.enum(['drafted', 'edited']), text: text(MAX_TEXT) }),
            ),
          ]),
        ),
      ),
    ),
    /** Last year's report, a save file of its own (its format may differ); parsed on its own. */
    lastYear: z.optional(z.looseObject({})),
  });
}

const schemas: Readonly<Record<FormatId, ReturnType<typeof buildSaveFileSchema>>> = {
  '2021': buildSaveFileSchema(formatIndex('2021')),
  '2019': buildSaveFileSchema(formatIndex('2019')),
};

/** The zod schema of a save file in the given format (built from the declaration). */
export const saveFileSchema = (format: FormatId) => schemas[format];

const SECTION_FIELDS: Record<string, string> = {
  meta: '基本信息',
  texts: '正文',
  cells: '单元格',
  stated: '合计格',
  acknowledged: '已确认的提示',
  fees: '信息处理费',
  drafted: '自动生成的段落',
  lastYear: '上年报告',
};

function fieldName(path: readonly PropertyKey[]): string {
  const [section, field] = path.map(String);
  if (section === undefined) return '文件';
  if (section === 'meta') {
    if (field === undefined) return '基本信息';
    if (field === 'year') return '报告年度';
    return metaFields.find((f) => f.id === field)?.label ?? `基本信息“${field}”`;
  }
  if (section === 'texts' && field) return `正文“${field}”`;
  const name = SECTION_FIELDS[section] ?? `“${section}”`;
  return field === undefined ? name : `${name} ${field}`;
}

function describe(issue: z.core.$ZodIssue, input: unknown): string {
  const where = fieldName(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const present = issue.path.reduce<unknown>(
        (node, key) =>
          node && typeof node === 'object'
            ? (node as Record<PropertyKey, unknown>)[key]
            : undefined,
        input,
      );
      if (present === undefined) return `${where}：缺少此项。`;
      const expected: Record<string, string> = {
        string: '文字（数字也要写成带引号的文字）',
        number: '整数',
        int: '整数',
        object: '一组字段',
      };
      return `${where}：应为${expected[issue.expected] ?? issue.expected}。`;
    }
    case 'too_big':
      return issue.origin === 'string'
        ? `${where}：内容太长（最多 ${issue.maximum} 字）。`
        : `${where}：不能大于 ${issue.maximum}。`;
    case 'too_small':
      return `${where}：不能小于 ${issue.minimum}。`;
    case 'unrecognized_keys':
      return `${where}：有本格式中不存在的项目：${issue.keys.join('、')}。`;
    case 'invalid_value':
      return `${where}：取值不对，应为 ${issue.values.map(String).join(' 或 ')}。`;
    default:
      return `${where}：内容不对。`;
  }
}

const fail = (...errors: string[]): ParseResult<never> => ({ ok: false, errors });

/** A parsed save file's data as a report; `within` names the enclosing report in messages. */
function reportFromData(data: unknown, within = ''): ParseResult<Report> {
  const failWithin = (error: string) => fail(`${within}${error}`);
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return failWithin('文件内容不是本程序的报告文件。');
  const envelope = data as Record<string, unknown>;
  if (envelope.kind !== SAVE_KIND)
    return failWithin('这不是本程序保存的报告文件（缺少文件标识）。');
  const version = envelope.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failWithin('文件版本号缺失或有误。');
  }
  if (version > FORMAT_VERSION) {
    return failWithin(
      `此文件由更新版本的程序保存（文件版本 ${version}），本程序只能打开版本 ${FORMAT_VERSION} 及以前的文件。请更新程序后再打开。`,
    );
  }
  const format = envelope.format;
  if (!formatIds.includes(format as FormatId)) {
    return failWithin(`表格格式“${String(format)}”不认识，应为 ${formatIds.join(' 或 ')}。`);
  }
  const parsed = saveFileSchema(format as FormatId).safeParse(data);
  if (!parsed.success) {
    return fail(...parsed.error.issues.map((i) => `${within}${describe(i, data)}`));
  }
  const { meta, texts, cells, stated, acknowledged, fees, drafted } = parsed.data;
  let lastYear: Report | undefined;
  if (parsed.data.lastYear !== undefined) {
    // Only one year back: a last year inside last year's report is not kept.
    if (within) return failWithin('上年报告中不应再包含上年报告。');
    const inner = reportFromData(parsed.data.lastYear, '上年报告：');
    if (!inner.ok) return inner;
    lastYear = inner.value;
  }
  const index = formatIndex(format as FormatId);
  const definedOnly = <T>(map: Record<string, T | undefined>) =>
    Object.fromEntries(Object.entries(map).filter((e): e is [string, T] => e[1] !== undefined));
  return {
    ok: true,
    value: {
      format: format as FormatId,
      meta: meta as Report['meta'],
      texts: texts as Report['texts'],
      cells: Object.fromEntries(index.inputs.map((c) => [c.address, cells[c.address] ?? ''])),
      stated: definedOnly(stated),
      acknowledged,
      ...(fees
        ? {
            fees: Object.fromEntries(
              feeFields.map((f) => [f.id, fees[feeAddress(f)] ?? '']),
            ) as Record<FeeFieldId, string>,
          }
        : {}),
      ...(drafted ? { drafted: definedOnly(drafted) as Report['drafted'] } : {}),
      ...(lastYear ? { lastYear } : {}),
    },
  };
}

/** Reads a save file's text into a report, or says in Chinese what is wrong with it. */
export function parseSaveFile(source: string): ParseResult<Report> {
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch {
    return fail('文件不是有效的 JSON，可能已损坏或被截断。');
  }
  return reportFromData(data);
}

/** The save file's content: stable key order (cells in declaration order). */
function saveFileData(report: Report): Record<string, unknown> {
  const index = formatIndex(report.format);
  return {
    kind: SAVE_KIND,
    formatVersion: FORMAT_VERSION,
    format: report.format,
    meta: {
      body: report.meta.body,
      year: report.meta.year,
      ...Object.fromEntries(
        metaFields.filter((f) => f.id !== 'body').map((f) => [f.id, report.meta[f.id]]),
      ),
    },
    texts: Object.fromEntries(textSectionIds.map((id) => [id, report.texts[id]])),
    cells: Object.fromEntries(index.inputs.map((c) => [c.address, report.cells[c.address] ?? ''])),
    stated: Object.fromEntries(
      index.computed
        .filter((c) => c.address in report.stated)
        .map((c) => [c.address, report.stated[c.address]]),
    ),
    acknowledged: report.acknowledged,
    ...(report.fees
      ? {
          fees: Object.fromEntries(
            feeFields.map((f) => [feeAddress(f), report.fees?.[f.id] ?? '']),
          ),
        }
      : {}),
    ...(report.drafted
      ? {
          drafted: Object.fromEntries(
            draftIds.flatMap((id) => {
              const entry = report.drafted?.[id];
              return entry ? [[id, { state: entry.state, text: entry.text }]] : [];
            }),
          ),
        }
      : {}),
    ...(report.lastYear ? { lastYear: saveFileData(asLastYear(report.lastYear)) } : {}),
  };
}

/** The save file's text: two-space indent, a final newline. */
export const serializeReport = (report: Report): string =>
  `${JSON.stringify(saveFileData(report), null, 2)}\n`;
