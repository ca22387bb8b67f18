/**
 * The importer's warnings over HTTP, on the embedded composition and the test PostgreSQL:
 * registering a base text and deriving a proposal from an edited text both answer each
 * warning as its message key and parameters (labels as printed), with the message in the
 * language Accept-Language asks for, Arabic or English.
 */
import { res1334ExcerptSource } from './support/edited-text';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { EmbeddedService, startEmbeddedService } from './support/embedded-service';
import { STAKEHOLDERS } from './support/negotiation-parties';
import { recorded, scenarioSteps } from './support/negotiation-steps';
import { tokenFor } from './support/tokens';

/** The excerpt of Resolution 1334 with its second operative paragraph printed "3": out of sequence. */
function misnumbered(source: string): { source: string; line: number } {
  const lines = source.split('\n');
  const index = lines.findIndex((l) => l.startsWith('2\tparticipate actively'));
  if (index < 0) throw new Error('no "2\tparticipate actively" line in the excerpt');
  lines[index] = `3${lines[index].slice(1)}`;
  return { source: lines.join('\n'), line: index + 1 };
}

describe("the importer's warnings over HTTP", () => {
  const step = scenarioSteps();
  let service: EmbeddedService;
  let as: Record<'secretariat' | 'egypt', HttpClient>;
  let consultationId = '';
  let documentId = '';
  const { source, line } = misnumbered(res1334ExcerptSource());
  const warning = {
    line,
    key: 'import.label-out-of-sequence',
    params: { label: '3', expected: '2' },
    text: 'participate actively in the preparatory process of the UNGA overall review.',
  };
  const arabic = 'الترقيم "3" في موضع يُنتظر فيه "2"؛ تبقى الفقرة في مكانها وتأخذ ترقيم موضعها.';
  const english = 'Label "3" stands where "2" is expected; the provision keeps its place and takes the label of its place.';

  beforeAll(async () => {
    service = await startEmbeddedService('importwarn');
    as = {
      secretariat: service.gateway.as(await tokenFor('itu-secretariat', 'secretariat')),
      egypt: service.gateway.as(await tokenFor('egypt', 'stakeholder')),
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
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  });

  step(
    'answers the warnings of a base text registered from plain text, each message in Arabic when Accept-Language prefers it',
    async () => {
      const body = { symbol: 'Resolution 1334', versionLabel: 'Modified 2023', source };
      const created = recorded(
        'register the base text',
        await as.secretariat.post(`/api/v1/consultations/${consultationId}/documents`, body, { 'accept-language': 'ar, en;q=0.5' }),
      );
      documentId = created.id;
      expect(created.warnings).toEqual([{ ...warning, message: arabic }]);
      recorded(
        'open for contributions',
        await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'open-for-contributions' }),
        200,
      );
      await eventually(async () => expect((await as.secretariat.get(`/api/v1/documents/${documentId}/versions/1`)).status).toBe(200));
    },
  );

  step('answers the warnings of a text a proposal is derived from, in English when no language is asked for', async () => {
    const derived = recorded('derive', await as.egypt.post(`/api/v1/documents/${documentId}/derived-proposal`, { source }), 200);
    expect(derived.importWarnings).toEqual([{ ...warning, message: english }]);
    const inArabic = recorded(
      'derive, in Arabic',
      await as.egypt.post(`/api/v1/documents/${documentId}/derived-proposal`, { source }, { 'accept-language': 'ar' }),
      200,
    );
    expect(inArabic.importWarnings).toEqual([{ ...warning, message: arabic }]);
  });
});
