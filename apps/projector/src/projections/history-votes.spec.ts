import {
  Actor,
  NewEvent,
  RecordedEvent,
  consultationRegistered,
  documentRegistered,
  positionExplained,
  stakeholderRegistered,
  versionAdopted,
} from '#libs/contracts';
import { adoptedText, importResolution } from '#libs/text';
import { HistoryEntry, historyStep } from './history-entries';

const TEXT = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
resolves to instruct the Secretary-General
1	to report annually to the Council,
`).document;
const chair: Actor = { id: 'chair-1', role: 'chair' };
const norway: Actor = { id: 'norway', role: 'stakeholder' };

/** The rows of the timeline the events make, folded as the projection folds them. */
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
      recordedAt: '2025-12-17T15:00:00.000Z',
      metadata: { actor, correlationId: `c-${i + 1}`, occurredAt: '2025-12-17T15:00:00.000Z' },
    } as RecordedEvent;
    const step = historyStep(recorded, subjects);
    for (const update of step.remember) subjects[update.kind].set(update.id, update.subject as never);
    if (step.entry) rows.push(step.entry);
  });
  return rows;
}

const given: [Actor, NewEvent][] = [
  [chair, stakeholderRegistered({ stakeholderId: 'norway', name: 'Norway', category: 'member-state', region: 'europe', memberIds: [] })],
  [
    chair,
    consultationRegistered({
      consultationId: 'c-1',
      title: 'WSIS+20',
      body: 'General Assembly',
      subject: 'WSIS+20',
      originalLanguage: 'en',
      chairs: ['chair-1'],
      deadlines: {},
      restricted: false,
    }),
  ],
  [
    chair,
    documentRegistered({
      documentId: 'd-1',
      consultationId: 'c-1',
      symbol: 'A/80/L.1',
      versionLabel: 'zero draft',
      text: TEXT,
      source: { kind: 'import', warnings: 0 },
    }),
  ],
];

describe('the history of an adoption by recorded vote and of explanations', () => {
  it('tells who explained what, on which version, at which meeting', () => {
    const rows = timeline(...given, [
      norway,
      positionExplained({
        documentId: 'd-1',
        explanationId: 'e-1',
        stakeholderId: 'norway',
        kind: 'vote',
        timing: 'before-adoption',
        text: 'Norway will vote against.',
        versionNumber: 2,
        meeting: '61st plenary meeting',
      }),
    ]);
    expect(rows.at(-1)).toMatchObject({
      kind: 'position-explained',
      consultationId: 'c-1',
      documentId: 'd-1',
      stakeholders: ['norway'],
      summary:
        'Norway: explanation of vote before the adoption of version 2 of A/80/L.1 at 61st plenary meeting: "Norway will vote against."',
    });
  });

  it.each([
    [
      { kind: 'recorded-vote' as const, votes: [], tally: { yes: 150, no: 0, abstain: 10 } },
      ' by a recorded vote of 150 to none, with 10 abstentions:',
    ],
    [{ kind: 'consensus' as const }, ' without a vote:'],
    [undefined, ':'],
  ])('says how the version was adopted: %j', (method, phrase) => {
    const text = adoptedText(TEXT, { meeting: '61st plenary meeting', number: '80/1' });
    const rows = timeline(...given, [
      chair,
      versionAdopted({
        documentId: 'd-1',
        decisionId: 'adoption',
        versionNumber: 2,
        label: 'adopted',
        meeting: '61st plenary meeting',
        date: '2025-12-17',
        leftOpen: { amendmentIds: [], brackets: 0 },
        text,
        number: '80/1',
        title: text.title,
        adoptionLine: text.metadata.adoption!,
        ...(method ? { method } : {}),
      }),
    ]);
    expect(rows.at(-1)?.summary).toContain(`adopted at 61st plenary meeting on 2025-12-17 as 80/1${phrase}`);
  });
});
