import type { Report } from './report';
import { defaultTitle, formatForYear, formatIndex, textSectionIds } from './spec';
import type { FormatId } from './spec';

/** A new report: every cell blank (never 0), the default title, the format the year calls for. */
export function emptyReport(
  year: number,
  body = '',
  format: FormatId = formatForYear(year),
): Report {
  return {
    format,
    meta: {
      body,
      year,
      title: body ? defaultTitle(body, year) : '',
      preface: '',
      publishUrl: '',
      contactOffice: '',
      contactAddress: '',
      contactPostcode: '',
      contactPhone: '',
    },
    texts: Object.fromEntries(textSectionIds.map((id) => [id, ''])) as Report['texts'],
    cells: Object.fromEntries(formatIndex(format).inputs.map((c) => [c.address, ''])),
    stated: {},
    acknowledged: {},
  };
}
