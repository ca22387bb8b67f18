import { BrowserContext, Page } from 'playwright-core';
import { CATALOGUES } from '#libs/web';
import { citeProvision } from '#libs/text';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { scenarioSteps } from './support/negotiation-steps';
import { res1334, wordingOf } from './support/negotiation-text';
import { tokenFor } from './support/tokens';
import { carries, counts, holds, lacks, launchChromium, reads, screenshot, shows, visible } from './support/web-browser';
import { webVisitor } from './support/web-visitor';
import { CHAIR, documentAmendments, openWsis20Consultation } from './support/web-scenario';
import { webComposer } from './support/web-composer';
import { WebService, startWebService } from './support/web-service';
// The README's pictures are two of these screenshots; `npm run screenshots` copies them into docs/.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { README_SCREENSHOTS } = require('./infra/readme-screenshots.js') as {
  README_SCREENSHOTS: Record<'compilation' | 'markedText', string>;
};

// Browser globals, inside page.evaluate callbacks only (the project compiles without the DOM library).
declare const document: { activeElement: { id: string } | null };
declare function getComputedStyle(element: unknown, pseudo?: string): { textDecorationLine: string; content: string };

const AR = CATALOGUES.ar;
const EN = CATALOGUES.en;

const FIRST_MEETING = { meeting: 'CWG-WSIS&SDG, first meeting of 2026', date: '2026-03-10' };
const ADOPTION = { label: 'Modified 2026', meeting: 'seventh Plenary Meeting', date: '2026-06-18' };
const EGYPT_ADDITION =
  'بقرار الجمعية العامة للأمم المتحدة بشأن الوثيقة الختامية للاجتماع الرفيع المستوى للجمعية العامة بشأن الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات (2025)؛';
const AFRICAN_ADDITION = 'دعم مشاركة البلدان النامية في عملية القمة العالمية لمجتمع المعلومات بعد عام 2025؛';
const AFRICAN_COMPROMISE = 'دعم مشاركة البلدان النامية، ولا سيما أقل البلدان نمواً، في عملية القمة العالمية لمجتمع المعلومات بعد عام 2025؛';
/** A name that would be markup if any page forgot to escape it. */
const HOSTILE_NAME = 'Civic <Lab> & "Friends" <img src=x onerror=alert(1)>';

/**
 * The negotiation of the workflow issue, in the browser: three stakeholders draft and submit
 * contributions (a MOD by selecting words, an ADD between provisions, a SUP, bracketed
 * alternatives, co-sponsors), the chair closes the call, reads the compilation with its
 * conflict, merges, rules, settles the brackets and adopts "Modified 2026" at a meeting, and
 * an auditor replays the history with the slider, reads a provision's provenance and the
 * verification report. Everything runs in the embedded default (one process, its own
 * PostgreSQL); Debian's Chromium drives the pages, every page is checked with axe-core and
 * weighed, and each main page is photographed in Arabic and English.
 */
describe('the web application: a negotiation of Resolution 1334 in the browser, in the embedded default', () => {
  const step = scenarioSteps();
  const STEP_MS = 150_000;
  let service: WebService;
  let base: string;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let secretariat: HttpClient;
  let consultationId: string;
  let documentId: string;
  const base1334 = res1334();

  beforeAll(async () => {
    service = await startWebService('ledger-web-');
    base = service.base;
    secretariat = new HttpClient(base, await tokenFor('itu-secretariat', 'secretariat'));
    ({ consultationId, documentId } = await openWsis20Consultation(base));
    const hostile = await secretariat.post('/api/v1/stakeholders', {
      id: 'civic-lab',
      name: HOSTILE_NAME,
      category: 'civil-society',
      region: 'global',
    });
    expect(hostile.status).toBe(201);
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

  const { amendmentOf } = documentAmendments(
    () => secretariat,
    () => documentId,
  );
  const { choose, selectWords, preview, addToContribution, fillCover } = webComposer(() => page, { press, expectAccessible });

  step(
    'the sign-in page and the consultations, in Arabic and in English, with a development identity',
    async () => {
      await page.goto(`${base}/web`);
      expect(new URL(page.url()).pathname).toBe('/web/sign-in');
      await visit('/web/sign-in', 'en');
      await expectInterface('en');
      await screenshot(page, 'en-sign-in');
      // Every text is escaped: a registered name that looks like markup stays text.
      await visible(page.getByText(HOSTILE_NAME, { exact: true }));
      expect(await page.locator('img').count()).toBe(0);
      await signInAs('Arab Republic of Egypt', 'ar');
      await expectInterface('ar');
      await expectAccessible();
      await screenshot(page, 'ar-consultations');
      const cookies = await browser.context.cookies(base);
      const session = cookies.find((cookie) => cookie.name === 'ledger_session');
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
      await visit('/web', 'en');
      await expectInterface('en');
      await screenshot(page, 'en-consultations');
      await visit('/web/sign-in', 'ar');
      await screenshot(page, 'ar-sign-in');
    },
    STEP_MS,
  );

  step(
    'Egypt drafts a contribution in Arabic: an item added before the first of the preamble, words of op-1-1 selected and changed, op-1-6 suppressed, each previewed as marked text',
    async () => {
      await visit(`/web/consultations/${consultationId}`, 'ar');
      await screenshot(page, 'ar-consultation');
      await press(page.getByRole('link', { name: AR['document.contribute'] }));
      await expectInterface('ar');
      await expectAccessible();
      await fillCover({
        symbol: 'C26/12-A',
        title: 'تعديلات مقترحة على القرار 1334',
        purpose: 'تحديث القرار 1334 في ضوء نتائج الاستعراض WSIS+20.',
        agendaItem: 'PL 2',
        date: '2026-02-20',
      });
      await page.getByLabel('Association for Progressive Communications').check();

      await choose('pre-1-1', 'add-before', 'ar');
      await page.locator('#newText').fill(EGYPT_ADDITION);
      const addition = await preview('ar');
      await shows(addition.locator('ins'), 'الاستعراض الشامل');
      // The new item takes أ and the old أ becomes ب: the preview says which label it gets.
      await shows(addition, AR['preview.newLabel']);
      await addToContribution('ar');

      await choose('op-1-1', 'modify', 'ar');
      await selectWords('جميع التدابير الممكنة');
      await page.locator('#newWords').fill('جميع التدابير المناسبة');
      const modification = await preview('ar');
      await shows(modification.locator('del'), 'الممكنة');
      await shows(modification.locator('ins'), 'المناسبة');
      await carries(modification.locator('.change'), 'dir', 'rtl');
      await screenshot(page, 'ar-composer-preview', { selector: 'section[aria-labelledby="editor-heading"]' });
      await addToContribution('ar');

      await choose('op-1-6', 'suppress', 'ar');
      const suppression = await preview('ar');
      await shows(suppression.locator('del'), wordingOf(base1334, 'op-1-6').slice(0, 20));
      await addToContribution('ar');
      await shows(page.locator('#basket-heading'), '3');

      await press(page.getByRole('button', { name: AR['composer.submit'] }));
      expect(new URL(page.url()).pathname).toBe('/web/proposals');
      await shows(page.getByRole('status').first(), AR['notice.contributionSubmitted']);
      await expectAccessible();
      await counts(page.locator('tr[id^="amendment-"]'), 3);
      await counts(page.locator('.status-pending'), 3);
      await screenshot(page, 'ar-proposals');
      const contribution = (await secretariat.get(`/api/v1/consultations/${consultationId}/contributions`)).json.items[0];
      expect(contribution.cover).toMatchObject({
        symbol: 'C26/12-A',
        submitters: ['egypt'],
        coSponsors: ['apc'],
        agendaItem: 'PL 2',
        date: '2026-02-20',
        references: ['Council Resolution 1334 (Modified 2023)', 'UNGA Resolution 70/125'],
      });
      await signOut('ar');
    },
    STEP_MS,
  );

  step(
    'Kenya drafts for the African Group in English: its MOD of the same words is reported as a conflict at once',
    async () => {
      await signInAs('Republic of Kenya', 'en');
      await visit(`/web/documents/${documentId}/compose?mode=contribution`, 'en');
      await fillCover({
        symbol: 'C26/15-A',
        title: 'African common proposals on Resolution 1334',
        purpose: 'The African common proposals.',
        agendaItem: 'PL 2',
        date: '2026-02-22',
      });
      await page.locator('#submitter').selectOption('african-group');

      await choose('op-1-1', 'modify', 'en');
      // Typed rather than selected: the words occur once in the provision.
      await page.locator('#words').fill('جميع التدابير الممكنة');
      await page.locator('#newWords').fill('كل التدابير اللازمة');
      const modification = await preview('en');
      await shows(modification.locator('ins'), 'اللازمة');
      await addToContribution('en');

      await choose('op-3-1', 'add-end', 'en');
      await page.locator('#newText').fill(AFRICAN_ADDITION);
      const addition = await preview('en');
      await shows(addition, EN['relation.at-end-of']);
      await screenshot(page, 'en-composer-preview', { selector: 'section[aria-labelledby="editor-heading"]' });
      await addToContribution('en');
      await screenshot(page, 'en-composer');

      await press(page.getByRole('button', { name: EN['composer.submit'] }));
      await visible(page.getByText(EN['notice.conflicts']));
      // The page it lands on names the conflict: whose proposal, why, and the provision as printed.
      const conflicts = page.locator('section[aria-labelledby="own-conflicts-heading"]');
      await shows(conflicts, `${EN['compilation.conflictsWith']} MODArab Republic of Egypt`);
      await shows(conflicts, citeProvision(res1334(), 'op-1-1')!);
      await lacks(conflicts, 'op-1-1');
      await expectAccessible();
      await screenshot(page, 'en-proposals');
      expect((await amendmentOf('african-group', 'modify', 'op-1-1')).status).toBe('pending');
      await signOut('en');
    },
    STEP_MS,
  );

  step(
    'APC offers bracketed alternatives for words of op-3-4',
    async () => {
      await signInAs('Association for Progressive Communications', 'en');
      await visit(`/web/documents/${documentId}/compose`, 'en');
      await fillCover({
        symbol: 'C26/20-E',
        title: 'Multistakeholder participation in the WSIS process beyond 2025',
        purpose: 'Open participation.',
        agendaItem: 'PL 2',
        date: '2026-02-24',
      });
      await page.locator('#originalLanguage').selectOption('en');
      await choose('op-3-4', 'alternatives', 'en');
      await selectWords('غير الحكوميين');
      await page.locator('#alternatives').fill('غير الحكوميين\nمن جميع الفئات');
      const alternatives = await preview('en');
      await shows(alternatives.locator('ins'), '[من جميع الفئات]');
      await addToContribution('en');
      await press(page.getByRole('button', { name: EN['composer.submit'] }));
      await shows(page.getByRole('status').first(), EN['notice.contributionSubmitted']);
      await signOut('en');
    },
    STEP_MS,
  );

  step(
    'the chair closes the call for contributions and reads the compilation, the conflict on op-1-1 in view',
    async () => {
      await signInAs(CHAIR, 'ar');
      await visit(`/web/consultations/${consultationId}`, 'ar');
      await press(page.getByRole('button', { name: AR['consultation.moveTo'].replace('{phase}', AR['phase.negotiation']) }));
      // The change is confirmed on a page of its own before it is sent.
      await press(page.getByRole('button', { name: AR['chairSafety.confirmPhase'].replace('{phase}', AR['phase.negotiation']) }));
      await reads(page.locator('.phases li[aria-current="step"]'), AR['phase.negotiation']);
      await expectAccessible();

      await visit(`/web/documents/${documentId}/compilation`, 'ar');
      await shows(page.locator('#conflicts-heading'), '1');
      const row = page.locator('#provision-op-1-1');
      await counts(row.locator('.proposals > li'), 2);
      await counts(row.locator('.conflict'), 2);
      await screenshot(page, 'ar-compilation', { selector: '#provision-op-1-1' });
      await visit(`/web/documents/${documentId}/compilation`, 'en');
      await shows(page.locator('#provision-op-1-1 .conflict').first(), EN['compilation.conflictsWith']);
      await screenshot(page, README_SCREENSHOTS.compilation, { selector: '#provision-op-1-1' });
    },
    STEP_MS,
  );

  step(
    'the chair merges the two MODs of op-1-1 into a compromise, and rules on each amendment at the first meeting',
    async () => {
      const row = page.locator('#provision-op-1-1');
      await row.getByText(EN['chair.merge']).click();
      const merge = row.locator('form[action$="/merges"]');
      await merge
        .locator('textarea[name="wording"]')
        .fill(wordingOf(base1334, 'op-1-1').replace('جميع التدابير الممكنة', 'جميع التدابير اللازمة والمناسبة'));
      await merge.locator('input[name="meeting"]').fill(FIRST_MEETING.meeting);
      await merge.locator('input[name="date"]').fill(FIRST_MEETING.date);
      await press(merge.getByRole('button', { name: EN['chair.recordMerge'] }));
      await shows(page.getByRole('status').first(), EN['notice.merged']);
      await counts(page.locator('#provision-op-1-1 .status-merged'), 2);

      async function rule(amendment: any, ruling: string, extra: { compromise?: string; reason?: string } = {}): Promise<void> {
        const item = page.locator(`#amendment-${amendment.id}`);
        await item.getByText(EN['chair.rule']).click();
        // Under each proposal the ruling is compact; a compromise or a reason needs the whole form, a link away.
        if (ruling === 'accepted-as-modified' || extra.compromise !== undefined || extra.reason !== undefined)
          await press(item.getByRole('link', { name: EN['chair.ruleFully'] }));
        await item.locator(`input[name="ruling"][value="${ruling}"]`).check();
        if (extra.compromise !== undefined) await item.locator('textarea[name="compromise"]').fill(extra.compromise);
        if (extra.reason !== undefined) await item.locator('textarea[name="reason"]').fill(extra.reason);
        // The meeting and date of the last decision are kept for the next.
        await holds(item.locator('input[name="meeting"]'), FIRST_MEETING.meeting);
        await press(item.getByRole('button', { name: EN['chair.recordRuling'] }));
        await shows(page.getByRole('status').first(), EN['notice.ruled']);
        await counts(page.locator(`#amendment-${amendment.id} .status-${ruling}`), 1);
      }
      await rule(await amendmentOf('egypt', 'add', 'pre-1-1'), 'accepted');
      await rule(await amendmentOf('egypt', 'suppress', 'op-1-6'), 'rejected', {
        reason: 'The updates until 2025 are still to be delivered.',
      });
      await rule(await amendmentOf('african-group', 'add', 'op-3'), 'accepted-as-modified', { compromise: AFRICAN_COMPROMISE });
      await rule(await amendmentOf('apc', 'offerAlternatives', 'op-3-4'), 'accepted');
      await expectAccessible();
    },
    STEP_MS,
  );

  step(
    'adoption is refused on the page while brackets remain; the chair settles them in Arabic (alternatives lettered أ, ب) and adopts "Modified 2026" at the seventh Plenary Meeting',
    async () => {
      await visit(`/web/consultations/${consultationId}`, 'ar');
      await press(page.getByRole('button', { name: AR['consultation.moveTo'].replace('{phase}', AR['phase.adoption']) }));
      await press(page.getByRole('button', { name: AR['chairSafety.confirmPhase'].replace('{phase}', AR['phase.adoption']) }));
      const adopt = async () => {
        const adoption = page.locator('section[aria-labelledby="adoption-heading"] form');
        await adoption.locator('input[name="label"]').fill(ADOPTION.label);
        await adoption.locator('input[name="meeting"]').fill(ADOPTION.meeting);
        await adoption.locator('input[name="date"]').fill(ADOPTION.date);
        await press(adoption.getByRole('button', { name: AR['chair.adopt'] }));
        // The preview comes first; the adoption is recorded from it.
        await press(page.getByRole('button', { name: AR['chairSafety.confirmAdoption'] }));
      };
      await visit(`/web/documents/${documentId}/compilation`, 'ar');
      await adopt();
      // The rules of the consultation refuse it: the page says so in Arabic, and offers to leave the brackets open.
      await shows(page.getByRole('alert'), AR['chairSafety.needsBrackets']);
      await counts(page.locator('input[name="leaveBrackets"]'), 1);
      await expectAccessible();
      await screenshot(page, 'ar-compilation-refused');
      await visit(`/web/documents/${documentId}/compilation`, 'ar');

      const brackets = page.locator('section[aria-labelledby="brackets-heading"] form').first();
      await reads(brackets.locator('.choice .label').first(), 'أ )');
      await reads(brackets.locator('.choice .label').nth(1), 'ب)');
      await brackets.locator('input[name="choice"][value="1"]').check();
      await brackets.locator('input[name="meeting"]').fill(ADOPTION.meeting);
      await brackets.locator('input[name="date"]').fill(ADOPTION.date);
      await press(brackets.getByRole('button', { name: AR['chair.settle'] }));
      await shows(page.getByRole('status').first(), AR['notice.settled']);
      await counts(page.locator('section[aria-labelledby="brackets-heading"]'), 0);

      await adopt();
      await shows(page.getByRole('status').first(), AR['notice.adopted']);
      const versions = await eventually(async () => {
        const answer = await secretariat.get(`/api/v1/documents/${documentId}/versions`);
        expect(answer.json).toHaveLength(2);
        return answer.json;
      });
      expect(versions[1]).toMatchObject({ number: 2, label: ADOPTION.label, adoptedMeeting: ADOPTION.meeting, adoptedDate: ADOPTION.date });
      const adopted = (await secretariat.get(`/api/v1/documents/${documentId}/versions/2`)).json.text;
      const operative = Object.fromEntries(adopted.operative.flatMap((s: any) => s.provisions).map((p: any) => [p.id, p]));
      expect(operative['op-1-1'].text).toContain('جميع التدابير اللازمة والمناسبة');
      expect(operative['op-3-4'].text).toBe('التشاور مع أصحاب المصلحة من جميع الفئات ومراعاة آرائهم،');
      expect(adopted.preamble[0].provisions[0].text).toBe(EGYPT_ADDITION);
      await signOut('ar');
    },
    STEP_MS,
  );

  step(
    'Egypt follows its proposals: the addition accepted, the MOD merged, the SUP rejected with the reason',
    async () => {
      await signInAs('Arab Republic of Egypt', 'ar');
      await visit('/web/proposals', 'ar');
      await counts(page.locator('.status-accepted'), 1);
      await counts(page.locator('.status-merged'), 1);
      await counts(page.locator('.status-rejected'), 1);
      await visible(page.getByText('The updates until 2025 are still to be delivered.'));
      await screenshot(page, 'ar-proposals-decided');
    },
    STEP_MS,
  );

  step(
    'the marked text of Modified 2026 against Modified 2023 and the current text, each document in its own direction in both interfaces',
    async () => {
      await visit(`/web/documents/${documentId}/marked`, 'ar');
      const marked = page.locator('article.marked-text');
      await carries(marked, 'dir', 'rtl');
      await visible(marked.locator('ins').first());
      await visible(marked.locator('del').first());
      // Insertions and deletions differ by more than colour: underline and strike, and a marker before each.
      const look = await marked
        .locator('ins')
        .first()
        .evaluate((element) => ({
          line: getComputedStyle(element).textDecorationLine,
          marker: getComputedStyle(element, '::before').content,
        }));
      expect(look.line).toContain('underline');
      expect(look.marker).toContain('+');
      expect(
        await marked
          .locator('del')
          .first()
          .evaluate((element) => getComputedStyle(element).textDecorationLine),
      ).toContain('line-through');
      await screenshot(page, 'ar-marked');
      await screenshot(page, README_SCREENSHOTS.markedText, { selector: 'article.marked-text section[data-id="op-3"]' });
      await visit(`/web/documents/${documentId}/marked`, 'en');
      await expectInterface('en');
      await carries(page.locator('article.marked-text'), 'dir', 'rtl');
      await screenshot(page, 'en-marked');

      await visit(`/web/documents/${documentId}`, 'en');
      await carries(page.locator('article.resolution'), 'lang', 'ar');
      await carries(page.locator('article.resolution'), 'dir', 'rtl');
      await screenshot(page, 'en-document');
      await visit(`/web/documents/${documentId}?version=1`, 'ar');
      await screenshot(page, 'ar-document');
      await signOut('ar');
    },
    STEP_MS,
  );

  step(
    'the auditor signs in with a token from the keyboard alone, and replays the history with the slider',
    async () => {
      await page.goto(`${base}/web/sign-in?lang=en`);
      const token = await tokenFor('auditor-1', 'auditor');
      await page.keyboard.press('Tab'); // the skip link
      let focused = '';
      for (let i = 0; i < 10 && focused !== 'token'; i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.id ?? '');
      }
      expect(focused).toBe('token');
      await page.keyboard.type(token);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toBe('/web');

      await visit(`/web/consultations/${consultationId}/history?document=${documentId}`, 'en');
      const entries = await page
        .locator('#timeline [data-position]')
        .evaluateAll((items) =>
          items.map((item) => ({ position: Number(item.getAttribute('data-position')), label: item.textContent ?? '' })),
        );
      expect(entries.length).toBeGreaterThan(15);
      await shows(page.locator('#as-of article.resolution'), EGYPT_ADDITION);
      // Before the chair's first decision the text is the registered one.
      const firstRuling = entries.find((entry) => entry.label.includes(EN['historyKind.amendments-merged']))!;
      const slider = page.locator('#moment');
      await slider.focus();
      await slider.fill(String(firstRuling.position - 1));
      await lacks(page.locator('#as-of article.resolution'), EGYPT_ADDITION);
      expect((await page.locator('#moment-output').innerText()).trim()).not.toBe('');
      await screenshot(page, 'en-history');
      // The keyboard moves it too, and the text follows.
      await slider.press('End');
      await shows(page.locator('#as-of article.resolution'), EGYPT_ADDITION);
      // Without the script, the form's button shows the same.
      await visit(`/web/consultations/${consultationId}/history?document=${documentId}&position=${firstRuling.position - 1}`, 'ar');
      await lacks(page.locator('#as-of article.resolution'), EGYPT_ADDITION);
      await screenshot(page, 'ar-history');
    },
    STEP_MS,
  );

  step(
    'the auditor reads the provenance of the added provision and the verification report',
    async () => {
      const added = (await amendmentOf('egypt', 'add', 'pre-1-1')).operation.newId;
      await visit(`/web/documents/${documentId}`, 'en');
      await page.locator('#provision').selectOption(added);
      await press(page.getByRole('button', { name: EN['provenance.show'] }));
      await expectAccessible();
      await shows(page.locator('main'), 'Arab Republic of Egypt');
      await shows(page.locator('main'), FIRST_MEETING.meeting);
      await shows(page.locator('main'), ADOPTION.label);
      await screenshot(page, 'en-provenance');
      await visit(`/web/documents/${documentId}/provenance?provision=${added}`, 'ar');
      await screenshot(page, 'ar-provenance');

      await visit('/web/audit', 'en');
      await shows(page.locator('main p.ok'), EN['audit.ok']);
      await screenshot(page, 'en-verification');
      await visit('/web/audit', 'ar');
      await shows(page.locator('main p.ok'), AR['audit.ok']);
      await screenshot(page, 'ar-verification');
    },
    STEP_MS,
  );

  step(
    "a form posted without its token is refused; a stakeholder reaches neither the auditor's page nor a restricted consultation it is not part of",
    async () => {
      const forged = await page.request.post(`${base}/web/consultations/${consultationId}/phase`, {
        form: { to: 'closed' },
        maxRedirects: 0,
      });
      expect(forged.status()).toBe(403);
      expect(forged.headers()['content-type']).toMatch(/^text\/html/);
      const consultation = await secretariat.get(`/api/v1/consultations/${consultationId}`);
      expect(consultation.json.phase).toBe('adoption');
      await signOut('ar');
      await signInAs('Republic of Kenya', 'en');
      const answer = await page.goto(`${base}/web/audit`);
      expect(answer?.status()).toBe(403);
      await expectAccessible();

      // The drafts of a restricted consultation are for its participants: Kenya is not one.
      const restricted = await secretariat.post('/api/v1/consultations', {
        title: 'Closed drafting group',
        body: 'ITU Council',
        subject: 'Internal',
        originalLanguage: 'en',
        chairs: [CHAIR],
        restricted: true,
      });
      expect(restricted.status).toBe(201);
      await eventually(async () => expect((await secretariat.get(`/api/v1/consultations/${restricted.json.id}`)).status).toBe(200));
      await visit('/web', 'en');
      await lacks(page.locator('main'), 'Closed drafting group');
      expect((await page.goto(`${base}/web/consultations/${restricted.json.id}`))?.status()).toBe(403);
    },
    STEP_MS,
  );

  step(
    'the languages and side-by-side pages of a document read in its original alone, in both interfaces (the walk of web-languages.e2e-spec.ts adds versions)',
    async () => {
      await visit(`/web/documents/${documentId}`, 'en');
      await press(page.getByRole('link', { name: EN['document.languages'], exact: true }));
      await expectAccessible();
      await shows(page.locator('#language-ar th'), EN['languages.original']);
      expect(await page.locator('form[action$="/languages"]').count()).toBe(0);
      await visit(`/web/documents/${documentId}/languages`, 'ar');
      await shows(page.locator('main'), AR['languages.none']);
      await visit(`/web/documents/${documentId}/side-by-side`, 'ar');
      await carries(page.locator('table.side-by-side td[lang="ar"]').first(), 'dir', 'rtl');
    },
    STEP_MS,
  );

  step(
    'every page not yet walked, in Arabic and in English, each photographed: a delegate, the chair, and the errors',
    async () => {
      const contribution = (await secretariat.get(`/api/v1/consultations/${consultationId}/contributions`)).json.items.find(
        (c: any) => c.cover.symbol === 'C26/12-A',
      );
      const ruled = await amendmentOf('egypt', 'suppress', 'op-1-6');
      const errorTitles = (lang: 'ar' | 'en') =>
        (['error.notFound', 'error.forbidden', 'error.badRequest', 'error.server'] as const).map((key) => CATALOGUES[lang][key]);
      /** Each page in each language, photographed as `<lang>-<page>`; only the pages named for an error may be one. */
      const walk = async (pages: Record<string, string>) => {
        for (const lang of ['ar', 'en'] as const)
          for (const [name, path] of Object.entries(pages)) {
            await visit(path, lang);
            await expectInterface(lang);
            const heading = (await page.locator('main h1').first().innerText()).trim();
            if (name === 'not-found') expect(heading).toBe(CATALOGUES[lang]['error.notFound']);
            else if (name === 'refusal') expect(heading).toBe(CATALOGUES[lang]['error.forbidden']);
            else expect(errorTitles(lang)).not.toContain(heading);
            await screenshot(page, `${lang}-${name}`);
          }
      };
      await signOut('ar');
      await signInAs('Arab Republic of Egypt', 'ar');
      // The error pages first: a walk ends on a page with the navigation, in English.
      await walk({
        'not-found': `/web/documents/${documentId}/provenance?provision=op-99-1`,
        refusal: '/web/audit',
        consultation: `/web/consultations/${consultationId}`,
        contribution: `/web/contributions/${contribution.id}`,
        proposal: `/web/amendments/${ruled.id}`,
        notifications: '/web/notifications',
        comments: `/web/documents/${documentId}/comments?on=amendment&subject=${ruled.id}`,
        'derived-proposal': `/web/documents/${documentId}/derived-proposal`,
        inputs: `/web/documents/${documentId}/inputs`,
        'state-of-play': `/web/documents/${documentId}/state-of-play`,
        languages: `/web/documents/${documentId}/languages`,
        'side-by-side': `/web/documents/${documentId}/side-by-side`,
        search: '/web/search?q=WSIS',
        'history-filtered': `/web/consultations/${consultationId}/history?document=${documentId}&kind=amendment-ruled&stakeholder=egypt`,
      });
      await signOut('en');
      await signInAs(CHAIR, 'ar');
      await walk({
        compilation: `/web/documents/${documentId}/compilation`,
        'chair-state-of-play': `/web/documents/${documentId}/state-of-play`,
        silence: `/web/documents/${documentId}/silence`,
        revisions: `/web/documents/${documentId}/revisions`,
      });
      await signOut('en');
    },
    STEP_MS,
  );
});
