/**
 * A web page or paste that does not say which cell a figure belongs to gets no figure there: the
 * cell is blank, named in a note and listed as unread — never a guess. Every other figure is read
 * exactly as published.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { figures, parseSaveFile } from '../../report';
import { readReport } from '../read-report';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const ROW = '本年新收政府信息公开申请数量</td>';

const transcription = parseSaveFile(readFileSync(`${FIXTURES}published/bogang-2021.json`, 'utf8'));
if (!transcription.ok) throw new Error(transcription.errors.join('\n'));
const expected = new Map(figures(transcription.value));
const page = new TextDecoder('gbk').decode(readFileSync(`${FIXTURES}web/bogang-2021-gbk.html`));

async function read(html: string) {
  const result = await readReport(new TextEncoder().encode(html), 'page.html');
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('readWebPage never guesses', () => {
  it('leaves blank, with a note, the two cells a figure merged across both could belong to', async () => {
    const merged = page.replace(`${ROW}<td>0</td><td>0</td>`, `${ROW}<td colspan="2">7</td>`);
    expect(merged).not.toBe(page);
    const result = await read(merged);
    const ambiguous = ['三/1/自然人', '三/1/商业企业'];
    for (const [address, value] of figures(result.report)) {
      expect([address, value]).toEqual([
        address,
        ambiguous.includes(address) ? '' : expected.get(address),
      ]);
    }
    expect(result.unread).toEqual(ambiguous);
    expect(result.notes).toHaveLength(2);
    for (const [i, address] of ambiguous.entries()) {
      expect(result.notes[i]).toContain(address);
      expect(result.notes[i]).toContain('此格跨2栏，不知属于哪一栏');
    }
  });

  it('leaves blank, with a note, the cells a pasted row lacks, not shifting the others', async () => {
    const short = page.replace(`${ROW}<td>0</td>`, ROW);
    expect(short).not.toBe(page);
    const result = await read(`\uFEFF${short}`);
    const value = (address: string) => new Map(figures(result.report)).get(address);
    expect(value('三/1/自然人')).toBe('0');
    expect(value('三/1/总计')).toBe('');
    expect(result.unread).toEqual(['三/1/总计']);
    expect(result.notes.join('')).toContain('三/1/总计');
  });

  it('reads no figure from a table 二 row one cell wider than its header (a repeated label)', async () => {
    const published = parseSaveFile(
      readFileSync(`${FIXTURES}published/jiliao-2021-in-2019-layout.json`, 'utf8'),
    );
    if (!published.ok) throw new Error(published.errors.join('\n'));
    const jiliao = readFileSync(`${FIXTURES}web/jiliao-2021-in-2019-layout.html`, 'utf8');
    const row = '<td>政府集中采购</td>';
    const repeated = jiliao.replace(row, row + row);
    expect(repeated).not.toBe(jiliao);
    const result = await read(repeated);
    const read2 = new Map(figures(result.report));
    const purchases = ['二/（九）/政府集中采购/采购项目数量', '二/（九）/政府集中采购/采购总金额'];
    for (const [address, value] of figures(published.value)) {
      expect([address, read2.get(address)]).toEqual([
        address,
        purchases.includes(address) ? '' : value,
      ]);
    }
    for (const address of purchases) expect(result.unread).toContain(address);
  });
});
