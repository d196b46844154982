import { describe, expect, it } from 'vitest';
import { parseHtml } from './html-tree';
import type { HtmlElement, HtmlNode } from './html-tree';
import { pageBlocks } from './page-blocks';

const lines = (html: string) =>
  pageBlocks(parseHtml(html)).map((b) => (b.kind === 'line' ? b.text : '<table>'));

const names = (node: HtmlNode): unknown =>
  typeof node === 'string' ? node : [node.name, ...node.children.map(names)];

const find = (node: HtmlElement, name: string): HtmlElement | undefined => {
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (child.name === name) return child;
    const found = find(child, name);
    if (found) return found;
  }
  return undefined;
};

describe('parseHtml', () => {
  it('closes a cell when the next opens and a row when the next opens, as browsers do', () => {
    const table = find(parseHtml('<table><tr><td>a<td>b<tr><th>c</table>'), 'table');
    expect(table && names(table)).toEqual([
      'table',
      ['tr', ['td', 'a'], ['td', 'b']],
      ['tr', ['th', 'c']],
    ]);
  });

  it('keeps a script’s text whole, tags and quotes in it included', () => {
    const root = parseHtml('<p>x</p><script>var s = "</div><td>"; if (a < b) {}</script><p>y</p>');
    expect(names(root)).toEqual([
      '#document',
      ['p', 'x'],
      ['script', 'var s = "</div><td>"; if (a < b) {}'],
      ['p', 'y'],
    ]);
  });

  it('decodes character references and reads unquoted and repeated attributes', () => {
    const root = parseHtml(
      '<td colspan=3 class="a" class="b">&nbsp;1&lt;2&#x4E00;&#19968;&ldquo;&unknown;</td>',
    );
    const td = find(root, 'td');
    expect(td?.attributes).toEqual({ colspan: '3', class: 'a' });
    expect(td?.children).toEqual(['\u00a01<2一一“&unknown;']);
  });

  it('ignores a stray end tag and never closes the layout around a table from inside a cell', () => {
    const root = parseHtml(
      '<div><table><tr><td><p>a</span></div></td><td>b</td></tr></table><p>c</p></div>',
    );
    expect(names(root)).toEqual([
      '#document',
      ['div', ['table', ['tr', ['td', ['p', 'a']], ['td', 'b']]], ['p', 'c']],
    ]);
  });

  it('reads text and a lone < that opens no tag', () => {
    expect(lines('1 < 2 <p>三</p>')).toEqual(['1 < 2', '三']);
  });

  it('stays linear on a page of 100,000 unclosed elements and stray end tags', () => {
    const hostile = '<div><td><p><span>'.repeat(25_000) + '</b></i>'.repeat(50_000);
    const start = performance.now();
    const root = parseHtml(hostile);
    expect(root.children.length).toBe(1);
    // Quadratic work would take minutes here; linear takes well under a second.
    expect(performance.now() - start).toBeLessThan(15_000);
  });
});

describe('pageBlocks', () => {
  it('gives one line per paragraph, heading, list item and line break, spaces collapsed', () => {
    expect(lines('<h1>标题</h1><p>第一段\n  续<br>第二行</p><ul><li>甲<li>乙</ul>')).toEqual([
      '标题',
      '第一段 续',
      '第二行',
      '甲',
      '乙',
    ]);
  });

  it('skips scripts, styles, navigation, footers, forms’ controls and hidden elements', () => {
    const html =
      '<head><title>t</title></head><nav>导航</nav><p>正文</p><div style="display: none">隐藏</div><select><option>选项</select><footer>页脚</footer><script>x()</script>';
    expect(lines(html)).toEqual(['正文']);
  });

  it('reads a layout table’s cells as blocks and a data table as a table', () => {
    const html =
      '<table><tr><td><p>一、总体情况</p><table><tr><td>行政许可</td><td>1</td></tr></table></td></tr></table>';
    expect(lines(html)).toEqual(['一、总体情况', '<table>']);
  });
});
