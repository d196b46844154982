/**
 * Reconciles the prose of the save file embedded in our .docx with the paragraphs the document
 * shows. The document is what was printed and published, so where someone rewrote the title, the
 * preface or a narrative section (一、五、六) in Word, the document wins, with one note naming the
 * field. The exporter's layout (src/export/docx/export-docx.ts) says where each is: the title is
 * the first paragraph, the preface the paragraphs up to the first heading, each section's text the
 * paragraphs after its heading. Tables, their captions (in the sections of tables 二–四), the page
 * numbers (footer parts) and Word comments (批注, other parts; their markers carry no text) are not
 * prose and are never compared. Texts are compared as the report keeps them — paragraphs trimmed,
 * blank ones dropped — so a document that only re-spaced them changes nothing.
 */
import { metaAddress, printedTitle, sections, textAddress, textSectionIds } from '../../report';
import type { Report, TextSectionId } from '../../report';
import { findHeadings } from '../printed/headings';
import { clean } from '../printed/labels';
import { paragraphs, readNarrative } from '../printed/read-narrative';

const differs = (address: string) =>
  `${address}：Word 文档中的文字与文件中嵌入的不同，已采用文档中的文字`;
const kept = (id: TextSectionId) => {
  const heading = sections.find((s) => s.id === id)?.heading ?? id;
  return `${textAddress(id)}：Word 文档中没有找到“${heading}”这一节，已采用文件中嵌入的文字`;
};
const asKept = (text: string) => paragraphs(text.split('\n'));

export function applyDocumentTexts(
  embedded: Report,
  lines: readonly string[],
): { readonly report: Report; readonly notes: readonly string[] } {
  if (findHeadings(lines).length === 0) {
    return { report: embedded, notes: ['Word 文档中没有找到章节标题，正文采用文件中嵌入的文字'] };
  }
  const narrative = readNarrative(lines);
  const notes: string[] = [];
  const front = narrative.front.map(clean).filter(Boolean);
  // A title too long for one line is printed as two (the body, then `2024年…年度报告`; titleLines),
  // which read back as two lines.
  const titleLineCount = /报告$/.test(front[0] ?? '') || !/报告$/.test(front[1] ?? '') ? 1 : 2;
  const title = front.slice(0, titleLineCount).join('');
  const preface = front.slice(titleLineCount);
  const meta = { ...embedded.meta };
  if (title !== clean(printedTitle(embedded))) {
    meta.title = title;
    notes.push(differs(metaAddress('title')));
  }
  if (paragraphs(preface) !== asKept(embedded.meta.preface)) {
    meta.preface = paragraphs(preface);
    notes.push(differs(metaAddress('preface')));
  }
  const texts = { ...embedded.texts };
  for (const id of textSectionIds) {
    if (narrative.missing.includes(id)) notes.push(kept(id));
    else if (narrative.texts[id] !== asKept(embedded.texts[id])) {
      texts[id] = narrative.texts[id];
      notes.push(differs(textAddress(id)));
    }
  }
  return { report: { ...embedded, meta, texts }, notes };
}
