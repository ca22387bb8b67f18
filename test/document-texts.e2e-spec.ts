import { INestApplication } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RecordedEvent, documentStreamId, upcast } from '#libs/contracts';
import { evolveDocument, initialDocumentState } from '#libs/domain';
import { PostgresEventStore } from '#libs/eventstore';
import { createLogger } from '#libs/platform';
import { ProblemDetailsFilter, createValidationPipe } from '#libs/runtime';
import {
  ResolutionDocument,
  importResolution,
  locateProvision,
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
  TextsController,
  documentTextView,
} from '../apps/gateway/src/texts';
import { PdfPrinter } from '../apps/gateway/src/pdf';
import { Projection } from '../apps/projector/src/projection';
import { ProjectionRunner } from '../apps/projector/src/projection-runner';
import { ConsultationsProjection } from '../apps/projector/src/projections/consultations.projection';
import { ContributionsProjection } from '../apps/projector/src/projections/contributions.projection';
import { DocumentTextsProjection } from '../apps/projector/src/projections/document-texts.projection';
import { DocumentsProjection } from '../apps/projector/src/projections/documents.projection';
import { StakeholdersProjection } from '../apps/projector/src/projections/stakeholders.projection';
import { applied, engineTextAt, reading, value } from './support/document-text-checks';
import { E1, E2, O1, R2, recordTwoTexts } from './support/document-texts-scenario';
import { modifyWords, res1334, wordingOf } from './support/negotiation-text';
import { ProjectedLedger, openProjectedLedger } from './support/projected-ledger';

describe('the document texts: projected from the write side, answered as of any moment and marked between versions', () => {
  let ledger: ProjectedLedger;
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  let app: INestApplication;
  let english: ResolutionDocument;
  let arabic: ResolutionDocument;
  const projections: Projection[] = [
    new ConsultationsProjection(),
    new StakeholdersProjection(),
    new DocumentsProjection(),
    new ContributionsProjection(),
    new DocumentTextsProjection(),
  ];

  const consultationId = randomUUID();
  const en = randomUUID();
  const ar = randomUUID();
  /** Global positions of the moments the checks name. */
  const at: Record<string, number> = {};
  const project = (batchSize = 5) => ledger.project(batchSize);

  async function streamOf(documentId: string): Promise<RecordedEvent[]> {
    return (await store.readStream(documentStreamId(documentId))).map((event) => upcast(event));
  }

  const textOf = (documentId: string, moment?: ConstructorParameters<typeof GetDocumentText>[1]) =>
    new GetDocumentTextHandler(dataSource).execute(new GetDocumentText(documentId, moment));
  const markedOf = (documentId: string, range?: ConstructorParameters<typeof GetMarkedText>[1]) =>
    new GetMarkedTextHandler(dataSource).execute(new GetMarkedText(documentId, range));

  beforeAll(async () => {
    ledger = await openProjectedLedger('document_texts', projections);
    ({ dataSource, store, runner } = ledger);
    english = importResolution(
      readFileSync(join(__dirname, '..', 'libs', 'text', 'src', 'import', 'fixtures', 'itu-res1334-excerpt.en.txt'), 'utf8'),
    ).document;
    arabic = res1334();

    Object.assign(at, await recordTwoTexts(ledger.send, { consultationId, en, ar }, english, arabic));
    await project();

    const moduleRef = await Test.createTestingModule({
      imports: [CqrsModule.forRoot()],
      controllers: [TextsController],
      // No browser: this spec reads text, HTML and JSON; the PDF is the pdf-export spec's.
      providers: [
        ...TEXT_QUERY_HANDLERS,
        { provide: DataSource, useValue: dataSource },
        { provide: PdfPrinter, useValue: new PdfPrinter({ source: 'off', timeoutMs: 30_000 }) },
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new ProblemDetailsFilter(createLogger('gateway-test', 'error')));
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await ledger?.close();
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
    expect(rows.map((row: { position: number }) => row.position)).toEqual(
      expect.arrayContaining([at.enRegistered, at.enRuling, at.enBrackets, at.enCorrection, at.enAdoption, at.enAfterAdoption]),
    );
    expect(await dataSource.query("SELECT position FROM projection_checkpoints WHERE name = 'document_texts' AND version = 1")).toEqual([
      { position: String(at.head) },
    ]);
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
        expect({ position, document: text.document, versionNumber: text.versionNumber }).toEqual({
          position,
          document: expected.text,
          versionNumber: expected.versionNumber,
        });
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
    expect(registered).toMatchObject({
      documentId: en,
      versionNumber: 1,
      versionLabel: 'Modified 2023',
      position: at.enRegistered,
      eventType: 'DocumentRegistered',
      decisionId: null,
      appliedDecisionIds: [],
    });
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
    expect(correction).toMatchObject({
      eventType: 'DecisionCorrected',
      decisionId: 'dec-7',
      appliedDecisionIds: ['dec-1', 'dec-2', 'dec-3', 'dec-7'],
    });
    expect(wordingOf(correction.document, 'op-1-report')).toBe('to report to the Council at its 2026 session;');

    const adopted = value(await textOf(en, { kind: 'position', position: at.enAdoption }));
    expect(adopted).toMatchObject({
      eventType: 'VersionAdopted',
      decisionId: 'dec-8',
      versionNumber: 2,
      versionLabel: 'Modified 2026',
      appliedDecisionIds: [],
    });
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
      const positionAt = (time: number) =>
        Math.max(0, ...all.filter((event) => Date.parse(event.recordedAt) <= time).map((event) => event.position));
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
    expect(value(await textOf(en, { kind: 'time', at: new Date(adoption.recordedAt) }))).toMatchObject({
      versionNumber: 2,
      position: at.enAdoption,
    });
  });

  it('answers each version, and says what is not there (yet)', async () => {
    expect(value(await textOf(en, { kind: 'version', versionNumber: 1 })).document).toEqual(english);
    expect(value(await textOf(ar, { kind: 'version', versionNumber: 1 })).document).toEqual(arabic);
    expect(await textOf(en, { kind: 'version', versionNumber: 3 })).toEqual({
      ok: false,
      status: 404,
      detail: `Document ${en} has no version 3 (yet).`,
    });
    expect(await textOf(randomUUID())).toEqual({ ok: false, status: 404, detail: expect.stringMatching(/^No document .* \(yet/) });
    expect(await textOf(en, { kind: 'time', at: new Date('2020-01-01T00:00:00Z') })).toEqual({
      ok: false,
      status: 404,
      detail: expect.stringContaining('it was registered at position'),
    });
    expect(await textOf(en, { kind: 'position', position: at.head + 1 })).toEqual({
      ok: false,
      status: 404,
      detail: expect.stringContaining(`projected up to position ${at.head}`),
    });
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
        expect.objectContaining({
          amendmentId: 'a-6',
          code: 'overlapping-words',
          key: 'amendment.rebase.wordsChanged',
          params: { provision: 'resolves to instruct the Secretary-General, 1' },
          reason: expect.stringContaining('resolves to instruct the Secretary-General, 1'),
        }),
        expect.objectContaining({
          amendmentId: 'a-8',
          code: 'conflict',
          key: 'amendment.rebase.wordsChanged',
          params: { provision: 'encourages Member States to' },
          reason: expect.stringContaining('encourages Member States to'),
        }),
      ]);
      // Each cited as people cite it: its proposers, what it does, the provision as printed (never its id).
      expect(comparison.notApplied?.map(({ proposers, action, provision }) => ({ proposers, action, provision }))).toEqual([
        { proposers: ['isoc'], action: 'modify', provision: 'resolves to instruct the Secretary-General, 1' },
        { proposers: ['kenya'], action: 'modify', provision: 'encourages Member States to, 2' },
      ]);
      // Cited as printed, never by id.
      expect(JSON.stringify(comparison.notApplied)).not.toMatch(new RegExp(`${O1}\\b|${E2}\\b`, 'u'));
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
      expect(await markedOf(en, { from: 1, to: { kind: 'version', versionNumber: 3 } })).toEqual({
        ok: false,
        status: 404,
        detail: `Document ${en} has no version 3 (yet).`,
      });
      expect(await markedOf(en, { to: { kind: 'version', versionNumber: 1 } })).toEqual({
        ok: false,
        status: 400,
        detail: expect.stringContaining('no version before it'),
      });
      expect(await markedOf(randomUUID())).toEqual({ ok: false, status: 404, detail: expect.stringMatching(/^No document/) });
    });
  });

  it('writes the same rows when the log is delivered again, and when rebuilt under a new version over its old rows', async () => {
    const dump = () => dataSource.query('SELECT * FROM document_text_history ORDER BY document_id, position');
    const before = await dump();
    await runner.applyBatch(await store.readAll(0, 10_000));
    expect(await dump()).toEqual(before);

    const texts = new DocumentTextsProjection();
    const rebuilt: Projection = {
      name: texts.name,
      version: texts.version + 1,
      tables: texts.tables,
      handles: texts.handles,
      apply: (events, manager) => texts.apply(events, manager),
    };
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
      expect(response.body).toMatchObject({
        documentId: en,
        versionNumber: 1,
        position: at.enCorrection,
        changedBy: 'DecisionCorrected',
        decisionId: 'dec-7',
      });
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
      ['an unknown format', 'text?format=rtf', 400],
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
      const refused = await get(`/api/v1/documents/${en}/text`).set('accept', 'image/png');
      expect(refused.status).toBe(406);
      expect(refused.body).toMatchObject({ status: 406, title: 'Not acceptable' });
    });
  });
});
