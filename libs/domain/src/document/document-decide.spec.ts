import {
  Actor,
  NewEvent,
  StakeholderRegisteredV1,
  VersionAdoptedV1,
  consultationPhaseChanged,
  consultationRegistered,
  documentRegistered,
  renderRefusal,
  versionAdopted,
} from '#libs/contracts';
import { ResolutionDocument } from '#libs/text';
import { ConsultationState, evolveConsultation, initialConsultationState } from '../consultation/consultation';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import { DocumentCommand, decideDocument } from './document-decide';
import { DocumentState, evolveDocument, initialDocumentState, latestVersion } from './document-state';

const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const otherChair: Actor = { id: 'chair-9', role: 'chair' };

const registry: Record<string, StakeholderRegisteredV1> = {
  egypt: { stakeholderId: 'egypt', name: 'Egypt', category: 'member-state', region: 'arab-states', memberIds: [] },
  kenya: { stakeholderId: 'kenya', name: 'Kenya', category: 'member-state', region: 'africa', memberIds: [] },
  'african-group': {
    stakeholderId: 'african-group',
    name: 'African region',
    category: 'member-state',
    region: 'africa',
    memberIds: ['kenya'],
  },
};
const stakeholders: StakeholderDirectory = { get: (id) => registry[id] };

/** Resolution 1334, abridged to two recitals and two operative items, in English. */
function res1334(): ResolutionDocument {
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
        provisions: [
          p('rec-a', 'Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;'),
          p('rec-b', 'Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,'),
        ],
      },
    ],
    operative: [
      {
        id: 'instructs',
        heading: 'resolves to instruct the Secretary-General',
        provisions: [
          p('op-1', 'to take all necessary measures to encourage the participation of all UN organizations;'),
          p('op-2', 'to submit an annual report to the Council.'),
        ],
      },
    ],
    metadata: {},
  };
}

function consultationIn(phase: 'open-for-contributions' | 'negotiation' | 'adoption'): ConsultationState {
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

class Scenario {
  private state: DocumentState = [
    documentRegistered({
      documentId: 'd1',
      consultationId: 'c1',
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      text: res1334(),
      source: { kind: 'import', warnings: 0 },
    }),
  ].reduce(evolveDocument, initialDocumentState);
  private consultation = consultationIn('open-for-contributions');
  private now = '2026-11-24T09:00:00Z';

  at(now: string, deadlines: ConsultationState['deadlines']): this {
    this.now = now;
    this.consultation = { ...this.consultation, deadlines };
    return this;
  }

  phase(phase: 'open-for-contributions' | 'negotiation' | 'adoption'): this {
    this.consultation = consultationIn(phase);
    return this;
  }

  /** Decides and, when accepted, records: the "given" steps of a scenario. */
  done(actor: Actor, command: DocumentCommand): this {
    const decision = this.decide(actor, command);
    if (!decision.ok) throw new Error(`given step refused: ${decision.refusal.message}`);
    this.state = decision.events.reduce(evolveDocument, this.state);
    return this;
  }

  decide(actor: Actor, command: DocumentCommand) {
    return decideDocument(command, this.state, { actor, consultation: this.consultation, stakeholders, now: this.now });
  }

  get document(): DocumentState {
    return this.state;
  }
}

const proposal = (
  amendmentId: string,
  operation: DocumentCommand & { kind: 'ProposeAmendment' } extends infer C ? (C extends { operation: infer O } ? O : never) : never,
  proposers = ['egypt'],
): DocumentCommand => ({
  kind: 'ProposeAmendment',
  amendmentId,
  versionNumber: 1,
  operation,
  proposers,
});

describe('decisions on a document', () => {
  it('records a proposal by a stakeholder for itself, against the current version', () => {
    const decision = new Scenario().decide(egypt, proposal('a1', { kind: 'suppress', provisionId: 'op-1' }));
    expect(decision).toMatchObject({
      ok: true,
      events: [{ type: 'AmendmentProposed', payload: { amendmentId: 'a1', proposers: ['egypt'] } }],
    });
  });

  it('lets a member propose on behalf of its group, and refuses a stakeholder proposing for another', () => {
    const scenario = new Scenario();
    expect(scenario.decide(kenya, proposal('a1', { kind: 'suppress', provisionId: 'op-1' }, ['african-group']))).toMatchObject({
      ok: true,
    });
    expect(scenario.decide(egypt, proposal('a2', { kind: 'suppress', provisionId: 'op-1' }, ['kenya']))).toMatchObject({
      ok: false,
      refusal: { code: 'not-allowed' },
    });
  });

  it('refuses an amendment that does not apply to the text', () => {
    expect(new Scenario().decide(egypt, proposal('a1', { kind: 'suppress', provisionId: 'op-99' }))).toMatchObject({
      ok: false,
      refusal: { code: 'invalid' },
    });
  });

  it('refuses proposals outside the phases that accept them', () => {
    expect(new Scenario().phase('adoption').decide(egypt, proposal('a1', { kind: 'suppress', provisionId: 'op-1' }))).toMatchObject({
      ok: false,
      refusal: { code: 'wrong-phase' },
    });
  });

  it('refuses proposals after the deadline of the phase', () => {
    const scenario = new Scenario().at('2026-12-16T00:00:01Z', { 'open-for-contributions': '2026-12-15T23:59:59Z' });
    expect(scenario.decide(egypt, proposal('a1', { kind: 'suppress', provisionId: 'op-1' }))).toMatchObject({
      ok: false,
      refusal: { code: 'wrong-phase', message: expect.stringContaining('deadline') },
    });
    expect(
      scenario
        .at('2026-12-15T12:00:00Z', { 'open-for-contributions': '2026-12-15T23:59:59Z' })
        .decide(egypt, proposal('a1', { kind: 'suppress', provisionId: 'op-1' })),
    ).toMatchObject({ ok: true });
  });

  it('lets only a proposer withdraw an amendment', () => {
    const scenario = new Scenario().done(egypt, proposal('a1', { kind: 'suppress', provisionId: 'op-1' }));
    expect(scenario.decide(kenya, { kind: 'WithdrawAmendment', amendmentId: 'a1' })).toMatchObject({
      ok: false,
      refusal: { code: 'not-allowed' },
    });
    expect(scenario.decide(egypt, { kind: 'WithdrawAmendment', amendmentId: 'a1' })).toMatchObject({ ok: true });
  });

  it('lets only a chair of this consultation rule, and applies an accepted amendment to the working text', () => {
    const scenario = new Scenario()
      .done(
        egypt,
        proposal('a1', {
          kind: 'modify',
          provisionId: 'op-2',
          oldText: 'to submit an annual report to the Council.',
          newText: 'to submit an annual report to the Council and to the CWG-WSIS&SDG.',
        }),
      )
      .phase('negotiation');
    const ruling: DocumentCommand = { kind: 'RuleOnAmendment', decisionId: 'd-1', amendmentId: 'a1', ruling: 'accepted' };
    expect(scenario.decide(otherChair, ruling)).toMatchObject({ ok: false, refusal: { code: 'not-allowed' } });
    expect(scenario.decide(egypt, ruling)).toMatchObject({ ok: false, refusal: { code: 'not-allowed' } });
    scenario.done(chair, ruling);
    expect(scenario.document.working!.operative[0].provisions[1].text).toBe(
      'to submit an annual report to the Council and to the CWG-WSIS&SDG.',
    );
    expect(scenario.decide(chair, { ...ruling, decisionId: 'd-2' })).toMatchObject({ ok: false, refusal: { code: 'conflict' } });
  });

  it('refuses adoption while amendments are undecided or brackets unsettled, unless recorded as left open', () => {
    const scenario = new Scenario()
      .done(egypt, proposal('a1', { kind: 'suppress', provisionId: 'op-1' }))
      .done(
        egypt,
        proposal('a2', {
          kind: 'offerAlternatives',
          provisionId: 'rec-b',
          baseText: 'Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,',
          from: 0,
          to: 1,
          alternatives: ['Resolution', 'Decision'],
        }),
      )
      .phase('negotiation')
      .done(chair, { kind: 'RuleOnAmendment', decisionId: 'd-1', amendmentId: 'a2', ruling: 'accepted' })
      .phase('adoption');
    const adopt: DocumentCommand = {
      kind: 'AdoptVersion',
      decisionId: 'd-2',
      label: 'Modified 2026',
      meeting: 'sixth Plenary Meeting',
      date: '2026-11-24',
    };
    expect(scenario.decide(chair, adopt)).toMatchObject({
      ok: false,
      refusal: {
        key: 'adoption.undecidedRemain',
        message: expect.stringMatching(/^undecided amendments remain: Egypt's SUP of resolves to instruct the Secretary-General, 1;/),
      },
    });
    expect(scenario.decide(chair, { ...adopt, leaveOpen: { amendmentIds: ['a1'] } })).toMatchObject({
      ok: false,
      refusal: { message: expect.stringContaining('bracket') },
    });
    scenario.done(chair, { kind: 'SettleBrackets', decisionId: 'd-3', provisionId: 'rec-b', bracketIndex: 0, choice: 1 });
    scenario.done(chair, { ...adopt, leaveOpen: { amendmentIds: ['a1'] } });
    const adopted = latestVersion(scenario.document);
    expect(adopted).toMatchObject({
      number: 2,
      label: 'Modified 2026',
      adoptedAt: { meeting: 'sixth Plenary Meeting', date: '2026-11-24' },
    });
    expect(adopted.text.preamble[0].provisions[1].text).toBe('Decision 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,');
    // An adopted version is frozen: new amendments go against it, not the old one.
    expect(scenario.phase('negotiation').decide(egypt, proposal('a3', { kind: 'suppress', provisionId: 'op-2' }))).toMatchObject({
      ok: false,
      refusal: { code: 'invalid', message: expect.stringContaining('frozen') },
    });
  });

  it('corrects a ruling by a new decision that cites it, and the working text follows', () => {
    const scenario = new Scenario()
      .done(egypt, proposal('a1', { kind: 'suppress', provisionId: 'op-1' }))
      .phase('negotiation')
      .done(chair, { kind: 'RuleOnAmendment', decisionId: 'd-1', amendmentId: 'a1', ruling: 'accepted' });
    expect(scenario.document.working!.operative[0].provisions).toHaveLength(1);
    scenario.done(chair, {
      kind: 'CorrectDecision',
      decisionId: 'd-2',
      corrects: 'd-1',
      ruling: 'rejected',
      reason: 'recorded against the wrong amendment',
    });
    expect(scenario.document.working!.operative[0].provisions).toHaveLength(2);
    expect(scenario.document.amendments.a1.status).toBe('rejected');
    expect(
      scenario.decide(chair, { kind: 'CorrectDecision', decisionId: 'd-3', corrects: 'd-1', ruling: 'accepted', reason: 'again' }),
    ).toMatchObject({ ok: false, refusal: { code: 'conflict' } });
  });

  it('refuses to correct a decision whose text an adoption has frozen', () => {
    const scenario = new Scenario()
      .done(egypt, proposal('a1', { kind: 'suppress', provisionId: 'op-1' }))
      .phase('negotiation')
      .done(chair, { kind: 'RuleOnAmendment', decisionId: 'd-1', amendmentId: 'a1', ruling: 'accepted' })
      .phase('adoption')
      .done(chair, {
        kind: 'AdoptVersion',
        decisionId: 'd-2',
        label: 'Modified 2026',
        meeting: 'seventh Plenary Meeting',
        date: '2026-06-18',
      });
    expect(
      scenario.decide(chair, { kind: 'CorrectDecision', decisionId: 'd-3', corrects: 'd-1', ruling: 'rejected', reason: 'late objection' }),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'invalid', message: expect.stringContaining('version 2') },
    });
  });

  it('refuses proposers and groups that are not registered, and co-proposers the proposer does not act for', () => {
    const scenario = new Scenario();
    const suppress = { kind: 'suppress' as const, provisionId: 'op-1' };
    expect(scenario.decide(egypt, proposal('a1', suppress, ['egypt', 'ghost']))).toMatchObject({
      ok: false,
      refusal: { code: 'invalid', message: expect.stringContaining('ghost') },
    });
    expect(scenario.decide(egypt, { ...proposal('a1', suppress), onBehalfOf: 'unknown-region' } as DocumentCommand)).toMatchObject({
      ok: false,
      refusal: { code: 'invalid' },
    });
    expect(scenario.decide(egypt, proposal('a1', suppress, ['egypt', 'kenya']))).toMatchObject({
      ok: false,
      refusal: { code: 'not-allowed' },
    });
  });

  it('refuses a compromise text with any ruling but accepted-as-modified, and a reservation by an unregistered stakeholder', () => {
    const scenario = new Scenario().done(egypt, proposal('a1', { kind: 'suppress', provisionId: 'op-1' })).phase('negotiation');
    expect(
      scenario.decide(chair, {
        kind: 'RuleOnAmendment',
        decisionId: 'd-1',
        amendmentId: 'a1',
        ruling: 'deferred',
        compromise: { kind: 'replaceText', provisionId: 'op-1', text: 'x' },
      }),
    ).toMatchObject({ ok: false, refusal: { code: 'invalid' } });
    expect(
      scenario.decide(chair, {
        kind: 'RecordReservation',
        decisionId: 'd-2',
        stakeholderId: 'nobody',
        provisionId: 'op-1',
        text: 'reserves its position',
      }),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'invalid' },
    });
    expect(
      scenario.decide(chair, {
        kind: 'RecordReservation',
        decisionId: 'd-2',
        stakeholderId: 'egypt',
        provisionId: 'op-1',
        text: 'reserves its position',
      }),
    ).toMatchObject({ ok: true });
  });

  it('merges two amendments into the chair\u2019s single text', () => {
    const scenario = new Scenario()
      .done(
        egypt,
        proposal('a1', {
          kind: 'modify',
          provisionId: 'op-2',
          oldText: 'to submit an annual report to the Council.',
          newText: 'to submit a biennial report to the Council.',
        }),
      )
      .done(
        kenya,
        proposal(
          'a2',
          {
            kind: 'modify',
            provisionId: 'op-2',
            oldText: 'to submit an annual report to the Council.',
            newText: 'to submit a comprehensive annual report to the Council.',
          },
          ['kenya'],
        ),
      )
      .phase('negotiation')
      .done(chair, {
        kind: 'MergeAmendments',
        decisionId: 'd-1',
        amendmentIds: ['a1', 'a2'],
        operation: { kind: 'replaceText', provisionId: 'op-2', text: 'to submit a comprehensive report to the Council every two years.' },
      });
    expect(scenario.document.amendments.a1.status).toBe('merged');
    expect(scenario.document.amendments.a2.status).toBe('merged');
    expect(scenario.document.working!.operative[0].provisions[1].text).toBe(
      'to submit a comprehensive report to the Council every two years.',
    );
  });
});

describe('adopting a draft as the resolution the body prints', () => {
  const SUBJECT = 'The role of ITU in the overall review of the implementation of the WSIS outcomes';
  const draft: ResolutionDocument = {
    ...res1334(),
    title: `Draft revision of Resolution 1334 — ${SUBJECT}`,
    metadata: {
      symbol: 'C23/71',
      date: '2023-06-05',
      originalLanguage: 'en',
      agendaItem: 'PL 2',
      documentKind: 'contribution',
      submitters: ['Secretary-General'],
      purpose: 'The Council is invited to adopt the revised draft.',
      references: 'Resolution 140 (Rev. Bucharest, 2022)',
      narrative: ['Introduction', 'The Secretary-General proposes to revise Resolution 1334.'],
    },
  };
  const given = (events: NewEvent[]): DocumentState => events.reduce(evolveDocument, initialDocumentState);
  const registeredDraft = documentRegistered({
    documentId: 'd1',
    consultationId: 'c1',
    symbol: 'C23/71',
    versionLabel: 'draft',
    text: draft,
    source: { kind: 'contribution', contributionId: 'c23-71' },
  });
  const when = (state: DocumentState, command: DocumentCommand) =>
    decideDocument(command, state, { actor: chair, consultation: consultationIn('adoption'), stakeholders, now: '2023-07-20T10:00:00Z' });
  const adopt = (extra: Partial<DocumentCommand & { kind: 'AdoptVersion' }> = {}): DocumentCommand => ({
    kind: 'AdoptVersion',
    decisionId: 'd-adopt',
    label: 'Modified 2023',
    meeting: 'sixth Plenary Meeting',
    date: '2023-07-20',
    ...extra,
  });

  it('records the number, title, adoption line and place, and an adopted text without the contribution cover', () => {
    const decision = when(given([registeredDraft]), adopt({ number: 'Resolution 1334 (Modified 2023)', title: SUBJECT, place: 'Geneva' }));
    expect(decision).toMatchObject({
      ok: true,
      events: [
        {
          type: 'VersionAdopted',
          payload: {
            number: 'Resolution 1334 (Modified 2023)',
            title: `Resolution 1334 (Modified 2023) — ${SUBJECT}`,
            adoptionLine: 'adopted at the sixth Plenary Meeting',
            place: 'Geneva',
            date: '2023-07-20',
            meeting: 'sixth Plenary Meeting',
          },
        },
      ],
    });
    if (!decision.ok) return;
    const payload = decision.events[0].payload as VersionAdoptedV1;
    expect(payload.symbol).toBeUndefined();
    expect(payload.text.title).toBe(`Resolution 1334 (Modified 2023) — ${SUBJECT}`);
    expect(payload.text.metadata).toEqual({ originalLanguage: 'en', adoption: 'adopted at the sixth Plenary Meeting' });
    expect(payload.text.preamble).toEqual(draft.preamble);
    expect(payload.text.operative).toEqual(draft.operative);
  });

  it("takes the resolution's symbol and the adoption line as printed, and keeps the draft's subject when only the number is given", () => {
    const decision = when(
      given([registeredDraft]),
      adopt({
        number: 'Resolution 1334 (Modified 2023)',
        symbol: 'C23/RES/1334',
        adoptionLine: 'adopted at the sixth Plenary Meeting, Geneva',
      }),
    );
    expect(decision).toMatchObject({
      ok: true,
      events: [
        {
          payload: {
            symbol: 'C23/RES/1334',
            title: `Resolution 1334 (Modified 2023) — ${SUBJECT}`,
            adoptionLine: 'adopted at the sixth Plenary Meeting, Geneva',
            text: { metadata: { symbol: 'C23/RES/1334' } },
          },
        },
      ],
    });
  });

  it('adopts as before for a chair who names only the label, meeting and date: the title stays, the line is composed, the cover goes', () => {
    const decision = when(given([registeredDraft]), adopt());
    expect(decision).toMatchObject({
      ok: true,
      events: [{ payload: { title: draft.title, adoptionLine: 'adopted at the sixth Plenary Meeting' } }],
    });
    if (!decision.ok) return;
    const payload = decision.events[0].payload as VersionAdoptedV1;
    expect(payload.number).toBeUndefined();
    expect(payload.place).toBeUndefined();
    expect(payload.text.metadata.submitters).toBeUndefined();
    expect(payload.text.metadata.symbol).toBeUndefined();
  });

  it('keeps what the adoption named on the adopted version, and reads an adoption recorded before they were kept', () => {
    const decision = when(given([registeredDraft]), adopt({ number: 'Resolution 1334 (Modified 2023)', place: 'Geneva' }));
    if (!decision.ok) throw new Error(decision.refusal.message);
    const adopted = latestVersion(given([registeredDraft, ...decision.events]));
    expect(adopted.adoptedAt).toEqual({
      meeting: 'sixth Plenary Meeting',
      date: '2023-07-20',
      decisionId: 'd-adopt',
      place: 'Geneva',
      number: 'Resolution 1334 (Modified 2023)',
      title: `Resolution 1334 (Modified 2023) — ${SUBJECT}`,
      adoptionLine: 'adopted at the sixth Plenary Meeting',
    });
    const before = versionAdopted({
      documentId: 'd1',
      decisionId: 'd-old',
      versionNumber: 2,
      label: 'Modified 2023',
      meeting: 'sixth Plenary Meeting',
      date: '2023-07-20',
      leftOpen: { amendmentIds: [], brackets: 0 },
      text: draft,
    });
    expect(latestVersion(given([registeredDraft, before])).adoptedAt).toEqual({
      meeting: 'sixth Plenary Meeting',
      date: '2023-07-20',
      decisionId: 'd-old',
    });
  });
});

describe('refusals as people read them', () => {
  const ID = /\b(op|pre|rec)-\d|\ba\d\b|\bd-\d\b|\bd1\b|\bc1\b|\begypt\b|\bkenya\b|\d+\.\.\d+/u;

  it('names amendments by proposer and change, decisions by kind and date, provisions as printed, in English and Arabic, never by id', () => {
    const reworded = {
      kind: 'modify',
      provisionId: 'op-2',
      oldText: 'to submit an annual report to the Council.',
      newText: 'to submit an annual report to the Council and to the CWG-WSIS&SDG.',
    } as const;
    const modify = proposal('a1', reworded);
    const scenario = new Scenario()
      .done(egypt, modify)
      .done(egypt, proposal('a2', { kind: 'suppress', provisionId: 'op-1' }))
      .phase('negotiation')
      .done(chair, { kind: 'RuleOnAmendment', decisionId: 'd-1', amendmentId: 'a1', ruling: 'rejected', date: '2026-03-01' });
    const refusals = [
      scenario.decide(chair, { kind: 'RuleOnAmendment', decisionId: 'd-2', amendmentId: 'a1', ruling: 'accepted' }),
      scenario.decide(egypt, { kind: 'WithdrawAmendment', amendmentId: 'a1' }),
      scenario.decide(egypt, { kind: 'CoSponsorAmendment', amendmentId: 'a2', stakeholderId: 'egypt' }),
      scenario.decide(chair, {
        kind: 'MergeAmendments',
        decisionId: 'd-3',
        amendmentIds: ['a1', 'a2'],
        operation: reworded,
      }),
      scenario.decide(chair, {
        kind: 'RecordReservation',
        decisionId: 'd-4',
        stakeholderId: 'egypt',
        provisionId: 'op-9',
        text: 'reserves',
      }),
      scenario.decide(egypt, proposal('a3', { kind: 'suppress', provisionId: 'op-99' })),
      scenario.decide(chair, {
        kind: 'SettleBrackets',
        decisionId: 'd-5',
        provisionId: 'op-1',
        bracketIndex: 0,
        choice: 0,
      }),
    ];
    const messages = refusals.map((decision) => {
      if (decision.ok) throw new Error('expected a refusal');
      return {
        key: decision.refusal.key,
        en: decision.refusal.message,
        ar: renderRefusal(decision.refusal.key, decision.refusal.params, 'ar')!,
      };
    });
    expect(messages.slice(0, 3).map((m) => m.en)).toEqual([
      "Egypt's MOD of resolves to instruct the Secretary-General, 2 is already rejected",
      "Egypt's MOD of resolves to instruct the Secretary-General, 2 is rejected",
      "Egypt is already a sponsor of Egypt's SUP of resolves to instruct the Secretary-General, 1",
    ]);
    expect(messages[0].ar).toBe('تعديل resolves to instruct the Secretary-General, 2 المقترح من Egypt بُتّ فيه من قبل: مرفوض');
    for (const { key, en, ar } of messages) {
      expect({ key, en }).not.toEqual({ key, en: expect.stringMatching(ID) });
      expect({ key, ar }).not.toEqual({ key, ar: expect.stringMatching(ID) });
      expect(ar).toMatch(/\p{Script=Arabic}/u);
    }
  });

  it('cites a provision renumbered since the version an amendment was drafted on both as printed there and as printed now', () => {
    const scenario = new Scenario()
      .done(egypt, proposal('a1', { kind: 'add', newId: 'op-0', position: { before: 'op-1' }, text: 'to consult all stakeholders;' }))
      .phase('negotiation')
      .done(chair, { kind: 'RuleOnAmendment', decisionId: 'd-1', amendmentId: 'a1', ruling: 'accepted' });
    const decision = scenario.decide(
      kenya,
      proposal('a2', { kind: 'modify', provisionId: 'op-2', oldText: 'a biennial report', newText: 'a report' }, ['kenya']),
    );
    if (decision.ok) throw new Error('expected a refusal');
    expect(decision.refusal.key).toBe('amendment.doesNotApplyRenumbered');
    expect(decision.refusal.message).toMatch(
      /^the amendment does not apply to resolves to instruct the Secretary-General, 2 in version 1 \(resolves to instruct the Secretary-General, 3 in the working text\): .*resolves to instruct the Secretary-General, 2/u,
    );
    expect(renderRefusal(decision.refusal.key, decision.refusal.params, 'ar')).toMatch(
      /^لا ينطبق التعديل على resolves to instruct the Secretary-General, 2 في النسخة 1 \(resolves to instruct the Secretary-General, 3 في نص العمل\): /u,
    );
    const unchanged = new Scenario().decide(
      egypt,
      proposal('a3', { kind: 'modify', provisionId: 'op-2', oldText: 'a biennial report', newText: 'x' }),
    );
    expect(unchanged).toMatchObject({ ok: false, refusal: { key: 'amendment.doesNotApply' } });
  });

  it('cites a corrected decision by its kind and date', () => {
    const scenario = new Scenario()
      .done(egypt, proposal('a1', { kind: 'suppress', provisionId: 'op-1' }))
      .phase('negotiation')
      .done(chair, { kind: 'RuleOnAmendment', decisionId: 'd-1', amendmentId: 'a1', ruling: 'rejected', date: '2026-03-01' })
      .done(chair, {
        kind: 'CorrectDecision',
        decisionId: 'd-2',
        corrects: 'd-1',
        ruling: 'deferred',
        reason: 'announced in error',
        date: '2026-03-02',
      });
    const again = scenario.decide(chair, {
      kind: 'CorrectDecision',
      decisionId: 'd-3',
      corrects: 'd-1',
      ruling: 'accepted',
      reason: 'again',
    });
    expect(again).toMatchObject({
      ok: false,
      refusal: {
        key: 'correction.alreadyCorrected',
        message: "the ruling of 2026-03-01 on Egypt's SUP of resolves to instruct the Secretary-General, 1 was already corrected",
      },
    });
  });
});
