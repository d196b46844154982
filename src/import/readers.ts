/**
 * The registry of readers, tried in order; the first whose sniff() accepts the bytes reads them.
 * Supporting a new kind of file is one entry here: the CLI and the app call readReport() and list
 * `readers` in their help, so they follow unchanged. Our own .docx comes before other Word files,
 * so a file carrying our embedded data is restored losslessly rather than read from print; a web
 * page comes before text, since its markup is text too.
 */
import { htmlReader } from './html';
import { ownDocxReader } from './own-docx';
import { pdfReader } from './pdf';
import { pdfTextReader } from './pdf-text';
import { publishedTxtReader } from './published-txt';
import type { Reader } from './reader';
import { saveFileReader } from './save-file-reader';
import { wordDocxReader } from './word-docx';

export const readers: readonly Reader[] = [
  saveFileReader,
  ownDocxReader,
  wordDocxReader,
  htmlReader,
  pdfReader,
  pdfTextReader,
  publishedTxtReader,
];
