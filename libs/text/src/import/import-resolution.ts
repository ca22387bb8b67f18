/**
 * The importer: plain text extracted from a word-processor file, as the ITU and the UN
 * publish it, into a ResolutionDocument. Nothing is silently dropped: every line that
 * cannot be placed, and every trace of a lost revision mark, becomes a warning.
 */
import type { LanguageProfile } from '../languages';
import { detectLanguage, languageProfile } from '../languages';
import type { DocumentStyle, Footnote, ImportWarning, LanguageCode, Provision, ResolutionDocument, Section } from '../model';
import { parseLabel } from '../labels';
import { collapseWhitespace } from '../normalize';
import { readCover } from './cover';
import { endsClause, headingPart, looksLikeEnactingFormula, opensWith, opensWithGarbledParticle } from './headings';
import { importWarningKeys, keyedWarning, revisionTraceKeys } from './import-warnings';
import { splitLabel } from './line-label';
import { findRevisionTraces } from './revision-marks';
import type { FootnoteBody, SourceLine } from './source-lines';
import { anchorSentinels, prepareSource } from './source-lines';
import type { DraftProvision, DraftSection } from './text-body';
import { readTextBody } from './text-body';

export interface ImportOptions {
  readonly language?: LanguageCode;
  readonly style?: DocumentStyle;
}

export interface ImportResult {
  readonly document: ResolutionDocument;
  /**
   * What the importer could not place or had to interpret, by line. A line or footnote it
   * could not place is kept only in its warning, under a message key of `importWarningKeys`
   * with the line's number and text as parameters.
   */
  readonly warnings: ImportWarning[];
  /**
   * The position each provision's printed label stood for in the source (1-based), by
   * provision id: "د )" is 4 whatever its place. Labels are derived anew from place; what the
   * source printed is kept apart for the aligner of language versions, which needs it to
   * notice a provision a translation left out. Unlabelled, dashed and bulleted provisions have none.
   */
  readonly printedOrdinals?: Readonly<Record<string, number>>;
}

/** Imports a resolution (or a contribution or report carrying one) from extracted plain text. */
export function importResolution(source: string, options: ImportOptions = {}): ImportResult {
  const prepared = prepareSource(source);
  const lines = prepared.lines;
  const language = options.language ?? detectLanguage(lines.map((l) => l.text).join('\n'));
  const profile = languageProfile(language);
  const warnings: ImportWarning[] = [...prepared.warnings];

  const formulaAt = findEnactingFormula(lines, profile);
  const textStart = formulaAt >= 0 ? formulaAt + 1 : findFirstHeading(lines, profile);
  const coverEnd = formulaAt >= 0 ? formulaAt : textStart >= 0 ? textStart : lines.length;
  const textLines = textStart >= 0 ? lines.slice(textStart) : [];
  if (formulaAt < 0 && textStart >= 0) {
    warnings.push(keyedWarning(importWarningKeys.noEnactingFormula, lines[textStart].number, lines[textStart].text));
  }
  if (textStart < 0) {
    const first = lines.find((l) => collapseWhitespace(l.text) !== '');
    warnings.push(keyedWarning(importWarningKeys.noResolutionText, first?.number ?? 1, first?.text ?? ''));
  }

  const style = options.style ?? detectStyle(textLines, profile);
  const cover = readCover(lines.slice(0, coverEnd), profile);
  const text = readTextBody(textLines, profile, style);
  warnings.push(...cover.warnings, ...text.warnings);
  for (const line of lines) {
    for (const trace of findRevisionTraces(line.text)) {
      warnings.push(keyedWarning(revisionTraceKeys[trace.kind], line.number, line.text, { excerpt: trace.excerpt }));
    }
  }

  const footnotes = new FootnoteAttacher(prepared.footnotes, warnings);
  const printedOrdinals: Record<string, number> = {};
  const formulaLine = formulaAt >= 0 ? lines[formulaAt] : undefined;
  const metadata = { ...cover.metadata };
  // A UN resolution states its adoption twice, on the masthead ("Resolution adopted by the General Assembly on ...")
  // and at the end (the plenary meeting and date): both are kept, the masthead's first.
  const adoption = [cover.metadata.adoption, text.adoption].filter((a): a is string => a !== undefined);
  if (adoption.length > 0) metadata.adoption = adoption.join('\n');
  const document: ResolutionDocument = {
    language,
    style,
    title: footnotes.strip(cover.title, 1),
    body: formulaLine ? footnotes.strip(collapseWhitespace(formulaLine.text), formulaLine.number) : '',
    preamble: buildSections(
      text.sections.filter((s) => s.part === 'preamble'),
      'pre',
      footnotes,
      printedOrdinals,
    ),
    operative: buildSections(
      text.sections.filter((s) => s.part === 'operative'),
      'op',
      footnotes,
      printedOrdinals,
    ),
    metadata: stripMetadataAnchors(metadata, footnotes),
  };
  footnotes.reportUnused();
  // A warning names its line as a person reads it: the markers of footnote anchors are taken out of it.
  const named = warnings.map((w) =>
    w.text.includes('\uE000') ? { ...w, text: collapseWhitespace(w.text.replace(anchorSentinels, '')) } : w,
  );
  return { document, warnings: sortByLine(named), printedOrdinals };
}

/** The enacting formula: a line ending with a comma, followed by a heading or a preambular paragraph. */
function findEnactingFormula(lines: readonly SourceLine[], profile: LanguageProfile): number {
  for (let i = 0; i < lines.length; i++) {
    const text = collapseWhitespace(lines[i].text);
    if (text === '' || splitLabel(lines[i].text).raw !== '' || !looksLikeEnactingFormula(text, profile)) continue;
    const next = lines.slice(i + 1).find((l) => collapseWhitespace(l.text) !== '');
    if (next && startsResolutionText(next, profile)) return i;
  }
  return -1;
}

function startsResolutionText(line: SourceLine, profile: LanguageProfile): boolean {
  const text = collapseWhitespace(line.text);
  if (headingPart(text, profile) !== undefined) return true;
  if (opensWith(text, profile.preambleOpeners, profile) || opensWithGarbledParticle(text, profile)) return true;
  const raw = splitLabel(line.text).raw;
  const kind = raw === '' ? undefined : parseLabel(raw)?.kind;
  return kind === 'letter' || kind === 'number';
}

function findFirstHeading(lines: readonly SourceLine[], profile: LanguageProfile): number {
  return lines.findIndex((l) => splitLabel(l.text).raw === '' && headingPart(collapseWhitespace(l.text), profile) !== undefined);
}

/** ITU texts open with a heading or a lettered item; UNGA texts with a participle paragraph or "1.". */
function detectStyle(lines: readonly SourceLine[], profile: LanguageProfile): DocumentStyle {
  const first = lines.find((l) => collapseWhitespace(l.text) !== '');
  if (!first) return 'itu';
  const text = collapseWhitespace(first.text);
  if (headingPart(text, profile) !== undefined) return 'itu';
  const raw = splitLabel(first.text).raw;
  if (raw !== '') return /^\d+\s?[.\-–]$/u.test(raw) ? 'unga' : 'itu';
  return endsClause(text, profile) ? 'unga' : 'itu';
}

function buildSections(
  drafts: readonly DraftSection[],
  prefix: string,
  footnotes: FootnoteAttacher,
  printedOrdinals: Record<string, number>,
): Section[] {
  return drafts.map((draft, i) => {
    const id = `${prefix}-${i + 1}`;
    return {
      id,
      heading: footnotes.strip(draft.heading, draft.line),
      provisions: draft.provisions.map((p, k) => buildProvision(p, `${id}-${k + 1}`, footnotes, printedOrdinals)),
    };
  });
}

function buildProvision(
  draft: DraftProvision,
  id: string,
  footnotes: FootnoteAttacher,
  printedOrdinals: Record<string, number>,
): Provision {
  if (draft.printedOrdinal !== undefined) printedOrdinals[id] = draft.printedOrdinal;
  const { text, anchors } = takeAnchors(draft.text);
  // A marker after the last word is the model's default place: it carries no anchor, so that one place has one form.
  const words = text.split(' ').filter((word) => word !== '').length;
  const notes = footnotes
    .attach(anchors, id, draft.line)
    .map(({ anchor, ...note }) => (anchor === undefined || anchor >= words ? note : { ...note, anchor }));
  const provision: Provision = {
    id,
    text,
    children: draft.children.map((c, k) => buildProvision(c, `${id}-${k + 1}`, footnotes, printedOrdinals)),
    footnotes: notes,
  };
  return draft.listMarker ? { ...provision, listMarker: draft.listMarker } : provision;
}

interface Anchor {
  readonly footnoteNumber: number;
  readonly wordsBefore: number;
}

/** Removes the anchor sentinels from a text, noting after how many words each stood. */
function takeAnchors(raw: string): { text: string; anchors: Anchor[] } {
  const anchors: Anchor[] = [];
  for (const m of raw.matchAll(anchorSentinels)) {
    const before = raw.slice(0, m.index).replace(anchorSentinels, '');
    anchors.push({ footnoteNumber: Number(m[1]), wordsBefore: before.split(/\s+/u).filter((w) => w !== '').length });
  }
  return { text: collapseWhitespace(raw.replace(anchorSentinels, '')), anchors };
}

class FootnoteAttacher {
  private readonly used = new Set<number>();

  constructor(
    private readonly bodies: ReadonlyMap<number, FootnoteBody>,
    private readonly warnings: ImportWarning[],
  ) {}

  attach(anchors: readonly Anchor[], provisionId: string, line: number): Footnote[] {
    const notes: Footnote[] = [];
    for (const anchor of anchors) {
      const body = this.bodies.get(anchor.footnoteNumber);
      this.used.add(anchor.footnoteNumber);
      if (!body) {
        this.warnings.push(keyedWarning(importWarningKeys.footnoteTextMissing, line, '', { footnote: anchor.footnoteNumber }));
        continue;
      }
      notes.push({ id: `${provisionId}-fn${notes.length + 1}`, text: body.text, anchor: anchor.wordsBefore });
    }
    return notes;
  }

  /** Removes anchors from a text that cannot carry footnotes (title, formula, heading, cover), warning with the note's text. */
  strip(text: string, line: number): string {
    const { text: clean, anchors } = takeAnchors(text);
    for (const anchor of anchors) {
      this.used.add(anchor.footnoteNumber);
      const body = this.bodies.get(anchor.footnoteNumber);
      // A footnote anchored in a title, formula, heading or cover line has no provision to hang on: its text is kept in the warning.
      this.warnings.push(keyedWarning(importWarningKeys.footnoteNotPlaced, body?.line ?? line, body?.text ?? ''));
    }
    return anchors.length > 0 ? clean : text;
  }

  reportUnused(): void {
    for (const body of this.bodies.values()) {
      if (!this.used.has(body.number)) {
        this.warnings.push(keyedWarning(importWarningKeys.footnoteNotPlaced, body.line, body.text));
      }
    }
  }
}

function stripMetadataAnchors(metadata: ResolutionDocument['metadata'], footnotes: FootnoteAttacher): ResolutionDocument['metadata'] {
  const out: ResolutionDocument['metadata'] = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (value === undefined) continue;
    out[key] = Array.isArray(value) ? value.map((v) => footnotes.strip(v, 1)) : footnotes.strip(value, 1);
  }
  return out;
}

function sortByLine(warnings: ImportWarning[]): ImportWarning[] {
  return warnings
    .map((w, i) => ({ w, i }))
    .sort((a, b) => a.w.line - b.w.line || a.i - b.i)
    .map(({ w }) => w);
}
