import {
  Actor,
  NewEvent,
  Phase,
  StakeholderRegisteredV1,
  consultationPhaseChanged,
  consultationRegistered,
  documentRegistered,
} from '#libs/contracts';
import { ResolutionDocument } from '#libs/text';
import { ConsultationState, evolveConsultation, initialConsultationState } from '../consultation/consultation';
import { Decision } from '../result';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import { unchangedSinceAdoption } from './adoption';
import { DocumentCommand, decideDocument } from './document-decide';
import { DocumentState, evolveDocument, initialDocumentState, latestVersion } from './document-state';

const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const registry: Record<string, StakeholderRegisteredV1> = {
  egypt: { stakeholderId: 'egypt', name: 'Egypt', category: 'member-state', region: 'arab-states', memberIds: [] },
};
const stakeholders: StakeholderDirectory = { get: (id) => registry[id] };

const OP_1 = 'to take all necessary measures to encourage the participation of all UN organizations;';
const OP_2 = 'to submit an annual report to the Council.';

/** Resolution 1334, abridged: one preambular and two operative items. */
function res1334(op2 = OP_2): ResolutionDocument {
  const p = (id: string, text: string) => ({ id, text, children: [], footnotes: [] });
  return {
    language: 'en',
    style: 'itu',
    title: 'Resolution 1334 (Modified 2023)',
    body: 'The ITU Council,',
    preamble: [{ id: 'recalling', heading: 'recalling', provisions: [p('rec-a', 'Resolution 73 (Minneapolis, 1998);')] }],
    operative: [{ id: 'instructs', heading: 'resolves to instruct the Secretary-General', provisions: [p('op-1', OP_1), p('op-2', op2)] }],
    metadata: {},
  };
}

function consultationIn(phase: Phase): ConsultationState {
  const order = ['drafting', 'open-for-contributions', 'negotiation', 'adoption'] as const;
  const events: NewEvent[] = [
    consultationRegistered({
      consultationId: 'c1',
      title: 'Resolution 1334',
      body: 'ITU Council',
      subject: 'The role of ITU in the WSIS follow-up',
      originalLanguage: 'en',
      chairs: ['chair-1'],
      deadlines: {},
      restricted: false,
    }),
  ];
  for (let i = 1; i <= order.indexOf(phase as (typeof order)[number]); i++)
    events.push(consultationPhaseChanged({ consultationId: 'c1', from: order[i - 1], to: order[i] }));
  return events.reduce(evolveConsultation, initialConsultationState);
}

/** Given the document's history so far (each step in the phase it happens in), when the chair sends a command. */
class Given {
  private state: DocumentState = [
    documentRegistered({
      documentId: 'd1',
      consultationId: 'c1',
      symbol: 'C23/71',
      versionLabel: 'draft',
      text: res1334(),
      source: { kind: 'import', warnings: 0 },
    }),
  ].reduce(evolveDocument, initialDocumentState);

  step(actor: Actor, command: DocumentCommand, phase: Phase = 'adoption'): this {
    const decision = this.when(actor, command, phase);
    if (!decision.ok) throw new Error(`given step refused: ${decision.refusal.message}`);
    this.state = decision.events.reduce(evolveDocument, this.state);
    return this;
  }

  when(actor: Actor, command: DocumentCommand, phase: Phase = 'adoption'): Decision<NewEvent> {
    return decideDocument(command, this.state, { actor, consultation: consultationIn(phase), stakeholders, now: '2023-07-21T09:00:00Z' });
  }

  adopted(decisionId: string, label: string, date = '2023-07-20'): this {
    return this.step(chair, adopt(decisionId, label, date));
  }

  proposed(amendmentId: string, newText: string): this {
    return this.step(
      egypt,
      {
        kind: 'ProposeAmendment',
        amendmentId,
        versionNumber: latestVersion(this.state).number,
        operation: { kind: 'modify', provisionId: 'op-2', oldText: OP_2, newText },
        proposers: ['egypt'],
      },
      'negotiation',
    );
  }

  ruled(decisionId: string, amendmentId: string, ruling: 'accepted' | 'rejected'): this {
    return this.step(chair, { kind: 'RuleOnAmendment', decisionId, amendmentId, ruling, meeting: 'seventh Plenary Meeting' });
  }

  get document(): DocumentState {
    return this.state;
  }
}

const adopt = (decisionId: string, label: string, date = '2023-07-21'): DocumentCommand => ({
  kind: 'AdoptVersion',
  decisionId,
  label,
  meeting: 'sixth Plenary Meeting',
  date,
});

describe('an adoption that changes nothing', () => {
  it('adopts the registered base text as it stands: its first adoption is a change of status', () => {
    const decision = new Given().when(chair, adopt('d-adopt', 'Modified 2023'));
    expect(decision).toMatchObject({ ok: true, events: [{ type: 'VersionAdopted', payload: { versionNumber: 2 } }] });
  });

  it('refuses adopting again at once, naming the version, meeting and date it repeats and what would change it', () => {
    const decision = new Given().adopted('d-adopt', 'Modified 2023').when(chair, adopt('d-again', 'Modified 2023 (bis)'));
    expect(decision).toEqual({
      ok: false,
      refusal: {
        code: 'invalid',
        key: 'adoption.unchanged',
        params: { label: 'Modified 2023', meeting: 'sixth Plenary Meeting', date: '2023-07-20' },
        message:
          'nothing has changed since Modified 2023 was adopted at the sixth Plenary Meeting on 2023-07-20: rule on an amendment, settle brackets or issue a revision before adopting again',
      },
    });
  });

  it('refuses it when the only rulings since rejected their amendments: a rejection leaves the text as adopted', () => {
    const given = new Given().adopted('d-adopt', 'Modified 2023').proposed('a-1', 'to submit a report to the Council every year.');
    // Leaving the pending amendment open would not help: the refusal names what would.
    expect(given.when(chair, adopt('d-again', 'Modified 2023 (bis)'))).toMatchObject({
      ok: false,
      refusal: { message: expect.stringMatching(/^nothing has changed since Modified 2023/) },
    });
    const decision = given.ruled('d-reject', 'a-1', 'rejected').when(chair, adopt('d-again', 'Modified 2023 (bis)'));
    expect(decision).toMatchObject({
      ok: false,
      refusal: { code: 'invalid', message: expect.stringMatching(/^nothing has changed since Modified 2023/) },
    });
  });

  it('adopts again once an accepted amendment has changed the text', () => {
    const decision = new Given()
      .adopted('d-adopt', 'Modified 2023')
      .proposed('a-1', 'to submit a report to the Council every year.')
      .ruled('d-accept', 'a-1', 'accepted')
      .when(chair, adopt('d-again', 'Modified 2024'));
    expect(decision).toMatchObject({
      ok: true,
      events: [{ type: 'VersionAdopted', payload: { versionNumber: 3, label: 'Modified 2024' } }],
    });
  });

  it('refuses it again when a correction undid the only change: the text reads as adopted', () => {
    const given = new Given()
      .adopted('d-adopt', 'Modified 2023')
      .proposed('a-1', 'to submit a report to the Council every year.')
      .ruled('d-accept', 'a-1', 'accepted')
      .step(chair, {
        kind: 'CorrectDecision',
        decisionId: 'd-correct',
        corrects: 'd-accept',
        ruling: 'rejected',
        reason: 'the ruling was read out wrongly',
      });
    expect(unchangedSinceAdoption(given.document)?.label).toBe('Modified 2023');
    expect(given.when(chair, adopt('d-again', 'Modified 2024')).ok).toBe(false);
  });

  it('adopts a revision issued since: Rev.1 is a new version, adopting it is a change', () => {
    const given = new Given().adopted('d-adopt', 'Modified 2023').step(
      chair,
      {
        kind: 'IssueRevision',
        decisionId: 'rev-1',
        text: res1334('to submit a report to the Council every two years.'),
        date: '2023-09-01',
      },
      'negotiation',
    );
    expect(unchangedSinceAdoption(given.document)).toBeUndefined();
    expect(given.when(chair, adopt('d-again', 'Modified 2024'))).toMatchObject({
      ok: true,
      events: [{ type: 'VersionAdopted', payload: { versionNumber: 4 } }],
    });
  });

  it('does not count a different title as a change of the text: the title is what the adoption prints', () => {
    const decision = new Given()
      .adopted('d-adopt', 'Modified 2023')
      .when(chair, { ...adopt('d-again', 'Modified 2023'), number: 'Resolution 1334 (Modified 2024)' } as DocumentCommand);
    expect(decision.ok).toBe(false);
  });
});
