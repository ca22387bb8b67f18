import {
  Actor,
  ContributionCover,
  NewEvent,
  StakeholderRegisteredV1,
  consultationPhaseChanged,
  consultationRegistered,
  participantAdmitted,
} from '#libs/contracts';
import { decideContribution, initialContributionState } from '../contribution/contribution';
import { ConsultationState, evolveConsultation, initialConsultationState } from '../consultation/consultation';
import { StakeholderDirectory, membershipIn } from '../stakeholder/stakeholder';
import { ConsultationAccessFacts, mayReadDrafts, participates } from './consultation-access';
import { CommandKind } from '../commands';
import { COMMAND_ROLES, mayIssue, roleRefusal } from './permissions';
import { SYSTEM_ACTOR } from '../actor';

const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const apc: Actor = { id: 'apc', role: 'stakeholder' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const otherChair: Actor = { id: 'chair-9', role: 'chair' };
const secretariat: Actor = { id: 'itu-secretariat', role: 'secretariat' };
const auditor: Actor = { id: 'auditor-1', role: 'auditor' };
const translator: Actor = { id: 'translator-1', role: 'translator' };

const registry: Record<string, StakeholderRegisteredV1> = {
  egypt: { stakeholderId: 'egypt', name: 'Egypt', category: 'member-state', region: 'arab-states', memberIds: [] },
  kenya: { stakeholderId: 'kenya', name: 'Kenya', category: 'member-state', region: 'africa', memberIds: [] },
  apc: { stakeholderId: 'apc', name: 'APC', category: 'civil-society', region: 'global', memberIds: [] },
  'african-group': {
    stakeholderId: 'african-group',
    name: 'African region',
    category: 'member-state',
    region: 'africa',
    memberIds: ['kenya'],
  },
};
const stakeholders: StakeholderDirectory = { get: (id) => registry[id] };
const now = '2026-11-24T09:00:00Z';

/** A restricted consultation open for contributions, with Egypt and the African group admitted. */
function restrictedConsultation(restricted = true): ConsultationState {
  const events: NewEvent[] = [
    consultationRegistered({
      consultationId: 'c1',
      title: 't',
      body: 'ITU Council',
      subject: 's',
      originalLanguage: 'en',
      chairs: ['chair-1'],
      deadlines: {},
      restricted,
    }),
    participantAdmitted({ consultationId: 'c1', stakeholderId: 'egypt' }),
    participantAdmitted({ consultationId: 'c1', stakeholderId: 'african-group' }),
    consultationPhaseChanged({ consultationId: 'c1', from: 'drafting', to: 'open-for-contributions' }),
  ];
  return events.reduce(evolveConsultation, initialConsultationState);
}

const facts = (restricted: boolean): ConsultationAccessFacts => ({
  restricted,
  chairs: ['chair-1'],
  participants: ['egypt', 'african-group'],
});
const memberOf = (actor: Actor) => membershipIn(stakeholders, actor.id);

describe('who may read the drafts of a consultation', () => {
  it('lets anyone read an unrestricted consultation', () => {
    for (const actor of [egypt, apc, otherChair, auditor]) expect(mayReadDrafts(actor, facts(false), memberOf(actor))).toBe(true);
  });

  it('lets the secretariat and its translators, auditors, its chairs and its participants read a restricted one', () => {
    for (const actor of [secretariat, translator, auditor, chair, egypt, kenya])
      expect(mayReadDrafts(actor, facts(true), memberOf(actor))).toBe(true);
  });

  it('keeps a restricted consultation from a stakeholder not admitted and from the chair of another', () => {
    expect(mayReadDrafts(apc, facts(true), memberOf(apc))).toBe(false);
    expect(mayReadDrafts(otherChair, facts(true), memberOf(otherChair))).toBe(false);
  });

  it('counts a member of an admitted group as a participant, and a chair named as a participant id only with the stakeholder role', () => {
    expect(participates(kenya, facts(true), memberOf(kenya))).toBe(true);
    expect(participates({ id: 'egypt', role: 'chair' }, facts(true), () => false)).toBe(false);
  });
});

describe('restricted consultations on the write side', () => {
  // Restriction is about who reads the drafts: like a secretariat that takes any Member
  // State's contribution, the write side takes an outsider's, which then sees no other draft.
  it('takes a contribution from a stakeholder that is not a participant', () => {
    const cover: ContributionCover = {
      symbol: 'C26/71-E',
      date: '2026-11-20',
      originalLanguage: 'en',
      submitters: ['apc'],
      coSponsors: [],
      title: 'Views of civil society',
    };
    const submission = {
      kind: 'SubmitContribution' as const,
      contributionId: 'k1',
      consultationId: 'c1',
      cover,
      substance: { kind: 'report' as const, text: 'Our views.' },
    };
    const decided = decideContribution(submission, initialContributionState, {
      actor: apc,
      consultation: restrictedConsultation(),
      stakeholders,
      now,
    });
    expect(decided).toMatchObject({ ok: true });
  });
});

describe('who may issue which command', () => {
  const kinds = Object.keys(COMMAND_ROLES) as CommandKind[];

  it('lets an auditor issue no command at all', () => {
    for (const kind of kinds) expect(mayIssue(auditor, kind)).toBe(false);
  });

  it('gives registration and phases to the secretariat, proposals to stakeholders and decisions to chairs', () => {
    expect(kinds.filter((kind) => mayIssue(secretariat, kind))).toEqual([
      'RegisterStakeholder',
      'RegisterConsultation',
      'AdmitParticipant',
      'RegisterDocument',
      'ChangePhase',
      'ConfirmCoSubmission',
      'DeclineCoSubmission',
      'ExplainPosition',
      'RegisterMeeting',
      'RecordProvisionsRead',
      'AddLanguageVersion',
    ]);
    expect(kinds.filter((kind) => mayIssue({ ...secretariat, role: 'translator' }, kind))).toEqual([
      'AddLanguageVersion',
      'RecordTranslation',
    ]);
    expect(kinds.filter((kind) => mayIssue(egypt, kind))).toEqual([
      'SubmitContribution',
      'ReviseContribution',
      'WithdrawContribution',
      'ConfirmCoSubmission',
      'DeclineCoSubmission',
      'ProposeAmendment',
      'CoSponsorAmendment',
      'ReviseAmendment',
      'WithdrawAmendment',
      'ExplainPosition',
      'BreakSilence',
      'SubmitStakeholderInput',
      'WithdrawStakeholderInput',
    ]);
    expect(kinds.filter((kind) => mayIssue(chair, kind))).toEqual([
      'ChangePhase',
      'RuleOnAmendment',
      'MergeAmendments',
      'SettleBrackets',
      'AdoptVersion',
      'IssueRevision',
      'RecordReservation',
      'CorrectDecision',
      'ExplainPosition',
      'RegisterMeeting',
      'RecordProvisionsRead',
      'RecordProvisionStatuses',
      'StartSilence',
      'ExtendSilence',
    ]);
  });

  it('lets the system record the outcome of a silence and nothing else', () => {
    expect(kinds.filter((kind) => mayIssue(SYSTEM_ACTOR, kind))).toEqual(['ConcludeSilence']);
    expect(roleRefusal(chair, 'ConcludeSilence')).toBe('ConcludeSilence needs the role system');
  });

  it('looks at every role a token grants, and names the roles a refusal needed', () => {
    expect(mayIssue({ id: 'p', role: 'auditor', roles: ['auditor', 'chair'] }, 'RuleOnAmendment')).toBe(true);
    expect(roleRefusal(auditor, 'AdoptVersion')).toBe('AdoptVersion needs the role chair');
  });
});
