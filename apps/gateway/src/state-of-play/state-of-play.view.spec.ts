import type { StateOfPlayProvisionRow, StateOfPlayRoundRow } from '#libs/read-models';
import { ResolutionDocument } from '#libs/text';
import { stateOfPlayView } from './state-of-play.view';

const p = (id: string, text: string) => ({ id, text, children: [], footnotes: [] });
const rev1: ResolutionDocument = {
  language: 'en',
  style: 'itu',
  title: 'Resolution 1334',
  body: 'The ITU Council,',
  preamble: [{ id: 'recalling', heading: 'recalling', provisions: [p('rec-a', 'Resolution 73;'), p('rec-b', 'Resolution 140,')] }],
  operative: [
    {
      id: 'instructs',
      heading: 'resolves to instruct the Secretary-General',
      provisions: [p('op-1', 'to encourage participation;'), p('op-2', 'to report in [2026] [2027];'), p('op-3', 'to publish the report.')],
    },
  ],
  metadata: {},
};
// op-3 was deleted from the working text by a decision; the revision still has it.
const working: ResolutionDocument = {
  ...rev1,
  operative: [{ ...rev1.operative[0], provisions: rev1.operative[0].provisions.slice(0, 2) }],
};

const row = (
  provisionId: string,
  status: StateOfPlayProvisionRow['status'],
  round: number,
  previousStatus: StateOfPlayProvisionRow['status'] = 'pending',
): StateOfPlayProvisionRow => ({
  documentId: 'd1',
  provisionId,
  status,
  previousStatus,
  round,
  versionNumber: 2,
  note: null,
});
const round = (n: number, meetingId: string | null, count: number): StateOfPlayRoundRow => ({
  documentId: 'd1',
  round: n,
  decisionId: `s${n}`,
  versionNumber: 2,
  meetingId,
  meeting: meetingId && `Informal consultation ${n}`,
  date: `2025-11-1${n}`,
  statuses: Array.from({ length: count }, () => ({ provisionId: 'x', status: 'agreed' as const })),
  recordedAt: new Date(`2025-11-1${n}T18:00:00Z`),
  position: 10 * n,
});

describe('the state of play view', () => {
  const view = stateOfPlayView({
    documentId: 'd1',
    consultationId: 'c1',
    symbol: 'Resolution 1334',
    versionNumber: 2,
    versionLabel: 'Rev.1',
    working,
    versionText: rev1,
    provisions: [
      row('rec-a', 'agreed-ad-ref', 1),
      row('op-1', 'agreed', 2, 'agreed-ad-ref'),
      row('op-2', 'bracketed', 2),
      row('op-3', 'deleted', 1),
    ],
    rounds: [round(2, 'ic-2', 2), round(1, 'ic-1', 2)],
    inputsByProvision: new Map([['op-2', 3]]),
  });

  it('gives every provision of the text its status, cited as printed with its section; the others are pending', () => {
    expect(view.provisions.map((p) => [p.provisionId, p.label, p.section, p.status, p.since, p.meetingId])).toEqual([
      ['rec-a', 'a)', 'recalling', 'agreed-ad-ref', 1, 'ic-1'],
      ['rec-b', 'b)', 'recalling', 'pending', null, null],
      ['op-1', '1', 'resolves to instruct the Secretary-General', 'agreed', 2, 'ic-2'],
      ['op-2', '2', 'resolves to instruct the Secretary-General', 'bracketed', 2, 'ic-2'],
      ['op-3', '3', 'resolves to instruct the Secretary-General', 'deleted', 1, 'ic-1'],
    ]);
    expect(view.provisions.find((p) => p.provisionId === 'op-3')!.inText).toBe(false);
    expect(view.provisions.find((p) => p.provisionId === 'op-2')!.inputs).toBe(3);
  });

  it('counts per status, lists the open provisions, and what the last round changed', () => {
    expect(view.round).toBe(2);
    expect(view.counts).toEqual({ pending: 1, 'agreed-ad-ref': 1, agreed: 1, bracketed: 1, deleted: 1 });
    expect(view.open).toEqual(['rec-b', 'op-2']);
    expect(view.changedSinceLastRound).toEqual([
      { provisionId: 'op-1', label: '1', section: 'resolves to instruct the Secretary-General', from: 'agreed-ad-ref', to: 'agreed' },
      { provisionId: 'op-2', label: '2', section: 'resolves to instruct the Secretary-General', from: 'pending', to: 'bracketed' },
    ]);
    expect(view.rounds.map((r) => [r.round, r.meetingId, r.provisions])).toEqual([
      [1, 'ic-1', 2],
      [2, 'ic-2', 2],
    ]);
  });
});
