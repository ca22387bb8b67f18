import { ResolutionDocument } from '../model';
import { tokenTexts } from '../tokenize';
import { AmendmentOperation } from './amendment';
import { applyAmendment } from './apply-amendment';
import { bracketGroups, checkAdoptable, listUnsettledBrackets } from './brackets';
import { locateProvision } from './document-tree';
import { englishResolution, resolution30 } from './testing/resolutions';

const WSIS_FORUM = 'to ensure that the WSIS Forum remains a multistakeholder platform;';

function applied(doc: ResolutionDocument, op: AmendmentOperation): ResolutionDocument {
  const result = applyAmendment(doc, op);
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} ${result.refusal.message}`);
  return result.value;
}

/** The English resolution with one provision whose words "remains a multistakeholder platform" are bracketed by two delegations. */
function bracketed(): ResolutionDocument {
  const doc = applied(englishResolution(), { kind: 'add', newId: 'o-forum', position: { atEndOf: 'instructs' }, text: WSIS_FORUM });
  const tokens = tokenTexts(WSIS_FORUM);
  return applied(doc, {
    kind: 'offerAlternatives',
    provisionId: 'o-forum',
    baseText: WSIS_FORUM,
    from: tokens.indexOf('remains'),
    to: tokens.indexOf(';'),
    alternatives: ['is open to all stakeholders', 'should be intergovernmental'],
  });
}

const textOf = (doc: ResolutionDocument, id: string) => locateProvision(doc, id)?.provision.text;

describe('bracketed alternatives', () => {
  it('puts the alternatives into the text, each in its brackets', () => {
    expect(textOf(bracketed(), 'o-forum')).toBe(
      'to ensure that the WSIS Forum [is open to all stakeholders] [should be intergovernmental];',
    );
  });

  it('lists the unsettled bracket groups of a document with their alternatives', () => {
    expect(listUnsettledBrackets(bracketed())).toEqual([
      expect.objectContaining({
        provisionId: 'o-forum',
        bracketIndex: 0,
        alternatives: ['is open to all stakeholders', 'should be intergovernmental'],
      }),
    ]);
    expect(listUnsettledBrackets(englishResolution())).toEqual([]);
  });

  it('keeps the alternative the chair chooses and drops the brackets', () => {
    const doc = applied(bracketed(), { kind: 'settleBrackets', provisionId: 'o-forum', bracketIndex: 0, choice: 1 });
    expect(textOf(doc, 'o-forum')).toBe('to ensure that the WSIS Forum should be intergovernmental;');
    expect(listUnsettledBrackets(doc)).toEqual([]);
  });

  it('drops every alternative, and the space before them, when the chair keeps none', () => {
    const doc = applied(bracketed(), { kind: 'settleBrackets', provisionId: 'o-forum', bracketIndex: 0, choice: 'none' });
    expect(textOf(doc, 'o-forum')).toBe('to ensure that the WSIS Forum;');
  });

  it('settles a lone bracketed phrase in an Arabic provision by keeping it', () => {
    const doc = applied(resolution30(), {
      kind: 'replaceText',
      provisionId: 'recognizing-2030',
      text: 'أن خطة التنمية المستدامة لعام 2030 [لها تأثيرات هامة] على أنشطة الاتحاد؛',
    });
    expect(listUnsettledBrackets(doc)).toHaveLength(1);
    const settled = applied(doc, { kind: 'settleBrackets', provisionId: 'recognizing-2030', bracketIndex: 0, choice: 0 });
    expect(textOf(settled, 'recognizing-2030')).toBe('أن خطة التنمية المستدامة لعام 2030 لها تأثيرات هامة على أنشطة الاتحاد؛');
  });

  it('refuses adoption while any bracket remains, and allows it once all are settled', () => {
    const doc = bracketed();
    expect(checkAdoptable(doc)).toEqual({ ok: false, refusal: expect.objectContaining({ code: 'unsettled-brackets' }) });
    const settled = applied(doc, { kind: 'settleBrackets', provisionId: 'o-forum', bracketIndex: 0, choice: 0 });
    expect(checkAdoptable(settled)).toEqual({ ok: true, value: settled });
  });

  it('refuses a bracket group that is not there and a choice that is not offered', () => {
    expect(applyAmendment(bracketed(), { kind: 'settleBrackets', provisionId: 'o-forum', bracketIndex: 1, choice: 0 })).toEqual({
      ok: false,
      refusal: expect.objectContaining({ code: 'bracket-not-found' }),
    });
    expect(applyAmendment(bracketed(), { kind: 'settleBrackets', provisionId: 'o-forum', bracketIndex: 0, choice: 2 })).toEqual({
      ok: false,
      refusal: expect.objectContaining({ code: 'invalid-choice' }),
    });
  });

  it('refuses alternatives that contain brackets themselves, or none at all', () => {
    const offer = (alternatives: string[]): AmendmentOperation => ({
      kind: 'offerAlternatives',
      provisionId: 'o-1',
      baseText: englishResolution().operative[0].provisions[0].text,
      from: 0,
      to: 1,
      alternatives,
    });
    expect(applyAmendment(englishResolution(), offer(['a [b]']))).toEqual({
      ok: false,
      refusal: expect.objectContaining({ code: 'invalid-alternatives' }),
    });
    expect(applyAmendment(englishResolution(), offer([]))).toEqual({
      ok: false,
      refusal: expect.objectContaining({ code: 'invalid-alternatives' }),
    });
  });

  it('refuses alternatives that would cut through a bracket group already there', () => {
    const doc = bracketed();
    const text = textOf(doc, 'o-forum') as string;
    const tokens = tokenTexts(text);
    const result = applyAmendment(doc, {
      kind: 'offerAlternatives',
      provisionId: 'o-forum',
      baseText: text,
      from: tokens.indexOf('WSIS'),
      to: tokens.indexOf('open'),
      alternatives: ['x'],
    });
    expect(result).toEqual({ ok: false, refusal: expect.objectContaining({ code: 'invalid-range' }) });
  });

  it('finds groups of several alternatives and ignores an unclosed bracket', () => {
    const groups = bracketGroups(tokenTexts('a [b] [c] d [e] f [g'));
    expect(groups.map((group) => group.alternatives)).toEqual([['b', 'c'], ['e']]);
  });
});
