/**
 * A saved page's text as a browser copies it (Ctrl+A, Ctrl+C, pasted where only text/plain is
 * kept): every line of the page, chrome included, table rows as tab-separated cells as
 * `innerText` gives them. The text reader reads it as the transcription, the chrome left out.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSaveFile } from '../../report';
import { readReport } from '../read-report';
import { parseHtml } from './html-tree';
import { pageBlocks } from './page-blocks';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

/** The page's text as the browser's innerText gives it: a line per block, a table row per line. */
const copiedText = (html: string) =>
  pageBlocks(parseHtml(html))
    .flatMap((block) =>
      block.kind === 'line'
        ? [block.text]
        : block.table.grid.map((row) =>
            row.map((cell, i) => (cell && cell.column === i ? cell.text : '')).join('\t'),
          ),
    )
    .join('\n');

describe.each([
  { page: 'bogang-2021-gbk', encoding: 'gbk', name: 'bogang-2021' },
  { page: 'zhengguo-2020-layout-tables', encoding: 'utf-8', name: 'zhengguo-2020' },
])('the text of fixtures/web/$page.html copied from the browser', ({ page, encoding, name }) => {
  it('reads as the transcription, with none of the page’s chrome', async () => {
    const html = new TextDecoder(encoding).decode(readFileSync(`${FIXTURES}web/${page}.html`));
    const text = copiedText(html);
    expect(text).toContain('版权所有');
    const result = await readReport(new TextEncoder().encode(text), '粘贴的文字');
    if (!result.ok) throw new Error(result.error);
    const transcription = parseSaveFile(readFileSync(`${FIXTURES}published/${name}.json`, 'utf8'));
    if (!transcription.ok) throw new Error(transcription.errors.join('\n'));
    expect(result.report).toEqual(transcription.value);
    expect(result.notes).toEqual([]);
  });
});
