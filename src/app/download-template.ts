/**
 * "下载预填模板" (issue #6): this year's draft, carried from last year, as our .docx with last
 * year's text marked for revision — for offices that finish the report in Word. It reopens in the
 * app like any .docx we export. Loaded on demand, like every exporter.
 */
import { templateFileName } from '../export/file-name';
import { loadChunk } from './chunk-error';
import type { Report } from '../report';
import { download } from './download';

export async function downloadTemplate(draft: Report): Promise<void> {
  const { exportDocx, DOCX_MIME } = await loadChunk(() => import('../export/docx'));
  download(templateFileName(draft), await exportDocx(draft, { template: true }), DOCX_MIME);
}
