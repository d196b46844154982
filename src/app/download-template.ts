/**
 * "下载预填模板" (issue #6): this year's draft, carried from last year, as our .docx with last
 * year's text marked for revision — for offices that finish the report in Word. It reopens in the
 * app like any .docx we export. Loaded on demand, like every exporter; the CLI's `template` command
 * writes the same file through the same function.
 */
import { loadChunk } from './chunk-error';
import type { Report } from '../report';
import { download } from './download';

export async function downloadTemplate(draft: Report): Promise<void> {
  const { prefilledTemplate, DOCX_MIME } = await loadChunk(() => import('../export/docx'));
  const { fileName, bytes } = await prefilledTemplate(draft);
  download(fileName, bytes, DOCX_MIME);
}
