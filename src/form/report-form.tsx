/**
 * The authoring form: the six sections in order, driven by the declaration. The report lives in
 * one store (report-store.ts): the tables' editors write cells to it; react-hook-form binds the
 * plain fields (meta, the three texts), whose typing it writes to the store, and which follow the
 * store when a drafted sentence changes them. Cell edits, pastes and fills are undoable steps.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import {
  carryLinks,
  cellTextToKeep,
  formatIndex,
  lastYearFigures,
  metaFields,
  sections,
  textSectionIds,
} from '../report';
import type { Report, TableId, TextSectionId } from '../report';
import { ReportStoreContext } from './analysis-context';
import { ApplicationsGrid } from './applications-grid';
import { CasesTable } from './cases-table';
import { CellEditingContext } from './cell-editing';
import type { CellEditing } from './cell-editing';
import { DraftedSentences } from './drafted-sentences';
import { FeeStatementFields } from './fee-statement-fields';
import { emptyHistory, record, redo, undo } from './history';
import type { History } from './history';
import { IssueSummary } from './issue-summary';
import { ItemsTable } from './items-table';
import { LastYearContext } from './last-year-context';
import type { LastYearView } from './last-year-context';
import { MetaFields } from './meta-fields';
import type { CellValues, ReportStore } from './report-store';
import { TextSection } from './text-section';
import './form.css';

interface ReportFormProps {
  readonly store: ReportStore;
  readonly lastYear?: Report | undefined;
}

/** The fields react-hook-form binds: the meta fields and the three texts, as in the report. */
type PlainFields = Pick<Report, 'meta' | 'texts'>;
type PlainField = `meta.${(typeof metaFields)[number]['id']}` | `texts.${TextSectionId}`;

const plainFields: readonly PlainField[] = [
  ...metaFields.map((f) => `meta.${f.id}` as const),
  ...textSectionIds.map((id) => `texts.${id}` as const),
];

/** A plain field's value in a report. */
const plainValue = (report: Report, field: PlainField): string => {
  const [part, id = ''] = field.split('.') as ['meta' | 'texts', string];
  const values = report[part] as Readonly<Record<string, unknown>>;
  return String(values[id] ?? '');
};

/** The report with one plain field set. */
const withPlainValue = (report: Report, field: PlainField, value: string): Report => {
  const [part, id = ''] = field.split('.') as ['meta' | 'texts', string];
  return part === 'meta'
    ? { ...report, meta: { ...report.meta, [id]: value } }
    : { ...report, texts: { ...report.texts, [id]: value } };
};

const isUndoKey = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !e.shiftKey;
const isRedoKey = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) &&
  (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey));

/**
 * Memoised: the editor around the form re-renders when its save state changes (未能保存, 冲突),
 * and the form must not re-render its tables with it.
 */
export const ReportForm = memo(function ReportForm({ store, lastYear }: ReportFormProps) {
  // The report as opened: what the form starts from and compares last year with.
  const [initial] = useState(() => store.get().report);
  const methods = useForm<PlainFields>({
    defaultValues: { meta: initial.meta, texts: initial.texts },
  });
  const { getValues, setValue, watch } = methods;
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

  // Typing in a plain field goes to the store; a field the store changed (a drafted sentence, a
  // generated title) is written back into its input. Each side writes only what differs, so
  // neither echoes the other.
  useEffect(() => {
    const subscription = watch((_values, { name }) => {
      const field = plainFields.find((f) => f === name);
      if (!field) return;
      const { report } = store.get();
      const value = String(getValues(field) ?? '');
      if (plainValue(report, field) !== value)
        store.setReport(withPlainValue(report, field, value));
    });
    const unsubscribe = store.subscribe(() => {
      const { report } = store.get();
      for (const field of plainFields) {
        const value = plainValue(report, field);
        if (String(getValues(field) ?? '') !== value) setValue(field, value);
      }
    });
    return () => {
      subscription.unsubscribe();
      unsubscribe();
    };
  }, [watch, getValues, setValue, store]);

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

  const setHistory = useCallback((next: History) => {
    history.current = next;
    setSteps({ undo: next.past.length, redo: next.future.length });
  }, []);

  // The same elements on every render, so React skips the tables when the form re-renders for
  // its toolbar (undo steps, status line after each committed edit).
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
    const value = (address: string) => store.get().report.cells[address] ?? '';
    return {
      value,
      type: (address, text) => store.setCells([[address, text]], address),
      commit: (address, before) => {
        const raw = value(address);
        const after = cellTextToKeep(kindOf(address), raw);
        if (after !== raw) store.setCells([[address, after]], address);
        // Moving on without a change records nothing (and re-renders nothing).
        if (after !== before) setHistory(record(history.current, [[address, before, after]]));
        return after;
      },
      applyChanges: (changes, note) => {
        const step = changes.map(
          ([address, text]) =>
            [address, value(address), cellTextToKeep(kindOf(address), text)] as const,
        );
        store.setCells(step.map(([address, , after]) => [address, after]));
        setHistory(record(history.current, step));
        if (note) setStatus(note);
      },
      announce: setStatus,
    };
  }, [index, store, setHistory]);

  const travel = (direction: 'undo' | 'redo') => {
    const result = direction === 'undo' ? undo(history.current) : redo(history.current);
    if (!result) return;
    store.setCells(result.apply satisfies CellValues);
    setHistory(result.history);
    setStatus(`${direction === 'undo' ? '已撤销' : '已重做'}：${result.apply.length} 格。`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    // Text areas and text fields keep the browser's own undo; the tables use ours.
    if (
      target.tagName === 'TEXTAREA' ||
      (target.tagName === 'INPUT' && !target.closest('[data-grid]'))
    )
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
    const { cells } = store.get().report;
    const blanks = index.inputs.filter(
      (c) => c.table === table && (cells[c.address] ?? '').trim() === '',
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

  const acknowledge = useCallback(
    (key: string, reason: string) => {
      const { report } = store.get();
      const next = Object.fromEntries(
        Object.entries(report.acknowledged).filter(([k]) => k !== key),
      );
      store.setReport({ ...report, acknowledged: reason ? { ...next, [key]: reason } : next });
    },
    [store],
  );

  return (
    <FormProvider {...methods}>
      <ReportStoreContext.Provider value={store}>
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
              <DraftedSentences part="preface" onChange={store.setReport} />
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
                      {section.id === '六' ? (
                        <FeeStatementFields onChange={store.setReport} />
                      ) : null}
                      <TextSection section={section} />
                      <DraftedSentences part={section.id} onChange={store.setReport} />
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
      </ReportStoreContext.Provider>
    </FormProvider>
  );
});
