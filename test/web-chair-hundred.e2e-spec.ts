import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { CATALOGUES } from '#libs/web';
import { AmendmentOperation, Provision, toInterchange } from '#libs/text';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { amendmentsTo, contributionCover } from './support/negotiation-parties';
import { recorded, scenarioSteps } from './support/negotiation-steps';
import { DecidedChanges, modifyWords, offerAlternatives, res1334 } from './support/negotiation-text';
import { tokenFor } from './support/tokens';
import { PAGE_BUDGET_BYTES, counts, lacks, launchChromium, loadAndWeigh, reads, shows } from './support/web-browser';
import { webVisitor } from './support/web-visitor';
import { CHAIR } from './support/web-scenario';
import { openResolution1334ForContributions } from './support/web-consultation-setup';
import { WebService, startWebService } from './support/web-service';

const EN = CATALOGUES.en;
const AR = CATALOGUES.ar;
const DAY_MS = 86_400_000;
const PICTURES = join(__dirname, 'artifacts', 'pictures');
const CONTRIBUTIONS_DEADLINE = `${new Date(Date.now() + 5 * DAY_MS).toISOString().slice(0, 10)}T23:59:00.000Z`;
const SITTING = { meeting: 'CWG-WSIS&SDG, third meeting of 2026', date: '2026-03-12' };
const ADOPTION = { label: 'المعدَّل في 2026', meeting: 'الجلسة العامة الثامنة' };

/** A provision's wording with words added before its closing punctuation, as a MOD proposes. */
function withWords(text: string, words: string): string {
  return text.replace(/\s*([،؛.:]?)$/u, ` ${words}$1`);
}

/** The one-level list of the base text's paragraphs, in the order printed. */
function paragraphsOf(): Provision[] {
  const text = res1334();
  const flat = (provisions: readonly Provision[]): Provision[] => provisions.flatMap((p) => [p, ...flat(p.children)]);
  return [...text.preamble, ...text.operative].flatMap((section) => flat(section.provisions));
}

/**
 * A chair runs a negotiation of 100 amendments from the pages alone: four stakeholders propose
 * 100 MODs, ADDs and SUPs to Resolution 1334 (fifteen pairs of rival MODs, MODs against SUPs,
 * bracketed alternatives); the chair, in Chromium only (links, forms, key presses), closes the
 * call with its confirmation, rules on most of them at once on the page of several rulings,
 * merges two rivals, rules on one by its own form, settles the brackets, leaves one open,
 * previews the adoption and adopts. The adopted text is the one the rulings imply.
 */
describe('the web application: a chair runs a negotiation of 100 amendments from the pages', () => {
  const step = scenarioSteps();
  const STEP_MS = 120_000;
  let service: WebService;
  let base: string;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let secretariat: HttpClient;
  let consultationId: string;
  let documentId: string;
  const text = res1334();
  const paragraphs = paragraphsOf();
  const decided = new DecidedChanges();
  /** Each amendment by the role it plays in the scenario, with its operation. */
  const proposed: { id: string; operation: AmendmentOperation; role: string; index: number }[] = [];
  const idOf = (role: string, index: number) => proposed.find((p) => p.role === role && p.index === index)!.id;
  const chairRequests: string[] = [];

  const { visit, press, signInAs, expectInterface } = webVisitor(
    () => page,
    () => base,
  );
  const compilation = () => `/web/documents/${documentId}/compilation`;
  /** The compilation of 100 proposals, a compact ruling form under each, within the pages' budget of HTML. */
  const openCompilation = async () => {
    const weight = await loadAndWeigh(page, new URL(`${compilation()}?lang=en`, base).toString());
    compilationBytes.push(weight.html);
    expect(weight.html).toBeLessThan(PAGE_BUDGET_BYTES.html);
  };
  const compilationBytes: number[] = [];
  const panel = () => page.locator('section.chair-panel');

  beforeAll(async () => {
    service = await startWebService('ledger-chair-hundred-');
    base = service.base;
    secretariat = new HttpClient(base, await tokenFor('itu-secretariat', 'secretariat'));
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('request', (request) => chairRequests.push(`${request.method()} ${request.url()}`));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  step(
    'four stakeholders propose 100 amendments to the 51 paragraphs of Resolution 1334',
    async () => {
      expect(paragraphs).toHaveLength(51);
      ({ consultationId, documentId } = await openResolution1334ForContributions(secretariat, {
        chairs: [CHAIR],
        deadlines: { 'open-for-contributions': CONTRIBUTIONS_DEADLINE },
      }));
      const p = (i: number) => paragraphs[i]!;
      const plan: Record<string, { role: string; index: number; operation: AmendmentOperation }[]> = {
        egypt: [],
        apc: [],
        kenya: [],
        ericsson: [],
      };
      for (let i = 0; i < 15; i++) {
        plan.egypt.push({
          role: 'rivalA',
          index: i,
          operation: { kind: 'modify', provisionId: p(i).id, oldText: p(i).text, newText: withWords(p(i).text, 'على نحو منسق') },
        });
        plan.apc.push({
          role: 'rivalB',
          index: i,
          operation: {
            kind: 'modify',
            provisionId: p(i).id,
            oldText: p(i).text,
            newText: withWords(p(i).text, 'بمشاركة جميع أصحاب المصلحة'),
          },
        });
      }
      for (let i = 15; i < 45; i++) {
        plan.kenya.push({
          role: 'mod',
          index: i,
          operation: {
            kind: 'modify',
            provisionId: p(i).id,
            oldText: p(i).text,
            newText: withWords(p(i).text, 'في ضوء استعراض القمة بعد عشرين عاماً'),
          },
        });
        plan.ericsson.push({
          role: 'add',
          index: i,
          operation: {
            kind: 'add',
            newId: `wsis20-add-${i}`,
            position: { after: p(i).id },
            text: `بالإسهام في متابعة الاستعراض، البند ${i}؛`,
          },
        });
      }
      for (let i = 45; i < 50; i++) plan.egypt.push({ role: 'sup', index: i, operation: { kind: 'suppress', provisionId: p(i).id } });
      for (let i = 45; i < 49; i++)
        plan.apc.push({
          role: 'keep',
          index: i,
          operation: { kind: 'modify', provisionId: p(i).id, oldText: p(i).text, newText: withWords(p(i).text, 'حسب الاقتضاء') },
        });
      const bracketWords = p(50).text.split(/\s+/u).slice(1, 3).join(' ');
      plan.apc.push({
        role: 'brackets',
        index: 50,
        operation: offerAlternatives(text, p(50).id, bracketWords, [bracketWords, 'بنشاط وفعالية']),
      });

      for (const [stakeholder, amendments] of Object.entries(plan)) {
        const client = new HttpClient(base, await tokenFor(stakeholder, 'stakeholder'));
        const contributionId = recorded(
          `${stakeholder} contributes`,
          await client.post('/api/v1/contributions', {
            consultationId,
            ...contributionCover(`C26/${stakeholder.toUpperCase()}-A`, 'تعديلات مقترحة على القرار 1334'),
            substance: amendmentsTo(documentId, 1, ...amendments.map(({ operation }) => ({ operation }))),
          }),
        ).id;
        const ids = await eventually(async () => {
          const listed = (await secretariat.get(`/api/v1/contributions/${contributionId}`)).json?.substance?.amendmentIds;
          if (!Array.isArray(listed) || listed.length !== amendments.length) throw new Error('not projected yet');
          return listed as string[];
        });
        amendments.forEach((amendment, i) => proposed.push({ ...amendment, id: ids[i]! }));
      }
      expect(proposed).toHaveLength(100);
    },
    STEP_MS,
  );

  step(
    'the chair closes the call for contributions, confirming on the page that names the deadline it cuts short',
    async () => {
      chairRequests.length = 0;
      await signInAs(CHAIR, 'en');
      await visit(`/web/consultations/${consultationId}`, 'en');
      await press(page.getByRole('button', { name: EN['consultation.moveTo'].replace('{phase}', EN['phase.negotiation']) }));
      await reads(page.locator('h1'), EN['chairSafety.phaseTitle']);
      await press(page.getByRole('button', { name: EN['chairSafety.confirmPhase'].replace('{phase}', EN['phase.negotiation']) }));
      await shows(page.getByRole('status').first(), EN['notice.phaseChanged']);

      await openCompilation();
      await shows(panel(), EN['chairWork.undecided'].replace('{count}', '100'));
      await page.locator('#sitting-meeting').fill(SITTING.meeting);
      await page.locator('#sitting-date').fill(SITTING.date);
      await press(page.getByRole('button', { name: EN['chairWork.sittingKeep'] }));
      await shows(page.getByRole('status').first(), EN['notice.sittingKept']);

      // Where is the fight? The contention map of the hundred proposals, in both languages; its
      // PNG (drawn by the server) is the README's picture.
      for (const lang of ['ar', 'en'] as const) {
        await visit(`/web/documents/${documentId}/contention`, lang);
        await shows(page.locator('#contention-figures tfoot'), '100');
        const png = await page.context().request.get(`${service.base}/web/documents/${documentId}/contention.png?lang=${lang}`);
        expect(png.headers()['content-type']).toBe('image/png');
        mkdirSync(PICTURES, { recursive: true });
        writeFileSync(join(PICTURES, `contention-100-${lang}.png`), await png.body());
      }
    },
    STEP_MS,
  );

  step(
    'on the page of several rulings, the chair rules on 96 proposals at once, and sees what became of each',
    async () => {
      // In Arabic first: the page reads right to left, every proposal cited as printed, never by id.
      await visit(`/web/documents/${documentId}/rulings`, 'ar');
      await expectInterface('ar');
      await reads(page.locator('h1'), AR['rulings.title']);
      await lacks(page.locator('main'), paragraphs[0]!.id);
      await openCompilation();
      await press(panel().getByRole('link', { name: EN['rulings.open'] }));
      await counts(page.locator('select[name^="ruling-"]'), 100);
      const chosen: [string, 'accepted' | 'rejected'][] = [];
      for (let i = 0; i < 13; i++) {
        chosen.push([idOf('rivalA', i), i < 7 ? 'accepted' : 'rejected'], [idOf('rivalB', i), 'rejected']);
        if (i < 7) decided.record(idOf('rivalA', i), proposed.find((p) => p.id === idOf('rivalA', i))!.operation);
      }
      for (let i = 15; i < 45; i++) {
        chosen.push([idOf('mod', i), 'accepted'], [idOf('add', i), i % 2 === 0 ? 'accepted' : 'rejected']);
        decided.record(idOf('mod', i), proposed.find((p) => p.id === idOf('mod', i))!.operation);
        if (i % 2 === 0) decided.record(idOf('add', i), proposed.find((p) => p.id === idOf('add', i))!.operation);
      }
      for (let i = 45; i < 50; i++) {
        const suppressed = i !== 47 && i !== 48;
        chosen.push([idOf('sup', i), suppressed ? 'accepted' : 'rejected']);
        if (i < 49) chosen.push([idOf('keep', i), suppressed ? 'rejected' : 'accepted']);
        const kept = suppressed ? idOf('sup', i) : idOf('keep', i);
        decided.record(kept, proposed.find((p) => p.id === kept)!.operation);
      }
      chosen.push([idOf('brackets', 50), 'accepted']);
      expect(chosen).toHaveLength(96);
      for (const [id, ruling] of chosen) await page.locator(`#ruling-${id}`).selectOption(ruling);
      await press(page.getByRole('button', { name: EN['rulings.record'] }));
      const outcomes = page.locator('section.outcomes');
      await shows(outcomes.locator('h2'), EN['rulings.outcomes'].replace('{recorded}', '96').replace('{refused}', '0'));
      await counts(outcomes.locator('li.recorded'), 96);
      // What is left for the chair: the two pairs held back, each still with its choice.
      await counts(page.locator('select[name^="ruling-"]'), 4);
    },
    STEP_MS,
  );

  step(
    'the chair merges two rivals, rejects one by its own form, settles the brackets',
    async () => {
      await press(page.getByRole('link', { name: EN['rulings.back'] }));
      await shows(panel(), EN['chairWork.undecided'].replace('{count}', '4'));
      await shows(panel(), EN['chairWork.brackets'].replace('{count}', '1'));

      const merged = paragraphs[13]!;
      const row = page.locator(`#provision-${merged.id}`);
      await row.getByText(EN['chair.merge']).click();
      const wording = withWords(merged.text, 'على نحو منسق بمشاركة جميع أصحاب المصلحة');
      await row.locator(`#merged-${merged.id}`).fill(wording);
      await press(row.getByRole('button', { name: EN['chair.recordMerge'] }));
      await shows(page.getByRole('status').first(), EN['notice.merged']);
      decided.record('merge', { kind: 'modify', provisionId: merged.id, oldText: merged.text, newText: wording });

      const rejected = idOf('rivalA', 14);
      await press(panel().locator(`a[href*="open=${rejected}"]`));
      const item = page.locator(`#amendment-${rejected}`);
      await item.locator('input[name="ruling"][value="rejected"]').check();
      await press(item.getByRole('button', { name: EN['chair.recordRuling'] }));
      await shows(page.getByRole('status').first(), EN['notice.ruled']);

      const brackets = page.locator('section[aria-labelledby="brackets-heading"] form');
      await brackets.locator('input[name="choice"][value="1"]').check();
      await press(brackets.getByRole('button', { name: EN['chair.settle'] }));
      await shows(page.getByRole('status').first(), EN['notice.settled']);
      const operation = proposed.find((p) => p.role === 'brackets')!.operation as { baseText: string };
      const bracketWords = paragraphs[50]!.text.split(/\s+/u).slice(1, 3).join(' ');
      decided.record('brackets', modifyWords(text, paragraphs[50]!.id, bracketWords, 'بنشاط وفعالية'));
      expect(operation.baseText).toBe(paragraphs[50]!.text);
      await shows(panel(), EN['chairWork.undecided'].replace('{count}', '1'));
    },
    STEP_MS,
  );

  step(
    'the chair moves to adoption, previews it, leaves the last rival open and adopts; the to-do panel ends with only that one',
    async () => {
      await visit(`/web/consultations/${consultationId}`, 'en');
      await press(page.getByRole('button', { name: EN['consultation.moveTo'].replace('{phase}', EN['phase.adoption']) }));
      await press(page.getByRole('button', { name: EN['chairSafety.confirmPhase'].replace('{phase}', EN['phase.adoption']) }));
      await shows(page.getByRole('status').first(), EN['notice.phaseChanged']);

      await openCompilation();
      const form = page.locator('section[aria-labelledby="adoption-heading"] form');
      await form.locator('input[name="label"]').fill(ADOPTION.label);
      await form.locator('input[name="meeting"]').fill(ADOPTION.meeting);
      await press(form.getByRole('button', { name: EN['chair.adopt'] }));
      await shows(page.locator('h1'), EN['chairSafety.previewTitle']);
      const open = page.locator('section[aria-labelledby="open-points-heading"]');
      await shows(open, EN['chairSafety.undecided'].replace('{count}', '1'));
      const leftOpen = idOf('rivalB', 14);
      await open.locator(`input[name="leaveOpen"][value="${leftOpen}"]`).check();
      await press(page.getByRole('button', { name: EN['chairSafety.confirmAdoption'] }));
      await shows(page.getByRole('status').first(), EN['notice.adopted']);

      // Nothing is left on the chair's list but the one proposal left open, which stays open on the new version.
      await openCompilation();
      await shows(panel(), EN['chairWork.undecided'].replace('{count}', '1'));
      await counts(panel().locator(`a[href*="open=${leftOpen}"]`), 1);
      await lacks(panel(), EN['chairWork.conflicts'].replace(': {count}', ''));
      await lacks(panel(), EN['chairWork.brackets'].replace(': {count}', ''));

      // Every request of the chair was made by the browser, on pages and forms of /web.
      process.stdout.write(`compilation HTML bytes: ${compilationBytes.join(', ')}\n`);
      expect(chairRequests.filter((r) => !new URL(r.split(' ')[1]!).pathname.startsWith('/web'))).toEqual([]);
    },
    STEP_MS,
  );

  step(
    'read after the fact: the adopted text is the one the rulings imply, and every amendment has its ruling or was left open',
    async () => {
      const adopted = await eventually(async () => {
        const answer = await secretariat.get(`/api/v1/documents/${documentId}/versions/2`);
        expect(answer.status).toBe(200);
        return answer.json.text;
      });
      const expected = toInterchange(decided.applyTo(text));
      expect(adopted.preamble).toEqual(expected.preamble);
      expect(adopted.operative).toEqual(expected.operative);

      const statuses = new Map<string, string>();
      for (const { id } of proposed) statuses.set(id, (await secretariat.get(`/api/v1/amendments/${id}`)).json.status);
      const undecided = [...statuses].filter(([, status]) => status === 'pending' || status === 'deferred').map(([id]) => id);
      expect(undecided).toEqual([idOf('rivalB', 14)]);
      expect(statuses.get(idOf('rivalA', 13))).toBe('merged');
      expect(statuses.get(idOf('rivalB', 13))).toBe('merged');
      expect([...statuses.values()].filter((s) => s === 'accepted')).toHaveLength(7 + 30 + 15 + 5 + 1);
    },
    STEP_MS,
  );
});
