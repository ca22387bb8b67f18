import {
  Footnote,
  Provision,
  ResolutionDocument,
  applyAmendment,
  collapseWhitespace,
  locateProvision,
  locateSection,
  replaceProvision,
  parseLabel,
  splitLabel,
} from '#libs/text';
import type { LabelKind, ProvisionPosition } from '#libs/text';
import { WordPackage } from '../upload-safety';
import { DocxWarning, DocxWarningKey, docxWarningKeys } from './docx-warnings';
import { MarkedParagraph, markedParagraphs } from './proposal-marks';
import { PrintedProvision, comparable, matchHeading, matchProvision, printedProvisions } from './provision-matching';
import { NumberingCounter, readNumbering } from './word-numbering';
import { WordParagraph, readBody, readFootnotes } from './word-paragraphs';
import { PlacedReference, View, standsIn, textIn } from './word-views';

/** What a paragraph of a contribution does to the text. */
export type ParagraphChange = 'unchanged' | 'modified' | 'added' | 'suppressed';

/** A contribution read from Word: the version as it would read with every proposal made, and why each was proposed. */
export interface DocxContribution {
  /**
   * The version with the contribution's changes made: provisions keep their ids, new ones
   * get fresh ids. Derive the amendments against the version by ids.
   */
  readonly target: ResolutionDocument;
  /** Provision id → the reasons given for its proposal. */
  readonly explanations: ReadonlyMap<string, string>;
  readonly warnings: readonly DocxWarning[];
  /** Whether the changes were read from tracked changes (else from the printed marks). */
  readonly tracked: boolean;
  /** The touched paragraphs and the provisions they were matched with, for the preview. */
  readonly changes: readonly { readonly paragraph: number; readonly change: ParagraphChange; readonly provisionId?: string }[];
}

/** A paragraph in one view: its label as printed (automatic or typed), its words, its footnote marks. */
interface ParagraphSide {
  readonly label: string;
  readonly text: string;
  readonly references: readonly PlacedReference[];
}

/**
 * Reads a contribution written in Word against a version: each inserted, deleted, added or
 * suppressed paragraph (tracked changes, or the body's printed marks) is matched with the
 * provision it touches by label and words, and its change made on the version; what cannot
 * be matched is a warning for that paragraph. Records nothing: the caller derives and previews.
 */
export function readDocxContribution(word: WordPackage, version: ResolutionDocument): DocxContribution {
  return new ContributionReader(word, version).read();
}

class ContributionReader {
  private target: ResolutionDocument;
  private readonly warnings: DocxWarning[] = [];
  private readonly explanations = new Map<string, string>();
  private readonly changes: { paragraph: number; change: ParagraphChange; provisionId?: string }[] = [];
  private readonly footnotes: Map<string, WordParagraph[]>;
  private readonly provisions: PrintedProvision[];
  private readonly headings;
  private readonly taken = new Set<string>();
  /** Where the next added paragraph goes: after the last provision read, or at the top of the last heading read. */
  private anchor: { provisionId: string } | { sectionId: string } | undefined;
  private lastOrder = -1;
  /** The kind of each provision's label as printed ("a)" letter, "'1'" quoted number): where an added paragraph stands. */
  private readonly labelKinds = new Map<string, LabelKind>();
  private added = 0;

  constructor(
    private readonly word: WordPackage,
    private readonly version: ResolutionDocument,
  ) {
    this.target = version;
    this.footnotes = readFootnotes(word.footnotes);
    ({ provisions: this.provisions, headings: this.headings } = printedProvisions(version));
    for (const provision of this.provisions) {
      const kind = labelKind(provision.label);
      if (kind) this.labelKinds.set(provision.id, kind);
    }
  }

  read(): DocxContribution {
    const body = readBody(this.word.document);
    const numbering = readNumbering(this.word.numbering);
    const counters = { before: new NumberingCounter(numbering), after: new NumberingCounter(numbering) };
    const { paragraphs, orphanReasons } = markedParagraphs(body.paragraphs, body.hasTrackedChanges);
    for (const reasons of orphanReasons) this.warn(docxWarningKeys.reasonsWithoutProposal, reasons.number, reasons.text, {});
    for (const marked of paragraphs) {
      const before = this.side(marked.paragraph, 'before', counters.before);
      const after = this.side(marked.paragraph, 'after', counters.after);
      this.take(marked, before, after);
    }
    return {
      target: this.target,
      explanations: this.explanations,
      warnings: [...this.warnings].sort((a, b) => a.paragraph - b.paragraph),
      tracked: body.hasTrackedChanges,
      changes: this.changes,
    };
  }

  private side(paragraph: WordParagraph, view: View, counter: NumberingCounter): ParagraphSide {
    const raw = textIn(paragraph.segments, view);
    const numbered =
      paragraph.numbering && raw.trim() !== '' ? counter.next(paragraph.numbering.numId, paragraph.numbering.level) : undefined;
    const split = numbered !== undefined ? { raw: numbered, rest: raw } : typedLabel(raw);
    // A mark's place counts the words of the provision, not those of its typed label.
    const labelWords = numbered !== undefined ? 0 : words(split.raw);
    const references: PlacedReference[] = [];
    let text = '';
    for (const segment of paragraph.segments) {
      if (!standsIn(segment.revision, view)) continue;
      if (segment.kind === 'text') text += segment.text;
      else
        references.push({ footnoteId: segment.footnoteId, revision: segment.revision, wordsBefore: Math.max(0, words(text) - labelWords) });
    }
    return { label: split.raw, text: collapseWhitespace(split.rest), references };
  }

  private footnoteText(id: string, view: View): string | undefined {
    const paragraphs = this.footnotes.get(id);
    return paragraphs && collapseWhitespace(paragraphs.map((p) => textIn(p.segments, view)).join(' '));
  }

  private take(marked: MarkedParagraph, before: ParagraphSide, after: ParagraphSide): void {
    const change = this.changeOf(before, after);
    if (change === undefined) return;
    const number = marked.number;
    if (change === 'unchanged') {
      const heading = before.label === '' ? matchHeading(before.text, this.headings) : undefined;
      if (heading) {
        this.anchor = { sectionId: heading.sectionId };
        this.lastOrder = heading.order;
        return;
      }
      const provision = matchProvision(before, this.provisions, this.taken, this.lastOrder, true);
      if (provision) this.settle(provision);
      return;
    }
    if (change === 'added') {
      this.add(number, after, marked.reasons);
      return;
    }
    const provision = matchProvision(before, this.provisions, this.taken, this.lastOrder, false);
    if (!provision) {
      this.warn(docxWarningKeys.paragraphNotMatched, number, before.text, { change, label: before.label });
      return;
    }
    this.taken.add(provision.id);
    this.changes.push({ paragraph: number, change, provisionId: provision.id });
    if (marked.reasons) this.explanations.set(provision.id, marked.reasons);
    if (change === 'suppressed') {
      // A sub-item struck with the provision it belongs to went with it.
      if (locateProvision(this.target, provision.id)) this.apply({ kind: 'suppress', provisionId: provision.id }, number, before.text);
    } else {
      this.modify(provision.id, number, before, after);
      this.settle(provision);
    }
  }

  private changeOf(before: ParagraphSide, after: ParagraphSide): ParagraphChange | undefined {
    if (before.text === '' && after.text === '') return undefined;
    if (before.text === '') return 'added';
    if (after.text === '') return 'suppressed';
    const referencesChanged =
      before.references.length !== after.references.length ||
      after.references.some((r) => r.revision !== undefined) ||
      after.references.some((r) => this.footnoteText(r.footnoteId, 'before') !== this.footnoteText(r.footnoteId, 'after'));
    // A label changed alone is a relettering, which follows from the other changes: not an amendment.
    return comparable(before.text) !== comparable(after.text) || referencesChanged ? 'modified' : 'unchanged';
  }

  private settle(provision: PrintedProvision): void {
    this.taken.add(provision.id);
    this.anchor = { provisionId: provision.id };
    this.lastOrder = provision.order;
  }

  private modify(provisionId: string, number: number, before: ParagraphSide, after: ParagraphSide): void {
    const located = locateProvision(this.target, provisionId);
    if (!located) return;
    const present = located.provision;
    // The k-th mark standing before the change is the provision's k-th footnote.
    const existing = new Map<string, Footnote>();
    before.references.forEach((reference, k) => {
      if (present.footnotes[k]) existing.set(reference.footnoteId, present.footnotes[k]);
      else this.warn(docxWarningKeys.footnoteNotMatched, number, this.footnoteText(reference.footnoteId, 'before') ?? '', {});
    });
    const wordCount = words(after.text);
    const footnotes: Footnote[] = [];
    after.references.forEach((reference, k) => {
      const text = this.footnoteText(reference.footnoteId, 'after') ?? '';
      const known = existing.get(reference.footnoteId);
      // After the last word a footnote has no anchor, unless the provision's own footnote had one written out (Word cannot tell them apart).
      const explicit = reference.wordsBefore < wordCount || known?.anchor !== undefined;
      const anchor = explicit ? { anchor: reference.wordsBefore } : {};
      if (known) footnotes.push({ id: known.id, text: comparable(known.text) === comparable(text) ? known.text : text, ...anchor });
      else footnotes.push({ id: `${provisionId}-fnw${number}-${k + 1}`, text, ...anchor });
    });
    // Footnotes the reader did not see in the paragraph stay as they are.
    const seen = new Set(footnotes.map((f) => f.id));
    const unseen = present.footnotes.filter((f) => !seen.has(f.id) && ![...existing.values()].some((e) => e.id === f.id));
    const revised: Provision = { ...present, text: after.text, footnotes: [...footnotes, ...unseen] };
    this.target = replaceProvision(this.target, located, revised);
  }

  private add(number: number, after: ParagraphSide, reasons: string | undefined): void {
    const position = this.positionForNew(after.label);
    if (!position) {
      this.warn(docxWarningKeys.addedParagraphNotPlaced, number, after.text, { label: after.label });
      return;
    }
    const newId = `docx-${number}-${++this.added}`;
    const wordCount = words(after.text);
    const footnotes = after.references.map((reference, k) => ({
      id: `${newId}-fn${k + 1}`,
      text: this.footnoteText(reference.footnoteId, 'after') ?? '',
      ...(reference.wordsBefore < wordCount ? { anchor: reference.wordsBefore } : {}),
    }));
    if (
      this.apply({ kind: 'add', newId, position, text: after.text, ...(footnotes.length > 0 ? { footnotes } : {}) }, number, after.text)
    ) {
      this.anchor = { provisionId: newId };
      const kind = labelKind(after.label);
      if (kind) this.labelKinds.set(newId, kind);
      this.changes.push({ paragraph: number, change: 'added', provisionId: newId });
      if (reasons) this.explanations.set(newId, reasons);
    }
  }

  /**
   * Where an added paragraph goes: after the provision read before it; or, when its label is
   * of another kind (a "4" after the sub-item "'2'"), after the ancestor whose label is of its
   * kind; or as the first sub-item of that provision when its label is a sub-item's ("'1'"
   * after "3").
   */
  private positionForNew(label: string): ProvisionPosition | undefined {
    const anchor = this.anchor;
    if (!anchor) return undefined;
    if ('sectionId' in anchor) {
      const section = locateSection(this.target, anchor.sectionId)?.section;
      if (!section) return undefined;
      return section.provisions.length > 0 ? { before: section.provisions[0].id } : { atEndOf: section.id };
    }
    const located = locateProvision(this.target, anchor.provisionId);
    if (!located) return undefined;
    const kind = labelKind(label);
    if (kind === undefined || kind === this.labelKinds.get(anchor.provisionId)) return { after: anchor.provisionId };
    const ancestor = [...located.ancestors].reverse().find((id) => this.labelKinds.get(id) === kind);
    if (ancestor) return { after: ancestor };
    if (SUB_ITEM_KINDS.has(kind) && !SUB_ITEM_KINDS.has(this.labelKinds.get(anchor.provisionId) ?? 'number')) {
      const first = located.provision.children[0];
      return first ? { before: first.id } : { asChildOf: anchor.provisionId };
    }
    return { after: anchor.provisionId };
  }

  private apply(operation: Parameters<typeof applyAmendment>[1], number: number, text: string): boolean {
    const applied = applyAmendment(this.target, operation);
    if (!applied.ok) {
      this.warn(docxWarningKeys.changeRefused, number, text, { reason: applied.refusal.message });
      return false;
    }
    this.target = applied.value;
    return true;
  }

  private warn(key: DocxWarningKey, paragraph: number, text: string, params: Record<string, string | number>): void {
    this.warnings.push({ key, paragraph, text, params });
  }
}

const SUB_ITEM_KINDS: ReadonlySet<LabelKind> = new Set<LabelKind>(['quoted-number', 'roman', 'dash', 'bullet']);

function labelKind(label: string): LabelKind | undefined {
  return label === '' ? undefined : parseLabel(label)?.kind;
}

function words(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '').length;
}

/** A label typed at the head of the paragraph ("a)\t", "1 -"), as the importer reads one. */
function typedLabel(raw: string): { raw: string; rest: string } {
  const split = splitLabel(raw);
  return split.raw === '' && !split.tabLed ? { raw: '', rest: raw } : { raw: split.raw, rest: split.rest };
}
