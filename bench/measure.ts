/** Times one call many times after a warm-up, so the JIT has settled before anything is counted. */
export interface Timing {
  readonly medianUs: number;
  readonly p95Us: number;
}

export interface MeasureOptions {
  readonly warmup: number;
  readonly samples: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;

export function measure(run: () => unknown, { warmup, samples }: MeasureOptions): Timing {
  // Results are kept in a sink so the engine cannot drop a call whose value is unused.
  const sink: unknown[] = [];
  for (let i = 0; i < warmup; i += 1) sink[i % 16] = run();
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const start = process.hrtime.bigint();
    sink[i % 16] = run();
    times.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  if (sink.length === 0) throw new Error('nothing was measured');
  times.sort((a, b) => a - b);
  return { medianUs: percentile(times, 0.5), p95Us: percentile(times, 0.95) };
}
