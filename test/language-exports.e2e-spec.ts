import { INestApplication } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Actor, documentStreamId, languageVersionAdded, translationRecorded } from '#libs/contracts';
import { readDocx } from '#libs/documents';
import { createLogger } from '#libs/platform';
import { ProblemDetailsFilter, createValidationPipe } from '#libs/runtime';
import { AKOMA_NTOSO_QUERY_HANDLERS } from '../apps/gateway/src/akoma-ntoso';
import { LANGUAGE_QUERY_HANDLERS } from '../apps/gateway/src/languages';
import { PdfPrinter } from '../apps/gateway/src/pdf';
import { TEXT_QUERY_HANDLERS, TextsController } from '../apps/gateway/src/texts';
import { ConsultationsProjection } from '../apps/projector/src/projections/consultations.projection';
import { DocumentTextsProjection } from '../apps/projector/src/projections/document-texts.projection';
import { DocumentsProjection } from '../apps/projector/src/projections/documents.projection';
import { LanguageVersionsProjection } from '../apps/projector/src/projections/language-versions.projection';
import { languageVersionFiles } from '../libs/documents/src/akoma-ntoso/testing/language-version-files';
import { arabicVersion, englishOriginal } from '../libs/documents/src/language-edition/testing/two-languages';
import { ProjectedLedger, openProjectedLedger } from './support/projected-ledger';

/*
 * A document's original and its Arabic version as Akoma Ntoso: one work, two expressions,
 * both valid against the OASIS schema as Debian's xmllint reads it.
 */

const SCHEMA = join(__dirname, 'schemas', 'akoma-ntoso', 'akomantoso30.xsd');
const run = promisify(execFile);

describe('a document in two languages as Akoma Ntoso files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'akn-languages-'));
  const files = languageVersionFiles();
  const paths = (['en', 'ar'] as const).map((language) => {
    const path = join(dir, `resolution-1500.${language}.akn.xml`);
    writeFileSync(path, files[language]);
    return path;
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the same work and a different expression in each', () => {
    const uris = (xml: string) => [...xml.matchAll(/<FRBRuri value="([^"]+)"/gu)].map((m) => m[1]);
    const [enWork, enExpression] = uris(files.en);
    const [arWork, arExpression] = uris(files.ar);
    expect(arWork).toBe(enWork);
    expect(arExpression).not.toBe(enExpression);
    expect(arExpression).toBe(`${enWork}/ara@2026-06-12`);
  });

  it('validates both files with xmllint --schema', async () => {
    const { stderr } = await run('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, ...paths]);
    expect(stderr.trim().split('\n')).toEqual(paths.map((path) => `${path} validates`));
  });
});

/*
 * Over HTTP: a document negotiated in English with an Arabic version whose last paragraph
 * is not translated yet, read through the text and marked routes in every representation.
 * The Arabic version is recorded as the write side records it (LanguageVersionAdded on the
 * document's stream) and projected by the language versions projection.
 */
describe('a language version through the text and marked routes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'akn-languages-http-'));
  let ledger: ProjectedLedger;
  let app: INestApplication;
  const consultationId = randomUUID();
  const documentId = randomUUID();
  const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
  const get = (path: string, accept = 'application/json') =>
    request(app.getHttpServer()).get(`/api/v1/documents/${documentId}/${path}`).set('Accept', accept).buffer(true);

  beforeAll(async () => {
    ledger = await openProjectedLedger('language_exports', [
      new ConsultationsProjection(),
      new DocumentsProjection(),
      new DocumentTextsProjection(),
      new LanguageVersionsProjection(),
    ]);
    await ledger.send(secretariat, {
      kind: 'RegisterConsultation',
      consultation: {
        consultationId,
        title: 'Resolution 1500',
        body: 'ITU Council',
        subject: 'Language versions',
        originalLanguage: 'en',
        chairs: ['chair-1'],
        deadlines: {},
        restricted: false,
      },
    });
    await ledger.send(secretariat, {
      kind: 'RegisterDocument',
      document: {
        documentId,
        consultationId,
        symbol: 'Resolution 1500',
        versionLabel: 'Rev. 2026',
        text: englishOriginal,
        source: { kind: 'import', warnings: 0 },
      },
    });
    // The Arabic version without the words of 2: untranslated, printed in English with a note.
    const { ['res-2']: _untranslated, ...translated } = arabicVersion.provisions;
    const streamId = documentStreamId(documentId);
    const version = (await ledger.store.readStream(streamId)).length;
    await ledger.store.append(
      streamId,
      version,
      [
        languageVersionAdded({
          documentId,
          versionNumber: 1,
          text: { ...arabicVersion, provisions: translated },
          source: { format: 'interchange', importWarnings: 0 },
          alignment: { matched: 4, acceptedDoubtful: [] },
        }),
      ],
      { actor: secretariat, correlationId: randomUUID(), occurredAt: new Date().toISOString() },
    );
    await ledger.project(10);

    const moduleRef = await Test.createTestingModule({
      imports: [CqrsModule.forRoot()],
      controllers: [TextsController],
      providers: [
        ...TEXT_QUERY_HANDLERS,
        ...LANGUAGE_QUERY_HANDLERS,
        ...AKOMA_NTOSO_QUERY_HANDLERS,
        { provide: DataSource, useValue: ledger.dataSource },
        { provide: PdfPrinter, useValue: new PdfPrinter({ source: 'off', timeoutMs: 30_000 }) },
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new ProblemDetailsFilter(createLogger('gateway-test', 'error')));
    await app.init();
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await app?.close();
    await ledger?.close();
  });

  it('answers the Arabic text in JSON, the untranslated paragraph cited as printed', async () => {
    const answer = await get('text?language=ar');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-language']).toBe('ar');
    expect(answer.body).toMatchObject({ documentId, language: 'ar', originalLanguage: 'en', versionNumber: 1, working: true });
    expect(answer.body.awaiting).toEqual([{ provisionId: 'res-2', label: '2', heading: 'يقرر' }]);
  });

  it('prints the untranslated paragraph in English with the Arabic note, in plain text and HTML', async () => {
    const plain = await get('text?language=ar&format=text');
    expect(plain.text).toContain('إذ يذكّر\nأ )\tبالقرار 140 لمؤتمر المندوبين المفوضين،');
    expect(plain.text).toContain('2\tto report to the Council. [بالإنكليزية فقط – بانتظار الترجمة]');
    const html = await get('text?language=ar&version=1', 'text/html');
    expect(html.text).toContain('lang="ar" dir="rtl"');
    expect(html.text).toContain(
      '<span class="text" lang="en" dir="ltr">to report to the Council.</span> <em class="awaiting-translation" role="note">[بالإنكليزية فقط – بانتظار الترجمة]</em>',
    );
  });

  it('hands out the Arabic Word file right to left, and an Akoma Ntoso expression of the same work', async () => {
    const word = await get('text?language=ar&format=docx').parse(binary);
    expect(word.status).toBe(200);
    const content = readDocx(word.body as Buffer);
    expect(content.paragraphs.find((p) => p.runs.some((r) => r.text === 'إذ يذكّر'))?.rightToLeft).toBe(true);
    const en = await get('text?format=akn');
    const ar = await get('text?language=ar&format=akn');
    expect(ar.headers['content-disposition']).toContain('.ar.akn.xml');
    const uris = (xml: string) => [...xml.matchAll(/<FRBRuri value="([^"]+)"/gu)].map((m) => m[1]);
    expect(uris(ar.text)[0]).toBe(uris(en.text)[0]);
    expect(uris(ar.text)[1]).toBe(`${uris(en.text)[0]}/ara@${uris(en.text)[1].slice(-10)}`);
    const path = join(dir, 'over-http.ar.akn.xml');
    writeFileSync(path, ar.text);
    const { stderr } = await run('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, path]);
    expect(stderr.trim()).toBe(`${path} validates`);
  });

  it('refuses a language the document has no version in, a moment, and the pending text in another language', async () => {
    const french = await get('text?language=fr');
    expect(french.status).toBe(404);
    expect(french.body.detail).toContain('has no French text');
    const now = new Date().toISOString();
    const asOf = await get(`text?language=ar&asOf=${now}`);
    expect(asOf.status).toBe(400);
    expect(asOf.body.detail).toContain('not as of a moment');
    expect((await get('marked?language=ar&to=pending')).status).toBe(400);
    expect((await get('text?language=de')).status).toBe(400);
    // The original's language is the original, as of any moment.
    expect((await get(`text?language=en&asOf=${now}`)).status).toBe(200);
  });
  it('prints 2 in Arabic once it is translated, with no note left, and marks the Arabic text between version 1 and now', async () => {
    const streamId = documentStreamId(documentId);
    await ledger.store.append(
      streamId,
      (await ledger.store.readStream(streamId)).length,
      [
        translationRecorded({
          documentId,
          language: 'ar',
          provisions: [{ provisionId: 'res-2', text: arabicVersion.provisions['res-2'].text }],
          closes: [],
          translatorId: 'translator-1',
        }),
      ],
      { actor: { id: 'translator-1', role: 'translator' }, correlationId: randomUUID(), occurredAt: new Date().toISOString() },
    );
    await ledger.project(10);
    const json = await get('text?language=ar');
    expect(json.body.awaiting).toEqual([]);
    const plain = (await get('text?language=ar&format=text')).text;
    expect(plain).toContain('2\tأن يقدم تقريراً إلى المجلس.');
    expect(plain).not.toContain('بانتظار الترجمة');
    // Nothing was decided since version 1: the Arabic lines, none marked.
    const marked = await get('marked?language=ar&from=1&to=working&format=text');
    expect(marked.status).toBe(200);
    expect(marked.headers['content-language']).toBe('ar');
    expect(marked.text).toContain('\t2\tأن يقدم تقريراً إلى المجلس.\n');
    expect(marked.text).toContain('\tيقرر\n');
    expect(marked.text).not.toMatch(/\[[-+]/u);
    expect((await get('marked?language=ar&from=1&to=working')).body).toMatchObject({ from: { versionNumber: 1 }, to: { kind: 'working' } });
  });
});

/** Collects a binary answer (supertest buffers only text by default). */
function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const stream = res as unknown as NodeJS.ReadableStream;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
