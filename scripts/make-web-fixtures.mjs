/**
 * Makes the web-page fixtures in fixtures/web/: each published report
 * (../shared/fixtures/published/<name>.txt, read with our text reader, which reads every one exactly
 * as transcribed) printed as a government site prints it — title, preface, the six sections, the
 * three tables with their official merged headers as `rowspan`/`colspan` (src/report/table-layout.ts)
 * and the figures exactly as published — inside the site's chrome, saved as a browser saves it. Run
 * by hand, not by `npm test`: `node scripts/make-web-fixtures.mjs` (needs /usr/bin/iconv for GBK).
 *
 * - bogang-2021-gbk.html: a current site (div layout) saved in GBK (`charset=gb2312`): header,
 *   navigation, breadcrumb, a sidebar listing other years' reports, the 索引号/发布机构 metadata
 *   table, tool links, related articles, footer and scripts around the article.
 * - zhengguo-2020-layout-tables.html: an older site laid out with nested tables, `<font>` and
 *   `&nbsp;`, saved in UTF-8.
 * - jiliao-2021-in-2019-layout.html: the article alone, as a browser puts a copied page on the
 *   clipboard (Chrome's `<meta charset='utf-8'>` and fragment markers).
 * - bogang-2021-one-cell-per-line.html: a page whose editor flattened every table into one
 *   paragraph per cell, with its metadata printed one field per line (`名称`, then the name), the
 *   heading 五 reworded `五、存在的主要问题及整改措施` and the 2021 row `行政规范性文件` printed
 *   `规范性文件`, as real pages have them.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const PUBLISHED = new URL('../../shared/fixtures/published/', import.meta.url);
const OUT = fileURLToPath(new URL('../fixtures/web/', import.meta.url));

const model = await tsImport('../src/report/index.ts', import.meta.url);
const { readReport } = await tsImport('../src/import/index.ts', import.meta.url);

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const paragraphs = (text, indent = true) =>
  text
    .split('\n')
    .filter(Boolean)
    .map(
      (line) =>
        `<p${indent ? ' style="text-indent:2em;line-height:2"' : ''}>${escapeHtml(line)}</p>`,
    );

const spanCell = (tag, text, colSpan = 1, rowSpan = 1) => {
  const spans = `${colSpan > 1 ? ` colspan="${colSpan}"` : ''}${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}`;
  return `<${tag}${spans}>${escapeHtml(text)}</${tag}>`;
};

/** A layout's rows as cells; a row narrower than `width` lets its last figure span the rest. */
function layoutCells(layout, values, width, label) {
  const header = layout.header.map((row) =>
    row.map((c) => ({ tag: 'th', text: label(c.label), colSpan: c.colSpan, rowSpan: c.rowSpan })),
  );
  const body = layout.rows.map((row) => {
    const used = row.labels.reduce((n, c) => n + c.colSpan, 0) + row.cells.length;
    const labels = row.labels.map((c) => ({ tag: 'td', text: label(c.label), ...c }));
    const figures = row.cells.map((c, i) => ({
      tag: 'td',
      text: values.get(c.address) ?? '',
      colSpan: i === row.cells.length - 1 ? 1 + width - used : 1,
      rowSpan: 1,
    }));
    return [...labels, ...figures];
  });
  return [...header, ...body];
}

function tableRows(report, label) {
  const index = model.formatIndex(report.format);
  const values = new Map(model.figures(report));
  const widest = 1 + Math.max(...index.spec.table2.blocks.map((b) => b.columns.length));
  const table3 = model.table3Layout(index);
  const table3Width = table3.header[0].reduce((n, c) => n + c.colSpan, 0);
  return {
    二: model.table2Layouts(index).flatMap((l) => layoutCells(l, values, widest, label)),
    三: layoutCells(table3, values, table3Width, label),
    四: layoutCells(model.table4Layout(index), values, 15, label),
  };
}

const htmlTable = (rows) =>
  `<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%"><tbody>\n${rows
    .map(
      (cells) =>
        `<tr>${cells.map((c) => spanCell(c.tag, c.text, c.colSpan, c.rowSpan)).join('')}</tr>`,
    )
    .join('\n')}\n</tbody></table>`;

/** Every cell its own paragraph, rows in order, as a flattening editor leaves a table. */
const cellParagraphs = (rows) =>
  rows.flatMap((cells) => cells.map((c) => `<p>${escapeHtml(c.text)}</p>`));

function article(report, { heading = (h) => h, label = (l) => l, flat = false } = {}) {
  const printed = tableRows(report, label);
  return [
    ...paragraphs(report.meta.preface),
    ...model.sections.flatMap((section) => [
      `<p style="text-indent:2em"><strong>${escapeHtml(heading(section.heading))}</strong></p>`,
      ...(section.kind === 'text'
        ? paragraphs(report.texts[section.id])
        : flat
          ? cellParagraphs(printed[section.id])
          : [htmlTable(printed[section.id])]),
    ]),
  ].join('\n');
}

const SCRIPT = `<script type="text/javascript">
var html = "<p>一、总体情况</p><table><tr><td>行政许可</td><td>99</td></tr></table>";
if (html.length < 3 && 1 > 2) { document.write("</div>"); }
</script>`;

function currentSite(report, body) {
  const title = report.meta.title;
  const other = (year) => title.replace(String(report.meta.year), String(year));
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0061)http://www.zhecheng.gov.cn/xxgk/nb/2022/0118/bogang-2021.html -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${escapeHtml(title)}_柘城县人民政府</title>
<link rel="stylesheet" href="./style.css">
<style type="text/css">.nav li{float:left} td{border:1px solid #000}</style>
${SCRIPT}
</head>
<body>
<div class="header"><div class="logo">柘城县人民政府</div><div class="date">2022年1月18日 星期二</div>
<ul class="nav"><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li></ul>
<form action="/search"><input name="q" value="请输入关键词"><button>搜索</button></form></div>
<div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a></div>
<div class="main">
<div class="left"><h3>政府信息公开年报</h3><ul>
<li><a href="#">${escapeHtml(other(report.meta.year - 1))}</a></li>
<li><a href="#">${escapeHtml(other(report.meta.year - 2))}</a></li></ul></div>
<div class="right">
<table class="xxgk-info"><tr><td>索引号：</td><td>11411424MB1C23456X/2022-00015</td><td>发布机构：</td><td>柘城县伯岗镇人民政府</td></tr>
<tr><td>名\u3000\u3000称：</td><td colspan="3">${escapeHtml(title)}</td></tr>
<tr><td>发布日期：</td><td>2022-01-18</td><td>主题分类：</td><td>政府信息公开年报</td></tr></table>
<h1 class="title">${escapeHtml(title)}</h1>
<div class="info">发布时间：2022-01-18 09:30&nbsp;&nbsp;来源：伯岗镇&nbsp;&nbsp;浏览次数：<span id="hits">1024</span>&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="article" id="zoom">
${body}
</div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="related"><h4>相关文章</h4><ul><li><a href="#">${escapeHtml(other(report.meta.year - 1))}</a></li></ul></div>
</div></div>
<div class="footer"><p>版权所有：柘城县人民政府\u3000主办：柘城县人民政府办公室</p><p>网站标识码：4114240001\u3000豫ICP备05012345号</p></div>
<script type="text/javascript">var _hmt = _hmt || []; document.getElementById("hits").innerHTML = "1025";</script>
</body></html>
`;
}

function layoutTableSite(report, body) {
  const title =
    report.meta.title || `${report.meta.body}${report.meta.year}年政府信息公开工作年度报告`;
  return `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${escapeHtml(title)}</title>
</head>
<body topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="banner.jpg"></td></tr>
<tr><td class="nav"><a href="#">网站首页</a>&nbsp;|&nbsp;<a href="#">政务公开</a>&nbsp;|&nbsp;<a href="#">办事服务</a></td></tr>
<tr><td>您的位置：<a href="#">首页</a> &gt;&gt; <a href="#">信息公开</a> &gt;&gt; 年度报告</td></tr>
<tr><td>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td width="200" valign="top"><table><tr><td>栏目导航</td></tr><tr><td><a href="#">工作动态</a></td></tr><tr><td><a href="#">通知公告</a></td></tr></table></td>
<td valign="top">
<table width="100%"><tr><td align="center"><font size="4" color="#CC0000"><b>${escapeHtml(title)}</b></font></td></tr>
<tr><td align="center"><font color="#666666">发布日期：2021-01-25&nbsp;&nbsp;&nbsp;点击数：356</font></td></tr>
<tr><td class="content">
${body}
</td></tr></table>
</td></tr></table>
</td></tr>
<tr><td align="center">Copyright&copy; 2021 版权所有 主办单位：郑郭镇人民政府</td></tr>
</table>
</body></html>
`;
}

const clipboard = (body) =>
  `<html>\n<body>\n<!--StartFragment--><meta charset='utf-8'>${body}<!--EndFragment-->\n</body>\n</html>`;

function oneCellPerLine(report) {
  const body = article(report, {
    flat: true,
    heading: (h) => (h.startsWith('五、') ? '五、存在的主要问题及整改措施' : h),
    label: (l) => (l === '行政规范性文件' ? '规范性文件' : l),
  });
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(report.meta.title)}</title></head>
<body>
<div class="crumb">您的位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 政府信息公开年报</div>
<div class="content">
<div class="meta"><p>名称</p><p>${escapeHtml(report.meta.title)}</p><p>索引号</p><p>11411424MB1C23456X/2022-00015</p><p>发布机构</p><p>柘城县伯岗镇人民政府</p><p>发布日期</p><p>2022-01-18</p></div>
<h2>${escapeHtml(report.meta.title)}</h2>
${body}
<p>【打印】【关闭】</p>
</div>
<div class="foot">网站标识码：4114240001 豫ICP备05012345号</div>
</body></html>
`;
}

async function published(name) {
  const read = await readReport(
    new Uint8Array(
      await (await import('node:fs/promises')).readFile(new URL(`${name}.txt`, PUBLISHED)),
    ),
    `${name}.txt`,
  );
  if (!read.ok) throw new Error(`${name}.txt: ${read.error}`);
  return read.report;
}

const bogang = await published('bogang-2021');
const utf8Page = currentSite(bogang, article(bogang));
writeFileSync(
  `${OUT}bogang-2021-gbk.html`,
  execFileSync('/usr/bin/iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: utf8Page }),
);
const zhengguo = await published('zhengguo-2020');
writeFileSync(
  `${OUT}zhengguo-2020-layout-tables.html`,
  layoutTableSite(zhengguo, article(zhengguo)),
);
const jiliao = await published('jiliao-2021-in-2019-layout');
writeFileSync(`${OUT}jiliao-2021-in-2019-layout.html`, clipboard(article(jiliao)));
writeFileSync(`${OUT}bogang-2021-one-cell-per-line.html`, oneCellPerLine(bogang));
for (const name of [
  'bogang-2021-gbk',
  'zhengguo-2020-layout-tables',
  'jiliao-2021-in-2019-layout',
  'bogang-2021-one-cell-per-line',
]) {
  console.log(`fixtures/web/${name}.html`);
}
