import {
  Actor,
  NewEvent,
  PHASES,
  Phase,
  StakeholderRegisteredV1,
  consultationPhaseChanged,
  consultationRegistered,
  documentRegistered,
  participantAdmitted,
} from '#libs/contracts';
import { ResolutionDocument } from '#libs/text';
import { ConsultationState, evolveConsultation, initialConsultationState } from '../consultation/consultation';
import { DocumentState, evolveDocument, initialDocumentState } from '../document/document-state';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import { InputCommand, SubmitStakeholderInput } from './input-commands';
import { InputState, decideInput, evolveInput, initialInputState } from './input';

const apc: Actor = { id: 'apc', role: 'stakeholder' };
const aub: Actor = { id: 'aub', role: 'stakeholder' };
const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const secretariat: Actor = { id: 'un-secretariat', role: 'secretariat' };

const entry = (stakeholderId: string, name: string, category: StakeholderRegisteredV1['category'], memberIds: string[] = []) => ({
  stakeholderId,
  name,
  category,
  region: 'global' as const,
  memberIds,
});
const registry: Record<string, StakeholderRegisteredV1> = {
  apc: entry('apc', 'Association for Progressive Communications', 'civil-society'),
  aub: entry('aub', 'American University of Beirut', 'academia'),
  egypt: entry('egypt', 'Egypt', 'member-state'),
  kenya: entry('kenya', 'Kenya', 'member-state'),
  // A group registered under another category but made of member states only.
  g77: entry('g77', 'Group of 77 and China', 'international-organization', ['egypt', 'kenya']),
  'cs-coalition': entry('cs-coalition', 'Global Digital Justice Forum', 'civil-society', ['apc']),
};
const stakeholders: StakeholderDirectory = { get: (id) => registry[id] };

function wsisDraft(): ResolutionDocument {
  const p = (id: string, text: string) => ({ id, text, children: [], footnotes: [] });
  return {
    language: 'en',
    style: 'unga',
    title: 'Outcome document of the high-level meeting of the General Assembly on the overall review of WSIS',
    body: 'The General Assembly,',
    preamble: [{ id: 'pp', heading: '', provisions: [p('pp-1', 'Recalling its resolution 70/125 of 16 December 2015,')] }],
    operative: [
      {
        id: 'op',
        heading: '',
        provisions: [
          p('op-1', 'Reaffirms the vision of a people-centred information society;'),
          p('op-2', 'Decides to hold a review in 2035.'),
        ],
      },
    ],
    metadata: {},
  };
}

function consultation(phase: Phase, { restricted = false, participants = [] as string[] } = {}): ConsultationState {
  const order = PHASES;
  const events: NewEvent[] = [
    consultationRegistered({
      consultationId: 'wsis20',
      title: 'WSIS+20',
      body: 'UN General Assembly',
      subject: 'WSIS+20 review',
      originalLanguage: 'en',
      chairs: ['co-facilitator'],
      deadlines: {},
      restricted,
    }),
    ...participants.map((stakeholderId) => participantAdmitted({ consultationId: 'wsis20', stakeholderId })),
  ];
  for (let i = 1; i <= order.indexOf(phase); i++)
    events.push(consultationPhaseChanged({ consultationId: 'wsis20', from: order[i - 1], to: order[i] }));
  return events.reduce(evolveConsultation, initialConsultationState);
}

const zeroDraft: DocumentState = [
  documentRegistered({
    documentId: 'zero',
    consultationId: 'wsis20',
    symbol: 'WSIS+20 outcome',
    versionLabel: 'zero draft',
    text: wsisDraft(),
    source: { kind: 'import', warnings: 0 },
  }),
].reduce(evolveDocument, initialDocumentState);

const submission = (change: Partial<SubmitStakeholderInput> = {}): SubmitStakeholderInput => ({
  kind: 'SubmitStakeholderInput',
  inputId: 'in-1',
  documentId: 'zero',
  provisionIds: ['op-1'],
  stakeholderId: 'apc',
  title: 'On a people-centred information society',
  text: 'We ask that human rights be named in paragraph 1.',
  language: 'en',
  ...change,
});

interface Given {
  readonly state?: InputState;
  readonly phase?: Phase;
  readonly restricted?: boolean;
  readonly participants?: string[];
}

function decide(
  actor: Actor,
  command: InputCommand,
  { state = initialInputState, phase = 'negotiation', restricted, participants }: Given = {},
) {
  return decideInput(command, state, {
    actor,
    document: zeroDraft,
    consultation: consultation(phase, { restricted, participants }),
    stakeholders,
    now: '2025-11-20T10:00:00Z',
  });
}

const refusal = (decision: ReturnType<typeof decide>) => (decision.ok ? undefined : decision.refusal);

function submitted(command = submission()): InputState {
  const decision = decide(apc, command);
  if (!decision.ok) throw new Error(decision.refusal.message);
  return decision.events.reduce(evolveInput, initialInputState);
}

describe('stakeholder inputs', () => {
  it('records an input of civil society on given provisions of the current version', () => {
    const decision = decide(apc, submission());
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: 'StakeholderInputSubmitted',
          schemaVersion: 1,
          payload: {
            inputId: 'in-1',
            consultationId: 'wsis20',
            documentId: 'zero',
            versionNumber: 1,
            provisionIds: ['op-1'],
            stakeholderId: 'apc',
            title: 'On a people-centred information society',
            text: 'We ask that human rights be named in paragraph 1.',
            language: 'en',
          },
        },
      ],
    });
  });

  it('takes an input of academia on the version as a whole, while open for contributions too', () => {
    const decision = decide(aub, submission({ stakeholderId: 'aub', provisionIds: [], versionNumber: 1 }), {
      phase: 'open-for-contributions',
    });
    expect(decision.ok).toBe(true);
  });

  it('lets a member of a civil-society coalition send the coalition’s input', () => {
    expect(decide(apc, submission({ stakeholderId: 'cs-coalition' })).ok).toBe(true);
  });

  it('refuses a member state, which proposes amendments instead', () => {
    expect(refusal(decide(egypt, submission({ stakeholderId: 'egypt' })))).toMatchObject({
      code: 'not-allowed',
      message: 'Egypt speaks for member states, which propose amendments to the text; inputs are for non-state stakeholders',
    });
  });

  it('refuses a group of member states, whatever category it was registered under', () => {
    expect(refusal(decide(kenya, submission({ stakeholderId: 'g77' })))?.message).toContain(
      'Group of 77 and China speaks for member states, which propose amendments',
    );
  });

  it('refuses an actor that does not act for the stakeholder', () => {
    expect(refusal(decide(aub, submission()))).toMatchObject({
      code: 'not-allowed',
      message:
        'American University of Beirut does not act for Association for Progressive Communications: a stakeholder sends its own inputs',
    });
    expect(refusal(decide(secretariat, submission()))?.code).toBe('not-allowed');
  });

  it('refuses a stakeholder that is not registered', () => {
    expect(refusal(decide(apc, submission({ stakeholderId: 'nobody' })))).toMatchObject({
      code: 'invalid',
      key: 'stakeholder.notRegistered',
      message: '“nobody” is not a registered stakeholder',
    });
  });

  it('takes inputs while open for contributions or in negotiation only', () => {
    for (const phase of ['drafting', 'adoption', 'closed'] as Phase[]) {
      expect(refusal(decide(apc, submission(), { phase }))).toMatchObject({
        code: 'wrong-phase',
        message: `inputs are sent while the consultation is open for contributions or in negotiation, not in the ${phase} phase`,
      });
    }
  });

  it('refuses an input after the deadline of the phase', () => {
    const late = decideInput(submission(), initialInputState, {
      actor: apc,
      document: zeroDraft,
      consultation: { ...consultation('negotiation'), deadlines: { negotiation: '2025-11-15T17:00:00Z' } },
      stakeholders,
      now: '2025-11-20T10:00:00Z',
    });
    expect(refusal(late)?.message).toBe(
      'the deadline of the negotiation phase passed on 2025-11-15 at 17:00 UTC; inputs are no longer accepted',
    );
  });

  it('on a restricted consultation, takes inputs from admitted stakeholders only, admitted themselves or through a group', () => {
    expect(refusal(decide(apc, submission(), { restricted: true, participants: ['aub'] }))).toMatchObject({
      code: 'not-allowed',
      message: 'the consultation is restricted to its participants, and Association for Progressive Communications is not admitted to it',
    });
    expect(decide(apc, submission(), { restricted: true, participants: ['apc'] }).ok).toBe(true);
    expect(decide(apc, submission(), { restricted: true, participants: ['cs-coalition'] }).ok).toBe(true);
  });

  it('comments on the current version only', () => {
    expect(refusal(decide(apc, submission({ versionNumber: 2 })))).toMatchObject({
      code: 'invalid',
      message: 'version 2 is not the current version (1: zero draft); inputs comment on the current one',
    });
  });

  it('names provisions of the working text only, and each once', () => {
    expect(refusal(decide(apc, submission({ provisionIds: ['op-1', 'op-9'] })))).toMatchObject({
      code: 'not-found',
      message: 'provisions named are not in the text of zero draft (1 of them)',
    });
    const decision = decide(apc, submission({ provisionIds: ['op-2', 'pp-1', 'op-2'] }));
    expect(decision.ok && decision.events[0].payload).toMatchObject({ provisionIds: ['op-2', 'pp-1'] });
  });

  it('refuses an empty title or text, and a language that is not one of the six', () => {
    expect(refusal(decide(apc, submission({ title: '   ' })))).toMatchObject({ code: 'invalid', message: 'the title is empty' });
    expect(refusal(decide(apc, submission({ text: '' })))).toMatchObject({ code: 'invalid', message: 'the text is empty' });
    expect(refusal(decide(apc, submission({ language: 'de' as never })))?.message).toBe(
      '“de” is not one of the six languages (Arabic, English, French, Spanish, Russian and Chinese)',
    );
  });

  it('refuses bidi controls, invisible characters, controls and half characters', () => {
    expect(refusal(decide(apc, submission({ text: 'abc\u202Edef' })))?.message).toBe(
      'the text holds the invisible character U+202E at offset 3, which can make it read differently from what it is; remove it',
    );
    expect(refusal(decide(apc, submission({ title: 'a\u200Bb' })))?.message).toContain('the title holds the invisible character U+200B');
    expect(refusal(decide(apc, submission({ text: 'a\u0007b' })))?.message).toBe('the text holds a control character');
    expect(refusal(decide(apc, submission({ text: 'a\uD800b' })))?.message).toBe(
      'the text holds half of a UTF-16 pair, which is not a character',
    );
  });

  it('records Arabic as composed Unicode, trimmed', () => {
    // "إ" written as alef + hamza below (decomposed) is recorded composed.
    const decision = decide(apc, submission({ language: 'ar', title: '  مساهمة  ', text: 'ا\u0655دماج حقوق الإنسان\n' }));
    expect(decision.ok && decision.events[0].payload).toMatchObject({ title: 'مساهمة', text: 'إدماج حقوق الإنسان', language: 'ar' });
  });

  it('refuses an input id used before', () => {
    expect(refusal(decide(apc, submission(), { state: submitted() }))).toMatchObject({
      code: 'already-exists',
      message: 'the input “On a people-centred information society” is already submitted',
    });
  });

  describe('withdrawal', () => {
    const withdraw = (reason?: string): InputCommand => ({ kind: 'WithdrawStakeholderInput', inputId: 'in-1', reason });

    it('is by its submitter, with the reason on the record', () => {
      const decision = decide(apc, withdraw('superseded by our joint input'), { state: submitted() });
      expect(decision).toEqual({
        ok: true,
        events: [
          {
            type: 'StakeholderInputWithdrawn',
            schemaVersion: 1,
            payload: { inputId: 'in-1', consultationId: 'wsis20', documentId: 'zero', by: 'apc', reason: 'superseded by our joint input' },
          },
        ],
      });
    });

    it('is refused to anyone else', () => {
      expect(refusal(decide(aub, withdraw(), { state: submitted() }))).toMatchObject({
        code: 'not-allowed',
        message: 'only Association for Progressive Communications, which submitted it, withdraws this input',
      });
    });

    it('is refused for an input never submitted, or withdrawn already', () => {
      expect(refusal(decide(apc, withdraw())))?.toMatchObject({ code: 'not-found', key: 'input.notFound', message: 'no such input' });
      const withdrawn = [decide(apc, withdraw(), { state: submitted() })]
        .flatMap((d) => (d.ok ? d.events : []))
        .reduce(evolveInput, submitted());
      expect(refusal(decide(apc, withdraw(), { state: withdrawn }))).toMatchObject({
        code: 'conflict',
        key: 'input.alreadyWithdrawn',
        message: 'the input was already withdrawn',
      });
    });
  });
});
