/** The reader of reports published as web pages (saved or pasted); registered in ../readers.ts. */
export { htmlReader } from './html-reader';
export { readWebPage } from './read-web-page';
