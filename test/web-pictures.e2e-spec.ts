import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { scenarioSteps } from './support/negotiation-steps';
import { tokenFor } from './support/tokens';
import { launchChromium, screenshot } from './support/web-browser';
import { Lang, webVisitor } from './support/web-visitor';
import { CHAIR, openWsis20Consultation } from './support/web-scenario';
import { WebService, startWebService } from './support/web-service';

type Row = Record<string, string>;

const PICTURES = join(__dirname, 'artifacts', 'pictures');

/**
 * The pictures of a negotiation (issue 24): the contention map of Resolution 1334, who takes
 * part, how far the negotiation has come; each opened in Arabic and in English, checked with
 * axe-core, and the numbers of the table beside each picture equal to the JSON API's.
 */
describe('the web application: pictures of a negotiation, with the same numbers as the API', () => {
  const step = scenarioSteps();
  const STEP_MS = 120_000;
  let service: WebService;
  let base: string;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let consultationId: string;
  let documentId: string;
  let api: HttpClient;
  let proposedAt: number;

  beforeAll(async () => {
    service = await startWebService('ledger-web-pictures-');
    base = service.base;
    ({ consultationId, documentId } = await openWsis20Consultation(base));
    api = new HttpClient(base, await tokenFor('itu-secretariat', 'secretariat'));
    const egypt = new HttpClient(base, await tokenFor('egypt', 'stakeholder'));
    const chair = new HttpClient(base, await tokenFor(CHAIR, 'chair'));
    const version = await api.get(`/api/v1/documents/${documentId}/versions/1`);
    const provisions = version.json.text.operative[0].provisions;
    const suppressed = await egypt.post(`/api/v1/documents/${documentId}/amendments`, {
      versionNumber: 1,
      operation: { kind: 'suppress', provisionId: provisions.at(-1).id },
    });
    expect(suppressed.status).toBe(201);
    proposedAt = suppressed.json.position;
    const second = await egypt.post(`/api/v1/documents/${documentId}/amendments`, {
      versionNumber: 1,
      operation: { kind: 'suppress', provisionId: provisions[0].id },
    });
    expect(second.status).toBe(201);
    expect((await api.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'negotiation' })).status).toBe(200);
    const ruled = await chair.post(`/api/v1/amendments/${suppressed.json.id}/decision`, {
      ruling: 'rejected',
      meeting: 'CWG-WSIS&SDG-44',
      date: '2026-04-10',
    });
    expect(ruled.status).toBeLessThan(300);
    await eventually(async () => {
      const contention = await api.get(`/api/v1/documents/${documentId}/contention`);
      if (contention.status !== 200 || contention.json.totals.pendingAmendments !== 1) throw new Error('not projected yet');
      const participation = await api.get(`/api/v1/consultations/${consultationId}/participation-figures`);
      if (participation.json?.totals?.amendments !== 2) throw new Error('not projected yet');
    });
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  const { visit, expectInterface, signInAs } = webVisitor(
    () => page,
    () => base,
  );

  /** The rows of a table beside a picture: the `data-*` key of each row and its `data-figure` cells. */
  const rowsOf = (selector: string, key: string): Promise<Row[]> =>
    page.locator(`${selector} tbody tr`).evaluateAll(
      (rows: any[], name: string) =>
        rows.map((row) => {
          const cells: Record<string, string> = { key: row.getAttribute(`data-${name}`) };
          row.querySelectorAll('[data-figure]').forEach((cell: any) => {
            cells[cell.getAttribute('data-figure')] = cell.getAttribute('data-value') ?? cell.textContent.trim();
          });
          return cells;
        }),
      key,
    );

  async function expectPicture(lang: Lang, title: string): Promise<void> {
    await expectInterface(lang);
    const svg = page.locator('main svg[role="img"], main svg[role="group"]');
    expect(await svg.count()).toBe(1);
    expect(await svg.locator('title').first().textContent()).toContain(title);
    expect(await svg.getAttribute('lang')).toBe(lang);
  }

  async function expectDownload(href: string): Promise<void> {
    const answer = await page.context().request.get(new URL(href, base).toString());
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toContain('image/svg+xml');
    expect(await answer.text()).toMatch(/^<\?xml[^>]*>\n<svg [^>]*role="img"/u);
    expect(await answer.text()).not.toContain('<a ');
    const png = await page.context().request.get(new URL(href.replace('.svg', '.png'), base).toString());
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    const bytes = await png.body();
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(400);
    // The README shows these, drawn by the server as a report would get them.
    const kind = new URL(href, base).pathname.split('/').pop()!.replace('.svg', '');
    mkdirSync(PICTURES, { recursive: true });
    writeFileSync(join(PICTURES, `${kind}-${await page.locator('html').getAttribute('lang')}.png`), bytes);
  }

  step(
    'the contention map, in Arabic and in English: each provision’s counts in the table are the API’s, and the map goes back in the history',
    async () => {
      await signInAs('Arab Republic of Egypt', 'ar');
      const figures = (await api.get(`/api/v1/documents/${documentId}/contention`)).json;
      const expected = figures.sections.flatMap((s: any) =>
        s.provisions.map((p: any) => ({
          key: p.provisionId,
          level: String(p.level),
          pendingAmendments: String(p.pendingAmendments),
          conflicts: String(p.conflicts),
          brackets: String(p.brackets),
          proposers: String(p.proposers),
        })),
      );
      expect(expected.some((p: Row) => p.pendingAmendments === '1' && p.level !== '0')).toBe(true);
      for (const lang of ['ar', 'en'] as const) {
        await visit(`/web/documents/${documentId}/contention`, lang);
        await expectPicture(lang, 'Resolution 1334');
        expect(await rowsOf('#contention-figures', 'provision')).toEqual(expected);
        const total = await page
          .locator('#contention-figures tfoot [data-figure]')
          .evaluateAll((cells: any[]) => Object.fromEntries(cells.map((c) => [c.getAttribute('data-figure'), c.textContent.trim()])));
        expect(total).toEqual({
          pendingAmendments: String(figures.totals.pendingAmendments),
          conflicts: String(figures.totals.conflicts),
          brackets: String(figures.totals.brackets),
          proposers: String(figures.totals.proposers),
        });
        await screenshot(page, `pictures-contention-${lang}`);
        await expectDownload((await page.locator('figure.picture figcaption a').first().getAttribute('href')) as string);
      }
      // A provision's row in the map opens it in the compilation.
      const contested = expected.find((p: Row) => p.level !== '0')!;
      expect(await page.locator(`svg a[data-provision="${contested.key}"]`).getAttribute('href')).toBe(
        `/web/documents/${documentId}/compilation#provision-${contested.key}`,
      );
      // Just after the first proposal, before the ruling: both the API and the page count it undecided.
      const before = (await api.get(`/api/v1/documents/${documentId}/contention?position=${proposedAt}`)).json;
      expect(before.totals.pendingAmendments).toBe(1);
      await visit(`/web/documents/${documentId}/contention?position=${proposedAt}`, 'en');
      expect(await page.locator('#contention-figures tfoot [data-figure="pendingAmendments"]').textContent()).toBe('1');
      expect((await api.get(`/api/v1/documents/${documentId}/contention?position=x`)).status).toBe(400);

      // The slider through the history, from the keyboard: Home goes to the document's first moment, and the script shows the map then in place.
      const slider = page.locator('#contention-slider input[type="range"]');
      expect(await slider.inputValue()).toBe(String(proposedAt));
      const first = (await slider.getAttribute('min')) as string;
      const atFirst = (await api.get(`/api/v1/documents/${documentId}/contention?position=${first}`)).json;
      expect(atFirst.totals.pendingAmendments).toBe(0);
      await slider.focus();
      await page.keyboard.press('Home');
      await page.waitForFunction(
        () =>
          (globalThis as any).document.querySelector('#contention-figures tfoot [data-figure="pendingAmendments"]')?.textContent === '0',
      );
      expect(await slider.getAttribute('aria-valuetext')).toBe(await page.locator('#moment-output').textContent());
      expect(await page.locator('#contention-moments li[aria-current="true"]').getAttribute('data-position')).toBe(first);
      expect(new URL(page.url()).searchParams.get('position')).toBe(first);
      // Without the script the slider is a form: its button loads the page at the moment chosen.
      await Promise.all([
        page.waitForResponse((r) => r.request().resourceType() === 'document' && new URL(r.url()).searchParams.get('position') === first),
        page.locator('#contention-slider button').click(),
      ]);
      await page.waitForLoadState();
      expect(await rowsOf('#contention-figures', 'provision')).toEqual(
        atFirst.sections.flatMap((s: any) =>
          s.provisions.map((p: any) => ({
            key: p.provisionId,
            level: String(p.level),
            pendingAmendments: String(p.pendingAmendments),
            conflicts: String(p.conflicts),
            brackets: String(p.brackets),
            proposers: String(p.proposers),
          })),
        ),
      );
    },
    STEP_MS,
  );

  step(
    'participation, in Arabic and in English: every category and region with the API’s counts, zeros included, and the weeks',
    async () => {
      const figures = (await api.get(`/api/v1/consultations/${consultationId}/participation-figures`)).json;
      const bars = (list: any[]) =>
        list.map((b) => ({
          key: b.key,
          stakeholders: String(b.stakeholders),
          contributions: String(b.contributions),
          amendments: String(b.amendments),
          decided: String(b.decided),
          acceptanceRate: b.acceptanceRate === null ? '' : String(b.acceptanceRate),
        }));
      expect(figures.byCategory.some((b: any) => b.stakeholders === 0)).toBe(true);
      for (const lang of ['ar', 'en'] as const) {
        await visit(`/web/consultations/${consultationId}/participation-figures`, lang);
        await expectPicture(lang, figures.title);
        expect(await rowsOf('#participation-by-category', 'category')).toEqual(bars(figures.byCategory));
        expect(await rowsOf('#participation-by-region', 'region')).toEqual(bars(figures.byRegion));
        expect(await rowsOf('#participation-weeks', 'week')).toEqual(
          figures.weeks.map((w: any) => ({ key: w.week, contributions: String(w.contributions), amendments: String(w.amendments) })),
        );
        await screenshot(page, `pictures-participation-${lang}`);
        await expectDownload((await page.locator('figure.picture figcaption a').first().getAttribute('href')) as string);
      }
    },
    STEP_MS,
  );

  step(
    'progress, in Arabic and in English: the open, bracketed and agreed provisions of each day and the marks are the API’s',
    async () => {
      // The chair records a state of play: from then on the burn-down follows the recorded statuses, not the text alone.
      const chair = new HttpClient(base, await tokenFor(CHAIR, 'chair'));
      const text = (await api.get(`/api/v1/documents/${documentId}/versions/1`)).json.text;
      const [agreed, adRef] = text.operative[0].provisions.filter((p: any) => !p.text.includes('['));
      const recorded = await chair.post(`/api/v1/documents/${documentId}/statuses`, {
        statuses: [
          { provisionId: agreed.id, status: 'agreed' },
          { provisionId: adRef.id, status: 'agreed-ad-ref' },
        ],
      });
      expect(recorded.status).toBe(201);
      const play = await eventually(async () => {
        const state = await api.get(`/api/v1/documents/${documentId}/state-of-play`);
        if (state.json?.round !== 1) throw new Error('not projected yet');
        return state.json;
      });
      const figures = (await api.get(`/api/v1/consultations/${consultationId}/progress`)).json;
      expect(figures.points.length).toBeGreaterThan(0);
      // Today's point counts the provisions as the state of play does: pending open, agreed and ad referendum agreed.
      expect(figures.points.at(-1)).toMatchObject({
        open: play.counts.pending,
        bracketed: play.counts.bracketed,
        agreed: play.counts.agreed + play.counts['agreed-ad-ref'] + play.counts.deleted,
      });
      expect(play.counts.agreed + play.counts['agreed-ad-ref']).toBe(2);
      expect(figures.marks.some((m: any) => m.kind === 'phase' && m.name === 'negotiation')).toBe(true);
      for (const lang of ['ar', 'en'] as const) {
        await visit(`/web/consultations/${consultationId}/progress`, lang);
        await expectPicture(lang, figures.title);
        expect(await rowsOf('#progress-points', 'date')).toEqual(
          figures.points.map((p: any) => ({ key: p.date, open: String(p.open), bracketed: String(p.bracketed), agreed: String(p.agreed) })),
        );
        expect(await page.locator('#progress-marks tbody tr').count()).toBe(figures.marks.length);
        await screenshot(page, `pictures-progress-${lang}`);
        await expectDownload((await page.locator('figure.picture figcaption a').first().getAttribute('href')) as string);
      }
      // The consultation's page links to both pictures, the document's to its map.
      await visit(`/web/consultations/${consultationId}`, 'en');
      expect(await page.locator(`a[href="/web/consultations/${consultationId}/progress"]`).count()).toBe(1);
      await visit(`/web/documents/${documentId}`, 'en');
      expect(await page.locator(`a[href="/web/documents/${documentId}/contention"]`).count()).toBe(1);
    },
    STEP_MS,
  );
});
