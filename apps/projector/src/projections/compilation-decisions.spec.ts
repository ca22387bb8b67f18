import { NewEvent, RecordedEvent, amendmentRuled, amendmentsMerged, bracketsSettled, decisionCorrected } from '#libs/contracts';
import { AmendmentOperation } from '#libs/text';
import { amendmentDecisionOf, withDecision } from './compilation-decisions';

function recorded(event: NewEvent, position: number): RecordedEvent {
  return {
    ...event,
    position,
    eventId: `e-${position}`,
    streamId: 'document-d-1',
    streamVersion: position,
    recordedAt: '2026-04-10T09:00:00.000Z',
    metadata: { actor: { id: 'chair-1', role: 'chair' }, correlationId: `c-${position}`, occurredAt: '2026-04-10T09:00:00.000Z' },
  };
}

const add: AmendmentOperation = {
  kind: 'add',
  newId: 'op-2-merged',
  position: { after: 'op-2-1' },
  text: 'share best practices and experience;',
};

describe("the chair's decisions as each amendment keeps them", () => {
  it('reads a ruling with its sitting and who took it, leaving out what the chair did not say', () => {
    const decided = amendmentDecisionOf(
      recorded(
        amendmentRuled({
          documentId: 'd-1',
          decisionId: 'dec-1',
          amendmentId: 'a-1',
          ruling: 'rejected',
          reason: 'no support',
          meeting: 'CWG-WSIS&SDG-44',
          date: '2026-04-10',
        }),
        7,
      ),
    );
    expect(decided).toEqual({
      amendmentIds: ['a-1'],
      decision: {
        id: 'dec-1',
        kind: 'ruling',
        ruling: 'rejected',
        reason: 'no support',
        meeting: 'CWG-WSIS&SDG-44',
        date: '2026-04-10',
        decidedBy: 'chair-1',
        recordedAt: '2026-04-10T09:00:00.000Z',
        position: 7,
      },
    });
    expect(Object.keys(decided!.decision)).not.toContain('compromise');
  });

  it('gives a merge to every amendment it takes in, with the text the chair made of them', () => {
    const decided = amendmentDecisionOf(
      recorded(amendmentsMerged({ documentId: 'd-1', decisionId: 'dec-2', amendmentIds: ['a-5', 'a-6'], operation: add, applied: add }), 8),
    );
    expect(decided).toMatchObject({
      amendmentIds: ['a-5', 'a-6'],
      decision: { kind: 'merge', ruling: 'merged', operation: add, amendmentIds: ['a-5', 'a-6'] },
    });
    expect(
      amendmentDecisionOf(
        recorded(
          bracketsSettled({
            documentId: 'd-1',
            decisionId: 'dec-3',
            provisionId: 'p',
            bracketIndex: 0,
            choice: 1,
            applied: { kind: 'settleBrackets', provisionId: 'p', bracketIndex: 0, choice: 1 },
          }),
          9,
        ),
      ),
    ).toBeUndefined();
  });

  it('keeps a corrected decision, marked with the correction that superseded it', () => {
    const ruling = amendmentDecisionOf(
      recorded(amendmentRuled({ documentId: 'd-1', decisionId: 'dec-5', amendmentId: 'a-2', ruling: 'rejected' }), 10),
    )!.decision;
    const correction = amendmentDecisionOf(
      recorded(
        decisionCorrected({
          documentId: 'd-1',
          decisionId: 'dec-8',
          corrects: 'dec-5',
          amendmentId: 'a-2',
          ruling: 'accepted',
          applied: add,
          reason: 'the plenary had agreed',
        }),
        14,
      ),
    )!.decision;
    const decisions = withDecision(withDecision([], ruling), correction);
    expect(decisions.map((d) => [d.id, d.kind, d.ruling, d.correctedBy])).toEqual([
      ['dec-5', 'ruling', 'rejected', 'dec-8'],
      ['dec-8', 'correction', 'accepted', undefined],
    ]);
    expect(withDecision(decisions, correction)).toEqual(decisions);
  });
});
