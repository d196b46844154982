import { describe, expect, it } from 'vitest';
import { emptyReport } from './empty-report';
import type { Report } from './report';
import { LENGTH_LIMITS, REFUSE_FACTOR } from './limits';
import { FORMAT_VERSION, parseSaveFile, SAVE_KIND, serializeReport } from './save-file';

const AMOUNT = '二/（八）/行政事业性收费/本年收费金额';

function sample(): Report {
  const base = emptyReport(2021, '某县某镇人民政府');
  return {
    ...base,
    texts: { 一: '（一）主动公开情况。\n全年主动公开信息172条。', 五: '问题与改进', 六: '无' },
    cells: { ...base.cells, '三/1/自然人': '3', [AMOUNT]: '620.705536' },
    stated: { '三/24/总计': '5' },
    acknowledged: { 'X-SIX-FEE@正文/六': '已在正文另行说明' },
  };
}

/** A valid save file as plain data, to break one field at a time. */
const fileData = (): Record<string, unknown> => JSON.parse(serializeReport(sample()));
const withField = (section: string, patch: Record<string, unknown>) => {
  const data = fileData();
  data[section] = { ...(data[section] as object), ...patch };
  return JSON.stringify(data);
};
const errorsOf = (source: string) => {
  const parsed = parseSaveFile(source);
  return parsed.ok ? [] : parsed.errors;
};

describe('parseSaveFile', () => {
  it('returns the same report when reading what serializeReport wrote', () => {
    const parsed = parseSaveFile(serializeReport(sample()));
    expect(parsed).toEqual({ ok: true, value: sample() });
  });

  it('writes the same text again when a read file is saved unchanged', () => {
    const text = serializeReport(sample());
    const parsed = parseSaveFile(text);
    expect(parsed.ok && serializeReport(parsed.value)).toBe(text);
  });

  it('keeps a blank cell as an empty string, never 0, when saved and read', () => {
    const parsed = parseSaveFile(serializeReport(sample()));
    expect(parsed.ok && parsed.value.cells['三/2/自然人']).toBe('');
  });

  it('keeps an amount as the exact decimal string when saved and read', () => {
    const text = serializeReport(sample());
    expect(text).toContain(`"${AMOUNT}": "620.705536"`);
    const parsed = parseSaveFile(text);
    expect(parsed.ok && parsed.value.cells[AMOUNT]).toBe('620.705536');
  });

  it('reads a missing cell as blank when the file omits it', () => {
    const data = fileData();
    data.cells = { '三/1/自然人': '3' };
    const parsed = parseSaveFile(JSON.stringify(data));
    expect(parsed.ok && [parsed.value.cells['三/1/自然人'], parsed.value.cells[AMOUNT]]).toEqual([
      '3',
      '',
    ]);
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(parseSaveFile(`\uFEFF${serializeReport(sample())}`).ok).toBe(true);
  });

  it.each([
    ['not JSON', '这不是JSON', '文件不是有效的 JSON，可能已损坏或被截断。'],
    [
      'truncated JSON',
      serializeReport(sample()).slice(0, 200),
      '文件不是有效的 JSON，可能已损坏或被截断。',
    ],
    ['a JSON array', '[1, 2]', '文件内容不是本程序的报告文件。'],
    ['JSON null', 'null', '文件内容不是本程序的报告文件。'],
    [
      'some other JSON object',
      '{"name": "package", "version": "1.0.0"}',
      '这不是本程序保存的报告文件（缺少文件标识）。',
    ],
    [
      'a newer formatVersion 2',
      JSON.stringify({ ...fileData(), formatVersion: 2 }),
      `此文件由更新版本的程序保存（文件版本 2），本程序只能打开版本 ${FORMAT_VERSION} 及以前的文件。请更新程序后再打开。`,
    ],
    [
      'no formatVersion',
      JSON.stringify({ kind: SAVE_KIND, format: '2021' }),
      '文件版本号缺失或有误。',
    ],
    [
      'an unknown format',
      JSON.stringify({ ...fileData(), format: '2030' }),
      '表格格式“2030”不认识，应为 2021 或 2019。',
    ],
    ['year 2018', withField('meta', { year: 2018 }), '报告年度：不能小于 2019。'],
    ['year as text', withField('meta', { year: '2021' }), '报告年度：应为整数。'],
    [
      'a cell written as a number',
      withField('cells', { '三/1/自然人': 3 }),
      '单元格 三/1/自然人：应为文字（数字也要写成带引号的文字）。',
    ],
    [
      'a cell this format does not have',
      withField('cells', { '三/26/自然人': '1' }),
      '单元格：有本格式中不存在的项目：三/26/自然人。',
    ],
    [
      'an input cell among the stated totals',
      withField('stated', { '三/1/自然人': '1' }),
      '合计格：有本格式中不存在的项目：三/1/自然人。',
    ],
    [
      'a title that is not text',
      withField('meta', { title: 5 }),
      '报告标题：应为文字（数字也要写成带引号的文字）。',
    ],
    [
      'a text section that is not text',
      withField('texts', { 五: ['问题'] }),
      '正文“五”：应为文字（数字也要写成带引号的文字）。',
    ],
  ])('says in Chinese what is wrong when the file is %s', (_, source, message) => {
    expect(errorsOf(source)).toEqual([message]);
  });

  it('names the missing field when meta has no year', () => {
    const data = fileData();
    data.meta = { body: '某镇' };
    expect(errorsOf(JSON.stringify(data))).toEqual(['报告年度：缺少此项。']);
  });

  it('lists every bad field when several are wrong', () => {
    const data = fileData();
    data.meta = { ...(data.meta as object), year: 2018, body: 1 };
    expect(errorsOf(JSON.stringify(data))).toHaveLength(2);
  });

  it.each([
    '',
    '{',
    '"text"',
    '42',
    '{"kind": "gov-info-annual-report", "formatVersion": 1, "format": "2021", "meta": null}',
    '{"kind": "gov-info-annual-report", "formatVersion": 1, "format": "2021", "cells": []}',
    '{"kind": "gov-info-annual-report", "formatVersion": 1.5}',
    '{"kind": "gov-info-annual-report", "formatVersion": "1"}',
  ])('returns errors instead of throwing when given %j', (source) => {
    const parsed = parseSaveFile(source);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors.every((e) => /[\u4e00-\u9fff]/.test(e))).toBe(true);
  });
});

describe('length limits in a save file', () => {
  it('opens a file whose cell, body name and section are just over their limits', () => {
    const over = (max: number) => 'x'.repeat(max + 1);
    const data = fileData();
    (data.cells as Record<string, string>)['三/1/自然人'] = over(LENGTH_LIMITS.cell);
    (data.meta as Record<string, string>).body = over(LENGTH_LIMITS.meta);
    (data.texts as Record<string, string>).一 = over(LENGTH_LIMITS.text);
    const parsed = parseSaveFile(JSON.stringify(data));
    expect(parsed.ok && parsed.value.cells['三/1/自然人']?.length).toBe(LENGTH_LIMITS.cell + 1);
    expect(parsed.ok && parsed.value.meta.body.length).toBe(LENGTH_LIMITS.meta + 1);
  });

  it('refuses a cell many times over its limit, naming it', () => {
    const huge = 'x'.repeat(LENGTH_LIMITS.cell * REFUSE_FACTOR + 1);
    expect(errorsOf(withField('cells', { '三/1/自然人': huge }))).toEqual([
      `单元格 三/1/自然人：内容太长（最多 ${LENGTH_LIMITS.cell * REFUSE_FACTOR} 字）。`,
    ]);
  });
});

describe('serializeReport', () => {
  it('writes cells in declaration order with a trailing newline', () => {
    const text = serializeReport(sample());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.indexOf('"二/（一）/规章/本年制发件数"')).toBeLessThan(
      text.indexOf('"三/1/自然人"'),
    );
    expect(text.indexOf('"三/1/自然人"')).toBeLessThan(text.indexOf('"四/行政复议/结果维持"'));
  });

  it('writes only the stated totals the report has', () => {
    const data = JSON.parse(serializeReport(sample())) as { stated: Record<string, string> };
    expect(data.stated).toEqual({ '三/24/总计': '5' });
  });
});

describe('last year inside a save file', () => {
  const lastYear = emptyReport(2020, '某县某镇人民政府');
  const withLastYear = (): Record<string, unknown> => ({
    ...fileData(),
    lastYear: JSON.parse(serializeReport(lastYear)),
  });

  it('reads back the report with last year, in its own (2019) format', () => {
    const report = { ...sample(), lastYear };
    const parsed = parseSaveFile(serializeReport(report));
    expect(parsed.ok && parsed.value).toEqual(report);
    expect(lastYear.format).toBe('2019');
  });

  it('names last year in the message when its fields are wrong', () => {
    const data = withLastYear();
    (data.lastYear as { meta: { year: number } }).meta.year = 1990;
    expect(errorsOf(JSON.stringify(data))).toEqual(['上年报告：报告年度：不能小于 2019。']);
  });

  it('refuses a last year that has its own last year, instead of nesting without end', () => {
    const data = withLastYear();
    (data.lastYear as Record<string, unknown>).lastYear = JSON.parse(serializeReport(lastYear));
    expect(errorsOf(JSON.stringify(data))).toEqual(['上年报告：上年报告中不应再包含上年报告。']);
  });

  it('writes only one year back when the last year carries its own', () => {
    const older = { ...lastYear, lastYear: emptyReport(2019, '某县某镇人民政府') };
    const parsed = parseSaveFile(serializeReport({ ...sample(), lastYear: older }));
    expect(parsed.ok && parsed.value.lastYear).toEqual(lastYear);
  });
});

describe('the 信息处理费 statement and drafted sentences in a save file', () => {
  const drafted = (): Report => ({
    ...sample(),
    fees: { notices: '2', notified: '150', collected: '' },
    drafted: {
      前言: { state: 'edited', text: '本报告由某镇人民政府编制。' },
      '六/信息处理费': { state: 'drafted', text: '本年度发出收费通知2件。' },
    },
  });

  it('reads back the fee fields (blank stays blank) and each sentence with its state', () => {
    expect(parseSaveFile(serializeReport(drafted()))).toEqual({ ok: true, value: drafted() });
  });

  it('keys the fee fields by their addresses in the file', () => {
    const data = JSON.parse(serializeReport(drafted())) as { fees: Record<string, string> };
    expect(data.fees).toEqual({
      '六/信息处理费/发出收费通知件数': '2',
      '六/信息处理费/通知收取金额': '150',
      '六/信息处理费/实际收取金额': '',
    });
  });

  it('writes neither field for a report that has none, as files saved before them', () => {
    const data = JSON.parse(serializeReport(sample())) as Record<string, unknown>;
    expect(Object.keys(data)).not.toContain('fees');
    expect(Object.keys(data)).not.toContain('drafted');
  });

  it('names an unknown drafted sentence and a bad state in Chinese', () => {
    const data = JSON.parse(serializeReport(drafted())) as Record<string, unknown>;
    data.drafted = { 七: { state: 'drafted', text: '' }, 前言: { state: 'typed', text: '' } };
    const errors = errorsOf(JSON.stringify(data));
    expect(errors).toContain('自动生成的段落：有本格式中不存在的项目：七。');
    expect(errors.some((e) => e.startsWith('自动生成的段落 前言'))).toBe(true);
  });
});
