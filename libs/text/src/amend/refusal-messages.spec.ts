import { citeProvision } from '../render/citation';
import { AmendmentOperation } from './amendment';
import { applyAmendment } from './apply-amendment';
import { checkAdoptable } from './brackets';
import { rebaseAmendment } from './rebase';
import { AMENDMENT_REFUSAL_MESSAGES_EN, amendmentRefusalMessageEn } from './refusal-messages';
import { AmendmentRefusal } from './result';
import { RES30, englishResolution, resolution30 } from './testing/resolutions';

function refused(result: { ok: boolean; refusal?: AmendmentRefusal }): AmendmentRefusal {
  if (result.ok || !result.refusal) throw new Error('expected a refusal');
  return result.refusal;
}

/** Internal ids and word indexes a person must never read. */
const INTERNAL = /\b(o-\d|r-[a-c]|recalling-|resolves-|requests-|fn-)|\d+\.\.\d+/u;

describe('the text engine’s refusals, as message keys', () => {
  const english = englishResolution();
  const arabic = resolution30();

  it('cites the provision as printed and quotes the words, in the quotation marks of their script', () => {
    const refusal = refused(applyAmendment(english, { kind: 'modify', provisionId: 'o-1', oldText: 'no such wording', newText: 'x' }));
    expect(refusal).toMatchObject({
      code: 'stale-target',
      key: 'amendment.refused.staleTarget',
      params: { provision: 'resolves to instruct the Secretary-General, 1' },
    });
    expect(refusal.message).toBe(
      'resolves to instruct the Secretary-General, 1 no longer reads as it did when the amendment was proposed; carry the amendment over to its present wording',
    );
    const inArabic = refused(
      applyAmendment(arabic, { kind: 'settleBrackets', provisionId: 'recalling-res71', bracketIndex: 0, choice: 0 }),
    );
    expect(inArabic).toMatchObject({
      code: 'bracket-not-found',
      key: 'amendment.refused.noBracketGroup',
      params: { provision: citeProvision(arabic, 'recalling-res71'), number: 1 },
    });
    expect(inArabic.params.provision).toMatch(/^إذ يذكّر، /u);
  });

  it('never names an internal id or a word index, whatever the refusal', () => {
    const ops: AmendmentOperation[] = [
      { kind: 'suppress', provisionId: 'o-9' },
      { kind: 'add', newId: 'o-1', text: 'again', position: { after: 'o-3' } },
      { kind: 'move', provisionId: 'o-2', position: { asChildOf: 'o-2-i' } },
      {
        kind: 'modify',
        provisionId: 'o-1',
        baseText: english.operative[0].provisions[0].text,
        replacements: [{ from: 5, to: 900, text: 'x' }],
      },
      { kind: 'suppressFootnote', provisionId: 'o-3', footnoteId: 'fn-9' },
      { kind: 'changeHeading', sectionId: 'nowhere', heading: 'x' },
      { kind: 'addSection', sectionId: 'instructs', part: 'operative', heading: 'x', position: { atEndOfPart: 'operative' } },
      { kind: 'addSection', sectionId: 'new', part: 'preamble', heading: 'x', position: { atEndOfPart: 'operative' } },
      { kind: 'addSection', sectionId: 'new', part: 'preamble', heading: 'x', position: { afterSection: 'instructs' } },
      {
        kind: 'offerAlternatives',
        provisionId: 'o-1',
        baseText: english.operative[0].provisions[0].text,
        from: 0,
        to: 1,
        alternatives: [],
      },
    ];
    for (const op of ops) {
      const refusal = refused(applyAmendment(english, op));
      expect({ op: op.kind, message: refusal.message, leftover: /\{\w+\}/u.test(refusal.message) }).toEqual({
        op: op.kind,
        message: expect.not.stringMatching(INTERNAL),
        leftover: false,
      });
      expect(refusal.message).toBe(amendmentRefusalMessageEn(refusal.key, refusal.params));
    }
  });

  it('names the parts of a resolution in words, not by their codes', () => {
    const refusal = refused(
      applyAmendment(english, {
        kind: 'addSection',
        sectionId: 'new',
        part: 'preamble',
        heading: 'x',
        position: { afterSection: 'instructs' },
      }),
    );
    expect(refusal.message).toBe('the section resolves to instruct the Secretary-General is in the operative part, not the preamble');
  });

  it('lists the provisions whose brackets remain unsettled as printed', () => {
    const bracketed = applyAmendment(arabic, {
      kind: 'offerAlternatives',
      provisionId: 'requests-pp',
      baseText: RES30.requests,
      from: 0,
      to: 1,
      alternatives: ['أ', 'ب'],
    });
    if (!bracketed.ok) throw new Error(bracketed.refusal.message);
    const refusal = refused(checkAdoptable(bracketed.value));
    expect(refusal).toMatchObject({
      key: 'amendment.refused.unsettledBrackets',
      params: { count: 1, provisions: citeProvision(arabic, 'requests-pp') },
    });
  });

  it('states a rebase conflict by key, citing the provision in the text it was proposed against', () => {
    const gone = applyAmendment(english, { kind: 'suppress', provisionId: 'o-3' });
    if (!gone.ok) throw new Error(gone.refusal.message);
    expect(rebaseAmendment(english, gone.value, { kind: 'suppress', provisionId: 'o-3' })).toEqual({
      status: 'conflict',
      reason: 'target-gone',
      key: 'amendment.rebase.provisionGone',
      params: { provision: 'resolves to instruct the Secretary-General, 3' },
      message: 'resolves to instruct the Secretary-General, 3 is no longer in the text',
    });
  });

  it('keeps every English template free of ids: only named placeholders', () => {
    for (const template of Object.values(AMENDMENT_REFUSAL_MESSAGES_EN)) expect(template).not.toMatch(INTERNAL);
  });
});
