import type { DecisionRow, DocumentVersionRow } from '#libs/read-models';
import { aknFilename, akomaNtosoContext } from './akoma-ntoso-context';

function version(
  number: number,
  recordedAt: string,
  adopted: Partial<Pick<DocumentVersionRow, 'adoptedDate' | 'adoptedMeeting'>> = {},
): Omit<DocumentVersionRow, 'text'> {
  return {
    documentId: 'doc-1',
    number,
    label: number === 1 ? 'Modified 2023' : 'Modified 2026',
    adoptedMeeting: adopted.adoptedMeeting ?? null,
    adoptedDate: adopted.adoptedDate ?? null,
    adoptedNumber: null,
    adoptedSymbol: null,
    adoptedTitle: null,
    adoptionLine: null,
    adoptedPlace: null,
    decisionId: null,
    recordedAt: new Date(recordedAt),
  };
}

function decision(id: string, position: number, kind: DecisionRow['kind'], payload: object): DecisionRow {
  return {
    id,
    documentId: 'doc-1',
    consultationId: 'c-1',
    kind,
    amendmentIds: ['a-1'],
    payload,
    meeting: null,
    date: '2026-03-10',
    decidedBy: 'chair-1',
    correctedBy: null,
    recordedAt: new Date('2026-03-10T10:00:00Z'),
    position,
  } as DecisionRow;
}

const rows = {
  documentId: 'doc-1',
  symbol: 'Resolution 1334',
  body: 'ITU Council',
  versions: [
    version(2, '2026-06-12T15:00:00Z', { adoptedDate: '2026-06-12', adoptedMeeting: 'sixth Plenary Meeting' }),
    version(1, '2026-03-01T09:00:00Z'),
  ],
  decisions: [
    decision('d-1', 10, 'ruling', { ruling: 'accepted' }),
    decision('d-2', 20, 'adoption', {}),
    decision('d-3', 30, 'ruling', { ruling: 'rejected' }),
  ],
  stakeholders: [{ id: 'egypt', name: 'Arab Republic of Egypt' }],
};

describe('akomaNtosoContext', () => {
  it('has an event per registration and adoption up to the version exported, and a step per decision up to the moment', () => {
    const context = akomaNtosoContext(
      rows,
      { versionNumber: 2, versionLabel: 'Modified 2026', position: 20, recordedAt: new Date('2026-06-12T15:00:00Z') },
      new Date('2026-07-01T00:00:00Z'),
    );
    expect(context.events).toEqual([
      { id: 'registration-1', kind: 'registration', date: '2026-03-01T09:00:00.000Z', versionNumber: 1 },
      { id: 'adoption-2', kind: 'adoption', date: '2026-06-12', versionNumber: 2, meeting: 'sixth Plenary Meeting' },
    ]);
    expect(context.decisions.map((d) => [d.id, d.outcome])).toEqual([
      ['d-1', 'accepted'],
      ['d-2', undefined],
    ]);
    expect(context.author).toEqual({ id: 'body', name: 'ITU Council', kind: 'organization' });
    expect(context.parties).toEqual([
      { id: 'egypt', name: 'Arab Republic of Egypt', kind: 'organization' },
      { id: 'chair-1', name: 'chair-1', kind: 'person' },
    ]);
  });

  it('leaves later versions and decisions out of an earlier version', () => {
    const context = akomaNtosoContext(
      rows,
      { versionNumber: 1, versionLabel: 'Modified 2023', position: 5, recordedAt: new Date('2026-03-01T09:00:00Z') },
      new Date(),
    );
    expect(context.events.map((event) => event.kind)).toEqual(['registration']);
    expect(context.decisions).toEqual([]);
  });
});

describe('aknFilename', () => {
  it('names the file by symbol, version and language, in characters any file system takes', () => {
    expect(aknFilename('Resolution 1334', 'doc-1', 2, 'ar')).toBe('Resolution-1334-v2.ar.akn.xml');
    expect(aknFilename('C23/71-A', 'doc-1', 1, 'ar')).toBe('C23-71-A-v1.ar.akn.xml');
    expect(aknFilename('القرار', 'doc-1', 1, 'ar')).toBe('doc-1-v1.ar.akn.xml');
  });
});
