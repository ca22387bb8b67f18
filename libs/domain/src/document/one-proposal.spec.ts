import {
  Actor,
  NewEvent,
  StakeholderRegisteredV1,
  consultationPhaseChanged,
  consultationRegistered,
  documentRegistered,
} from '#libs/contracts';
import { AmendmentOperation, ResolutionDocument } from '#libs/text';
import { ConsultationState, evolveConsultation, initialConsultationState } from '../consultation/consultation';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import { DocumentCommand, conflictsOfProposal, decideDocument } from './document-decide';
import { DocumentState, evolveDocument, initialDocumentState } from './document-state';

const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const registry: Record<string, StakeholderRegisteredV1> = {
  egypt: { stakeholderId: 'egypt', name: 'Egypt', category: 'member-state', region: 'arab-states', memberIds: [] },
  kenya: { stakeholderId: 'kenya', name: 'Kenya', category: 'member-state', region: 'africa', memberIds: [] },
};
const stakeholders: StakeholderDirectory = { get: (id) => registry[id] };

const provision = (id: string, text: string) => ({ id, text, children: [], footnotes: [] });
const base: ResolutionDocument = {
  language: 'en',
  style: 'itu',
  title: 'Resolution 1334 (Modified 2023)',
  body: 'The ITU Council,',
  preamble: [
    {
      id: 'recalling',
      heading: 'recalling',
      provisions: [provision('rec-a', 'Resolution 73 (Minneapolis, 1998);'), provision('rec-b', 'Resolution 140 (Rev. Bucharest, 2022),')],
    },
  ],
  operative: [
    {
      id: 'instructs',
      heading: 'resolves to instruct the Secretary-General',
      provisions: [provision('op-1', 'to report to the Council.')],
    },
  ],
  metadata: {},
};

function consultationIn(phase: 'negotiation' | 'adoption'): ConsultationState {
  const order = ['drafting', 'open-for-contributions', 'negotiation', 'adoption'] as const;
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
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      text: base,
      source: { kind: 'import', warnings: 0 },
    }),
  ].reduce(evolveDocument, initialDocumentState);

  decide(actor: Actor, command: DocumentCommand) {
    return decideDocument(command, this.state, {
      actor,
      consultation: consultationIn('negotiation'),
      stakeholders,
      now: '2026-11-24T09:00:00Z',
    });
  }

  done(actor: Actor, command: DocumentCommand): this {
    const decision = this.decide(actor, command);
    if (!decision.ok) throw new Error(`refused: ${decision.refusal.message}`);
    this.state = decision.events.reduce(evolveDocument, this.state);
    return this;
  }

  /** A contribution's amendments, proposed one after another as the ledger records a contribution. */
  contribution(contributionId: string, proposer: string, operations: Record<string, AmendmentOperation>): this {
    for (const [amendmentId, operation] of Object.entries(operations)) {
      this.done(
        { id: proposer, role: 'stakeholder' },
        { kind: 'ProposeAmendment', amendmentId, versionNumber: 1, operation, proposers: [proposer], contributionId },
      );
    }
    return this;
  }

  accept(...amendmentIds: string[]): this {
    for (const amendmentId of amendmentIds)
      this.done(chair, { kind: 'RuleOnAmendment', decisionId: `decision-${amendmentId}`, amendmentId, ruling: 'accepted' });
    return this;
  }

  get recitals(): string[] {
    return this.state.working!.preamble[0].provisions.map((p) => p.id);
  }
}

const add = (newId: string, position: { after: string } | { before: string }, text = `${newId} text;`): AmendmentOperation => ({
  kind: 'add',
  newId,
  position,
  text,
});

/** Three new recitals, each placed after the one before it: the order the proposer wants is A, B, C after rec-a. */
const chainOfThree = {
  'a-1': add('new-a', { after: 'rec-a' }),
  'a-2': add('new-b', { after: 'new-a' }),
  'a-3': add('new-c', { after: 'new-b' }),
};

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe("a contribution's amendments are one proposal", () => {
  it('takes a new provision placed after one the same contribution adds before it', () => {
    const negotiation = new Negotiation().contribution('c-egypt', 'egypt', chainOfThree);
    expect(Object.keys(negotiation.state.amendments)).toEqual(['a-1', 'a-2', 'a-3']);
  });

  it('still refuses a lone amendment placed after a provision that only another pending amendment adds', () => {
    const negotiation = new Negotiation().contribution('c-egypt', 'egypt', { 'a-1': add('new-a', { after: 'rec-a' }) });
    const decision = negotiation.decide(kenya, {
      kind: 'ProposeAmendment',
      amendmentId: 'k-1',
      versionNumber: 1,
      operation: add('new-k', { after: 'new-a' }),
      proposers: ['kenya'],
    });
    expect(decision.ok).toBe(false);
  });

  it.each(permutations(['a-1', 'a-2', 'a-3']).map((order) => [order.join(' then ')] as const))(
    'keeps the proposed order whatever order the chair accepts them in (%s)',
    (order) => {
      const negotiation = new Negotiation().contribution('c-egypt', 'egypt', chainOfThree).accept(...order.split(' then '));
      expect(negotiation.recitals).toEqual(['rec-a', 'new-a', 'new-b', 'new-c', 'rec-b']);
    },
  );

  it('places a provision after the nearest one of its chain that was accepted when one before it is rejected', () => {
    const negotiation = new Negotiation().contribution('c-egypt', 'egypt', chainOfThree).accept('a-3');
    negotiation.done(chair, { kind: 'RuleOnAmendment', decisionId: 'decision-a-2', amendmentId: 'a-2', ruling: 'rejected' }).accept('a-1');
    expect(negotiation.recitals).toEqual(['rec-a', 'new-a', 'new-c', 'rec-b']);
  });

  it('keeps a chain placed before a provision in order too', () => {
    const negotiation = new Negotiation()
      .contribution('c-egypt', 'egypt', { 'a-1': add('new-a', { before: 'rec-b' }), 'a-2': add('new-b', { after: 'new-a' }) })
      .accept('a-2', 'a-1');
    expect(negotiation.recitals).toEqual(['rec-a', 'new-a', 'new-b', 'rec-b']);
  });

  it('takes a modification of a provision the same contribution adds, applied once that provision is in', () => {
    const negotiation = new Negotiation().contribution('c-egypt', 'egypt', {
      'a-1': add('new-a', { after: 'rec-a' }, 'Resolution 200 (Rev. Bucharest, 2022);'),
      'a-2': {
        kind: 'modify',
        provisionId: 'new-a',
        oldText: 'Resolution 200 (Rev. Bucharest, 2022);',
        newText: 'Resolution 200 (Rev. Bucharest, 2022) on Connect 2030;',
      },
    });
    expect(negotiation.decide(chair, { kind: 'RuleOnAmendment', decisionId: 'd-early', amendmentId: 'a-2', ruling: 'accepted' }).ok).toBe(
      false,
    );
    negotiation.accept('a-1', 'a-2');
    expect(negotiation.state.working!.preamble[0].provisions[1].text).toBe('Resolution 200 (Rev. Bucharest, 2022) on Connect 2030;');
  });

  it("does not tell the proposer its own amendments conflict, but tells it of another party's", () => {
    const negotiation = new Negotiation()
      .contribution('c-kenya', 'kenya', { 'k-1': add('new-k', { after: 'rec-a' }) })
      .contribution('c-egypt', 'egypt', { 'a-1': add('new-a', { after: 'rec-a' }) });
    const sameGapOwn = conflictsOfProposal(negotiation.state, 'a-2', add('new-b', { after: 'rec-a' }), 'c-egypt');
    expect(sameGapOwn.map((c) => c.amendmentIds)).toEqual([['k-1', 'a-2']]);
  });

  it('leaves a withdrawn amendment out of the proposal: a revision of the contribution may add the same provision anew', () => {
    const negotiation = new Negotiation().contribution('c-egypt', 'egypt', { 'a-1': add('new-a', { after: 'rec-a' }, 'Resolution 200;') });
    negotiation.done(egypt, { kind: 'WithdrawAmendment', amendmentId: 'a-1', reason: 'superseded by Rev.1' });
    negotiation
      .contribution('c-egypt', 'egypt', { 'a-2': add('new-a', { after: 'rec-a' }, 'Resolution 200 (Rev. Bucharest, 2022);') })
      .accept('a-2');
    expect(negotiation.recitals).toEqual(['rec-a', 'new-a', 'rec-b']);
  });

  it('checks a revision against the text the earlier amendments of its contribution make', () => {
    const negotiation = new Negotiation().contribution('c-egypt', 'egypt', chainOfThree);
    const revised = negotiation.decide(egypt, { kind: 'ReviseAmendment', amendmentId: 'a-3', operation: add('new-c', { after: 'new-a' }) });
    expect(revised.ok).toBe(true);
  });
});
