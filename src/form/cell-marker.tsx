/**
 * The issue mark beside a cell or field: an icon, a word (错误 / 提醒) and the reason in small text
 * under the figure — never colour alone, never only a hover. The same element is what the
 * field's aria-describedby points at, so screen readers hear what sighted users read.
 */
import type { Issue } from '../report';
import { useAnalysis } from './analysis-context';
import { messageIdOf } from './dom-ids';

/**
 * Blank cells are shown by their own quiet style (a new report is all blanks); the summary lists
 * them per table. Every other open issue is marked at each cell it names.
 */
const MARKED_AT_SUMMARY_ONLY = 'CELL-BLANK';

/** Longest reason shown whole under a figure; a longer one shows its headline (see `shortReason`). */
const SHORT_ENOUGH = 40;

/** The place a message names its one cell by (`表三“（一）予以公开”行，“科研机构”列`). */
const OWN_CELL_PLACE = /^表[一二三四]“[^”]*”[行栏](，?“[^”]*”列)?/;

/**
 * What fits beside a grid cell. Its own place goes (the reason sits at that cell), then the first
 * sentence; when that is still long (a balance names four rows with their figures), its headline
 * before the colon or first comma (`表三“自然人”列不平衡`). The summary and the hover keep the
 * whole message.
 */
export function shortReason(issue: Pick<Issue, 'message' | 'addresses'>): string {
  const own = issue.addresses.length === 1 ? issue.message.replace(OWN_CELL_PLACE, '') : '';
  const message = own || issue.message;
  const end = message.indexOf('。');
  const sentence = end >= 0 ? message.slice(0, end + 1) : message;
  if (sentence.length <= SHORT_ENOUGH) return sentence;
  const breaks = [sentence.indexOf('：'), sentence.indexOf('，')].filter((i) => i > 0);
  const cut = breaks.length > 0 ? Math.min(...breaks) : SHORT_ENOUGH;
  return `${sentence.slice(0, Math.min(cut, SHORT_ENOUGH))}…`;
}

const encode = (issues: readonly Issue[] | undefined) =>
  (issues ?? [])
    .filter((i) => !i.acknowledged && i.ruleId !== MARKED_AT_SUMMARY_ONLY)
    .map((i) => [i.severity, i.message, shortReason(i)].join('\u0001'))
    .join('\u0002');

/** The cell's open issues as a primitive, so the marker re-renders only when they change. */
export const useCellIssues = (address: string): string =>
  useAnalysis((a) => encode(a.byAddress.get(address)));

export interface CellMarkerProps {
  readonly address: string;
  readonly encoded: string;
  /** A wide field (text, preface) has room for the whole message; a grid cell shows it short. */
  readonly whole?: boolean;
}

export function CellMarker({ address, encoded, whole = false }: CellMarkerProps) {
  if (!encoded) return null;
  const issues = encoded.split('\u0002').map((e) => {
    const [severity = '', message = '', short = ''] = e.split('\u0001');
    return { severity, message, shown: whole ? message : short };
  });
  return (
    <span
      id={messageIdOf(address)}
      className={whole ? 'cell-reasons cell-reasons-whole' : 'cell-reasons'}
      title={whole ? undefined : issues.map((i) => i.message).join('\n')}
    >
      {issues.map(({ severity, message, shown }, i) => (
        <span key={i} className={severity === 'error' ? 'mark mark-error' : 'mark mark-warning'}>
          <span aria-hidden="true">{severity === 'error' ? '✖ ' : '⚠ '}</span>
          {severity === 'error' ? '错误' : '提醒'}：
          {shown === message ? (
            message
          ) : (
            // The eye gets the short reason, a screen reader the whole message.
            <>
              <span aria-hidden="true">{shown}</span>
              <span className="visually-hidden">{message}</span>
            </>
          )}
        </span>
      ))}
    </span>
  );
}
