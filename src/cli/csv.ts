/**
 * CSV as RFC 4180 writes it: a field is quoted when it holds a comma, a double quote, CR or LF (a
 * quote inside doubled), and records end in CRLF. The file starts with a UTF-8 byte order mark:
 * Excel on Chinese Windows otherwise opens a .csv in the system code page (GBK) and every Chinese
 * header and body name turns to mojibake; with the BOM it reads UTF-8, and other tools skip it.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;
/** What Excel, WPS and LibreOffice take for the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A signed figure (`-3` in table 二's 增/减), which must stay a number in the spreadsheet. */
const SIGNED_NUMBER = /^[+-]\d+(?:\.\d+)?$/;

/**
 * One field. A value a spreadsheet would run as a formula — a body name `=1+41`, `@SUM(…)`, a
 * leading tab — is written with a leading `'`, as spreadsheets expect, so it shows as text; a
 * signed figure is left alone.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) && !SIGNED_NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + CSV_EOL;
}

/** Parses CSV text back into records (the BOM, if any, dropped); for tests and checks. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && source[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}
