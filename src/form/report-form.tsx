/**
 * The authoring form: the six sections in order, driven by the declaration. react-hook-form holds
 * the values (uncontrolled inputs); each change is read once by the analysis store (derive +
 * check), and passed to `onChange` for autosave. Cell edits, pastes and fills are undoable steps.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import {
  carryLinks,
  cellTextToKeep,
  formatIndex,
  lastYearFigures,
  sections,
  syncDrafts,
  textSectionIds,
} from '../report';
import type { Report, TableId } from '../report';
import { AnalysisContext } from './analysis-context';
import { createAnalysisStore } from './analysis-store';
import { ApplicationsGrid } from './applications-grid';
import { CasesTable } from './cases-table';
import { CellEditingContext } from './cell-editing';
import { DraftedSentences } from './drafted-sentences';
import { FeeStatementFields } from './fee-statement-fields';
import type { CellEditing, CellValues } from './cell-editing';
import { emptyHistory, record, redo, undo } from './history';
import type { History } from './history';
import { IssueSummary } from './issue-summary';
import { ItemsTable } from './items-table';
import { LastYearContext } from './last-year-context';
import type { LastYearView } from './last-year-context';
import { MetaFields } from './meta-fields';
import { TextSection } from './text-section';
import './form.css';

interface ReportFormProps {
  readonly initial: Report;
  readonly lastYear?: Report;
  readonly onChange?: (report: Report) => void;
}

/**
 * react-hook-form's values share nested objects it keeps mutating; the model treats a report as an
 * immutable value (derive and check cache their reading per report), so each change hands it a copy.
 */
const snapshot = (values: Report): Report => ({
  ...values,
  meta: { ...values.meta },
  texts: { ...values.texts },
  cells: { ...values.cells },
  stated: { ...values.stated },
  acknowledged: { ...values.acknowledged },
  ...(values.fees ? { fees: { ...values.fees } } : {}),
  ...(values.drafted
    ? {
        drafted: Object.fromEntries(
          Object.entries(values.drafted).map(([id, entry]) => [id, { ...entry }]),
        ),
      }
    : {}),
});

const isUndoKey = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !e.shiftKey;
const isRedoKey = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) &&
  (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey));

/**
 * Memoised: the editor around the form re-renders on every autosave state change (正在保存… /
 * 已保存), and without this every cell of every table re-rendered with it on each keystroke.
 */
/** The form field of a cell is `cells.<address>`. */
const CELL_FIELD = 'cells.';

export const ReportForm = memo(function ReportForm({
  initial,
  lastYear,
  onChange,
}: ReportFormProps) {
  const methods = useForm<Report>({ defaultValues: initial });
  const { getValues, setValue, watch } = methods;
  const [store] = useState(() => createAnalysisStore(initial));
  const index = formatIndex(initial.format);
  const history = useRef<History>(emptyHistory);
  const [steps, setSteps] = useState({ undo: 0, redo: 0 });
  const [status, setStatus] = useState('');
  const [showLastYear, setShowLastYear] = useState(false);
  const lastYearView = useMemo<LastYearView | null>(() => {
    if (!lastYear) return null;
    const links = carryLinks(formatIndex(lastYear.format), index);
    return {
      report: lastYear,
      figures: lastYearFigures(initial, lastYear),
      links: new Map(links.map((l) => [l.to, l])),
      show: showLastYear,
    };
  }, [lastYear, initial, index, showLastYear]);

  /** The report before the latest change: drafting compares with it to see what was typed. */
  const previous = useRef(initial);
  /** True while the form writes back what drafting changed (one change, not several). */
  const writingBack = useRef(false);

  /** Writes into the form the parts `next` changed of `current`, as one change. */
  const writeBack = useCallback(
    (next: Report, current: Report) => {
      writingBack.current = true;
      try {
        if (next.meta.preface !== current.meta.preface)
          setValue('meta.preface', next.meta.preface, { shouldDirty: true });
        for (const id of textSectionIds) {
          if (next.texts[id] !== current.texts[id])
            setValue(`texts.${id}`, next.texts[id], { shouldDirty: true });
        }
        if (next.fees !== current.fees) setValue('fees', next.fees, { shouldDirty: true });
        if (next.drafted !== current.drafted)
          setValue('drafted', next.drafted, { shouldDirty: true });
      } finally {
        writingBack.current = false;
      }
    },
    [setValue],
  );

  /**
   * Every change goes through here: drafted sentences follow the figures (or become the user's
   * when typed over), then the analysis store reads the report once and autosave gets it.
   */
  const changed = useCallback(
    (edited?: string) => {
      const report = snapshot(getValues());
      const synced = syncDrafts(report, previous.current);
      if (synced !== report) writeBack(synced, report);
      const settled = synced === report ? report : snapshot(getValues());
      previous.current = settled;
      store.update(settled, edited);
      onChange?.(settled);
    },
    [getValues, writeBack, store, onChange],
  );

  /** A drafting action (insert, move, delete, 按表格重新生成) or a fee field changed the report. */
  const applyDrafting = useCallback(
    (next: Report) => {
      writeBack(next, snapshot(getValues()));
      changed();
    },
    [writeBack, getValues, changed],
  );

  // Table 三's header sticks just under the toolbar, whose height changes when its buttons wrap.
  const toolbar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = toolbar.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      document.documentElement.style.setProperty('--toolbar-height', `${element.offsetHeight}px`),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const subscription = watch((_values, { name }) => {
      if (writingBack.current) return;
      changed(name?.startsWith(CELL_FIELD) ? name.slice(CELL_FIELD.length) : undefined);
    });
    return () => subscription.unsubscribe();
  }, [watch, changed]);

  const setHistory = useCallback((next: History) => {
    history.current = next;
    setSteps({ undo: next.past.length, redo: next.future.length });
  }, []);

  const write = useCallback(
    (changes: CellValues) => {
      for (const [address, value] of changes) {
        setValue(`cells.${address}`, value, { shouldDirty: true });
      }
    },
    [setValue],
  );

  // The same elements on every render, so React skips the tables when the form re-renders for
  // its toolbar (undo steps, status line after each committed edit); each cell still re-renders
  // for its own slice. Without this, every cell move re-rendered all ~200 cells.
  const tables = useMemo(
    () => ({
      二: <ItemsTable index={index} />,
      三: <ApplicationsGrid index={index} />,
      四: <CasesTable index={index} />,
    }),
    [index],
  );

  const editing = useMemo<CellEditing>(() => {
    const kindOf = (address: string) => index.byAddress.get(address)?.kind ?? 'count';
    const current = (address: string) => String(getValues(`cells.${address}`) ?? '');
    return {
      commit: (address, before) => {
        const raw = current(address);
        const after = cellTextToKeep(kindOf(address), raw);
        if (after !== raw) setValue(`cells.${address}`, after, { shouldDirty: true });
        setHistory(record(history.current, [[address, before, after]]));
      },
      applyChanges: (changes, note) => {
        const step = changes.map(([address, value]) => {
          return [address, current(address), cellTextToKeep(kindOf(address), value)] as const;
        });
        write(step.map(([address, , after]) => [address, after]));
        setHistory(record(history.current, step));
        if (note) setStatus(note);
      },
      announce: setStatus,
    };
  }, [index, getValues, setValue, setHistory, write]);

  const travel = (direction: 'undo' | 'redo') => {
    const result = direction === 'undo' ? undo(history.current) : redo(history.current);
    if (!result) return;
    write(result.apply);
    setHistory(result.history);
    setStatus(`${direction === 'undo' ? '已撤销' : '已重做'}：${result.apply.length} 格。`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    // Text areas and text fields keep the browser's own undo; the tables use ours.
    if (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && !target.dataset.address))
      return;
    if (isUndoKey(event)) {
      event.preventDefault();
      travel('undo');
    } else if (isRedoKey(event)) {
      event.preventDefault();
      travel('redo');
    }
  };

  const fillBlanks = (table: TableId) => {
    const blanks = index.inputs.filter(
      (c) => c.table === table && String(getValues(`cells.${c.address}`) ?? '').trim() === '',
    );
    if (blanks.length === 0) {
      setStatus(`表${table}没有空白格。`);
      return;
    }
    editing.applyChanges(
      blanks.map((c) => [c.address, '0']),
      `已将表${table}的 ${blanks.length} 个空白格填为0（可撤销）。`,
    );
  };

  const acknowledge = (key: string, reason: string) => {
    const next = Object.fromEntries(
      Object.entries(getValues('acknowledged') ?? {}).filter(([k]) => k !== key),
    );
    setValue('acknowledged', reason ? { ...next, [key]: reason } : next, { shouldDirty: true });
  };

  return (
    <FormProvider {...methods}>
      <AnalysisContext.Provider value={store}>
        <CellEditingContext.Provider value={editing}>
          <LastYearContext.Provider value={lastYearView}>
            <div className="report-form" onKeyDown={onKeyDown}>
              <div className="form-toolbar" role="toolbar" aria-label="编辑" ref={toolbar}>
                <button type="button" onClick={() => travel('undo')} disabled={steps.undo === 0}>
                  撤销（Ctrl+Z）
                </button>
                <button type="button" onClick={() => travel('redo')} disabled={steps.redo === 0}>
                  重做（Ctrl+Y）
                </button>
                {lastYear ? (
                  <button
                    type="button"
                    aria-pressed={showLastYear}
                    onClick={() => setShowLastYear((shown) => !shown)}
                  >
                    显示{lastYear.meta.year}年数字
                  </button>
                ) : null}
                <p role="status" aria-live="polite" className="form-status">
                  {status}
                </p>
              </div>
              <MetaFields report={initial} />
              <DraftedSentences part="preface" onChange={applyDrafting} />
              <IssueSummary onAcknowledge={acknowledge} />
              {sections.map((section) => (
                <section
                  key={section.id}
                  className="report-section"
                  aria-labelledby={`heading-${section.id}`}
                >
                  <h2 id={`heading-${section.id}`}>{section.heading}</h2>
                  {section.kind === 'text' ? (
                    <>
                      {section.id === '六' ? <FeeStatementFields onChange={applyDrafting} /> : null}
                      <TextSection section={section} />
                      <DraftedSentences part={section.id} onChange={applyDrafting} />
                    </>
                  ) : (
                    <>
                      <div className="table-tools">
                        <button type="button" onClick={() => fillBlanks(section.id)}>
                          空白格填0
                        </button>
                      </div>
                      {tables[section.id]}
                    </>
                  )}
                </section>
              ))}
            </div>
          </LastYearContext.Provider>
        </CellEditingContext.Provider>
      </AnalysisContext.Provider>
    </FormProvider>
  );
});
