import {
  Actor,
  NewEvent,
  RecordedEvent,
  stakeholderInputSubmitted,
  stakeholderInputWithdrawn,
  stakeholderRegistered,
} from '#libs/contracts';
import { importResolution } from '#libs/text';
import { historyStep } from './history-entries';
import { participationReads, participationStep } from './participation-steps';
import { searchReads, searchStep } from './search-steps';
import { stakeholderInputStep } from './stakeholder-inputs.projection';

/*
 * What the read side makes of a stakeholder's written input: its row, its participation
 * fact, its search entry and its row in the history, each from the pure step of its projection.
 */

const TEXT = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to submit an annual report to the Council.
`).document;
const aub: Actor = { id: 'aub', role: 'stakeholder' };

let position = 0;
function recorded(event: NewEvent, actor: Actor = aub): RecordedEvent {
  position++;
  return {
    ...event,
    position,
    eventId: `e-${position}`,
    streamId: 'input-in-1',
    streamVersion: 1,
    recordedAt: '2025-11-20T10:00:00.000Z',
    metadata: { actor, correlationId: 'c', occurredAt: '2025-11-20T10:00:00.000Z' },
  } as RecordedEvent;
}

const provisionId = TEXT.operative[0].provisions[0].id;
const submitted = recorded(
  stakeholderInputSubmitted({
    inputId: 'in-1',
    consultationId: 'wsis20',
    documentId: 'zero',
    versionNumber: 1,
    provisionIds: [provisionId],
    stakeholderId: 'aub',
    title: 'سدّ الفجوة الرقمية',
    text: 'نقترح ذكر الفجوة الرقمية.',
    language: 'ar',
  }),
);
const withdrawn = recorded(
  stakeholderInputWithdrawn({ inputId: 'in-1', consultationId: 'wsis20', documentId: 'zero', by: 'aub', reason: 'superseded' }),
);

describe('a stakeholder input on the read side', () => {
  it('is one row, published, then withdrawn with who and why', () => {
    const row = stakeholderInputStep(undefined, submitted)!;
    expect(row).toMatchObject({ id: 'in-1', provisionIds: [provisionId], stakeholderId: 'aub', language: 'ar', withdrawal: null });
    expect(stakeholderInputStep(row, withdrawn)).toMatchObject({
      withdrawal: { by: 'aub', reason: 'superseded', at: '2025-11-20T10:00:00.000Z' },
      lastPosition: withdrawn.position,
    });
    expect(stakeholderInputStep(undefined, withdrawn)).toBeUndefined();
  });

  it('is a participation fact of its submitter, with its category, submitted then withdrawn', () => {
    const registry = stakeholderRegistered({
      stakeholderId: 'aub',
      name: 'AUB',
      category: 'academia',
      region: 'arab-states',
      memberIds: [],
    });
    const aubRow = participationStep(recorded(registry), {
      facts: () => [],
      stakeholder: () => undefined,
      document: () => undefined,
    }).stakeholder!;
    expect(participationReads(submitted)).toEqual({ subjects: [], stakeholders: ['aub'], documents: [] });
    const [subject] = participationStep(submitted, { facts: () => [], stakeholder: () => aubRow, document: () => undefined }).subjects;
    expect(subject.facts.map((f) => [f.subjectKind, f.stakeholderId, f.role, f.status, f.category, f.documentId])).toEqual([
      ['input', 'aub', 'submitter', 'submitted', 'academia', 'zero'],
    ]);
    expect(participationReads(withdrawn).subjects).toEqual([{ kind: 'input', id: 'in-1' }]);
    const after = participationStep(withdrawn, { facts: () => subject.facts, stakeholder: () => aubRow, document: () => undefined });
    expect(after.subjects[0].facts.map((f) => f.status)).toEqual(['withdrawn']);
  });

  it('is found by its title and text, marked withdrawn once withdrawn', () => {
    const [entry] = searchStep(submitted, { document: () => undefined, provisions: () => new Map(), entry: () => undefined }).entries;
    expect(entry).toMatchObject({ entryKey: 'input:in-1', kind: 'input', documentId: 'zero', language: 'ar', status: 'submitted' });
    expect(entry.searchText).toContain(' فجوه ');
    expect(searchReads(withdrawn).entries).toEqual(['input:in-1']);
    const [marked] = searchStep(withdrawn, { document: () => undefined, provisions: () => new Map(), entry: () => entry }).entries;
    expect(marked.status).toBe('withdrawn');
  });

  it('is told in the history, naming the provisions by their printed labels', () => {
    const document = {
      consultationId: 'wsis20',
      symbol: 'A/80/L.1',
      versionNumber: 1,
      versionLabel: 'zero draft',
      text: TEXT,
    };
    const subjects = {
      stakeholders: new Map([['aub', { name: 'AUB' }]]),
      documents: new Map([['zero', document]]),
      contributions: new Map(),
      amendments: new Map(),
      decisions: new Map(),
    };
    const sent = historyStep(submitted, subjects).entry!;
    expect(sent).toMatchObject({ kind: 'input-submitted', documentId: 'zero', stakeholders: ['aub'], provisions: [provisionId] });
    expect(sent.summary).toBe(`AUB sent the input "سدّ الفجوة الرقمية" to A/80/L.1 (zero draft) on ${provisionId} [1] (in ar)`);
    expect(historyStep(withdrawn, subjects).entry).toMatchObject({
      kind: 'input-withdrawn',
      summary: 'Input in-1 withdrawn by AUB: superseded',
    });
  });
});
