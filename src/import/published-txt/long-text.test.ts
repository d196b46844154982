/** Our own .txt export reads back at any length: headings past the first 64 KB are still found. */
import { describe, expect, it } from 'vitest';
import { exportTxt } from '../../export';
import { emptyReport } from '../../report';
import { readReport } from '../read-report';

describe('a long published text', () => {
  it('reads back our .txt export whose section 一 runs past 64 KB', async () => {
    const report = emptyReport(2021, '城关镇人民政府');
    const long = '本年度城关镇人民政府认真贯彻落实政府信息公开条例。'.repeat(1600);
    const bytes = new TextEncoder().encode(
      exportTxt({ ...report, texts: { ...report.texts, 一: long, 五: '没有问题。' } }),
    );
    expect(bytes.length).toBeGreaterThan(64 * 1024 * 1.5);
    const read = await readReport(bytes, 'report.txt');
    expect(read.ok ? read.readerId : read.error).toBe('published-txt');
    expect(read.ok ? read.report.texts.一 : '').toBe(long);
    expect(read.ok ? read.report.texts.五 : '').toBe('没有问题。');
  });
});
