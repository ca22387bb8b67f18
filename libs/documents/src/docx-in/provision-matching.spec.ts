import { importResolution } from '#libs/text';
import { res1334ExcerptEn } from '../testing/printed-marks-contribution';
import { comparableLabel, matchHeading, matchProvision, printedProvisions, wordSimilarity } from './provision-matching';

const { provisions, headings } = printedProvisions(importResolution(res1334ExcerptEn()).document);
const none = new Set<string>();
const idOf = (paragraph: { label: string; text: string }, exactOnly = false, taken: ReadonlySet<string> = none, after = -1) =>
  matchProvision(paragraph, provisions, taken, after, exactOnly)?.id;

describe('a paragraph of a contribution matched with the provision it stands for', () => {
  it('by its words, whatever label it carries (a relettered or renumbered text)', () => {
    expect(idOf({ label: 'a)', text: 'to take into account relevant UNGA resolutions related to the WSIS process,' })).toBe('pre-3-2');
    expect(idOf({ label: '', text: 'participate  actively in the preparatory process of the UNGA overall review.' })).toBe('op-3-2');
  });

  it('by most words in common when reworded, but not below the threshold', () => {
    expect(idOf({ label: '2', text: 'participate fully and actively in the preparatory process of the overall review.' })).toBe('op-3-2');
    expect(idOf({ label: '2', text: 'participate in the review.' })).toBeUndefined();
    expect(idOf({ label: '2', text: 'participate fully in the preparatory process of the UNGA overall review.' }, true)).toBeUndefined();
  });

  it('the printed label decides between provisions with the same words, then the order of the text', () => {
    const twice = printedProvisions(
      importResolution('The ITU Council,\nresolves\n1\tto report annually to the Council;\n2\tto report annually to the Council;\n')
        .document,
    );
    const match = (label: string, after = -1) =>
      matchProvision({ label, text: 'to report annually to the Council;' }, twice.provisions, none, after, true)?.id;
    expect(match('2')).toBe('op-1-2');
    expect(match('1')).toBe('op-1-1');
    expect(match('', twice.provisions[0].order)).toBe('op-1-2');
    expect(comparableLabel('(b)')).toBe(comparableLabel('b)'));
    expect(comparableLabel("'1'")).toBe(comparableLabel('1.'));
  });

  it('never a provision already matched', () => {
    const text = 'participate actively in the preparatory process of the UNGA overall review.';
    expect(idOf({ label: '2', text }, false, new Set(['op-3-2']))).toBeUndefined();
  });

  it('recognises a heading of the version, its trailing comma aside', () => {
    expect(matchHeading('encourages Member States to', headings)?.sectionId).toBe('op-3');
    expect(matchHeading('Recalling', headings)?.sectionId).toBe('pre-1');
    expect(matchHeading('invites', headings)).toBeUndefined();
  });

  it('measures shared words as a share of both texts', () => {
    expect(wordSimilarity('a b c d', 'a b c d')).toBe(1);
    expect(wordSimilarity('a b c d', 'a b x y')).toBe(0.5);
    expect(wordSimilarity('', 'a')).toBe(0);
  });
});
