/**
 * A contribution written in Word by hand (issue 19), over HTTP on the embedded composition and
 * the test PostgreSQL: a delegation edits Council Resolution 1334 (the Arabic seed) with
 * tracked changes — a word changed mid-sentence, a paragraph added, one deleted, a footnote
 * added — and uploads the .docx; it gets the amendments, recording nothing; submits them as a
 * contribution. Hostile files are refused as problem details and record nothing.
 */
import { hostileUploads } from '../libs/documents/src/testing/hostile-uploads';
import { RES1334_EDITS, res1334ArSource, trackedRes1334Contribution } from '../libs/documents/src/testing/res1334-word-contribution';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { EmbeddedService, startEmbeddedService } from './support/embedded-service';
import { STAKEHOLDERS, contributionCover } from './support/negotiation-parties';
import { Answer, expectRefused, recorded, scenarioSteps } from './support/negotiation-steps';
import { tokenFor } from './support/tokens';
import { importResolution, toInterchange } from '#libs/text';
import { wordOfText } from '../libs/documents/src/testing/word-of-text';
import { printedMarksContribution, res1334ExcerptEn } from '../libs/documents/src/testing/printed-marks-contribution';

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

describe('Word documents in: a contribution with tracked changes, hostile files, a base text, printed marks with reasons', () => {
  const step = scenarioSteps();
  let service: EmbeddedService;
  let as: Record<'secretariat' | 'egypt', HttpClient>;
  let egyptToken = '';
  let secretariatToken = '';
  let consultationId = '';
  let documentId = '';
  let derived: any;

  /** The file as the raw request body, with the Word content type unless told otherwise. */
  const upload = async (
    body: Uint8Array,
    contentType = WORD,
    path = `/api/v1/documents/${documentId}/derived-proposal/docx`,
    token = egyptToken,
    language = 'en',
  ): Promise<Answer> => {
    const response = await fetch(new URL(path, service.gateway.baseUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType, 'accept-language': language },
      body,
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined, text };
  };

  beforeAll(async () => {
    service = await startEmbeddedService('wordin', { MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES) });
    egyptToken = await tokenFor('egypt', 'stakeholder');
    secretariatToken = await tokenFor('itu-secretariat', 'secretariat');
    as = { secretariat: service.gateway.as(secretariatToken), egypt: service.gateway.as(egyptToken) };
    recorded('register Egypt', await as.secretariat.post('/api/v1/stakeholders', STAKEHOLDERS.egypt));
    consultationId = recorded(
      'open the consultation',
      await as.secretariat.post('/api/v1/consultations', {
        title: 'Review of Resolution 1334',
        body: 'ITU Council',
        subject: 'WSIS+20 review',
        originalLanguage: 'ar',
        chairs: ['chair-cwg-wsis'],
      }),
    ).id;
    documentId = recorded(
      'register the base text',
      await as.secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        source: res1334ArSource(),
      }),
    ).id;
    recorded(
      'open for contributions',
      await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'open-for-contributions' }),
      200,
    );
    await eventually(async () => expect((await as.secretariat.get(`/api/v1/documents/${documentId}/versions/1`)).status).toBe(200));
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  });

  step('reads the uploaded .docx into the amendments it proposes, each against the provision it touches, and records nothing', async () => {
    const before = await service.eventCount();
    derived = recorded('upload', await upload(await trackedRes1334Contribution()), 200);
    expect(await service.eventCount()).toBe(before);
    expect(derived).toMatchObject({ documentId, versionNumber: 1, tracked: true, docxWarnings: [], warnings: [] });
    const { changedWord, addedAfter, footnote, deletedProvisionId } = RES1334_EDITS;
    expect(derived.amendments.map((a: any) => a.operation)).toEqual([
      { kind: 'add', newId: expect.any(String), position: { after: addedAfter.provisionId }, text: addedAfter.text },
      {
        kind: 'modify',
        provisionId: changedWord.provisionId,
        baseText: expect.stringContaining(changedWord.deleted),
        replacements: [expect.objectContaining({ text: changedWord.inserted })],
      },
      {
        kind: 'addFootnote',
        provisionId: footnote.provisionId,
        footnoteId: expect.any(String),
        text: footnote.text,
        anchor: footnote.afterWords,
      },
      { kind: 'suppress', provisionId: deletedProvisionId },
    ]);
    expect(derived.substance).toEqual({ kind: 'amendments', documentId, versionNumber: 1, amendments: derived.amendments });
    expect(derived.preview.html).toMatch(
      new RegExp(`<del>[^]*?${changedWord.deleted}</del>\\s*<ins>[^]*?${changedWord.inserted}</ins>`, 'u'),
    );
  });

  step('refuses hostile and wrong files as problem details, recording nothing', async () => {
    const before = await service.eventCount();
    expectRefused('a zip bomb', await upload(hostileUploads.zipBomb()), 422, 'compression-ratio-too-high');
    expectRefused('an external entity', await upload(hostileUploads.xxe()), 422, 'xml-doctype-refused');
    expectRefused('the billion laughs', await upload(hostileUploads.billionLaughs()), 422, 'xml-doctype-refused');
    expectRefused('too many entries', await upload(hostileUploads.manyEntries(1001)), 422, 'too-many-entries');
    const pdf = await upload(hostileUploads.renamedPdf());
    expectRefused('a PDF sent as a Word document', pdf, 415, 'not-a-zip');
    expect(pdf.json.code).toBe('not-a-zip');
    expectRefused('a file over MAX_UPLOAD_BYTES', await upload(new Uint8Array(MAX_UPLOAD_BYTES + 1)), 413, 'upload-too-large');
    expectRefused(
      'a Word document sent as PDF',
      await upload(await trackedRes1334Contribution(), 'application/pdf'),
      415,
      'unsupported-media-type',
    );
    expectRefused(
      'a Word document sent to a route that takes JSON',
      await upload(await trackedRes1334Contribution(), WORD, '/api/v1/contributions'),
      415,
      'unsupported-media-type',
    );
    expect(await service.eventCount()).toBe(before);
  });

  step('submits the amendments, as they are, as a contribution', async () => {
    const created = recorded(
      'submit',
      await as.egypt.post('/api/v1/contributions', {
        consultationId,
        ...contributionCover('C26/18-A', 'Proposed modifications to Resolution 1334'),
        substance: derived.substance,
      }),
    );
    const contribution = await eventually(async () =>
      recorded('read the contribution', await as.egypt.get(`/api/v1/contributions/${created.id}`), 200),
    );
    const proposed = await eventually(async () =>
      Promise.all(
        contribution.substance.amendmentIds.map(async (id: string) =>
          recorded(`read amendment ${id}`, await as.egypt.get(`/api/v1/amendments/${id}`), 200),
        ),
      ),
    );
    expect(proposed.map((amendment: any) => amendment.operation)).toEqual(derived.amendments.map((a: any) => a.operation));
  });

  step('reads a base text from Word through the importer, recording nothing, for the secretariat to register its source', async () => {
    const text = toInterchange(importResolution(res1334ArSource()).document);
    const before = await service.eventCount();
    const read = recorded(
      'read the Word text',
      await upload(await wordOfText(text, 'typed'), WORD, '/api/v1/word-imports', secretariatToken),
      200,
    );
    expect(await service.eventCount()).toBe(before);
    expect(read).toMatchObject({ direction: 'rtl', warnings: [], ignoredParts: expect.any(Array) });
    const provisions = (doc: any) =>
      [...doc.preamble, ...doc.operative].flatMap((section: any) => section.provisions.map((p: any) => [p.label, p.text]));
    expect(provisions(read.document)).toEqual(provisions(text));
    expect(importResolution(read.source).document.title).toBe(text.title);
  });

  step(
    'a contribution in the printed convention (MOD, ADD, SUP, reasons) arrives with its reasons as the explanations, its unmatched proposal reported in Arabic',
    async () => {
      const englishId = recorded(
        'register the English excerpt',
        await as.secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
          symbol: 'Resolution 1334 (excerpt)',
          versionLabel: 'Modified 2023',
          source: res1334ExcerptEn(),
        }),
      ).id;
      await eventually(async () => expect((await as.secretariat.get(`/api/v1/documents/${englishId}/versions/1`)).status).toBe(200));
      const answer = recorded(
        'upload',
        await upload(await printedMarksContribution(), WORD, `/api/v1/documents/${englishId}/derived-proposal/docx`, egyptToken, 'ar'),
        200,
      );
      expect(answer.tracked).toBe(false);
      expect(answer.amendments.map((a: any) => [a.operation.kind, a.explanation])).toEqual([
        ['add', 'Experience shared helps the review.'],
        ['modify', 'Full participation is what the review asks of Member States.'],
        ['suppress', 'Recalled elsewhere.'],
      ]);
      expect(answer.docxWarnings.map((w: any) => [w.paragraph, w.key])).toEqual([
        [3, 'docx.reasons-without-proposal'],
        [14, 'docx.paragraph-not-matched'],
      ]);
      expect(answer.docxWarnings[1].message).toContain('لا تطابق هذه الفقرة');
      const created = recorded(
        'submit',
        await as.egypt.post('/api/v1/contributions', {
          consultationId,
          ...contributionCover('C26/19-E', 'Proposals on the excerpt', { originalLanguage: 'en' }),
          substance: answer.substance,
        }),
      );
      const contribution = await eventually(async () =>
        recorded('read the contribution', await as.egypt.get(`/api/v1/contributions/${created.id}`), 200),
      );
      const proposed = await eventually(async () =>
        Promise.all(
          contribution.substance.amendmentIds.map(async (id: string) =>
            recorded(`read amendment ${id}`, await as.egypt.get(`/api/v1/amendments/${id}`), 200),
          ),
        ),
      );
      expect(proposed.map((amendment: any) => amendment.explanation)).toEqual(answer.amendments.map((a: any) => a.explanation));
    },
  );
});
