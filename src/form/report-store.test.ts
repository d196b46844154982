import { afterEach, describe, expect, it, vi } from 'vitest';
import { check, derive, emptyReport, formatIndex, insertDraft, syncDrafts } from '../report';
import { createReportStore } from './report-store';

const RECEIVED = '三/1/自然人';
const RECEIVED_TOTAL = '三/1/总计';

const fresh = () => emptyReport(2021, '测试镇人民政府');

afterEach(() => {
  vi.useRealTimers();
});

describe('the report store', () => {
  it('shows a typed figure and its totals at once, and its issues only once the change settles', () => {
    const store = createReportStore(fresh());
    const before = store.get().checked;
    store.setCells([[RECEIVED, 'abc']], RECEIVED);

    expect(store.get().report.cells[RECEIVED]).toBe('abc');
    expect(store.get().derived).toEqual(derive(store.get().report));
    // Not yet checked: the marks and the summary still show the report before the key.
    expect(store.get().checked).toBe(before);

    store.settle();
    const { checked } = store.get();
    expect(checked.report).toBe(store.get().report);
    expect(checked.issues.map((i) => i.ruleId)).toEqual(
      check(store.get().report).map((i) => i.ruleId),
    );
    expect(checked.byAddress.get(RECEIVED)?.map((i) => i.ruleId)).toContain('CELL-INVALID');
  });

  it('computes a total as soon as every cell it sums is typed, and not before', () => {
    const store = createReportStore(fresh());
    store.setCells([[RECEIVED, '3']]);
    expect(store.get().derived.get(RECEIVED_TOTAL)).toBeNull();
    store.setCells(
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((c) => [
        `三/1/${c}`,
        '1',
      ]),
    );
    expect(store.get().derived.get(RECEIVED_TOTAL)).toBe(8);
  });

  it('hands each settled report on once, and nothing when a change writes what is there', () => {
    const settled = vi.fn();
    const changed = vi.fn();
    const store = createReportStore(fresh(), { settled, changed });
    store.setCells([[RECEIVED, '']]);
    expect(changed).not.toHaveBeenCalled();

    store.setCells([[RECEIVED, '1']]);
    store.setCells([[RECEIVED, '12']]);
    expect(changed).toHaveBeenCalledTimes(2);
    expect(settled).not.toHaveBeenCalled();
    expect(store.latest().cells[RECEIVED]).toBe('12');
    expect(settled).toHaveBeenCalledTimes(1);
    expect(settled).toHaveBeenLastCalledWith(store.get().report);
    store.settle();
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('settles by itself when no frame is drawn (a background tab, outside a browser)', () => {
    vi.useFakeTimers();
    const settled = vi.fn();
    const store = createReportStore(fresh(), { settled });
    store.setCells([[RECEIVED, '5']], RECEIVED);
    vi.advanceTimersByTime(99);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(settled).toHaveBeenCalledTimes(1);
    expect(store.get().checked.report.cells[RECEIVED]).toBe('5');
  });

  it('lets drafted sentences follow the figures when the change settles', () => {
    // The sentence on applications follows table 三, here filled with zeros before 7 is typed.
    const zeros = fresh();
    const inputs = formatIndex(zeros.format).inputs.filter((c) => c.table === '三');
    const filled = {
      ...zeros,
      cells: { ...zeros.cells, ...Object.fromEntries(inputs.map((c) => [c.address, '0'])) },
    };
    const start = insertDraft(filled, '一/依申请公开');
    const store = createReportStore(start);
    store.setCells([[RECEIVED, '7']]);
    const typed = store.get().report;
    const followed = syncDrafts(typed, start);
    // The sentence changes with the figure typed (the check below would hold vacuously otherwise).
    expect(followed.drafted).not.toEqual(typed.drafted);
    expect(store.latest()).toEqual(followed);
  });

  it('notifies its subscribers at each change and each settle, until they leave', () => {
    const store = createReportStore(fresh());
    const listener = vi.fn();
    const leave = store.subscribe(listener);
    store.setCells([[RECEIVED, '1']]);
    store.settle();
    expect(listener).toHaveBeenCalledTimes(2);
    leave();
    store.setCells([[RECEIVED, '2']]);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
