import { provisionStatusesRecorded } from '#libs/contracts';
import { explainProvision } from './replay';
import { DOCUMENT_ID, recordedNegotiation } from './testing/recorded-negotiation';

describe('the state of play in the explanation of a provision', () => {
  it('names the status recorded for the provision, its round, version and meeting, as context', () => {
    const { events } = recordedNegotiation();
    const last = events[events.length - 1];
    const round = provisionStatusesRecorded({
      documentId: DOCUMENT_ID,
      decisionId: 'round-1',
      versionNumber: 2,
      round: 1,
      statuses: [{ provisionId: 'pre-1-5', status: 'agreed-ad-ref' }],
      meetingId: 'ic-2',
      meeting: 'Second informal consultation',
      date: '2026-04-12',
    });
    const recorded = {
      ...last,
      ...round,
      position: last.position + 1,
      eventId: '5f0c2d9e-1b7a-4c3e-8d2f-ffffffffffff',
      streamVersion: last.streamVersion + 1,
      streamId: `document-${DOCUMENT_ID}`,
    };
    const result = explainProvision([...events, recorded], DOCUMENT_ID, 'pre-1-5');
    if (!result.ok) throw new Error(result.reason);
    expect(result.explanation.steps.at(-1)).toMatchObject({
      kind: 'status',
      decisive: false,
      position: recorded.position,
      decisionId: 'round-1',
      meeting: 'Second informal consultation',
      summary: 'status agreed-ad-ref recorded in round 1 on version 2 (meeting ic-2)',
    });
    const other = explainProvision([...events, recorded], DOCUMENT_ID, 'pre-1-4');
    if (!other.ok) throw new Error(other.reason);
    expect(other.explanation.steps.map((s) => s.kind)).not.toContain('status');
  });
});
