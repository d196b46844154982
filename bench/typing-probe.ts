/**
 * Page-side halves of the typing bench. Each function is serialised into the page by Playwright, so
 * it may use nothing from this module's scope: only its own body and the page's globals.
 *
 * Per digit typed the probe records, from the keydown event's timestamp:
 * - `totals`: until the edited row's 总计 cell shows its new figure and the next frame has been
 *   painted (a requestAnimationFrame callback, then a message task, which runs once that frame's
 *   paint is done);
 * - `messages`: until the last change to the issue messages (the summary, the marks and
 *   descriptions at cells) that the digit caused has been painted the same way; waited for until
 *   the page is idle, so messages rendered after the totals (a transition) are counted in full.
 *   Null when the digit changed no message;
 * - the DOM mutations, by where they happened, and how many React components rendered.
 * Event Timing entries ('event', the measure INP uses: the event's timestamp to the next frame
 * presented after its handlers) are collected beside them and matched to the digits in Node.
 */

export interface Sample {
  /** The keydown's timestamp (performance.now() clock), to match Event Timing entries. */
  readonly start: number;
  readonly totals: number;
  readonly messages: number | null;
  /** React components rendered (DevTools' count: mounted, or performed work) for this digit. */
  readonly renders: number;
  /** Of those, the ones rendered by the time its total changed (in the key's own work). */
  readonly rendersWithTotals: number;
  /** DOM mutation records for this digit, by where they happened. */
  readonly inLine: number;
  readonly summary: number;
  readonly status: number;
  readonly elsewhere: number;
}

export interface EventEntry {
  readonly name: string;
  readonly startTime: number;
  readonly duration: number;
  readonly interactionId: number;
}

declare global {
  interface Window {
    __typingBench: {
      /** Arms the probe for the next digit typed into `row`; `total` names the row's 总计 cell. */
      arm: (total: string) => void;
      samples: Sample[];
      events: EventEntry[];
    };
    __reactRenders?: () => number;
  }
}

/**
 * An init script: a minimal React DevTools hook that counts the components each commit rendered,
 * walking the committed tree the way DevTools does (a subtree whose child list is the previous
 * one's was bailed out as a whole and rendered nothing).
 */
export function installRenderCounter(): void {
  // Fiber tags of components: function, class, forwardRef, simple memo (memo's inner is a child).
  const COMPONENT_TAGS = new Set([0, 1, 11, 15]);
  const PERFORMED_WORK = 1;
  interface Fiber {
    tag: number;
    flags: number;
    alternate: Fiber | null;
    child: Fiber | null;
    sibling: Fiber | null;
  }
  let renders = 0;
  const walk = (fiber: Fiber) => {
    const previous = fiber.alternate;
    if (COMPONENT_TAGS.has(fiber.tag) && (!previous || fiber.flags & PERFORMED_WORK)) renders += 1;
    if (previous && previous.child === fiber.child) return;
    for (let child = fiber.child; child; child = child.sibling) walk(child);
  };
  Object.assign(window, {
    __REACT_DEVTOOLS_GLOBAL_HOOK__: {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject: () => 1,
      onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
        for (let child = root.current.child; child; child = child.sibling) walk(child);
      },
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
      onScheduleFiberRoot: () => undefined,
      checkDCE: () => undefined,
    },
    __reactRenders: () => renders,
  });
}

export function installProbe(): void {
  const samples: Sample[] = [];
  const events: EventEntry[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[]) {
      const { name, startTime, duration, interactionId } = e;
      events.push({ name, startTime, duration, interactionId });
    }
    // 16 ms is the smallest threshold the API allows: shorter events are not reported at all.
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);

  let armedTotal: Element | null = null;
  interface Digit {
    start: number;
    input: HTMLElement;
    renders: number;
    rendersWithTotals: number | null;
    totals: number | null;
    messages: number | null;
    /** Paints requested after message mutations and not yet seen. */
    waiting: number;
    counts: { inLine: number; summary: number; status: number; elsewhere: number };
  }
  let digit: Digit | null = null;

  /** Runs `then` with the time the frame after this moment was painted. */
  const afterPaint = (then: (at: number) => void) => {
    const painted = new MessageChannel();
    painted.port1.onmessage = () => then(performance.now());
    requestAnimationFrame(() => painted.port2.postMessage(null));
  };

  const where = (node: Node) => {
    const element = node instanceof Element ? node : node.parentElement;
    if (!element || !digit) return 'elsewhere' as const;
    if (element.closest('.issue-summary')) return 'summary' as const;
    if (element.closest('[role="status"]:not(output), .editor-header')) return 'status' as const;
    const cell = digit.input.closest('td');
    const td = element.closest('td');
    const sameRow = cell && element.closest('tr') === cell.closest('tr');
    const sameColumn = cell && td && td.cellIndex === cell.cellIndex && td.closest('tbody');
    return sameRow || sameColumn ? ('inLine' as const) : ('elsewhere' as const);
  };
  /** Attributes that are not messages: a cell's blank look and the selection. */
  const NOT_MESSAGES = new Set(['data-blank', 'data-selected', 'aria-selected']);
  /** Issue messages: anything but a figure (typed or computed), the status lines and the typed text. */
  const isMessage = (record: MutationRecord) => {
    const node = record.target;
    const element = node instanceof Element ? node : node.parentElement;
    return Boolean(
      element &&
      !NOT_MESSAGES.has(record.attributeName ?? '') &&
      !element.closest('output, .cell-value') &&
      !element.closest('[role="status"], .editor-header, .form-toolbar'),
    );
  };

  const settle = (current: Digit) => {
    requestIdleCallback(() => {
      if (digit !== current) return;
      if (current.totals === null || current.waiting > 0) {
        settle(current);
        return;
      }
      const renders = (window.__reactRenders?.() ?? 0) - current.renders;
      samples.push({
        start: current.start,
        totals: current.totals,
        messages: current.messages,
        renders,
        rendersWithTotals: current.rendersWithTotals ?? renders,
        ...current.counts,
      });
      performance.mark('typing:settled');
      digit = null;
    });
  };

  new MutationObserver((records) => {
    const current = digit;
    if (!current) return;
    let messages = false;
    for (const record of records) {
      current.counts[where(record.target)] += 1;
      messages ||= isMessage(record);
    }
    if (!messages) return;
    current.waiting += 1;
    afterPaint((at) => {
      current.messages = at - current.start;
      current.waiting -= 1;
    });
  }).observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });

  document.addEventListener(
    'keydown',
    (event) => {
      const total = armedTotal;
      if (!total || !/^[0-9]$/.test(event.key)) return;
      armedTotal = null;
      performance.mark('typing:keydown');
      const current: Digit = {
        start: event.timeStamp,
        input: event.target as HTMLElement,
        renders: window.__reactRenders?.() ?? 0,
        rendersWithTotals: null,
        totals: null,
        messages: null,
        waiting: 0,
        counts: { inLine: 0, summary: 0, status: 0, elsewhere: 0 },
      };
      digit = current;
      const before = total.textContent;
      const watch = new MutationObserver(() => {
        if (total.textContent === before) return;
        watch.disconnect();
        current.rendersWithTotals = (window.__reactRenders?.() ?? 0) - current.renders;
        afterPaint((at) => {
          current.totals = at - current.start;
          settle(current);
        });
      });
      watch.observe(total, { subtree: true, childList: true, characterData: true });
    },
    { capture: true },
  );

  window.__typingBench = {
    arm: (label) => {
      // The figure of the total named `label` (the app's cell holds marks beside its figure).
      const named = [...document.querySelectorAll('[aria-label], [data-name]')].find(
        (o) => (o.getAttribute('data-name') ?? o.getAttribute('aria-label')) === label,
      );
      armedTotal = named?.querySelector('.cell-value') ?? named ?? null;
      if (!armedTotal) throw new Error(`no total ${label}`);
    },
    samples,
    events,
  };
}

/**
 * The trivial page the same probe measures, for the floor this browser sets: one input and one
 * output updated on input, nothing else. Row `行`, column `列`, as the grid names its cells.
 */
export const TRIVIAL_PAGE = `<!doctype html><meta charset="utf-8"><title>baseline</title>
<input aria-label="行 — 列"><output aria-label="行 — 总计（自动合计）"></output>
<script>
  const input = document.querySelector('input');
  const output = document.querySelector('output');
  input.addEventListener('focus', () => input.select());
  input.addEventListener('input', () => { output.textContent = String(Number(input.value) * 2); });
</script>`;

/** Rows and columns of the plain form page: 25 × 7 = 175 inputs, about the app's typed cells. */
const PLAIN_ROWS = 25;
const PLAIN_COLUMNS = 7;

/**
 * The plain-form page (issue #12): 175 live inputs, each in a form of its own as the app's cells
 * are, and a vanilla sum per row into an output — what typing into many live inputs costs without
 * any framework. Row `行<n>`, column `列<n>`, as the grid names its cells.
 */
export const PLAIN_FORM_PAGE = `<!doctype html><meta charset="utf-8"><title>plain form</title>
<table><tbody></tbody></table>
<script>
  const body = document.querySelector('tbody');
  for (let r = 0; r < ${PLAIN_ROWS}; r += 1) {
    const tr = body.insertRow();
    const inputs = [];
    for (let c = 0; c < ${PLAIN_COLUMNS}; c += 1) {
      const form = document.createElement('form');
      const input = document.createElement('input');
      input.setAttribute('aria-label', '行' + r + ' — 列' + c);
      input.value = '0';
      input.addEventListener('focus', () => input.select());
      form.append(input);
      tr.insertCell().append(form);
      inputs.push(input);
    }
    const output = document.createElement('output');
    output.setAttribute('aria-label', '行' + r + ' — 总计（自动合计）');
    output.textContent = '0';
    tr.insertCell().append(output);
    tr.addEventListener('input', () => {
      output.textContent = String(inputs.reduce((sum, i) => sum + (Number(i.value) || 0), 0));
    });
  }
</script>`;

/**
 * The floor for the app's own page: its DOM as React left it (a deep copy, with no React behind it)
 * and a vanilla editor moved between cells the way the app's one editor moves, writing the typed
 * figure and the row's 总计 — what typing on this page costs the browser with no framework at all.
 * Run in the app's page once the report is open.
 */
export function freezeAppPage(): void {
  const copy = document.body.cloneNode(true) as HTMLElement;
  document.body.replaceWith(copy);
  const host = copy.querySelector<HTMLElement>('[data-grid="三"] .cell-editor');
  const input = host?.querySelector('input');
  if (!host || !input) throw new Error('no editor in table 三');
  input.disabled = false;
  let cell: HTMLElement | null = null;
  const figure = (td: Element) => td.querySelector('.cell-value');
  copy.addEventListener('focusin', (event) => {
    const td = event.target instanceof HTMLElement ? event.target : null;
    if (!td?.matches('td[data-name]:not([data-computed])')) return;
    cell = td;
    td.prepend(host);
    input.value = figure(td)?.textContent ?? '';
    input.setAttribute('aria-label', td.dataset.name ?? '');
    input.focus();
    input.select();
  });
  input.addEventListener('input', () => {
    const row = cell?.closest('tr');
    if (!cell || !row) return;
    const own = figure(cell);
    if (own) own.textContent = input.value;
    const typed = [...row.querySelectorAll('td[data-name]:not([data-computed]) .cell-value')];
    const sum = typed.reduce((total, v) => total + (Number(v.textContent) || 0), 0);
    const total = row.querySelector('td[data-computed] .cell-value');
    if (total) total.textContent = String(sum);
  });
}
