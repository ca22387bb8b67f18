import { BrowserContext, Page } from 'playwright-core';
import { fromInterchange, renderCleanText } from '#libs/text';
import { CATALOGUES } from '#libs/web';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { scenarioSteps } from './support/negotiation-steps';
import { tokenFor } from './support/tokens';
import { carries, counts, holds, lacks, launchChromium, screenshot, shows } from './support/web-browser';
import { Lang, webVisitor, words } from './support/web-visitor';
import { openWsis20Consultation } from './support/web-scenario';
import { WebService, startWebService } from './support/web-service';

const AR = CATALOGUES.ar;
const EN = CATALOGUES.en;

/** The paragraph Egypt adds at the end of "يشجع الدول الأعضاء على", after its item 4. */
const ADDED = 'دعم مشاركة البلدان النامية في عملية القمة العالمية لمجتمع المعلومات بعد عام 2025؛';

/** The clean text as a delegate edits it: a word of item 1 of "resolves to instruct" changed, a paragraph added after item 4 of "encourages Member States". */
function edit(clean: string): string {
  const lines = clean.split('\n');
  const item4 = lines.findIndex((line) => line.startsWith('4\tالتشاور مع أصحاب المصلحة'));
  if (item4 < 0) throw new Error('item 4 of "يشجع الدول الأعضاء على" is not in the text');
  lines.splice(item4 + 1, 0, `5\t${ADDED}`);
  const edited = lines.join('\n').replace('جميع التدابير الممكنة', 'جميع التدابير المناسبة');
  if (edited === clean) throw new Error('the words to change are not in the text');
  return edited;
}

/**
 * Proposing by editing the whole text (issue 17), in the browser: a stakeholder opens the
 * current version of the Arabic Resolution 1334 in a text area, previews the unedited text
 * (no amendment), changes a word and adds a paragraph, previews the amendments (by their
 * printed labels, with the marked text) and submits them as a contribution; the same page in
 * English, and its refusals. The embedded default, Debian's Chromium, axe-core on every page.
 */
describe('the web application: proposing changes by editing the text', () => {
  const step = scenarioSteps();
  const STEP_MS = 150_000;
  let service: WebService;
  let base: string;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let secretariat: HttpClient;
  let consultationId: string;
  let documentId: string;
  let clean: string;

  beforeAll(async () => {
    service = await startWebService('ledger-web-derived-');
    base = service.base;
    secretariat = new HttpClient(base, await tokenFor('itu-secretariat', 'secretariat'));
    ({ consultationId, documentId } = await openWsis20Consultation(base));
    const version = await secretariat.get(`/api/v1/documents/${documentId}/versions/1`);
    expect(version.status).toBe(200);
    clean = renderCleanText(fromInterchange(version.json.text));
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

  /** From the document page to the text area, by the link a stakeholder sees. */
  async function openFromDocument(lang: Lang): Promise<void> {
    await visit(`/web/documents/${documentId}`, lang);
    await press(page.getByRole('link', { name: words(lang)['derived.link'] }));
    expect(new URL(page.url()).pathname).toBe(`/web/documents/${documentId}/derived-proposal`);
    await expectInterface(lang);
    await expectAccessible();
  }

  async function preview(lang: Lang): Promise<void> {
    await press(page.getByRole('button', { name: words(lang)['derived.preview'], exact: true }).last());
    await expectAccessible();
  }

  const amendmentsListed = () => page.locator('section[aria-labelledby="amendments-heading"] .proposals > li');

  async function contributions(): Promise<any[]> {
    const answer = await secretariat.get(`/api/v1/consultations/${consultationId}/contributions`);
    expect(answer.status).toBe(200);
    return answer.json.items;
  }

  step(
    'Egypt opens the current version in a text area, right to left; unedited, the text proposes no amendment',
    async () => {
      await signInAs('Arab Republic of Egypt', 'ar');
      await openFromDocument('ar');
      const source = page.locator('textarea#source');
      await carries(source, 'dir', 'rtl');
      await carries(source, 'lang', 'ar');
      await holds(source, clean);
      await shows(page.locator('main'), AR['derived.intro']);
      await screenshot(page, 'derived-proposal-ar');

      await preview('ar');
      await shows(page.locator('#amendments-heading'), '0');
      await shows(page.locator('main'), AR['derived.noAmendments']);
      await counts(amendmentsListed(), 0);
      await counts(page.locator('section[aria-labelledby="warnings-heading"]'), 0);
      await holds(page.locator('textarea#source'), clean);
      expect(await contributions()).toEqual([]);
    },
    STEP_MS,
  );

  step(
    'Egypt changes a word and adds a paragraph: the preview lists a MOD and an ADD by their printed labels, and marks the struck and the added words',
    async () => {
      const edited = edit(clean);
      await page.locator('textarea#source').fill(edited);
      await preview('ar');
      await shows(page.locator('#amendments-heading'), '2');
      await counts(amendmentsListed(), 2);
      const [addition, modification] = [amendmentsListed().nth(0), amendmentsListed().nth(1)];
      await shows(addition.locator('.tag'), 'ADD');
      // The new item takes 5, after item 4: labels as printed, never the provisions' ids.
      await shows(addition.locator('.label'), '5');
      await shows(addition, `${AR['relation.after']} 4`);
      await shows(addition.locator('ins'), ADDED);
      await shows(modification.locator('.tag'), 'MOD');
      await shows(modification.locator('.label'), '1');
      await shows(modification.locator('del'), 'الممكنة');
      await shows(modification.locator('ins'), 'المناسبة');
      await carries(modification.locator('.change'), 'dir', 'rtl');
      await lacks(page.locator('main'), 'op-1-1');
      await lacks(page.locator('main'), 'op-3-4');

      const marked = page.locator('section[aria-labelledby="marked-heading"] article.marked-text');
      await carries(marked, 'dir', 'rtl');
      await shows(marked.locator('del'), 'الممكنة');
      await shows(marked.locator('ins'), 'المناسبة');
      await shows(marked.locator('ins'), ADDED);
      await shows(marked.locator('abbr.tag'), 'MOD');
      await shows(marked.locator('abbr.tag'), 'ADD');
      // The form carries the text as edited.
      await holds(page.locator('textarea#source'), edited);
      await screenshot(page, 'derived-proposal-preview-ar', { selector: 'section[aria-labelledby="amendments-heading"]' });
      expect(await contributions()).toEqual([]);
    },
    STEP_MS,
  );

  step(
    'Egypt submits the amendments as a contribution: its proposals list both, and the ledger holds them as derived',
    async () => {
      // The cover is checked before anything is sent.
      await press(page.getByRole('button', { name: AR['derived.submit'] }));
      await shows(page.getByRole('alert'), AR['form.required'].replace('{field}', AR['composer.symbol']));
      await holds(page.locator('textarea#source'), edit(clean));
      await expectAccessible();

      await page.locator('#symbol').fill('C26/31-A');
      await page.locator('#purpose').fill('تحديث القرار 1334 في ضوء نتائج الاستعراض WSIS+20.');
      await press(page.getByRole('button', { name: AR['derived.submit'] }));
      expect(new URL(page.url()).pathname).toBe('/web/proposals');
      await shows(page.getByRole('status').first(), AR['notice.contributionSubmitted']);
      await expectAccessible();
      await counts(page.locator('tr[id^="amendment-"]'), 2);
      await counts(page.locator('.status-pending'), 2);
      await shows(page.locator('main'), 'المناسبة');
      await shows(page.locator('main'), ADDED);
      await screenshot(page, 'derived-proposal-submitted-ar');

      const [contribution] = await eventually(async () => {
        const items = await contributions();
        expect(items).toHaveLength(1);
        return items;
      });
      expect(contribution.cover).toMatchObject({
        symbol: 'C26/31-A',
        submitters: ['egypt'],
        originalLanguage: 'ar',
        title: AR['derived.defaultTitle'].replace('{symbol}', 'Resolution 1334'),
      });
      const amendments = (await secretariat.get(`/api/v1/documents/${documentId}/amendments`)).json;
      expect(amendments.map((a: any) => [a.operation.kind, a.operation.provisionId ?? a.operation.position?.after, a.proposers])).toEqual(
        expect.arrayContaining([
          ['add', 'op-3-4', ['egypt']],
          ['modify', 'op-1-1', ['egypt']],
        ]),
      );
      await signOut('ar');
    },
    STEP_MS,
  );

  step(
    'in English: the interface left to right, the text still right to left, the amendments and warnings said in English',
    async () => {
      await signInAs('Republic of Kenya', 'en');
      await openFromDocument('en');
      await carries(page.locator('textarea#source'), 'dir', 'rtl');
      await shows(page.locator('main'), EN['derived.textHint']);
      await page.locator('textarea#source').fill(edit(clean));
      await preview('en');
      await counts(amendmentsListed(), 2);
      await shows(amendmentsListed().nth(0), `${EN['preview.newLabel']} 5`);
      await shows(amendmentsListed().nth(0), `${EN['relation.after']} 4`);
      await shows(page.locator('#marked-heading'), EN['derived.marked']);
      await screenshot(page, 'derived-proposal-preview-en', { selector: 'section[aria-labelledby="amendments-heading"]' });

      // The enacting formula is not amended: the page says so in English, and keeps the rest.
      await page
        .locator('textarea#source')
        .fill(edit(clean).replace('إن مجلس الاتحاد الدولي للاتصالات،', 'إن مجلس الاتحاد الدولي للاتصالات الموقر،'));
      await preview('en');
      await shows(page.locator('section[aria-labelledby="warnings-heading"]'), EN['derivedWarning.body-changed']);
      await counts(amendmentsListed(), 2);
    },
    STEP_MS,
  );

  step(
    'refusals: a bidirectional override in the text, a form without its token',
    async () => {
      const before = await contributions();
      await page.locator('textarea#source').fill(edit(clean).replace('جميع التدابير المناسبة', 'جميع التدابير \u202Eالمناسبة'));
      await press(page.getByRole('button', { name: EN['derived.preview'], exact: true }).last());
      await shows(page.getByRole('alert'), EN['derived.text']);
      await shows(page.getByRole('alert'), 'U+202E');
      await counts(amendmentsListed(), 0);
      await expectAccessible();

      const forged = await page.request.post(`${base}/web/documents/${documentId}/derived-proposal`, {
        form: { source: edit(clean), intent: 'submit', symbol: 'C26/99-E', title: 'Forged', date: '2026-03-01' },
        maxRedirects: 0,
      });
      expect(forged.status()).toBe(403);
      expect(forged.headers()['content-type']).toMatch(/^text\/html/);
      expect(await contributions()).toEqual(before);
    },
    STEP_MS,
  );
});
