import { BrowserContext, Page } from 'playwright-core';
import { CATALOGUES } from '#libs/web';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { amendmentsTo, contributionCover } from './support/negotiation-parties';
import { recorded, scenarioSteps } from './support/negotiation-steps';
import { modifyWords, offerAlternatives, res1334 } from './support/negotiation-text';
import { tokenFor } from './support/tokens';
import { counts, holds, lacks, launchChromium, screenshot, shows } from './support/web-browser';
import { Lang, webVisitor } from './support/web-visitor';
import { CHAIR } from './support/web-scenario';
import { openResolution1334ForContributions } from './support/web-consultation-setup';
import { WebService, startWebService } from './support/web-service';

// Browser globals, inside page.evaluate callbacks only (the project compiles without the DOM library).
declare function getComputedStyle(element: unknown): { borderTopLeftRadius: string; boxShadow: string; cursor: string };

const AR = CATALOGUES.ar;
const EN = CATALOGUES.en;
const WORDS = { ar: AR, en: EN } as const;

const SITTING = { meeting: 'CWG-WSIS&SDG, second meeting of 2026', date: '2026-03-11' };
const ADOPTION_DEADLINE = '2099-06-18T17:00:00.000Z';

/**
 * The chair's work, in the browser: two stakeholders propose amendments to Resolution 1334 (two
 * MODs of op-1-1 in conflict, a SUP, bracketed alternatives); the chair finds on the compilation
 * a panel of what is open (each item a link to where it is handled), a compilation that shows
 * only the paragraphs with proposals and can show every one, chooses the sitting once and rules
 * twice without typing it again. Every page is checked with axe-core, in Arabic and English.
 */
describe("the web application: the chair's work on the compilation", () => {
  const step = scenarioSteps();
  const STEP_MS = 150_000;
  let service: WebService;
  let base: string;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let secretariat: HttpClient;
  let consultationId: string;
  let documentId: string;
  const amendment: Record<string, string> = {};
  const text = res1334();

  const { visit, press, signInAs, expectAccessible } = webVisitor(
    () => page,
    () => base,
  );
  const compilation = () => `/web/documents/${documentId}/compilation`;
  const panel = () => page.locator('section.chair-panel');

  beforeAll(async () => {
    service = await startWebService('ledger-chair-work-');
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

  step(
    'the secretariat opens the consultation with a deadline; Egypt and APC propose amendments; the chair opens the negotiation',
    async () => {
      ({ consultationId, documentId } = await openResolution1334ForContributions(secretariat, {
        chairs: [CHAIR],
        deadlines: { adoption: ADOPTION_DEADLINE },
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
            { operation: modifyWords(text, 'op-1-1', 'جميع التدابير الممكنة', 'جميع التدابير المناسبة') },
            { operation: { kind: 'suppress', provisionId: 'op-1-6' } },
          ),
        }),
      ).id;
      [amendment.egyptMod, amendment.egyptSup] = await amendmentsOf(fromEgypt);
      const fromApc = recorded(
        'APC contributes',
        await apc.post('/api/v1/contributions', {
          consultationId,
          ...contributionCover('C26/20-E', 'Multistakeholder participation beyond 2025', { originalLanguage: 'en' }),
          substance: amendmentsTo(
            documentId,
            1,
            { operation: modifyWords(text, 'op-1-1', 'جميع التدابير الممكنة', 'كل التدابير اللازمة') },
            { operation: offerAlternatives(text, 'op-3-4', 'غير الحكوميين', ['غير الحكوميين', 'من جميع الفئات']) },
          ),
        }),
      ).id;
      [amendment.apcMod, amendment.apcBrackets] = await amendmentsOf(fromApc);
      const chair = new HttpClient(base, await tokenFor(CHAIR, 'chair'));
      recorded('open the negotiation', await chair.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'negotiation' }), 200);
      await eventually(async () => {
        const answer = await secretariat.get(`/api/v1/documents/${documentId}/compilation`);
        if (answer.json?.conflicts?.length !== 1) throw new Error('not compiled yet');
        const consultation = await secretariat.get(`/api/v1/consultations/${consultationId}`);
        if (consultation.json?.phase !== 'negotiation') throw new Error('not projected yet');
      });
    },
    STEP_MS,
  );

  for (const lang of ['ar', 'en'] as Lang[])
    step(
      `the chair's panel lists what is open, in ${lang === 'ar' ? 'Arabic' : 'English'}, each a link to where it is handled`,
      async () => {
        const w = WORDS[lang];
        await signInAs(CHAIR, lang);
        await visit(compilation(), lang);
        await shows(panel().locator('h2'), w['chairWork.panel']);
        await shows(panel(), w['chairWork.undecided'].replace('{count}', '4'));
        await shows(panel(), w['chairWork.conflicts'].replace('{count}', '1'));
        await shows(panel(), w['chairWork.deadlines']);
        await shows(panel(), w['phase.adoption']);
        // Provisions are cited as printed with their section, never by an internal id.
        await lacks(panel(), 'op-1-1');
        await lacks(panel(), 'op-1-6');
        await shows(panel(), 'يقرر أن يكلف الأمين العام');
        // Each undecided proposal links to its ruling form, unfolded.
        await counts(panel().locator(`a[href*="open=${amendment.egyptSup}#amendment-${amendment.egyptSup}"]`), 1);
        await counts(panel().locator(`a[href="/web/consultations/${consultationId}"]`), 1);
        await screenshot(page, `chair-panel-${lang}`, { selector: 'section.chair-panel' });
        await press(panel().locator(`a[href*="open=${amendment.egyptSup}"]`));
        await expectAccessible();
        expect(await page.locator(`#amendment-${amendment.egyptSup} details.rule`).getAttribute('open')).not.toBeNull();
        expect(await page.locator(`#amendment-${amendment.egyptMod} details.rule`).getAttribute('open')).toBeNull();
      },
      STEP_MS,
    );

  step(
    'the compilation shows the chair only the paragraphs with proposals, and every paragraph when asked; badges are labels',
    async () => {
      await visit(compilation(), 'en');
      await counts(page.locator('#provision-op-1-1'), 1);
      await counts(page.locator('#provision-op-1-6'), 1);
      await counts(page.locator('#provision-op-3-4'), 1);
      await counts(page.locator('#provision-op-1-2'), 0);
      await counts(page.locator('tr[id^="provision-"]'), 3);
      await page.locator('#filter-show').selectOption('all');
      await press(page.getByRole('button', { name: EN['chairWork.apply'] }));
      await expectAccessible();
      expect(await page.locator('tr[id^="provision-"]').count()).toBeGreaterThan(12);
      // A paragraph nobody amends is there too, on the page of the compilation it falls on.
      for (let pages = 0; pages < 5 && (await page.locator('#provision-op-1-2').count()) === 0; pages++)
        await press(page.locator('nav.pages').getByRole('link', { name: EN['chairWork.next'] }));
      await counts(page.locator('#provision-op-1-2'), 1);
      // By proposer: APC's two paragraphs only.
      await page.locator('#filter-show').selectOption('proposals');
      await page.locator('#filter-proposer').selectOption('apc');
      await press(page.getByRole('button', { name: EN['chairWork.apply'] }));
      await counts(page.locator('tr[id^="provision-"]'), 2);
      await counts(page.locator(`#amendment-${amendment.egyptMod}`), 0);
      await counts(page.locator(`#amendment-${amendment.apcMod}`), 1);
      const badge = page.locator(`#amendment-${amendment.apcMod} .status`);
      const look = await badge.evaluate((element: any) => {
        const style = getComputedStyle(element);
        return { radius: style.borderTopLeftRadius, shadow: style.boxShadow, cursor: style.cursor, tabIndex: element.tabIndex as number };
      });
      expect(look).toEqual({ radius: '0px', shadow: 'none', cursor: 'default', tabIndex: -1 });
      await screenshot(page, 'compilation-filtered-en');
    },
    STEP_MS,
  );

  step(
    'the chair chooses the sitting once, and two successive rulings are recorded at it without typing it again',
    async () => {
      await visit(compilation(), 'ar');
      await shows(page.locator('section.sitting'), AR['chairWork.sittingNone']);
      await page.locator('#sitting-meeting').fill(SITTING.meeting);
      await page.locator('#sitting-date').fill(SITTING.date);
      await press(page.getByRole('button', { name: AR['chairWork.sittingKeep'] }));
      await shows(page.getByRole('status').first(), AR['notice.sittingKept']);
      await expectAccessible();
      const cookie = (await browser.context.cookies(base)).find((c) => c.name === 'ledger_sitting');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

      async function ruleFromPanel(amendmentId: string, ruling: string): Promise<void> {
        await press(panel().locator(`a[href*="open=${amendmentId}"]`));
        const item = page.locator(`#amendment-${amendmentId}`);
        await holds(item.locator('input[name="meeting"]'), SITTING.meeting);
        await holds(item.locator('input[name="date"]'), SITTING.date);
        await item.locator(`input[name="ruling"][value="${ruling}"]`).check();
        await press(item.getByRole('button', { name: AR['chair.recordRuling'] }));
        await shows(page.getByRole('status').first(), AR['notice.ruled']);
        // The sitting is kept by the session, not carried in the address.
        expect(new URL(page.url()).search).not.toContain('meeting');
      }
      await ruleFromPanel(amendment.egyptSup, 'rejected');
      await ruleFromPanel(amendment.apcBrackets, 'accepted');

      for (const id of [amendment.egyptSup, amendment.apcBrackets])
        await eventually(async () => {
          const answer = await secretariat.get(`/api/v1/amendments/${id}`);
          expect(answer.json?.ruling).toMatchObject(SITTING);
        });

      // The accepted alternatives now wait in the working text: the panel counts them and cites where they are.
      await visit(compilation(), 'ar');
      await shows(panel(), AR['chairWork.brackets'].replace('{count}', '1'));
      await shows(panel(), AR['chairWork.undecided'].replace('{count}', '2'));
      await shows(page.locator('section.sitting'), SITTING.meeting);
      await screenshot(page, 'compilation-chair-ar');
      await visit(compilation(), 'en');
      await shows(panel(), EN['chairWork.brackets'].replace('{count}', '1'));
      await screenshot(page, 'compilation-chair-en');
    },
    STEP_MS,
  );
});
