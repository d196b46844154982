/** The published-report text reader (spec §6); registered in ../readers.ts. */
export { publishedTxtReader } from './published-txt-reader';
