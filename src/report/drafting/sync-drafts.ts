/**
 * Keeping drafted text true to the figures (issue #13). A drafted sentence is a paragraph of its
 * section (or the whole 前言) whose text is recorded in `report.drafted`; while the paragraph is
 * still exactly that text, it follows the figures. Once the user rewrites it, it is theirs
 * (`edited`): it no longer changes, the text-vs-table rules check it, and 按表格重新生成 restores
 * it. Nothing appears in the report unless the user asked for the sentence (new reports ask for
 * all of them, visibly); while its figures are blank a sentence waits outside the text.
 *
 * Every function is pure and returns the same report object when nothing changes, so derive()'s
 * and check()'s per-report caches stay warm.
 */
import type { Report } from '../report';
import type { TextSectionId } from '../spec';
import { contactsFromPreface } from './compose-preface';
import { draftIds } from './draft-state';
import type { DraftId, DraftState } from './draft-state';
import { draftSpec, drafts } from './drafts';
import type { DraftPlace, DraftSpec } from './drafts';

type Entries = Partial<Record<DraftId, DraftState>>;

/**
 * The text's lines as stored, blank ones kept (unlike document-text's paragraphsOf): a drafted
 * sentence is found, replaced and moved by its line, so every other line stays where it was.
 */
const storedLines = (text: string): string[] => (text === '' ? [] : text.split('\n'));

function textAt(report: Report, place: DraftPlace): string {
  return place.kind === 'preface' ? report.meta.preface : report.texts[place.section];
}

function withText(report: Report, place: DraftPlace, text: string): Report {
  if (textAt(report, place) === text) return report;
  return place.kind === 'preface'
    ? { ...report, meta: { ...report.meta, preface: text } }
    : { ...report, texts: { ...report.texts, [place.section]: text } };
}

function withEntries(report: Report, entries: Entries): Report {
  if (Object.keys(entries).length > 0) return { ...report, drafted: entries };
  // A report with nothing drafted has no `drafted` key at all, as one read from a file without it.
  const next: { -readonly [K in keyof Report]: Report[K] } = { ...report };
  delete next.drafted;
  return next;
}

/** Paragraphs of other drafted sentences in the same section (they stay together). */
function draftedParagraphs(report: Report, section: TextSectionId, except: DraftId): Set<string> {
  const found = new Set<string>();
  for (const spec of drafts) {
    const entry = report.drafted?.[spec.id];
    if (spec.id === except || !entry?.text) continue;
    if (spec.place.kind === 'section' && spec.place.section === section) found.add(entry.text);
  }
  return found;
}

/**
 * Puts `text` where its sentence belongs: after its part's heading (and after the drafted
 * sentences already there), writing the heading first when the section lacks the part; 六's
 * statement opens the section.
 */
function insertAt(report: Report, spec: DraftSpec, text: string): Report {
  const { place } = spec;
  if (place.kind === 'preface') return withText(report, place, text);
  const paragraphs = storedLines(report.texts[place.section]);
  if (!place.part) return withText(report, place, [text, ...paragraphs].join('\n'));
  const others = draftedParagraphs(report, place.section, spec.id);
  const heading = paragraphs.findIndex((p) => place.part?.heading.test(p));
  if (heading < 0) {
    return withText(report, place, [...paragraphs, place.part.scaffold, text].join('\n'));
  }
  let at = heading + 1;
  while (at < paragraphs.length && others.has(paragraphs[at] ?? '')) at += 1;
  paragraphs.splice(at, 0, text);
  return withText(report, place, paragraphs.join('\n'));
}

/** Replaces the paragraph `from` (the whole 前言) with `to`; '' removes it. */
function replaceParagraph(report: Report, place: DraftPlace, from: string, to: string): Report {
  if (place.kind === 'preface') return withText(report, place, to);
  const paragraphs = storedLines(textAt(report, place));
  const at = paragraphs.indexOf(from);
  if (at < 0) return report;
  if (to === '') paragraphs.splice(at, 1);
  else paragraphs[at] = to;
  return withText(report, place, paragraphs.join('\n'));
}

const holds = (report: Report, place: DraftPlace, text: string): boolean =>
  place.kind === 'preface'
    ? textAt(report, place) === text
    : storedLines(textAt(report, place)).includes(text);

/**
 * The paragraph the user made of a drafted one by typing over it, found by comparing with the
 * report before the change: the same position, when the paragraph count did not change. '' when
 * the paragraph was deleted or cannot be told (the text was replaced wholesale).
 */
function rewrittenAs(report: Report, previous: Report | undefined, spec: DraftSpec, was: string) {
  const { place } = spec;
  if (place.kind === 'preface') return textAt(report, place);
  if (!previous) return '';
  const before = storedLines(textAt(previous, place));
  const after = storedLines(textAt(report, place));
  const at = before.indexOf(was);
  return at >= 0 && before.length === after.length ? (after[at] ?? '') : '';
}

/**
 * Brings every drafted sentence up to date with the figures and fields, and notices sentences the
 * user rewrote (by typing into the text) so they stop following. `previous` is the report before
 * this change, when known, to find a rewritten paragraph.
 */
export function syncDrafts(report: Report, previous?: Report): Report {
  const entries = report.drafted;
  if (!entries) return report;
  let next = report;
  const updated: Entries = { ...entries };
  let changed = false;
  for (const id of draftIds) {
    const entry = entries[id];
    if (!entry) continue;
    const spec = draftSpec(id);
    const present = entry.text !== '' && holds(next, spec.place, entry.text);
    if (entry.text !== '' && !present) {
      // The user typed over it: from now on it is theirs. Deleted (or replaced wholesale): gone.
      const rewritten = rewrittenAs(next, previous, spec, entry.text);
      if (rewritten) updated[id] = { state: 'edited', text: rewritten };
      else delete updated[id];
      changed = true;
      continue;
    }
    if (entry.state === 'edited') continue;
    const composed = spec.compose(next) ?? '';
    if (composed === entry.text) continue;
    next =
      entry.text === ''
        ? insertAt(next, spec, composed)
        : replaceParagraph(next, spec.place, entry.text, composed);
    updated[id] = { state: 'drafted', text: composed };
    changed = true;
  }
  return changed ? withEntries(next, updated) : report;
}

/** Asks for a sentence: it is drafted now, or as soon as its figures are filled. */
export function insertDraft(report: Report, id: DraftId): Report {
  if (report.drafted?.[id]) return report;
  return syncDrafts(
    withEntries(report, { ...report.drafted, [id]: { state: 'drafted', text: '' } }),
  );
}

/** The user rewrites a drafted sentence (through the form's own editor for it). */
export function editDraft(report: Report, id: DraftId, text: string): Report {
  const entry = report.drafted?.[id];
  if (!entry) return report;
  const { place } = draftSpec(id);
  const next = entry.text ? replaceParagraph(report, place, entry.text, text) : report;
  return withEntries(next, { ...report.drafted, [id]: { state: 'edited', text } });
}

/** 按表格重新生成: the sentence follows the figures again, in place of the user's version. */
export function regenerateDraft(report: Report, id: DraftId): Report {
  const entry = report.drafted?.[id];
  const spec = draftSpec(id);
  const composed = spec.compose(report) ?? '';
  let next = report;
  if (entry?.text && holds(report, spec.place, entry.text)) {
    next = replaceParagraph(report, spec.place, entry.text, composed);
  } else if (composed) next = insertAt(report, spec, composed);
  return withEntries(next, { ...report.drafted, [id]: { state: 'drafted', text: composed } });
}

/** Deletes the sentence from the text and stops drafting it. */
export function removeDraft(report: Report, id: DraftId): Report {
  const entry = report.drafted?.[id];
  if (!entry) return report;
  const { place } = draftSpec(id);
  const next = entry.text ? replaceParagraph(report, place, entry.text, '') : report;
  const rest = { ...report.drafted };
  delete rest[id];
  return withEntries(next, rest);
}

/** Moves the sentence one paragraph up (-1) or down (+1) within its section. */
export function moveDraft(report: Report, id: DraftId, by: -1 | 1): Report {
  const entry = report.drafted?.[id];
  const { place } = draftSpec(id);
  if (!entry?.text || place.kind === 'preface') return report;
  const paragraphs = storedLines(report.texts[place.section]);
  const at = paragraphs.indexOf(entry.text);
  const to = at + by;
  if (at < 0 || to < 0 || to >= paragraphs.length) return report;
  [paragraphs[at], paragraphs[to]] = [paragraphs[to] ?? '', paragraphs[at] ?? ''];
  return withText(report, place, paragraphs.join('\n'));
}

/**
 * A new report asks for every sentence: the 前言 from its fields (unless it has one already) and
 * the figure sentences, which appear as the tables are filled.
 */
export function draftNewReport(report: Report): Report {
  let next = report;
  for (const spec of drafts) {
    if (spec.place.kind === 'preface' && report.meta.preface.trim() !== '') continue;
    next = insertDraft(next, spec.id);
  }
  return next;
}

/**
 * Recognises drafted sentences in a report read from print (our .txt, a Word file): a paragraph
 * (or 前言) exactly as the app would draft it from the report's own figures is drafted text.
 * Reading our own .txt back so keeps the drafted/edited distinction for everything unedited.
 */
export function recognizeDrafts(report: Report): Report {
  const entries: Entries = { ...report.drafted };
  let found = false;
  for (const spec of drafts) {
    if (entries[spec.id]) continue;
    const composed = spec.compose(report);
    if (composed && holds(report, spec.place, composed)) {
      entries[spec.id] = { state: 'drafted', text: composed };
      found = true;
    }
  }
  return found ? withEntries(report, entries) : report;
}

/**
 * A report read from print, as the app keeps it: the sentences it would draft recognised as
 * drafted, and the fields the 前言 states (website, contacts) filled where the file left them
 * empty. A file that records its drafting (our save file, our .docx) is taken as it is.
 */
export function fromPrint(report: Report): Report {
  if (report.drafted) return report;
  const stated = contactsFromPreface(report.meta.preface);
  const missing = Object.entries(stated).filter(
    ([field]) => report.meta[field as keyof typeof stated].trim() === '',
  );
  const withFields =
    missing.length > 0
      ? { ...report, meta: { ...report.meta, ...Object.fromEntries(missing) } }
      : report;
  return recognizeDrafts(withFields);
}

/**
 * This year's drafted text when the report is carried from last year's (spec §4): each sentence
 * last year drafted — recorded as such, or read from print exactly as the app drafts it — is taken
 * out of the carried text and drafted again from this year's figures as they are filled, rather
 * than copying last year's figures into this year's report. A figure sentence the user had
 * rewritten goes the same way: it stated last year's figures. A preface of the user's own stays
 * theirs (carryForward moves its year on; M-PREFACE-PERIOD checks what is left).
 */
export function carryDrafts(carried: Report, last: Report): Report {
  const lastDrafts = recognizeDrafts(last).drafted ?? {};
  let next = carried;
  for (const spec of drafts) {
    const entry = lastDrafts[spec.id];
    if (spec.place.kind === 'preface') {
      const own = last.meta.preface.trim() !== '' && entry?.state !== 'drafted';
      if (!own) next = insertDraft(withText(next, spec.place, ''), spec.id);
      continue;
    }
    if (!entry) continue;
    if (entry.text) next = replaceParagraph(next, spec.place, entry.text, '');
    next = insertDraft(next, spec.id);
  }
  return next;
}
