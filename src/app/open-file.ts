/**
 * Opens a file the user picked: size checked before reading, then the one reader entry point. Notes
 * (figures that could not be read, figures edited in Word) come back for the editor to show.
 */
import type { Report } from '../report';

export type OpenResult =
  { ok: true; report: Report; notes: readonly string[] } | { ok: false; error: string };

export async function openReportFile(file: File): Promise<OpenResult> {
  // The readers (zip, .docx, published text) load on demand, keeping the first load small.
  const { fileSizeProblem, readReport } = await import('../import');
  const tooBig = fileSizeProblem(file.size);
  if (tooBig) return { ok: false, error: `${file.name}：${tooBig}` };
  try {
    const result = readReport(new Uint8Array(await file.arrayBuffer()), file.name);
    return result.ok
      ? { ok: true, report: result.report, notes: result.notes }
      : { ok: false, error: `${file.name}：${result.error}` };
  } catch {
    return { ok: false, error: `${file.name}：读取文件失败，请确认文件没有被其它程序占用。` };
  }
}
