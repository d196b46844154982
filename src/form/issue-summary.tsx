/**
 * One list of every issue, errors first, with a count (GOV.UK error summary): each entry is a link
 * that scrolls to and focuses the cell most likely wrong (the one just edited when it takes part;
 * see check()), the others it names being marked. A warning can be confirmed with a
 * reason, kept in the save file; an error cannot.
 */
import { memo, useState } from 'react';
import type { MouseEvent } from 'react';
import { useAnalysis } from './analysis-context';
import { domIdOf, focusAddress } from './dom-ids';

interface IssueSummaryProps {
  readonly onAcknowledge: (key: string, reason: string) => void;
}

/** Memoised by the issue's key: the summary re-renders at every check, a warning's form need not. */
const Acknowledge = memo(function Acknowledge({
  issueKey,
  onAcknowledge,
}: { issueKey: string } & IssueSummaryProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        确认无误…
      </button>
    );
  }
  const id = `ack-${issueKey}`;
  return (
    <form
      className="acknowledge"
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim()) onAcknowledge(issueKey, reason.trim());
      }}
    >
      <label htmlFor={id}>确认理由</label>
      <input id={id} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
      <button type="submit" disabled={!reason.trim()}>
        确认
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        取消
      </button>
    </form>
  );
});

export function IssueSummary({ onAcknowledge }: IssueSummaryProps) {
  const issues = useAnalysis((a) => a.checked.issues);
  const open = issues.filter((i) => !i.acknowledged);
  const errors = open.filter((i) => i.severity === 'error').length;
  const warnings = open.length - errors;
  const confirmed = issues.filter((i) => i.acknowledged);
  const go = (event: MouseEvent<HTMLAnchorElement>, address: string | undefined) => {
    if (address && focusAddress(address)) event.preventDefault();
  };
  return (
    <section className="issue-summary" aria-labelledby="issue-summary-heading">
      <h2 id="issue-summary-heading">
        检查结果：{errors} 个错误，{warnings} 个提醒
      </h2>
      {open.length === 0 ? <p>没有发现问题。</p> : null}
      <ol>
        {open.map((issue) => (
          <li key={issue.key} className={`issue issue-${issue.severity}`}>
            <span className="issue-kind">{issue.severity === 'error' ? '✖ 错误' : '⚠ 提醒'}</span>{' '}
            <a href={`#${domIdOf(issue.likely)}`} onClick={(e) => go(e, issue.likely)}>
              {issue.message}
            </a>
            {issue.severity === 'warning' ? (
              <Acknowledge issueKey={issue.key} onAcknowledge={onAcknowledge} />
            ) : null}
          </li>
        ))}
      </ol>
      {confirmed.length > 0 ? (
        <details>
          <summary>已确认的提醒（{confirmed.length}）</summary>
          <ul>
            {confirmed.map((issue) => (
              <li key={issue.key}>
                {issue.message} — 理由：{issue.acknowledged}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onAcknowledge(issue.key, '')}
                >
                  撤销确认
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
