/**
 * Property test of await readReport() over what every reader meets: the real published texts, their
 * transcriptions (.json), our exported .docx and .txt, Word files made elsewhere (LibreOffice's in
 * fixtures/word/, and one written by hand with a table split in two) — mutated by byte flips,
 * insertions, deletions and truncations, and for Word files also inside word/document.xml before
 * zipping — plus random bytes, wrong encodings (UTF-16LE with BOM, GBK-like double bytes),
 * truncated zips and zip-like junk. Whatever the bytes: no throw, an answer within a second, and
 * either a report that survives a save-file round trip or one Chinese sentence. A reader's own
 * exception, which await readReport() turns into `读取文件时出现意外错误`, counts as a failure here.
 *
 * Structure-aware cases too (hostile-samples.ts and generated ones): zip bombs, nesting 100,000
 * deep, floods of processing instructions, comments, elements and whitespace, endless lines — each
 * must end within a second and 256 MB. The run prints how many cases it read, the worst time and
 * the worst memory (heap and buffers grown during one read).
 *
 * Runs per property: FUZZ_RUNS (default 100 each, a few hundred reads, so `npm run unit` stays quick);
 * `npm run fuzz` sets 10,000.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx, exportTxt } from '../export';
import { parseSaveFile, serializeReport } from '../report';
import { hostileSamples } from './hostile-samples';
import { readReport } from './read-report';
import { wordBody, wordDocx } from './word-docx/test-support';

const RUNS = Number(process.env.FUZZ_RUNS ?? '') || 100;
const CALL_BUDGET_MS = 1000;
const MEMORY_BUDGET_BYTES = 256 * 1024 * 1024;
const MB = 1024 * 1024;
const UNEXPECTED = /读取文件时出现意外错误|超出了程序能处理的范围/;
const HAN = /[\u4e00-\u9fff]/;

const PUBLISHED_TXT = fileURLToPath(
  new URL('../../../shared/fixtures/published/', import.meta.url),
);
const PUBLISHED_JSON = fileURLToPath(new URL('../../fixtures/published/', import.meta.url));
const WORD_DOCX = fileURLToPath(new URL('../../fixtures/word/', import.meta.url));
const read = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(dir + name)) }));

const txts = await read(PUBLISHED_TXT, '.txt');
const jsons = await read(PUBLISHED_JSON, '.json');
const parsed = parseSaveFile(new TextDecoder().decode(jsons[0]?.bytes));
if (!parsed.ok) throw new Error(parsed.errors.join(' '));
const exported = [
  { name: 'export.docx', bytes: await exportDocx(parsed.value) },
  { name: 'export.txt', bytes: new TextEncoder().encode(exportTxt(parsed.value)) },
];
const words = [
  ...read(WORD_DOCX, '.docx'),
  {
    name: 'by-hand.docx',
    bytes: wordDocx(wordBody(parsed.value, { split: { 三: { after: 8 } }, unmerged: 'first' })),
  },
];
const docxs = [exported[0], ...words].flatMap((d) => (d ? [d.bytes] : []));
const seeds = [...txts, ...jsons, ...exported, ...words];

const stats = { cases: 0, worstMs: 0, worstMsCase: '', worstBytes: 0, worstBytesCase: '' };
const used = () => {
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.arrayBuffers;
};

/** The property itself, asserted on one input. */
async function expectSafeRead(bytes: Uint8Array, fileName?: string): Promise<void> {
  const before = used();
  const start = performance.now();
  const result = await readReport(bytes, fileName);
  const ms = performance.now() - start;
  // Heap and buffers grown by the read (garbage not yet collected included): an upper estimate.
  const grown = Math.max(0, used() - before);
  const label = `${fileName ?? '(no name)'}, ${bytes.length} bytes`;
  stats.cases += 1;
  if (ms > stats.worstMs) Object.assign(stats, { worstMs: ms, worstMsCase: label });
  if (grown > stats.worstBytes) Object.assign(stats, { worstBytes: grown, worstBytesCase: label });
  expect(ms, `readReport took ${ms.toFixed(0)} ms`).toBeLessThan(CALL_BUDGET_MS);
  expect(grown, `readReport grew memory by ${(grown / MB).toFixed(0)} MB`).toBeLessThan(
    MEMORY_BUDGET_BYTES,
  );
  if (result.ok) {
    const again = parseSaveFile(serializeReport(result.report));
    expect(again.ok ? [] : again.errors).toEqual([]);
  } else {
    expect(result.error).toMatch(HAN);
    expect(result.error).not.toMatch(UNEXPECTED);
  }
}

type Mutation =
  | { readonly op: 'flip'; readonly at: number; readonly byte: number }
  | { readonly op: 'insert'; readonly at: number; readonly bytes: Uint8Array }
  | { readonly op: 'delete'; readonly at: number; readonly length: number }
  | { readonly op: 'truncate'; readonly at: number };

const position = fc.nat({ max: 1_000_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: position, byte: fc.nat({ max: 255 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: position,
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  fc.record({
    op: fc.constant('delete' as const),
    at: position,
    length: fc.integer({ min: 1, max: 512 }),
  }),
  fc.record({ op: fc.constant('truncate' as const), at: position }),
);

/** The parts joined; set() rather than spreading, which is slow on a 200 KB document part. */
function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function mutate(source: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = source;
  for (const m of mutations) {
    const at = bytes.length === 0 ? 0 : m.at % bytes.length;
    if (m.op === 'flip') {
      bytes = bytes.slice();
      if (bytes.length > 0) bytes[at] = m.byte;
    } else if (m.op === 'insert') {
      bytes = concat(bytes.subarray(0, at), m.bytes, bytes.subarray(at));
    } else if (m.op === 'delete') {
      bytes = concat(bytes.subarray(0, at), bytes.subarray(at + m.length));
    } else {
      bytes = bytes.slice(0, at);
    }
  }
  return bytes;
}

/** UTF-16LE with a byte order mark, as Notepad's "Unicode" saves. */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
}

/**
 * A GBK-looking version of a text: ASCII kept, every other character two bytes, lead 0x81–0xFE and
 * trail 0x40–0xFE (skipping 0x7F), derived from the code point and `salt`. Node has no GBK encoder;
 * the reader must see double-byte text that is not UTF-8, which this is.
 */
function gbkLike(text: string, salt: number): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const mixed = (code * 2654435761 + salt) >>> 0;
      const trail = 0x40 + (mixed % 0xbe);
      out.push(0x81 + ((mixed >>> 8) % 0x7e), trail === 0x7f ? 0x80 : trail);
    }
  }
  return new Uint8Array(out);
}

/** Where a zip part's (compressed) data starts, from its local file header. */
function localPartData(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = new TextEncoder().encode(name);
  for (let at = 0; at + 30 < zip.length; at += 1) {
    if (view.getUint32(at, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const partName = zip.subarray(at + 30, at + 30 + nameLength);
    if (partName.length === wanted.length && partName.every((b, i) => b === wanted[i])) {
      return at + 30 + nameLength + extraLength;
    }
  }
  throw new Error(`no part ${name}`);
}

const seed = fc.constantFrom(...seeds);
const fileName = fc.option(
  fc.constantFrom('report.txt', 'report.json', 'report.docx', '报告.txt', ''),
  {
    nil: undefined,
  },
);
const options = { numRuns: RUNS, endOnFailure: true };
// The harness's own allowance, not the budget (that is per read, above): building and reading a
// .docx mutated before zipping takes 40 ms a run on two busy shared cores.
const timeout = 30_000 + RUNS * 100;

describe('readReport under fuzzing', async () => {
  // The first reads compile the readers; a loaded machine can take the budget for that alone.
  beforeAll(() => expectSafeRead(seeds[0]?.bytes ?? new Uint8Array()));

  afterAll(() => {
    // eslint-disable-next-line no-console -- the fuzz run reports its figures
    console.log(
      `fuzz: ${stats.cases} cases; worst time ${stats.worstMs.toFixed(0)} ms (${stats.worstMsCase}); ` +
        `worst memory ${(stats.worstBytes / MB).toFixed(1)} MB (${stats.worstBytesCase}); ` +
        `budgets ${CALL_BUDGET_MS} ms and ${MEMORY_BUDGET_BYTES / MB} MB`,
    );
  });

  it('reads every seed unmutated', async () => {
    for (const { name, bytes } of seeds) {
      const result = await readReport(bytes, name);
      expect(result.ok, name).toBe(true);
      await expectSafeRead(bytes, name);
    }
  });

  // Found by this test: a flipped byte inside word/document.xml's deflate data made fflate throw
  // (`invalid distance`) out of the .docx reader, which now says the body is damaged.
  it('says a .docx whose body cannot be inflated is damaged', async () => {
    const docx = exported[0]?.bytes ?? new Uint8Array();
    const found = mutate(docx, [{ op: 'flip', at: 635928, byte: 142 }]);
    await expectSafeRead(found, undefined);
    const body = localPartData(docx, 'word/document.xml');
    const reservedBlock = docx.slice();
    reservedBlock[body] = 0xff; // BFINAL=1, BTYPE=11: a reserved deflate block type
    await expectSafeRead(reservedBlock, 'report.docx');
    const result = await readReport(reservedBlock, 'report.docx');
    expect(result.ok ? '' : result.error).toContain('Word 文档已损坏');
  });

  // Found by this test: a 12 MB line of UTF-8 broken inside a character after its first 64 KB was
  // decoded whole as GBK to sniff it, and again (UTF-8, then GBK) to word the message: 2.2 s.
  it('refuses a long UTF-8 line broken mid-character within the budget', { timeout }, async () => {
    const sample = hostileSamples().find((s) => s.name === 'long-line.txt');
    const broken = mutate(sample?.bytes ?? new Uint8Array(), [
      { op: 'flip', at: 5_000_001, byte: 0x0a },
    ]);
    await expectSafeRead(broken, 'long-line.txt');
    const result = await readReport(broken, 'long-line.txt');
    expect(result.ok ? '' : result.error).toContain('文件内容不是能识别的报告格式');
  });

  it('never throws on mutated real reports', { timeout }, async () => {
    await fc.assert(
      fc.asyncProperty(
        seed,
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        fileName,
        async (s, ms, name) => {
          await expectSafeRead(mutate(s.bytes, ms), name);
        },
      ),
      options,
    );
  });

  // The .docx reader inflates and parses the most, so its own share of mutations.
  it('never throws on a mutated exported .docx', { timeout }, async () => {
    const docx = exported[0]?.bytes ?? new Uint8Array();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (ms) => {
        await expectSafeRead(mutate(docx, ms), 'report.docx');
      }),
      options,
    );
  });

  it('never throws on a mutated Word file made elsewhere', { timeout }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...words),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (word, ms) => {
          await expectSafeRead(mutate(word.bytes, ms), word.name);
        },
      ),
      options,
    );
  });

  // Byte mutations mostly break the deflate data; these reach the XML, table and prose reading.
  it(
    'never throws on a Word file whose document.xml is mutated before zipping',
    { timeout },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...words),
          fc.array(mutation, { minLength: 1, maxLength: 6 }),
          async (word, ms) => {
            const parts = unzipSync(word.bytes);
            const body = parts['word/document.xml'] ?? new Uint8Array();
            // Stored, not deflated: compressing 200 KB per run would dominate `npm run fuzz`.
            const zipped = zipSync(
              { ...parts, 'word/document.xml': mutate(body, ms) },
              { level: 0 },
            );
            await expectSafeRead(zipped, word.name);
          },
        ),
        options,
      );
    },
  );

  it('never throws on a truncated .docx of either kind', { timeout }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...docxs), fc.nat(), async (docx, at) => {
        await expectSafeRead(docx.subarray(0, at % (docx.length + 1)), 'report.docx');
      }),
      options,
    );
  });

  it('never throws on random bytes', { timeout }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fileName, async (bytes, name) => {
        await expectSafeRead(bytes, name);
      }),
      options,
    );
  });

  it('never throws on wrong encodings of the published texts', { timeout }, async () => {
    const texts = [...txts, exported[1]].map((t) => new TextDecoder().decode(t?.bytes));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...texts),
        fc.boolean(),
        fc.nat(),
        fc.array(mutation, { maxLength: 3 }),
        async (text, asUtf16, salt, ms) => {
          const bytes = asUtf16 ? utf16le(text) : gbkLike(text, salt);
          await expectSafeRead(mutate(bytes, ms), 'report.txt');
        },
      ),
      options,
    );
  });

  it('never throws on random double-byte (GBK-like) sequences', { timeout }, async () => {
    const pair = fc.tuple(
      fc.integer({ min: 0x81, max: 0xfe }),
      fc.integer({ min: 0x40, max: 0xfe }),
    );
    const piece = fc.oneof(pair, fc.constantFrom([0x0a], [0x09], [0x30], [0x31, 0x32], [0x20]));
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 2000 }), async (pieces) => {
        await expectSafeRead(new Uint8Array(pieces.flat()), 'report.txt');
      }),
      options,
    );
  });

  it('never throws on zip-like prefixes with junk', { timeout }, async () => {
    const docx = exported[0]?.bytes ?? new Uint8Array();
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.nat({ max: docx.length }),
        fc.nat({ max: docx.length }),
        async (junk, from, to) => {
          const tail = docx.subarray(Math.min(from, to), Math.max(from, to));
          await expectSafeRead(
            new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...junk, ...tail]),
            'report.docx',
          );
        },
      ),
      options,
    );
  });

  it('reads every hostile sample within the budgets', { timeout }, async () => {
    for (const sample of hostileSamples()) await expectSafeRead(sample.bytes, sample.name);
  });

  it('survives mutated hostile samples', { timeout }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...hostileSamples()),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (sample, ms) => {
          await expectSafeRead(mutate(sample.bytes, ms), sample.name);
        },
      ),
      { ...options, numRuns: Math.max(20, Math.round(RUNS / 10)) },
    );
  });

  // Generated structure: what the XML reader, the table walk and the text reader each meet at its
  // worst — nesting of any depth and wrapper, floods of markup, runs of space, endless lines.
  const wrapper = fc.constantFrom(
    'w:sdt',
    'w:sdtContent',
    'w:tbl',
    'w:tr',
    'w:tc',
    'w:p',
    'w:r',
    'x',
  );
  const flood = fc.constantFrom(
    '<?',
    '<!--',
    '<![CDATA[',
    '<w:p a="',
    '&#',
    '<',
    '</w:p>',
    '<w:p/>',
  );
  const space = fc.constantFrom(' ', '\t', '\u3000', '\u200b', '\n', '\r\n');
  const docxOf = (xml: string) =>
    zipSync({ 'word/document.xml': new TextEncoder().encode(xml) }, { level: 1 });

  it('never stalls on generated nesting, floods and long runs', { timeout }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.tuple(wrapper, fc.integer({ min: 1, max: 200_000 })).map(([name, depth]) => ({
            name: 'nested.docx',
            bytes: docxOf(`<w:document><w:body>${`<${name}>`.repeat(depth)}一、总体情况`),
          })),
          fc.tuple(flood, fc.integer({ min: 1, max: 100_000 })).map(([piece, count]) => ({
            name: 'flood.docx',
            bytes: docxOf(`<w:document><w:body><w:p><w:r><w:t>${piece.repeat(count)}`),
          })),
          fc.tuple(space, fc.integer({ min: 1, max: 100_000 })).map(([piece, count]) => ({
            name: 'spaces.txt',
            bytes: new TextEncoder().encode(
              `一、总体情况\n${piece.repeat(count)}x${piece}\n二、主动公开政府信息情况`,
            ),
          })),
          fc
            .tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 200_000 }))
            .map(([piece, count]) => ({
              name: 'long-line.txt',
              bytes: new TextEncoder().encode(`一、总体情况\n${piece.repeat(count)}`),
            })),
        ),
        async ({ name, bytes }) => {
          await expectSafeRead(bytes, name);
        },
      ),
      { ...options, numRuns: Math.max(20, Math.round(RUNS / 10)) },
    );
  });
});
