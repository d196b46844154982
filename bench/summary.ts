/**
 * The `summary` case of `npm run bench`: a county's 1,000 reports in a temp folder — our .json with
 * varied bodies and figures, published .txt under other bodies' names and a few exported .docx —
 * summarised into one CSV, timed end to end (folder listing, reading, check, figures, CSV write)
 * beside the 5 s budget. A printed figure, not a test.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDocx } from '../src/export';
import { formatIndex, parseSaveFile, serializeReport } from '../src/report';
import type { Report } from '../src/report';
import { runSummary } from '../src/cli/summary-command';

const REPORTS = 1_000;
const BUDGET_S = 5;
const TXT_EVERY = 4; // one in four a published .txt
const DOCX_EVERY = 50; // one in fifty an exported .docx
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PUBLISHED_TXT = join(ROOT, '../shared/fixtures/published');
const PUBLISHED_JSON = join(ROOT, 'fixtures/published');

const names = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith(ext))
    .sort();

function load(name: string): Report {
  const parsed = parseSaveFile(readFileSync(join(PUBLISHED_JSON, name), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join(' '));
  return parsed.value;
}

/** Another township's report: its own body name and table 三/四 figures from `seed`. */
function varied(report: Report, seed: number): Report {
  const cells = { ...report.cells };
  for (const cell of formatIndex(report.format).inputs) {
    if (/^[三四]\//.test(cell.address)) {
      cells[cell.address] = String((seed * 31 + cell.address.length * 7) % 9);
    }
  }
  const body = `某县第${seed}镇人民政府`;
  const title = report.meta.title.replace(report.meta.body, body);
  return { ...report, meta: { ...report.meta, body, title }, cells };
}

async function writeCounty(dir: string): Promise<void> {
  const reports = names(PUBLISHED_JSON, '.json').map(load);
  const texts = names(PUBLISHED_TXT, '.txt').map((n) =>
    readFileSync(join(PUBLISHED_TXT, n), 'utf8'),
  );
  const bodies = reports.map((r) => r.meta.body);
  for (let n = 0; n < REPORTS; n += 1) {
    const file = join(dir, `report-${String(n).padStart(4, '0')}`);
    const base = reports[n % reports.length];
    if (!base) throw new Error('no fixtures');
    if (n % DOCX_EVERY === 0) {
      writeFileSync(`${file}.docx`, await exportDocx(varied(base, n)));
    } else if (n % TXT_EVERY === 0) {
      const text = texts[n % texts.length] ?? '';
      const renamed = bodies.reduce((t, b) => t.replaceAll(b, `某县第${n}镇人民政府`), text);
      writeFileSync(`${file}.txt`, renamed);
    } else {
      writeFileSync(`${file}.json`, serializeReport(varied(base, n)));
    }
  }
}

export async function runSummaryBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-summary-'));
  try {
    const folder = join(dir, 'county');
    mkdirSync(folder);
    await writeCounty(folder);
    let progressLines = 0;
    const io = {
      stdout: () => undefined,
      stderr: (text: string) => void (progressLines += text.startsWith('[') ? 1 : 0),
    };
    const start = performance.now();
    const code = await runSummary({ inputs: [folder], csv: join(dir, 'summary.csv') }, io);
    const seconds = (performance.now() - start) / 1000;
    const rows = readFileSync(join(dir, 'summary.csv'), 'utf8').split('\r\n').length - 2;
    console.log(
      `summary ${REPORTS} reports  ${seconds.toFixed(2)} s  (${rows} rows, exit ${code}, ${progressLines} progress lines; budget ≤ ${BUDGET_S} s)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
