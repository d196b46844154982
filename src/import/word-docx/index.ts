/** The reader of Word files made elsewhere (no embedded save file); registered in ../readers.ts. */
export { wordDocxReader } from './word-docx-reader';
