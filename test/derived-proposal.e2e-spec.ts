/**
 * Proposals derived from an edited text (issue 17), over HTTP on the embedded composition and
 * the test PostgreSQL: a delegation sends back the whole of Resolution 1334 as it wants it
 * (a word changed mid-sentence, a paragraph added, one deleted, a footnote added), gets the
 * amendments it proposes with the marked text they give, recording nothing; submits them as
 * they are as a contribution; the chair accepts each; the current text is then the edited
 * text, provision by provision.
 */
import { InterchangeProvision, fromInterchange, importResolution, toInterchange } from '#libs/text';
import { editedRes1334ExcerptSource, res1334ExcerptSource } from './support/edited-text';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { EmbeddedService, startEmbeddedService } from './support/embedded-service';
import { STAKEHOLDERS, contributionCover } from './support/negotiation-parties';
import { Answer, expectRefused, recorded, scenarioSteps } from './support/negotiation-steps';
import { tokenFor } from './support/tokens';

/** Each provision in reading order: its section's heading, label, words, footnotes and sub-items, without ids. */
function provisionsOf(text: unknown): unknown[] {
  const doc = toInterchange(fromInterchange(text));
  const read = (p: InterchangeProvision): unknown => ({
    label: p.label,
    text: p.text,
    footnotes: p.footnotes.map(({ text, anchor }) => ({ text, anchor })),
    children: p.children.map(read),
  });
  return [...doc.preamble, ...doc.operative].flatMap((section) =>
    section.provisions.map((p) => ({ heading: section.heading, ...(read(p) as object) })),
  );
}

describe('a proposal derived from an edited text', () => {
  const step = scenarioSteps();
  let service: EmbeddedService;
  let gateway: HttpClient;
  let as: Record<'secretariat' | 'chair' | 'egypt', HttpClient>;
  let consultationId = '';
  let documentId = '';
  let derived: any;
  let contributionId = '';
  let amendmentIds: string[] = [];
  const edited = editedRes1334ExcerptSource();
  const derive = (client: HttpClient, body: unknown, id = documentId): Promise<Answer> =>
    client.post(`/api/v1/documents/${id}/derived-proposal`, body);

  const eventCount = () => service.eventCount();

  beforeAll(async () => {
    service = await startEmbeddedService('derived');
    gateway = service.gateway;
    as = {
      secretariat: gateway.as(await tokenFor('itu-secretariat', 'secretariat')),
      chair: gateway.as(await tokenFor('chair-cwg-wsis', 'chair')),
      egypt: gateway.as(await tokenFor('egypt', 'stakeholder')),
    };
    recorded('register Egypt', await as.secretariat.post('/api/v1/stakeholders', STAKEHOLDERS.egypt));
    consultationId = recorded(
      'open the consultation',
      await as.secretariat.post('/api/v1/consultations', {
        title: 'Review of Resolution 1334',
        body: 'ITU Council',
        subject: 'WSIS+20 review',
        originalLanguage: 'en',
        chairs: ['chair-cwg-wsis'],
      }),
    ).id;
    documentId = recorded(
      'register the base text',
      await as.secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        source: res1334ExcerptSource(),
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

  step('derives the amendments of the edited text against the current version, with the marked text, and records nothing', async () => {
    const before = await eventCount();
    derived = recorded('derive', await derive(as.egypt, { source: edited }), 200);
    expect(await eventCount()).toBe(before);
    expect(derived).toMatchObject({ documentId, versionNumber: 1, versionLabel: 'Modified 2023', warnings: [], importWarnings: [] });
    const operations = derived.amendments.map((a: { operation: unknown }) => a.operation);
    expect(operations).toEqual([
      {
        kind: 'add',
        newId: expect.any(String),
        position: { after: 'op-3-1' },
        text: 'share their national experience in implementing the WSIS action lines with the Council Working Group;',
      },
      // Its marker after the last word: no anchor to give.
      {
        kind: 'addFootnote',
        provisionId: 'op-1-2',
        footnoteId: expect.any(String),
        text: 'The WSIS+20 High-Level Event was held in Geneva in July 2025.',
      },
      {
        kind: 'modify',
        provisionId: 'op-3-2',
        baseText: 'participate actively in the preparatory process of the UNGA overall review.',
        replacements: [{ from: 2, to: 3, text: 'fully' }],
      },
      { kind: 'suppress', provisionId: 'pre-1-2' },
    ]);
    expect(derived.substance).toEqual({ kind: 'amendments', documentId, versionNumber: 1, amendments: derived.amendments });
    expect(derived.preview.text).toContain('MOD\t[-2-][+3+]\tparticipate [-actively-][+fully+] in the preparatory process');
    expect(derived.preview.text).toContain('ADD\t[+2\tshare their national experience');
    expect(derived.preview.text).toContain('SUP\t[-b)\tResolution 140 (Rev. Bucharest, 2022)');
    expect(derived.preview.text).toContain('[-c)-][+b)+]\tUnited Nations General Assembly');
    expect(derived.preview.text).toMatch(/ADD\t +\[\+\[\^[^\]]+\] The WSIS\+20 High-Level Event was held in Geneva in July 2025\.\+\]/);
    expect(derived.preview.html).toMatch(/<del>[^]*?actively<\/del>\s*<ins>[^]*?fully<\/ins>/);
    expect(derived.preview.html).toContain('Geneva in July 2025');
  });

  step('takes the text in the interchange format as well, and derives the same amendments', async () => {
    const answer = recorded(
      'derive from the interchange format',
      await derive(as.egypt, { document: toInterchange(importResolution(edited).document) }),
      200,
    );
    expect(answer.amendments.map((a: any) => a.operation.kind)).toEqual(['add', 'addFootnote', 'modify', 'suppress']);
    expect(answer.warnings).toEqual([]);
  });

  step(
    'refuses as problem details: a text against the input policy, both forms at once, an unknown document, a caller who may not propose',
    async () => {
      const before = await eventCount();
      const bidi = await derive(as.egypt, { source: edited.replace('participate fully', 'participate \u202Efully') });
      expectRefused('a bidi override in the text', bidi, 400, 'validation');
      expect(bidi.json.detail).toContain('U+202E');
      expectRefused('source and document', await derive(as.egypt, { source: edited, document: {} }), 400, 'validation');
      // A document that is not in the interchange format: the field in words and by its path, in the reader's language.
      const broken = toInterchange(importResolution(edited).document) as any;
      broken.operative[0].provisions[0].text = 7;
      const english = await derive(as.egypt, { document: broken });
      expectRefused('a provision text that is not a string', english, 400, 'validation');
      expect(english.json).toMatchObject({
        title: 'Invalid request',
        language: 'en',
        detail: 'document: the text of paragraph 1 of operative section 1 ($.operative[0].provisions[0].text): expected a string',
      });
      const arabic = await as.egypt.post(
        `/api/v1/documents/${documentId}/derived-proposal`,
        { document: broken },
        { 'accept-language': 'ar' },
      );
      expect(arabic.json).toMatchObject({
        status: 400,
        title: 'طلب غير صالح',
        language: 'ar',
        detail: 'document: في النص من الفقرة 1 من جزء المنطوق 1 \u200f($.operative[0].provisions[0].text): يُنتظر نص',
      });
      expectRefused('an unknown field', await derive(as.egypt, { source: edited, status: 'accepted' }), 400, 'validation');
      expectRefused(
        'an unknown document',
        await derive(as.egypt, { source: edited }, '5b0f3c1e-6a43-4b8e-9d0a-1f2e3d4c5b6a'),
        404,
        'not-found',
      );
      expectRefused('a chair', await derive(as.chair, { source: edited }), 403, 'forbidden');
      expectRefused('no token', await derive(gateway, { source: edited }), 401, 'unauthorized');
      expect(await eventCount()).toBe(before);
    },
  );

  step('accepts the derived amendments, as they are, as a contribution', async () => {
    const created = recorded(
      'submit',
      await as.egypt.post('/api/v1/contributions', {
        consultationId,
        ...contributionCover('C26/17-E', 'Proposed modifications to Resolution 1334', { originalLanguage: 'en' }),
        substance: derived.substance,
      }),
    );
    contributionId = created.id;
    const contribution = await eventually(async () =>
      recorded('read the contribution', await as.egypt.get(`/api/v1/contributions/${contributionId}`), 200),
    );
    amendmentIds = contribution.substance.amendmentIds;
    const proposed = await eventually(async () =>
      Promise.all(amendmentIds.map(async (id) => recorded(`read amendment ${id}`, await as.egypt.get(`/api/v1/amendments/${id}`), 200))),
    );
    expect(proposed.map((amendment) => amendment.operation)).toEqual(derived.amendments.map((a: any) => a.operation));
    expect(proposed.map((amendment) => amendment.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
  });

  step('the chair accepts each amendment in order, and the current text is the edited text, provision by provision', async () => {
    recorded('to negotiation', await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'negotiation' }), 200);
    for (const amendmentId of amendmentIds) {
      recorded(
        `accept ${amendmentId}`,
        await as.chair.post(`/api/v1/amendments/${amendmentId}/decision`, {
          ruling: 'accepted',
          meeting: 'second meeting of CWG-WSIS&SDG',
        }),
      );
    }
    const wanted = provisionsOf(toInterchange(importResolution(edited).document));
    await eventually(async () => {
      const current = recorded('the current text', await as.chair.get(`/api/v1/documents/${documentId}/text`), 200);
      expect(current.appliedDecisionIds).toHaveLength(4);
      expect(provisionsOf(current.text)).toEqual(wanted);
    });
    // Proposals are drafted against the current version, which stays version 1 until an adoption: the same text proposes the same.
    const again = recorded('derive again', await derive(as.egypt, { source: edited }), 200);
    expect(again).toMatchObject({
      versionNumber: 1,
      amendments: derived.amendments.map((a: any) => ({ operation: expect.objectContaining({ kind: a.operation.kind }) })),
    });
  });
});
