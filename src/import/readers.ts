/**
 * The registry of readers, tried in order; the first whose sniff() accepts the bytes reads them.
 * Supporting a new kind of file (our .txt/.docx export, published reports) is one entry here: the
 * CLI and the app call readReport() and list `readers` in their help, so they follow unchanged.
 */
import { ownDocxReader } from './own-docx';
import { publishedTxtReader } from './published-txt';
import type { Reader } from './reader';
import { saveFileReader } from './save-file-reader';

export const readers: readonly Reader[] = [saveFileReader, ownDocxReader, publishedTxtReader];
