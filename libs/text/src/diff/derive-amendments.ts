import { AmendmentOperation, ProvisionPosition, SectionPosition, rewordedMove } from '../amend/amendment';
import { applyAmendment } from '../amend/apply-amendment';
import { containerItems, locateProvision, locateSection } from '../amend/document-tree';
import { replacementsBetween } from '../amend/word-operations';
import {
  AmendmentRefusalKey,
  AmendmentRefusalParams,
  UNCITED_PROVISION,
  UnexpressedKey,
  unexpressedMessageEn,
} from '../amend/refusal-messages';
import { Footnote, PartName, Provision, ResolutionDocument } from '../model';
import { citeProvision } from '../render/citation';
import { alignLists } from './align-lists';
import { IdentityMatching, matchIdentities } from './match-identities';

/** Why a difference between the base and the target is not in the derived operations. */
export type UnexpressedCode =
  /** The enacting formula ("The ITU Council,") has no amendment. */
  | 'body-changed'
  /** The cover (symbol, date, submitters...) is not amended, it is registered. */
  | 'metadata-changed'
  | 'language-changed'
  | 'style-changed'
  /** A section kept its id but stands elsewhere among the sections (ids matching only: with text matching it is added anew). */
  | 'section-moved'
  /** Whether sub-items are numbered or marked "-" / "•" is not amended. */
  | 'list-marker-changed'
  /** Applying the derived operations did not give the target (a defect: the operations are still the best found). */
  | 'not-reproduced';

export interface Unexpressed {
  readonly code: UnexpressedCode;
  /** The note a person reads, by key (a refusal's key for `not-reproduced` by a refusal), rendered in their language. */
  readonly key: UnexpressedKey | AmendmentRefusalKey;
  readonly params: AmendmentRefusalParams;
  /** The note in English, for logs and API clients. */
  readonly message: string;
  /** The provision or section concerned, where there is one. */
  readonly id?: string;
}

export interface DerivedAmendments {
  /** To be applied in order to the base; each is an amendment a proposer could have made. */
  readonly operations: readonly AmendmentOperation[];
  /** What the operations cannot say; empty when applying them gives `expected`. */
  readonly unexpressed: readonly Unexpressed[];
  /** The target as the operations produce it: its provisions, sections and footnotes carry the ids of the base where recognised. */
  readonly expected: ResolutionDocument;
  /** Target ids renamed in `expected` (`provision:`, `section:`, `footnote:` prefixed) → their new id. */
  readonly renamed: ReadonlyMap<string, string>;
}

export interface DeriveOptions {
  /** How the target's provisions are recognised as the base's; by wording unless the target kept the base's ids. */
  readonly identities?: IdentityMatching;
}

/**
 * The amendments that turn `base` into `target`, a whole text as a stakeholder wants it:
 * MOD of the words that changed (word replacements on the quoted wording), ADD of new
 * provisions next to existing ones (several in a row as a chain, each after the one
 * before), SUP, MOVE of a provision found elsewhere (with the MOD of its words when reworded), heading and title changes, sections
 * added and suppressed, footnotes added, changed and suppressed. Provisions that did not
 * change yield nothing. Differences no amendment expresses are listed in `unexpressed`.
 */
export function deriveAmendments(base: ResolutionDocument, target: ResolutionDocument, options: DeriveOptions = {}): DerivedAmendments {
  const { document: expected, renamed } = matchIdentities(base, target, options.identities ?? 'text');
  const derivation = new Derivation(base, expected);
  derivation.run();
  return { operations: derivation.operations, unexpressed: derivation.unexpressed, expected, renamed };
}

class Derivation {
  readonly operations: AmendmentOperation[] = [];
  readonly unexpressed: Unexpressed[] = [];
  private current: ResolutionDocument;
  private readonly targetProvisions: Map<string, Provision>;
  private readonly targetFootnoteIds: Set<string>;

  constructor(
    private readonly base: ResolutionDocument,
    private readonly target: ResolutionDocument,
  ) {
    this.current = base;
    this.targetProvisions = new Map(provisionsOf(target).map((p) => [p.id, p]));
    this.targetFootnoteIds = new Set(provisionsOf(target).flatMap((p) => p.footnotes.map((f) => f.id)));
  }

  run(): void {
    const { base, target } = this;
    if (base.title !== target.title) this.emit({ kind: 'changeTitle', title: target.title });
    if (base.body !== target.body) this.note('body-changed', 'revision.unexpressed.bodyChanged');
    if (JSON.stringify(base.metadata) !== JSON.stringify(target.metadata))
      this.note('metadata-changed', 'revision.unexpressed.coverChanged');
    if (base.language !== target.language)
      this.note('language-changed', 'revision.unexpressed.languageChanged', { originalLanguage: base.language, language: target.language });
    if (base.style !== target.style)
      this.note('style-changed', 'revision.unexpressed.styleChanged', { originalStyle: base.style, style: target.style });

    for (const part of ['preamble', 'operative'] as const) this.placeSections(part);
    this.freeFootnotes();
    for (const part of ['preamble', 'operative'] as const) {
      for (const section of target[part]) this.placeProvisions(section.provisions, { atEndOf: section.id });
    }
    for (const provision of provisionsOf(target)) this.reword(provision);
    this.suppressWhatLeft();
    if (
      !sameDocumentText(this.current, target) &&
      !this.unexpressed.some((item) => item.code === 'section-moved' || item.code === 'list-marker-changed')
    ) {
      this.note('not-reproduced', 'revision.unexpressed.notReproduced');
    }
  }

  private emit(op: AmendmentOperation): void {
    const applied = applyAmendment(this.current, op);
    if (!applied.ok) {
      const { key, params, message } = applied.refusal;
      this.unexpressed.push({ code: 'not-reproduced', key, params, message });
      return;
    }
    this.operations.push(op);
    this.current = applied.value;
  }

  private note(code: UnexpressedCode, key: UnexpressedKey, params: AmendmentRefusalParams = {}, id?: string): void {
    const message = unexpressedMessageEn(key, params);
    this.unexpressed.push(id === undefined ? { code, key, params, message } : { code, key, params, message, id });
  }

  /** A provision or section as printed in the revised text, or in the base when the revision has it no more. */
  private cite(id: string): string {
    return citeProvision(this.target, id) ?? citeProvision(this.base, id) ?? UNCITED_PROVISION;
  }

  /** Headings changed, sections added in order; a kept section out of order is only reported. */
  private placeSections(part: PartName): void {
    const targetSections = this.target[part];
    const order = alignLists(
      this.current[part].map((s) => s.id),
      targetSections.filter((s) => locateSection(this.current, s.id) !== undefined).map((s) => s.id),
      () => false,
      () => false,
    );
    const kept = new Set(order.filter((entry) => entry.change === 'kept').map((entry) => entry.id));
    const firstKept = targetSections.find((s) => kept.has(s.id));
    let previous: string | undefined;
    for (const section of targetSections) {
      const now = locateSection(this.current, section.id);
      if (now === undefined) {
        const position: SectionPosition =
          previous !== undefined
            ? { afterSection: previous }
            : firstKept !== undefined
              ? { beforeSection: firstKept.id }
              : { atEndOfPart: part };
        this.emit({ kind: 'addSection', part, sectionId: section.id, heading: section.heading, position });
      } else {
        if (now.part !== part || !kept.has(section.id))
          this.note('section-moved', 'revision.unexpressed.sectionMoved', { section: this.cite(section.id) }, section.id);
        if (now.section.heading !== section.heading) this.emit({ kind: 'changeHeading', sectionId: section.id, heading: section.heading });
        // A new section cannot be placed next to one of the other part.
        if (now.part !== part) continue;
      }
      previous = section.id;
    }
  }

  /**
   * Footnotes leave first: those the target drops, those that stand out of order (they
   * come back at their place, before the next one kept), and those that go to another
   * provision (their id must be free for it). Footnotes of a provision the target drops
   * go with it, unless their id is needed elsewhere.
   */
  private freeFootnotes(): void {
    for (const provision of provisionsOf(this.current)) {
      const wanted = this.targetProvisions.get(provision.id);
      const kept = wanted === undefined ? new Set<string>() : keptFootnotes(provision.footnotes, wanted.footnotes);
      for (const footnote of provision.footnotes) {
        if (kept.has(footnote.id) || (wanted === undefined && !this.targetFootnoteIds.has(footnote.id))) continue;
        this.emit({ kind: 'suppressFootnote', provisionId: provision.id, footnoteId: footnote.id });
      }
    }
  }

  /**
   * Puts the provisions of one list of the target in place: those already there in the
   * right order (the longest such run) stay; each other one is added or moved right after
   * the one before it in the target, or before the first that stays.
   */
  private placeProvisions(list: readonly Provision[], container: { atEndOf: string } | { asChildOf: string }): void {
    const present = this.itemsOf(container).map((p) => p.id);
    const order = alignLists(
      present,
      list.map((p) => p.id),
      () => false,
      () => false,
    );
    const kept = new Set(order.filter((entry) => entry.change === 'kept').map((entry) => entry.id));
    const firstKept = list.find((p) => kept.has(p.id));
    let previous: string | undefined;
    for (const provision of list) {
      if (!kept.has(provision.id)) {
        const position: ProvisionPosition =
          previous !== undefined ? { after: previous } : firstKept !== undefined ? { before: firstKept.id } : container;
        const present = locateProvision(this.current, provision.id)?.provision;
        if (present !== undefined) {
          // Moved and reworded: one amendment, the MOVE carrying the MOD of its words.
          const rewording =
            present.text === provision.text
              ? undefined
              : {
                  kind: 'modify' as const,
                  provisionId: provision.id,
                  baseText: present.text,
                  replacements: replacementsBetween(present.text, provision.text),
                };
          this.emit(rewordedMove(provision.id, position, rewording));
        } else {
          const footnotes = provision.footnotes.map(copyFootnote);
          this.emit({ kind: 'add', newId: provision.id, position, text: provision.text, ...(footnotes.length > 0 ? { footnotes } : {}) });
          if (provision.listMarker !== undefined)
            this.note(
              'list-marker-changed',
              'revision.unexpressed.newListMarker',
              { provision: this.cite(provision.id), marker: provision.listMarker },
              provision.id,
            );
        }
      }
      previous = provision.id;
    }
    for (const provision of list) this.placeProvisions(provision.children, { asChildOf: provision.id });
  }

  private itemsOf(container: { atEndOf: string } | { asChildOf: string }): readonly Provision[] {
    if ('atEndOf' in container) return locateSection(this.current, container.atEndOf)?.section.provisions ?? [];
    const located = locateProvision(this.current, container.asChildOf);
    return located === undefined
      ? []
      : containerItems(this.current, { ...located.container, provisionPath: [...located.container.provisionPath, located.index] });
  }

  /** MOD of the words that changed, then the footnotes: wording, marker, new ones in order. */
  private reword(wanted: Provision): void {
    const now = locateProvision(this.current, wanted.id)?.provision;
    if (now === undefined) return;
    if (now.listMarker !== wanted.listMarker && locateProvision(this.base, wanted.id) !== undefined) {
      this.note('list-marker-changed', 'revision.unexpressed.listMarkerChanged', { provision: this.cite(wanted.id) }, wanted.id);
    }
    if (now.text !== wanted.text) {
      const replacements = replacementsBetween(now.text, wanted.text);
      this.emit({ kind: 'modify', provisionId: wanted.id, baseText: now.text, replacements });
      if (locateProvision(this.current, wanted.id)?.provision.text !== wanted.text) {
        // Word replacements that do not land exactly (they never should): the whole wording, still a MOD.
        this.emit({ kind: 'replaceText', provisionId: wanted.id, text: wanted.text });
      }
    }
    const footnotes = locateProvision(this.current, wanted.id)?.provision.footnotes ?? [];
    wanted.footnotes.forEach((footnote, index) => {
      const present = footnotes.find((f) => f.id === footnote.id);
      if (present === undefined) {
        // Before the next footnote that stays, so that the footnotes keep the target's order.
        const next = wanted.footnotes.slice(index + 1).find((later) => footnotes.some((f) => f.id === later.id));
        const anchor = footnote.anchor !== undefined ? { anchor: footnote.anchor } : {};
        this.emit({
          kind: 'addFootnote',
          provisionId: wanted.id,
          footnoteId: footnote.id,
          text: footnote.text,
          ...anchor,
          ...(next !== undefined ? { before: next.id } : {}),
        });
      } else if (present.text !== footnote.text || present.anchor !== footnote.anchor) {
        const anchor = present.anchor === footnote.anchor ? {} : { anchor: footnote.anchor ?? null };
        this.emit({ kind: 'changeFootnote', provisionId: wanted.id, footnoteId: footnote.id, text: footnote.text, ...anchor });
      }
    });
  }

  /** Sections the target drops go with what is left under them; then each provision left over, its sub-items with it. */
  private suppressWhatLeft(): void {
    const targetSections = new Set([...this.target.preamble, ...this.target.operative].map((s) => s.id));
    for (const section of [...this.current.preamble, ...this.current.operative]) {
      if (!targetSections.has(section.id)) this.emit({ kind: 'suppressSection', sectionId: section.id });
    }
    const leftOver: string[] = [];
    const walk = (list: readonly Provision[]) => {
      for (const provision of list) {
        if (this.targetProvisions.has(provision.id)) walk(provision.children);
        else leftOver.push(provision.id);
      }
    };
    for (const section of [...this.current.preamble, ...this.current.operative]) walk(section.provisions);
    for (const id of leftOver) this.emit({ kind: 'suppress', provisionId: id });
  }
}

/** The footnotes of a provision that can stay: the longest run of the target's list that stands in the same order now. */
function keptFootnotes(now: readonly Footnote[], wanted: readonly Footnote[]): Set<string> {
  const order = alignLists(
    now.map((f) => f.id),
    wanted.map((f) => f.id),
    () => false,
    () => false,
  );
  return new Set(order.filter((entry) => entry.change === 'kept').map((entry) => entry.id));
}

function copyFootnote(footnote: Footnote): Footnote {
  return footnote.anchor === undefined
    ? { id: footnote.id, text: footnote.text }
    : { id: footnote.id, text: footnote.text, anchor: footnote.anchor };
}

function provisionsOf(doc: ResolutionDocument): Provision[] {
  const out: Provision[] = [];
  const walk = (list: readonly Provision[]) =>
    list.forEach((provision) => {
      out.push(provision);
      walk(provision.children);
    });
  for (const section of [...doc.preamble, ...doc.operative]) walk(section.provisions);
  return out;
}

/** Whether two documents read the same: title, sections, headings, provisions, sub-items and footnotes (markers included), by id. */
export function sameDocumentText(x: ResolutionDocument, y: ResolutionDocument): boolean {
  return x.title === y.title && sameValue(x.preamble, y.preamble) && sameValue(x.operative, y.operative);
}

function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null || Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, i) => sameValue(item, y[i]));
  const entries = (value: object) => Object.entries(value).filter(([, v]) => v !== undefined);
  const xs = entries(x);
  const ys = new Map(entries(y));
  return xs.length === ys.size && xs.every(([key, value]) => ys.has(key) && sameValue(value, ys.get(key)));
}
