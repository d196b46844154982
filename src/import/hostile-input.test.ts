/**
 * Each hostile sample (hostile-samples.ts) is answered within a second — a report or one Chinese
 * sentence, never English exception text — and each bound has its own test naming what it stops.
 */
import { inflateSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyReport } from '../report';
import { clean, labelKey } from './printed/labels';
import { readReport } from './read-report';
import { deflateBomb, hostileSamples } from './hostile-samples';
import { parseXml, textContent } from './word/xml';
import { wordBody, wordDocx } from './word-docx/test-support';

const BUDGET_MS = 1000;
const HAN = /[\u4e00-\u9fff]/;

const timed = <T>(run: () => T): { value: T; ms: number } => {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
};

describe('hostile files', () => {
  // Times are for reading, not for the first compilation of the inflater and the XML reader, which
  // a loaded test machine can stretch past the budget on its own: one ordinary .docx first.
  beforeAll(() => readReport(wordDocx(wordBody(emptyReport(2021, '城关镇人民政府')))));

  it('builds a deflate bomb that really inflates to its size', () => {
    expect(inflateSync(deflateBomb('<a/>', 100_000)).length).toBeGreaterThanOrEqual(100_000);
    expect(new TextDecoder().decode(inflateSync(deflateBomb('<a/>', 1000)).subarray(0, 8))).toBe(
      '<a/><a/>',
    );
  });

  for (const sample of hostileSamples()) {
    it(`answers ${sample.name} within a second, in Chinese`, async () => {
      const start = performance.now();
      const result = await readReport(sample.bytes, sample.name);
      const ms = performance.now() - start;
      expect(ms, `${sample.name}: ${ms.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
      if (!result.ok) {
        expect(result.error).toMatch(HAN);
        expect(result.error).not.toMatch(/[A-Za-z]{3,}Error|undefined|Maximum|stack/);
        expect(result.error).not.toContain('意外错误');
      }
    });
  }

  it('names the limit a zip bomb passes', async () => {
    const byName = new Map(hostileSamples().map((s) => [s.name, s.bytes]));
    for (const name of ['zip-bomb-honest.docx', 'zip-bomb-lying.docx']) {
      const result = await readReport(byName.get(name) ?? new Uint8Array(), name);
      expect(result.ok ? '' : result.error).toContain('word/document.xml');
      expect(result.ok ? '' : result.error).toContain('解压后过大');
    }
  });

  it('names nesting too deep and too many elements', async () => {
    const byName = new Map(hostileSamples().map((s) => [s.name, s.bytes]));
    const deep = await readReport(byName.get('nested-100000-deep.docx') ?? new Uint8Array());
    expect(deep.ok ? '' : deep.error).toContain('嵌套超过 256 层');
    const flood = await readReport(byName.get('elements-flood.docx') ?? new Uint8Array());
    expect(flood.ok ? '' : flood.error).toContain('元素超过 50,000 个');
  });
});

describe('linear-time text handling', () => {
  it('trims 100 KB of inner whitespace fast', () => {
    const { value, ms } = timed(() =>
      clean(`${' '.repeat(100_000)}x${' \u3000'.repeat(50_000)}y `),
    );
    expect(value.startsWith('x')).toBe(true);
    expect(value.endsWith('y')).toBe(true);
    expect(ms).toBeLessThan(100);
  });

  it('keys an unclosed unit note of 100 KB fast', () => {
    const { value, ms } = timed(() => labelKey(`(${'单位'.repeat(50_000)}`));
    expect(value.length).toBe(100_000);
    expect(ms).toBeLessThan(100);
    expect(labelKey('本年收费金额（单位：万元）')).toBe(labelKey('本年收费金额'));
  });

  it('parses processing-instruction and comment floods fast', () => {
    for (const flood of ['<?'.repeat(100_000), '<!--'.repeat(100_000), '<a b="'.repeat(50_000)]) {
      const { ms } = timed(() => {
        try {
          parseXml(`<r>x</r>${flood}`);
        } catch {
          // a flood may leave no element: only the time matters here
        }
      });
      expect(ms).toBeLessThan(200);
    }
  });

  it('still reads what it always read', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!DOCTYPE x><a x="1 &amp; 2" y=\'&#x4e00;\'><!-- c --><b>t&lt;</b><![CDATA[<raw>]]><c/>&#99999999;</a>',
    );
    expect(root.attributes).toEqual({ x: '1 & 2', y: '一' });
    expect(textContent(root)).toBe('t<<raw>&#99999999;');
  });

  it('walks 200-deep nesting without recursion limits and refuses 257', () => {
    const ok = parseXml(`${'<a>'.repeat(200)}x${'</a>'.repeat(200)}`);
    expect(textContent(ok)).toBe('x');
    expect(() => parseXml('<a>'.repeat(257))).toThrow('嵌套超过 256 层');
  });
});
