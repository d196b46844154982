/** The PDF reader; registered in ../readers.ts. */
export { pdfReader } from './pdf-reader';
/** For the CLI's reading thread, which loads pdf.js before the first PDF's time limit starts. */
export { loadPdfjs } from './load-pdfjs';
