/**
 * The import review (issue #6): before a report read from a file is used — as last year's report
 * or to edit — the user sees per section and table what was read (已读出 / 部分读出 / 未读出), the
 * tables in their official shape with unread and inconsistent cells marked, and the reader's
 * notes; then, at its end, the step the user came for: `打开2024年报告` when the file was opened
 * (打开报告文件), `开始2025年报告` when it was picked as last year's (从上年报告开始) — never the other
 * year's report as the primary choice. Nothing is saved until the user chooses.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { figures, formatIndex, table2Layouts, table3Layout, table4Layout } from '../report';
import type { Report } from '../report';
import { PrintTable } from '../print/print-table';
import type { CellMark } from '../print/print-table';
import { reviewStatus, STATUS_LABEL } from './review-status';
import { yearProblem } from './year-problem';

export interface OpenedFile {
  readonly report: Report;
  readonly notes: readonly string[];
  readonly unread: readonly string[];
  readonly fileName: string;
  /** What kind of file it was read as, in the user's words. */
  readonly reader: string;
}

/** Why the file was read: to open that year's report, or as last year's to start the next. */
export type ReviewPurpose = 'open' | 'lastYear';

interface ImportReviewProps {
  readonly opened: OpenedFile;
  readonly purpose: ReviewPurpose;
  readonly onStartNextYear: (lastYear: Report) => void;
  readonly onDownloadTemplate: (lastYear: Report) => Promise<void>;
  readonly onEdit: (report: Report, notes: readonly string[]) => void;
  readonly onBack: () => void;
}

const UNREAD: CellMark = { className: 'review-unread', label: '未读出' };
const INCONSISTENT: CellMark = { className: 'review-inconsistent', label: '不一致' };

export function ImportReview({
  opened,
  purpose,
  onStartNextYear,
  onDownloadTemplate,
  onEdit,
  onBack,
}: ImportReviewProps) {
  const { report, notes, unread, fileName, reader } = opened;
  const status = useMemo(() => reviewStatus(report, unread), [report, unread]);
  const [templateError, setTemplateError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const index = formatIndex(report.format);
  const values = new Map(figures(report));
  const valueOf = (address: string) => values.get(address) ?? '';
  const markOf = (address: string) =>
    status.unread.has(address)
      ? UNREAD
      : status.inconsistent.has(address)
        ? INCONSISTENT
        : undefined;
  const { year, body } = report.meta;
  const nextYear = year + 1;
  const nextProblem = yearProblem(nextYear);
  const errors = status.issues.filter((i) => i.severity === 'error');
  const warnings = status.issues.filter((i) => i.severity === 'warning');

  return (
    <main className="review">
      <h1 ref={heading} tabIndex={-1}>
        核对读出的内容
      </h1>
      <p>
        文件“{fileName}”按{reader}读出：{body || '（未读出机关名称）'} {year}年报告，{report.format}
        年格式。
        {purpose === 'open'
          ? '请对照原文核对；读错的数字打开报告后可以修改。'
          : `请对照原文核对，确认无误后再开始${nextYear}年报告；读错的数字可以先修改。`}
      </p>

      <table className="review-status">
        <caption>各部分读取情况</caption>
        <thead>
          <tr>
            <th scope="col">部分</th>
            <th scope="col">读取情况</th>
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody>
          {status.parts.map((part) => (
            <tr key={part.id} className={`review-${part.status}`}>
              <th scope="row">{part.name}</th>
              <td>
                {part.status === 'ok' ? '✔ ' : part.status === 'partial' ? '◐ ' : '✖ '}
                {STATUS_LABEL[part.status]}
              </td>
              <td>{part.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {notes.length > 0 ? (
        <section aria-labelledby="review-notes" className="review-block">
          <h2 id="review-notes">读取时的提示（{notes.length} 条）</h2>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {errors.length + warnings.length > 0 ? (
        <section aria-labelledby="review-issues" className="review-block">
          <h2 id="review-issues">
            检查结果：{errors.length} 个错误，{warnings.length} 个提醒
          </h2>
          <ul>
            {[...errors, ...warnings].map((issue) => (
              <li key={issue.key}>
                {issue.severity === 'error' ? '✖ 错误：' : '⚠ 提醒：'}
                {issue.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="review-tables" className="review-block">
        <h2 id="review-tables">读出的表格</h2>
        <p className="hint">
          标“未读出”的格在文件中没有数字或无法识别，已留空（空白不当作0）；标“不一致”的格与其他数字对不上，见上方检查结果。
        </p>
        <h3>二、主动公开政府信息情况</h3>
        {table2Layouts(index).map((layout, i) => (
          <PrintTable
            key={i}
            layout={layout}
            valueOf={valueOf}
            markOf={markOf}
            className="review-table"
          />
        ))}
        <h3>三、收到和处理政府信息公开申请情况</h3>
        <PrintTable
          layout={table3Layout(index)}
          valueOf={valueOf}
          markOf={markOf}
          className="review-table"
        />
        <h3>四、政府信息公开行政复议、行政诉讼情况</h3>
        <PrintTable
          layout={table4Layout(index)}
          valueOf={valueOf}
          markOf={markOf}
          className="review-table"
        />
      </section>
      <div className="review-actions" role="group" aria-label="下一步">
        {purpose === 'open' ? (
          <button type="button" className="primary" onClick={() => onEdit(report, notes)}>
            打开{year}年报告
          </button>
        ) : (
          <>
            <button
              type="button"
              className="primary"
              disabled={nextProblem !== null}
              onClick={() => onStartNextYear(report)}
            >
              开始{nextYear}年报告
            </button>
            <button
              type="button"
              disabled={nextProblem !== null}
              onClick={() => {
                setTemplateError('');
                onDownloadTemplate(report).catch((error: unknown) =>
                  setTemplateError(
                    `下载预填模板失败：${error instanceof Error ? error.message : String(error)}`,
                  ),
                );
              }}
            >
              下载{nextYear}年预填模板（.docx）
            </button>
            <button type="button" onClick={() => onEdit(report, notes)}>
              先修改{year}年报告
            </button>
          </>
        )}
        <button type="button" onClick={onBack}>
          重新选择文件
        </button>
      </div>
      {purpose === 'lastYear' && nextProblem ? <p className="hint">{nextProblem}</p> : null}
      {templateError ? (
        <p className="error" role="alert">
          {templateError}
        </p>
      ) : null}
    </main>
  );
}
