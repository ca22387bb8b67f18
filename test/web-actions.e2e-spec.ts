import { BrowserContext, Page } from 'playwright-core';
import { CATALOGUES } from '#libs/web';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { STAKEHOLDERS, amendmentsTo, contributionCover } from './support/negotiation-parties';
import { recorded, scenarioSteps } from './support/negotiation-steps';
import { modifyWords, offerAlternatives, res1334 } from './support/negotiation-text';
import { tokenFor } from './support/tokens';
import { counts, holds, launchChromium, lacks, screenshot, shows } from './support/web-browser';
import { Lang, webVisitor } from './support/web-visitor';
import { CHAIR } from './support/web-scenario';
import { openResolution1334ForContributions } from './support/web-consultation-setup';
import { WebService, startWebService } from './support/web-service';

const WORDS = { ar: CATALOGUES.ar, en: CATALOGUES.en } as const;
const CONTRIBUTIONS_DEADLINE = '2099-03-01T17:00:00.000Z';
const ADOPTION_DEADLINE = '2099-06-18T17:00:00.000Z';

/**
 * What a delegate does after proposing, from the pages alone: Egypt revises the explanation of
 * its MOD (in Arabic) and withdraws its SUP (in English); APC and Kenya co-sponsor Egypt's MOD;
 * APC withdraws its contribution from the consultation page; anyone searches from the header;
 * the deadlines count down on the consultation and in the composer; the document page says
 * "Original: English"; the auditor downloads the audit bundle. Every page checked with axe-core.
 */
describe('the web application: revising, withdrawing, co-sponsoring, searching, deadlines and the audit bundle', () => {
  const step = scenarioSteps();
  const STEP_MS = 150_000;
  let service: WebService;
  let base: string;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let secretariat: HttpClient;
  let consultationId: string;
  let documentId: string;
  let apcContribution: string;
  const amendment: Record<string, string> = {};
  const text = res1334();

  const { visit, press, signInAs, signOut, expectAccessible, expectInterface } = webVisitor(
    () => page,
    () => base,
  );
  const status = () => page.getByRole('status').first();

  beforeAll(async () => {
    service = await startWebService('ledger-web-actions-');
    base = service.base;
    secretariat = new HttpClient(base, await tokenFor('itu-secretariat', 'secretariat'));
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  async function amendmentsOf(contributionId: string): Promise<string[]> {
    return eventually(async () => {
      const answer = await secretariat.get(`/api/v1/contributions/${contributionId}`);
      const ids = answer.json?.substance?.amendmentIds;
      if (!Array.isArray(ids) || ids.length === 0) throw new Error('not projected yet');
      return ids as string[];
    });
  }

  const amendmentNow = async (id: string) => (await secretariat.get(`/api/v1/amendments/${id}`)).json;

  step(
    'the secretariat opens the consultation with deadlines; Egypt and APC contribute',
    async () => {
      ({ consultationId, documentId } = await openResolution1334ForContributions(secretariat, {
        chairs: [CHAIR],
        deadlines: { 'open-for-contributions': CONTRIBUTIONS_DEADLINE, adoption: ADOPTION_DEADLINE },
      }));
      const egypt = new HttpClient(base, await tokenFor('egypt', 'stakeholder'));
      const apc = new HttpClient(base, await tokenFor('apc', 'stakeholder'));
      const fromEgypt = recorded(
        'Egypt contributes',
        await egypt.post('/api/v1/contributions', {
          consultationId,
          ...contributionCover('C26/12-A', 'تعديلات مقترحة على القرار 1334'),
          substance: amendmentsTo(
            documentId,
            1,
            { operation: modifyWords(text, 'op-1-1', 'جميع التدابير الممكنة', 'جميع التدابير المناسبة'), explanation: 'أدق' },
            { operation: { kind: 'suppress', provisionId: 'op-1-6' } },
          ),
        }),
      ).id;
      [amendment.egyptMod, amendment.egyptSup] = await amendmentsOf(fromEgypt);
      apcContribution = recorded(
        'APC contributes',
        await apc.post('/api/v1/contributions', {
          consultationId,
          ...contributionCover('C26/20-E', 'Multistakeholder participation beyond 2025', { originalLanguage: 'en' }),
          substance: amendmentsTo(documentId, 1, {
            operation: offerAlternatives(text, 'op-3-4', 'غير الحكوميين', ['غير الحكوميين', 'من جميع الفئات']),
          }),
        }),
      ).id;
      [amendment.apcBrackets] = await amendmentsOf(apcContribution);
    },
    STEP_MS,
  );

  for (const lang of ['ar', 'en'] as Lang[])
    step(
      `the deadlines count down on the consultation page and in the composer, the chair is named, in ${lang === 'ar' ? 'Arabic' : 'English'}`,
      async () => {
        const w = WORDS[lang];
        await signInAs(STAKEHOLDERS.egypt.name, lang);
        await visit(`/web/consultations/${consultationId}`, lang);
        await expectInterface(lang);
        const countdowns = page.locator('ul.deadlines .countdown');
        await counts(countdowns, 2);
        expect(await countdowns.first().getAttribute('data-deadline')).toBe(CONTRIBUTIONS_DEADLINE);
        await shows(countdowns.first(), w['deadline.left'].replace('{time}', '').trim());
        await screenshot(page, `consultation-deadlines-${lang}`);
        await visit(`/web/documents/${documentId}/compose?mode=contribution`, lang);
        await shows(page.locator('p.deadline'), w['deadline.of'].replace('{phase}', w['phase.open-for-contributions']));
        await counts(page.locator(`p.deadline [data-deadline="${CONTRIBUTIONS_DEADLINE}"]`), 1);
        await signOut(lang);
      },
      STEP_MS,
    );

  step(
    'Egypt revises the wording and explanation of its MOD, in Arabic, from the page of the proposal reached from its own proposals',
    async () => {
      const w = WORDS.ar;
      await signInAs(STAKEHOLDERS.egypt.name, 'ar');
      await visit('/web/proposals', 'ar');
      await press(page.locator(`a[href="/web/amendments/${amendment.egyptMod}"]`));
      await expectAccessible();
      await shows(page.locator('main'), STAKEHOLDERS.egypt.name);
      await holds(page.locator('#explanation'), 'أدق');
      // The words proposed, in the document's language, ready to be retyped.
      const wording = await page.locator('#wording').inputValue();
      expect(wording).toContain('جميع التدابير المناسبة');
      expect(await page.locator('#wording').getAttribute('lang')).toBe('ar');
      await page.locator('#wording').fill(wording.replace('جميع التدابير المناسبة', 'جميع التدابير الملائمة'));
      await page.locator('#explanation').fill('صياغة أدق تتسق مع نتائج القمة');
      await press(page.getByRole('button', { name: w['amendmentActions.reviseSubmit'] }));
      await shows(status(), w['notice.amendmentRevised']);
      await expectAccessible();
      await eventually(async () => {
        const now = await amendmentNow(amendment.egyptMod);
        expect(now).toMatchObject({ revision: 1, explanation: 'صياغة أدق تتسق مع نتائج القمة', status: 'pending' });
        expect(JSON.stringify(now.operation)).toContain('جميع التدابير الملائمة');
      });
      // Sent again unchanged, the form says there is nothing to revise.
      await visit(`/web/amendments/${amendment.egyptMod}`, 'ar');
      await press(page.getByRole('button', { name: w['amendmentActions.reviseSubmit'] }));
      await shows(page.locator('main'), w['amendmentActions.nothingRevised']);
      await expectAccessible();
      await screenshot(page, 'amendment-revised-ar');
      await signOut('ar');
    },
    STEP_MS,
  );

  step(
    'Egypt withdraws its SUP, in English',
    async () => {
      const w = WORDS.en;
      await signInAs(STAKEHOLDERS.egypt.name, 'en');
      await visit(`/web/amendments/${amendment.egyptSup}`, 'en');
      await page.locator('#withdraw-reason').fill('Covered by the MOD of paragraph 1');
      await press(page.getByRole('button', { name: w['amendmentActions.withdrawConfirm'] }));
      await shows(status(), w['notice.amendmentWithdrawn']);
      await expectAccessible();
      await eventually(async () => expect((await amendmentNow(amendment.egyptSup)).status).toBe('withdrawn'));
      // Withdrawn, it offers no form any more.
      await visit(`/web/amendments/${amendment.egyptSup}`, 'en');
      await counts(page.locator('form[action^="/web/amendments/"]'), 0);
      await signOut('en');
    },
    STEP_MS,
  );

  for (const [who, lang] of [
    [STAKEHOLDERS.apc, 'en'],
    [STAKEHOLDERS.kenya, 'ar'],
  ] as const)
    step(
      `${who.name} co-sponsors Egypt's MOD from the compilation, in ${lang === 'ar' ? 'Arabic' : 'English'}`,
      async () => {
        const w = WORDS[lang];
        await signInAs(who.name, lang);
        await visit(`/web/documents/${documentId}/compilation`, lang);
        await press(page.locator(`#amendment-${amendment.egyptMod} a[href="/web/amendments/${amendment.egyptMod}"]`));
        await expectAccessible();
        await counts(page.locator('form[action$="/revisions"], form[action$="/withdrawal"]'), 0);
        await press(page.getByRole('button', { name: w['amendmentActions.coSponsor'] }));
        await shows(status(), w['notice.amendmentCoSponsored']);
        await expectAccessible();
        await eventually(async () => expect((await amendmentNow(amendment.egyptMod)).coSponsors).toContain(who.id));
        // Named, not by id, and not offered twice.
        await visit(`/web/amendments/${amendment.egyptMod}`, lang);
        await shows(page.locator('main dl.facts'), who.name);
        await counts(page.locator('form[action$="/co-sponsors"]'), 0);
        await screenshot(page, `amendment-co-sponsored-${lang}`);
        await signOut(lang);
      },
      STEP_MS,
    );

  step(
    'APC withdraws its contribution from the consultation page, with its proposal',
    async () => {
      const w = WORDS.en;
      await signInAs(STAKEHOLDERS.apc.name, 'en');
      await visit(`/web/consultations/${consultationId}`, 'en');
      // Only its own contribution offers the form.
      await counts(page.locator('details.contribution-actions'), 1);
      await page.locator('details.contribution-actions summary').click();
      await expectAccessible();
      await page.locator(`#withdraw-${apcContribution}`).fill('Superseded by a joint text');
      await press(page.getByRole('button', { name: w['contributionActions.withdrawConfirm'] }));
      await shows(status(), w['notice.contributionWithdrawn']);
      await expectAccessible();
      await eventually(async () => {
        expect((await secretariat.get(`/api/v1/contributions/${apcContribution}`)).json?.status).toBe('withdrawn');
        expect((await amendmentNow(amendment.apcBrackets)).status).toBe('withdrawn');
      });
      await signOut('en');
    },
    STEP_MS,
  );

  for (const lang of ['ar', 'en'] as Lang[])
    step(
      `the header's search finds Arabic words with or without the article, in ${lang === 'ar' ? 'Arabic' : 'English'}`,
      async () => {
        const w = WORDS[lang];
        await signInAs(STAKEHOLDERS.kenya.name, lang);
        await page.locator('#site-search').fill('تدابير');
        await press(page.locator('form[role="search"]').getByRole('button', { name: w['search.submit'] }));
        expect(new URL(page.url()).pathname).toBe('/web/search');
        await expectAccessible();
        await shows(page.locator('main h2'), w['search.resultsFor'].replace('{query}', 'تدابير'));
        const hits = page.locator('ol.search-results > li');
        await eventually(async () => expect(await hits.count()).toBeGreaterThan(0));
        await counts(page.locator('ol.search-results mark').first(), 1);
        await counts(page.locator(`ol.search-results a[href^="/web/documents/${documentId}/provenance?provision="]`).first(), 1);
        // Provisions are cited as printed with their section, never by an internal id.
        await lacks(page.locator('ol.search-results'), 'op-1-1');
        await visit(`/web/search?q=${encodeURIComponent('zzzqqq')}`, lang);
        await shows(status(), w['search.none'].replace('{query}', 'zzzqqq'));
        await screenshot(page, `search-${lang}`);
        await signOut(lang);
      },
      STEP_MS,
    );

  for (const lang of ['ar', 'en'] as Lang[])
    step(
      `the document page says what the imported text says of itself, in ${lang === 'ar' ? 'Arabic' : 'English'}`,
      async () => {
        const w = WORDS[lang];
        await signInAs(STAKEHOLDERS.kenya.name, lang);
        await visit(`/web/documents/${documentId}`, lang);
        const facts = page.locator('main dl.facts').first();
        await shows(facts, w['documentFacts.original']);
        await shows(facts, w['language.en']);
        await signOut(lang);
      },
      STEP_MS,
    );

  step(
    'the auditor downloads the audit bundle from the verification page (read in both languages)',
    async () => {
      await signInAs('auditor-1', 'ar');
      await visit('/web/audit', 'ar');
      await shows(page.locator('main'), WORDS.ar['audit.bundle']);
      await visit('/web/audit', 'en');
      const link = page.getByRole('link', { name: WORDS.en['audit.bundle'] });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toMatch(/^audit-bundle-.*\.jsonl$/u);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      const lines = Buffer.concat(chunks).toString('utf8').trim().split('\n');
      expect(lines.length).toBeGreaterThan(3);
      for (const line of [lines[0], lines.at(-1)!]) expect(() => JSON.parse(line)).not.toThrow();
      await signOut('en');
      // Not for stakeholders.
      await signInAs(STAKEHOLDERS.kenya.name, 'en');
      const refused = await page.request.get(new URL('/web/audit/bundle.jsonl', base).toString());
      expect(refused.status()).toBe(403);
    },
    STEP_MS,
  );
});
