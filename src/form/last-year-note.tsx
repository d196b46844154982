/**
 * Under a cell: where a carried value came from (always, for 上年结转), and on request last year's
 * figure — for 现行有效件数 also the figure this year's should be (spec §4: "this year's expected
 * value shown beside it"), worked out by the same carry link the across-year check uses.
 */
import { evaluate, expectedValue } from '../report';
import type { CarryLink } from '../report';
import { useAnalysis } from './analysis-context';
import { lastYearIdOf, useLastYear } from './last-year-context';
import type { LastYearView } from './last-year-context';

const shown = (figure: string) => (figure === '' ? '空白' : figure);

function Expected({ link, view }: { link: CarryLink; view: LastYearView }) {
  const value = useAnalysis((a) =>
    expectedValue(link, evaluate(view.report).value, evaluate(a.report).value),
  );
  return value === null ? null : <>，本年应为 {value}</>;
}

export function LastYearNote({ address }: { address: string }) {
  const view = useLastYear();
  if (!view) return null;
  const link = view.links.get(address);
  const figure = view.figures.get(address);
  const carried = link?.kind === 'copy';
  const showFigure = view.show && figure !== undefined;
  if (!carried && !showFigure) return null;
  const year = view.report.meta.year;
  const source = link?.from.join(' + ') ?? '';
  return (
    <span className="last-year-note" id={lastYearIdOf(address)}>
      {carried ? (
        <span className="carried-tag" title={`由${year}年报告的 ${source} 结转而来`}>
          上年结转
          <span className="visually-hidden">
            ：由{year}年报告的 {source} 结转而来
          </span>
        </span>
      ) : null}
      {showFigure ? (
        <span>
          {carried ? ' ' : ''}
          {year}年 {shown(figure)}
          {link?.kind === 'baseline' ? <Expected link={link} view={view} /> : null}
        </span>
      ) : null}
    </span>
  );
}
