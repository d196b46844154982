/**
 * A narrative section (一, 五, 六): a text area with the format's guidance beside it, its issues
 * under it, and for 六 the standard no-fee sentence insertable with one click.
 */
import { useFormContext } from 'react-hook-form';
import { NO_FEE_SENTENCE, paragraphsOf, textAddress } from '../report';
import type { Report, TextSection as TextSectionSpec } from '../report';
import { CellMarker, useCellIssues } from './cell-marker';
import { domIdOf, messageIdOf } from './dom-ids';
import { useLastYear } from './last-year-context';

export function TextSection({ section }: { section: TextSectionSpec }) {
  const { register, getValues, setValue } = useFormContext<Pick<Report, 'meta' | 'texts'>>();
  const address = textAddress(section.id);
  const issues = useCellIssues(address);
  const lastYear = useLastYear()?.report;
  /** spec §4: last year's 五 problems are the checklist for this year's 上年度问题整改. */
  const lastProblems = section.id === '五' ? paragraphsOf(lastYear?.texts.五 ?? '') : [];
  const name = `texts.${section.id}` as const;
  const guidanceId = `guidance-${section.id}`;
  const insertNoFee = () => {
    const text = String(getValues(name) ?? '');
    if (text.includes(NO_FEE_SENTENCE)) return;
    setValue(name, text.trim() ? `${text.trimEnd()}\n${NO_FEE_SENTENCE}` : NO_FEE_SENTENCE, {
      shouldDirty: true,
    });
  };
  return (
    <div className="text-section">
      <div className="text-field">
        <label htmlFor={domIdOf(address)} className="visually-hidden">
          {section.heading}（正文）
        </label>
        <textarea
          {...register(name)}
          id={domIdOf(address)}
          rows={section.id === '六' ? 5 : 12}
          aria-describedby={[guidanceId, issues.length > 0 ? messageIdOf(address) : '']
            .filter(Boolean)
            .join(' ')}
        />
        <CellMarker address={address} issues={issues} whole />
      </div>
      <aside className="guidance" id={guidanceId}>
        <h3>写作提示</h3>
        <p>{section.guidance}</p>
        {section.parts.length > 0 ? (
          <p>
            建议分为：
            {section.parts.join('、')}。
          </p>
        ) : null}
        {lastProblems.length > 0 ? (
          <details className="last-year-problems" open>
            <summary>{lastYear?.meta.year}年报告所列问题（本年应写明整改情况）</summary>
            <ul>
              {lastProblems.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </details>
        ) : null}
        {section.id === '六' ? (
          <button type="button" onClick={insertNoFee}>
            插入“未收取信息处理费”标准表述
          </button>
        ) : null}
      </aside>
    </div>
  );
}
