import { randomUUID } from 'node:crypto';
import { Actor, ContributionCover, Phase } from '#libs/contracts';
import { LedgerCommand, DocumentCommand, SubmittedSubstance } from '#libs/domain';
import { importResolution, locateProvision } from '#libs/text';
import { ExecuteLedgerCommandHandler } from '../../apps/ledger/src/ledger-command-executor';
import { sendLedgerCommand } from './projected-ledger';

// A short English ITU-style text, as the secretariat imports it for a Council consultation.
export const RES_1334 = `RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
recalling
a)	Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;
b)	Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to present the outcomes of the WSIS+20 High-Level Event within the framework of the UNGA overall review in 2025,
encourages Member States to
1	participate actively in the preparatory process of the UNGA overall review.
`;
export const R2 = 'pre-1-2';
export const O1 = 'op-1-1';
export const O2 = 'op-1-2';
export const E1 = 'op-2-1';

export const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
export const chair: Actor = { id: 'chair-1', role: 'chair' };
export const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
export const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
export const isoc: Actor = { id: 'isoc', role: 'stakeholder' };

/** What one negotiation is called: its ids, the title of its consultation, its deadlines, and how it names amendments, decisions and symbols. */
export interface WorkflowNaming {
  readonly consultationId: string;
  readonly documentId: string;
  readonly contribution: {
    readonly egyptAmendments: string;
    readonly africanAmendments: string;
    readonly isocReport: string;
    readonly egyptReport: string;
  };
  readonly title: string;
  readonly deadlines: Record<string, string>;
  /** An amendment or decision id as this negotiation names it. */
  id(name: string): string;
  /** A document symbol as this negotiation prints it. */
  symbol(symbol: string): string;
}

/** Names for one of several negotiations in one log, each told apart by its label. */
function labelled(label: string): WorkflowNaming {
  return {
    consultationId: randomUUID(),
    documentId: randomUUID(),
    contribution: { egyptAmendments: randomUUID(), africanAmendments: randomUUID(), isocReport: randomUUID(), egyptReport: randomUUID() },
    title: `Revision of Resolution 1334 (Modified 2023), ${label}`,
    deadlines: {},
    id: (name) => `${label}-${name}`,
    symbol: (symbol) => `${symbol} ${label}`,
  };
}

function cover(symbol: string, title: string, submitters: string[], extra: Partial<ContributionCover> = {}): ContributionCover {
  return { symbol, date: '2026-02-20', agendaItem: 'PL 2', originalLanguage: 'en', submitters, coSponsors: [], title, ...extra };
}

/** Sends ledger commands through the real write side, failing on any refusal. */
export class LedgerSession {
  constructor(private readonly ledger: ExecuteLedgerCommandHandler) {}

  async send(actor: Actor, command: LedgerCommand): Promise<void> {
    await sendLedgerCommand(this.ledger, actor, command);
  }

  /** The stakeholders the negotiations below need. */
  async registerStakeholders(): Promise<void> {
    for (const [id, name, category, region, memberIds] of [
      ['egypt', 'Arab Republic of Egypt', 'member-state', 'arab-states', []],
      ['kenya', 'Republic of Kenya', 'member-state', 'africa', []],
      ['african-group', 'African Telecommunications Union member states', 'member-state', 'africa', ['kenya']],
      ['isoc', 'Internet Society', 'technical-community', 'global', []],
    ] as const) {
      await this.send(secretariat, { kind: 'RegisterStakeholder', stakeholder: { stakeholderId: id, name, category, region, memberIds } });
    }
  }

  /**
   * One consultation from registration to adoption on the Resolution 1334 text: contributions
   * with amendments and reports, a revision and a withdrawal, co-sponsors, rulings, a merge,
   * settled brackets, a reservation, a correction, the adoption of version 2 and an explanation of position after it.
   */
  async negotiate(label: string): Promise<{ consultationId: string; documentId: string }> {
    const naming = labelled(label);
    const { consultationId, documentId, id } = naming;
    await this.negotiateUntilAdoption(naming);
    await this.recordTheUnWay(naming);
    await this.send(chair, { kind: 'ChangePhase', consultationId, to: 'adoption' });
    await this.send(chair, {
      kind: 'AdoptVersion',
      documentId,
      decisionId: id('dec-9'),
      label: 'Modified 2026',
      meeting: 'sixth Plenary Meeting',
      date: '2026-06-12',
    });
    await this.send(egypt, {
      kind: 'ExplainPosition',
      documentId,
      explanationId: id('eop-egypt'),
      stakeholderId: 'egypt',
      explains: 'position',
      timing: 'after-adoption',
      text: 'Egypt joined the consensus and reads operative paragraph 1 as encouraging, not requiring, participation.',
    });
    const silenceId = id('silence-1');
    await this.send(chair, {
      kind: 'StartSilence',
      documentId,
      silenceId,
      deadline: '2030-01-15T18:00:00+01:00',
      timeZone: 'Europe/Zurich',
      adoption: { label: 'Modified 2026 (under silence)', meeting: 'seventh Plenary Meeting' },
    });
    await this.send(egypt, {
      kind: 'BreakSilence',
      documentId,
      silenceId,
      stakeholderId: 'egypt',
      provisionIds: [O1],
      reasons: 'Egypt cannot join consensus on the words "all appropriate".',
    });
    // A thread on the African group's amendment, moderated: comments and notifications to rebuild.
    await this.send(egypt, {
      kind: 'PostComment',
      commentId: id('comment-1'),
      documentId,
      subject: { kind: 'amendment', amendmentId: id('a-3') },
      authorId: 'egypt',
      text: 'Egypt would keep "organizations", the agreed term.',
      language: 'en',
    });
    await this.send(secretariat, { kind: 'HideComment', commentId: id('comment-1'), reason: 'repeats the statement made in the room' });
    return { consultationId, documentId };
  }

  /** The same negotiation, named as `naming` says, up to the correction of a ruling: the adoption is left to the caller. */
  async negotiateUntilAdoption(naming: WorkflowNaming): Promise<void> {
    const { consultationId, documentId, contribution, id, symbol } = naming;
    const base = importResolution(RES_1334).document;
    const onDocument = (actor: Actor, command: DocumentCommand) =>
      this.send(actor, command.kind === 'RegisterDocument' ? command : { ...command, documentId });
    const phase = (to: Phase) => this.send(chair, { kind: 'ChangePhase', consultationId, to });

    await this.send(secretariat, {
      kind: 'RegisterConsultation',
      consultation: {
        consultationId,
        title: naming.title,
        body: 'ITU Council',
        subject: 'WSIS+20 review',
        originalLanguage: 'en',
        chairs: ['chair-1'],
        deadlines: naming.deadlines,
        restricted: true,
      },
    });
    await this.send(secretariat, { kind: 'ChangePhase', consultationId, to: 'open-for-contributions' });
    await this.send(secretariat, { kind: 'AdmitParticipant', consultationId, stakeholderId: 'egypt' });
    await this.send(secretariat, { kind: 'AdmitParticipant', consultationId, stakeholderId: 'kenya' });
    await onDocument(secretariat, {
      kind: 'RegisterDocument',
      document: {
        documentId,
        consultationId,
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        text: base,
        source: { kind: 'import', warnings: 0 },
      },
    });

    const text = (provision: string) => locateProvision(base, provision)!.provision.text;
    const amendments = (list: { amendmentId: string; operation: unknown }[]): SubmittedSubstance =>
      ({ kind: 'amendments', documentId, versionNumber: 1, amendments: list }) as SubmittedSubstance;
    await this.send(egypt, {
      kind: 'SubmitContribution',
      contributionId: contribution.egyptAmendments,
      consultationId,
      cover: cover(symbol('C26/12-E'), 'Proposed modifications to Resolution 1334', ['egypt']),
      substance: amendments([
        {
          amendmentId: id('a-1'),
          operation: { kind: 'modify', provisionId: O1, oldText: text(O1), newText: text(O1).replace('all possible', 'all appropriate') },
        },
        {
          amendmentId: id('a-2'),
          operation: { kind: 'add', newId: 'op-1-report', position: { after: O2 }, text: 'to report to the Council at its 2026 session;' },
        },
      ]),
    });
    await this.send(kenya, {
      kind: 'SubmitContribution',
      contributionId: contribution.africanAmendments,
      consultationId,
      cover: cover(symbol('C26/15-E'), 'African common proposals on Resolution 1334', ['kenya'], { onBehalfOf: 'african-group' }),
      substance: amendments([
        {
          amendmentId: id('a-3'),
          operation: {
            kind: 'modify',
            provisionId: O1,
            oldText: text(O1),
            newText: text(O1).replace('United Nations organizations', 'United Nations entities'),
          },
        },
        {
          amendmentId: id('a-4'),
          operation: {
            kind: 'offerAlternatives',
            provisionId: R2,
            baseText: text(R2),
            from: 0,
            to: 1,
            alternatives: ['Resolution', 'the relevant resolution'],
          },
        },
      ]),
    });
    await this.send(isoc, {
      kind: 'SubmitContribution',
      contributionId: contribution.isocReport,
      consultationId,
      cover: cover(symbol('C26/30-E'), 'Multistakeholder input to the WSIS+20 review', ['isoc']),
      substance: { kind: 'report', text: 'The technical community supports an open and inclusive review.' },
    });
    await this.send(isoc, {
      kind: 'ReviseContribution',
      contributionId: contribution.isocReport,
      cover: cover(symbol('C26/30(Rev.1)-E'), 'Multistakeholder input to the WSIS+20 review (revised)', ['isoc'], { date: '2026-02-25' }),
      substance: { kind: 'report', text: 'The technical community supports an open, inclusive and transparent review.' },
    });
    await this.send(egypt, {
      kind: 'SubmitContribution',
      contributionId: contribution.egyptReport,
      consultationId,
      cover: cover(symbol('C26/20-E'), 'National experience with WSIS action lines', ['egypt']),
      substance: { kind: 'report', text: 'Egypt shares its national experience.' },
    });
    await this.send(egypt, {
      kind: 'WithdrawContribution',
      contributionId: contribution.egyptReport,
      reason: 'submitted to the wrong session',
    });
    await onDocument(kenya, { kind: 'CoSponsorAmendment', amendmentId: id('a-1'), stakeholderId: 'kenya' });
    await onDocument(egypt, {
      kind: 'ReviseAmendment',
      amendmentId: id('a-2'),
      operation: {
        kind: 'add',
        newId: 'op-1-report',
        position: { after: O2 },
        text: 'to report to the Council at its 2026 and 2027 sessions;',
      },
      explanation: 'two sessions',
    });

    await phase('negotiation');
    await onDocument(egypt, {
      kind: 'ProposeAmendment',
      amendmentId: id('a-5'),
      versionNumber: 1,
      proposers: ['egypt'],
      operation: { kind: 'add', newId: 'op-2-egypt', position: { after: E1 }, text: 'share best practices;' },
    });
    await onDocument(kenya, {
      kind: 'ProposeAmendment',
      amendmentId: id('a-6'),
      versionNumber: 1,
      proposers: ['kenya'],
      operation: { kind: 'add', newId: 'op-2-kenya', position: { after: E1 }, text: 'share experience;' },
    });
    const sitting = { meeting: 'CWG-WSIS&SDG-44', date: '2026-04-10' };
    await onDocument(chair, { kind: 'RuleOnAmendment', decisionId: id('dec-1'), amendmentId: id('a-1'), ruling: 'accepted', ...sitting });
    await onDocument(chair, { kind: 'RuleOnAmendment', decisionId: id('dec-2'), amendmentId: id('a-3'), ruling: 'accepted', ...sitting });
    await onDocument(chair, { kind: 'RuleOnAmendment', decisionId: id('dec-3'), amendmentId: id('a-4'), ruling: 'accepted', ...sitting });
    await onDocument(chair, { kind: 'SettleBrackets', decisionId: id('dec-4'), provisionId: R2, bracketIndex: 0, choice: 1, ...sitting });
    await onDocument(chair, {
      kind: 'RuleOnAmendment',
      decisionId: id('dec-5'),
      amendmentId: id('a-2'),
      ruling: 'rejected',
      reason: 'no support',
      ...sitting,
    });
    await onDocument(chair, {
      kind: 'MergeAmendments',
      decisionId: id('dec-6'),
      amendmentIds: [id('a-5'), id('a-6')],
      operation: { kind: 'add', newId: 'op-2-merged', position: { after: E1 }, text: 'share best practices and experience;' },
      ...sitting,
    });
    await onDocument(chair, {
      kind: 'RecordReservation',
      decisionId: id('dec-7'),
      stakeholderId: 'kenya',
      provisionId: O1,
      text: 'Kenya reserves its position on the words "all appropriate".',
      ...sitting,
    });
    await onDocument(chair, {
      kind: 'CorrectDecision',
      decisionId: id('dec-8'),
      corrects: id('dec-5'),
      ruling: 'accepted',
      reason: 'the plenary had agreed to the report',
      meeting: 'CWG-WSIS&SDG-45',
      date: '2026-04-11',
    });
  }

  /** The UN way on the same text: an informal consultation, a round of statuses after it, and a written input of the technical community. */
  private async recordTheUnWay({ consultationId, documentId, id }: WorkflowNaming): Promise<void> {
    const meetingId = id('ic-1');
    await this.send(chair, {
      kind: 'RegisterMeeting',
      consultationId,
      meeting: { meetingId, kind: 'informal-consultation', number: 1, name: 'First informal consultation', date: '2026-04-12' },
    });
    await this.send(chair, {
      kind: 'RecordProvisionStatuses',
      documentId,
      decisionId: id('dec-round-1'),
      meetingId,
      statuses: [{ provisionId: O2, status: 'agreed-ad-ref' }],
    });
    await this.send(secretariat, { kind: 'AdmitParticipant', consultationId, stakeholderId: 'isoc' });
    await this.send(isoc, {
      kind: 'SubmitStakeholderInput',
      inputId: id('input-1'),
      documentId,
      provisionIds: [O1],
      stakeholderId: 'isoc',
      title: 'Open standards in operative paragraph 1',
      text: 'The technical community asks that operative paragraph 1 name open standards.',
      language: 'en',
    });
  }

  /** A stakeholder more, for a test that needs one more event. */
  async registerStakeholder(stakeholderId: string, name: string): Promise<void> {
    await this.send(secretariat, {
      kind: 'RegisterStakeholder',
      stakeholder: { stakeholderId, name, category: 'civil-society', region: 'global', memberIds: [] },
    });
  }
}
