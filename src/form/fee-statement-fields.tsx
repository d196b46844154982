/**
 * What 六 states about 信息处理费 (spec/fee-statement.ts): notices sent, amount notified, amount
 * collected. The figures are typed here, never into the sentence; 六's drafted sentence follows
 * them. Full-width digits from a Chinese IME are taken as digits, as in the tables.
 */
import { feeAddress, feeFields, halfWidthDigits } from '../report';
import type { FeeFieldId, Report } from '../report';
import { useAnalysis, useReportStore } from './analysis-context';
import { domIdOf } from './dom-ids';

interface Props {
  /** Puts the report with the changed field into the form. */
  readonly onChange: (next: Report) => void;
}

export function FeeStatementFields({ onChange }: Props) {
  const store = useReportStore();
  const fees = useAnalysis((analysis) => analysis.report.fees);
  const set = (id: FeeFieldId, raw: string) => {
    const report = store.get().report;
    const next = Object.fromEntries(
      feeFields.map((f) => [
        f.id,
        f.id === id ? halfWidthDigits(raw) : (report.fees?.[f.id] ?? ''),
      ]),
    ) as Record<FeeFieldId, string>;
    onChange({ ...report, fees: next });
  };
  return (
    <fieldset className="fee-statement">
      <legend>信息处理费情况（用于生成第六部分的表述）</legend>
      {feeFields.map((field) => {
        const id = domIdOf(feeAddress(field));
        return (
          <span key={field.id} className="fee-field">
            <label htmlFor={id}>{field.label}</label>
            <input
              id={id}
              type="text"
              inputMode="decimal"
              value={fees?.[field.id] ?? ''}
              onChange={(event) => set(field.id, event.target.value)}
            />
            <span className="fee-unit">{field.unit}</span>
          </span>
        );
      })}
    </fieldset>
  );
}
