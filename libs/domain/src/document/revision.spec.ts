import {
  Actor,
  NewEvent,
  RevisionIssuedV1,
  StakeholderRegisteredV1,
  consultationPhaseChanged,
  consultationRegistered,
  documentRegistered,
} from '#libs/contracts';
import { ResolutionDocument, locateProvision } from '#libs/text';
import { ConsultationState, evolveConsultation, initialConsultationState } from '../consultation/consultation';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import { DocumentCommand, decideDocument } from './document-decide';
import { DocumentState, evolveDocument, initialDocumentState, latestVersion } from './document-state';

const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const otherChair: Actor = { id: 'chair-9', role: 'chair' };
const registry: Record<string, StakeholderRegisteredV1> = {
  egypt: { stakeholderId: 'egypt', name: 'Egypt', category: 'member-state', region: 'arab-states', memberIds: [] },
};
const stakeholders: StakeholderDirectory = { get: (id) => registry[id] };

const OP_1 = 'to take all necessary measures to encourage the participation of all UN organizations;';
const OP_2 = 'to submit an annual report to the Council.';

/** Resolution 1334, abridged, with the operative items given. */
function res1334(
  operative: readonly [string, string][] = [
    ['op-1', OP_1],
    ['op-2', OP_2],
  ],
): ResolutionDocument {
  const p = (id: string, text: string) => ({ id, text, children: [], footnotes: [] });
  return {
    language: 'en',
    style: 'itu',
    title: 'Resolution 1334 (Modified 2023)',
    body: 'The ITU Council,',
    preamble: [
      {
        id: 'recalling',
        heading: 'recalling',
        provisions: [p('rec-a', 'Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;')],
      },
    ],
    operative: [
      { id: 'instructs', heading: 'resolves to instruct the Secretary-General', provisions: operative.map(([id, t]) => p(id, t)) },
    ],
    metadata: {},
  };
}

type Phase = 'drafting' | 'open-for-contributions' | 'negotiation' | 'adoption';

function consultationIn(phase: Phase): ConsultationState {
  const order = ['drafting', 'open-for-contributions', 'negotiation', 'adoption'] as const;
  const events: NewEvent[] = [
    consultationRegistered({
      consultationId: 'c1',
      title: 't',
      body: 'UN General Assembly',
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

class Scenario {
  state: DocumentState = [
    documentRegistered({
      documentId: 'd1',
      consultationId: 'c1',
      symbol: 'A/80/L.1',
      versionLabel: 'zero draft',
      text: res1334(),
      source: { kind: 'import', warnings: 0 },
    }),
  ].reduce(evolveDocument, initialDocumentState);
  consultation = consultationIn('negotiation');

  phase(phase: Phase): this {
    this.consultation = consultationIn(phase);
    return this;
  }

  done(actor: Actor, command: DocumentCommand): this {
    const decision = this.decide(actor, command);
    if (!decision.ok) throw new Error(`given step refused: ${decision.refusal.message}`);
    this.state = decision.events.reduce(evolveDocument, this.state);
    return this;
  }

  decide(actor: Actor, command: DocumentCommand) {
    return decideDocument(command, this.state, { actor, consultation: this.consultation, stakeholders, now: '2025-11-07T09:00:00Z' });
  }

  propose(amendmentId: string, operation: Extract<DocumentCommand, { kind: 'ProposeAmendment' }>['operation']): this {
    return this.done(egypt, {
      kind: 'ProposeAmendment',
      amendmentId,
      versionNumber: latestVersion(this.state).number,
      operation,
      proposers: ['egypt'],
    });
  }
}

const revision = (text: ResolutionDocument, more: Partial<Extract<DocumentCommand, { kind: 'IssueRevision' }>> = {}): DocumentCommand => ({
  kind: 'IssueRevision',
  decisionId: 'rev-1',
  text,
  date: '2025-11-07',
  ...more,
});

/** Rev.1 rewords op-1 ("all UN organizations" → "all United Nations entities") and adds a last item. */
const REV_1 = res1334([
  ['x-1', 'to take all necessary measures to encourage the participation of all United Nations entities;'],
  ['x-2', OP_2],
  ['x-3', 'to report on the follow-up to the General Assembly.'],
]);

function issued(scenario: Scenario, command: DocumentCommand): RevisionIssuedV1 {
  const decision = scenario.decide(chair, command);
  if (!decision.ok) throw new Error(decision.refusal.message);
  return decision.events[0].payload as RevisionIssuedV1;
}

describe('revisions issued by the chair', () => {
  it('derives the changes from the working text, keeping the provisions recognised by their wording', () => {
    const event = issued(new Scenario(), revision(REV_1));
    expect(event).toMatchObject({ versionNumber: 2, revision: 1, label: 'Rev.1', date: '2025-11-07' });
    expect(event.changes.map((c) => c.kind)).toEqual(['add', 'modify']);
    expect(event.changes[1]).toMatchObject({ provisionId: 'op-1' });
    expect(event.text.operative[0].provisions.map((p) => p.id)).toEqual(['op-1', 'op-2', 'x-3']);
    expect(locateProvision(event.text, 'op-1')?.provision.text).toContain('all United Nations entities');
  });

  it('becomes the next version and the working text; amendments are then proposed against it', () => {
    const scenario = new Scenario().done(chair, revision(REV_1, { symbol: 'A/80/L.1/Rev.1' }));
    const version = latestVersion(scenario.state);
    expect(version).toMatchObject({
      number: 2,
      label: 'Rev.1',
      revision: { number: 1, label: 'Rev.1', symbol: 'A/80/L.1/Rev.1', date: '2025-11-07', decisionId: 'rev-1' },
    });
    expect(scenario.state.versions[0].text).toEqual(res1334());
    expect(scenario.state.working).toEqual(version.text);
    expect(scenario.state.applied).toEqual([]);
    expect(scenario.state.decisions['rev-1']).toMatchObject({ kind: 'revision', versionNumber: 2 });
    scenario.propose('a9', { kind: 'suppress', provisionId: 'x-3' });
    expect(scenario.state.amendments.a9.versionNumber).toBe(2);
  });

  it('numbers the next revision on from the last: Rev.2', () => {
    const scenario = new Scenario().done(chair, revision(REV_1));
    const rev2 = res1334([
      ['op-1', REV_1.operative[0].provisions[0].text],
      ['op-2', OP_2],
    ]);
    expect(issued(scenario, revision(rev2, { decisionId: 'rev-2' }))).toMatchObject({ versionNumber: 3, revision: 2, label: 'Rev.2' });
  });

  it('rebases an undecided amendment on words the revision kept, and overtakes one on words it changed', () => {
    const scenario = new Scenario()
      .propose('kept', { kind: 'modify', provisionId: 'op-2', oldText: OP_2, newText: 'to submit a biennial report to the Council.' })
      .propose('changed', {
        kind: 'modify',
        provisionId: 'op-1',
        oldText: OP_1,
        newText: 'to take all necessary measures to encourage the participation of all UN agencies;',
      });
    const event = issued(scenario, revision(REV_1));
    expect(event.rebased.map((r) => r.amendmentId)).toEqual(['kept']);
    expect(event.overtaken).toEqual(['changed']);

    scenario.done(chair, revision(REV_1));
    expect(scenario.state.amendments.kept).toMatchObject({ status: 'pending', versionNumber: 2 });
    expect(scenario.state.amendments.changed).toMatchObject({ status: 'overtaken', decisionId: 'rev-1' });
  });

  it('closes as overtaken the amendments the chair names, and those a change takes up', () => {
    const scenario = new Scenario().propose('named', { kind: 'suppress', provisionId: 'op-2' }).propose('taken-up', {
      kind: 'add',
      newId: 'egypt-new',
      position: { after: 'op-2' },
      text: 'to report on the follow-up to the General Assembly.',
    });
    const event = issued(
      scenario,
      revision(REV_1, { overtake: ['named'], reflects: [{ provisionId: 'x-3', amendmentIds: ['taken-up'], inputIds: ['input-7'] }] }),
    );
    expect([...event.overtaken].sort()).toEqual(['named', 'taken-up']);
    expect(event.rebased).toEqual([]);
  });

  it('maps what each provision reflects onto the changes that touch it', () => {
    const scenario = new Scenario().propose('a1', { kind: 'suppress', provisionId: 'rec-a' });
    const event = issued(
      scenario,
      revision(REV_1, {
        reflects: [
          { provisionId: 'op-1', inputIds: ['input-1'] },
          { provisionId: 'x-3', amendmentIds: ['a1'], inputIds: ['input-2'] },
        ],
      }),
    );
    expect(event.reflects).toEqual([
      { change: 0, amendmentIds: ['a1'], inputIds: ['input-2'] },
      { change: 1, amendmentIds: [], inputIds: ['input-1'] },
    ]);
  });

  it('refuses a revision that changes nothing, reflects an unchanged provision, or overtakes what is not undecided', () => {
    const scenario = new Scenario();
    expect(scenario.decide(chair, revision(res1334()))).toMatchObject({
      ok: false,
      refusal: { code: 'invalid', message: expect.stringContaining('no change') },
    });
    expect(scenario.decide(chair, revision(REV_1, { reflects: [{ provisionId: 'op-2', inputIds: ['i'] }] }))).toMatchObject({
      ok: false,
      refusal: { key: 'revision.doesNotChange', message: 'the revision does not change resolves to instruct the Secretary-General, 2' },
    });
    expect(scenario.decide(chair, revision(REV_1, { overtake: ['nope'] }))).toMatchObject({ ok: false, refusal: { code: 'invalid' } });
  });

  it('is issued by a chair of the consultation while the text is negotiated, not in adoption', () => {
    expect(new Scenario().decide(otherChair, revision(REV_1))).toMatchObject({ ok: false, refusal: { code: 'not-allowed' } });
    expect(new Scenario().decide(egypt, revision(REV_1))).toMatchObject({ ok: false, refusal: { code: 'not-allowed' } });
    expect(new Scenario().phase('adoption').decide(chair, revision(REV_1))).toMatchObject({ ok: false, refusal: { code: 'wrong-phase' } });
    expect(new Scenario().phase('drafting').decide(chair, revision(REV_1))).toMatchObject({ ok: true });
  });

  it('freezes the rulings before it: a correction of one is refused, citing the revision', () => {
    const scenario = new Scenario()
      .propose('a1', { kind: 'suppress', provisionId: 'rec-a' })
      .done(chair, { kind: 'RuleOnAmendment', decisionId: 'd-1', amendmentId: 'a1', ruling: 'rejected' })
      .done(chair, revision(REV_1));
    expect(
      scenario.decide(chair, { kind: 'CorrectDecision', decisionId: 'd-2', corrects: 'd-1', ruling: 'accepted', reason: 'misread' }),
    ).toMatchObject({ ok: false, refusal: { message: expect.stringContaining('(Rev.1) by its revision') } });
  });

  it('rules on a rebased amendment against the revision, and adopts after it', () => {
    const scenario = new Scenario()
      .propose('kept', { kind: 'modify', provisionId: 'op-2', oldText: OP_2, newText: 'to submit a biennial report to the Council.' })
      .done(chair, revision(REV_1))
      .done(chair, { kind: 'RuleOnAmendment', decisionId: 'd-1', amendmentId: 'kept', ruling: 'accepted' });
    expect(locateProvision(scenario.state.working!, 'op-2')?.provision.text).toBe('to submit a biennial report to the Council.');
    scenario
      .phase('adoption')
      .done(chair, { kind: 'AdoptVersion', decisionId: 'd-2', label: 'adopted', meeting: '64th plenary meeting', date: '2025-12-17' });
    expect(latestVersion(scenario.state)).toMatchObject({ number: 3, adoptedAt: { decisionId: 'd-2' } });
    expect(locateProvision(latestVersion(scenario.state).text, 'x-3')?.provision.text).toBe(
      'to report on the follow-up to the General Assembly.',
    );
  });
});
