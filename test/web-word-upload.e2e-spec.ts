import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { CATALOGUES } from '#libs/web';
import { hostileUploads } from '../libs/documents/src/testing/hostile-uploads';
import { RES1334_EDITS, trackedRes1334Contribution } from '../libs/documents/src/testing/res1334-word-contribution';
import { eventually } from './support/eventually';
import { freePort } from './support/free-port';
import { HttpClient } from './support/http';
import { TEST_AUDIT_SIGNING_KEY, startService } from './support/ledger-cluster';
import { scenarioSteps } from './support/negotiation-steps';
import { ServiceProcess } from './support/service-process';
import { TEST_JWT_SECRET, tokenFor } from './support/tokens';
import { counts, launchChromium, screenshot, shows } from './support/web-browser';
import { webVisitor, words } from './support/web-visitor';
import { openWsis20Consultation } from './support/web-scenario';

/** The reasons Egypt gives on the page for the first amendment its Word file proposes. */
const REASON = 'لتحديث النص في ضوء الاستعراض.';

const AR = CATALOGUES.ar;
const EN = CATALOGUES.en;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The web composer's Word upload, in the browser: Egypt uploads Resolution 1334 edited in Word
 * with tracked changes (a word changed, a paragraph added, one deleted, a footnote added), the
 * page previews the amendments as the edited-text flow does, nothing is recorded until Egypt
 * submits; a file that is not Word is refused with a message in the page's language.
 */
describe('the web application: proposing changes by uploading a Word document', () => {
  const step = scenarioSteps();
  const STEP_MS = 150_000;
  let dataDir: string;
  let server: ServiceProcess;
  let base: string;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let secretariat: HttpClient;
  let consultationId: string;
  let documentId: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-web-word-'));
    const env = {
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      PORT: String(await freePort()),
      RELAY_POLL_INTERVAL_MS: '50',
      JWT_SECRET: TEST_JWT_SECRET,
      AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
      MAX_UPLOAD_BYTES: String(1024 * 1024),
    };
    server = await startService('all', env);
    base = `http://127.0.0.1:${env.PORT}`;
    secretariat = new HttpClient(base, await tokenFor('itu-secretariat', 'secretariat'));
    ({ consultationId, documentId } = await openWsis20Consultation(base));
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const { visit, expectAccessible, press, signInAs } = webVisitor(
    () => page,
    () => base,
  );
  const amendmentsListed = () => page.locator('section[aria-labelledby="amendments-heading"] .proposals > li');

  async function contributions(): Promise<any[]> {
    const answer = await secretariat.get(`/api/v1/consultations/${consultationId}/contributions`);
    expect(answer.status).toBe(200);
    return answer.json.items;
  }

  async function upload(name: string, buffer: Buffer, lang: 'ar' | 'en'): Promise<void> {
    await page.locator('input#docx').setInputFiles({ name, mimeType: DOCX, buffer });
    await press(page.getByRole('button', { name: words(lang)['derived.uploadButton'] }));
    await expectAccessible();
  }

  step(
    'a file that is not Word is refused in the page language, and nothing is recorded',
    async () => {
      await signInAs('Arab Republic of Egypt', 'ar');
      await visit(`/web/documents/${documentId}/derived-proposal`, 'ar');
      await shows(page.locator('#upload-heading'), AR['derived.uploadHeading']);
      await upload('contribution.docx', Buffer.from('%PDF-1.7 not a Word document'), 'ar');
      await shows(page.getByRole('alert'), AR['upload.not-a-zip']);
      expect(await contributions()).toEqual([]);
    },
    STEP_MS,
  );

  step(
    'a file past MAX_UPLOAD_BYTES, a zip bomb and an external entity are refused, each said in Arabic',
    async () => {
      await upload('big.docx', Buffer.alloc(1536 * 1024, 7), 'ar');
      await shows(page.getByRole('alert'), AR['upload.upload-too-large']);
      await upload('bomb.docx', Buffer.from(hostileUploads.zipBomb()), 'ar');
      await shows(page.getByRole('alert'), AR['upload.compression-ratio-too-high']);
      await upload('xxe.docx', Buffer.from(hostileUploads.xxe()), 'ar');
      await shows(page.getByRole('alert'), AR['upload.xml-doctype-refused']);
      await shows(page.locator('#upload-heading'), AR['derived.uploadHeading']);
      expect(await contributions()).toEqual([]);
    },
    STEP_MS,
  );

  step(
    'Egypt uploads Resolution 1334 edited in Word with tracked changes: the amendments are previewed, nothing recorded, then submitted',
    async () => {
      await upload('C26-31-A.docx', await trackedRes1334Contribution(), 'ar');
      await shows(page.getByRole('status').first(), 'C26-31-A.docx');
      await counts(amendmentsListed(), 4);
      await shows(page.locator('section[aria-labelledby="amendments-heading"]'), RES1334_EDITS.changedWord.inserted);
      await shows(page.locator('section[aria-labelledby="amendments-heading"]'), RES1334_EDITS.addedAfter.text);
      await screenshot(page, 'word-upload-preview-ar', { selector: 'section[aria-labelledby="amendments-heading"]' });
      expect(await contributions()).toEqual([]);

      // Each amendment has a field for its reasons, in Arabic, right to left; the delegate gives one.
      expect(await page.locator('#reason-1').getAttribute('dir')).toBe('rtl');
      await page.locator('#reason-1').fill(REASON);
      await page.locator('#symbol').fill('C26/31-A');
      await press(page.getByRole('button', { name: AR['derived.submit'] }));
      expect(new URL(page.url()).pathname).toBe('/web/proposals');
      const [contribution] = await eventually(async () => {
        const items = await contributions();
        expect(items).toHaveLength(1);
        return items;
      });
      expect(contribution.cover).toMatchObject({ symbol: 'C26/31-A', submitters: ['egypt'] });
      const explained = await eventually(async () => {
        const answer = await secretariat.get(`/api/v1/documents/${documentId}/amendments`);
        const items: { explanation: string | null }[] = answer.json.items ?? answer.json;
        expect(items.filter((item) => item.explanation !== null)).toHaveLength(1);
        return items.filter((item) => item.explanation !== null);
      });
      expect(explained[0].explanation).toBe(REASON);
    },
    STEP_MS,
  );

  step(
    'in English, the refusal of a file that is not Word is said in English',
    async () => {
      await visit(`/web/documents/${documentId}/derived-proposal`, 'en');
      await upload('notes.docx', Buffer.from('plain text, not a zip'), 'en');
      await shows(page.getByRole('alert'), EN['upload.not-a-zip']);
    },
    STEP_MS,
  );
});
