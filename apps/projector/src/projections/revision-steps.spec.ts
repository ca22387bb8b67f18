import {
  Actor,
  NewEvent,
  RecordedEvent,
  RevisionIssuedV1,
  amendmentProposed,
  consultationPhaseChanged,
  consultationRegistered,
  documentRegistered,
} from '#libs/contracts';
import {
  DocumentState,
  decideDocument,
  evolveConsultation,
  evolveDocument,
  initialConsultationState,
  initialDocumentState,
} from '#libs/domain';
import type {
  AmendmentRow,
  CompilationAmendmentRow,
  DecisionRow,
  DocumentRow,
  DocumentVersionRow,
  ProvenanceAmendmentRow,
} from '#libs/read-models';
import { AmendmentOperation, ResolutionDocument, importResolution, locateProvision } from '#libs/text';
import { CompilationDocument, compilationStep } from './compilation-steps';
import { documentsReads, documentsStep } from './documents-steps';
import { nextTextEntry } from './document-texts-history';
import { HistorySubjects, historyStep, subjectsToLoad } from './history-entries';
import { revisionRecords } from './provenance-revision';

const ZERO_DRAFT = `RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to present the outcomes of the WSIS+20 High-Level Event within the framework of the UNGA overall review in 2025,
3	to report annually to the Council,
`;
const TEXT = importResolution(ZERO_DRAFT).document;
const REV_1 = importResolution(
  ZERO_DRAFT.replace('all possible measures', 'all appropriate measures').replace(
    '3	to report annually to the Council,',
    '3	to report annually to the Council;\n4	to report to the General Assembly on the follow-up to the review,',
  ),
).document;

const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const D = 'd-1';
const wording = (id: string, doc: ResolutionDocument = TEXT) => locateProvision(doc, id)!.provision.text;
const onKeptWords: AmendmentOperation = {
  kind: 'modify',
  provisionId: 'op-1-2',
  oldText: wording('op-1-2'),
  newText: wording('op-1-2').replace('in 2025', 'in December 2025'),
};
const onChangedWords: AmendmentOperation = {
  kind: 'modify',
  provisionId: 'op-1-1',
  oldText: wording('op-1-1'),
  newText: wording('op-1-1').replace('all possible', 'all feasible'),
};

function recorded(actor: Actor, event: NewEvent, position: number): RecordedEvent {
  return {
    ...event,
    position,
    eventId: `e-${position}`,
    streamId: `document-${D}`,
    streamVersion: position,
    recordedAt: `2026-04-10T09:00:0${position}.000Z`,
    metadata: { actor, correlationId: `c-${position}`, occurredAt: '2026-04-10T09:00:00.000Z' },
  } as RecordedEvent;
}

/** The zero draft, two amendments by Kenya, and Rev.1 as the write side decides it. */
function negotiation(): { events: RecordedEvent[]; revision: RevisionIssuedV1 } {
  const before: NewEvent[] = [
    documentRegistered({
      documentId: D,
      consultationId: 'c-1',
      symbol: 'A/80/L.1',
      versionLabel: 'zero draft',
      text: TEXT,
      source: { kind: 'import', warnings: 0 },
    }),
    amendmentProposed({ documentId: D, amendmentId: 'kept', versionNumber: 1, operation: onKeptWords, proposers: ['kenya'] }),
    amendmentProposed({ documentId: D, amendmentId: 'changed', versionNumber: 1, operation: onChangedWords, proposers: ['kenya'] }),
  ];
  const state: DocumentState = before.reduce(evolveDocument, initialDocumentState);
  const consultation = [
    consultationRegistered({
      consultationId: 'c-1',
      title: 't',
      body: 'UNGA',
      subject: 'WSIS+20',
      originalLanguage: 'en',
      chairs: ['chair-1'],
      deadlines: {},
      restricted: false,
    }),
    consultationPhaseChanged({ consultationId: 'c-1', from: 'drafting', to: 'open-for-contributions' }),
  ].reduce(evolveConsultation, initialConsultationState);
  const decision = decideDocument(
    {
      kind: 'IssueRevision',
      decisionId: 'rev-1',
      text: REV_1,
      symbol: 'A/80/L.1/Rev.1',
      date: '2025-11-07',
      meeting: 'informal consultation 3',
      reflects: [{ provisionId: 'op-1-1', inputIds: ['input-1'] }],
    },
    state,
    { actor: chair, consultation, stakeholders: { get: () => undefined }, now: '2025-11-07T10:00:00Z' },
  );
  if (!decision.ok) throw new Error(decision.refusal.message);
  const actors = [secretariat, kenya, kenya, chair];
  const events = [...before, ...decision.events].map((event, i) => recorded(actors[i], event, i + 1));
  return { events, revision: decision.events[0].payload as RevisionIssuedV1 };
}

describe('a revision, as the projections fold it', () => {
  const { events, revision } = negotiation();
  const issued = events[3];

  it('is decided as expected: three changes, the amendment on kept words rebased, the other overtaken', () => {
    expect(revision.changes.map((c) => c.kind)).toEqual(expect.arrayContaining(['modify', 'add']));
    expect(revision.rebased.map((r) => r.amendmentId)).toEqual(['kept']);
    expect(revision.overtaken).toEqual(['changed']);
  });

  it('documents: a new version marked as Rev.1, the amendments moved or overtaken, a decision of kind revision', () => {
    const documents = new Map<string, DocumentRow>();
    const versions = new Map<number, DocumentVersionRow>();
    const amendments = new Map<string, AmendmentRow>();
    const decisions = new Map<string, DecisionRow>();
    for (const event of events) {
      const changes = documentsStep(event, {
        document: (id) => documents.get(id),
        version: (_, number) => versions.get(number),
        amendment: (id) => amendments.get(id),
        decision: (id) => decisions.get(id),
      });
      if (changes.document) documents.set(changes.document.id, changes.document);
      if (changes.version) versions.set(changes.version.number, changes.version);
      changes.amendments.forEach((a) => amendments.set(a.id, a));
      changes.decisions.forEach((d) => decisions.set(d.id, d));
    }
    expect([...documentsReads(issued).amendments].sort()).toEqual(['changed', 'kept']);
    expect(versions.get(2)).toMatchObject({
      label: 'Rev.1',
      decisionId: 'rev-1',
      adoptedMeeting: null,
      revision: { number: 1, label: 'Rev.1', symbol: 'A/80/L.1/Rev.1', date: '2025-11-07' },
    });
    expect(versions.get(1)?.revision).toBeNull();
    expect(documents.get(D)).toMatchObject({ currentVersion: 2, currentLabel: 'Rev.1', applied: [] });
    expect(documents.get(D)!.working).toEqual(revision.text);
    expect(amendments.get('kept')).toMatchObject({ status: 'pending', versionNumber: 2, operation: revision.rebased[0].operation });
    expect(amendments.get('changed')).toMatchObject({ status: 'overtaken', decisionId: 'rev-1' });
    expect(decisions.get('rev-1')).toMatchObject({ kind: 'revision', amendmentIds: ['changed'], meeting: 'informal consultation 3' });
    expect(decisions.get('rev-1')!.payload).not.toHaveProperty('text');
  });

  it('history: loads the amendments it names and tells the revision in one line', () => {
    const subjects: HistorySubjects = {
      stakeholders: new Map(),
      documents: new Map(),
      contributions: new Map(),
      amendments: new Map(),
      decisions: new Map(),
    };
    let entry;
    for (const event of events) {
      const step = historyStep(event, subjects);
      for (const update of step.remember) (subjects[update.kind] as Map<string, unknown>).set(update.id, update.subject);
      entry = step.entry;
    }
    expect([...subjectsToLoad(issued, { ...subjects, amendments: new Map() }).amendments].sort()).toEqual(['changed', 'kept']);
    expect(entry).toMatchObject({ kind: 'revision-issued', documentId: D });
    expect(entry!.summary).toBe(
      'Rev.1 of A/80/L.1 (A/80/L.1/Rev.1) issued at informal consultation 3 on 2025-11-07: 3 changes to 3 provisions, reflecting 1 stakeholder input; 1 pending amendment rebased onto it and 1 amendment overtaken',
    );
  });

  it('provenance: one record per provision, with the changes, what they reflect, the amendments overtaken and the wording printed', () => {
    const overtaken = { id: 'changed', operation: onChangedWords } as ProvenanceAmendmentRow;
    const records = revisionRecords(revision, TEXT, [overtaken], TEXT, 'chair-1');
    const byProvision = new Map(records.map((r) => [r.provisionId, r.record]));
    expect(records).toHaveLength(byProvision.size);
    expect(byProvision.get('op-1-1')).toMatchObject({
      kind: 'revision',
      role: 'modify',
      inputIds: ['input-1'],
      overtaken: ['changed'],
      versionLabel: 'Rev.1',
      decidedBy: 'chair-1',
      text: wording('op-1-1', revision.text),
    });
    expect(byProvision.get('op-1-2')).toMatchObject({ kind: 'revision', operations: [], overtaken: [] });
    expect(byProvision.get('op-1-2')).not.toHaveProperty('role');
    const added = revision.text.operative[0].provisions[3].id;
    expect(byProvision.get(added)).toMatchObject({ role: 'create', printedLabel: '4' });
  });

  it('compilation: the revision is a version, the overtaken amendment shows as overtaken', () => {
    const amendments = new Map<string, CompilationAmendmentRow>([
      ['kept', { id: 'kept', status: 'pending', versionNumber: 1 } as CompilationAmendmentRow],
      ['changed', { id: 'changed', status: 'pending', versionNumber: 1 } as CompilationAmendmentRow],
    ]);
    const document: CompilationDocument = { id: D, base: { consultationId: 'c-1', symbol: 'A/80/L.1' }, latestVersion: 1 };
    const changes = compilationStep(issued, {
      amendment: (id) => amendments.get(id),
      contribution: () => undefined,
      document: () => document,
    });
    expect(changes.version).toMatchObject({ number: 2, label: 'Rev.1', decisionId: 'rev-1', adoptedMeeting: null });
    expect(changes.document).toMatchObject({ latestVersion: 2 });
    expect(changes.amendments).toEqual([
      expect.objectContaining({ id: 'kept', status: 'pending', versionNumber: 2, placement: { provisionId: 'op-1-2', role: 'modify' } }),
      expect.objectContaining({ id: 'changed', status: 'overtaken' }),
    ]);
  });

  it('document texts: the revision starts a new version of the text history', () => {
    const entry = nextTextEntry({ versionNumber: 1, versionLabel: 'zero draft', working: TEXT, applied: [] }, TEXT, issued);
    expect(entry).toEqual({ versionNumber: 2, versionLabel: 'Rev.1', working: revision.text, applied: [] });
  });
});
