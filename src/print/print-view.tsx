/**
 * The report as a printed document (GB/T 9704 conventions, spec §5): title, preface, the six
 * sections with their paragraphs and the three tables with the official merged headers. Figures
 * come from figures() — typed, derived or as published — never from UI state. `blank` prints the
 * empty tables for filling in by hand.
 */
import {
  figures,
  formatIndex,
  paragraphParts,
  paragraphsOf,
  printedTitle,
  sections,
  table2Layouts,
  table3Layout,
  table4Layout,
  titleParts,
} from '../report';
import type { Report } from '../report';
import { Fragment } from 'react';
import { PrintTable } from './print-table';
import './print.css';

/** Body paragraphs; a run-in subheading (`（一）主动公开情况。`) is set in 楷体, the rest in 仿宋. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {paragraphsOf(text).map((p, i) => {
        const { heading, body } = paragraphParts(p);
        return (
          <p key={i}>
            {heading ? <span className="print-subheading">{heading}</span> : null}
            {body}
          </p>
        );
      })}
    </>
  );
}

/** The title's parts break only between each other (by meaning), never inside a word. */
const Title = ({ title }: { title: string }) => (
  <h1 className="print-title">
    {titleParts(title).map((part, i) => (
      <Fragment key={i}>
        {i > 0 ? <wbr /> : null}
        <span className="print-title-part">{part}</span>
      </Fragment>
    ))}
  </h1>
);

export function PrintView({ report, blank = false }: { report: Report; blank?: boolean }) {
  const index = formatIndex(report.format);
  const values = new Map(figures(report));
  const valueOf = (address: string) => (blank ? '' : (values.get(address) ?? ''));
  return (
    <article className="print-document" aria-label="打印稿">
      <Title title={printedTitle(report)} />
      {blank ? null : <Paragraphs text={report.meta.preface} />}
      {sections.map((section) => (
        <section key={section.id} className={`print-section print-section-${section.kind}`}>
          <h2 className="print-heading">{section.heading}</h2>
          {section.kind === 'text' && !blank ? (
            <Paragraphs text={report.texts[section.id]} />
          ) : null}
          {section.id === '二'
            ? table2Layouts(index).map((layout, i) => (
                <PrintTable key={i} layout={layout} valueOf={valueOf} className="print-table-2" />
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
