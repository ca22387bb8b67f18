/**
 * The language-version views as pure functions of the read models' rows and the original's
 * text: summaries, tasks with their citations and marked change, two versions side by side,
 * one version's text. Labels are derived from place in each language, never stored.
 */
import type { LanguageVersionRow, TranslationTaskRow } from '#libs/read-models';
import {
  LanguageCode,
  LanguageVersionText,
  ResolutionDocument,
  composeLanguageText,
  diffWords,
  directionOf,
  escapeHtml,
  citeProvision,
  outlineDocument,
} from '#libs/text';
import type {
  LanguageVersionSummaryView,
  SideBySideCellView,
  SideBySideRowView,
  SideBySideView,
  TranslationTaskView,
} from './language-queries';

const OPENING_WORDS = 6;

/** A document in one language with what it awaits: the original itself, or a version composed over it. */
export interface LanguageReading {
  readonly language: LanguageCode;
  readonly document: ResolutionDocument;
  /** Provisions with an open translation task. */
  readonly awaiting: ReadonlySet<string>;
  /** Provisions the version has no words for: they stand in the original's words. */
  readonly untranslated: ReadonlySet<string>;
  /** Sections whose heading the version has no words for. */
  readonly untranslatedHeadings: ReadonlySet<string>;
  /** The title / adoption line stand in the original's words, awaiting translation. */
  readonly untranslatedTitle?: boolean;
  readonly untranslatedAdoptionLine?: boolean;
}

const NONE: ReadonlySet<string> = new Set();

/** The original read as itself, or a version's words composed over the original's structure. */
export function readingIn(
  original: ResolutionDocument,
  version: LanguageVersionText | undefined,
  awaiting: Iterable<string> = [],
): LanguageReading {
  if (!version || version.language === original.language) {
    return { language: original.language, document: original, awaiting: NONE, untranslated: NONE, untranslatedHeadings: NONE };
  }
  const { document, untranslated, untranslatedTitle, untranslatedAdoptionLine } = composeLanguageText(original, version);
  const inText = new Set(outlineDocument(original).map((place) => place.provision.id));
  const untranslatedHeadings = new Set(
    [...original.preamble, ...original.operative].filter((s) => s.heading !== '' && version.headings[s.id] === undefined).map((s) => s.id),
  );
  return {
    language: version.language,
    document,
    awaiting: new Set([...awaiting].filter((id) => inText.has(id))),
    untranslated,
    untranslatedHeadings,
    untranslatedTitle,
    untranslatedAdoptionLine,
  };
}

/** How a provision stands in a reading. */
export function statusIn(reading: LanguageReading, provisionId: string): SideBySideCellView['status'] {
  if (reading.awaiting.has(provisionId)) return 'awaiting';
  if (reading.untranslated.has(provisionId)) return 'untranslated';
  return 'in-step';
}

/**
 * A provision cited as printed in the document's language, with its section heading (the one
 * citation of libs/text): "recalling, b)", "إذ يذكّر، ب)"; a provision printed without a label
 * is cited by its heading or its first words. Undefined when the document has no such provision.
 */
export function citeIn(document: ResolutionDocument, provisionId: string): string | undefined {
  return citeProvision(document, provisionId);
}

/** The first words of a text, quoted, to cite a provision that has no label nor heading. */
export function opening(text: string): string {
  const words = text.trim().split(/\s+/u);
  return `“${words.slice(0, OPENING_WORDS).join(' ')}${words.length > OPENING_WORDS ? '…' : ''}”`;
}

/** The original's change as marked text: deleted words in <del>, added in <ins>; in plain text [-deleted-] and [+added+]. */
export function markedChange(before: string | undefined, after: string): { html: string; text: string } {
  const segments = diffWords(before ?? '', after);
  return {
    html: segments
      .map((s) =>
        s.kind === 'equal'
          ? escapeHtml(s.text)
          : s.kind === 'delete'
            ? `<del>${escapeHtml(s.text)}</del>`
            : `<ins>${escapeHtml(s.text)}</ins>`,
      )
      .join(''),
    text: segments.map((s) => (s.kind === 'equal' ? s.text : s.kind === 'delete' ? `[-${s.text}-]` : `[+${s.text}+]`)).join(''),
  };
}

/** The language versions of a document, the original first, with how many provisions each has in step. */
export function languageSummaries(
  working: ResolutionDocument,
  versions: readonly LanguageVersionRow[],
  openTasks: readonly TranslationTaskRow[],
): LanguageVersionSummaryView[] {
  const provisions = outlineDocument(working).length;
  const original: LanguageVersionSummaryView = { language: working.language, original: true, provisions, inStep: provisions, awaiting: 0 };
  const others = versions
    .filter((row) => !row.original && row.text && row.language !== working.language)
    .sort((a, b) => a.addedAt.getTime() - b.addedAt.getTime() || a.language.localeCompare(b.language))
    .map((row): LanguageVersionSummaryView => {
      const reading = readingIn(
        working,
        row.text!,
        openTasks.filter((task) => task.language === row.language).map((task) => task.provisionId),
      );
      const outOfStep = new Set([...reading.awaiting, ...reading.untranslated]);
      return {
        language: row.language as LanguageCode,
        original: false,
        provisions,
        inStep: provisions - outOfStep.size,
        awaiting: reading.awaiting.size,
        addedAt: row.addedAt.toISOString(),
      };
    });
  return [original, ...others];
}

/**
 * A task as a translator reads it: the provision cited in the version's language and in the
 * original's, as the working text prints it (or, for a provision a later decision took out,
 * as the texts given after it print it), and the original's change marked.
 */
export function translationTaskView(
  task: TranslationTaskRow,
  working: ResolutionDocument,
  version: LanguageVersionText | undefined,
  ...earlier: readonly ResolutionDocument[]
): TranslationTaskView {
  const texts = [working, ...earlier];
  const cite = (language: LanguageCode): string => {
    for (const text of texts) {
      const document = language === text.language || !version ? text : composeLanguageText(text, version).document;
      const cited = citeIn(document, task.provisionId);
      if (cited !== undefined) return cited;
    }
    return opening(language === working.language ? task.originalAfter : (task.wording ?? task.currentWording ?? task.originalAfter));
  };
  return {
    taskId: task.taskId,
    language: task.language as LanguageCode,
    provisionId: task.provisionId,
    citation: cite(task.language as LanguageCode),
    originalCitation: cite(working.language),
    reason: task.reason,
    ...(task.originalBefore !== null ? { originalBefore: task.originalBefore } : {}),
    originalAfter: task.originalAfter,
    marked: markedChange(task.originalBefore ?? undefined, task.originalAfter),
    ...(task.currentWording !== null ? { currentWording: task.currentWording } : {}),
    status: task.status,
    openedAt: task.openedAt.toISOString(),
    ...(task.closedAt ? { closedAt: task.closedAt.toISOString() } : {}),
    ...(task.wording !== null ? { wording: task.wording } : {}),
  };
}

/** Two readings of one text, section heading by heading and provision by provision, in the original's order. */
export function sideBySideView(documentId: string, versionLabel: string, left: LanguageReading, right: LanguageReading): SideBySideView {
  const rightPlaces = new Map(outlineDocument(right.document).map((place) => [place.provision.id, place]));
  const leftPlaces = outlineDocument(left.document);
  const rows: SideBySideRowView[] = [];
  for (const part of ['preamble', 'operative'] as const) {
    left.document[part].forEach((section, index) => {
      const other = right.document[part][index];
      if (section.heading !== '' || other.heading !== '') {
        const cell = (reading: LanguageReading, text: string): SideBySideCellView => ({
          label: '',
          text,
          status: reading.untranslatedHeadings.has(section.id) ? 'untranslated' : 'in-step',
        });
        rows.push({
          kind: 'heading',
          id: section.id,
          part,
          depth: 0,
          left: cell(left, section.heading),
          right: cell(right, other.heading),
        });
      }
      for (const place of leftPlaces.filter((p) => p.sectionId === section.id)) {
        const id = place.provision.id;
        const there = rightPlaces.get(id)!;
        rows.push({
          kind: 'provision',
          id,
          part,
          depth: place.depth,
          left: { label: place.printedLabel, text: place.provision.text, status: statusIn(left, id) },
          right: { label: there.printedLabel, text: there.provision.text, status: statusIn(right, id) },
        });
      }
    });
  }
  const side = (reading: LanguageReading) => ({
    language: reading.language,
    title: reading.document.title,
    direction: directionOf(reading.language),
  });
  return { documentId, versionLabel, left: side(left), right: side(right), rows };
}

/** The provisions a reading awaits or has no words for, in reading order. */
export function awaitingInOrder(reading: LanguageReading): string[] {
  return outlineDocument(reading.document)
    .map((place) => place.provision.id)
    .filter((id) => reading.awaiting.has(id) || reading.untranslated.has(id));
}
