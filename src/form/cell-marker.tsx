/**
 * The issue mark beside a cell or field: an icon, a word (错误 / 提醒) and the reason in small text
 * under the figure — never colour alone, never only a hover. The same element is what the
 * field's aria-describedby points at, so screen readers hear what sighted users read.
 */
import { memo } from 'react';
import type { Issue } from '../report';
import type { Checked } from './report-store';
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

/** The cell's open issues, as the marker shows them. */
export interface CellIssue {
  readonly severity: Issue['severity'];
  readonly message: string;
  readonly short: string;
}

const sameIssues = (a: readonly CellIssue[], b: readonly CellIssue[]) =>
  a.length === b.length &&
  a.every((x, i) => x.severity === b[i]?.severity && x.message === b[i]?.message);

const NONE: readonly CellIssue[] = [];

const openIssues = (issues: readonly Issue[] | undefined): readonly CellIssue[] => {
  const shown = (issues ?? []).filter(
    (i) => !i.acknowledged && i.ruleId !== MARKED_AT_SUMMARY_ONLY,
  );
  return shown.length === 0
    ? NONE
    : shown.map((i) => ({ severity: i.severity, message: i.message, short: shortReason(i) }));
};

/**
 * Each check's open issues by address, worked out once per check: every cell's selector runs at
 * every change (a keystroke), and only a new check can change what it selects.
 */
const byCheck = new WeakMap<Checked, Map<string, readonly CellIssue[]>>();

function issuesAt(checked: Checked, address: string): readonly CellIssue[] {
  let known = byCheck.get(checked);
  if (!known) {
    known = new Map();
    byCheck.set(checked, known);
  }
  let issues = known.get(address);
  if (!issues) {
    issues = openIssues(checked.byAddress.get(address));
    known.set(address, issues);
  }
  return issues;
}

/**
 * The open issues at an address, as of the latest check; the component re-renders only when they
 * change. Null address: none.
 */
export const useCellIssues = (address: string | null): readonly CellIssue[] =>
  useAnalysis((a) => (address === null ? NONE : issuesAt(a.checked, address)), sameIssues);

/** An error among the issues: the field is invalid (aria-invalid). */
export const hasError = (issues: readonly CellIssue[]): boolean =>
  issues.some((i) => i.severity === 'error');

export interface CellMarkerProps {
  readonly address: string;
  readonly issues: readonly CellIssue[];
  /** A wide field (text, preface) has room for the whole message; a grid cell shows it short. */
  readonly whole?: boolean;
}

/**
 * Memoised: a cell re-renders for its figure at every key typed into it, and its marks (the same
 * list while the issues are unchanged, see issuesAt) need not render with it.
 */
export const CellMarker = memo(function CellMarker({
  address,
  issues,
  whole = false,
}: CellMarkerProps) {
  if (issues.length === 0) return null;
  return (
    <span
      id={messageIdOf(address)}
      className={whole ? 'cell-reasons cell-reasons-whole' : 'cell-reasons'}
      title={whole ? undefined : issues.map((i) => i.message).join('\n')}
    >
      {issues.map(({ severity, message, short }, i) => {
        const shown = whole ? message : short;
        return (
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
        );
      })}
    </span>
  );
});
