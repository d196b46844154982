/** The title and preface details (spec §1): body, year and format shown, title, preface, contact. */
import { useFormContext } from 'react-hook-form';
import {
  FORMAT_FIELD,
  YEAR_FIELD,
  defaultTitle,
  formatSpecs,
  metaAddress,
  metaFields,
} from '../report';
import type { Report } from '../report';
import { CellMarker, useCellIssues } from './cell-marker';
import { domIdOf, messageIdOf } from './dom-ids';

type MetaField = (typeof metaFields)[number];

function MetaInput({ field }: { field: MetaField }) {
  const { register } = useFormContext<Pick<Report, 'meta' | 'texts'>>();
  const address = metaAddress(field.id);
  const issues = useCellIssues(address);
  const multiline = field.id === 'preface';
  const props = {
    ...register(`meta.${field.id}`),
    id: domIdOf(address),
    'aria-describedby': issues.length > 0 ? messageIdOf(address) : undefined,
    placeholder: field.hint,
  };
  return (
    <div className={multiline || field.id === 'title' ? 'meta-field meta-wide' : 'meta-field'}>
      <label htmlFor={domIdOf(address)}>{field.label}</label>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      <CellMarker address={address} issues={issues} whole />
    </div>
  );
}

export function MetaFields({ report }: { report: Report }) {
  const { getValues, setValue } = useFormContext<Pick<Report, 'meta' | 'texts'>>();
  const yearIssues = useCellIssues(YEAR_FIELD);
  const formatIssues = useCellIssues(FORMAT_FIELD);
  const useDefaultTitle = () =>
    setValue('meta.title', defaultTitle(String(getValues('meta.body') ?? ''), report.meta.year), {
      shouldDirty: true,
    });
  return (
    <section className="meta" aria-labelledby="meta-heading">
      <h2 id="meta-heading" className="visually-hidden">
        基本信息
      </h2>
      <p className="meta-summary">
        <span id={domIdOf(YEAR_FIELD)} tabIndex={-1}>
          报告年度：{report.meta.year}年
        </span>
        <CellMarker address={YEAR_FIELD} issues={yearIssues} whole />
        <span id={domIdOf(FORMAT_FIELD)} tabIndex={-1}>
          表格格式：{report.format}年格式（{formatSpecs[report.format].notice}）
        </span>
        <CellMarker address={FORMAT_FIELD} issues={formatIssues} whole />
      </p>
      <div className="meta-grid">
        {metaFields.map((field) => (
          <MetaInput key={field.id} field={field} />
        ))}
      </div>
      <button type="button" onClick={useDefaultTitle}>
        按机关全称和年度生成标题
      </button>
    </section>
  );
}
