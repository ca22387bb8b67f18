/**
 * Reading the resolution's text after its enacting formula: headed sections of lettered
 * and numbered provisions (ITU), or unlettered preambular and numbered operative
 * paragraphs (UNGA), with sub-items, page breaks and footnote anchors.
 */
import type { LabelKind, ParsedLabel } from '../labels';
import { formatLabelOfKind, labelKindAt, labelOfKind } from '../labels';
import type { LanguageProfile } from '../languages';
import type { DocumentStyle, ImportWarning, LanguageCode, ListMarker, PartName } from '../model';
import { collapseWhitespace } from '../normalize';
import { comparable, endsClause, headingPart, opensWithGarbledParticle } from './headings';
import type { PlainImportWarningKey } from './import-warnings';
import { importWarningKeys, keyedWarning } from './import-warnings';
import { readLabel, splitLabel } from './line-label';
import { isRuleLine } from './rule-lines';
import type { SourceLine } from './source-lines';
import { isDateOnlyLine, isUnAdoptionLine } from './un-resolution-lines';

export interface DraftProvision {
  text: string;
  readonly children: DraftProvision[];
  listMarker?: ListMarker;
  readonly line: number;
  /** The position the source's printed label stood for (1-based), when it printed one that counts. */
  readonly printedOrdinal?: number;
}

export interface DraftSection {
  heading: string;
  readonly part: PartName;
  readonly provisions: DraftProvision[];
  readonly line: number;
}

export interface TextBodyReading {
  readonly sections: readonly DraftSection[];
  readonly adoption?: string;
  readonly warnings: readonly ImportWarning[];
}

interface Level {
  kind: LabelKind | 'none';
  readonly siblings: DraftProvision[];
  last?: DraftProvision;
}

/** Reads the lines that follow the enacting formula. */
export function readTextBody(lines: readonly SourceLine[], profile: LanguageProfile, style: DocumentStyle): TextBodyReading {
  return new TextBodyReader(profile, style).read(lines);
}

class TextBodyReader {
  private readonly sections: DraftSection[] = [];
  private readonly warnings: ImportWarning[] = [];
  private section?: DraftSection;
  private chain: Level[] = [];
  private adoption?: string;
  /** Set once the closing meeting line is read: what follows is its date, or lines the importer cannot place. */
  private closed = false;
  private headingOpen = false;

  constructor(
    private readonly profile: LanguageProfile,
    private readonly style: DocumentStyle,
  ) {}

  private get language(): LanguageCode {
    return this.profile.code;
  }

  read(lines: readonly SourceLine[]): TextBodyReading {
    for (const line of lines) {
      const flat = collapseWhitespace(line.text);
      if (flat === '' || isRuleLine(flat)) continue;
      if (this.closed && splitLabel(line.text).raw !== '') {
        // A numbered paragraph after the closing lines: they were interjected (a page's running lines, a paste),
        // they stay the adoption, and the text goes on.
        this.closed = false;
      }
      if (this.closed) this.readAfterAdoption(line);
      else this.readLine(line);
    }
    return { sections: this.sections, adoption: this.adoption, warnings: this.warnings };
  }

  private readLine(line: SourceLine): void {
    const split = splitLabel(line.text);
    const text = collapseWhitespace(split.rest);
    if (split.raw !== '' && this.placeLabelled(split.raw, text, line)) return;
    this.placeUnlabelled(split.raw === '' ? text : collapseWhitespace(line.text), line);
  }

  private placeUnlabelled(text: string, line: SourceLine): void {
    const last = this.lastProvision();
    if (
      this.section &&
      this.headingOpen &&
      !endsClause(text, this.profile) &&
      this.style === 'itu' &&
      headingPart(text, this.profile) === undefined
    ) {
      // A heading broken over two lines: provisions always end with a clause mark, headings never do.
      this.section.heading = `${this.section.heading} ${text}`;
      return;
    }
    if (last && !this.headingOpen && !endsClause(last.text, this.profile)) {
      // A page break in the middle of a sentence: the line goes on with the provision before it.
      last.text = `${last.text} ${text}`;
      return;
    }
    if (this.style === 'itu') {
      const part = headingPart(text, this.profile);
      if (part === 'preamble' && opensWithGarbledParticle(text, this.profile))
        this.warnings.push(keyedWarning(importWarningKeys.garbledPreambleParticle, line.number, text));
      if (part) return this.openSection(text, part, line);
    }
    if (this.style === 'unga' && this.section?.part === 'operative' && (this.isMeetingLine(text) || isUnAdoptionLine(text))) {
      this.adoption = this.adoption === undefined ? text : `${this.adoption}\n${text}`;
      this.closed = true;
      return;
    }
    if (!this.section) {
      this.openSection('', 'preamble', line);
      if (this.style === 'itu') this.warn(importWarningKeys.textBeforeFirstHeading, line, text);
    }
    const section = this.section as DraftSection;
    const lone = this.style === 'itu' && section.provisions.length === 0;
    const ungaPreamble = this.style === 'unga' && section.part === 'preamble';
    if (!lone && !ungaPreamble) this.warn(importWarningKeys.paragraphWithoutLabel, line, text);
    if (section.part === 'preamble' && opensWithGarbledParticle(text, this.profile))
      this.warnings.push(keyedWarning(importWarningKeys.garbledPreambleParticle, line.number, text));
    this.append(0, this.chain[0]?.kind ?? 'none', text, line);
  }

  private readAfterAdoption(line: SourceLine): void {
    const text = collapseWhitespace(line.text);
    // The closing is the meeting and its date ("51st plenary meeting", "19 December 2023"), under the masthead's adoption line when a rendering put it there.
    if (isDateOnlyLine(text) || this.isMeetingLine(text) || isUnAdoptionLine(text)) this.adoption = `${this.adoption}\n${text}`;
    else this.warnings.push(keyedWarning(importWarningKeys.lineNotPlaced, line.number, text));
  }

  private isMeetingLine(text: string): boolean {
    const flat = comparable(text);
    return this.profile.keywords.meeting.some((k) => flat.includes(comparable(k)));
  }

  private openSection(heading: string, part: PartName, line: SourceLine): void {
    let placed = part;
    if (part === 'preamble' && this.sections.some((s) => s.part === 'operative')) {
      this.warn(importWarningKeys.preambleHeadingAfterOperative, line, heading);
      placed = 'operative';
    }
    const section: DraftSection = { heading, part: placed, provisions: [], line: line.number };
    this.sections.push(section);
    this.section = section;
    this.chain = [{ kind: labelKindAt(this.language, this.style, placed, 0), siblings: section.provisions }];
    this.headingOpen = heading !== '';
  }

  /** Places a labelled line; false when the label cannot stand here and the line is read as unlabelled. */
  private placeLabelled(raw: string, text: string, line: SourceLine): boolean {
    if (this.style === 'unga' && (!this.section || this.section.part === 'preamble')) {
      const parsed = readLabel(raw, { kind: 'number', language: this.language, expected: 1 });
      if (parsed?.kind !== 'number') return this.section === undefined ? false : this.placeInChain(raw, text, line);
      this.openSection('', 'operative', line);
    }
    if (!this.section) {
      this.openSection('', this.style === 'itu' ? 'preamble' : 'operative', line);
      this.warn(importWarningKeys.textBeforeFirstHeading, line, text);
    }
    return this.placeInChain(raw, text, line);
  }

  private placeInChain(raw: string, text: string, line: SourceLine): boolean {
    const choice = this.chooseLevel(raw);
    if (!choice) return false;
    const { depth, parsed, expected } = choice;
    const kind = parsed.kind;
    if (depth > 0 && this.chain.length === depth) {
      const parent = this.chain[depth - 1].last as DraftProvision;
      if (kind === 'dash' || kind === 'bullet') parent.listMarker = kind;
    }
    this.checkSequence(raw, parsed, expected, depth, line, text);
    this.append(depth, kind, text, line, parsed.ordinal);
    return true;
  }

  /** The level a label belongs to: the deepest open list it continues, or a new list under the last provision. */
  private chooseLevel(raw: string): { depth: number; parsed: ParsedLabel; expected: number } | undefined {
    const last = this.lastProvision();
    const deeper = this.chain.length;
    const opensList = last !== undefined && /[:：]\s*$/u.test(last.text.replace(/\uE000\d+\uE001/gu, ''));
    const tryNew = (): { depth: number; parsed: ParsedLabel; expected: number } | undefined => {
      if (!last) return undefined;
      const kind = this.defaultKind(deeper);
      const parsed = readLabel(raw, { kind, language: this.language, expected: 1 });
      if (!parsed || this.chain.some((l) => l.kind === parsed.kind)) return undefined;
      return { depth: deeper, parsed, expected: 1 };
    };
    if (opensList) {
      const fresh = tryNew();
      if (fresh && (fresh.parsed.ordinal === 1 || fresh.parsed.ordinal === 0)) return fresh;
    }
    for (let d = deeper - 1; d >= 0; d--) {
      const level = this.chain[d];
      const expected = level.siblings.length + 1;
      const kind = level.kind === 'none' ? undefined : level.kind;
      const parsed = readLabel(raw, { kind, language: this.language, expected });
      if (parsed && parsed.kind === level.kind && (parsed.ordinal === expected || parsed.ordinal === 0))
        return { depth: d, parsed, expected };
    }
    for (let d = deeper - 1; d >= 0; d--) {
      const level = this.chain[d];
      const expected = level.siblings.length + 1;
      const parsed = readLabel(raw, { kind: level.kind === 'none' ? undefined : level.kind, language: this.language, expected });
      if (parsed && parsed.kind === level.kind) return { depth: d, parsed, expected };
    }
    const fresh = tryNew();
    if (fresh) return fresh;
    const parsed = readLabel(raw, { language: this.language });
    if (!parsed) return undefined;
    return { depth: 0, parsed, expected: this.chain[0].siblings.length + 1 };
  }

  private checkSequence(raw: string, parsed: ParsedLabel, expected: number, depth: number, line: SourceLine, text: string): void {
    const part = (this.section as DraftSection).part;
    const wanted = this.printed(parsed.kind, depth, expected - 1);
    if (parsed.previousOrdinal !== undefined) {
      this.warnings.push(
        keyedWarning(importWarningKeys.oldAndNewLabels, line.number, text, {
          label: raw,
          readAs: this.printed(parsed.kind, depth, parsed.ordinal - 1),
        }),
      );
    }
    if (parsed.ordinal !== 0 && parsed.ordinal !== expected) {
      this.warnings.push(keyedWarning(importWarningKeys.labelOutOfSequence, line.number, text, { label: raw, expected: wanted }));
    }
    const topKind = labelKindAt(this.language, this.style, part, 0);
    if (depth === 0 && topKind !== 'none' && parsed.kind !== topKind) {
      this.warnings.push(keyedWarning(importWarningKeys.labelKindUnexpected, line.number, text, { label: raw }));
    }
  }

  private printed(kind: LabelKind, depth: number, index: number): string {
    return formatLabelOfKind(this.language, this.style, kind, depth, labelOfKind(this.language, kind, index));
  }

  private defaultKind(depth: number): LabelKind | undefined {
    const part = this.section?.part ?? 'preamble';
    const kind = labelKindAt(this.language, this.style, part, depth);
    return kind === 'none' ? undefined : kind;
  }

  private append(depth: number, kind: LabelKind | 'none', text: string, line: SourceLine, printedOrdinal = 0): void {
    const provision: DraftProvision = { text, children: [], line: line.number, ...(printedOrdinal > 0 && { printedOrdinal }) };
    const chain = this.chain.slice(0, depth + 1);
    if (chain.length <= depth) {
      const parent = chain[depth - 1].last as DraftProvision;
      chain.push({ kind, siblings: parent.children });
    }
    const level = chain[depth];
    if (level.siblings.length === 0 || level.kind === 'none') level.kind = kind;
    level.siblings.push(provision);
    level.last = provision;
    this.chain = chain;
    this.headingOpen = false;
  }

  private lastProvision(): DraftProvision | undefined {
    return this.chain[this.chain.length - 1]?.last;
  }

  /** A warning whose message needs no more than the line and its text. */
  private warn(key: PlainImportWarningKey, line: SourceLine, text: string): void {
    this.warnings.push(keyedWarning(key, line.number, text));
  }
}
