import {
  Actor,
  NewEvent,
  RecordedEvent,
  amendmentCoSponsored,
  amendmentProposed,
  amendmentRuled,
  amendmentWithdrawn,
  commentHidden,
  commentPosted,
  consultationPhaseChanged,
  consultationRegistered,
  documentRegistered,
  participantAdmitted,
} from '#libs/contracts';
import { NotificationRow } from '#libs/read-models';
import { importResolution } from '#libs/text';
import { commentStep } from './comments.projection';
import { NotificationFacts, notificationsOf } from './notifications-steps';

const TEXT = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to submit an annual report to the Council.
`).document;

const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const secretariat: Actor = { id: 'itu-secretariat', role: 'secretariat' };

let position = 0;
function recorded(event: NewEvent, actor: Actor): RecordedEvent {
  position++;
  return {
    ...event,
    position,
    eventId: `e-${position}`,
    streamId: 's',
    streamVersion: position,
    recordedAt: '2026-12-01T10:00:00.000Z',
    metadata: { actor, correlationId: 'c', occurredAt: '2026-12-01T10:00:00.000Z' },
  } as RecordedEvent;
}

/** Folds the events in order through one set of facts, as a projection's batches do, and returns every notification made. */
function project(facts: NotificationFacts, ...events: RecordedEvent[]): NotificationRow[] {
  return events.flatMap((event) => notificationsOf(event, facts));
}

const resolves = { heading: 'resolves to instruct the Secretary-General', label: '2', words: 'to submit an annual report to the Council.' };

function councilWithEgyptsAmendment(): NotificationFacts {
  position = 0;
  const facts = new NotificationFacts();
  project(
    facts,
    recorded(
      consultationRegistered({
        consultationId: 'res1334',
        title: 'Resolution 1334',
        body: 'ITU Council',
        subject: 'WSIS',
        originalLanguage: 'en',
        chairs: ['chair-1'],
        deadlines: { negotiation: '2026-12-02T17:00:00Z' },
        restricted: false,
      }),
      secretariat,
    ),
    recorded(participantAdmitted({ consultationId: 'res1334', stakeholderId: 'kenya' }), secretariat),
    recorded(
      documentRegistered({
        documentId: 'doc',
        consultationId: 'res1334',
        symbol: 'C25/12',
        versionLabel: 'draft',
        text: TEXT,
        source: { kind: 'import', warnings: 0 },
      }),
      secretariat,
    ),
    recorded(
      amendmentProposed({
        documentId: 'doc',
        amendmentId: 'am-egypt',
        versionNumber: 1,
        operation: { kind: 'suppress', provisionId: 'op-1-2' },
        proposers: ['egypt'],
      }),
      egypt,
    ),
  );
  return facts;
}

describe('the notification centre', () => {
  it('tells the proposer of an undecided amendment that a new one conflicts with it, citing the provision as printed', () => {
    const facts = councilWithEgyptsAmendment();
    const made = project(
      facts,
      recorded(
        amendmentProposed({
          documentId: 'doc',
          amendmentId: 'am-kenya',
          versionNumber: 1,
          operation: { kind: 'replaceText', provisionId: 'op-1-2', text: 'to submit a biennial report to the Council.' },
          proposers: ['kenya'],
        }),
        kenya,
      ),
    );
    expect(made).toEqual([
      {
        id: '5:conflict:am-egypt:egypt',
        recipientId: 'egypt',
        consultationId: 'res1334',
        documentId: 'doc',
        kind: 'conflict',
        detail: { kind: 'conflict', symbol: 'C25/12', proposers: ['kenya'], provisions: [resolves], reason: 'target-suppressed' },
        occurredAt: new Date('2026-12-01T10:00:00.000Z'),
        position: 5,
      },
    ]);
  });

  it('tells nobody of an amendment that conflicts with none, or only with the proposer’s own', () => {
    const facts = councilWithEgyptsAmendment();
    const elsewhere = amendmentProposed({
      documentId: 'doc',
      amendmentId: 'am-kenya',
      versionNumber: 1,
      operation: { kind: 'replaceText', provisionId: 'op-1-1', text: 'to encourage participation.' },
      proposers: ['kenya'],
    });
    expect(project(facts, recorded(elsewhere, kenya))).toEqual([]);
    const own = amendmentProposed({
      ...elsewhere.payload,
      amendmentId: 'am-egypt-2',
      operation: { kind: 'replaceText', provisionId: 'op-1-2', text: 'x' },
      proposers: ['egypt'],
    });
    expect(project(facts, recorded(own, egypt))).toEqual([]);
  });

  it('leaves out amendments no longer undecided', () => {
    const facts = councilWithEgyptsAmendment();
    const made = project(
      facts,
      recorded(amendmentWithdrawn({ documentId: 'doc', amendmentId: 'am-egypt', by: 'egypt' }), egypt),
      recorded(
        amendmentProposed({
          documentId: 'doc',
          amendmentId: 'am-kenya',
          versionNumber: 1,
          operation: { kind: 'replaceText', provisionId: 'op-1-2', text: 'to report.' },
          proposers: ['kenya'],
        }),
        kenya,
      ),
    );
    expect(made).toEqual([]);
  });

  it('tells proposers and co-sponsors of the chair’s ruling on their amendment', () => {
    const facts = councilWithEgyptsAmendment();
    const made = project(
      facts,
      recorded(amendmentCoSponsored({ documentId: 'doc', amendmentId: 'am-egypt', stakeholderId: 'kenya' }), kenya),
      recorded(
        amendmentRuled({ documentId: 'doc', decisionId: 'd1', amendmentId: 'am-egypt', ruling: 'rejected', reason: 'no consensus' }),
        chair,
      ),
    );
    expect(made.map((n) => [n.recipientId, n.detail])).toEqual([
      ['egypt', { kind: 'ruling', symbol: 'C25/12', ruling: 'rejected', provisions: [resolves], corrected: false, reason: 'no consensus' }],
      ['kenya', { kind: 'ruling', symbol: 'C25/12', ruling: 'rejected', provisions: [resolves], corrected: false, reason: 'no consensus' }],
    ]);
  });

  it('tells the participants of a consultation of its phase change, and not the chair who made it', () => {
    const facts = councilWithEgyptsAmendment();
    const made = project(
      facts,
      recorded(consultationPhaseChanged({ consultationId: 'res1334', from: 'drafting', to: 'open-for-contributions' }), chair),
    );
    expect(made.map((n) => n.recipientId).sort()).toEqual(['egypt', 'kenya']);
    expect(made[0].detail).toEqual({ kind: 'phase-change', title: 'Resolution 1334', from: 'drafting', to: 'open-for-contributions' });
    expect(facts.consultations.get('res1334')?.phase).toBe('open-for-contributions');
  });

  it('tells the proposers of a comment on their amendment, quoting its start, and not its author', () => {
    const facts = councilWithEgyptsAmendment();
    const text = `${'Kenya cannot support deleting the annual report. '.repeat(5)}End.`;
    const made = project(
      facts,
      recorded(
        commentPosted({
          commentId: 'c1',
          consultationId: 'res1334',
          documentId: 'doc',
          subject: { kind: 'amendment', amendmentId: 'am-egypt' },
          authorId: 'kenya',
          text,
          language: 'en',
        }),
        kenya,
      ),
      recorded(
        commentPosted({
          commentId: 'c2',
          consultationId: 'res1334',
          documentId: 'doc',
          subject: { kind: 'amendment', amendmentId: 'am-egypt' },
          authorId: 'egypt',
          text: 'Egypt answers.',
          language: 'en',
        }),
        egypt,
      ),
    );
    expect(made).toHaveLength(1);
    expect(made[0].recipientId).toBe('egypt');
    expect(made[0].detail).toMatchObject({ kind: 'comment', authorId: 'kenya', provisions: [resolves], commentId: 'c1' });
    expect(made[0].detail.kind === 'comment' && [...made[0].detail.excerpt].length).toBe(161);
  });

  it('gives each notification an id made of the event’s position, its kind and its reader, the same on a rebuild', () => {
    const first = councilWithEgyptsAmendment();
    const change = () => recorded(consultationPhaseChanged({ consultationId: 'res1334', from: 'drafting', to: 'negotiation' }), chair);
    const once = project(first, change()).map((n) => n.id);
    const again = project(councilWithEgyptsAmendment(), change()).map((n) => n.id);
    expect(again).toEqual(once);
    expect(once).toContain('5:phase-change:kenya');
  });
});

describe('the comment threads', () => {
  it('keeps a comment by thread, and a hidden one with who hid it and why', () => {
    position = 0;
    const posted = recorded(
      commentPosted({
        commentId: 'c1',
        consultationId: 'res1334',
        documentId: 'doc',
        subject: { kind: 'provision', provisionId: 'op-1-2' },
        authorId: 'kenya',
        text: 'نؤيد الفقرة.',
        language: 'ar',
      }),
      kenya,
    );
    const row = commentStep(undefined, posted)!;
    expect(row).toMatchObject({ id: 'c1', subjectKind: 'provision', subjectId: 'op-1-2', authorId: 'kenya', hidden: null, replyTo: null });
    const hidden = commentStep(
      row,
      recorded(
        commentHidden({
          commentId: 'c1',
          consultationId: 'res1334',
          documentId: 'doc',
          subject: { kind: 'provision', provisionId: 'op-1-2' },
          by: 'itu-secretariat',
          reason: 'off topic',
        }),
        secretariat,
      ),
    );
    expect(hidden).toEqual({ ...row, hidden: { by: 'itu-secretariat', reason: 'off topic', at: '2026-12-01T10:00:00.000Z' } });
  });
});
