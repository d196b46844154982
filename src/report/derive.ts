/**
 * derive(report): every computed cell from the declaration's formulas — 三's 总计 column and
 * （七）总计 row, 四's three 总计 — in one pass in dependency order. A computed cell is blank (null)
 * while any cell it sums is blank or invalid: a blank is not a zero, so no total is guessed.
 *
 * evaluate() is the shared reading of a report that check(), the figures and the exporters use:
 * each input parsed once, each computed cell derived, and the "effective" figure of each cell —
 * the published figure where a published report stated one, else the derived one.
 */
import { parseCell } from './cell-value';
import type { ParsedCell } from './cell-value';
import type { Report } from './report';
import { formatIndex } from './spec';
import type { FormatIndex } from './spec';

export type Derived = ReadonlyMap<string, number | null>;

export interface Evaluation {
  readonly index: FormatIndex;
  /** Every input cell, parsed. */
  readonly inputs: ReadonlyMap<string, ParsedCell>;
  /** Every computed cell's derived value (null while incomplete). */
  readonly derived: Derived;
  /** Published figures of computed cells, parsed (imports only). */
  readonly stated: ReadonlyMap<string, ParsedCell>;
  /** The figure the report shows at an address: typed, published or derived; null if none. */
  readonly value: (address: string) => number | null;
}

const numberOf = (cell: ParsedCell | undefined): number | null =>
  cell?.state === 'ok' ? cell.value : null;

/** Cell positions for array reads: evaluate() runs on every keystroke, so it avoids string maps. */
interface Plan {
  readonly position: ReadonlyMap<string, number>;
  /** For each computed cell in dependency order: its position and its addends' positions. */
  readonly sums: readonly { readonly at: number; readonly addends: readonly number[] }[];
}

const plans = new WeakMap<FormatIndex, Plan>();

function planOf(index: FormatIndex): Plan {
  const known = plans.get(index);
  if (known) return known;
  const position = new Map(index.cells.map((c, i) => [c.address, i]));
  const at = (address: string) => position.get(address) ?? -1;
  const plan = {
    position,
    sums: index.computed.map((c) => ({ at: at(c.address), addends: (c.sumOf ?? []).map(at) })),
  };
  plans.set(index, plan);
  return plan;
}

/** Reports are immutable values: derive() and check() on the same report share one reading. */
const readings = new WeakMap<Report, Evaluation>();

/**
 * Reads a report against its format's compiled facts. `index` is only passed by tests that compile
 * a variant declaration (to show that a declared row flows through every computation).
 */
export function evaluate(
  report: Report,
  index: FormatIndex = formatIndex(report.format),
): Evaluation {
  const cached = readings.get(report);
  if (cached?.index === index) return cached;
  const evaluation = read(report, index);
  readings.set(report, evaluation);
  return evaluation;
}

function read(report: Report, index: FormatIndex): Evaluation {
  const { position, sums } = planOf(index);
  const values: (number | null)[] = new Array<number | null>(index.cells.length).fill(null);
  const inputs = new Map<string, ParsedCell>();
  for (const cell of index.inputs) {
    const parsed = parseCell(cell.kind, report.cells[cell.address] ?? '');
    inputs.set(cell.address, parsed);
    values[position.get(cell.address) ?? -1] = numberOf(parsed);
  }
  const derived = new Map<string, number | null>();
  for (const { at, addends } of sums) {
    let sum: number | null = 0;
    for (const addend of addends) {
      const v = values[addend];
      if (v === null || v === undefined) {
        sum = null;
        break;
      }
      sum += v;
    }
    values[at] = sum;
  }
  index.computed.forEach((cell, i) => derived.set(cell.address, values[sums[i]?.at ?? -1] ?? null));
  const stated = new Map<string, ParsedCell>();
  for (const address in report.stated) {
    const cell = index.byAddress.get(address);
    if (cell?.sumOf) stated.set(address, parseCell(cell.kind, report.stated[address] ?? ''));
  }
  const value = (address: string): number | null =>
    stated.has(address)
      ? numberOf(stated.get(address))
      : (values[position.get(address) ?? -1] ?? null);
  return { index, inputs, derived, stated, value };
}

export function derive(report: Report, index?: FormatIndex): Derived {
  return evaluate(report, index).derived;
}
