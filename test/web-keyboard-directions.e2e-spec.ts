import { BrowserContext, Locator, Page } from 'playwright-core';
import { CATALOGUES } from '#libs/web';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { recorded, scenarioSteps } from './support/negotiation-steps';
import { tokenFor } from './support/tokens';
import { carries, counts, holds, launchChromium, screenshot, shows } from './support/web-browser';
import { webComposer } from './support/web-composer';
import { CHAIR, documentAmendments, openWsis20Consultation } from './support/web-scenario';
import { WebService, startWebService } from './support/web-service';
import { Lang, webVisitor } from './support/web-visitor';

const AR = CATALOGUES.ar;

/** Egypt's contribution: its symbol is the kind that broke across lines ("C26/WG-" / "WSIS/12"). */
const SYMBOL = 'C26/WG-WSIS/12';
/** The sitting the chair rules at: an English meeting name, shown inside Arabic sentences. */
const SITTING = { meeting: 'Council Working Group on WSIS and SDGs, 44th meeting', date: '2026-04-10' };
/** The words of op-1-1 Egypt changes, selected from the keyboard. */
const WORDS = 'جميع التدابير الممكنة';

/** The one form of a day in each language ("10 April 2026" / "10 أبريل 2026"), and of a moment (the day, then the time in UTC). */
const MONTHS: Readonly<Record<Lang, string>> = {
  en: 'January|February|March|April|May|June|July|August|September|October|November|December',
  ar: 'يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر',
};
const dayForm = (lang: Lang) => `\\d{1,2} (?:${MONTHS[lang]}) \\d{4}`;
const momentForm = (lang: Lang) => `${dayForm(lang)}${lang === 'ar' ? '، ' : ', '}\\d{2}:\\d{2}:\\d{2} UTC`;

type Box = { getClientRects(): { length: number }; tagName: string };
declare const getComputedStyle: (element: unknown) => { unicodeBidi: string; whiteSpace: string; fontStyle: string; fontWeight: string };

/**
 * Issue 22, items 6 and 7, in Chromium: a keyboard user selects the words to change in the
 * composer's read-only text with Shift+Arrow and Shift+Ctrl+Arrow (real key presses, never a
 * selection set in code); an Arabic page embeds an English meeting name isolated and a
 * contribution's symbol on one line; Arabic headings and emphasis are set by weight, never
 * slanted; a page prints its dates in one form per language.
 */
describe('the web application: keyboard selection, mixed directions and dates', () => {
  const step = scenarioSteps();
  const STEP_MS = 150_000;
  let service: WebService;
  let base: string;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let consultationId: string;
  let documentId: string;
  let secretariat: HttpClient;
  let amendmentId: string;

  beforeAll(async () => {
    service = await startWebService('ledger-web-keyboard-');
    base = service.base;
    ({ consultationId, documentId } = await openWsis20Consultation(base));
    secretariat = new HttpClient(base, await tokenFor('itu-secretariat', 'secretariat'));
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  const { visit, expectAccessible, expectInterface, press, signInAs } = webVisitor(
    () => page,
    () => base,
  );
  const { choose, preview, addToContribution, fillCover } = webComposer(() => page, { press, expectAccessible });
  const { amendmentOf } = documentAmendments(
    () => secretariat,
    () => documentId,
  );

  /** Where the selection of the text area stands: read, never set. */
  const selection = (source: Locator) =>
    source.evaluate((element) => {
      const area = element as unknown as { selectionStart: number; selectionEnd: number };
      return [area.selectionStart, area.selectionEnd] as const;
    });

  step(
    'Egypt selects the words to change from the keyboard: Shift+Ctrl+Arrow by word, Shift+Arrow by letter, in the right-to-left text',
    async () => {
      await signInAs('Arab Republic of Egypt', 'ar');
      await visit(`/web/documents/${documentId}/compose?mode=contribution`, 'ar');
      await expectInterface('ar');
      await fillCover({
        symbol: SYMBOL,
        title: 'تعديل مقترح على القرار 1334',
        purpose: 'تحديث القرار 1334 في ضوء نتائج الاستعراض WSIS+20.',
        agendaItem: 'PL 2',
        date: '2026-02-20',
      });
      await choose('op-1-1', 'modify', 'ar');

      const source = page.locator('textarea#source');
      const text = await source.inputValue();
      const start = text.indexOf(WORDS);
      expect(start).toBeGreaterThan(0);
      await carries(source, 'aria-readonly', 'true');
      await source.focus();
      await page.keyboard.press('Control+Home');
      expect(await selection(source)).toEqual([0, 0]);

      // Right to left, the left arrow moves forward: by word with Ctrl, to the end of each word.
      while ((await selection(source))[1] < start - 1) await page.keyboard.press('Control+ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await selection(source)).toEqual([start, start]);
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Control+ArrowLeft');
      expect(await selection(source)).toEqual([start, start + WORDS.length]);
      await holds(page.locator('#words'), WORDS);
      await holds(page.locator('input[name="selStart"]'), String(start));
      await holds(page.locator('input[name="selEnd"]'), String(start + WORDS.length));

      // Letter by letter back (the right arrow, right to left): a word cut in the middle is taken whole, as with the mouse.
      const last = WORDS.split(' ').pop()!;
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
      expect(await selection(source)).toEqual([start, start + WORDS.length - 3]);
      await holds(page.locator('#words'), WORDS);
      for (let i = 3; i < last.length + 1; i++) await page.keyboard.press('Shift+ArrowRight');
      await holds(page.locator('#words'), WORDS.slice(0, -last.length - 1));
      for (let i = 0; i < last.length + 1; i++) await page.keyboard.press('Shift+ArrowLeft');
      await holds(page.locator('#words'), WORDS);

      // The text stays the provision's: typing, deleting or pasting into it changes nothing.
      await page.keyboard.press('Delete');
      await page.keyboard.type('x');
      await page.keyboard.press('Backspace');
      await holds(source, text);
      await holds(page.locator('#words'), WORDS);
      await screenshot(page, 'composer-keyboard-selection-ar', { selector: 'section[aria-labelledby="editor-heading"]' });

      await page.locator('#newWords').fill('جميع التدابير المناسبة');
      const modification = await preview('ar');
      await shows(modification.locator('del'), 'الممكنة');
      await shows(modification.locator('ins'), 'المناسبة');
      await addToContribution('ar');
      await press(page.getByRole('button', { name: AR['composer.submit'] }));
      expect(new URL(page.url()).pathname).toBe('/web/proposals');
      await shows(page.getByRole('status').first(), AR['notice.contributionSubmitted']);
    },
    STEP_MS,
  );

  step(
    'the chair moves to negotiation and accepts the MOD at a sitting with an English name (through the API)',
    async () => {
      const chair = new HttpClient(base, await tokenFor(CHAIR, 'chair'));
      recorded('negotiation', await chair.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'negotiation' }), 200);
      amendmentId = (await eventually(() => amendmentOf('egypt', 'modify', 'op-1-1'))).id;
      recorded('rule', await chair.post(`/api/v1/amendments/${amendmentId}/decision`, { ruling: 'accepted', ...SITTING }));
      await eventually(async () => {
        const amendment = await amendmentOf('egypt', 'modify', 'op-1-1');
        if (amendment.status !== 'accepted') throw new Error('not projected yet');
      });
    },
    STEP_MS,
  );

  step(
    'on the Arabic compilation the English meeting name is isolated, and the symbol stays on one line at any width',
    async () => {
      await visit(`/web/documents/${documentId}/compilation`, 'ar');
      await expectInterface('ar');
      const item = page.locator(`#amendment-${amendmentId}`);
      const meeting = item.locator('bdi', { hasText: SITTING.meeting });
      await counts(meeting, 1);
      expect(await meeting.evaluate((element) => [(element as unknown as Box).tagName, getComputedStyle(element).unicodeBidi])).toEqual([
        'BDI',
        'isolate',
      ]);

      const symbol = item.locator('bdi.symbol', { hasText: SYMBOL });
      await counts(symbol, 1);
      const lines = () => symbol.evaluate((element) => (element as unknown as Box).getClientRects().length);
      // A width at which the symbol would break if it were allowed to: found with its wrapping turned back on.
      const wrap = (whiteSpace: string) =>
        symbol.evaluate((element, value) => {
          (element as unknown as { style: { whiteSpace: string } }).style.whiteSpace = value;
        }, whiteSpace);
      await wrap('normal');
      let width = 0;
      for (let w = 260; w <= 900 && width === 0; w += 10) {
        await page.setViewportSize({ width: w, height: 900 });
        if ((await lines()) > 1) width = w;
      }
      expect(width).toBeGreaterThan(0);
      await wrap('');
      expect(await lines()).toBe(1);
      expect(await symbol.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('nowrap');
      await screenshot(page, 'compilation-narrow-ar', { selector: `#amendment-${amendmentId}` });
      await page.setViewportSize({ width: 1280, height: 900 });

      // The same symbol on the consultation's list of contributions, at the same width.
      await visit(`/web/consultations/${consultationId}`, 'ar');
      await page.setViewportSize({ width, height: 900 });
      const listed = page.locator('bdi.symbol', { hasText: SYMBOL }).first();
      expect(await listed.evaluate((element) => (element as unknown as Box).getClientRects().length)).toBe(1);
      await page.setViewportSize({ width: 1280, height: 900 });
    },
    STEP_MS,
  );

  /** Every element of the page in Arabic that is a heading or emphasis: upright, and bold. */
  async function expectArabicEmphasisByWeight(minimum: number): Promise<void> {
    const styles = await page.locator('main :is(h1, h2, h3, h4, .heading, .section-heading, em, i, cite)').evaluateAll((elements) =>
      elements
        .filter((element) => (element as unknown as { matches(selector: string): boolean }).matches(':lang(ar)'))
        .map((element) => {
          const style = getComputedStyle(element);
          return {
            text: (element as unknown as { textContent: string }).textContent.slice(0, 30),
            style: style.fontStyle,
            weight: Number(style.fontWeight),
          };
        }),
    );
    expect(styles.length).toBeGreaterThanOrEqual(minimum);
    for (const style of styles) expect([style.text, style.style, style.weight >= 600]).toEqual([style.text, 'normal', true]);
  }

  step(
    'Arabic section headings and emphasis are set by weight, not slanted, on the document, the provision and the composer',
    async () => {
      await visit(`/web/documents/${documentId}`, 'ar');
      const headings = page.locator('.document .heading');
      expect(await headings.count()).toBeGreaterThan(3);
      await expectArabicEmphasisByWeight(4);
      await visit(`/web/documents/${documentId}`, 'en');
      await expectArabicEmphasisByWeight(4);
      await visit(`/web/documents/${documentId}/provenance?provision=op-1-1`, 'ar');
      await expectArabicEmphasisByWeight(2);
      await visit(`/web/documents/${documentId}/compose`, 'ar');
      expect(await page.locator('.section-heading').count()).toBeGreaterThan(3);
      await expectArabicEmphasisByWeight(4);
    },
    STEP_MS,
  );

  /** The dates the page prints: every one in the language's one form, days and moments alike. */
  async function expectOneDateForm(lang: Lang): Promise<{ days: number; moments: number }> {
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/u);
    expect(text).not.toMatch(/\d{1,2}[\u200e\u200f]?\/\d{1,2}[\u200e\u200f]?\/\d{2,4}/u);
    expect(text).not.toMatch(/[٠-٩]/u);
    if (lang === 'en') expect(text).not.toMatch(/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/u);
    const times = await page.locator('main time').allInnerTexts();
    const day = new RegExp(`^${dayForm(lang)}$`, 'u');
    const moment = new RegExp(`^${momentForm(lang)}$`, 'u');
    for (const time of times) expect(day.test(time) || moment.test(time) ? time : `not in the one form: ${time}`).toBe(time);
    // Every time of day the text shows follows a day in the one form.
    const clock = text.match(/\d{1,2}:\d{2}/gu) ?? [];
    const moments = text.match(new RegExp(momentForm(lang), 'gu')) ?? [];
    expect(moments.length).toBe(clock.length);
    return { days: (text.match(new RegExp(dayForm(lang), 'gu')) ?? []).length - moments.length, moments: moments.length };
  }

  step(
    'a page prints its dates in one form per language: the provision page shows a sitting day and recorded moments alike',
    async () => {
      for (const lang of ['ar', 'en'] as const) {
        await visit(`/web/documents/${documentId}/provenance?provision=op-1-1`, lang);
        const found = await expectOneDateForm(lang);
        // Both a day (the sitting) and moments (recorded, proposed) are on this page.
        expect(found.days).toBeGreaterThanOrEqual(1);
        expect(found.moments).toBeGreaterThanOrEqual(1);
        await shows(page.locator('main'), lang === 'ar' ? '10 أبريل 2026' : '10 April 2026');
        await visit(`/web/consultations/${consultationId}`, lang);
        await expectOneDateForm(lang);
        await visit('/web/proposals', lang);
        await expectOneDateForm(lang);
        await visit(`/web/documents/${documentId}`, lang);
        await expectOneDateForm(lang);
      }
      await screenshot(page, 'document-dates-en');
    },
    STEP_MS,
  );
});
