/** The export layer's public face. Pure TypeScript like src/report: a report in, text out. */
export { exportTxt } from './txt';
export { reportFileName } from './file-name';
