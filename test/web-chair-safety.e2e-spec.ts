import { BrowserContext, Page } from 'playwright-core';
import { CATALOGUES } from '#libs/web';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { amendmentsTo, contributionCover } from './support/negotiation-parties';
import { recorded, scenarioSteps } from './support/negotiation-steps';
import { modifyWords, res1334 } from './support/negotiation-text';
import { tokenFor } from './support/tokens';
import { counts, launchChromium, reads, screenshot, shows } from './support/web-browser';
import { webVisitor } from './support/web-visitor';
import { CHAIR } from './support/web-scenario';
import { openResolution1334ForContributions } from './support/web-consultation-setup';
import { WebService, startWebService } from './support/web-service';

const AR = CATALOGUES.ar;
const EN = CATALOGUES.en;

const DAY_MS = 86_400_000;
/** The published deadline for contributions: thirteen calendar days from today (UTC), late in the day. */
const CONTRIBUTIONS_DEADLINE = `${new Date(Date.now() + 13 * DAY_MS).toISOString().slice(0, 10)}T23:59:00.000Z`;
const SITTING = { meeting: 'CWG-WSIS&SDG, first meeting of 2026', date: '2026-03-10' };
const ADOPTION = { label: 'المعدَّل في 2026', meeting: 'الجلسة العامة السابعة', date: '2026-06-12' };

/**
 * The chair's actions with safety, in the browser: a change of phase asks first, on a page that
 * names what it does and the published deadline it cuts short (cancelling changes nothing,
 * confirming changes the phase); an adoption shows its preview (the marked text, the title and
 * line as printed, the open points with "leave open"); a refusal offers "leave open" at once;
 * adopting again with nothing changed is refused, in the reader's language.
 */
describe("the web application: the chair's actions ask before they act", () => {
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

  const { visit, press, signInAs, expectAccessible, expectInterface } = webVisitor(
    () => page,
    () => base,
  );
  const consultationPage = () => `/web/consultations/${consultationId}`;
  const compilation = () => `/web/documents/${documentId}/compilation`;
  const phaseOf = async (): Promise<string> => (await secretariat.get(`/api/v1/consultations/${consultationId}`)).json.phase;
  const versionsOf = async (): Promise<any[]> => (await secretariat.get(`/api/v1/documents/${documentId}/versions`)).json;

  beforeAll(async () => {
    service = await startWebService('ledger-chair-safety-');
    base = service.base;
    secretariat = new HttpClient(base, await tokenFor('itu-secretariat', 'secretariat'));
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  step(
    'the secretariat opens the consultation with a deadline for contributions thirteen days away; Egypt proposes a MOD and a SUP',
    async () => {
      ({ consultationId, documentId } = await openResolution1334ForContributions(secretariat, {
        chairs: [CHAIR],
        deadlines: { 'open-for-contributions': CONTRIBUTIONS_DEADLINE },
      }));
      const egypt = new HttpClient(base, await tokenFor('egypt', 'stakeholder'));
      const contributionId = recorded(
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
      [amendment.mod, amendment.sup] = await eventually(async () => {
        const ids = (await secretariat.get(`/api/v1/contributions/${contributionId}`)).json?.substance?.amendmentIds;
        if (!Array.isArray(ids) || ids.length !== 2) throw new Error('not projected yet');
        return ids as string[];
      });
    },
    STEP_MS,
  );

  step(
    'moving to negotiation asks first, in Arabic, naming the deadline for contributions and the 13 days it takes; cancelling changes nothing',
    async () => {
      await signInAs(CHAIR, 'ar');
      await visit(consultationPage(), 'ar');
      await press(page.getByRole('button', { name: AR['consultation.moveTo'].replace('{phase}', AR['phase.negotiation']) }));
      await expectInterface('ar');
      await expectAccessible();
      await reads(page.locator('h1'), AR['chairSafety.phaseTitle']);
      await shows(page.locator('main'), AR['chairSafety.effect.negotiation']);
      const deadline = page.locator('main .notice');
      await shows(deadline, AR['chairSafety.days.many'].replace('{count}', '13'));
      await shows(deadline, AR['phase.negotiation']);
      await counts(deadline.locator(`time[datetime="${CONTRIBUTIONS_DEADLINE.slice(0, 10)}"]`), 1);
      await screenshot(page, 'phase-confirmation-ar');
      // The first post sent nothing.
      expect(await phaseOf()).toBe('open-for-contributions');

      await press(page.getByRole('link', { name: AR['chairSafety.cancelPhase'].replace('{phase}', AR['phase.open-for-contributions']) }));
      expect(new URL(page.url()).pathname).toBe(consultationPage());
      await reads(page.locator('.phases li[aria-current="step"]'), AR['phase.open-for-contributions']);
      expect(await phaseOf()).toBe('open-for-contributions');
    },
    STEP_MS,
  );

  step(
    'in English, the confirmation reads "closes contributions 13 days early", and confirming moves the consultation to negotiation',
    async () => {
      await visit(consultationPage(), 'en');
      await press(page.getByRole('button', { name: EN['consultation.moveTo'].replace('{phase}', EN['phase.negotiation']) }));
      await expectAccessible();
      await shows(page.locator('main .notice'), 'closes contributions 13 days early');
      await screenshot(page, 'phase-confirmation-en');
      await press(page.getByRole('button', { name: EN['chairSafety.confirmPhase'].replace('{phase}', EN['phase.negotiation']) }));
      await shows(page.getByRole('status').first(), EN['notice.phaseChanged']);
      await reads(page.locator('.phases li[aria-current="step"]'), EN['phase.negotiation']);
      await eventually(async () => expect(await phaseOf()).toBe('negotiation'));
    },
    STEP_MS,
  );

  step(
    'the adoption preview shows the text marked against the last version, the title and line as printed, and the undecided SUP with its "leave open"; a refusal offers it at once',
    async () => {
      const chair = new HttpClient(base, await tokenFor(CHAIR, 'chair'));
      recorded('accept the MOD', await chair.post(`/api/v1/amendments/${amendment.mod}/decision`, { ruling: 'accepted', ...SITTING }), 201);
      recorded('move to adoption', await chair.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'adoption' }), 200);
      await eventually(async () => {
        expect(await phaseOf()).toBe('adoption');
        expect((await secretariat.get(`/api/v1/documents/${documentId}/text`)).json.appliedDecisionIds).toHaveLength(1);
      });

      const adoptFromCompilation = async (lang: 'ar' | 'en') => {
        await visit(compilation(), lang);
        const form = page.locator('section[aria-labelledby="adoption-heading"] form');
        await form.locator('input[name="label"]').fill(ADOPTION.label);
        await form.locator('input[name="meeting"]').fill(ADOPTION.meeting);
        await form.locator('input[name="date"]').fill(ADOPTION.date);
        await press(form.getByRole('button', { name: CATALOGUES[lang]['chair.adopt'] }));
        await expectAccessible();
      };
      await adoptFromCompilation('en');
      expect(new URL(page.url()).pathname).toBe(`/web/documents/${documentId}/adoptions`);
      await shows(page.locator('h1'), EN['chairSafety.previewTitle']);
      // Nothing is recorded by the preview.
      expect(await versionsOf()).toHaveLength(1);
      const marks = page.locator('section[aria-labelledby="marks-heading"] .document');
      await shows(marks.locator('ins').first(), 'المناسبة');
      await shows(marks.locator('del').first(), 'الممكنة');
      await shows(page.locator('section[aria-labelledby="printed-heading"]'), `(اعتُمد في ${ADOPTION.meeting})`);
      const open = page.locator('section[aria-labelledby="open-points-heading"]');
      await shows(open, EN['chairSafety.undecided'].replace('{count}', '1'));
      await counts(open.locator(`input[name="leaveOpen"][value="${amendment.sup}"]`), 1);
      await shows(open, 'يقرر أن يكلف الأمين العام');
      await screenshot(page, 'adoption-preview-en');

      // Confirmed without leaving the SUP open: refused, and the page offers "leave open" there and then.
      await press(page.getByRole('button', { name: EN['chairSafety.confirmAdoption'] }));
      await shows(page.getByRole('alert'), EN['chairSafety.needsLeaveOpen']);
      await expectAccessible();
      expect(await versionsOf()).toHaveLength(1);
      await page.locator(`input[name="leaveOpen"][value="${amendment.sup}"]`).check();
      await press(page.getByRole('button', { name: EN['chairSafety.confirmAdoption'] }));
      await shows(page.getByRole('status').first(), EN['notice.adopted']);
      const versions = await eventually(async () => {
        const list = await versionsOf();
        expect(list).toHaveLength(2);
        return list;
      });
      expect(versions[1]).toMatchObject({ number: 2, label: ADOPTION.label, adoptedMeeting: ADOPTION.meeting, adoptedDate: ADOPTION.date });
    },
    STEP_MS,
  );

  step(
    'adopting again at once with nothing changed is refused, on a page in Arabic, and no version 3 is recorded',
    async () => {
      await eventually(async () => {
        await visit(compilation(), 'ar');
        await counts(page.locator('section[aria-labelledby="adoption-heading"] form'), 1);
      });
      const form = page.locator('section[aria-labelledby="adoption-heading"] form');
      await form.locator('input[name="label"]').fill('المعدَّل في 2026 (مكرر)');
      await form.locator('input[name="meeting"]').fill(ADOPTION.meeting);
      await form.locator('input[name="date"]').fill(ADOPTION.date);
      await press(form.getByRole('button', { name: AR['chair.adopt'] }));
      await expectInterface('ar');
      await expectAccessible();
      const unchanged = page.locator('#unchanged');
      await shows(unchanged, 'لم يتغير شيء منذ اعتماد');
      await shows(unchanged, ADOPTION.label);
      await counts(page.getByRole('button', { name: AR['chairSafety.confirmAdoption'] }), 0);
      await screenshot(page, 'adoption-unchanged-ar');

      // Sent all the same (a form kept from before, a second click): the rules refuse it, and the page says so in Arabic.
      const preview = page.locator('main form[action$="/adoptions"]');
      const fields = await preview
        .locator('input[type="hidden"]')
        .evaluateAll((inputs: any[]) => inputs.map((input) => [input.name as string, input.value as string]));
      const answer = await page.request.post(`${base}/web/documents/${documentId}/adoptions`, {
        form: Object.fromEntries(fields),
        maxRedirects: 0,
      });
      expect(answer.status()).toBe(422);
      const refused = await answer.text();
      expect(refused).toContain('<html lang="ar" dir="rtl">');
      expect(refused).toContain(AR['chairSafety.refused']);
      expect(refused).toContain('لم يتغير شيء منذ اعتماد');
      expect(refused).not.toContain('nothing has changed');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await versionsOf()).toHaveLength(2);
    },
    STEP_MS,
  );
});
