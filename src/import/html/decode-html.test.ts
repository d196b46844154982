import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from './decode-html';

const gbk = (text: string) =>
  new Uint8Array(execFileSync('/usr/bin/iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text }));
const utf8 = (text: string) => new TextEncoder().encode(text);
const BODY = '<p>柘城县伯岗镇人民政府</p>';

describe('decodeHtml', () => {
  it.each([
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'],
    ['<meta charset="GBK">'],
    ["<meta charset='gb18030'/>"],
  ])('decodes GBK bytes by the declared charset: %s', (meta) => {
    const page = decodeHtml(gbk(`<html><head>${meta}</head><body>${BODY}</body></html>`));
    expect(page.text).toContain(BODY);
    expect(page.encoding).toBe('gb18030');
  });

  it('sniffs GBK when the page declares nothing and is not UTF-8', () => {
    expect(decodeHtml(gbk(`<html>${BODY}</html>`)).text).toContain(BODY);
  });

  it('sniffs GBK when the page claims UTF-8 but is not', () => {
    const page = decodeHtml(gbk(`<meta charset="utf-8">${BODY}`));
    expect(page.text).toContain(BODY);
  });

  it('reads UTF-8, with or without a byte-order mark or a declaration', () => {
    expect(decodeHtml(utf8(`\uFEFF${BODY}`)).text).toBe(BODY);
    expect(decodeHtml(utf8(`<meta charset="utf-8">${BODY}`)).text).toContain(BODY);
    expect(decodeHtml(utf8(BODY)).encoding).toBe('utf-8');
  });

  it('reads a page re-saved as UTF-8 that still declares gb2312 as UTF-8', () => {
    const page = decodeHtml(utf8(`<meta charset="gb2312">${BODY}`));
    expect([page.text.endsWith(BODY), page.encoding]).toEqual([true, 'utf-8']);
  });

  it('falls back to sniffing when the declared charset is unknown', () => {
    expect(decodeHtml(utf8(`<meta charset="x-nonsense">${BODY}`)).text).toContain(BODY);
  });
});
