import {
  Actor,
  NewEvent,
  RecordedEvent,
  documentRegistered,
  meetingRegistered,
  provisionStatusesRecorded,
  provisionsRead,
} from '#libs/contracts';
import { importResolution } from '#libs/text';
import { HistoryEntry, historyStep } from './history-entries';

const TEXT = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to report annually to the Council,
`).document;
const chair: Actor = { id: 'chair-1', role: 'chair' };
const C = 'c-1';
const D = 'd-1';

function timeline(events: readonly NewEvent[]): HistoryEntry[] {
  const subjects = { stakeholders: new Map(), documents: new Map(), contributions: new Map(), amendments: new Map(), decisions: new Map() };
  const rows: HistoryEntry[] = [];
  events.forEach((event, i) => {
    const recorded: RecordedEvent = {
      ...event,
      position: i + 1,
      eventId: `e-${i + 1}`,
      streamId: event.type === 'DocumentRegistered' || event.type === 'ProvisionStatusesRecorded' ? `document-${D}` : `consultation-${C}`,
      streamVersion: i + 1,
      recordedAt: '2026-04-10T09:00:00.000Z',
      metadata: { actor: chair, correlationId: `command-${i + 1}`, occurredAt: '2026-04-10T09:00:00.000Z' },
    };
    const step = historyStep(recorded, subjects);
    for (const update of step.remember) subjects[update.kind].set(update.id, update.subject as never);
    if (step.entry) rows.push(step.entry);
  });
  return rows;
}

describe('the timeline of meetings and the state of play', () => {
  const [ids] = [TEXT.operative[0].provisions.map((p) => p.id)];
  const rows = timeline([
    documentRegistered({
      documentId: D,
      consultationId: C,
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      text: TEXT,
      source: { kind: 'import', warnings: 0 },
    }),
    meetingRegistered({
      consultationId: C,
      meetingId: 'ic-2',
      kind: 'informal-consultation',
      number: 2,
      name: 'Second informal consultation',
      date: '2026-04-10',
      place: 'Geneva',
    }),
    provisionsRead({ consultationId: C, meetingId: 'ic-2', documentId: D, versionNumber: 1, provisionIds: ids }),
    provisionStatusesRecorded({
      documentId: D,
      decisionId: 's-1',
      versionNumber: 1,
      round: 1,
      statuses: [
        { provisionId: ids[0], status: 'agreed-ad-ref' },
        { provisionId: ids[1], status: 'deleted' },
      ],
      meetingId: 'ic-2',
      meeting: 'Second informal consultation',
      date: '2026-04-10',
    }),
  ]);

  it('records a meeting registered, with its kind, number, date and place', () => {
    expect(rows[1]).toMatchObject({
      consultationId: C,
      kind: 'meeting-registered',
      summary: 'Meeting ic-2 "Second informal consultation" (informal-consultation 2) registered for 2026-04-10 in Geneva',
    });
  });

  it('records the provisions read, cited with their printed labels', () => {
    expect(rows[2]).toMatchObject({
      kind: 'provisions-read',
      documentId: D,
      provisions: ids,
      summary: `Read at meeting ic-2: ${ids[0]} [1] and ${ids[1]} [2] of Resolution 1334 (version 1)`,
    });
  });

  it('records a round of statuses with its meeting', () => {
    expect(rows[3]).toMatchObject({
      kind: 'provision-statuses-recorded',
      documentId: D,
      provisions: ids,
      summary: `Round 1 of the state of play of Resolution 1334 (version 1) at Second informal consultation on 2026-04-10: ${ids[0]} [1] agreed-ad-ref and ${ids[1]} [2] deleted`,
    });
  });
});
