import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, emptyHistory, record, redo, undo } from './history';

describe('history', () => {
  it('undoes a whole paste as one step and redoes it', () => {
    const h = record(emptyHistory, [
      ['a', '', '1'],
      ['b', '', '2'],
    ]);
    const undone = undo(h);
    expect(undone?.apply).toEqual([
      ['a', ''],
      ['b', ''],
    ]);
    const redone = redo(undone!.history);
    expect(redone?.apply).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
  });

  it('records nothing when no value changed', () => {
    expect(record(emptyHistory, [['a', '1', '1']])).toBe(emptyHistory);
  });

  it('clears the redo list when a new edit follows an undo', () => {
    const h = record(record(emptyHistory, [['a', '', '1']]), [['a', '1', '2']]);
    const after = record(undo(h)!.history, [['b', '', '3']]);
    expect(after.future).toEqual([]);
  });

  it('keeps at least 100 steps and at most its limit', () => {
    let h = emptyHistory;
    for (let i = 0; i < HISTORY_LIMIT + 50; i += 1)
      h = record(h, [['a', String(i), String(i + 1)]]);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past.at(-1)).toEqual([['a', String(HISTORY_LIMIT + 49), String(HISTORY_LIMIT + 50)]]);
  });
});
