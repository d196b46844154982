/**
 * The sentences the app drafts for one part of the report (the 前言, or section 一 or 六), under its
 * text: each says whether it follows the tables, was rewritten by the user, or waits for figures,
 * and offers what the user may do with it (issue #13: insert, move, delete, 按表格重新生成). The
 * text itself stays in the part's own text box, so what is printed is what the user sees there.
 */
import { draftSpec, drafts, insertDraft, moveDraft, regenerateDraft, removeDraft } from '../report';
import type { DraftId, DraftSpec, Report, TextSectionId } from '../report';
import { useAnalysis, useReportStore } from './analysis-context';

export type DraftedPart = 'preface' | TextSectionId;

interface Props {
  readonly part: DraftedPart;
  /** Puts a report changed by a drafting action into the form. */
  readonly onChange: (next: Report) => void;
}

const inPart = (spec: DraftSpec, part: DraftedPart) =>
  part === 'preface'
    ? spec.place.kind === 'preface'
    : spec.place.kind === 'section' && spec.place.section === part;

const textOf = (report: Report, part: DraftedPart) =>
  part === 'preface' ? report.meta.preface : report.texts[part];

/** Where the sentence stands in its section's paragraphs, to offer only the moves that exist. */
function position(report: Report, id: DraftId): { first: boolean; last: boolean } {
  const { place } = draftSpec(id);
  if (place.kind === 'preface') return { first: true, last: true };
  const paragraphs = report.texts[place.section].split('\n');
  const at = paragraphs.indexOf(report.drafted?.[id]?.text ?? '');
  return { first: at <= 0, last: at < 0 || at === paragraphs.length - 1 };
}

function status(report: Report, spec: DraftSpec): string {
  const entry = report.drafted?.[spec.id];
  if (!entry) return '未使用';
  if (entry.state === 'edited') return '已改写，不再随表格更新';
  return entry.text ? '自动生成，随表格更新' : spec.waiting || '等待填写';
}

export function DraftedSentences({ part, onChange }: Props) {
  // What the sentences say follows the figures once they are checked, not in a keystroke's frame;
  // an action works on the report as it stands.
  const report = useAnalysis(
    (analysis) => analysis.checked.report,
    // Only what this part shows: its sentences and its own text (for where they stand).
    (a, b) => a.drafted === b.drafted && textOf(a, part) === textOf(b, part),
  );
  const store = useReportStore();
  const specs = drafts.filter((spec) => inPart(spec, part));
  if (specs.length === 0) return null;
  return (
    <div className="drafted-sentences">
      <h3>按表格自动生成的段落</h3>
      <ul>
        {specs.map((spec) => {
          const entry = report.drafted?.[spec.id];
          const { first, last } = position(report, spec.id);
          // Buttons keep their visible words as names and are described by the sentence's label:
          // a name holding the label (`删除“前言”`) would also answer to the 前言 field's label.
          const labelId = `drafted-${part}-${spec.id.replace('/', '-')}`;
          return (
            <li key={spec.id} className={`drafted-${entry?.state ?? 'off'}`}>
              <span className="drafted-label" id={labelId}>
                {spec.label}
              </span>
              <span className="drafted-status">{status(report, spec)}</span>
              {entry?.text ? <q className="drafted-text">{entry.text}</q> : null}
              <span className="drafted-actions">
                {!entry ? (
                  <button
                    type="button"
                    aria-describedby={labelId}
                    onClick={() => onChange(insertDraft(store.latest(), spec.id))}
                  >
                    插入
                  </button>
                ) : null}
                {entry?.state === 'edited' ? (
                  <button
                    type="button"
                    aria-describedby={labelId}
                    onClick={() => onChange(regenerateDraft(store.latest(), spec.id))}
                  >
                    按表格重新生成
                  </button>
                ) : null}
                {entry?.text && spec.place.kind === 'section' ? (
                  <>
                    <button
                      type="button"
                      aria-describedby={labelId}
                      disabled={first}
                      onClick={() => onChange(moveDraft(store.latest(), spec.id, -1))}
                    >
                      上移
                    </button>
                    <button
                      type="button"
                      aria-describedby={labelId}
                      disabled={last}
                      onClick={() => onChange(moveDraft(store.latest(), spec.id, 1))}
                    >
                      下移
                    </button>
                  </>
                ) : null}
                {entry ? (
                  <button
                    type="button"
                    aria-describedby={labelId}
                    onClick={() => onChange(removeDraft(store.latest(), spec.id))}
                  >
                    删除
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
