/** The .docx exporter: a report in, a GB/T 9704 Word document (with the save file inside) out. */
export { DOCX_MIME, exportDocx } from './export-docx';
export type { DocxOptions } from './export-docx';
export { SAVE_FILE_ELEMENT, SAVE_FILE_NAMESPACE } from './embedded-save-file';
export { prefilledTemplate } from './prefilled-template';
export type { PrefilledTemplate } from './prefilled-template';
export { docxExportNote } from './xml-safe-text';
