/** Our own .docx read back: the embedded save file, with what was edited in Word taking over. */
export { ownDocxReader } from './own-docx-reader';
