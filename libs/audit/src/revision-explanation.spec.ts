import { Actor, NewEvent, consultationPhaseChanged, consultationRegistered, documentRegistered } from '#libs/contracts';
import { decideDocument, evolveConsultation, evolveDocument, initialConsultationState, initialDocumentState } from '#libs/domain';
import { importResolution } from '#libs/text';
import { explainProvision, replayDocument } from './replay';
import { ReplayedEvent } from './replay-events';

const ZERO_DRAFT = `RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to report annually to the Council,
`;
const D = 'd-1';
const chair: Actor = { id: 'chair-1', role: 'chair' };

/** The zero draft and Rev.1, which rewords item 1, as the write side records them. */
function recorded(): ReplayedEvent[] {
  const registered = documentRegistered({
    documentId: D,
    consultationId: 'c-1',
    symbol: 'A/80/L.1',
    versionLabel: 'zero draft',
    text: importResolution(ZERO_DRAFT).document,
    source: { kind: 'import', warnings: 0 },
  });
  const consultation = [
    consultationRegistered({
      consultationId: 'c-1',
      title: 't',
      body: 'UNGA',
      subject: 'WSIS+20',
      originalLanguage: 'en',
      chairs: ['chair-1'],
      deadlines: {},
      restricted: false,
    }),
    consultationPhaseChanged({ consultationId: 'c-1', from: 'drafting', to: 'open-for-contributions' }),
  ].reduce(evolveConsultation, initialConsultationState);
  const decision = decideDocument(
    {
      kind: 'IssueRevision',
      decisionId: 'rev-1',
      text: importResolution(ZERO_DRAFT.replace('all possible', 'all appropriate')).document,
      symbol: 'A/80/L.1/Rev.1',
      date: '2025-11-07',
    },
    evolveDocument(initialDocumentState, registered),
    { actor: chair, consultation, stakeholders: { get: () => undefined }, now: '2025-11-07T10:00:00Z' },
  );
  if (!decision.ok) throw new Error(decision.refusal.message);
  return [registered, ...decision.events].map((event: NewEvent, i) => ({
    ...event,
    position: i + 1,
    eventId: `e-${i + 1}`,
    streamId: `document-${D}`,
    recordedAt: `2025-11-07T10:00:0${i + 1}.000Z`,
    metadata: { actor: chair },
  }));
}

describe('the replay of a revision', () => {
  const events = recorded();

  it('gives the revision as the latest version', () => {
    expect(replayDocument(events, D)).toMatchObject({ versionNumber: 2, versionLabel: 'Rev.1' });
  });

  it('explains a provision the revision reworded by the revision, and one it kept as carried by it', () => {
    const reworded = explainProvision(events, D, 'op-1-1');
    if (!reworded.ok) throw new Error(reworded.reason);
    expect(reworded.explanation.steps.map((s) => [s.kind, s.decisive])).toEqual([
      ['registered', true],
      ['revision', true],
    ]);
    expect(reworded.explanation.steps[1]).toMatchObject({
      decisionId: 'rev-1',
      wordingAfter: expect.stringContaining('all appropriate'),
      summary: 'Rev.1 (A/80/L.1/Rev.1) issued as version 2 on 2025-11-07: its wording changed',
    });
    const kept = explainProvision(events, D, 'op-1-2');
    if (!kept.ok) throw new Error(kept.reason);
    expect(kept.explanation.steps[1]).toMatchObject({ kind: 'revision', decisive: false });
  });
});
