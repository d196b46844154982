import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { emptyReport } from '../empty-report';
import type { Report } from '../report';
import { carryForward } from '../carry';
import { reportFromCells } from '../report-from-cells';
import { composeApplications } from './compose-applications';
import { composePreface } from './compose-preface';
import {
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

const BODY = '示例县和平镇人民政府';
const filled = (cells: Record<string, string> = {}): Report =>
  reportFromCells({ format: '2021', year: 2023, body: BODY, cells, fill: '0' });
const setCell = (report: Report, address: string, value: string): Report =>
  syncDrafts({ ...report, cells: { ...report.cells, [address]: value } }, report);
const setText = (report: Report, section: '一' | '六', text: string): Report =>
  syncDrafts({ ...report, texts: { ...report.texts, [section]: text } }, report);

describe('draftNewReport', () => {
  it('drafts the 前言 from the fields and lets the figure sentences wait for blank tables', () => {
    const report = draftNewReport(emptyReport(2023, BODY));
    expect(report.meta.preface).toBe(composePreface(report));
    expect(report.texts.一).toBe('');
    expect(report.drafted).toEqual({
      前言: { state: 'drafted', text: report.meta.preface },
      '一/主动公开': { state: 'drafted', text: '' },
      '一/依申请公开': { state: 'drafted', text: '' },
      '一/复议诉讼': { state: 'drafted', text: '' },
      '六/信息处理费': { state: 'drafted', text: '' },
    });
  });

  it('puts each figure sentence under its part of 一, writing the part heading when missing', () => {
    const report = draftNewReport(filled());
    expect(report.texts.一.split('\n')).toEqual([
      '（一）主动公开情况',
      expect.stringMatching(/^本年度未制发规章/),
      '（二）依申请公开情况',
      '本年度未收到政府信息公开申请。',
      '本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。',
    ]);
  });

  it('keeps a preface the report already has', () => {
    const base = emptyReport(2023, BODY);
    const report = draftNewReport({ ...base, meta: { ...base.meta, preface: '本镇自编前言。' } });
    expect(report.meta.preface).toBe('本镇自编前言。');
    expect(report.drafted?.前言).toBeUndefined();
  });
});

describe('syncDrafts', () => {
  it('returns the same report when nothing it drafts has changed', () => {
    const report = draftNewReport(filled());
    expect(syncDrafts(report)).toBe(report);
    const plain = emptyReport(2023, BODY);
    expect(syncDrafts(plain)).toBe(plain);
  });

  it('updates a drafted sentence when a figure changes', () => {
    let report = draftNewReport(filled());
    report = setCell(report, '三/1/自然人', '2');
    report = setCell(report, '三/3/自然人', '2');
    expect(report.texts.一).toContain(
      '本年度共收到政府信息公开申请2件；均为自然人申请。本年度办结2件，均予以公开。',
    );
    expect(report.texts.一).not.toContain('未收到');
    expect(check(report).map((i) => i.ruleId)).not.toContain('X-APPLY-TEXT');
  });

  it('follows the fields in the 前言 until the user edits it', () => {
    let report = draftNewReport(emptyReport(2023, BODY));
    report = syncDrafts({ ...report, meta: { ...report.meta, contactPhone: '0370-1234567' } });
    expect(report.meta.preface).toContain('电话：0370-1234567');
    const edited = `${report.meta.preface}特此报告。`;
    report = syncDrafts({ ...report, meta: { ...report.meta, preface: edited } }, report);
    expect(report.drafted?.前言).toEqual({ state: 'edited', text: edited });
    report = syncDrafts({ ...report, meta: { ...report.meta, contactPhone: '0370-7654321' } });
    expect(report.meta.preface).toBe(edited);
  });

  it('stops updating a sentence the user typed over, and the text rule then flags a contradiction', () => {
    let report = draftNewReport(filled({ '三/1/自然人': '1', '三/3/自然人': '1' }));
    const drafted = composeApplications(report) ?? '';
    const rewritten = drafted.replace('均为自然人申请', '申请人为本镇居民');
    report = setText(report, '一', report.texts.一.replace(drafted, rewritten));
    expect(report.drafted?.['一/依申请公开']).toEqual({ state: 'edited', text: rewritten });
    report = setCell(report, '三/1/自然人', '3');
    report = setCell(report, '三/3/自然人', '3');
    expect(report.texts.一).toContain(rewritten);
    expect(check(report).map((i) => i.ruleId)).toContain('X-APPLY-TEXT');
  });

  it('forgets a sentence the user deleted', () => {
    let report = draftNewReport(filled());
    const lines = report.texts.一.split('\n');
    report = setText(report, '一', lines.filter((l) => !l.includes('复议')).join('\n'));
    expect(report.drafted?.['一/复议诉讼']).toBeUndefined();
    report = setCell(report, '四/行政复议/结果维持', '1');
    expect(report.texts.一).not.toContain('复议');
  });

  it('takes a sentence out while a figure it states is blank, and puts it back when filled', () => {
    let report = draftNewReport(filled());
    report = setCell(report, '四/行政复议/结果维持', '');
    expect(report.texts.一).not.toContain('复议');
    expect(report.drafted?.['一/复议诉讼']).toEqual({ state: 'drafted', text: '' });
    report = setCell(report, '四/行政复议/结果维持', '1');
    expect(report.texts.一).toContain('本年度发生因政府信息公开引起的行政复议1件');
  });
});

describe('editing drafted sentences', () => {
  const start = () => draftNewReport(filled());

  it('editDraft makes the sentence the user’s; regenerateDraft restores it', () => {
    let report = editDraft(start(), '一/复议诉讼', '本年度无复议诉讼。');
    expect(report.texts.一).toContain('本年度无复议诉讼。');
    expect(report.drafted?.['一/复议诉讼']?.state).toBe('edited');
    report = setCell(report, '四/行政复议/结果维持', '1');
    expect(report.texts.一).toContain('本年度无复议诉讼。');
    report = regenerateDraft(report, '一/复议诉讼');
    expect(report.texts.一).not.toContain('本年度无复议诉讼。');
    expect(report.texts.一).toContain('行政复议1件');
    expect(report.drafted?.['一/复议诉讼']?.state).toBe('drafted');
  });

  it('removeDraft deletes the paragraph; insertDraft brings a fresh one', () => {
    let report = removeDraft(start(), '一/主动公开');
    expect(report.texts.一).not.toContain('本年度未制发');
    expect(report.drafted?.['一/主动公开']).toBeUndefined();
    report = insertDraft(report, '一/主动公开');
    expect(report.texts.一.split('\n').slice(0, 2)).toEqual([
      '（一）主动公开情况',
      expect.stringMatching(/^本年度未制发/),
    ]);
  });

  it('moveDraft moves the paragraph within its section, and it still follows the figures', () => {
    let report = moveDraft(start(), '一/复议诉讼', -1);
    const lines = report.texts.一.split('\n');
    expect(lines.indexOf('本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。')).toBe(3);
    report = setCell(report, '四/行政复议/结果维持', '1');
    expect(report.texts.一.split('\n')[3]).toMatch(/^本年度发生因政府信息公开引起的行政复议1件/);
  });
});

describe('recognizeDrafts', () => {
  it('marks as drafted what reads exactly as the app would draft it (our .txt read back)', () => {
    const report = draftNewReport(filled());
    const printed: { -readonly [K in keyof typeof report]: (typeof report)[K] } = { ...report };
    delete printed.drafted;
    expect(recognizeDrafts(printed).drafted).toEqual(
      Object.fromEntries(
        Object.entries(report.drafted ?? {}).filter(([, entry]) => entry.text !== ''),
      ),
    );
  });

  it('leaves a report with no such paragraph as it is', () => {
    const report = filled();
    expect(recognizeDrafts(report)).toBe(report);
  });
});

describe('carrying drafted text into next year', () => {
  const received = '三/1/自然人';
  const lastYear = () => setCell(draftNewReport(filled()), received, '3');

  it('drafts the 前言 for the new year instead of carrying last year’s period', () => {
    const next = carryForward(lastYear());
    expect(next.meta.preface).toContain('统计期限自2024年1月1日起至2024年12月31日止');
    expect(next.drafted?.前言?.state).toBe('drafted');
    expect(check(next).some((i) => i.ruleId === 'M-PREFACE-PERIOD')).toBe(false);
  });

  it('takes last year’s figure sentences out and drafts this year’s as the tables are filled', () => {
    const last = lastYear();
    const lastSentence = last.drafted?.['一/依申请公开']?.text ?? '';
    expect(lastSentence).toContain('3件');
    const next = carryForward(last);
    expect(next.texts.一).not.toContain(lastSentence);
    expect(next.texts.一).toContain('（二）依申请公开情况');
    expect(next.drafted?.['一/依申请公开']).toEqual({ state: 'drafted', text: '' });
    const filledIn = setCell(syncDrafts({ ...next, cells: filled().cells }), received, '5');
    const sentence = filledIn.drafted?.['一/依申请公开']?.text ?? '';
    expect(sentence).toContain('5件');
    expect(filledIn.texts.一.split('\n')).toContain(sentence);
  });

  it('recognises last year’s sentences in a report read from print (no record of drafting)', () => {
    const printed: { -readonly [K in keyof Report]: Report[K] } = { ...lastYear() };
    const sentence = printed.drafted?.['一/依申请公开']?.text ?? '';
    delete printed.drafted;
    expect(carryForward(printed).texts.一).not.toContain(sentence);
  });

  it('keeps a preface of the user’s own, its year moved on (spaced years included)', () => {
    const own = '本报告统计期限自2023 年1月1日至2023 年12月31日。';
    const last = { ...filled(), meta: { ...filled().meta, preface: own } };
    const next = carryForward(last);
    expect(next.meta.preface).toBe('本报告统计期限自2024 年1月1日至2024 年12月31日。');
    expect(next.drafted?.前言).toBeUndefined();
  });
});

describe('fromPrint', () => {
  it('gives a report read from print its contact fields and its drafted sentences again', () => {
    const base = filled();
    const written = draftNewReport({
      ...base,
      meta: { ...base.meta, contactOffice: '镇党政办公室', contactPhone: '0517-1' },
    });
    const printed: { -readonly [K in keyof Report]: Report[K] } = {
      ...written,
      meta: { ...written.meta, contactOffice: '', contactPhone: '' },
    };
    delete printed.drafted;
    const read = fromPrint(printed);
    expect(read.meta).toEqual(written.meta);
    expect(read.drafted).toEqual(
      Object.fromEntries(Object.entries(written.drafted ?? {}).filter(([, e]) => e.text !== '')),
    );
  });

  it('takes a report that records its drafting as it is', () => {
    const written = draftNewReport(filled());
    expect(fromPrint(written)).toBe(written);
  });
});
