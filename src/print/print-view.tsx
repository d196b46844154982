/**
 * The report as a printed document (GB/T 9704 conventions, spec §5): title, preface, the six
 * sections with their paragraphs and the three tables with the official merged headers. Figures
 * come from figures() — typed, derived or as published — never from UI state. `blank` prints the
 * empty tables for filling in by hand.
 */
import {
  figures,
  formatIndex,
  sections,
  table2Layouts,
  table3Layout,
  table4Layout,
  printedTitle,
} from '../report';
import type { Report } from '../report';
import { PrintTable } from './print-table';
import './print.css';

const SUBHEADING = /^(（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))/;

function Paragraphs({ text }: { text: string }) {
  const paragraphs = text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i} className={SUBHEADING.test(p) ? 'print-subheading' : undefined}>
          {p}
        </p>
      ))}
    </>
  );
}

export function PrintView({ report, blank = false }: { report: Report; blank?: boolean }) {
  const index = formatIndex(report.format);
  const values = new Map(figures(report));
  const valueOf = (address: string) => (blank ? '' : (values.get(address) ?? ''));
  const title = printedTitle(report);
  return (
    <article className="print-document" aria-label="打印稿">
      <h1 className="print-title">{title}</h1>
      {blank ? null : <Paragraphs text={report.meta.preface} />}
      {sections.map((section) => (
        <section key={section.id} className="print-section">
          <h2 className="print-heading">{section.heading}</h2>
          {section.kind === 'text' ? (
            blank ? null : (
              <Paragraphs text={report.texts[section.id]} />
            )
          ) : null}
          {section.id === '二'
            ? table2Layouts(index).map((layout, i) => (
                <PrintTable
                  key={i}
                  layout={layout}
                  valueOf={valueOf}
                  className="print-table-2"
                  fillRows
                />
              ))
            : null}
          {section.id === '三' ? (
            <PrintTable layout={table3Layout(index)} valueOf={valueOf} className="print-table-3" />
          ) : null}
          {section.id === '四' ? (
            <PrintTable layout={table4Layout(index)} valueOf={valueOf} className="print-table-4" />
          ) : null}
        </section>
      ))}
    </article>
  );
}
