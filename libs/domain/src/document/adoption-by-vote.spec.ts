import {
  Actor,
  NewEvent,
  StakeholderRegisteredV1,
  VersionAdoptedV1,
  consultationPhaseChanged,
  consultationRegistered,
  documentRegistered,
  meetingRegistered,
} from '#libs/contracts';
import { ResolutionDocument } from '#libs/text';
import { ConsultationState, evolveConsultation, initialConsultationState } from '../consultation/consultation';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import { tallyOf } from './adoption';
import { DocumentCommand, decideDocument } from './document-decide';
import { DocumentState, evolveDocument, initialDocumentState } from './document-state';

const chair: Actor = { id: 'chair-1', role: 'chair' };
const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const state = (id: string, name: string): StakeholderRegisteredV1 => ({
  stakeholderId: id,
  name,
  category: 'member-state',
  region: 'global',
  memberIds: [],
});
const registry: Record<string, StakeholderRegisteredV1> = {
  egypt: state('egypt', 'Egypt'),
  kenya: state('kenya', 'Kenya'),
  brazil: state('brazil', 'Brazil'),
  norway: state('norway', 'Norway'),
  g77: { ...state('g77', 'Group of 77 and China'), memberIds: ['egypt', 'kenya', 'brazil'] },
  isoc: { ...state('isoc', 'Internet Society'), category: 'technical-community' },
};
const stakeholders: StakeholderDirectory = { get: (id) => registry[id] };

function draft(): ResolutionDocument {
  const p = (id: string, text: string) => ({ id, text, children: [], footnotes: [] });
  return {
    language: 'en',
    style: 'unga',
    title: 'Outcome document of the high-level meeting on the overall review of the WSIS',
    body: 'The General Assembly,',
    preamble: [{ id: 'pre', heading: '', provisions: [p('pp1', 'Recalling its resolution 70/125,')] }],
    operative: [{ id: 'op', heading: '', provisions: [p('op1', 'Decides to hold a high-level meeting in 2035.')] }],
    metadata: {},
  };
}

function consultationIn(phase: 'negotiation' | 'adoption' | 'closed'): ConsultationState {
  const order = ['drafting', 'open-for-contributions', 'negotiation', 'adoption', 'closed'] as const;
  const events: NewEvent[] = [
    consultationRegistered({
      consultationId: 'c1',
      title: 'WSIS+20',
      body: 'General Assembly',
      subject: 'WSIS+20',
      originalLanguage: 'en',
      chairs: ['chair-1'],
      deadlines: {},
      restricted: false,
    }),
    meetingRegistered({ consultationId: 'c1', meetingId: 'plenary-61', kind: 'plenary', name: '61st plenary meeting', date: '2025-12-17' }),
  ];
  for (let i = 1; i <= order.indexOf(phase); i++)
    events.push(consultationPhaseChanged({ consultationId: 'c1', from: order[i - 1], to: order[i] }));
  return events.reduce(evolveConsultation, initialConsultationState);
}

const registered = documentRegistered({
  documentId: 'd1',
  consultationId: 'c1',
  symbol: 'A/80/L.1',
  versionLabel: 'zero draft',
  text: draft(),
  source: { kind: 'import', warnings: 0 },
});

function decide(
  given: readonly NewEvent[],
  actor: Actor,
  command: DocumentCommand,
  phase: 'negotiation' | 'adoption' | 'closed' = 'adoption',
) {
  const document: DocumentState = given.reduce(evolveDocument, initialDocumentState);
  return decideDocument(command, document, { actor, consultation: consultationIn(phase), stakeholders, now: '2025-12-17T15:00:00Z' });
}

function recorded(given: readonly NewEvent[], actor: Actor, command: DocumentCommand, phase?: 'negotiation' | 'adoption' | 'closed') {
  const decision = decide(given, actor, command, phase);
  if (!decision.ok) throw new Error(`given step refused: ${decision.refusal.message}`);
  return [...given, ...decision.events];
}

const adopt = (method?: Extract<DocumentCommand, { kind: 'AdoptVersion' }>['method'], adoptionLine?: string): DocumentCommand => ({
  kind: 'AdoptVersion',
  decisionId: 'adoption',
  label: 'adopted',
  meeting: '61st plenary meeting',
  date: '2025-12-17',
  number: '80/1',
  ...(method ? { method } : {}),
  ...(adoptionLine ? { adoptionLine } : {}),
});
const byVote = (...votes: [string, 'yes' | 'no' | 'abstain'][]) => ({
  kind: 'recorded-vote' as const,
  votes: votes.map(([stakeholderId, vote]) => ({ stakeholderId, vote })),
});
const adoptedEvent = (decision: ReturnType<typeof decide>): VersionAdoptedV1 => {
  if (!decision.ok) throw new Error(decision.refusal.message);
  return decision.events[0].payload as VersionAdoptedV1;
};

describe('adoption by consensus or by recorded vote', () => {
  it('counts the tally of a recorded vote', () => {
    expect(tallyOf([{ vote: 'yes' }, { vote: 'no' }, { vote: 'yes' }, { vote: 'abstain' }])).toEqual({ yes: 2, no: 1, abstain: 1 });
  });

  it('records the recorded vote with its tally and prints it in the adoption line', () => {
    const event = adoptedEvent(
      decide([registered], chair, adopt(byVote(['egypt', 'yes'], ['kenya', 'yes'], ['brazil', 'abstain'], ['norway', 'no']))),
    );
    expect(event.method).toEqual({
      kind: 'recorded-vote',
      votes: [
        { stakeholderId: 'egypt', vote: 'yes' },
        { stakeholderId: 'kenya', vote: 'yes' },
        { stakeholderId: 'brazil', vote: 'abstain' },
        { stakeholderId: 'norway', vote: 'no' },
      ],
      tally: { yes: 2, no: 1, abstain: 1 },
    });
    expect(event.adoptionLine).toBe('adopted at the 61st plenary meeting by a recorded vote of 2 to 1, with 1 abstention');
    expect(event.text.metadata.adoption).toBe(event.adoptionLine);
  });

  it('records an adoption without a vote and says so in the line', () => {
    const event = adoptedEvent(decide([registered], chair, adopt({ kind: 'consensus' })));
    expect(event.method).toEqual({ kind: 'consensus' });
    expect(event.adoptionLine).toBe('adopted without a vote at the 61st plenary meeting');
  });

  it('keeps the line of an adoption without a method, and the line the chair gives', () => {
    const plain = adoptedEvent(decide([registered], chair, adopt()));
    expect(plain.method).toBeUndefined();
    expect(plain.adoptionLine).toBe('adopted at the 61st plenary meeting');
    const given = adoptedEvent(decide([registered], chair, adopt(byVote(['egypt', 'yes']), 'adopted on 17 December 2025')));
    expect(given.adoptionLine).toBe('adopted on 17 December 2025');
    expect(given.method).toMatchObject({ tally: { yes: 1, no: 0, abstain: 0 } });
  });

  it.each([
    ['an empty list of votes', byVote(), 'lists the vote of each member state'],
    ['a member state voting twice', byVote(['egypt', 'yes'], ['kenya', 'no'], ['egypt', 'no']), 'Egypt voted more than once'],
    ['an unregistered voter', byVote(['egypt', 'yes'], ['atlantis', 'no']), 'not registered stakeholders: atlantis'],
    [
      'a non-state stakeholder',
      byVote(['egypt', 'yes'], ['isoc', 'no']),
      'only member states vote, each for itself: Internet Society cannot vote',
    ],
    ['a group of member states', byVote(['g77', 'yes']), 'each for itself: Group of 77 and China cannot vote'],
    ['a vote that is not yes, no or abstain', byVote(['egypt', 'maybe' as 'yes']), 'a vote is yes, no or abstain'],
  ])('refuses %s', (_case, method, message) => {
    expect(decide([registered], chair, adopt(method))).toMatchObject({
      ok: false,
      refusal: { code: 'invalid', message: expect.stringContaining(message) },
    });
  });

  it('keeps the method on the adopted version of the state', () => {
    const events = recorded([registered], chair, adopt(byVote(['egypt', 'yes'], ['norway', 'no'])));
    const document = events.reduce(evolveDocument, initialDocumentState);
    expect(document.versions[1].adoptedAt?.method).toMatchObject({ kind: 'recorded-vote', tally: { yes: 1, no: 1, abstain: 0 } });
  });
});

describe('explanations of position and of vote', () => {
  const explain = (
    actor: Actor,
    given: readonly NewEvent[],
    fields: Partial<Extract<DocumentCommand, { kind: 'ExplainPosition' }>> = {},
    phase?: 'negotiation' | 'adoption' | 'closed',
  ) =>
    decide(
      given,
      actor,
      {
        kind: 'ExplainPosition',
        documentId: 'd1',
        explanationId: 'e1',
        stakeholderId: 'norway',
        explains: 'vote',
        timing: 'before-adoption',
        text: 'Norway will vote against paragraph 12.',
        ...fields,
      },
      phase,
    );
  const norway: Actor = { id: 'norway', role: 'stakeholder' };
  const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
  const byVoteAdopted = recorded([registered], chair, adopt(byVote(['egypt', 'yes'], ['norway', 'no'])));
  const byConsensus = recorded([registered], chair, adopt({ kind: 'consensus' }));

  it('records an explanation of vote before the vote on the version about to be adopted', () => {
    expect(explain(norway, [registered])).toEqual({
      ok: true,
      events: [
        {
          type: 'PositionExplained',
          schemaVersion: 1,
          payload: {
            documentId: 'd1',
            explanationId: 'e1',
            stakeholderId: 'norway',
            kind: 'vote',
            timing: 'before-adoption',
            text: 'Norway will vote against paragraph 12.',
            versionNumber: 2,
          },
        },
      ],
    });
  });

  it('records an explanation of vote after a recorded vote on the version adopted, with its meeting', () => {
    const decision = explain(egypt, byVoteAdopted, {
      stakeholderId: 'egypt',
      timing: 'after-adoption',
      text: 'Egypt voted in favour.',
      meeting: '61st plenary meeting',
      meetingId: 'plenary-61',
    });
    expect(decision).toMatchObject({
      ok: true,
      events: [{ payload: { versionNumber: 2, timing: 'after-adoption', meeting: '61st plenary meeting', meetingId: 'plenary-61' } }],
    });
  });

  it('refuses an explanation of vote after an adoption without a vote, and takes the explanation of position', () => {
    expect(explain(norway, byConsensus, { timing: 'after-adoption' })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid', message: expect.stringContaining('adopted without a vote; explain the position instead') },
    });
    expect(explain(norway, byConsensus, { timing: 'after-adoption', explains: 'position' })).toMatchObject({
      ok: true,
      events: [{ payload: { kind: 'position', versionNumber: 2 } }],
    });
  });

  it('refuses an explanation after the adoption when nothing was adopted yet', () => {
    expect(explain(norway, [registered], { timing: 'after-adoption', explains: 'position' })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid', message: expect.stringContaining('no version of the document has been adopted yet') },
    });
  });

  it('lets the secretariat and the chair record an explanation given from the floor, but not another delegation', () => {
    expect(explain(secretariat, [registered])).toMatchObject({ ok: true });
    expect(explain(chair, [registered])).toMatchObject({ ok: true });
    expect(explain({ id: 'chair-9', role: 'chair' }, [registered])).toMatchObject({ ok: false, refusal: { code: 'not-allowed' } });
    expect(explain(egypt, [registered])).toMatchObject({ ok: false, refusal: { code: 'not-allowed' } });
    expect(explain(egypt, [registered], { stakeholderId: 'g77', explains: 'position' })).toMatchObject({ ok: true });
  });

  it('refuses an explanation of vote from a non-state stakeholder, but takes its explanation of position', () => {
    const isoc: Actor = { id: 'isoc', role: 'stakeholder' };
    expect(explain(isoc, [registered], { stakeholderId: 'isoc' })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid', message: expect.stringContaining('only member states explain their vote') },
    });
    expect(explain(isoc, [registered], { stakeholderId: 'isoc', explains: 'position' })).toMatchObject({ ok: true });
  });

  it('refuses an unregistered stakeholder, an empty text, a second explanation with the same id, and before adoption once closed', () => {
    expect(explain(secretariat, [registered], { stakeholderId: 'atlantis' })).toMatchObject({ refusal: { code: 'invalid' } });
    expect(explain(norway, [registered], { text: '  ' })).toMatchObject({ refusal: { code: 'invalid' } });
    const given = recorded([registered], norway, {
      kind: 'ExplainPosition',
      documentId: 'd1',
      explanationId: 'e1',
      stakeholderId: 'norway',
      explains: 'position',
      timing: 'before-adoption',
      text: 'first',
    });
    expect(explain(norway, given)).toMatchObject({ refusal: { code: 'already-exists' } });
    expect(given.reduce(evolveDocument, initialDocumentState).explanations).toEqual({
      e1: { stakeholderId: 'norway', kind: 'position', timing: 'before-adoption', versionNumber: 2 },
    });
    expect(explain(norway, [registered], {}, 'closed')).toMatchObject({ refusal: { code: 'wrong-phase' } });
  });
});
