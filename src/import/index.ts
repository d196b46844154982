/** The import layer's public face. Pure TypeScript like src/report: bytes in, report or message out. */
export { MAX_FILE_BYTES, fileSizeProblem, readReport, supportedFiles } from './read-report';
export type { ReadResult } from './read-report';
export { readers } from './readers';
export type { Reader } from './reader';
