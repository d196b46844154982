/**
 * Where a keystroke's time goes, from a Chrome trace of the typing bench (`npm run bench:typing --
 * --trace <file>`): the renderer main thread's time from the task that dispatched the keydown to
 * the probe's `typing:settled` mark, split by phase. Each phase counts its events' own time (time
 * spent in a nested event of another phase, such as a layout forced by script, goes to that phase).
 */

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { name?: string; data?: { type?: string } };
}

const PHASES: Readonly<Record<string, string>> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'V8.GC_SCAVENGER': 'script',
  RunMicrotasks: 'script',
  'Editor::HandleKeyboardEvent': 'text editing',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  HitTest: 'hit test',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  Commit: 'commit',
};

export interface KeyPhases {
  /** Wall time from the keydown task to the settled mark, ms. */
  readonly wall: number;
  /** Main-thread busy time in that span, ms. */
  readonly busy: number;
  /** Frames (BeginMainFrame) in that span. */
  readonly frames: number;
  readonly phases: Readonly<Record<string, number>>;
}

export function phasesPerKey(trace: { traceEvents: TraceEvent[] }): KeyPhases[] {
  const events = trace.traceEvents;
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  }
  const marks = events.filter((e) => e.name === 'typing:keydown' || e.name === 'typing:settled');
  const mark = marks[0];
  if (!mark) return [];
  const thread = `${mark.pid}:${mark.tid}`;
  if (names.get(thread) !== 'CrRendererMain') return [];
  const main = events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = main.filter((e) => e.name === 'RunTask');

  const keys: KeyPhases[] = [];
  for (let i = 0; i < marks.length - 1; i += 1) {
    const down = marks[i];
    const settled = marks[i + 1];
    if (down?.name !== 'typing:keydown' || settled?.name !== 'typing:settled') continue;
    const task = tasks.findLast((t) => t.ts <= down.ts);
    const from = task?.ts ?? down.ts;
    const inside = main.filter((e) => e.ts >= from && e.ts <= settled.ts);
    const phases: Record<string, number> = {};
    // Own time per phase: an event's duration less its nearest descendants that have a phase.
    const stack: { end: number; phase: string | undefined }[] = [];
    const close = (until: number) => {
      while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= until) stack.pop();
    };
    for (const e of inside) {
      close(e.ts);
      const phase = PHASES[e.name];
      const dur = e.dur ?? 0;
      if (phase) {
        const parent = stack.findLast((s) => s.phase);
        if (parent) phases[parent.phase ?? ''] = (phases[parent.phase ?? ''] ?? 0) - dur / 1000;
        phases[phase] = (phases[phase] ?? 0) + dur / 1000;
      }
      stack.push({ end: e.ts + dur, phase });
    }
    keys.push({
      wall: (settled.ts - from) / 1000,
      busy: inside.filter((e) => e.name === 'RunTask').reduce((s, e) => s + (e.dur ?? 0), 0) / 1000,
      frames: inside.filter((e) => e.name === 'ProxyMain::BeginMainFrame').length,
      phases,
    });
  }
  return keys;
}

/** Mean per key, one line per phase, largest first. */
export function formatPhases(keys: readonly KeyPhases[]): string[] {
  if (keys.length === 0) return ['trace: no keystrokes found'];
  const mean = (f: (k: KeyPhases) => number) => keys.reduce((s, k) => s + f(k), 0) / keys.length;
  const phases = [...new Set(keys.flatMap((k) => Object.keys(k.phases)))]
    .map((p) => [p, mean((k) => k.phases[p] ?? 0)] as const)
    .sort((a, b) => b[1] - a[1]);
  const busy = mean((k) => k.busy);
  return [
    `trace over ${keys.length} keys (mean per key): keydown task → settled ${mean((k) => k.wall).toFixed(1)} ms, ` +
      `main thread busy ${busy.toFixed(1)} ms, ${mean((k) => k.frames).toFixed(1)} frames`,
    ...phases.map(([p, ms]) => `  ${p.padEnd(13)} ${ms.toFixed(2)} ms`),
    `  ${'other'.padEnd(13)} ${(busy - phases.reduce((s, [, ms]) => s + ms, 0)).toFixed(2)} ms`,
  ];
}
