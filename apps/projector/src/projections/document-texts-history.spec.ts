import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Actor, NewEvent, Phase, RecordedEvent } from '#libs/contracts';
import {
  ConsultationState,
  DocumentCommand,
  DocumentState,
  StakeholderDirectory,
  decideDocument,
  evolveDocument,
  initialDocumentState,
} from '#libs/domain';
import { AmendmentOperation, importResolution, locateProvision } from '#libs/text';
import { foldTextHistory } from '#libs/read-models';
import {
  MAX_CHANGES_BETWEEN_SNAPSHOTS,
  DocumentTextHistory,
  TextChange,
  TextHistoryEntry,
  entersTextHistory,
  nextTextEntry,
  textHistoryReads,
  textHistoryStep,
} from './document-texts-history';

// The English excerpt of Council Resolution 1334 (Modified 2023) that the importer is tested on.
const RES_1334_EXCERPT = readFileSync(join(__dirname, '../../../../libs/text/src/import/fixtures/itu-res1334-excerpt.en.txt'), 'utf8');

const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const stakeholders: StakeholderDirectory = {
  get: (id) =>
    ['egypt', 'kenya'].includes(id)
      ? { stakeholderId: id, name: id, category: 'member-state', region: 'africa', memberIds: [] }
      : undefined,
};

/** Runs commands through the domain's decide/evolve, keeping each event with the state it left. */
class DraftingSession {
  readonly steps: { event: NewEvent; state: DocumentState }[] = [];
  state: DocumentState = initialDocumentState;
  private consultation: ConsultationState = {
    registered: true,
    consultationId: 'c-1',
    phase: 'open-for-contributions',
    chairs: ['chair-1'],
    participants: [],
    restricted: false,
    deadlines: {},
    meetings: {},
  };

  inPhase(phase: Phase): this {
    this.consultation = { ...this.consultation, phase };
    return this;
  }

  run(actor: Actor, command: DocumentCommand): this {
    const decided = decideDocument(command, this.state, {
      actor,
      consultation: this.consultation,
      stakeholders,
      now: '2026-11-24T09:00:00Z',
    });
    if (!decided.ok) throw new Error(`refused ${command.kind}: ${decided.refusal.message}`);
    for (const event of decided.events) {
      this.state = evolveDocument(this.state, event);
      this.steps.push({ event, state: this.state });
    }
    return this;
  }

  wording(provisionId: string): string {
    return locateProvision(this.state.working!, provisionId)!.provision.text;
  }
}

/** Folds the events into a history the way the projection's rows do: a correction reads its version's text from the row that started it. */
function historyOf(session: DraftingSession): { entry: TextHistoryEntry; event: NewEvent; state: DocumentState }[] {
  const history: { entry: TextHistoryEntry; event: NewEvent; state: DocumentState }[] = [];
  for (const { event, state } of session.steps) {
    if (!entersTextHistory(event)) continue;
    const before = history[history.length - 1]?.entry;
    const versionStart = before && history.find((row) => row.entry.versionNumber === before.versionNumber)!.entry.working;
    history.push({ entry: nextTextEntry(before, versionStart, event), event, state });
  }
  return history;
}

/** The event as the store would have recorded it at this position. */
function recorded(event: NewEvent, position: number): RecordedEvent {
  const at = '2026-11-24T09:00:00.000Z';
  return {
    ...event,
    position,
    eventId: `e-${position}`,
    streamId: 'document-d-1',
    streamVersion: position,
    recordedAt: at,
    metadata: { actor: chair, correlationId: `c-${position}`, occurredAt: at },
  };
}

/** What a fold of the rows must give back of an entry: its text and the changes applied to its version. */
const textOf = (entry: TextHistoryEntry) => ({ working: entry.working, applied: [...entry.applied] });

const modify = (provisionId: string, oldText: string, newText: string) => ({ kind: 'modify' as const, provisionId, oldText, newText });

describe('the text history of the document_texts projection', () => {
  const O1 = 'op-1-1';
  const O2 = 'op-1-2';
  const R2 = 'pre-1-2';

  function registered(): DraftingSession {
    const { document } = importResolution(RES_1334_EXCERPT);
    return new DraftingSession().run(secretariat, {
      kind: 'RegisterDocument',
      document: {
        documentId: 'd-1',
        consultationId: 'c-1',
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        text: document,
        source: { kind: 'import', warnings: 0 },
      },
    });
  }

  /** Rulings, brackets, an adoption, then a ruling on the new version and its correction. */
  function throughCorrection(): DraftingSession {
    const session = registered();
    const o1 = session.wording(O1);
    const o2 = session.wording(O2);
    const r2 = session.wording(R2);
    session
      .run(egypt, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-1',
        versionNumber: 1,
        proposers: ['egypt'],
        operation: modify(O1, o1, o1.replace('all possible', 'all appropriate')),
      })
      .run(kenya, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-2',
        versionNumber: 1,
        proposers: ['kenya'],
        operation: modify(O2, o2, o2.replace('and promote', 'and actively promote')),
      })
      .run(kenya, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-3',
        versionNumber: 1,
        proposers: ['kenya'],
        operation: {
          kind: 'offerAlternatives',
          provisionId: R2,
          baseText: r2,
          from: 0,
          to: 1,
          alternatives: ['Resolution', 'the relevant resolution'],
        },
      })
      .run(egypt, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-4',
        versionNumber: 1,
        proposers: ['egypt'],
        operation: { kind: 'suppress', provisionId: 'op-2-1' },
      })
      .inPhase('negotiation')
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'accepted' })
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-2', amendmentId: 'a-4', ruling: 'rejected' })
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-3', amendmentId: 'a-3', ruling: 'accepted' })
      .run(chair, { kind: 'SettleBrackets', decisionId: 'dec-4', provisionId: R2, bracketIndex: 0, choice: 1 })
      .run(chair, {
        kind: 'RecordReservation',
        decisionId: 'dec-5',
        stakeholderId: 'kenya',
        provisionId: O1,
        text: 'Kenya reserves its position.',
      })
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-6', amendmentId: 'a-2', ruling: 'deferred' })
      .inPhase('adoption')
      .run(chair, {
        kind: 'AdoptVersion',
        decisionId: 'dec-7',
        label: 'Modified 2026',
        meeting: 'sixth Plenary Meeting',
        date: '2026-06-12',
        leaveOpen: { amendmentIds: ['a-2'] },
      })
      .inPhase('negotiation')
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-8', amendmentId: 'a-2', ruling: 'accepted' })
      .run(chair, {
        kind: 'CorrectDecision',
        decisionId: 'dec-9',
        corrects: 'dec-8',
        ruling: 'rejected',
        reason: 'the ruling was announced in error',
      });
    return session;
  }

  it('keeps one entry per change of the text, each the working text the write side had at that moment', () => {
    const session = throughCorrection();
    const history = historyOf(session);
    expect(
      history.map(({ event, entry }) => [
        event.type,
        entry.versionNumber,
        entry.versionLabel,
        entry.applied.map((change) => change.decisionId),
      ]),
    ).toEqual([
      ['DocumentRegistered', 1, 'Modified 2023', []],
      ['AmendmentRuled', 1, 'Modified 2023', ['dec-1']],
      ['AmendmentRuled', 1, 'Modified 2023', ['dec-1', 'dec-3']],
      ['BracketsSettled', 1, 'Modified 2023', ['dec-1', 'dec-3', 'dec-4']],
      ['VersionAdopted', 2, 'Modified 2026', []],
      ['AmendmentRuled', 2, 'Modified 2026', ['dec-8']],
      ['DecisionCorrected', 2, 'Modified 2026', []],
    ]);
    for (const { entry, state } of history) {
      expect(entry.working).toEqual(state.working);
      expect(entry.applied).toEqual(state.applied);
      expect(entry.versionNumber).toBe(state.versions[state.versions.length - 1].number);
    }
    // The correction took the accepted a-2 out again: the text is the adopted version.
    expect(history[history.length - 1].entry.working).toEqual(session.state.versions[1].text);
  });

  it('leaves out the events that do not change the text', () => {
    const session = registered();
    const o1 = session.wording(O1);
    session
      .run(egypt, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-1',
        versionNumber: 1,
        proposers: ['egypt'],
        operation: modify(O1, o1, o1.replace('all possible', 'all appropriate')),
      })
      .run(kenya, { kind: 'CoSponsorAmendment', amendmentId: 'a-1', stakeholderId: 'kenya' })
      .inPhase('negotiation')
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'rejected' })
      .run(chair, {
        kind: 'RecordReservation',
        decisionId: 'dec-2',
        stakeholderId: 'kenya',
        provisionId: O1,
        text: 'Kenya reserves its position on this provision.',
      });
    expect(session.steps.map(({ event }) => [event.type, entersTextHistory(event)])).toEqual([
      ['DocumentRegistered', true],
      ['AmendmentProposed', false],
      ['AmendmentCoSponsored', false],
      ['AmendmentRuled', false],
      ['ReservationRecorded', false],
    ]);
  });

  it('refuses a decision on a document that has no history', () => {
    const session = registered();
    const o1 = session.wording(O1);
    session
      .run(egypt, {
        kind: 'ProposeAmendment',
        amendmentId: 'a-1',
        versionNumber: 1,
        proposers: ['egypt'],
        operation: modify(O1, o1, o1.replace('all possible', 'all appropriate')),
      })
      .inPhase('negotiation')
      .run(chair, { kind: 'RuleOnAmendment', decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'accepted' });
    expect(() => nextTextEntry(undefined, undefined, session.steps[2].event)).toThrow(/not registered/);
  });

  it('folds a batch from what it read of the history before it: the last entry, and the version a correction replays from', () => {
    const session = throughCorrection();
    const entries = historyOf(session).map(({ entry }) => entry);
    const changes = session.steps
      .filter(({ event }) => entersTextHistory(event))
      .map(({ event }, i): TextChange => ({ documentId: 'd-1', event: recorded(event, i + 1) }));
    const adopted = changes.findIndex(({ event }) => event.type === 'VersionAdopted');
    const batch = changes.slice(adopted + 1);
    expect(textHistoryReads(batch)).toEqual({
      lastBefore: new Map([['d-1', adopted + 2]]),
      versionStartsBefore: new Map([['d-1', adopted + 2]]),
    });

    let history: DocumentTextHistory = {
      last: entries[adopted],
      versionStarts: new Map([
        [1, entries[0].working],
        [2, entries[adopted].working],
      ]),
    };
    const rows = batch.map((change) => {
      const step = textHistoryStep(change, history);
      history = step.history;
      return step.row;
    });
    const versionRows = [{ eventType: 'VersionAdopted', working: entries[adopted].working, change: null, corrects: null }, ...rows];
    expect(rows.map((row, i) => [row.position, row.versionNumber, foldTextHistory(versionRows.slice(0, i + 2))])).toEqual(
      entries.slice(adopted + 1).map((entry, i) => [adopted + 2 + i, entry.versionNumber, expect.objectContaining(textOf(entry))]),
    );
  });

  it('keeps the change in each row and the whole text in snapshots, and the fold of a row from its snapshot is the full text', () => {
    // Rulings recorded as the write side records them: each toggles two words of O1; one on O2 is corrected away midway.
    const session = registered();
    const events: NewEvent[] = [session.steps[0].event];
    const ruled = (decisionId: string, applied: AmendmentOperation): NewEvent => ({
      type: 'AmendmentRuled',
      schemaVersion: 1,
      payload: { documentId: 'd-1', decisionId, amendmentId: `a-${decisionId}`, ruling: 'accepted', applied },
    });
    const o1 = session.wording(O1);
    const o1Changed = o1.replace('all possible', 'all appropriate');
    for (let i = 1; i <= 3 * MAX_CHANGES_BETWEEN_SNAPSHOTS; i++) {
      events.push(ruled(`dec-${i}`, i % 2 === 1 ? modify(O1, o1, o1Changed) : modify(O1, o1Changed, o1)));
      if (i === MAX_CHANGES_BETWEEN_SNAPSHOTS + 5) {
        const o2 = session.wording(O2);
        events.push(ruled('dec-o2', modify(O2, o2, o2.replace('and promote', 'and actively promote'))));
        events.push({
          type: 'DecisionCorrected',
          schemaVersion: 1,
          payload: {
            documentId: 'd-1',
            decisionId: 'dec-c',
            corrects: 'dec-o2',
            amendmentId: 'a-dec-o2',
            ruling: 'rejected',
            reason: 'in error',
          },
        });
      }
    }
    const entries: TextHistoryEntry[] = [];
    for (const event of events) entries.push(nextTextEntry(entries[entries.length - 1], entries[0]?.working, event));
    const changes = events.map((event, i): TextChange => ({ documentId: 'd-1', event: recorded(event, i + 1) }));
    let history: DocumentTextHistory | undefined;
    const rows = changes.map((change) => {
      const step = textHistoryStep(change, history);
      history = step.history;
      return step.row;
    });

    const snapshots = rows.filter((row) => row.working !== null);
    expect(snapshots.length).toBeGreaterThan(1);
    expect(snapshots.length).toBeLessThan(rows.length / 4);
    expect(rows.find((row) => row.eventType === 'DecisionCorrected')).toMatchObject({ corrects: 'dec-o2', change: null });
    expect(entries[entries.length - 1].working).toEqual(entries[0].working);
    expect(rows.filter((row) => row.working === null).every((row) => row.change !== null)).toBe(true);
    rows.forEach((row, i) => {
      expect(row.snapshotPosition).toBeLessThanOrEqual(row.position);
      expect(row.position - row.snapshotPosition).toBeLessThan(MAX_CHANGES_BETWEEN_SNAPSHOTS);
      // As the as-of read has them: the version's rows up to this one, the whole text only from the row's snapshot.
      const read = rows.slice(0, i + 1).map((r) => ({ ...r, working: r.position === row.snapshotPosition ? r.working : null }));
      expect(foldTextHistory(read)).toMatchObject(textOf(entries[i]));
    });
  });

  it('reads no last entry for a document the batch registers', () => {
    const changes = registered().steps.map(({ event }, i): TextChange => ({ documentId: 'd-1', event: recorded(event, i + 1) }));
    expect(textHistoryReads(changes)).toEqual({ lastBefore: new Map(), versionStartsBefore: new Map() });
  });
});
