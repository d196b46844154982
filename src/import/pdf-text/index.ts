/** The reader of text copied out of a PDF; registered in ../readers.ts. */
export { pdfTextReader } from './pdf-text-reader';
