/** Our own .docx read back: the embedded save file, with figures edited in Word taking over. */
export { ownDocxReader } from './own-docx-reader';
export { wordTables } from './word-tables';
export type { WordCell, WordTable } from './word-tables';
export { parseXml } from './xml';
export type { XmlElement, XmlNode } from './xml';
