import {
  Actor,
  NewEvent,
  RecordedEvent,
  documentRegistered,
  silenceBroken,
  silenceConcluded,
  silenceExtended,
  silenceStarted,
  stakeholderRegistered,
} from '#libs/contracts';
import { importResolution } from '#libs/text';
import { HistoryEntry, historyStep, subjectsToLoad } from './history-entries';

const TEXT = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to report annually to the Council,
`).document;

const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const system: Actor = { id: 'system', role: 'system' };

function timeline(...steps: [Actor, NewEvent][]): HistoryEntry[] {
  const subjects = { stakeholders: new Map(), documents: new Map(), contributions: new Map(), amendments: new Map(), decisions: new Map() };
  const rows: HistoryEntry[] = [];
  steps.forEach(([actor, event], i) => {
    const recorded = {
      ...event,
      position: i + 1,
      eventId: `e-${i + 1}`,
      streamId: 'document-d-1',
      streamVersion: i + 1,
      recordedAt: '2025-12-09T23:00:00.000Z',
      metadata: { actor, correlationId: `c-${i + 1}`, occurredAt: '2025-12-09T23:00:00.000Z' },
    } as RecordedEvent;
    const step = historyStep(recorded, subjects);
    for (const update of step.remember) (subjects[update.kind] as Map<string, unknown>).set(update.id, update.subject);
    if (step.entry) rows.push(step.entry);
  });
  return rows;
}

const [op1, op2] = TEXT.operative[0].provisions.map((p) => p.id);
const registered: [Actor, NewEvent][] = [
  [
    secretariat,
    stakeholderRegistered({ stakeholderId: 'egypt', name: 'Egypt', category: 'member-state', region: 'arab-states', memberIds: [] }),
  ],
  [
    secretariat,
    documentRegistered({
      documentId: 'd-1',
      consultationId: 'c-1',
      symbol: 'Resolution 1334',
      versionLabel: 'Rev.3',
      text: TEXT,
      source: { kind: 'import', warnings: 0 },
    }),
  ],
];
const started = silenceStarted({
  documentId: 'd-1',
  silenceId: 's-1',
  versionNumber: 1,
  deadline: '2025-12-09T18:00:00-05:00',
  timeZone: 'America/New_York',
  adoption: { label: 'Rev.3 (adopted under silence)', meeting: 'plenary' },
});

describe('the silence procedure on the consultation timeline', () => {
  it('records the start, the extension, who broke silence on which provisions as printed, and the outcome', () => {
    const rows = timeline(
      ...registered,
      [chair, started],
      [
        chair,
        silenceExtended({
          documentId: 'd-1',
          silenceId: 's-1',
          deadline: '2025-12-10T12:00:00-05:00',
          timeZone: 'America/New_York',
          reason: 'more time',
        }),
      ],
      [
        egypt,
        silenceBroken({ documentId: 'd-1', silenceId: 's-1', stakeholderId: 'egypt', provisionIds: [op1, op2], reasons: 'Financing.' }),
      ],
      [
        system,
        silenceConcluded({
          documentId: 'd-1',
          silenceId: 's-1',
          decisionId: 's-1-outcome',
          outcome: 'broken',
          deadline: '2025-12-10T12:00:00-05:00',
          breaks: [{ stakeholderId: 'egypt', provisionIds: [op1, op2] }],
        }),
      ],
    ).slice(1);
    expect(rows.map((r) => r.kind)).toEqual(['silence-started', 'silence-extended', 'silence-broken', 'silence-concluded']);
    expect(rows[0].summary).toBe(
      'Version 1 "Rev.3" of Resolution 1334 placed under silence until 2025-12-09T18:00:00-05:00 (America/New_York); if it holds, adopted as "Rev.3 (adopted under silence)"',
    );
    expect(rows[1].summary).toBe('Silence on Resolution 1334 extended until 2025-12-10T12:00:00-05:00 (America/New_York) (more time)');
    expect(rows[2]).toMatchObject({
      stakeholders: ['egypt'],
      provisions: [op1, op2],
      summary: `Silence broken by Egypt on ${op1} [1] and ${op2} [2]: "Financing."`,
    });
    expect(rows[3]).toMatchObject({
      stakeholders: ['egypt'],
      provisions: [op1, op2],
      summary: `Silence on Resolution 1334 broken at 2025-12-10T12:00:00-05:00: Egypt on ${op1} [1] and ${op2} [2]`,
    });
  });

  it('says when silence held', () => {
    const [, row] = timeline(...registered, [
      system,
      silenceConcluded({
        documentId: 'd-1',
        silenceId: 's-1',
        decisionId: 's-1-outcome',
        outcome: 'held',
        deadline: '2025-12-09T18:00:00-05:00',
        breaks: [],
      }),
    ]);
    expect(row).toMatchObject({
      kind: 'silence-concluded',
      stakeholders: [],
      summary: expect.stringMatching(/held at .*: no member state broke it$/),
    });
  });

  it('loads the names of the member states that broke silence, so a batch names them as a single event does', () => {
    const none = { stakeholders: new Map(), documents: new Map(), contributions: new Map(), amendments: new Map(), decisions: new Map() };
    const as = (event: NewEvent) =>
      ({
        ...event,
        position: 1,
        eventId: 'e',
        streamId: 'document-d-1',
        streamVersion: 1,
        recordedAt: '',
        metadata: { actor: egypt, correlationId: 'c', occurredAt: '' },
      }) as RecordedEvent;
    const broken = silenceBroken({ documentId: 'd-1', silenceId: 's-1', stakeholderId: 'egypt', provisionIds: [op1], reasons: 'r' });
    const concluded = silenceConcluded({
      documentId: 'd-1',
      silenceId: 's-1',
      decisionId: 'x',
      outcome: 'broken',
      deadline: '2025-12-09T18:00:00-05:00',
      breaks: [{ stakeholderId: 'kenya', provisionIds: [op1] }],
    });
    expect(subjectsToLoad(as(broken), none).stakeholders).toContain('egypt');
    expect(subjectsToLoad(as(concluded), none).stakeholders).toContain('kenya');
  });
});
