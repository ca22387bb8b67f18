/**
 * Random amendments for property tests: a seed of plain numbers and words is turned into
 * an amendment that names provisions of a given document, so that the same seeds can be
 * drawn once and read against whatever version the test is at.
 */
import fc from 'fast-check';
import { PartName, Provision, ResolutionDocument } from '../../model';
import { tokenTexts } from '../../tokenize';
import { AmendmentOperation, ProvisionPosition } from '../amendment';
import { bracketGroups } from '../brackets';
import { allProvisions } from '../document-tree';
import { wording } from './arbitraries';

export type SeedKind =
  | 'add'
  | 'move'
  | 'moveReworded'
  | 'suppress'
  | 'modifyWords'
  | 'modifyText'
  | 'replaceText'
  | 'offerAlternatives'
  | 'settleBrackets'
  | 'addFootnote'
  | 'changeFootnote'
  | 'changeHeading'
  | 'addSection';

export interface AmendmentSeed {
  readonly kind: SeedKind;
  readonly target: number;
  readonly anchor: number;
  readonly where: number;
  readonly from: number;
  readonly length: number;
  readonly text: string;
  readonly alternative: string;
}

export const STRUCTURAL: readonly SeedKind[] = ['add', 'move', 'suppress'];
export const ALL_KINDS: readonly SeedKind[] = [
  'add',
  'move',
  'moveReworded',
  'suppress',
  'modifyWords',
  'modifyText',
  'replaceText',
  'offerAlternatives',
  'settleBrackets',
  'addFootnote',
  'changeFootnote',
  'changeHeading',
  'addSection',
];

export function amendmentSeed(kinds: readonly SeedKind[] = ALL_KINDS): fc.Arbitrary<AmendmentSeed> {
  return fc.record({
    kind: fc.constantFrom(...kinds),
    target: fc.nat(),
    anchor: fc.nat(),
    where: fc.nat(),
    from: fc.nat(),
    length: fc.nat({ max: 4 }),
    text: wording,
    alternative: wording,
  });
}

/** The amendment a seed stands for on `doc`, or undefined when the document offers nothing to aim at. `serial` makes new ids unique. */
export function amendmentFor(doc: ResolutionDocument, seed: AmendmentSeed, serial: number): AmendmentOperation | undefined {
  const provisions = [...allProvisions(doc)];
  const sections = [...doc.preamble, ...doc.operative];
  const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);
  const target = pick(provisions, seed.target);
  const position = (): ProvisionPosition | undefined => {
    const anchor = pick(provisions, seed.anchor);
    switch (seed.where % 4) {
      case 0:
        return anchor && { before: anchor.id };
      case 1:
        return anchor && { after: anchor.id };
      case 2:
        return anchor && { asChildOf: anchor.id };
      default: {
        const section = pick(sections, seed.anchor);
        return section && { atEndOf: section.id };
      }
    }
  };
  const range = (provision: Provision) => {
    const count = tokenTexts(provision.text).length;
    const from = count === 0 ? 0 : seed.from % (count + 1);
    return { from, to: Math.min(count, from + seed.length) };
  };
  switch (seed.kind) {
    case 'add': {
      const at = position();
      return at && { kind: 'add', newId: `new-${serial}`, position: at, text: seed.text };
    }
    case 'move': {
      const at = position();
      return target && at && { kind: 'move', provisionId: target.id, position: at };
    }
    case 'moveReworded': {
      const at = position();
      return (
        target &&
        at && {
          kind: 'move',
          provisionId: target.id,
          position: at,
          baseText: target.text,
          replacements: [{ ...range(target), text: seed.text }],
        }
      );
    }
    case 'suppress':
      return target && { kind: 'suppress', provisionId: target.id };
    case 'modifyWords':
      return (
        target && { kind: 'modify', provisionId: target.id, baseText: target.text, replacements: [{ ...range(target), text: seed.text }] }
      );
    case 'modifyText':
      return target && { kind: 'modify', provisionId: target.id, oldText: target.text, newText: `${seed.text} ${target.text}`.trim() };
    case 'replaceText':
      return target && { kind: 'replaceText', provisionId: target.id, text: seed.text };
    case 'offerAlternatives': {
      const clean = (text: string) => text.replace(/[[\]]/gu, '');
      return (
        target && {
          kind: 'offerAlternatives',
          provisionId: target.id,
          baseText: target.text,
          ...range(target),
          alternatives: [clean(seed.text), clean(seed.alternative)],
        }
      );
    }
    case 'settleBrackets': {
      const bracketed = provisions.filter((p) => bracketGroups(tokenTexts(p.text)).length > 0);
      const chosen = pick(bracketed, seed.target);
      if (chosen === undefined) return undefined;
      const groups = bracketGroups(tokenTexts(chosen.text));
      const bracketIndex = seed.from % groups.length;
      const count = groups[bracketIndex].alternatives.length;
      return {
        kind: 'settleBrackets',
        provisionId: chosen.id,
        bracketIndex,
        choice: seed.length % (count + 1) === count ? 'none' : seed.length % (count + 1),
      };
    }
    case 'addFootnote':
      return target && { kind: 'addFootnote', provisionId: target.id, footnoteId: `fn-new-${serial}`, text: seed.text };
    case 'changeFootnote': {
      const holders = provisions.filter((p) => p.footnotes.length > 0);
      const holder = pick(holders, seed.target);
      const footnote = holder && pick(holder.footnotes, seed.from);
      return holder && footnote && { kind: 'changeFootnote', provisionId: holder.id, footnoteId: footnote.id, text: seed.text };
    }
    case 'changeHeading': {
      const section = pick(sections, seed.target);
      return section && { kind: 'changeHeading', sectionId: section.id, heading: seed.text };
    }
    case 'addSection': {
      const part: PartName = seed.where % 2 === 0 ? 'preamble' : 'operative';
      const anchor = pick(doc[part], seed.anchor);
      const place =
        anchor === undefined || seed.from % 3 === 0
          ? { atEndOfPart: part }
          : seed.from % 3 === 1
            ? { beforeSection: anchor.id }
            : { afterSection: anchor.id };
      return { kind: 'addSection', part, sectionId: `new-section-${serial}`, heading: seed.text, position: place };
    }
  }
}
