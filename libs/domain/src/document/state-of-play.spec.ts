import {
  Actor,
  NewEvent,
  Phase,
  StakeholderRegisteredV1,
  consultationPhaseChanged,
  consultationRegistered,
  documentRegistered,
  meetingRegistered,
} from '#libs/contracts';
import { ResolutionDocument } from '#libs/text';
import { ConsultationState, evolveConsultation, initialConsultationState } from '../consultation/consultation';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import { DocumentCommand, decideDocument } from './document-decide';
import { DocumentState, evolveDocument, initialDocumentState } from './document-state';
import { StatusEntry, statusOf } from './state-of-play';

const chair: Actor = { id: 'chair-1', role: 'chair' };
const otherChair: Actor = { id: 'chair-9', role: 'chair' };
const egyptEntry: StakeholderRegisteredV1 = {
  stakeholderId: 'egypt',
  name: 'Egypt',
  category: 'member-state',
  region: 'arab-states',
  memberIds: [],
};
const stakeholders: StakeholderDirectory = { get: (id) => (id === 'egypt' ? egyptEntry : undefined) };

function zeroDraft(): ResolutionDocument {
  const p = (id: string, text: string) => ({ id, text, children: [], footnotes: [] });
  return {
    language: 'en',
    style: 'unga',
    title: 'Outcome document of the high-level meeting on the overall review of the implementation of the WSIS outcomes',
    body: 'The General Assembly,',
    preamble: [{ id: 'pp', heading: '', provisions: [p('pp-1', 'Recalling its resolution 70/125 of 16 December 2015,')] }],
    operative: [
      {
        id: 'op',
        heading: '',
        provisions: [
          p('op-1', 'Reaffirms the vision of a people-centred information society;'),
          p('op-2', 'Decides to hold the next review in [2035] [2030];'),
          p('op-3', 'Requests the Secretary-General to report annually.'),
        ],
      },
    ],
    metadata: {},
  };
}

function consultationIn(phase: Phase): ConsultationState {
  const order: Phase[] = ['drafting', 'open-for-contributions', 'negotiation', 'adoption'];
  const events: NewEvent[] = [
    consultationRegistered({
      consultationId: 'c1',
      title: 'WSIS+20',
      body: 'General Assembly',
      subject: 'WSIS+20 review',
      originalLanguage: 'en',
      chairs: ['chair-1'],
      deadlines: {},
      restricted: false,
    }),
    meetingRegistered({
      consultationId: 'c1',
      meetingId: 'ic-2',
      kind: 'informal-consultation',
      number: 2,
      name: 'Second informal consultation',
      date: '2025-11-12',
    }),
  ];
  for (let i = 1; i <= order.indexOf(phase); i++)
    events.push(consultationPhaseChanged({ consultationId: 'c1', from: order[i - 1], to: order[i] }));
  return events.reduce(evolveConsultation, initialConsultationState);
}

class Negotiation {
  state: DocumentState = [
    documentRegistered({
      documentId: 'd1',
      consultationId: 'c1',
      symbol: 'A/80/L.1',
      versionLabel: 'zero draft',
      text: zeroDraft(),
      source: { kind: 'import', warnings: 0 },
    }),
  ].reduce(evolveDocument, initialDocumentState);
  consultation = consultationIn('negotiation');

  decide(command: DocumentCommand, actor: Actor = chair) {
    return decideDocument(command, this.state, { actor, consultation: this.consultation, stakeholders, now: '2025-11-12T18:00:00Z' });
  }

  done(command: DocumentCommand, actor: Actor = chair): this {
    const decision = this.decide(command, actor);
    if (!decision.ok) throw new Error(`given step refused: ${decision.refusal.message}`);
    this.state = decision.events.reduce(evolveDocument, this.state);
    return this;
  }
}

const round = (decisionId: string, statuses: StatusEntry[], meetingId?: string): DocumentCommand => ({
  kind: 'RecordProvisionStatuses',
  documentId: 'd1',
  decisionId,
  statuses,
  ...(meetingId ? { meetingId } : {}),
});

describe('the state of play', () => {
  it('records a round of statuses by the chair, on the latest version, at a registered meeting', () => {
    const decision = new Negotiation().decide(
      round(
        's1',
        [
          { provisionId: 'pp-1', status: 'agreed-ad-ref' },
          { provisionId: 'op-2', status: 'bracketed', note: 'the year is open' },
        ],
        'ic-2',
      ),
    );
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: 'ProvisionStatusesRecorded',
          schemaVersion: 1,
          payload: {
            documentId: 'd1',
            decisionId: 's1',
            versionNumber: 1,
            round: 1,
            statuses: [
              { provisionId: 'pp-1', status: 'agreed-ad-ref' },
              { provisionId: 'op-2', status: 'bracketed', note: 'the year is open' },
            ],
            meetingId: 'ic-2',
            meeting: 'Second informal consultation',
            date: '2025-11-12',
          },
        },
      ],
    });
  });

  it('counts rounds on, and keeps each provision’s latest status with the round it was set in; the others are pending', () => {
    const negotiation = new Negotiation()
      .done(
        round('s1', [
          { provisionId: 'pp-1', status: 'agreed-ad-ref' },
          { provisionId: 'op-1', status: 'agreed-ad-ref' },
        ]),
      )
      .done(round('s2', [{ provisionId: 'op-1', status: 'agreed' }]));
    expect(negotiation.state.stateOfPlay).toEqual({
      round: 2,
      statuses: {
        'pp-1': { status: 'agreed-ad-ref', round: 1, versionNumber: 1 },
        'op-1': { status: 'agreed', round: 2, versionNumber: 1 },
      },
    });
    expect(statusOf(negotiation.state.stateOfPlay, 'op-3')).toBe('pending');
    expect(negotiation.decide(round('s3', [{ provisionId: 'op-3', status: 'deleted' }]))).toMatchObject({
      ok: true,
      events: [{ payload: { round: 3 } }],
    });
    expect(negotiation.decide(round('s2', [{ provisionId: 'op-3', status: 'deleted' }]))).toMatchObject({
      ok: false,
      refusal: { code: 'already-exists' },
    });
  });

  it('reopens after a revision the provisions whose words it changed; the others keep their status', () => {
    const negotiation = new Negotiation().done(
      round('s1', [
        { provisionId: 'pp-1', status: 'agreed-ad-ref' },
        { provisionId: 'op-1', status: 'agreed-ad-ref' },
      ]),
    );
    const rev1 = zeroDraft();
    const operative = rev1.operative[0];
    const reworded = { ...operative.provisions[0], text: 'Reaffirms the vision of a people-centred and inclusive information society;' };
    negotiation.done({
      kind: 'IssueRevision',
      documentId: 'd1',
      decisionId: 'rev-1',
      date: '2025-11-07',
      text: { ...rev1, operative: [{ ...operative, provisions: [reworded, ...operative.provisions.slice(1)] }] },
    });
    expect(negotiation.state.stateOfPlay.statuses).toEqual({ 'pp-1': { status: 'agreed-ad-ref', round: 1, versionNumber: 1 } });
    expect(statusOf(negotiation.state.stateOfPlay, 'op-1')).toBe('pending');
    expect(negotiation.decide(round('s2', [{ provisionId: 'op-1', status: 'agreed-ad-ref' }]))).toMatchObject({
      ok: true,
      events: [{ payload: { round: 2, versionNumber: 2 } }],
    });
  });

  it('marks bracketed only a provision with unsettled brackets, and agrees to one only once they are settled', () => {
    const negotiation = new Negotiation();
    expect(negotiation.decide(round('s1', [{ provisionId: 'op-1', status: 'bracketed' }]))).toMatchObject({
      ok: false,
      refusal: { code: 'invalid', message: expect.stringContaining('paragraph 1 has no unsettled brackets') },
    });
    for (const status of ['agreed', 'agreed-ad-ref'] as const) {
      expect(negotiation.decide(round('s1', [{ provisionId: 'op-2', status }]))).toMatchObject({
        ok: false,
        refusal: {
          code: 'invalid',
          message: expect.stringMatching(
            /^paragraph 2 still has unsettled brackets; settle them before recording it as agreed( ad referendum)?$/,
          ),
        },
      });
    }
    negotiation.done({ kind: 'SettleBrackets', documentId: 'd1', decisionId: 'b1', provisionId: 'op-2', bracketIndex: 0, choice: 1 });
    expect(negotiation.decide(round('s1', [{ provisionId: 'op-2', status: 'agreed-ad-ref' }]))).toMatchObject({ ok: true });
  });

  it('takes a provision deleted from the working text but still in the latest version, and refuses one the text never had', () => {
    const negotiation = new Negotiation();
    negotiation.done(
      {
        kind: 'ProposeAmendment',
        amendmentId: 'a1',
        versionNumber: 1,
        operation: { kind: 'suppress', provisionId: 'op-3' },
        proposers: ['egypt'],
      },
      { id: 'egypt', role: 'stakeholder' },
    );
    negotiation.done({ kind: 'RuleOnAmendment', documentId: 'd1', decisionId: 'r1', amendmentId: 'a1', ruling: 'accepted' });
    expect(negotiation.decide(round('s1', [{ provisionId: 'op-3', status: 'deleted' }]))).toMatchObject({ ok: true });
    expect(negotiation.decide(round('s1', [{ provisionId: 'op-9', status: 'agreed' }]))).toMatchObject({
      ok: false,
      refusal: { code: 'not-found', key: 'provision.notFound', message: 'the provision named is not in the text' },
    });
  });

  it('refuses a provision twice in a round, an empty round, an unknown status and an unregistered meeting', () => {
    const negotiation = new Negotiation();
    expect(
      negotiation.decide(
        round('s1', [
          { provisionId: 'op-1', status: 'agreed' },
          { provisionId: 'op-1', status: 'deleted' },
        ]),
      ),
    ).toMatchObject({ ok: false, refusal: { code: 'invalid', message: expect.stringContaining('two statuses') } });
    expect(negotiation.decide(round('s1', []))).toMatchObject({ ok: false, refusal: { code: 'invalid' } });
    expect(negotiation.decide(round('s1', [{ provisionId: 'op-1', status: 'closed' as StatusEntry['status'] }]))).toMatchObject({
      ok: false,
      refusal: { code: 'invalid' },
    });
    expect(negotiation.decide(round('s1', [{ provisionId: 'op-1', status: 'agreed' }], 'ic-7'))).toMatchObject({
      ok: false,
      refusal: { code: 'not-found', key: 'meeting.notFound', message: 'no such meeting is registered' },
    });
  });

  it('is recorded by a chair of this consultation, in negotiation or adoption only', () => {
    const negotiation = new Negotiation();
    expect(negotiation.decide(round('s1', [{ provisionId: 'op-1', status: 'agreed' }]), otherChair)).toMatchObject({
      ok: false,
      refusal: { code: 'not-allowed' },
    });
    negotiation.consultation = consultationIn('open-for-contributions');
    expect(negotiation.decide(round('s1', [{ provisionId: 'op-1', status: 'agreed' }]))).toMatchObject({
      ok: false,
      refusal: { code: 'wrong-phase' },
    });
    negotiation.consultation = consultationIn('adoption');
    expect(negotiation.decide(round('s1', [{ provisionId: 'op-1', status: 'agreed' }]))).toMatchObject({ ok: true });
  });
});

describe('decisions citing a meeting', () => {
  it('refuses a ruling at an unregistered meeting, and fills the meeting’s name and date for a registered one', () => {
    const negotiation = new Negotiation();
    negotiation.done(
      {
        kind: 'ProposeAmendment',
        amendmentId: 'a1',
        versionNumber: 1,
        operation: { kind: 'suppress', provisionId: 'op-3' },
        proposers: ['egypt'],
      },
      { id: 'egypt', role: 'stakeholder' },
    );
    const ruling = (meetingId: string): DocumentCommand => ({
      kind: 'RuleOnAmendment',
      documentId: 'd1',
      decisionId: 'r1',
      amendmentId: 'a1',
      ruling: 'rejected',
      meetingId,
    });
    expect(negotiation.decide(ruling('ic-5'))).toMatchObject({
      ok: false,
      refusal: { code: 'not-found', key: 'meeting.notFound', message: 'no such meeting is registered' },
    });
    expect(negotiation.decide(ruling('ic-2'))).toMatchObject({
      ok: true,
      events: [{ payload: { meetingId: 'ic-2', meeting: 'Second informal consultation', date: '2025-11-12' } }],
    });
  });
});
