import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { CATALOGUES } from '#libs/web';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { recorded, scenarioSteps } from './support/negotiation-steps';
import { tokenFor } from './support/tokens';
import { carries, launchChromium, screenshot, shows } from './support/web-browser';
import { CHAIR, openWsis20Consultation } from './support/web-scenario';
import { webVisitor } from './support/web-visitor';
import { WebService, startWebService } from './support/web-service';

const AR = CATALOGUES.ar;
const EN = CATALOGUES.en;

/** The English text of Resolution 1334 as the Council publishes its excerpt: fewer provisions than the Arabic original. */
const ENGLISH_EXCERPT = readFileSync(
  join(__dirname, '..', 'libs', 'text', 'src', 'import', 'fixtures', 'itu-res1334-excerpt.en.txt'),
  'utf8',
);
const ADOPTION = { label: 'Modified 2026', meeting: 'seventh Plenary Meeting', date: '2026-06-18' };
const WORDING = 'to continue to take the outcomes of the WSIS+20 review into account in the work of ITU;';

/**
 * Six languages in the browser: Resolution 1334 is negotiated in Arabic; the secretariat adds
 * the English version from its pasted text after checking how it aligns, a translator brings
 * it into line from the worklist, both are read side by side, and the chair adopts the version
 * provisionally in English. Every page is checked with axe-core, in Arabic and in English.
 * (A walk of its own: adding a version to the negotiation's walk would change its adoption.)
 */
describe('the web application: language versions of Resolution 1334 in the browser', () => {
  const step = scenarioSteps();
  const STEP_MS = 150_000;
  let service: WebService;
  let base: string;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let consultationId: string;
  let documentId: string;

  beforeAll(async () => {
    service = await startWebService('ledger-web-languages-');
    base = service.base;
    ({ consultationId, documentId } = await openWsis20Consultation(base));
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  const { visit, expectAccessible, expectInterface, press, signInAs, signOut } = webVisitor(
    () => page,
    () => base,
  );

  step(
    'the secretariat checks how the pasted English text aligns with the Arabic original, then adds the version',
    async () => {
      await signInAs('secretariat-1', 'en');
      await visit(`/web/documents/${documentId}`, 'en');
      await press(page.getByRole('link', { name: EN['document.languages'], exact: true }));
      await expectAccessible();
      await shows(page.locator('#language-ar th'), EN['language.ar']);
      await page.locator('#language').selectOption('en');
      await page.locator('#source').fill(ENGLISH_EXCERPT);
      await press(page.getByRole('button', { name: EN['languages.check'] }));
      await expectAccessible();
      // The provisions the excerpt lacks are named as the Arabic prints them, never by id.
      await shows(page.locator('ul.findings'), 'of the original has no counterpart in the translation');
      await carries(page.locator('ul.findings bdi').first(), 'lang', 'ar');
      await carries(page.locator('#source'), 'lang', 'en');
      await screenshot(page, 'language-alignment-en');
      await press(page.getByRole('button', { name: EN['languages.add'] }));
      expect(new URL(page.url()).pathname).toBe(`/web/documents/${documentId}/languages`);
      await shows(page.locator('.notice'), EN['notice.languageAdded']);
      await eventually(async () => {
        await visit(`/web/documents/${documentId}/languages`, 'ar');
        expect(await page.locator('#language-en').count()).toBe(1);
      });
      await expectInterface('ar');
      await shows(page.locator('#language-en th'), AR['language.en']);
      await screenshot(page, 'languages-ar');
      await signOut('ar');
    },
    STEP_MS,
  );

  step(
    'a translator records an English wording from the worklist, in an Arabic interface, and finds it among the done',
    async () => {
      await signInAs('translator-1', 'ar');
      await visit(`/web/documents/${documentId}/languages/en/tasks`, 'ar');
      await expectInterface('ar');
      const first = page.locator('textarea[name="text"]').first();
      await carries(first, 'lang', 'en');
      await carries(first, 'dir', 'ltr');
      await screenshot(page, 'translation-tasks-ar');
      await first.fill(WORDING);
      await press(page.getByRole('button', { name: AR['tasks.record'] }).first());
      await shows(page.locator('.notice'), AR['notice.translationRecorded']);
      await eventually(async () => {
        await visit(`/web/documents/${documentId}/languages/en/tasks`, 'ar');
        await shows(page.locator('details summary'), AR['tasks.done'].replace('{count}', '1'));
      });
      await visit(`/web/documents/${documentId}/languages/en/tasks`, 'en');
      await signOut('en');
    },
    STEP_MS,
  );

  step(
    'both versions read side by side, each column in its own language and direction, the untranslated marked in words',
    async () => {
      await signInAs('Arab Republic of Egypt', 'en');
      await visit(`/web/documents/${documentId}`, 'en');
      await press(page.getByRole('link', { name: EN['document.sideBySide'], exact: true }));
      await expectAccessible();
      await carries(page.locator('table.side-by-side td[lang="ar"]').first(), 'dir', 'rtl');
      await carries(page.locator('table.side-by-side td[lang="en"]').first(), 'dir', 'ltr');
      await shows(page.locator('table.side-by-side'), WORDING);
      await shows(page.locator('table.side-by-side'), EN['sideBySide.awaiting']);
      await screenshot(page, 'side-by-side-en');
      await page.locator('#left').selectOption('en');
      await page.locator('#right').selectOption('ar');
      await press(page.getByRole('button', { name: EN['sideBySide.show'] }));
      await expectAccessible();
      await shows(page.locator('table.side-by-side thead'), EN['language.en']);
      await visit(`/web/documents/${documentId}/side-by-side?left=ar&right=en`, 'ar');
      await shows(page.locator('table.side-by-side'), AR['sideBySide.awaiting']);
      await screenshot(page, 'side-by-side-ar');
      await signOut('ar');
    },
    STEP_MS,
  );

  step(
    'the chair is told that English lags and adopts the version provisionally in English',
    async () => {
      const chair = new HttpClient(base, await tokenFor(CHAIR, 'chair'));
      for (const to of ['negotiation', 'adoption'])
        recorded(`move to ${to}`, await chair.post(`/api/v1/consultations/${consultationId}/phase`, { to }), 200);
      await eventually(async () => expect((await chair.get(`/api/v1/consultations/${consultationId}`)).json.phase).toBe('adoption'));
      await signInAs(CHAIR, 'ar');
      await visit(`/web/documents/${documentId}/compilation`, 'ar');
      const adoption = page.locator('section[aria-labelledby="adoption-heading"] form');
      await shows(adoption.locator('legend').last(), AR['adoption.provisionalIn']);
      const fill = async () => {
        await adoption.locator('input[name="label"]').fill(ADOPTION.label);
        await adoption.locator('input[name="meeting"]').fill(ADOPTION.meeting);
        await adoption.locator('input[name="date"]').fill(ADOPTION.date);
      };
      await fill();
      await press(adoption.getByRole('button', { name: AR['chair.adopt'] }));
      await shows(page.locator('.notice.error'), AR['adoption.refusedOutOfStep'].split('{languages}')[0]);
      await shows(page.locator('.notice.error'), AR['language.en']);
      await expectAccessible();
      await fill();
      await adoption.locator('input[name="provisionalIn"][value="en"]').check();
      await press(adoption.getByRole('button', { name: AR['chair.adopt'] }));
      await shows(page.locator('.notice'), AR['notice.adopted']);
      await signOut('ar');
    },
    STEP_MS,
  );
});
