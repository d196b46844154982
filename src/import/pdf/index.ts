/** The PDF reader; registered in ../readers.ts. */
export { pdfReader } from './pdf-reader';
