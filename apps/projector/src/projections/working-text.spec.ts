import { Actor, NewEvent, Phase } from '#libs/contracts';
import {
  ConsultationState,
  DocumentCommand,
  DocumentState,
  StakeholderDirectory,
  decideDocument,
  evolveDocument,
  initialDocumentState,
} from '#libs/domain';
import { ResolutionDocument, importResolution, locateProvision } from '#libs/text';
import { WorkingText, changesWorkingText, evolveWorkingText } from './working-text';

// A short English ITU-style text, as the secretariat would import it.
const RES_1334 = `RESOLUTION 1334 (MODIFIED 2023)
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

const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const stakeholders: StakeholderDirectory = {
  get: (id) =>
    ['egypt', 'kenya'].includes(id)
      ? { stakeholderId: id, name: id, category: 'member-state', region: 'africa', memberIds: [] }
      : undefined,
};

/** Runs commands through the domain's own decide/evolve, keeping the events it records. */
class DraftingSession {
  readonly events: NewEvent[] = [];
  state: DocumentState = initialDocumentState;
  private consultation: ConsultationState = {
    registered: true,
    consultationId: 'c-1',
    phase: 'drafting',
    chairs: ['chair-1'],
    participants: [],
    restricted: false,
    deadlines: {},
    meetings: {},
  };

  inPhase(phase: Phase): this {
    this.consultation = { ...this.consultation, phase };
    return this;
  }

  run(actor: Actor, command: DocumentCommand): this {
    const decided = decideDocument(command, this.state, {
      actor,
      consultation: this.consultation,
      stakeholders,
      now: '2026-11-24T09:00:00Z',
    });
    if (!decided.ok) throw new Error(`refused ${command.kind}: ${decided.refusal.message}`);
    for (const event of decided.events) {
      this.state = evolveDocument(this.state, event);
      this.events.push(event);
    }
    return this;
  }

  wording(provisionId: string): string {
    return locateProvision(this.state.working!, provisionId)!.provision.text;
  }
}

function registeredSession(): DraftingSession {
  const { document } = importResolution(RES_1334);
  return new DraftingSession().run(secretariat, {
    kind: 'RegisterDocument',
    document: {
      documentId: 'd-1',
      consultationId: 'c-1',
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      text: document,
      source: { kind: 'import', warnings: 0 },
    },
  });
}

/** Folds the events through the projection's working-text step, checking it against the domain's state after each. */
function expectSameWorkingTextAtEveryStep(session: DraftingSession): WorkingText {
  let domain = initialDocumentState;
  let projected: WorkingText | undefined;
  for (const event of session.events) {
    domain = evolveDocument(domain, event);
    projected = evolveWorkingText(projected, event);
    expect({ event: event.type, working: projected?.working, applied: projected?.applied }).toEqual({
      event: event.type,
      working: domain.working,
      applied: domain.applied,
    });
  }
  return projected!;
}

const modify = (provisionId: string, oldText: string, newText: string) => ({ kind: 'modify' as const, provisionId, oldText, newText });

describe('the working text the projections keep', () => {
  const O1 = 'op-1-1';
  const O2 = 'op-1-2';
  const R2 = 'pre-1-2';

  it('applies accepted, merged and modified rulings in order, and leaves rejected and deferred ones out', () => {
    const session = registeredSession().inPhase('open-for-contributions');
    const o1 = session.wording(O1);
    const o2 = session.wording(O2);
    session
      .run(egypt, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-1',
        versionNumber: 1,
        proposers: ['egypt'],
        operation: modify(O1, o1, o1.replace('all possible', 'all appropriate')),
      })
      .run(kenya, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-2',
        versionNumber: 1,
        proposers: ['kenya'],
        operation: modify(O1, o1, o1.replace('United Nations organizations', 'United Nations entities')),
      })
      .run(kenya, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-3',
        versionNumber: 1,
        proposers: ['kenya'],
        operation: { kind: 'suppress', provisionId: O2 },
      })
      .run(egypt, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-4',
        versionNumber: 1,
        proposers: ['egypt'],
        operation: modify(O2, o2, o2.replace('in 2025', 'in December 2025')),
      })
      .run(egypt, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-5',
        versionNumber: 1,
        proposers: ['egypt'],
        operation: { kind: 'add', newId: 'op-1-new', position: { after: O2 }, text: 'to report to the Council at its 2026 session;' },
      })
      .run(kenya, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-6',
        versionNumber: 1,
        proposers: ['kenya'],
        operation: { kind: 'add', newId: 'op-1-other', position: { after: O2 }, text: 'to consult all stakeholders;' },
      })
      .inPhase('negotiation')
      // a-1 is accepted first; a-2 touches other words of the same provision and is rebased onto it.
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'accepted', meeting: 'CWG-WSIS&SDG-44' })
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-2', amendmentId: 'a-2', ruling: 'accepted' })
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-3', amendmentId: 'a-3', ruling: 'rejected' })
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-4', amendmentId: 'a-4', ruling: 'deferred' });
    const o2Now = session.wording(O2);
    session
      .run(chair, {
        kind: 'RuleOnAmendment',
        decisionId: 'dec-5',
        amendmentId: 'a-4',
        ruling: 'accepted-as-modified',
        compromise: { kind: 'replaceText', provisionId: O2, text: o2Now.replace('in 2025', 'by the end of 2025') },
      })
      .run(chair, {
        kind: 'MergeAmendments',
        decisionId: 'dec-6',
        amendmentIds: ['a-5', 'a-6'],
        operation: {
          kind: 'add',
          newId: 'op-1-merged',
          position: { after: O2 },
          text: 'to consult all stakeholders and report to the Council at its 2026 session;',
        },
      });

    const projected = expectSameWorkingTextAtEveryStep(session);
    expect(projected.applied.map((change) => change.decisionId)).toEqual(['dec-1', 'dec-2', 'dec-5', 'dec-6']);
    expect(locateProvision(projected.working, O1)!.provision.text).toBe(
      'to take all appropriate measures to encourage the full participation of all United Nations entities;',
    );
    expect(locateProvision(projected.working, O2)!.provision.text).toContain('by the end of 2025');
    expect(locateProvision(projected.working, 'op-1-merged')).toBeDefined();
  });

  it('settles bracketed alternatives offered by an accepted amendment', () => {
    const session = registeredSession().inPhase('open-for-contributions');
    const r2 = session.wording(R2);
    session
      .run(egypt, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-1',
        versionNumber: 1,
        proposers: ['egypt'],
        operation: {
          kind: 'offerAlternatives',
          provisionId: R2,
          baseText: r2,
          from: 0,
          to: 1,
          alternatives: ['Resolution', 'the relevant resolution'],
        },
      })
      .inPhase('negotiation')
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'accepted' })
      .run(chair, { kind: 'SettleBrackets', decisionId: 'dec-2', provisionId: R2, bracketIndex: 0, choice: 1 });

    const projected = expectSameWorkingTextAtEveryStep(session);
    expect(locateProvision(projected.working, R2)!.provision.text).toBe(session.wording(R2));
    expect(session.wording(R2)).not.toContain('[');
  });

  it('drops a corrected decision and replays the later ones from the latest version', () => {
    const session = registeredSession().inPhase('open-for-contributions');
    const o1 = session.wording(O1);
    const o2 = session.wording(O2);
    session
      .run(egypt, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-1',
        versionNumber: 1,
        proposers: ['egypt'],
        operation: modify(O1, o1, o1.replace('all possible', 'all appropriate')),
      })
      .run(kenya, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-2',
        versionNumber: 1,
        proposers: ['kenya'],
        operation: modify(O2, o2, o2.replace('WSIS+20', 'WSIS+20 (Geneva, 2024)')),
      })
      .inPhase('negotiation')
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'accepted' })
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-2', amendmentId: 'a-2', ruling: 'accepted' })
      .run(chair, {
        kind: 'CorrectDecision',
        decisionId: 'dec-3',
        corrects: 'dec-1',
        ruling: 'rejected',
        reason: 'the ruling was announced in error',
      })
      // A correction of the correction: accepted after all, with a compromise.
      .run(chair, {
        kind: 'CorrectDecision',
        decisionId: 'dec-4',
        corrects: 'dec-3',
        ruling: 'accepted-as-modified',
        compromise: { kind: 'replaceText', provisionId: O1, text: o1.replace('all possible', 'all necessary') },
        reason: 'the plenary agreed a compromise',
      });

    const projected = expectSameWorkingTextAtEveryStep(session);
    expect(projected.applied.map((change) => change.decisionId)).toEqual(['dec-2', 'dec-4']);
    expect(locateProvision(projected.working, O1)!.provision.text).toContain('all necessary measures');
  });

  it('starts again from the adopted text after an adoption, and a correction then replays from that version', () => {
    const session = registeredSession().inPhase('open-for-contributions');
    const o1 = session.wording(O1);
    session
      .run(egypt, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-1',
        versionNumber: 1,
        proposers: ['egypt'],
        operation: modify(O1, o1, o1.replace('all possible', 'all appropriate')),
      })
      .inPhase('negotiation')
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'accepted' })
      .inPhase('adoption')
      .run(chair, {
        kind: 'AdoptVersion',
        decisionId: 'dec-2',
        label: 'Modified 2026',
        meeting: 'sixth Plenary Meeting',
        date: '2026-06-12',
      })
      .inPhase('negotiation');
    const adopted: ResolutionDocument = session.state.working!;
    const o1v2 = session.wording(O1);
    session
      .run(kenya, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-2',
        versionNumber: 2,
        proposers: ['kenya'],
        operation: { kind: 'suppress', provisionId: 'op-2-1' },
      })
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-3', amendmentId: 'a-2', ruling: 'accepted' })
      .run(egypt, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-3',
        versionNumber: 2,
        proposers: ['egypt'],
        operation: modify(O1, o1v2, o1v2.replace('full participation', 'full and effective participation')),
      })
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-4', amendmentId: 'a-3', ruling: 'accepted' })
      .run(chair, {
        kind: 'CorrectDecision',
        decisionId: 'dec-5',
        corrects: 'dec-3',
        ruling: 'rejected',
        reason: 'Member States asked to keep the provision',
      });

    const projected = expectSameWorkingTextAtEveryStep(session);
    expect(projected.latestVersion).toEqual(adopted);
    expect(projected.applied.map((change) => change.decisionId)).toEqual(['dec-4']);
    expect(locateProvision(projected.working, 'op-2-1')).toBeDefined();
    expect(locateProvision(projected.working, O1)!.provision.text).toContain(
      'all appropriate measures to encourage the full and effective participation',
    );
  });

  it('knows which events touch the working text', () => {
    const session = registeredSession().inPhase('negotiation');
    const o1 = session.wording(O1);
    session
      .run(egypt, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-1',
        versionNumber: 1,
        proposers: ['egypt'],
        operation: modify(O1, o1, o1.replace('all possible', 'all appropriate')),
      })
      .run(kenya, { kind: 'CoSponsorAmendment', amendmentId: 'a-1', stakeholderId: 'kenya' })
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'rejected' })
      .run(chair, {
        kind: 'RecordReservation',
        decisionId: 'dec-2',
        stakeholderId: 'kenya',
        provisionId: O1,
        text: 'Kenya reserves its position on this provision.',
      });
    expect(session.events.map((event) => [event.type, changesWorkingText(event)])).toEqual([
      ['DocumentRegistered', false],
      ['AmendmentProposed', false],
      ['AmendmentCoSponsored', false],
      ['AmendmentRuled', false],
      ['ReservationRecorded', false],
    ]);
  });
});
