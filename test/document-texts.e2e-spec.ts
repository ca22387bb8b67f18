import { INestApplication } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  AMENDMENTS_MERGED,
  AMENDMENT_RULED,
  Actor,
  BRACKETS_SETTLED,
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  RecordedEvent,
  VERSION_ADOPTED,
  documentStreamId,
  upcast,
  Phase,
} from '#libs/contracts';
import { LedgerCommand, DocumentCommand, evolveDocument, initialDocumentState } from '#libs/domain';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore } from '#libs/eventstore';
import { createDataSource, createLogger, runMigrations } from '#libs/platform';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from '#libs/read-models';
import { ProblemDetailsFilter, createValidationPipe } from '#libs/runtime';
import {
  AmendmentOperation,
  ResolutionDocument,
  applyAmendment,
  importResolution,
  locateProvision,
  adoptedText,
  outlineDocument,
  readMarkedText,
  renderCleanText,
  renderHtml,
  renderMarkedText,
  diffDocuments,
  toInterchange,
} from '#libs/text';
import {
  GetDocumentText,
  GetDocumentTextHandler,
  GetMarkedText,
  GetMarkedTextHandler,
  MarkedComparison,
  TEXT_QUERY_HANDLERS,
  TextAnswer,
  TextsController,
  documentTextView,
} from '../apps/gateway/src/texts';
import { ExecuteLedgerCommand, ExecuteLedgerCommandHandler } from '../apps/ledger/src/ledger-command-executor';
import { Projection } from '../apps/projector/src/projection';
import { ProjectionRunner } from '../apps/projector/src/projection-runner';
import { ConsultationsProjection } from '../apps/projector/src/projections/consultations.projection';
import { ContributionsProjection } from '../apps/projector/src/projections/contributions.projection';
import { DocumentTextsProjection } from '../apps/projector/src/projections/document-texts.projection';
import { DocumentsProjection } from '../apps/projector/src/projections/documents.projection';
import { StakeholdersProjection } from '../apps/projector/src/projections/stakeholders.projection';
import { DecidedChanges, modifyWords, offerAlternatives, res1334, wordingOf } from './support/negotiation-text';
import { createTestDatabase } from './support/test-database';

const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const isoc: Actor = { id: 'isoc', role: 'stakeholder' };

// Provisions of the English excerpt of Resolution 1334 (Modified 2023).
const O1 = 'op-1-1';
const O2 = 'op-1-2';
const R2 = 'pre-1-2';
const E1 = 'op-3-1';
const E2 = 'op-3-2';

/** The text of a document after the events up to a position, computed by the text engine from the events alone: the latest version's text with the decisions since applied. */
function engineTextAt(events: readonly RecordedEvent[], position: number): { text: ResolutionDocument; versionNumber: number } | undefined {
  let version: { text: ResolutionDocument; versionNumber: number } | undefined;
  let decided = new DecidedChanges();
  for (const event of events) {
    if (event.position > position) break;
    switch (event.type) {
      case DOCUMENT_REGISTERED:
        version = { text: event.payload.text, versionNumber: 1 };
        break;
      case AMENDMENT_RULED:
      case AMENDMENTS_MERGED:
      case BRACKETS_SETTLED:
        decided.record(event.payload.decisionId, event.payload.applied);
        break;
      case DECISION_CORRECTED:
        decided.correct(event.payload.corrects, event.payload.decisionId, event.payload.applied);
        break;
      case VERSION_ADOPTED: {
        const adopted = event.payload;
        // An adoption freezes the text as decided so far, under the resolution's own title and adoption line.
        expect(adopted.text).toEqual(adoptedText(decided.applyTo(version!.text), { meeting: adopted.meeting, number: adopted.number, symbol: adopted.symbol, adoptionLine: adopted.adoptionLine }));
        version = { text: adopted.text, versionNumber: adopted.versionNumber };
        decided = new DecidedChanges();
        break;
      }
    }
  }
  return version && { text: decided.applyTo(version.text), versionNumber: version.versionNumber };
}

/** A text laid out line by line as the marked text lays it out, without tags or marks: what `readMarkedText` must give back. */
function reading(doc: ResolutionDocument): string[] {
  const out = [doc.title, doc.body];
  const places = outlineDocument(doc);
  for (const part of ['preamble', 'operative'] as const) {
    for (const section of doc[part]) {
      out.push(section.heading);
      for (const place of places.filter((p) => p.sectionId === section.id)) {
        const indent = '  '.repeat(place.depth);
        out.push(`${indent}${place.printedLabel}\t${place.provision.text}`);
        for (const footnote of place.provision.footnotes) out.push(`${indent}  [^${footnote.id}] ${footnote.text}`);
      }
    }
  }
  return out.filter((line) => line.trim() !== '');
}

function applied(doc: ResolutionDocument, ...ops: AmendmentOperation[]): ResolutionDocument {
  return ops.reduce((text, op) => {
    const result = applyAmendment(text, op);
    if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
    return result.value;
  }, doc);
}

function value<T>(answer: TextAnswer<T>): T {
  if (!answer.ok) throw new Error(`expected an answer, got ${answer.status}: ${answer.detail}`);
  return answer.value;
}

describe('the document texts: projected from the write side, answered as of any moment and marked between versions', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let ledger: ExecuteLedgerCommandHandler;
  let runner: ProjectionRunner;
  let app: INestApplication;
  let english: ResolutionDocument;
  let arabic: ResolutionDocument;
  const projections: Projection[] = [new ConsultationsProjection(), new StakeholdersProjection(), new DocumentsProjection(), new ContributionsProjection(), new DocumentTextsProjection()];

  const consultationId = randomUUID();
  const en = randomUUID();
  const ar = randomUUID();
  /** Global positions of the moments the checks name. */
  const at: Record<string, number> = {};

  async function send(actor: Actor, command: LedgerCommand): Promise<number> {
    const metadata = { actor, correlationId: randomUUID(), requestedAt: new Date().toISOString() };
    const outcome = await ledger.execute(new ExecuteLedgerCommand({ command, metadata }));
    if (!outcome.ok) throw new Error(`${command.kind} refused: ${outcome.refusal.code} ${outcome.refusal.message}`);
    return outcome.position;
  }

  const on = (documentId: string, actor: Actor, command: DocumentCommand) => send(actor, command.kind === 'RegisterDocument' ? command : { ...command, documentId });
  const phase = (to: Phase, reason?: string) => send(chair, { kind: 'ChangePhase', consultationId, to, ...(reason ? { reason } : {}) });
  const propose = (documentId: string, actor: Actor, amendmentId: string, operation: AmendmentOperation) =>
    on(documentId, actor, { kind: 'ProposeAmendment', amendmentId, versionNumber: 1, proposers: [actor.id], operation });

  /** Feeds the whole log to the runner from its resume position, in small batches that cut across streams. */
  async function project(batchSize = 5): Promise<void> {
    let after = await runner.resumePosition();
    for (;;) {
      const batch = await store.readAll(after, batchSize);
      if (batch.length === 0) return;
      await runner.applyBatch(batch);
      after = batch[batch.length - 1].position;
    }
  }

  async function streamOf(documentId: string): Promise<RecordedEvent[]> {
    return (await store.readStream(documentStreamId(documentId))).map((event) => upcast(event));
  }

  const textOf = (documentId: string, moment?: ConstructorParameters<typeof GetDocumentText>[1]) => new GetDocumentTextHandler(dataSource).execute(new GetDocumentText(documentId, moment));
  const markedOf = (documentId: string, range?: ConstructorParameters<typeof GetMarkedText>[1]) => new GetMarkedTextHandler(dataSource).execute(new GetMarkedText(documentId, range));
  const sitting = { meeting: 'CWG-WSIS&SDG-44', date: '2026-04-10' };
  const adoption = { label: 'Modified 2026', meeting: 'sixth Plenary Meeting', date: '2026-06-12' };

  beforeAll(async () => {
    database = await createTestDatabase('document_texts');
    await runMigrations(database.url, 'ledger', EVENT_STORE_MIGRATIONS);
    await runMigrations(database.url, 'projector', READ_MODEL_MIGRATIONS);
    dataSource = await createDataSource({ url: database.url, entities: READ_MODEL_ENTITIES, applicationName: 'document-texts-test' }).initialize();
    store = new PostgresEventStore(dataSource);
    ledger = new ExecuteLedgerCommandHandler(store);
    runner = new ProjectionRunner(dataSource, projections, createLogger('projector-test', 'error'));
    english = importResolution(readFileSync(join(__dirname, '..', 'libs', 'text', 'src', 'import', 'fixtures', 'itu-res1334-excerpt.en.txt'), 'utf8')).document;
    arabic = res1334();

    for (const [id, name, category, region] of [
      ['egypt', 'Arab Republic of Egypt', 'member-state', 'arab-states'],
      ['kenya', 'Republic of Kenya', 'member-state', 'africa'],
      ['isoc', 'Internet Society', 'technical-community', 'global'],
    ] as const) {
      await send(secretariat, { kind: 'RegisterStakeholder', stakeholder: { stakeholderId: id, name, category, region, memberIds: [] } });
    }
    await send(secretariat, {
      kind: 'RegisterConsultation',
      consultation: {
        consultationId,
        title: 'مراجعة القرار 1334 (المعدَّل في 2023)',
        body: 'ITU Council',
        subject: 'WSIS+20 review',
        originalLanguage: 'ar',
        chairs: ['chair-1'],
        deadlines: {},
        restricted: false,
      },
    });
    at.enRegistered = await on(en, secretariat, {
      kind: 'RegisterDocument',
      document: { documentId: en, consultationId, symbol: 'C23/71-E', versionLabel: 'Modified 2023', text: english, source: { kind: 'import', warnings: 0 } },
    });
    at.arRegistered = await on(ar, secretariat, {
      kind: 'RegisterDocument',
      document: { documentId: ar, consultationId, symbol: 'C23/71-A', versionLabel: 'المعدَّل في 2023', text: arabic, source: { kind: 'import', warnings: 0 } },
    });

    // Contributions: every amendment is drafted against version 1.
    await phase('open-for-contributions');
    await propose(en, egypt, 'a-1', modifyWords(english, O1, 'all possible', 'all appropriate'));
    await propose(en, kenya, 'a-2', modifyWords(english, O1, 'United Nations organizations', 'United Nations entities'));
    await propose(en, kenya, 'a-3', offerAlternatives(english, R2, 'Resolution', ['Resolution', 'the relevant resolution']));
    await propose(en, egypt, 'a-4', { kind: 'add', newId: 'op-1-report', position: { after: O2 }, text: 'to report to the Council at its 2026 session;' });
    await propose(en, isoc, 'a-5', { kind: 'suppress', provisionId: E1 });
    await propose(en, isoc, 'a-6', modifyWords(english, O1, 'all possible', 'every necessary'));
    await propose(en, egypt, 'a-7', modifyWords(english, E2, 'participate actively', 'participate fully'));
    await propose(en, kenya, 'a-8', modifyWords(english, E2, 'participate actively', 'take an active part'));
    await propose(ar, egypt, 'b-1', modifyWords(arabic, 'op-1-1', 'جميع التدابير الممكنة', 'جميع التدابير المناسبة'));
    await propose(ar, egypt, 'b-2', {
      kind: 'add',
      newId: 'pre-1-egypt',
      position: { before: 'pre-1-1' },
      text: 'بقرار الجمعية العامة للأمم المتحدة بشأن الوثيقة الختامية للاجتماع الرفيع المستوى للجمعية العامة بشأن الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات (2025)؛',
    });
    await propose(ar, kenya, 'b-3', { kind: 'suppress', provisionId: 'op-1-6' });

    // Negotiation: rulings, brackets, a reservation, a deferral and a correction.
    await phase('negotiation');
    at.enRuling = await on(en, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-1', amendmentId: 'a-1', ruling: 'accepted', ...sitting });
    at.arRuling = await on(ar, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-b1', amendmentId: 'b-1', ruling: 'accepted', ...sitting });
    await on(en, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-2', amendmentId: 'a-3', ruling: 'accepted', ...sitting });
    at.enBrackets = await on(en, chair, { kind: 'SettleBrackets', decisionId: 'dec-3', provisionId: R2, bracketIndex: 0, choice: 1, ...sitting });
    at.enRejection = await on(en, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-4', amendmentId: 'a-4', ruling: 'rejected', reason: 'no support', ...sitting });
    at.enReservation = await on(en, chair, { kind: 'RecordReservation', decisionId: 'dec-5', stakeholderId: 'kenya', provisionId: O1, text: 'Kenya reserves its position on "all appropriate".', ...sitting });
    at.arAddition = await on(ar, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-b2', amendmentId: 'b-2', ruling: 'accepted', ...sitting });
    await on(ar, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-b3', amendmentId: 'b-3', ruling: 'rejected', ...sitting });
    await on(en, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-6', amendmentId: 'a-7', ruling: 'deferred', ...sitting });
    at.enCorrection = await on(en, chair, {
      kind: 'CorrectDecision',
      decisionId: 'dec-7',
      corrects: 'dec-4',
      ruling: 'accepted',
      reason: 'the plenary had agreed to the report',
      meeting: 'CWG-WSIS&SDG-45',
      date: '2026-04-11',
    });

    // Adoption of both texts, the undecided English amendments recorded as left open.
    await phase('adoption');
    at.enAdoption = await on(en, chair, { kind: 'AdoptVersion', decisionId: 'dec-8', ...adoption, leaveOpen: { amendmentIds: ['a-2', 'a-5', 'a-6', 'a-7', 'a-8'] } });
    at.arAdoption = await on(ar, chair, { kind: 'AdoptVersion', decisionId: 'dec-b4', label: 'المعدَّل في 2026', meeting: 'الجلسة العامة السادسة', date: '2026-06-12' });

    // Back in negotiation, an amendment left open is accepted: the working text moves past version 2.
    await phase('negotiation', 'the amendments left open are taken up again');
    at.enAfterAdoption = await on(en, chair, { kind: 'RuleOnAmendment', decisionId: 'dec-9', amendmentId: 'a-5', ruling: 'accepted', meeting: 'CWG-WSIS&SDG-46', date: '2026-09-01' });
    at.head = await send(secretariat, { kind: 'RegisterStakeholder', stakeholder: { stakeholderId: 'apc', name: 'Association for Progressive Communications', category: 'civil-society', region: 'global', memberIds: [] } });

    await project();

    const moduleRef = await Test.createTestingModule({
      imports: [CqrsModule.forRoot()],
      controllers: [TextsController],
      providers: [...TEXT_QUERY_HANDLERS, { provide: DataSource, useValue: dataSource }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new ProblemDetailsFilter(createLogger('gateway-test', 'error')));
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('keeps one history row per change of each text, and moves its checkpoint to the head of the log', async () => {
    const rows = await dataSource.query(
      'SELECT position::int AS position, event_type, decision_id, version_number, version_label FROM document_text_history WHERE document_id = $1 ORDER BY position',
      [en],
    );
    expect(rows.map((row: Record<string, unknown>) => [row.event_type, row.decision_id, row.version_number])).toEqual([
      ['DocumentRegistered', null, 1],
      ['AmendmentRuled', 'dec-1', 1],
      ['AmendmentRuled', 'dec-2', 1],
      ['BracketsSettled', 'dec-3', 1],
      ['DecisionCorrected', 'dec-7', 1],
      ['VersionAdopted', 'dec-8', 2],
      ['AmendmentRuled', 'dec-9', 2],
    ]);
    expect(rows.map((row: { position: number }) => row.position)).toEqual(expect.arrayContaining([at.enRegistered, at.enRuling, at.enBrackets, at.enCorrection, at.enAdoption, at.enAfterAdoption]));
    expect(await dataSource.query("SELECT position FROM projection_checkpoints WHERE name = 'document_texts' AND version = 1")).toEqual([{ position: String(at.head) }]);
  });

  it('answers the text as of every position of the log exactly as the text engine computes it from the events', async () => {
    for (const documentId of [en, ar]) {
      const events = await streamOf(documentId);
      const domain = events.reduce(evolveDocument, initialDocumentState);
      for (let position = 1; position <= at.head; position++) {
        const expected = engineTextAt(events, position);
        const answer = await textOf(documentId, { kind: 'position', position });
        if (!expected) {
          expect(answer).toEqual({ ok: false, status: 404, detail: expect.stringContaining('did not exist yet at position') });
          continue;
        }
        const text = value(answer);
        expect({ position, document: text.document, versionNumber: text.versionNumber }).toEqual({ position, document: expected.text, versionNumber: expected.versionNumber });
        // The answer names the last change at or before the position.
        const last = events.filter((event) => event.position <= position && event.position === text.position);
        expect(last).toHaveLength(1);
      }
      // Now: the working text, as the write side has it.
      const now = value(await textOf(documentId));
      expect(now.document).toEqual(domain.working);
      expect(now.document).toEqual(engineTextAt(events, at.head)!.text);
    }
  });

  it('answers the named moments: after registration, a ruling, a correction and an adoption', async () => {
    const registered = value(await textOf(en, { kind: 'position', position: at.enRegistered }));
    expect(registered).toMatchObject({ documentId: en, versionNumber: 1, versionLabel: 'Modified 2023', position: at.enRegistered, eventType: 'DocumentRegistered', decisionId: null, appliedDecisionIds: [] });
    expect(registered.document).toEqual(english);

    const beforeRuling = value(await textOf(en, { kind: 'position', position: at.enRuling - 1 }));
    expect(beforeRuling.document).toEqual(english);
    const ruling = value(await textOf(en, { kind: 'position', position: at.enRuling }));
    expect(ruling).toMatchObject({ eventType: 'AmendmentRuled', decisionId: 'dec-1', appliedDecisionIds: ['dec-1'] });
    expect(wordingOf(ruling.document, O1)).toBe(wordingOf(english, O1).replace('all possible', 'all appropriate'));

    // A rejection and a reservation change nothing: the text stands as the brackets left it.
    const reservation = value(await textOf(en, { kind: 'position', position: at.enReservation }));
    expect(reservation).toMatchObject({ position: at.enBrackets, decisionId: 'dec-3', appliedDecisionIds: ['dec-1', 'dec-2', 'dec-3'] });
    expect(locateProvision(reservation.document, 'op-1-report')).toBeUndefined();

    const correction = value(await textOf(en, { kind: 'position', position: at.enCorrection }));
    expect(correction).toMatchObject({ eventType: 'DecisionCorrected', decisionId: 'dec-7', appliedDecisionIds: ['dec-1', 'dec-2', 'dec-3', 'dec-7'] });
    expect(wordingOf(correction.document, 'op-1-report')).toBe('to report to the Council at its 2026 session;');

    const adopted = value(await textOf(en, { kind: 'position', position: at.enAdoption }));
    expect(adopted).toMatchObject({ eventType: 'VersionAdopted', decisionId: 'dec-8', versionNumber: 2, versionLabel: 'Modified 2026', appliedDecisionIds: [] });
    // The provisions as decided; the draft's symbol is the contribution's, not the resolution's, and the adoption line is the meeting's.
    expect({ ...adopted.document, metadata: {} }).toEqual({ ...correction.document, metadata: {} });
    expect(adopted.document.metadata).toEqual({ originalLanguage: 'en', adoption: 'adopted at the sixth Plenary Meeting' });
    expect(correction.document.metadata.symbol).toBe('C23/71-E');
    expect(value(await textOf(en, { kind: 'version', versionNumber: 2 })).document).toEqual(adopted.document);

    const arabicRuling = value(await textOf(ar, { kind: 'position', position: at.arAddition }));
    expect(arabicRuling.document.preamble[0].provisions.map((p) => p.id).slice(0, 2)).toEqual(['pre-1-egypt', 'pre-1-1']);
    expect(wordingOf(arabicRuling.document, 'op-1-1')).toContain('جميع التدابير المناسبة');
  });

  it('answers the text as of a time: the last change recorded at or before it, to the millisecond', async () => {
    for (const documentId of [en, ar]) {
      const events = await streamOf(documentId);
      const all = await store.readAll(0, 10_000);
      const positionAt = (time: number) => Math.max(0, ...all.filter((event) => Date.parse(event.recordedAt) <= time).map((event) => event.position));
      for (const event of events) {
        for (const time of [Date.parse(event.recordedAt), Date.parse(event.recordedAt) - 1]) {
          const expected = engineTextAt(events, positionAt(time));
          const answer = await textOf(documentId, { kind: 'time', at: new Date(time) });
          if (!expected) {
            expect(answer).toEqual({ ok: false, status: 404, detail: expect.stringContaining('did not exist yet at') });
            continue;
          }
          expect(value(answer).document).toEqual(expected.text);
          expect(value(answer).recordedAt.getTime()).toBeLessThanOrEqual(time);
        }
      }
    }
    const adoption = (await streamOf(en)).find((event) => event.position === at.enAdoption)!;
    expect(value(await textOf(en, { kind: 'time', at: new Date(adoption.recordedAt) }))).toMatchObject({ versionNumber: 2, position: at.enAdoption });
  });

  it('answers each version, and says what is not there (yet)', async () => {
    expect(value(await textOf(en, { kind: 'version', versionNumber: 1 })).document).toEqual(english);
    expect(value(await textOf(ar, { kind: 'version', versionNumber: 1 })).document).toEqual(arabic);
    expect(await textOf(en, { kind: 'version', versionNumber: 3 })).toEqual({ ok: false, status: 404, detail: `Document ${en} has no version 3 (yet).` });
    expect(await textOf(randomUUID())).toEqual({ ok: false, status: 404, detail: expect.stringMatching(/^No document .* \(yet/) });
    expect(await textOf(en, { kind: 'time', at: new Date('2020-01-01T00:00:00Z') })).toEqual({ ok: false, status: 404, detail: expect.stringContaining('it was registered at position') });
    expect(await textOf(en, { kind: 'position', position: at.head + 1 })).toEqual({ ok: false, status: 404, detail: expect.stringContaining(`projected up to position ${at.head}`) });
  });

  describe('the marked text', () => {
    function expectBothVersionsIn(comparison: MarkedComparison, before: ResolutionDocument, after: ResolutionDocument): string {
      expect(comparison.before).toEqual(before);
      expect(comparison.after).toEqual(after);
      const marked = renderMarkedText(comparison.diff, 'text');
      expect(readMarkedText(marked, 'before')).toEqual(reading(before));
      expect(readMarkedText(marked, 'after')).toEqual(reading(after));
      return marked;
    }

    it('marks the latest version against the one before by default, word by word', async () => {
      const events = await streamOf(en);
      const comparison = value(await markedOf(en));
      expect(comparison.from).toEqual({ kind: 'version', versionNumber: 1, versionLabel: 'Modified 2023' });
      expect(comparison.to).toEqual({ kind: 'version', versionNumber: 2, versionLabel: 'Modified 2026' });
      const marked = expectBothVersionsIn(comparison, english, engineTextAt(events, at.enAdoption)!.text);
      expect(marked).toContain('MOD\t1\tto take all [-possible-][+appropriate+] measures to encourage the full involvement');
      expect(marked).toContain('ADD\t[+3\tto report to the Council at its 2026 session;+]');
      expect(comparison.diff.summary).toMatchObject({ inserted: ['op-1-report'], modified: expect.arrayContaining([O1, R2]) });
    });

    it('marks the Arabic version 2 against version 1, with the relettered recitals', async () => {
      const events = await streamOf(ar);
      const comparison = value(await markedOf(ar, { from: 1, to: { kind: 'version', versionNumber: 2 } }));
      const marked = expectBothVersionsIn(comparison, arabic, engineTextAt(events, at.arAdoption)!.text);
      expect(marked).toContain('جميع التدابير [-الممكنة-][+المناسبة+]');
      expect(comparison.diff.summary.relabelled.length).toBeGreaterThan(0);
      expect(comparison.diff.summary.inserted).toEqual(['pre-1-egypt']);
    });

    it('marks the working text against the latest version', async () => {
      const events = await streamOf(en);
      const comparison = value(await markedOf(en, { to: { kind: 'working' } }));
      expect(comparison.from).toEqual({ kind: 'version', versionNumber: 2, versionLabel: 'Modified 2026' });
      expect(comparison.to).toMatchObject({ kind: 'working', versionNumber: 2, appliedDecisionIds: ['dec-9'] });
      const marked = expectBothVersionsIn(comparison, engineTextAt(events, at.enAdoption)!.text, engineTextAt(events, at.head)!.text);
      expect(marked).toContain('SUP\t[-1\tcontribute to the work of the Council Working Group');
      expect(comparison.diff.summary.deleted).toEqual([E1]);
    });

    it('marks what everything proposed would make of the text, leaving out the amendments that conflict', async () => {
      const events = await streamOf(en);
      const working = engineTextAt(events, at.head)!.text;
      const comparison = value(await markedOf(en, { from: 1, to: { kind: 'pending' } }));
      expect(comparison.to).toMatchObject({ kind: 'pending', versionNumber: 2, amendmentIds: ['a-2', 'a-7'] });
      expect(comparison.notApplied).toEqual([
        { amendmentId: 'a-6', code: 'overlapping-words', reason: expect.stringContaining(O1) },
        { amendmentId: 'a-8', code: 'conflict', reason: expect.stringContaining(E2) },
      ]);
      // The text engine directly: the undecided a-2 and a-7 applied to the working text.
      const everything = applied(
        working,
        modifyWords(working, O1, 'United Nations organizations', 'United Nations entities'),
        modifyWords(working, E2, 'participate actively', 'participate fully'),
      );
      const marked = expectBothVersionsIn(comparison, english, everything);
      expect(marked).toContain('all [-possible-][+appropriate+] measures');
      expect(marked).toContain('United Nations [-organizations-][+entities+]');
      expect(marked).toContain('participate [-actively-][+fully+]');
    });

    it('says which version is not there, and refuses version 1 without a version before it', async () => {
      expect(await markedOf(en, { from: 1, to: { kind: 'version', versionNumber: 3 } })).toEqual({ ok: false, status: 404, detail: `Document ${en} has no version 3 (yet).` });
      expect(await markedOf(en, { to: { kind: 'version', versionNumber: 1 } })).toEqual({ ok: false, status: 400, detail: expect.stringContaining('no version before it') });
      expect(await markedOf(randomUUID())).toEqual({ ok: false, status: 404, detail: expect.stringMatching(/^No document/) });
    });
  });

  it('writes the same rows when the log is delivered again, and when rebuilt under a new version over its old rows', async () => {
    const dump = () => dataSource.query('SELECT * FROM document_text_history ORDER BY document_id, position');
    const before = await dump();
    await runner.applyBatch(await store.readAll(0, 10_000));
    expect(await dump()).toEqual(before);

    const texts = new DocumentTextsProjection();
    const rebuilt: Projection = { name: texts.name, version: texts.version + 1, tables: texts.tables, handles: texts.handles, apply: (events, manager) => texts.apply(events, manager) };
    const rebuilder = new ProjectionRunner(dataSource, [rebuilt], createLogger('projector-test', 'error'));
    expect(await rebuilder.resumePosition()).toBe(0);
    for (const batch of [await store.readAll(0, 9), await store.readAll(9, 10_000)]) await rebuilder.applyBatch(batch);
    expect(await dump()).toEqual(before);
  });

  describe('over HTTP', () => {
    const get = (path: string) => request(app.getHttpServer()).get(path);

    it('answers JSON by default: the interchange format with where the text stands in the record', async () => {
      const response = await get(`/api/v1/documents/${en}/text?position=${at.enCorrection}`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers.vary).toBe('Accept');
      const expected = documentTextView(value(await textOf(en, { kind: 'position', position: at.enCorrection })));
      expect(response.body).toEqual(expected);
      expect(response.body).toMatchObject({ documentId: en, versionNumber: 1, position: at.enCorrection, changedBy: 'DecisionCorrected', decisionId: 'dec-7' });
      expect(response.body.text).toEqual(toInterchange(engineTextAt(await streamOf(en), at.enCorrection)!.text));
    });

    it('answers the clean text and an HTML page, right to left for Arabic', async () => {
      const working = value(await textOf(ar)).document;
      const text = await get(`/api/v1/documents/${ar}/text`).set('accept', 'text/plain');
      expect(text.status).toBe(200);
      expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(text.headers['content-language']).toBe('ar');
      expect(text.text).toBe(renderCleanText(working));

      const html = await get(`/api/v1/documents/${ar}/text?format=html`);
      expect(html.status).toBe(200);
      expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(html.text).toBe(renderHtml(working, { page: true }));
      expect(html.text).toContain('<html lang="ar" dir="rtl">');

      const version1 = await get(`/api/v1/documents/${en}/text?version=1`).set('accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
      expect(version1.text).toContain('<html lang="en" dir="ltr">');
      expect(version1.text).toBe(renderHtml(english, { page: true }));
    });

    it('answers the marked text as JSON, plain text and HTML', async () => {
      const comparison = value(await markedOf(en, { from: 1, to: { kind: 'pending' } }));
      const json = await get(`/api/v1/documents/${en}/marked?from=1&to=pending`);
      expect(json.status).toBe(200);
      expect(json.body).toMatchObject({
        documentId: en,
        from: { kind: 'version', versionNumber: 1 },
        to: { kind: 'pending', versionNumber: 2, amendmentIds: ['a-2', 'a-7'], appliedDecisionIds: ['dec-9'] },
        summary: JSON.parse(JSON.stringify(comparison.diff.summary)),
        marked: renderMarkedText(comparison.diff, 'text'),
        notApplied: [expect.objectContaining({ amendmentId: 'a-6' }), expect.objectContaining({ amendmentId: 'a-8' })],
      });

      const plain = await get(`/api/v1/documents/${ar}/marked`).set('accept', 'text/plain');
      expect(plain.headers['content-type']).toBe('text/plain; charset=utf-8');
      const arabicComparison = value(await markedOf(ar));
      expect(plain.text).toBe(renderMarkedText(diffDocuments(arabicComparison.before, arabicComparison.after), 'text'));

      const html = await get(`/api/v1/documents/${ar}/marked?format=html`);
      expect(html.text).toContain('<html lang="ar" dir="rtl">');
      expect(html.text).toContain('<del>');
      expect(html.text).toContain('<ins>');
    });

    it.each([
      ['two moments at once', 'text?version=1&position=3', 400],
      ['an unparsable time', 'text?asOf=10%20April%202026', 400],
      ['a date without a time', 'text?asOf=2026-04-10', 400],
      ['a misspelt parameter', 'text?versoin=1', 400],
      ['an unknown format', 'text?format=pdf', 400],
      ['a version that is not a number', 'marked?from=first', 400],
      ['version 1 without a version before it', 'marked?to=1', 400],
      ['a moment before the document existed', 'text?asOf=2020-01-01T00:00:00Z', 404],
      ['a version not adopted (yet)', 'text?version=7', 404],
      ['a version not adopted (yet), marked', 'marked?from=1&to=7', 404],
    ])('answers %s with problem details', async (_, path, status) => {
      const response = await get(`/api/v1/documents/${en}/${path}`);
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
    });

    it('answers 404 for a document that does not exist, and 406 when no representation is acceptable', async () => {
      expect((await get(`/api/v1/documents/${randomUUID()}/text`)).status).toBe(404);
      expect((await get(`/api/v1/documents/${randomUUID()}/marked`)).status).toBe(404);
      const refused = await get(`/api/v1/documents/${en}/text`).set('accept', 'application/pdf');
      expect(refused.status).toBe(406);
      expect(refused.body).toMatchObject({ status: 406, title: 'Not acceptable' });
    });
  });
});
