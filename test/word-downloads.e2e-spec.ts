/**
 * Word out over HTTP (issue 19, items 1 and 6), on the embedded composition and the test
 * PostgreSQL: the text, the marked text (tracked changes attributed to the proposer with the
 * decision's date, so that Accept All gives the working text; or the printed convention),
 * the compilation and a contribution answer `format=docx` and the Word media type, as
 * attachments with a file name; a wrong `format` or `marks` is a 400 problem.
 */
import { DOCX_MEDIA_TYPE, acceptedText, paragraphText, readDocx, textOf } from '#libs/documents';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { EmbeddedService, startEmbeddedService } from './support/embedded-service';
import { Answer } from './support/negotiation-steps';
import { smallResolution } from './support/security-fixtures';
import { tokenFor } from './support/tokens';
import { pdfText } from './support/pdf-text';

const OP_1_1 = smallResolution().operative[0].provisions[0].text;
const REWORDED = OP_1_1.replace('all stakeholders', 'all stakeholders, including civil society,');
const NEW_ITEM = 'to report to the Council on the outcome of the WSIS+20 review;';

function recorded(answer: Answer, status = 201): any {
  if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${answer.text}`);
  return answer.json;
}

describe('Word downloads: the text, the marked text, the compilation and a contribution', () => {
  let service: EmbeddedService;
  let as: Record<'secretariat' | 'chair' | 'egypt', HttpClient>;
  let secretariatToken: string;
  let consultationId: string;
  let documentId: string;
  let contributionId: string;

  /** A download as the secretariat reads it: status, headers and the bytes. */
  async function download(path: string, headers: Record<string, string> = {}) {
    const response = await fetch(new URL(path, service.gateway.baseUrl), {
      headers: { authorization: `Bearer ${secretariatToken}`, ...headers },
    });
    return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  function expectWord(answer: { status: number; headers: Headers }, fileName: RegExp): void {
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(DOCX_MEDIA_TYPE);
    expect(answer.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="${fileName.source}"`));
  }

  beforeAll(async () => {
    service = await startEmbeddedService('word_downloads');
    const { gateway } = service;
    secretariatToken = await tokenFor('itu-secretariat', 'secretariat');
    as = {
      secretariat: gateway.as(secretariatToken),
      chair: gateway.as(await tokenFor('chair-1', 'chair')),
      egypt: gateway.as(await tokenFor('egypt', 'stakeholder')),
    };
    recorded(
      await as.secretariat.post('/api/v1/stakeholders', {
        id: 'egypt',
        name: 'Arab Republic of Egypt',
        category: 'member-state',
        region: 'arab-states',
      }),
    );
    consultationId = recorded(
      await as.secretariat.post('/api/v1/consultations', {
        title: 'Review of Resolution 1334',
        body: 'ITU Council',
        subject: 'WSIS+20 review',
        originalLanguage: 'en',
        chairs: ['chair-1'],
      }),
    ).id;
    documentId = recorded(
      await as.secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        document: smallResolution(),
      }),
    ).id;
    recorded(await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'open-for-contributions' }), 200);
    await eventually(async () => expect((await as.secretariat.get(`/api/v1/documents/${documentId}`)).status).toBe(200));
    contributionId = recorded(
      await as.egypt.post('/api/v1/contributions', {
        consultationId,
        symbol: 'C26/15-E',
        date: '2026-03-02',
        originalLanguage: 'en',
        title: 'Proposals on Resolution 1334',
        substance: {
          kind: 'amendments',
          documentId,
          versionNumber: 1,
          amendments: [
            {
              operation: { kind: 'modify', provisionId: 'op-1-1', oldText: OP_1_1, newText: REWORDED },
              explanation: 'Civil society takes part in the WSIS process.',
            },
            {
              operation: { kind: 'add', newId: 'op-1-1bis', position: { after: 'op-1-1' }, text: NEW_ITEM },
              explanation: 'The review ends in 2025.',
            },
          ],
        },
      }),
    ).id;
    recorded(await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'negotiation' }), 200);
    const amendmentIds: string[] = await eventually(async () => {
      const contribution = recorded(await as.secretariat.get(`/api/v1/contributions/${contributionId}`), 200);
      expect(contribution.substance.amendmentIds).toHaveLength(2);
      return contribution.substance.amendmentIds;
    });
    for (const amendmentId of amendmentIds) {
      recorded(
        await as.chair.post(`/api/v1/amendments/${amendmentId}/decision`, {
          ruling: 'accepted',
          meeting: 'CWG-WSIS&SDG-44',
          date: '2026-04-10',
        }),
      );
    }
    await eventually(async () => {
      const text = recorded(await as.secretariat.get(`/api/v1/documents/${documentId}/text`), 200);
      expect(text.appliedDecisionIds).toHaveLength(2);
    });
  });

  afterAll(async () => {
    await service?.stop();
  });

  it('answers the working text as Word for format=docx and for the Word media type, every provision in order', async () => {
    for (const answer of [
      await download(`/api/v1/documents/${documentId}/text?format=docx`),
      await download(`/api/v1/documents/${documentId}/text`, { accept: DOCX_MEDIA_TYPE }),
    ]) {
      expectWord(answer, /Resolution-1334_working-\d+\.docx/);
      const lines = readDocx(answer.bytes).paragraphs.map(paragraphText);
      expect(lines).toEqual(expect.arrayContaining(['resolves to instruct the Secretary-General', `1\t${REWORDED}`, `2\t${NEW_ITEM}`]));
      expect(lines.indexOf(`1\t${REWORDED}`)).toBeLessThan(lines.indexOf(`2\t${NEW_ITEM}`));
    }
    expectWord(await download(`/api/v1/documents/${documentId}/text?version=1&format=docx`), /Resolution-1334_v1\.docx/);
  });

  it('answers the marked text with tracked changes by the proposer on the decision date, which Accept All turns into the working text', async () => {
    const marked = await download(`/api/v1/documents/${documentId}/marked?to=working&format=docx`);
    expectWord(marked, /Resolution-1334_v1-working\.docx/);
    const working = await download(`/api/v1/documents/${documentId}/text?format=docx`);
    expect(acceptedText(marked.bytes)).toEqual(textOf(readDocx(working.bytes)));
    const changes = readDocx(marked.bytes)
      .paragraphs.flatMap((p) => p.runs)
      .filter((run) => run.revision !== 'plain');
    expect(changes.length).toBeGreaterThan(0);
    const proposed = changes.filter((r) => r.text.includes('civil society') || r.text.includes('WSIS+20 review'));
    expect(proposed.length).toBeGreaterThan(0);
    for (const run of proposed) {
      expect({ author: run.author, date: run.date }).toEqual({ author: 'Arab Republic of Egypt', date: '2026-04-10T00:00:00Z' });
    }
  });

  it('answers the marked text in the printed convention with marks=printed, and refuses other marks with a problem', async () => {
    const printed = await download(`/api/v1/documents/${documentId}/marked?to=working&format=docx&marks=printed`);
    expectWord(printed, /.*\.docx/);
    const content = readDocx(printed.bytes);
    expect(content.paragraphs.map(paragraphText)).toEqual(expect.arrayContaining(['MOD', 'ADD']));
    expect(content.paragraphs.flatMap((p) => p.runs).some((run) => run.underline && run.text.includes('including civil society'))).toBe(
      true,
    );
    const refused = await as.secretariat.get(`/api/v1/documents/${documentId}/marked?format=docx&marks=colour`);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers the compilation as a Word table with the proposers, statuses and decisions', async () => {
    const answer = await download(`/api/v1/documents/${documentId}/compilation?format=docx`);
    expectWord(answer, /Resolution-1334_Modified-2023_compilation\.docx/);
    const cells = readDocx(answer.bytes)
      .paragraphs.filter((p) => p.cell !== undefined)
      .map(paragraphText);
    expect(cells).toEqual(
      expect.arrayContaining(['Provision', 'Proposed by', 'Arab Republic of Egypt', 'Accepted', 'CWG-WSIS&SDG-44', 'C26/15-E']),
    );
  });

  it('lets a signed-in reader of the pages download the text, the marked text and the compilation from the links the pages give', async () => {
    const session = { cookie: `ledger_session=${secretariatToken}` };
    const page = await download(`/web/documents/${documentId}/marked?to=working&lang=en`, session);
    const links = [...new TextDecoder().decode(page.bytes).matchAll(/<a href="([^"]+\.docx[^"]*)" download>/gu)].map((match) =>
      match[1].replace(/&amp;/gu, '&'),
    );
    expect(links).toEqual([
      `/web/documents/${documentId}/marked.docx?from=1&to=working&marks=tracked`,
      `/web/documents/${documentId}/marked.docx?from=1&to=working&marks=printed`,
    ]);
    const tracked = await download(links[0], session);
    expectWord(tracked, /Resolution-1334_v1-working\.docx/);
    expect(acceptedText(tracked.bytes)).toEqual(
      textOf(readDocx((await download(`/api/v1/documents/${documentId}/text?format=docx`)).bytes)),
    );
    expectWord(await download(`/web/documents/${documentId}/text.docx?version=1`, session), /Resolution-1334_v1\.docx/);
    expectWord(await download(`/web/documents/${documentId}/compilation.docx`, session), /Resolution-1334_Modified-2023_compilation\.docx/);
    const consultation = new TextDecoder().decode((await download(`/web/consultations/${consultationId}?lang=en`, session)).bytes);
    expect(consultation).toContain(
      `<a href="/web/contributions/${contributionId}/contribution.docx" download>Word file<span class="visually-hidden">: C26/15-E</span></a>`,
    );
    expectWord(await download(`/web/contributions/${contributionId}/contribution.docx`, session), /C26-15-E\.docx/);
  });

  it('answers a contribution in the contribution layout, and refuses a format it does not have', async () => {
    const answer = await download(`/api/v1/contributions/${contributionId}`, { accept: DOCX_MEDIA_TYPE });
    expectWord(answer, /C26-15-E\.docx/);
    const lines = readDocx(answer.bytes).paragraphs.map(paragraphText);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Document C26/15-E',
        'Contribution from Arab Republic of Egypt',
        'MOD\tC26/15-E/1',
        'ADD\tC26/15-E/2',
        'Reasons: The review ends in 2025.',
      ]),
    );
    const tracked = await download(`/api/v1/contributions/${contributionId}?format=docx&marks=tracked`);
    expectWord(tracked, /C26-15-E_tracked\.docx/);
    expect(acceptedText(tracked.bytes)).toEqual(
      textOf(readDocx((await download(`/api/v1/documents/${documentId}/text?format=docx`)).bytes)),
    );
    expect((await as.secretariat.get(`/api/v1/contributions/${contributionId}?format=rtf`)).status).toBe(400);
    expect(recorded(await as.secretariat.get(`/api/v1/contributions/${contributionId}`), 200).symbol).toBe('C26/15-E');
  });

  it('answers a contribution as PDF in the same layout, printed by headless Chromium', async () => {
    const answer = await download(`/api/v1/contributions/${contributionId}?format=pdf`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-disposition')).toBe('inline; filename="C26-15-E.pdf"');
    const words = pdfText(Buffer.from(answer.bytes)).replace(/\s+/gu, ' ');
    const inOrder = [
      'Document C26/15-E',
      'Contribution from Arab Republic of Egypt',
      'MOD C26/15-E/1',
      'ADD C26/15-E/2',
      'Reasons: The review ends in 2025.',
    ];
    expect(inOrder.map((line) => words.indexOf(line))).toEqual([...inOrder.map((line) => words.indexOf(line))].sort((a, b) => a - b));
    for (const line of inOrder) expect(words).toContain(line);
    expect(words).toContain(NEW_ITEM);
  });
});
