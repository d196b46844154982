/**
 * The issue mark inside a cell: an icon and a word (错误 / 提醒), never colour alone, and the full
 * messages in a hidden element the cell's aria-describedby points at, so screen readers hear them.
 */
import type { Issue } from '../report';
import { useAnalysis } from './analysis-context';
import { messageIdOf } from './dom-ids';

/**
 * Blank cells are shown by their own quiet style (a new report is all blanks); the summary lists
 * them per table. Every other open issue is marked at each cell it names.
 */
const MARKED_AT_SUMMARY_ONLY = 'CELL-BLANK';

const encode = (issues: readonly Issue[] | undefined) =>
  (issues ?? [])
    .filter((i) => !i.acknowledged && i.ruleId !== MARKED_AT_SUMMARY_ONLY)
    .map((i) => `${i.severity}\u0001${i.message}`)
    .join('\u0002');

/** The cell's open issues as a primitive, so the marker re-renders only when they change. */
export const useCellIssues = (address: string): string =>
  useAnalysis((a) => encode(a.byAddress.get(address)));

export function CellMarker({ address, encoded }: { address: string; encoded: string }) {
  if (!encoded) return null;
  const issues = encoded.split('\u0002').map((e) => {
    const [severity = '', message = ''] = e.split('\u0001');
    return { severity, message };
  });
  const isError = issues.some((i) => i.severity === 'error');
  return (
    <>
      <span
        className={isError ? 'mark mark-error' : 'mark mark-warning'}
        aria-hidden="true"
        title={issues.map((i) => i.message).join('\n')}
      >
        {isError ? '✖ 错误' : '⚠ 提醒'}
      </span>
      {/* Hidden, not visually hidden: aria-describedby still reads it, and a message that changes
          as the user types costs no layout (a visually hidden box in the cell re-laid out the
          whole table on every keystroke). */}
      <span id={messageIdOf(address)} hidden>
        {issues.map((i) => `${i.severity === 'error' ? '错误' : '提醒'}：${i.message}`).join(' ')}
      </span>
    </>
  );
}
