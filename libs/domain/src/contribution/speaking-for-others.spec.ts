import {
  Actor,
  ContributionSubmittedV1,
  NewEvent,
  StakeholderRegisteredV1,
  coSubmissionConfirmed,
  coSubmissionDeclined,
  consultationPhaseChanged,
  consultationRegistered,
  contributionSubmitted,
  documentRegistered,
} from '#libs/contracts';
import { ResolutionDocument } from '#libs/text';
import { ConsultationState, evolveConsultation, initialConsultationState } from '../consultation/consultation';
import { DocumentCommand, decideDocument } from '../document/document-decide';
import { evolveDocument, initialDocumentState } from '../document/document-state';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import { coSubmissionStatus, decideContribution, evolveContribution, initialContributionState } from './contribution';
import { ContributionCommand } from './contribution-commands';

// Nobody speaks for a party that did not agree: "on behalf of" a group needs membership of
// it, and every submitter a cover names besides the actor confirms before the meeting sees it.

const ericsson: Actor = { id: 'ericsson', role: 'stakeholder' };
const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const apc: Actor = { id: 'apc', role: 'stakeholder' };
const secretariat: Actor = { id: 'itu-secretariat', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };

const party = (
  stakeholderId: string,
  name: string,
  category: StakeholderRegisteredV1['category'],
  region: StakeholderRegisteredV1['region'],
  memberIds: string[] = [],
) => ({ stakeholderId, name, category, region, memberIds }) satisfies StakeholderRegisteredV1;
const registry: Record<string, StakeholderRegisteredV1> = {
  ericsson: party('ericsson', 'Ericsson', 'sector-member', 'europe'),
  egypt: party('egypt', 'Egypt', 'member-state', 'arab-states'),
  kenya: party('kenya', 'Kenya', 'member-state', 'africa'),
  apc: party('apc', 'Association for Progressive Communications', 'civil-society', 'global'),
  'african-group': party('african-group', 'African Group', 'member-state', 'africa', ['kenya']),
};
const stakeholders: StakeholderDirectory = { get: (id) => registry[id] };
const now = '2026-11-24T09:00:00Z';

function consultationIn(phase: 'open-for-contributions' | 'negotiation'): ConsultationState {
  const events: NewEvent[] = [
    consultationRegistered({
      consultationId: 'c1',
      title: 't',
      body: 'ITU Council',
      subject: 'WSIS+20',
      originalLanguage: 'en',
      chairs: ['chair-1'],
      deadlines: {},
      restricted: false,
    }),
    consultationPhaseChanged({ consultationId: 'c1', from: 'drafting', to: 'open-for-contributions' }),
  ];
  if (phase === 'negotiation')
    events.push(consultationPhaseChanged({ consultationId: 'c1', from: 'open-for-contributions', to: 'negotiation' }));
  return events.reduce(evolveConsultation, initialConsultationState);
}

const c15 = (submitters: string[], extra: Partial<ContributionSubmittedV1> = {}): ContributionSubmittedV1 => ({
  contributionId: 'k1',
  consultationId: 'c1',
  symbol: 'C26/15-E',
  date: '2026-11-20',
  originalLanguage: 'en',
  submitters,
  coSponsors: [],
  title: 'Proposed modifications to Resolution 1334',
  substance: { kind: 'report', text: 'Information on national WSIS activities.' },
  ...extra,
});

/** given the contribution's events, when an actor sends a command, then these events (or this refusal). */
function given(...events: NewEvent[]) {
  const state = events.reduce(evolveContribution, initialContributionState);
  return {
    state,
    when(actor: Actor, command: ContributionCommand, phase: 'open-for-contributions' | 'negotiation' = 'open-for-contributions') {
      const decision = decideContribution(command, state, { actor, consultation: consultationIn(phase), stakeholders, now });
      return {
        then: (expected: NewEvent[]) => expect(decision).toEqual({ ok: true, events: expected }),
        thenRefused: (code: string, message?: string) =>
          expect(decision).toMatchObject({
            ok: false,
            refusal: { code, ...(message ? { message: expect.stringContaining(message) } : {}) },
          }),
      };
    },
  };
}

const submitted = (submitters: string[], awaiting?: string[]) =>
  contributionSubmitted({ ...c15(submitters), ...(awaiting ? { awaitingCoSubmitters: awaiting } : {}) });
const answer = { contributionId: 'k1', consultationId: 'c1', revision: 0 };
const revise = (submitters: string[]): ContributionCommand => ({
  kind: 'ReviseContribution',
  contributionId: 'k1',
  cover: { ...c15(submitters), symbol: 'C26/15(Rev.1)-E' },
  substance: { kind: 'report', text: 'Rev.1' },
});

/** The command that submits what a contribution's event records (a report: its substance is the same either way). */
function submission({ contributionId, consultationId, substance, ...cover }: ContributionSubmittedV1): ContributionCommand {
  if (substance.kind !== 'report') throw new Error('only a report is submitted as it is recorded');
  return { kind: 'SubmitContribution', contributionId, consultationId, cover, substance };
}

describe('speaking on behalf of a group', () => {
  it('refuses a contribution on behalf of a group the submitter is not a member of, citing both by name', () => {
    given()
      .when(ericsson, submission(c15(['ericsson'], { onBehalfOf: 'african-group' })))
      .thenRefused('not-allowed', 'Ericsson is not a member of African Group');
  });

  it('records a contribution a member submits on behalf of its group', () => {
    given()
      .when(kenya, submission(c15(['kenya'], { onBehalfOf: 'african-group' })))
      .then([contributionSubmitted(c15(['kenya'], { onBehalfOf: 'african-group' }))]);
  });

  it('refuses a revision that puts the contribution on behalf of a group the reviser is not a member of', () => {
    given(submitted(['egypt']))
      .when(egypt, { ...revise(['egypt']), cover: { ...c15(['egypt'], { onBehalfOf: 'african-group' }) } } as ContributionCommand)
      .thenRefused('not-allowed');
  });
});

describe('co-submitters confirm', () => {
  it('records a contribution naming another submitter as awaiting that submitter', () => {
    given()
      .when(ericsson, submission(c15(['ericsson', 'egypt'])))
      .then([contributionSubmitted({ ...c15(['ericsson', 'egypt']), awaitingCoSubmitters: ['egypt'] })]);
  });

  it('does not take the sender’s word for who awaits', () => {
    given()
      .when(ericsson, submission({ ...c15(['ericsson', 'egypt']), awaitingCoSubmitters: [] }))
      .then([contributionSubmitted({ ...c15(['ericsson', 'egypt']), awaitingCoSubmitters: ['egypt'] })]);
  });

  it('asks nothing of a group the submitter is a member of', () => {
    given()
      .when(kenya, submission(c15(['kenya', 'african-group'])))
      .then([contributionSubmitted(c15(['kenya', 'african-group']))]);
  });

  it('refuses naming a party that is not a registered stakeholder', () => {
    given()
      .when(ericsson, submission(c15(['ericsson', 'atlantis'])))
      .thenRefused('invalid', 'atlantis');
  });

  it('records the confirmation of the named co-submitter, after which the contribution is complete', () => {
    given(submitted(['ericsson', 'egypt'], ['egypt']))
      .when(egypt, { kind: 'ConfirmCoSubmission', contributionId: 'k1', stakeholderId: 'egypt' })
      .then([coSubmissionConfirmed({ ...answer, stakeholderId: 'egypt', by: 'egypt' })]);
    const state = given(
      submitted(['ericsson', 'egypt'], ['egypt']),
      coSubmissionConfirmed({ ...answer, stakeholderId: 'egypt', by: 'egypt' }),
    ).state;
    expect(coSubmissionStatus(state)).toBe('complete');
    expect(coSubmissionStatus(given(submitted(['ericsson', 'egypt'], ['egypt'])).state)).toBe('awaiting-co-submitters');
  });

  it('refuses a stakeholder confirming for another, and a second confirmation', () => {
    given(submitted(['ericsson', 'egypt'], ['egypt']))
      .when(kenya, { kind: 'ConfirmCoSubmission', contributionId: 'k1', stakeholderId: 'egypt' })
      .thenRefused('not-allowed', 'Kenya does not speak for Egypt');
    given(submitted(['ericsson', 'egypt'], ['egypt']))
      .when(ericsson, { kind: 'ConfirmCoSubmission', contributionId: 'k1', stakeholderId: 'egypt' })
      .thenRefused('not-allowed');
    given(submitted(['ericsson', 'egypt'], ['egypt']), coSubmissionConfirmed({ ...answer, stakeholderId: 'egypt', by: 'egypt' }))
      .when(egypt, { kind: 'ConfirmCoSubmission', contributionId: 'k1', stakeholderId: 'egypt' })
      .thenRefused('already-exists');
    given(submitted(['ericsson', 'egypt'], ['egypt']))
      .when(kenya, { kind: 'ConfirmCoSubmission', contributionId: 'k1', stakeholderId: 'kenya' })
      .thenRefused('invalid', 'Kenya is not named among the submitters of C26/15-E');
  });

  it('lets the secretariat record a confirmation given by letter, citing the letter', () => {
    given(submitted(['ericsson', 'egypt'], ['egypt']))
      .when(secretariat, {
        kind: 'ConfirmCoSubmission',
        contributionId: 'k1',
        stakeholderId: 'egypt',
        reference: 'Letter of the Permanent Mission of Egypt, 21 November 2026',
      })
      .then([
        coSubmissionConfirmed({
          ...answer,
          stakeholderId: 'egypt',
          by: 'itu-secretariat',
          reference: 'Letter of the Permanent Mission of Egypt, 21 November 2026',
        }),
      ]);
    given(submitted(['ericsson', 'egypt'], ['egypt']))
      .when(secretariat, { kind: 'ConfirmCoSubmission', contributionId: 'k1', stakeholderId: 'egypt' })
      .thenRefused('invalid', 'letter');
  });

  it('records a decline; the submitter may then revise without the party that declined', () => {
    given(submitted(['ericsson', 'egypt'], ['egypt']))
      .when(egypt, { kind: 'DeclineCoSubmission', contributionId: 'k1', stakeholderId: 'egypt', reason: 'not consulted' })
      .then([coSubmissionDeclined({ ...answer, stakeholderId: 'egypt', by: 'egypt', reason: 'not consulted' })]);
    const declined = given(
      submitted(['ericsson', 'egypt'], ['egypt']),
      coSubmissionDeclined({ ...answer, stakeholderId: 'egypt', by: 'egypt' }),
    );
    expect(coSubmissionStatus(declined.state)).toBe('declined');
    declined.when(egypt, { kind: 'ConfirmCoSubmission', contributionId: 'k1', stakeholderId: 'egypt' }).thenRefused('conflict');
    declined.when(egypt, { kind: 'WithdrawContribution', contributionId: 'k1' }).thenRefused('not-allowed');
    const rev1 = decideContribution(revise(['ericsson']), declined.state, {
      actor: ericsson,
      consultation: consultationIn('open-for-contributions'),
      stakeholders,
      now,
    });
    if (!rev1.ok) throw new Error(rev1.refusal.message);
    expect(coSubmissionStatus(rev1.events.reduce(evolveContribution, declined.state))).toBe('complete');
  });

  it('asks the parties a revision adds, and keeps a party that has not agreed from revising', () => {
    given(submitted(['egypt']))
      .when(egypt, revise(['egypt', 'kenya']))
      .then([
        expect.objectContaining({
          type: 'ContributionRevised',
          payload: expect.objectContaining({ revision: 1, submitters: ['egypt', 'kenya'], awaitingCoSubmitters: ['kenya'] }),
        }),
      ] as NewEvent[]);
    given(submitted(['ericsson', 'egypt'], ['egypt']))
      .when(egypt, revise(['egypt', 'kenya']))
      .thenRefused('not-allowed');
  });
});

describe('what awaits its co-submitters is not before the meeting', () => {
  const text: ResolutionDocument = {
    language: 'en',
    style: 'itu',
    title: 'Resolution 1334 (Modified 2023)',
    body: 'The ITU Council,',
    preamble: [],
    operative: [
      {
        id: 'instructs',
        heading: 'instructs the Secretary-General',
        provisions: [{ id: 'op-1', text: 'to report annually to the Council.', children: [], footnotes: [] }],
      },
    ],
    metadata: {},
  };
  const document = [
    documentRegistered({
      documentId: 'd1',
      consultationId: 'c1',
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      text,
      source: { kind: 'import', warnings: 0 },
    }),
  ].reduce(evolveDocument, initialDocumentState);
  const propose = (actor: Actor, extra: Partial<DocumentCommand & { kind: 'ProposeAmendment' }>) =>
    decideDocument(
      {
        kind: 'ProposeAmendment',
        amendmentId: 'a1',
        versionNumber: 1,
        operation: { kind: 'suppress', provisionId: 'op-1' },
        proposers: [actor.id],
        ...extra,
      } as DocumentCommand,
      document,
      { actor, consultation: consultationIn('open-for-contributions'), stakeholders, now },
    );

  it('refuses an amendment proposed on behalf of a group the proposer is not a member of', () => {
    expect(propose(apc, { onBehalfOf: 'african-group' })).toMatchObject({
      ok: false,
      refusal: {
        code: 'not-allowed',
        message: 'Association for Progressive Communications is not a member of African Group and does not speak on its behalf',
      },
    });
    expect(propose(kenya, { onBehalfOf: 'african-group' })).toMatchObject({ ok: true });
  });

  it('refuses a ruling on an amendment whose contribution awaits a co-submitter, and rules once it confirmed', () => {
    const proposed = propose(ericsson, { proposers: ['ericsson', 'egypt'], contributionId: 'k1' });
    if (!proposed.ok) throw new Error(proposed.refusal.message);
    const state = proposed.events.reduce(evolveDocument, document);
    const ruling: DocumentCommand = { kind: 'RuleOnAmendment', decisionId: 'r1', amendmentId: 'a1', ruling: 'accepted' };
    const rule = (...contribution: NewEvent[]) =>
      decideDocument(ruling, state, {
        actor: chair,
        consultation: consultationIn('negotiation'),
        stakeholders,
        now,
        contributions: new Map([['k1', contribution.reduce(evolveContribution, initialContributionState)]]),
      });
    expect(rule(submitted(['ericsson', 'egypt'], ['egypt']))).toMatchObject({
      ok: false,
      refusal: { code: 'conflict', message: expect.stringContaining('C26/15-E awaits the confirmation of its co-submitters (Egypt)') },
    });
    expect(
      rule(submitted(['ericsson', 'egypt'], ['egypt']), coSubmissionDeclined({ ...answer, stakeholderId: 'egypt', by: 'egypt' })),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'conflict', message: expect.stringContaining('Egypt declined to co-submit C26/15-E') },
    });
    expect(
      rule(submitted(['ericsson', 'egypt'], ['egypt']), coSubmissionConfirmed({ ...answer, stakeholderId: 'egypt', by: 'egypt' })),
    ).toMatchObject({ ok: true });
  });
});
