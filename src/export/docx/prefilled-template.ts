/**
 * 下载预填模板 (issue #6) as one function for the app's buttons and the CLI's `template` command:
 * a draft (this year's, carried from last year's report) as our .docx with last year's wording
 * marked for revision, under the name the app gives it.
 */
import type { Report } from '../../report';
import { templateFileName } from '../file-name';
import { exportDocx } from './export-docx';

export interface PrefilledTemplate {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export async function prefilledTemplate(draft: Report): Promise<PrefilledTemplate> {
  return { fileName: templateFileName(draft), bytes: await exportDocx(draft, { template: true }) };
}
