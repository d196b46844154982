/** The export layer's public face. Pure TypeScript like src/report: a report in, text or bytes out. */
export { exportTxt } from './txt';
export { reportFileName, templateFileName } from './file-name';
export { DOCX_MIME, docxExportNote, exportDocx, prefilledTemplate } from './docx';
export type { DocxOptions, PrefilledTemplate } from './docx';
