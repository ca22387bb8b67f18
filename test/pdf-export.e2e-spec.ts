import { readFixture } from '../libs/text/src/import/fixtures/seeds';
import { EmbeddedService, startEmbeddedService } from './support/embedded-service';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { recorded, scenarioSteps } from './support/negotiation-steps';
import { arabicWordsMissingInOrder, pdfText, visibleText } from './support/pdf-text';
import { tokenFor } from './support/tokens';

interface InterchangeProvision {
  readonly text: string;
  readonly children?: readonly InterchangeProvision[];
}

/** The words of every provision of a text in the interchange format, in document order. */
function provisionWords(text: {
  preamble: { provisions: InterchangeProvision[] }[];
  operative: { provisions: InterchangeProvision[] }[];
}): string[] {
  const of = (provision: InterchangeProvision): string[] => [provision.text, ...(provision.children ?? []).flatMap(of)];
  return [...text.preamble, ...text.operative].flatMap((section) => section.provisions.flatMap(of));
}

/** A GET whose body is bytes. */
async function download(client: HttpClient, token: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(new URL(path, client.baseUrl), { headers: { authorization: `Bearer ${token}`, ...headers } });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

describe('texts as PDF, printed by headless Chromium', () => {
  const step = scenarioSteps();
  let service: EmbeddedService;
  let token = '';
  let as: HttpClient;
  let documentId = '';

  beforeAll(async () => {
    service = await startEmbeddedService('pdf', { CHROMIUM_PATH: '/usr/bin/chromium' });
    token = await tokenFor('itu-secretariat', 'secretariat');
    as = service.gateway.as(token);
    const consultationId = recorded(
      'open the consultation',
      await as.post('/api/v1/consultations', {
        title: 'مراجعة القرار 1334',
        body: 'ITU Council',
        subject: 'WSIS+20 review',
        originalLanguage: 'ar',
        chairs: ['chair-cwg-wsis'],
      }),
    ).id;
    const source = readFixture('itu-council-res1334-mod2023.ar.txt');
    documentId = recorded(
      'register the base text',
      await as.post(`/api/v1/consultations/${consultationId}/documents`, { symbol: 'القرار 1334', versionLabel: 'المعدَّل في 2023', source }),
    ).id;
    await eventually(async () => expect((await as.get(`/api/v1/documents/${documentId}/versions/1`)).status).toBe(200));
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  });

  step('prints the Arabic text right to left with every word in order, for format=pdf and for Accept: application/pdf', async () => {
    const page = await as.request('GET', `/api/v1/documents/${documentId}/text?version=1`, undefined, { accept: 'text/html' });
    expect(page.status).toBe(200);
    const printed = visibleText(page.text);
    expect(printed).toContain('إن مجلس الاتحاد الدولي للاتصالات');
    const requests: { path: string; headers: Record<string, string> }[] = [
      { path: `/api/v1/documents/${documentId}/text?version=1&format=pdf`, headers: {} },
      { path: `/api/v1/documents/${documentId}/text?version=1`, headers: { accept: 'application/pdf' } },
    ];
    for (const request of requests) {
      const pdf = await download(as, token, request.path, request.headers);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('content-language')).toBe('ar');
      expect(pdf.headers.get('content-disposition')).toMatch(/^inline; filename="[^"]+\.pdf"$/);
      expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const extracted = pdfText(pdf.body);
      expect(arabicWordsMissingInOrder(printed, extracted)).toEqual([]);
      // The comparison can fail: a word the page does not hold is missed.
      expect(arabicWordsMissingInOrder(`${printed} مستحدثة`, extracted)).toEqual(['مستحدثة']);
      // pdftotext marks right-to-left runs with RIGHT-TO-LEFT EMBEDDING: the lines were laid out right to left.
      expect(extracted).toContain('\u202b');
    }
  });

  step('prints the marked text and the compilation of proposals too', async () => {
    const marked = await download(as, token, `/api/v1/documents/${documentId}/marked?to=working&format=pdf`);
    expect(marked.status).toBe(200);
    expect(marked.headers.get('content-type')).toBe('application/pdf');
    expect(marked.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const compilation = await download(as, token, `/api/v1/documents/${documentId}/compilation`, { accept: 'application/pdf' });
    expect(compilation.status).toBe(200);
    expect(compilation.headers.get('content-type')).toBe('application/pdf');
    expect(compilation.headers.get('content-disposition')).toMatch(/^inline; filename="[^"]+-compilation\.pdf"$/);
    // The page's English header mixes directions on one line, which pdftotext gives in visual order: the provisions are compared.
    const text = await as.get(`/api/v1/documents/${documentId}/text?version=1`);
    expect(arabicWordsMissingInOrder(provisionWords(text.json.text).join(' '), pdfText(compilation.body))).toEqual([]);
  });

  step(
    'gives a signed-in reader of the pages PDF and Akoma Ntoso from the links on the text, marked text and compilation pages',
    async () => {
      const session = { cookie: `ledger_session=${token}` };
      const linksOn = async (page: string) => {
        const html = (await download(as, token, page, session)).body.toString('utf8');
        return [...html.matchAll(/<a href="([^"]+\.(?:pdf|akn\.xml)[^"]*)" download>/gu)].map((match) => match[1].replace(/&amp;/gu, '&'));
      };
      const textLinks = await linksOn(`/web/documents/${documentId}?version=1&lang=ar`);
      expect(textLinks).toEqual([`/web/documents/${documentId}/text.pdf?version=1`, `/web/documents/${documentId}/text.akn.xml?version=1`]);
      const pdf = await download(as, token, textLinks[0], session);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const page = await as.request('GET', `/api/v1/documents/${documentId}/text?version=1`, undefined, { accept: 'text/html' });
      expect(arabicWordsMissingInOrder(visibleText(page.text), pdfText(pdf.body))).toEqual([]);
      const akn = await download(as, token, textLinks[1], session);
      expect(akn.status).toBe(200);
      expect(akn.headers.get('content-type')).toContain('application/akn+xml');
      expect(akn.body.toString('utf8')).toContain('<akomaNtoso');

      const [markedPdf] = await linksOn(`/web/documents/${documentId}/marked?to=working&lang=ar`);
      expect(markedPdf).toBe(`/web/documents/${documentId}/marked.pdf?from=1&to=working`);
      const [compilationPdf] = await linksOn(`/web/documents/${documentId}/compilation?lang=ar`);
      expect(compilationPdf).toBe(`/web/documents/${documentId}/compilation.pdf?version=1`);
      for (const link of [markedPdf, compilationPdf]) {
        const file = await download(as, token, link, session);
        expect(file.status).toBe(200);
        expect(file.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }
    },
  );

  step('answers 503 problem details naming what is missing where the server has no Chromium, and 406 is still 406', async () => {
    const withoutBrowser = await startEmbeddedService('nopdf', { CHROMIUM_PATH: 'off' });
    try {
      const answer = await withoutBrowser.gateway.as(token).get(`/api/v1/documents/${documentId}/text?format=pdf`);
      expect(answer.status).toBe(503);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.json).toMatchObject({
        type: expect.stringMatching(/pdf-unavailable$/),
        status: 503,
        detail: expect.stringContaining('CHROMIUM_PATH'),
      });
    } finally {
      await withoutBrowser.stop();
    }
    const refused = await as.request('GET', `/api/v1/documents/${documentId}/text`, undefined, { accept: 'image/png' });
    expect(refused.status).toBe(406);
  });
});
