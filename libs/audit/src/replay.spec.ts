import { applyAmendment, locateProvision } from '#libs/text';
import { explainProvision, findProvision, labelKey, replayConsultation, replayDocument } from './replay';
import { CONSULTATION_ID, DOCUMENT_ID, RecordedNegotiation, recordedNegotiation } from './testing/recorded-negotiation';

describe('replay from the events alone', () => {
  let negotiation: RecordedNegotiation;
  beforeAll(() => {
    negotiation = recordedNegotiation();
  });

  it('reduces labels as typed or printed to what tells them apart, Arabic abjad letters included', () => {
    expect(['هـ )', 'ﻫ)', 'ه', 'هـ', '(هـ)'].map(labelKey)).toEqual(Array(5).fill('ه'));
    expect(['(a)', 'a)', 'A'].map(labelKey)).toEqual(['a', 'a', 'a']);
    expect(["'1'", '1 -', '١', '1.'].map(labelKey)).toEqual(['1', '1', '1', '1']);
  });

  it('gives the text at the registration, before and after each decision, and after the adoption, as the text engine computes it', () => {
    const { at, base, events } = negotiation;
    expect(replayDocument(events, DOCUMENT_ID, { position: at.registered - 1 })).toBeUndefined();
    expect(replayDocument(events, DOCUMENT_ID, { position: at.registered })!.text).toEqual(base);
    expect(replayDocument(events, DOCUMENT_ID, { position: at.ruledA1 - 1 })!.text).toEqual(base);
    const revised = events[at.revisedA1 - 1].payload as { operation: Parameters<typeof applyAmendment>[1] };
    const afterA1 = applyAmendment(base, revised.operation);
    if (!afterA1.ok) throw new Error(afterA1.refusal.message);
    expect(replayDocument(events, DOCUMENT_ID, { position: at.ruledA1 })!.text).toEqual(afterA1.value);
    const final = replayDocument(events, DOCUMENT_ID)!;
    expect(final).toMatchObject({ versionNumber: 2, versionLabel: 'المعدَّل في 2026', lastPosition: at.adopted });
    expect(locateProvision(final.text, 'pre-1-new')).toBeDefined();
    // By time: the moment an event was recorded includes it.
    expect(replayDocument(events, DOCUMENT_ID, { time: events[at.ruledA1 - 1].recordedAt })!.text).toEqual(afterA1.value);
  });

  it('gives the consultation with its phase and its documents at a moment', () => {
    const { at, events } = negotiation;
    const during = replayConsultation(events, CONSULTATION_ID, { position: at.ruledA2 })!;
    expect(during.state).toMatchObject({ phase: 'negotiation', chairs: ['chair-cwg-wsis'] });
    expect(during.documents.map((d) => [d.documentId, d.versionNumber])).toEqual([[DOCUMENT_ID, 1]]);
    expect(replayConsultation(events, CONSULTATION_ID)!.state.phase).toBe('adoption');
    expect(replayConsultation(events, 'another')).toBeUndefined();
  });

  it('finds a provision by its id, its label under its section, or its Arabic heading, and lists the candidates of an ambiguous label', () => {
    const text = replayDocument(negotiation.events, DOCUMENT_ID)!.text;
    const found = (reference: string) => {
      const lookup = findProvision(text, reference);
      return lookup.ok ? lookup.found.place.provision.id : lookup;
    };
    expect(found('pre-1-5')).toBe('pre-1-5');
    // After the new recital b) was added, the old هـ) of "إذ يذكّر" reads و).
    expect(found('إذ يذكّر/و')).toBe('pre-1-5');
    // "إذ يذكّر" is also within "وإذ يذكّر أيضاً", which has a ب) too: the heading named in full is the one meant.
    expect(found('إذ يذكّر/ب')).toBe('pre-1-2');
    expect(found('وإذ يذكّر أيضاً/ب')).toBe('pre-2-2');
    expect(found('preamble 1/و )')).toBe('pre-1-5');
    expect(found('preamble 4/ﻫ)')).toBe('pre-4-5');
    expect(found('operative 1/3')).toBe('op-1-3');
    const ambiguous = findProvision(text, 'هـ');
    expect(ambiguous.ok).toBe(false);
    if (!ambiguous.ok)
      expect(ambiguous.candidates.map((c) => c.split(' (')[0])).toEqual(expect.arrayContaining(['preamble 1/هـ', 'preamble 4/هـ']));
    expect(findProvision(text, 'operative 1/99')).toMatchObject({ ok: false, reason: expect.stringMatching(/no provision/) });
  });

  it('explains a provision by the events that gave it its words, with relettering and the reservation as context', () => {
    const { at, events } = negotiation;
    const result = explainProvision(events, DOCUMENT_ID, 'إذ يذكّر/و');
    if (!result.ok) throw new Error(result.reason);
    const { explanation } = result;
    expect(explanation.provision).toMatchObject({ id: 'pre-1-5', printedLabel: 'و )', reference: 'preamble 1/و' });
    expect(explanation.steps.map((s) => [s.position, s.kind, s.decisive])).toEqual([
      [at.registered, 'registered', true],
      [at.proposedA1, 'proposed', true],
      [at.revisedA1, 'revised', true],
      [at.ruledA1, 'ruled', true],
      [at.ruledA2, 'relettered', false],
      [at.reservation, 'reservation', false],
      [at.adopted, 'adopted', true],
    ]);
    const ruling = explanation.steps.find((s) => s.kind === 'ruled')!;
    expect(ruling).toMatchObject({
      decisionId: 'dec-1',
      amendmentIds: ['a-1'],
      meeting: 'CWG-WSIS&SDG-44',
      eventId: events[at.ruledA1 - 1].eventId,
      actor: 'chair-cwg-wsis',
    });
    expect(ruling.wordingAfter).toMatch(/وبنتائجه المعتمدة$/);
    expect(ruling.wordingBefore).not.toMatch(/وبنتائجه/);
    expect(explanation.steps.find((s) => s.kind === 'relettered')).toMatchObject({ labelBefore: 'هـ )', labelAfter: 'و )' });
    // The rejected suppression gave it nothing.
    expect(explanation.steps.map((s) => s.position)).not.toContain(at.proposedA3);
  });

  it('explains a provision as it stood at an earlier moment, by the label it had then', () => {
    const { at, events } = negotiation;
    const result = explainProvision(events, DOCUMENT_ID, 'إذ يذكّر/هـ', { position: at.ruledA1 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.explanation.provision.id).toBe('pre-1-5');
    expect(result.explanation.steps.map((s) => s.kind)).toEqual(['registered', 'proposed', 'revised', 'ruled']);
    // The new recital did not exist yet.
    expect(explainProvision(events, DOCUMENT_ID, 'pre-1-new', { position: at.ruledA1 })).toMatchObject({ ok: false });
    const added = explainProvision(events, DOCUMENT_ID, 'pre-1-new');
    if (!added.ok) throw new Error(added.reason);
    expect(added.explanation.steps.map((s) => [s.kind, s.position])).toEqual([
      ['proposed', at.proposedA2],
      ['ruled', at.ruledA2],
      ['adopted', at.adopted],
    ]);
    expect(added.explanation.steps[1].summary).toMatch(/entered the text/);
  });
});
