import {
  Actor,
  NewEvent,
  RecordedEvent,
  amendmentCoSponsored,
  amendmentProposed,
  amendmentRuled,
  amendmentWithdrawn,
  consultationPhaseChanged,
  contributionSubmitted,
  decisionCorrected,
  documentRegistered,
  participantAdmitted,
  reservationRecorded,
  stakeholderRegistered,
  versionAdopted,
} from '#libs/contracts';
import { AmendmentOperation, ResolutionDocument, applyAmendment, importResolution } from '#libs/text';
import {
  HistoryEntry,
  HistorySubjects,
  SubjectKind,
  SubjectLookup,
  historyStep,
  provisionsChangedBetween,
  subjectsFor,
  subjectsToLoad,
} from './history-entries';

const TEXT = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
recalling
a)	Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;
b)	Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to present the outcomes of the WSIS+20 High-Level Event within the framework of the UNGA overall review in 2025,
3	to report annually to the Council,
`).document;

const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const C = 'c-1';
const D = 'd-1';

/** Events as the store records them: one position each, one command (correlation) per `by`. */
class Log {
  readonly events: RecordedEvent[] = [];

  by(actor: Actor, ...events: NewEvent[]): this {
    const correlationId = `command-${this.events.length + 1}`;
    for (const event of events) {
      const position = this.events.length + 1;
      const streamId = event.type.startsWith('Contribution')
        ? 'contribution-x'
        : event.type.startsWith('Stakeholder')
          ? 'stakeholder-x'
          : /Consultation|Participant/.test(event.type)
            ? `consultation-${C}`
            : `document-${D}`;
      this.events.push({
        ...event,
        position,
        eventId: `e-${position}`,
        streamId,
        streamVersion: position,
        recordedAt: `2026-04-10T09:00:${String(position).padStart(2, '0')}.000Z`,
        metadata: { actor, correlationId, occurredAt: '2026-04-10T09:00:00.000Z' },
      });
    }
    return this;
  }
}

/** Folds the events the way the projection does, keeping the rows of the timeline by position. */
function timeline(events: readonly RecordedEvent[]): Map<number, HistoryEntry> {
  const subjects = { stakeholders: new Map(), documents: new Map(), contributions: new Map(), amendments: new Map(), decisions: new Map() };
  const rows = new Map<number, HistoryEntry>();
  for (const event of events) {
    const step = historyStep(event, subjects);
    for (const update of step.remember) subjects[update.kind].set(update.id, update.subject);
    if (step.entry) rows.set(event.position, step.entry);
    if (step.extend) {
      const row = rows.get(step.extend.position)!;
      rows.set(step.extend.position, { ...row, provisions: [...new Set([...row.provisions, ...step.extend.provisions])] });
    }
  }
  return rows;
}

const wording = (id: string, doc: ResolutionDocument = TEXT) =>
  [...doc.preamble, ...doc.operative].flatMap((s) => s.provisions).find((p) => p.id === id)!.text;
const mod: AmendmentOperation = {
  kind: 'modify',
  provisionId: 'op-1-1',
  oldText: wording('op-1-1'),
  newText: wording('op-1-1').replace('all possible', 'all appropriate'),
};

function negotiation(): Log {
  return new Log()
    .by(
      secretariat,
      stakeholderRegistered({
        stakeholderId: 'kenya',
        name: 'Republic of Kenya',
        category: 'member-state',
        region: 'africa',
        memberIds: [],
      }),
    )
    .by(
      secretariat,
      stakeholderRegistered({
        stakeholderId: 'african-group',
        name: 'African Telecommunications Union member states',
        category: 'member-state',
        region: 'africa',
        memberIds: ['kenya'],
      }),
    )
    .by(
      secretariat,
      stakeholderRegistered({
        stakeholderId: 'isoc',
        name: 'Internet Society',
        category: 'technical-community',
        region: 'global',
        memberIds: [],
      }),
    )
    .by(secretariat, participantAdmitted({ consultationId: C, stakeholderId: 'kenya' }))
    .by(
      secretariat,
      documentRegistered({
        documentId: D,
        consultationId: C,
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        text: TEXT,
        source: { kind: 'import', warnings: 0 },
      }),
    )
    .by(
      kenya,
      contributionSubmitted({
        contributionId: 'k-1',
        consultationId: C,
        symbol: 'C26/15-E',
        date: '2026-02-20',
        originalLanguage: 'en',
        submitters: ['african-group'],
        coSponsors: [],
        title: 'African common proposals',
        substance: { kind: 'amendments', documentId: D, amendmentIds: ['a-1', 'a-2'] },
      }),
      amendmentProposed({
        documentId: D,
        amendmentId: 'a-1',
        versionNumber: 1,
        operation: mod,
        proposers: ['african-group'],
        contributionId: 'k-1',
      }),
      amendmentProposed({
        documentId: D,
        amendmentId: 'a-2',
        versionNumber: 1,
        operation: { kind: 'add', newId: 'op-1-new', position: { after: 'op-1-2' }, text: 'to consult all stakeholders;' },
        proposers: ['african-group'],
        contributionId: 'k-1',
      }),
    )
    .by(
      kenya,
      amendmentProposed({
        documentId: D,
        amendmentId: 'a-3',
        versionNumber: 1,
        operation: { kind: 'suppress', provisionId: 'op-1-3' },
        proposers: ['kenya'],
      }),
    )
    .by({ id: 'isoc', role: 'stakeholder' }, amendmentCoSponsored({ documentId: D, amendmentId: 'a-1', stakeholderId: 'isoc' }))
    .by(secretariat, consultationPhaseChanged({ consultationId: C, from: 'open-for-contributions', to: 'negotiation' }))
    .by(
      chair,
      amendmentRuled({
        documentId: D,
        decisionId: 'dec-1',
        amendmentId: 'a-1',
        ruling: 'accepted',
        applied: mod,
        meeting: 'CWG-WSIS&SDG-44',
        date: '2026-04-10',
      }),
    )
    .by(
      chair,
      amendmentRuled({
        documentId: D,
        decisionId: 'dec-2',
        amendmentId: 'a-2',
        ruling: 'rejected',
        reason: 'no support',
        meeting: 'CWG-WSIS&SDG-44',
        date: '2026-04-10',
      }),
    )
    .by(kenya, amendmentWithdrawn({ documentId: D, amendmentId: 'a-3', by: 'kenya', reason: 'agreed in informal consultations' }))
    .by(
      chair,
      reservationRecorded({
        documentId: D,
        decisionId: 'dec-3',
        stakeholderId: 'kenya',
        provisionId: 'op-1-1',
        text: 'Kenya reserves its position on the words "all appropriate".',
      }),
    )
    .by(
      chair,
      decisionCorrected({
        documentId: D,
        decisionId: 'dec-4',
        corrects: 'dec-2',
        amendmentId: 'a-2',
        ruling: 'accepted',
        applied: { kind: 'add', newId: 'op-1-new', position: { after: 'op-1-2' }, text: 'to consult all stakeholders;' },
        reason: 'the plenary had agreed',
        meeting: 'CWG-WSIS&SDG-45',
        date: '2026-04-11',
      }),
    );
}

describe('the consultation history, one row per event', () => {
  it('names who was involved: the stakeholder acting, the group it speaks for, proposers and co-sponsors', () => {
    const rows = timeline(negotiation().events);
    const byKind = (kind: string) => [...rows.entries()].filter(([, row]) => row.kind === kind);
    expect(byKind('participant-admitted')).toEqual([
      [4, expect.objectContaining({ consultationId: C, stakeholders: ['kenya'], summary: 'Republic of Kenya admitted as a participant' })],
    ]);
    const [[, submitted]] = byKind('contribution-submitted');
    expect(submitted.stakeholders).toEqual(['kenya', 'african-group']);
    expect(submitted.summary).toBe(
      'African Telecommunications Union member states submitted C26/15-E "African common proposals": 2 amendments to Resolution 1334',
    );
    const [[, coSponsored]] = byKind('amendment-co-sponsored');
    expect(coSponsored.stakeholders).toEqual(['isoc', 'african-group']);
    expect(coSponsored.summary).toBe(
      'Internet Society co-sponsored MOD of op-1-1 [1], proposed by African Telecommunications Union member states (C26/15-E)',
    );
  });

  it('files a contribution under the provisions its amendments touch, which follow it in the same command', () => {
    const rows = timeline(negotiation().events);
    expect(rows.get(6)).toMatchObject({ kind: 'contribution-submitted', provisions: ['op-1-1', 'op-1-new', 'op-1-2'] });
    expect(rows.get(7)).toMatchObject({
      kind: 'amendment-proposed',
      documentId: D,
      provisions: ['op-1-1'],
      summary: 'African Telecommunications Union member states proposed MOD of op-1-1 [1] in Resolution 1334 (C26/15-E)',
    });
    expect(rows.get(8)).toMatchObject({
      provisions: ['op-1-new', 'op-1-2'],
      summary:
        'African Telecommunications Union member states proposed ADD op-1-new after op-1-2 [2]: "to consult all stakeholders;" in Resolution 1334 (C26/15-E)',
    });
    // A proposal of its own does not reach back into an earlier contribution.
    expect(rows.get(9)).toMatchObject({
      stakeholders: ['kenya'],
      provisions: ['op-1-3'],
      summary: 'Republic of Kenya proposed SUP of op-1-3 [3] in Resolution 1334',
    });
  });

  it('summarises rulings with the meeting and date, withdrawals, reservations and corrections', () => {
    const rows = timeline(negotiation().events);
    expect(rows.get(12)).toMatchObject({
      kind: 'amendment-ruled',
      stakeholders: ['african-group', 'isoc'],
      provisions: ['op-1-1'],
      summary:
        'Accepted at CWG-WSIS&SDG-44 on 2026-04-10: MOD of op-1-1 [1], proposed by African Telecommunications Union member states, co-sponsored by Internet Society (C26/15-E)',
    });
    expect(rows.get(13)!.summary).toBe(
      'Rejected at CWG-WSIS&SDG-44 on 2026-04-10: ADD op-1-new after op-1-2 [2]: "to consult all stakeholders;", proposed by African Telecommunications Union member states (C26/15-E) (no support)',
    );
    expect(rows.get(14)!.summary).toBe(
      'Withdrawn by Republic of Kenya: SUP of op-1-3 [3], proposed by Republic of Kenya (agreed in informal consultations)',
    );
    expect(rows.get(15)).toMatchObject({ kind: 'reservation-recorded', stakeholders: ['kenya'], provisions: ['op-1-1'] });
    expect(rows.get(15)!.summary).toBe(
      'Republic of Kenya recorded a reservation on op-1-1 [1]: "Kenya reserves its position on the words "all appropriate"."',
    );
    expect(rows.get(16)).toMatchObject({
      kind: 'decision-corrected',
      provisions: ['op-1-new', 'op-1-2'],
      summary:
        'Decision dec-2 corrected at CWG-WSIS&SDG-45 on 2026-04-11: rejected → accepted on ADD op-1-new after op-1-2 [2]: "to consult all stakeholders;", proposed by African Telecommunications Union member states (C26/15-E) (the plenary had agreed)',
    });
    expect(rows.get(11)).toMatchObject({
      kind: 'phase-changed',
      stakeholders: [],
      summary: 'Moved from open-for-contributions to negotiation',
    });
  });

  it('keeps the event as recorded in the details, without the text of a whole document', () => {
    const rows = timeline(negotiation().events);
    expect(rows.get(5)!.details).toEqual({
      event: {
        type: 'DocumentRegistered',
        eventId: 'e-5',
        streamId: `document-${D}`,
        streamVersion: 5,
        correlationId: 'command-5',
        occurredAt: '2026-04-10T09:00:00.000Z',
      },
      payload: expect.objectContaining({ documentId: D, text: { title: TEXT.title, language: 'en', style: 'itu', provisions: 5 } }),
    });
    expect(rows.get(5)).toMatchObject({
      provisions: ['pre-1-1', 'pre-1-2', 'op-1-1', 'op-1-2', 'op-1-3'],
      summary: 'Resolution 1334 (Modified 2023) registered as version 1: imported base text, 5 provisions',
    });
  });

  it('files an adoption under the provisions the new version changes', () => {
    const adopted = [mod, { kind: 'suppress', provisionId: 'op-1-3' } as const].reduce(
      (doc, op) => (applyAmendment(doc, op) as { value: ResolutionDocument }).value,
      TEXT,
    );
    const log = negotiation().by(
      chair,
      versionAdopted({
        documentId: D,
        decisionId: 'dec-5',
        versionNumber: 2,
        label: 'Modified 2026',
        meeting: 'sixth Plenary Meeting',
        date: '2026-06-12',
        leftOpen: { amendmentIds: [], brackets: 0 },
        text: adopted,
      }),
    );
    const row = timeline(log.events).get(17)!;
    expect(row).toMatchObject({
      kind: 'version-adopted',
      provisions: ['op-1-1', 'op-1-3'],
      summary:
        'Version 2 "Modified 2026" of Resolution 1334 adopted at sixth Plenary Meeting on 2026-06-12: 2 provisions changed since version 1',
    });
    expect(row.details).toMatchObject({ payload: { versionNumber: 2, label: 'Modified 2026' } });
    expect((row.details as { payload: object }).payload).not.toHaveProperty('text');
  });

  it('says where, when and as what the version was adopted, and keeps the adopted title and line in the details', () => {
    const log = negotiation().by(
      chair,
      versionAdopted({
        documentId: D,
        decisionId: 'dec-5',
        versionNumber: 2,
        label: 'Modified 2026',
        meeting: 'sixth Plenary Meeting',
        date: '2026-06-12',
        place: 'Geneva',
        number: 'Resolution 1334 (Modified 2026)',
        title: 'Resolution 1334 (Modified 2026) — The role of ITU',
        adoptionLine: 'adopted at the sixth Plenary Meeting',
        leftOpen: { amendmentIds: [], brackets: 0 },
        text: TEXT,
      }),
    );
    const row = timeline(log.events).get(17)!;
    expect(row.summary).toBe(
      'Version 2 "Modified 2026" of Resolution 1334 adopted at sixth Plenary Meeting (Geneva, 2026-06-12) as Resolution 1334 (Modified 2026): 0 provisions changed since version 1',
    );
    expect(row.details).toMatchObject({
      payload: {
        title: 'Resolution 1334 (Modified 2026) — The role of ITU',
        adoptionLine: 'adopted at the sixth Plenary Meeting',
        place: 'Geneva',
      },
    });
  });

  it('asks for the subjects an event names, then for the sponsors and contribution of the amendment it names', () => {
    const empty: HistorySubjects = {
      stakeholders: new Map(),
      documents: new Map(),
      contributions: new Map(),
      amendments: new Map(),
      decisions: new Map(),
    };
    const ruling = negotiation().events[11];
    expect(subjectsToLoad(ruling, empty)).toEqual({
      stakeholders: [],
      documents: [D],
      contributions: [],
      amendments: ['a-1'],
      decisions: [],
    });
    const known = {
      ...empty,
      amendments: new Map([['a-1', { proposers: ['african-group'], coSponsors: ['isoc'], contributionId: 'k-1' }]]),
    } as unknown as HistorySubjects;
    const next = subjectsToLoad(ruling, known);
    expect(next).toEqual({
      stakeholders: ['african-group', 'isoc'],
      documents: [D],
      contributions: ['k-1'],
      amendments: [],
      decisions: [],
    });
    expect((Object.keys(next) as SubjectKind[]).every((kind) => Array.isArray(next[kind]))).toBe(true);
  });

  it('gives the step what the event names and what those name in turn, looking each subject up once', () => {
    const log = negotiation();
    const remembered = {
      stakeholders: new Map(),
      documents: new Map(),
      contributions: new Map(),
      amendments: new Map(),
      decisions: new Map(),
    } as Record<SubjectKind, Map<string, unknown>>;
    for (const event of log.events.slice(0, 11))
      for (const update of historyStep(
        event,
        subjectsFor(event, (kind, id) => remembered[kind].get(id) as never),
      ).remember)
        remembered[update.kind].set(update.id, update.subject);
    const looked: string[] = [];
    const lookup: SubjectLookup = (kind, id) => (looked.push(`${kind}:${id}`), remembered[kind].get(id) as never);
    const given = subjectsFor(log.events[11], lookup);
    expect(looked.sort()).toEqual([
      'amendments:a-1',
      'contributions:k-1',
      'documents:d-1',
      'stakeholders:african-group',
      'stakeholders:isoc',
    ]);
    expect([...given.amendments.keys()]).toEqual(['a-1']);
    expect(given.stakeholders.get('isoc')).toEqual({ name: 'Internet Society' });
    expect(given.decisions.size).toBe(0);
  });

  it('leaves out of what the step is given the subjects never remembered', () => {
    const withdrawal = negotiation().events[13];
    const given = subjectsFor(withdrawal, () => undefined);
    expect(
      [given.stakeholders, given.documents, given.contributions, given.amendments, given.decisions].every(
        (subjects) => subjects.size === 0,
      ),
    ).toBe(true);
  });
});

describe('the provisions an adopted version changes', () => {
  const apply = (doc: ResolutionDocument, ...ops: AmendmentOperation[]) =>
    ops.reduce((text, op) => (applyAmendment(text, op) as { value: ResolutionDocument }).value, doc);

  it('counts additions, suppressions, rewordings and moves, not the relettering they cause', () => {
    const after = apply(
      TEXT,
      { kind: 'add', newId: 'pre-1-new', position: { before: 'pre-1-1' }, text: 'Resolution 70/125 of the General Assembly;' },
      { kind: 'suppress', provisionId: 'op-1-2' },
    );
    expect(provisionsChangedBetween(TEXT, after)).toEqual(['pre-1-new', 'op-1-2']);
  });

  it('names a moved provision only, not the ones it passed', () => {
    const after = apply(TEXT, { kind: 'move', provisionId: 'op-1-3', position: { before: 'op-1-1' } });
    expect(provisionsChangedBetween(TEXT, after)).toEqual(['op-1-3']);
  });

  it('names footnotes added and headings changed', () => {
    const after = apply(
      TEXT,
      { kind: 'addFootnote', provisionId: 'pre-1-2', footnoteId: 'fn-1', text: 'As revised.' },
      { kind: 'changeHeading', sectionId: 'op-1', heading: 'instructs the Secretary-General' },
    );
    expect(provisionsChangedBetween(TEXT, after)).toEqual(['pre-1-2', 'op-1']);
    expect(provisionsChangedBetween(TEXT, TEXT)).toEqual([]);
  });
});
