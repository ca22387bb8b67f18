import { BrowserContext, Page } from 'playwright-core';
import { importResolution } from '#libs/text';
import { CATALOGUES } from '#libs/web';
import { wsis20Consultation } from './support/consultations';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { STAKEHOLDERS } from './support/negotiation-parties';
import { recorded, scenarioSteps } from './support/negotiation-steps';
import { tokenFor } from './support/tokens';
import { carries, launchChromium, screenshot, shows } from './support/web-browser';
import { CHAIR } from './support/web-scenario';
import { webVisitor } from './support/web-visitor';
import { WebService, startWebService } from './support/web-service';

const AR = CATALOGUES.ar;
const EN = CATALOGUES.en;

const lines = (...all: string[]) => all.join('\n') + '\n';
const ARABIC_TITLE = [
  'القرار 1334 (المعدَّل في 2023)',
  '(اعتُمد في الجلسة العامة السادسة)',
  'دور الاتحاد الدولي للاتصالات في الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات',
  'إن مجلس الاتحاد الدولي للاتصالات،',
];
/** Resolution 1334 shortened to two provisions of "recalling" and two of "resolves to instruct", in the Council's Arabic: the original. */
const ARABIC_SOURCE = lines(
  ...ARABIC_TITLE,
  'إذ يذكّر',
  'أ )\tبالقرار 73 (مينيابوليس، 1998) لمؤتمر المندوبين المفوضين الذي حقق أهدافه فيما يتعلق بعقد مرحلتي القمة العالمية لمجتمع المعلومات (WSIS)؛',
  'ب)\tبالقرار 140 (المراجَع في بوخارست، 2022) لمؤتمر المندوبين المفوضين، بشأن دور الاتحاد في تنفيذ نواتج القمة العالمية لمجتمع المعلومات وخطة التنمية المستدامة لعام 2030؛',
  'يقرر أن يكلف الأمين العام',
  '1\tباتخاذ جميع التدابير الممكنة لتشجيع انخراط ومشاركة جميع منظمات الأمم المتحدة بصورة كاملة، لا سيما تلك التي كلفها برنامج عمل تونس بالقيام بمهام معينة؛',
  '2\tبعرض وترويج نواتج الحدث رفيع المستوى للمنتدى WSIS+20، في إطار الاستعراض الشامل للجمعية العامة للأمم المتحدة في 2025؛',
);
const ENGLISH_HEAD = [
  'RESOLUTION 1334 (MODIFIED 2023)',
  '(adopted at the sixth Plenary Meeting)',
  "ITU's role in the overall review of the implementation of the outcomes of the World Summit on the Information Society",
  'The ITU Council,',
  'recalling',
  'a)\tResolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference, which achieved its objectives with regard to the holding of the two phases of the World Summit on the Information Society (WSIS);',
];
const ENGLISH_RECALLING_B =
  "b)\tResolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference, on ITU's role in implementing the outcomes of WSIS and the 2030 Agenda for Sustainable Development;";
const ENGLISH_RESOLVES = [
  'resolves to instruct the Secretary-General',
  '1\tto take all possible measures to encourage the full involvement and participation of all United Nations organizations, in particular those entrusted with specific tasks by the Tunis Agenda;',
  '2\tto present and promote the outcomes of the WSIS+20 High-Level Event, within the framework of the UNGA overall review in 2025;',
];
/** Its English version, and a draft of it that left out b) of "recalling". */
const ENGLISH_SOURCE = lines(...ENGLISH_HEAD, ENGLISH_RECALLING_B, ...ENGLISH_RESOLVES);
const ENGLISH_DRAFT_WITHOUT_B = lines(...ENGLISH_HEAD, ...ENGLISH_RESOLVES);

const ORIGINAL = importResolution(ARABIC_SOURCE, { language: 'ar', style: 'itu' }).document;
const [ALL_MEASURES, PROMOTE] = ORIGINAL.operative[0].provisions;
const modify = (provision: { id: string; text: string }, words: string, replacement: string) => ({
  kind: 'modify',
  provisionId: provision.id,
  oldText: provision.text,
  newText: provision.text.replace(words, replacement),
});
/** Egypt: "all appropriate measures" rather than "all possible" ones; then "and to report on them". */
const APPROPRIATE_MEASURES = modify(ALL_MEASURES, 'جميع التدابير الممكنة', 'جميع التدابير المناسبة');
const AND_REPORT = modify(PROMOTE, 'في 2025؛', 'في 2025 وتقديم تقرير عنها؛');
const APPROPRIATE_IN_ENGLISH =
  'to take all appropriate measures to encourage the full involvement and participation of all United Nations organizations, in particular those entrusted with specific tasks by the Tunis Agenda;';
const SITTING = { meeting: 'CWG-WSIS&SDG, first meeting of 2026', date: '2026-03-10' };
const ADOPTION = { label: 'Modified 2026', meeting: 'seventh Plenary Meeting', date: '2026-06-18' };

/**
 * Six languages in the browser: Resolution 1334 is negotiated in Arabic; the secretariat adds
 * the English version from its pasted text after checking how it aligns, the chair's rulings
 * open translation tasks that a translator closes from the worklist, both versions are read
 * side by side, and the chair adopts the version provisionally in English. Every page is
 * checked with axe-core, in Arabic and in English. (A walk of its own: a language version in
 * the negotiation's walk would change its adoption.)
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
  let chair: HttpClient;
  let egypt: HttpClient;

  beforeAll(async () => {
    service = await startWebService('ledger-web-languages-');
    base = service.base;
    const secretariat = new HttpClient(base, await tokenFor('itu-secretariat', 'secretariat'));
    chair = new HttpClient(base, await tokenFor(CHAIR, 'chair'));
    egypt = new HttpClient(base, await tokenFor('egypt', 'stakeholder'));
    for (const stakeholder of Object.values(STAKEHOLDERS))
      recorded(`register ${stakeholder.id}`, await secretariat.post('/api/v1/stakeholders', stakeholder));
    consultationId = recorded(
      'open the consultation',
      await secretariat.post('/api/v1/consultations', wsis20Consultation({ chairs: [CHAIR] })),
    ).id;
    await eventually(async () => expect((await secretariat.get(`/api/v1/consultations/${consultationId}`)).status).toBe(200));
    for (const { id } of Object.values(STAKEHOLDERS))
      recorded(`admit ${id}`, await secretariat.post(`/api/v1/consultations/${consultationId}/participants`, { stakeholderId: id }));
    documentId = recorded(
      'register Resolution 1334',
      await secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        source: ARABIC_SOURCE,
        language: 'ar',
        style: 'itu',
      }),
    ).id;
    recorded(
      'open for contributions',
      await chair.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'open-for-contributions' }),
      200,
    );
    await eventually(async () => expect((await secretariat.get(`/api/v1/documents/${documentId}/compilation`)).status).toBe(200));
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

  const amendments: Record<string, string> = {};

  /** Egypt proposes changes of the Arabic original while the call for contributions is open; then the negotiation opens. */
  async function proposeThenNegotiate(operations: Record<string, unknown>): Promise<void> {
    for (const [name, operation] of Object.entries(operations))
      amendments[name] = recorded(name, await egypt.post(`/api/v1/documents/${documentId}/amendments`, { versionNumber: 1, operation })).id;
    for (const id of Object.values(amendments))
      await eventually(async () => expect((await chair.get(`/api/v1/amendments/${id}`)).status).toBe(200));
    recorded('to negotiation', await chair.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'negotiation' }), 200);
  }

  /** The chair accepts one of them at a sitting: the original changes, and the English version lags. */
  async function accept(name: string): Promise<void> {
    recorded(`accept ${name}`, await chair.post(`/api/v1/amendments/${amendments[name]}/decision`, { ruling: 'accepted', ...SITTING }));
  }

  step(
    'the secretariat checks how a pasted English draft aligns with the Arabic original, then adds the complete version',
    async () => {
      await signInAs('secretariat-1', 'en');
      await visit(`/web/documents/${documentId}`, 'en');
      await press(page.getByRole('link', { name: EN['document.languages'], exact: true }));
      await expectAccessible();
      await shows(page.locator('#language-ar th'), EN['language.ar']);
      // Named French, the English words are refused: the importer reads their language as the API does.
      await page.locator('#language').selectOption('fr');
      await page.locator('#source').fill(ENGLISH_DRAFT_WITHOUT_B);
      await press(page.getByRole('button', { name: EN['languages.check'] }));
      await shows(
        page.locator('.notice.error'),
        EN['languages.readsAs'].replace(/\{detected\}/gu, 'English').replace(/\{chosen\}/gu, 'French'),
      );
      await expectAccessible();
      await page.locator('#language').selectOption('en');
      await press(page.getByRole('button', { name: EN['languages.check'] }));
      await expectAccessible();
      // The provision the draft lacks is named as the Arabic prints it, never by its id.
      await shows(page.locator('ul.findings'), 'of the original has no counterpart in the translation');
      await shows(page.locator('ul.findings bdi[lang="ar"]').first(), 'ب)');
      await carries(page.locator('#source'), 'lang', 'en');
      await screenshot(page, 'language-alignment-en');
      await page.locator('#source').fill(ENGLISH_SOURCE);
      await press(page.getByRole('button', { name: EN['languages.check'] }));
      await expectAccessible();
      expect(await page.locator('ul.findings').count()).toBe(0);
      // Pairs the aligner doubts are read and accepted, as the secretariat would.
      for (const box of await page.locator('input[name="accept"]').all()) await box.check();
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
    "the chair's ruling opens a task; a translator records the English wording from the worklist, in an Arabic interface",
    async () => {
      await proposeThenNegotiate({ 'appropriate measures': APPROPRIATE_MEASURES, 'and report': AND_REPORT });
      await accept('appropriate measures');
      await signInAs('translator-1', 'ar');
      await eventually(async () => {
        await visit(`/web/documents/${documentId}/languages/en/tasks`, 'ar');
        expect(await page.locator('textarea[name="text"]').count()).toBe(1);
      });
      await expectInterface('ar');
      // The original's change as marked text, in Arabic, and the field in English.
      await shows(page.locator('.marked-text del'), 'الممكنة');
      await shows(page.locator('.marked-text ins'), 'المناسبة');
      const wording = page.locator('textarea[name="text"]');
      await carries(wording, 'lang', 'en');
      await carries(wording, 'dir', 'ltr');
      await screenshot(page, 'translation-tasks-ar');
      await wording.fill(APPROPRIATE_IN_ENGLISH);
      await press(page.getByRole('button', { name: AR['tasks.record'] }));
      await shows(page.locator('.notice'), AR['notice.translationRecorded']);
      await eventually(async () => {
        await visit(`/web/documents/${documentId}/languages/en/tasks`, 'ar');
        await shows(page.locator('details summary'), AR['tasks.done'].replace('{count}', '1'));
      });
      await shows(page.locator('main'), AR['tasks.none']);
      await visit(`/web/documents/${documentId}/languages/en/tasks`, 'en');
      await signOut('en');
    },
    STEP_MS,
  );

  step(
    'after another ruling, both versions read side by side, each column in its language and direction, the lagging provision marked in words',
    async () => {
      await accept('and report');
      await signInAs('Arab Republic of Egypt', 'en');
      await visit(`/web/documents/${documentId}`, 'en');
      await press(page.getByRole('link', { name: EN['document.sideBySide'], exact: true }));
      await eventually(async () => {
        await visit(`/web/documents/${documentId}/side-by-side?left=ar&right=en`, 'en');
        await shows(page.locator('table.side-by-side'), EN['sideBySide.awaiting']);
      });
      await carries(page.locator('table.side-by-side td[lang="ar"]').first(), 'dir', 'rtl');
      await carries(page.locator('table.side-by-side td[lang="en"]').first(), 'dir', 'ltr');
      await shows(page.locator('table.side-by-side'), APPROPRIATE_IN_ENGLISH.slice(0, 40));
      await shows(page.locator('table.side-by-side ins').first(), 'تقرير');
      await screenshot(page, 'side-by-side-en');
      await page.locator('#left').selectOption('en');
      await page.locator('#right').selectOption('ar');
      await press(page.getByRole('button', { name: EN['sideBySide.show'] }));
      await expectAccessible();
      await shows(page.locator('table.side-by-side thead th').first(), EN['language.en']);
      await visit(`/web/documents/${documentId}/side-by-side?left=ar&right=en`, 'ar');
      await shows(page.locator('table.side-by-side'), AR['sideBySide.awaiting']);
      await screenshot(page, 'side-by-side-ar');
      await signOut('ar');
    },
    STEP_MS,
  );

  step(
    'the chair is told that English lags, and adopts the version provisionally in English',
    async () => {
      recorded('to adoption', await chair.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'adoption' }), 200);
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
      await shows(page.locator('.notice.error'), AR['adoption.refusedOutOfStep'].split('{languages}')[0].trim());
      await shows(page.locator('.notice.error'), AR['language.en']);
      await expectAccessible();
      await screenshot(page, 'adoption-out-of-step-ar');
      await fill();
      await adoption.locator('input[name="provisionalIn"][value="en"]').check();
      await press(adoption.getByRole('button', { name: AR['chair.adopt'] }));
      await shows(page.locator('.notice'), AR['notice.adopted']);
      await signOut('ar');
    },
    STEP_MS,
  );
});
