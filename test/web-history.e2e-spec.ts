import { BrowserContext, Page } from 'playwright-core';
import { CATALOGUES } from '#libs/web';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { scenarioSteps } from './support/negotiation-steps';
import { tokenFor } from './support/tokens';
import { counts, launchChromium, screenshot, shows } from './support/web-browser';
import { webVisitor } from './support/web-visitor';
import { CHAIR, openWsis20Consultation } from './support/web-scenario';
import { WebService, startWebService } from './support/web-service';

const AR = CATALOGUES.ar;
const EN = CATALOGUES.en;

/** What would give an internal id away: a UUID, a provision or section id, an amendment or decision id, an account. */
const ID_PATTERN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}|\b(?:op|pre)-\d|\bitu-secretariat\b|\bchair-cwg-wsis\b/u;

/**
 * The history of a consultation as a delegate reads it (issue 22): each entry a sentence in
 * the reader's language, names and the document's words isolated, provisions cited as printed
 * with their section, never an id; filtered by kind of entry and stakeholder; and the list of
 * consultations by phase. The embedded default, Debian's Chromium, axe-core on every page.
 */
describe('the web application: the history and the list, in the reader’s language', () => {
  const step = scenarioSteps();
  const STEP_MS = 120_000;
  let service: WebService;
  let base: string;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let consultationId: string;
  let documentId: string;

  beforeAll(async () => {
    service = await startWebService('ledger-web-history-');
    base = service.base;
    ({ consultationId, documentId } = await openWsis20Consultation(base));
    const secretariat = new HttpClient(base, await tokenFor('itu-secretariat', 'secretariat'));
    const egypt = new HttpClient(base, await tokenFor('egypt', 'stakeholder'));
    const chair = new HttpClient(base, await tokenFor(CHAIR, 'chair'));
    const version = await secretariat.get(`/api/v1/documents/${documentId}/versions/1`);
    const operative = version.json.text.operative[0];
    const suppressed = await egypt.post(`/api/v1/documents/${documentId}/amendments`, {
      versionNumber: 1,
      operation: { kind: 'suppress', provisionId: operative.provisions.at(-1).id },
    });
    expect(suppressed.status).toBe(201);
    expect((await secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'negotiation' })).status).toBe(200);
    const ruled = await chair.post(`/api/v1/amendments/${suppressed.json.id}/decision`, {
      ruling: 'rejected',
      reason: 'لم يحظ بالتأييد',
      meeting: 'CWG-WSIS&SDG-44',
      date: '2026-04-10',
    });
    expect(ruled.status).toBeLessThan(300);
    await eventually(async () => {
      const history = await secretariat.get(`/api/v1/consultations/${consultationId}/history?kind=amendment-ruled`);
      if (history.json?.items?.length !== 1) throw new Error('not projected yet');
    });
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  const { visit, expectInterface, press, signInAs } = webVisitor(
    () => page,
    () => base,
  );

  /** The text of each entry of the timeline, and the same with the isolated words (<bdi>) set aside. */
  const entries = () =>
    page.locator('#timeline li').evaluateAll((items: any[]) =>
      items.map((item) => {
        const copy = item.cloneNode(true);
        copy.querySelectorAll('bdi, time').forEach((isolated: any) => isolated.remove());
        return { text: item.innerText as string, outside: copy.innerText as string };
      }),
    );

  step(
    'a delegate reads the history in Arabic: every entry a sentence in Arabic, Latin letters only in names and the document’s words, no id',
    async () => {
      await signInAs('Arab Republic of Egypt', 'ar');
      await visit(`/web/consultations/${consultationId}/history`, 'ar');
      await expectInterface('ar');
      const listed = await entries();
      expect(listed.length).toBeGreaterThan(5);
      for (const entry of listed) {
        expect({ entry: entry.text, latin: entry.outside.match(/[A-Za-z]{2,}/gu) ?? [] }).toEqual({ entry: entry.text, latin: [] });
        expect({ entry: entry.text, id: ID_PATTERN.exec(entry.text)?.[0] }).toEqual({ entry: entry.text, id: undefined });
      }
      expect(ID_PATTERN.exec(await page.locator('main').innerText())).toBeNull();
      // The ruling: in Arabic, the amendment by its tag and its provision as printed with its section.
      await shows(page.locator('#timeline'), 'القرار: رُفض في');
      await shows(page.locator('#timeline'), 'حذف يقرر');
      await shows(page.locator('#timeline'), '(السبب: «لم يحظ بالتأييد»)');
      await screenshot(page, 'history-timeline-ar');
    },
    STEP_MS,
  );

  step(
    'the delegate keeps only the rulings, then only what involves Egypt; the address says so, and reads the same in English',
    async () => {
      await page.locator('#filter-kind').selectOption('amendment-ruled');
      await press(page.getByRole('button', { name: AR['timeline.page.apply'] }));
      expect(new URL(page.url()).searchParams.get('kind')).toBe('amendment-ruled');
      await counts(page.locator('#timeline li'), 1);
      await page.locator('#filter-kind').selectOption('');
      await page.locator('#filter-stakeholder').selectOption('egypt');
      await press(page.getByRole('button', { name: AR['timeline.page.apply'] }));
      const involving = await entries();
      expect(involving.length).toBeGreaterThanOrEqual(3);
      expect(involving.every((entry) => entry.text.includes('Arab Republic of Egypt'))).toBe(true);

      await visit(`/web/consultations/${consultationId}/history?kind=amendment-ruled`, 'en');
      await expectInterface('en');
      await shows(page.locator('#timeline'), 'Rejected at CWG-WSIS&SDG-44 on 2026-04-10: SUP of');
      expect(ID_PATTERN.exec(await page.locator('main').innerText())).toBeNull();
      // A date that cannot be read is left out, and the page says which.
      await visit(`/web/consultations/${consultationId}/history?from=2026-02-30`, 'en');
      await shows(page.locator('main [role=alert]'), EN['timeline.page.from']);
    },
    STEP_MS,
  );

  step(
    'the delegate goes to a moment of the history and on to the later entries, by a link that carries the position',
    async () => {
      await visit(`/web/consultations/${consultationId}/history`, 'en');
      const positions = await page
        .locator('#timeline [data-position]')
        .evaluateAll((items: any[]) => items.map((item) => Number(item.getAttribute('data-position'))));
      const moment = positions[3];
      await visit(`/web/consultations/${consultationId}/history?position=${moment}`, 'en');
      const before = await page
        .locator('#timeline [data-position]')
        .evaluateAll((items: any[]) => items.map((item) => Number(item.getAttribute('data-position'))));
      expect(before).toEqual(positions.slice(0, 4));
      await counts(page.getByRole('navigation', { name: EN['timeline.page.nav'] }), 1);
      await press(page.getByRole('link', { name: EN['timeline.page.next'] }));
      expect(new URL(page.url()).searchParams.get('after')).toBe(String(moment));
      const after = await page
        .locator('#timeline [data-position]')
        .evaluateAll((items: any[]) => items.map((item) => Number(item.getAttribute('data-position'))));
      expect(after).toEqual(positions.slice(4));
      await press(page.getByRole('link', { name: EN['timeline.page.previous'] }));
      expect(new URL(page.url()).searchParams.get('before')).toBe(String(positions[4]));
      await counts(page.locator('#timeline li'), 4);
    },
    STEP_MS,
  );

  step(
    'the list of consultations keeps those of a phase',
    async () => {
      await visit('/web', 'ar');
      await page.locator('#list-phase').selectOption('negotiation');
      await press(page.getByRole('button', { name: AR['timeline.list.apply'] }));
      expect(new URL(page.url()).searchParams.get('phase')).toBe('negotiation');
      await counts(page.locator(`main a[href="/web/consultations/${consultationId}"]`), 1);
      await visit('/web?phase=closed', 'ar');
      await counts(page.locator(`main a[href="/web/consultations/${consultationId}"]`), 0);
      await shows(page.locator('main'), AR['timeline.list.noMatch']);
    },
    STEP_MS,
  );
});
