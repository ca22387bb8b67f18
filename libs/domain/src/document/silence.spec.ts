import {
  Actor,
  NewEvent,
  StakeholderRegisteredV1,
  consultationPhaseChanged,
  consultationRegistered,
  documentRegistered,
  amendmentProposed,
  meetingRegistered,
} from '#libs/contracts';
import { ResolutionDocument } from '#libs/text';
import { SYSTEM_ACTOR } from '../actor';
import { ConsultationState, evolveConsultation, initialConsultationState } from '../consultation/consultation';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import { DocumentCommand, decideDocument } from './document-decide';
import { DocumentState, evolveDocument, initialDocumentState, latestVersion } from './document-state';
import { breaksByStakeholder, dateIn, isTimeZone, readDeadline } from './silence';
import { openSilence } from './silence-state';

const chair: Actor = { id: 'chair-1', role: 'chair' };
const otherChair: Actor = { id: 'chair-9', role: 'chair' };
const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const isoc: Actor = { id: 'isoc', role: 'stakeholder' };
const system: Actor = SYSTEM_ACTOR;

const entry = (stakeholderId: string, name: string, category: StakeholderRegisteredV1['category'], memberIds: string[] = []) => ({
  stakeholderId,
  name,
  category,
  region: 'global' as const,
  memberIds,
});
const registry: Record<string, StakeholderRegisteredV1> = {
  egypt: entry('egypt', 'Egypt', 'member-state'),
  kenya: entry('kenya', 'Kenya', 'member-state'),
  isoc: entry('isoc', 'Internet Society', 'civil-society'),
  // A group registered under another category, whose members are all member states.
  g77: entry('g77', 'Group of 77', 'international-organization', ['kenya', 'egypt']),
  mixed: entry('mixed', 'Coalition', 'international-organization', ['kenya', 'isoc']),
};
const stakeholders: StakeholderDirectory = { get: (id) => registry[id] };

function draft(): ResolutionDocument {
  const p = (id: string, text: string) => ({ id, text, children: [], footnotes: [] });
  return {
    language: 'en',
    style: 'unga',
    title: 'Outcome document of the high-level meeting on the WSIS+20 review',
    body: 'The General Assembly,',
    preamble: [{ id: 'pre', heading: '', provisions: [p('pp-1', 'Recalling its resolution 70/125,')] }],
    operative: [{ id: 'ops', heading: '', provisions: [p('op-5', 'Decides to hold a review in 2035;'), p('op-12', 'Requests a report.')] }],
    metadata: {},
  };
}

function consultationIn(phase: 'open-for-contributions' | 'negotiation' | 'adoption'): ConsultationState {
  const order = ['drafting', 'open-for-contributions', 'negotiation', 'adoption'] as const;
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
    meetingRegistered({ consultationId: 'c1', meetingId: 'plenary-70', kind: 'plenary', name: '70th plenary meeting', date: '2025-12-17' }),
  ];
  for (let i = 1; i <= order.indexOf(phase); i++)
    events.push(consultationPhaseChanged({ consultationId: 'c1', from: order[i - 1], to: order[i] }));
  return events.reduce(evolveConsultation, initialConsultationState);
}

const DEADLINE = '2025-12-09T18:00:00-05:00';
const BEFORE = '2025-12-09T22:00:00Z';
const AFTER = '2025-12-09T23:00:01Z';

class Silence {
  state: DocumentState = [
    documentRegistered({
      documentId: 'd1',
      consultationId: 'c1',
      symbol: 'A/80/L.12',
      versionLabel: 'Rev.3',
      text: draft(),
      source: { kind: 'import', warnings: 0 },
    }),
  ].reduce(evolveDocument, initialDocumentState);
  consultation = consultationIn('negotiation');
  now = '2025-12-08T12:00:00Z';

  at(now: string): this {
    this.now = now;
    return this;
  }

  record(...events: NewEvent[]): this {
    this.state = events.reduce(evolveDocument, this.state);
    return this;
  }

  decide(actor: Actor, command: DocumentCommand) {
    return decideDocument(command, this.state, { actor, consultation: this.consultation, stakeholders, now: this.now });
  }

  done(actor: Actor, command: DocumentCommand): this {
    const decision = this.decide(actor, command);
    if (!decision.ok) throw new Error(`given step refused: ${decision.refusal.message}`);
    return this.record(...decision.events);
  }

  started(): this {
    return this.done(chair, start());
  }
}

const start = (change: Partial<Extract<DocumentCommand, { kind: 'StartSilence' }>> = {}): DocumentCommand => ({
  kind: 'StartSilence',
  documentId: 'd1',
  silenceId: 's1',
  deadline: DEADLINE,
  timeZone: 'America/New_York',
  adoption: { label: 'Rev.3 (adopted under silence)', meeting: '70th plenary meeting', symbol: 'A/RES/80/173' },
  ...change,
});
const breaking = (stakeholderId: string, provisionIds: string[], reasons = 'cannot join consensus'): DocumentCommand => ({
  kind: 'BreakSilence',
  documentId: 'd1',
  silenceId: 's1',
  stakeholderId,
  provisionIds,
  reasons,
});
const conclude: DocumentCommand = { kind: 'ConcludeSilence', documentId: 'd1', silenceId: 's1' };
const refusal = (code: string, message?: RegExp) => ({
  ok: false,
  refusal: { code, ...(message ? { message: expect.stringMatching(message) } : {}) },
});

describe('the deadline and its time zone', () => {
  it('reads ISO 8601 instants with an offset only', () => {
    expect(readDeadline('2025-12-09T18:00:00-05:00')).toBe(Date.parse('2025-12-09T23:00:00Z'));
    expect(readDeadline('2025-12-09T23:00Z')).toBe(Date.parse('2025-12-09T23:00:00Z'));
    expect(readDeadline('2025-12-09T18:00:00')).toBeUndefined();
    expect(readDeadline('9 December 2025')).toBeUndefined();
  });

  it('knows IANA zones and refuses offsets and inventions', () => {
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('+05:00')).toBe(false);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('dates the adoption in the zone the deadline was announced in', () => {
    expect(dateIn(Date.parse('2025-12-10T01:00:00Z'), 'America/New_York')).toBe('2025-12-09');
    expect(dateIn(Date.parse('2025-12-10T01:00:00Z'), 'Africa/Cairo')).toBe('2025-12-10');
  });
});

describe('starting a silence', () => {
  it('refuses a silence that cites a meeting the consultation never registered', () => {
    expect(new Silence().decide(chair, start({ meetingId: 'plenary-99' }))).toMatchObject({
      ok: false,
      refusal: { code: 'not-found', key: 'meeting.notFound', message: 'no such meeting is registered' },
    });
  });

  it('places the latest version under silence, by a chair of the consultation', () => {
    const decision = new Silence().decide(chair, start({ meetingId: 'plenary-70' }));
    expect(decision).toMatchObject({
      ok: true,
      events: [
        {
          type: 'SilenceStarted',
          payload: {
            documentId: 'd1',
            silenceId: 's1',
            versionNumber: 1,
            deadline: DEADLINE,
            timeZone: 'America/New_York',
            meetingId: 'plenary-70',
          },
        },
      ],
    });
  });

  it('is refused to anyone but a chair of this consultation', () => {
    expect(new Silence().decide(otherChair, start())).toMatchObject(refusal('not-allowed'));
    expect(new Silence().decide(egypt, start())).toMatchObject(refusal('not-allowed'));
  });

  it('runs only in negotiation or adoption', () => {
    const silence = new Silence();
    silence.consultation = consultationIn('open-for-contributions');
    expect(silence.decide(chair, start())).toMatchObject(refusal('wrong-phase'));
    silence.consultation = consultationIn('adoption');
    expect(silence.decide(chair, start())).toMatchObject({ ok: true });
  });

  it('refuses a deadline without offset, one already passed, and a zone that is not IANA', () => {
    const silence = new Silence();
    expect(silence.decide(chair, start({ deadline: '2025-12-09T18:00:00' }))).toMatchObject(refusal('invalid', /offset/));
    expect(silence.at(AFTER).decide(chair, start())).toMatchObject(refusal('invalid', /already passed/));
    expect(silence.at(BEFORE).decide(chair, start({ timeZone: 'GMT-5' }))).toMatchObject(refusal('invalid', /IANA/));
  });

  it('needs the announced adoption: its label and meeting', () => {
    expect(new Silence().decide(chair, start({ adoption: { label: ' ', meeting: 'plenary' } }))).toMatchObject(refusal('invalid'));
  });

  it('allows one open silence per document and no reuse of an id', () => {
    const silence = new Silence().started();
    expect(silence.decide(chair, start({ silenceId: 's2' }))).toMatchObject(
      refusal('conflict', /^a silence procedure is already open on .+, until 2025-12-09T18:00:00-05:00$/),
    );
    expect(silence.decide(chair, start())).toMatchObject(refusal('already-exists'));
  });

  it('is refused while changes decided since the latest version are not issued as a version', () => {
    const silence = new Silence();
    const withChange = {
      ...silence.state,
      applied: [{ decisionId: 'x1', operation: { kind: 'suppress', provisionId: 'op-5' } }],
    } as DocumentState;
    silence.state = withChange;
    expect(silence.decide(chair, start())).toMatchObject(refusal('conflict', /issue a revision first/));
  });
});

describe('extending a silence', () => {
  const extend = (deadline: string, reason?: string): DocumentCommand => ({
    kind: 'ExtendSilence',
    documentId: 'd1',
    silenceId: 's1',
    deadline,
    timeZone: 'America/New_York',
    reason,
  });

  it('moves the deadline later, by a chair before it passes', () => {
    const silence = new Silence().started().at(BEFORE);
    expect(silence.decide(chair, extend('2025-12-10T12:00:00-05:00', 'a delegation asked for time'))).toMatchObject({
      ok: true,
      events: [{ type: 'SilenceExtended', payload: { deadline: '2025-12-10T12:00:00-05:00', reason: 'a delegation asked for time' } }],
    });
    silence.done(chair, extend('2025-12-10T12:00:00-05:00'));
    expect(silence.state.silences.s1.deadline).toBe('2025-12-10T12:00:00-05:00');
  });

  it('is refused to others, after the deadline, and for a deadline not later', () => {
    const silence = new Silence().started().at(BEFORE);
    expect(silence.decide(egypt, extend('2025-12-10T12:00:00-05:00'))).toMatchObject(refusal('not-allowed'));
    expect(silence.decide(chair, extend('2025-12-09T17:30:00-05:00'))).toMatchObject(refusal('invalid', /later than/));
    expect(silence.at(AFTER).decide(chair, extend('2025-12-10T12:00:00-05:00'))).toMatchObject(refusal('conflict', /passed/));
  });

  it('is refused on a silence that does not exist', () => {
    expect(new Silence().decide(chair, extend('2025-12-10T12:00:00-05:00'))).toMatchObject(refusal('not-found'));
  });
});

describe('breaking silence', () => {
  it('is recorded for a member state acting for itself, with its provisions and reasons', () => {
    const silence = new Silence().started().at(BEFORE);
    expect(silence.decide(egypt, breaking('egypt', ['op-5', 'op-12', 'op-5']))).toMatchObject({
      ok: true,
      events: [
        { type: 'SilenceBroken', payload: { stakeholderId: 'egypt', provisionIds: ['op-5', 'op-12'], reasons: 'cannot join consensus' } },
      ],
    });
  });

  it('is recorded for a group of member states by one of its members', () => {
    expect(
      new Silence()
        .started()
        .at(BEFORE)
        .decide(kenya, breaking('g77', ['op-5'])),
    ).toMatchObject({ ok: true });
  });

  it('refuses non-state stakeholders with a clear message, and groups that are not all states', () => {
    const silence = new Silence().started().at(BEFORE);
    expect(silence.decide(isoc, breaking('isoc', ['op-5']))).toMatchObject(
      refusal('not-allowed', /only member states break silence; Internet Society is not a member state/),
    );
    expect(silence.decide(kenya, breaking('mixed', ['op-5']))).toMatchObject(refusal('not-allowed', /only member states/));
  });

  it('refuses breaking for another state', () => {
    expect(
      new Silence()
        .started()
        .at(BEFORE)
        .decide(egypt, breaking('kenya', ['op-5'])),
    ).toMatchObject(refusal('not-allowed'));
  });

  it('refuses unknown provisions, no provisions and no reasons', () => {
    const silence = new Silence().started().at(BEFORE);
    expect(silence.decide(egypt, breaking('egypt', ['op-99']))).toMatchObject(
      refusal('not-found', /^provisions named are not in the text under silence \(1 of them\)$/),
    );
    expect(silence.decide(egypt, breaking('egypt', []))).toMatchObject(refusal('invalid'));
    expect(silence.decide(egypt, breaking('egypt', ['op-5'], '  '))).toMatchObject(refusal('invalid', /reasons/));
  });

  it('is refused once the deadline has passed, judged by when the command was made', () => {
    expect(
      new Silence()
        .started()
        .at(AFTER)
        .decide(egypt, breaking('egypt', ['op-5'])),
    ).toMatchObject(refusal('conflict', /ended/));
  });
});

describe('the outcome at the deadline', () => {
  it('is recorded by the system only, and not before the deadline', () => {
    const silence = new Silence().started().at(AFTER);
    expect(silence.decide(chair, conclude)).toMatchObject(refusal('not-allowed'));
    expect(silence.at(BEFORE).decide(system, conclude)).toMatchObject(refusal('conflict', /runs until/));
  });

  it('adopts the version as announced when silence held, in one decision', () => {
    const silence = new Silence().started().at(AFTER);
    const decision = silence.decide(system, conclude);
    expect(decision).toMatchObject({
      ok: true,
      events: [
        {
          type: 'SilenceConcluded',
          payload: { silenceId: 's1', outcome: 'held', breaks: [], deadline: DEADLINE, decisionId: 's1-outcome' },
        },
        {
          type: 'VersionAdopted',
          payload: {
            silenceId: 's1',
            decisionId: 's1-outcome',
            versionNumber: 2,
            label: 'Rev.3 (adopted under silence)',
            meeting: '70th plenary meeting',
            symbol: 'A/RES/80/173',
            date: '2025-12-09',
          },
        },
      ],
    });
    silence.record(...(decision.ok ? decision.events : []));
    expect(latestVersion(silence.state).label).toBe('Rev.3 (adopted under silence)');
    expect(openSilence(silence.state.silences)).toBeUndefined();
  });

  it('leaves undecided amendments open, as the adoption records', () => {
    const silence = new Silence().record(
      amendmentProposed({
        documentId: 'd1',
        amendmentId: 'a1',
        versionNumber: 1,
        operation: { kind: 'suppress', provisionId: 'op-12' },
        proposers: ['egypt'],
      }),
    );
    silence.started().at(AFTER);
    expect(silence.decide(system, conclude)).toMatchObject({
      ok: true,
      events: [{ payload: { outcome: 'held' } }, { type: 'VersionAdopted', payload: { leftOpen: { amendmentIds: ['a1'], brackets: 0 } } }],
    });
  });

  it('records who broke silence on which provisions, grouped per stakeholder, and adopts nothing', () => {
    const silence = new Silence().started().at(BEFORE);
    silence
      .done(egypt, breaking('egypt', ['op-5']))
      .done(kenya, breaking('kenya', ['op-12']))
      .done(egypt, breaking('egypt', ['op-12', 'op-5']));
    const decision = silence.at(AFTER).decide(system, conclude);
    expect(decision).toEqual({
      ok: true,
      events: [
        expect.objectContaining({
          type: 'SilenceConcluded',
          payload: expect.objectContaining({
            outcome: 'broken',
            breaks: [
              { stakeholderId: 'egypt', provisionIds: ['op-5', 'op-12'] },
              { stakeholderId: 'kenya', provisionIds: ['op-12'] },
            ],
          }),
        }),
      ],
    });
    silence.record(...(decision.ok ? decision.events : []));
    expect(silence.state.silences.s1.state).toBe('broken');
    expect(silence.state.versions).toHaveLength(1);
  });

  it('is refused once concluded, so a second clock records nothing', () => {
    const silence = new Silence().started().at(AFTER).done(system, conclude);
    expect(silence.decide(system, conclude)).toMatchObject(refusal('conflict', /already concluded/));
    expect(silence.decide(egypt, breaking('egypt', ['op-5']))).toMatchObject(refusal('conflict', /over/));
  });

  it('lets a new silence start once the last one ended', () => {
    const silence = new Silence()
      .started()
      .at(BEFORE)
      .done(egypt, breaking('egypt', ['op-5']))
      .at(AFTER)
      .done(system, conclude);
    expect(silence.decide(chair, start({ silenceId: 's2', deadline: '2025-12-12T18:00:00-05:00' }))).toMatchObject({ ok: true });
  });

  it('groups breaks per stakeholder in the order they broke silence', () => {
    expect(
      breaksByStakeholder([
        { stakeholderId: 'kenya', provisionIds: ['op-12'], reasons: 'r' },
        { stakeholderId: 'egypt', provisionIds: ['op-5'], reasons: 'r' },
        { stakeholderId: 'kenya', provisionIds: ['op-5', 'op-12'], reasons: 'r' },
      ]),
    ).toEqual([
      { stakeholderId: 'kenya', provisionIds: ['op-12', 'op-5'] },
      { stakeholderId: 'egypt', provisionIds: ['op-5'] },
    ]);
  });
});
