import { BrowserContext, Page } from 'playwright-core';
import { DOCX_MEDIA_TYPE } from '#libs/documents';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { amendmentsTo } from './support/negotiation-parties';
import { recorded, scenarioSteps } from './support/negotiation-steps';
import { modifyWords, res1334 } from './support/negotiation-text';
import { tokenFor } from './support/tokens';
import { carries, counts, lacks, launchChromium, screenshot, shows } from './support/web-browser';
import { Lang, webVisitor, words } from './support/web-visitor';
import { openWsis20Consultation } from './support/web-scenario';
import { WebService, startWebService } from './support/web-service';

/** What Egypt types into the cover, in the language of the contribution. */
const COVER = {
  symbol: 'C26/71-A',
  date: '2026-11-20',
  agendaItem: 'PL 2',
  originalLanguage: 'ar',
  submitters: ['egypt', 'kenya'],
  coSponsors: ['apc'],
  title: 'تعديلات مقترحة على القرار 1334',
  purpose: 'تحديث القرار 1334 في ضوء نتائج الاستعراض الشامل.',
  actionRequested: 'يُدعى المجلس إلى النظر في التعديلات المقترحة.',
  references: ['قرار المجلس 1334 (المعدل في 2023)', 'قرار الجمعية العامة 70/125'],
};
const REVISED_ACTION = 'يُدعى المجلس إلى النظر في التعديلات المقترحة واعتمادها.';
const REVISED_PURPOSE = 'تحديث القرار 1334 المراجَع في ضوء نتائج الاستعراض الشامل.';
const ADDED = 'دعم مشاركة البلدان النامية في عملية القمة العالمية لمجتمع المعلومات؛';
const MODIFY_REASON = 'لأن التدابير المناسبة أدق من الممكنة.';

/**
 * A contribution can be read (issue 22, item 2): Egypt submits a contribution with Kenya as
 * co-submitter and APC as co-sponsor, a MOD and a SUP, then revises it (Rev.1 adds an ADD and
 * words of the action required); Kenya confirms. Its page, reached from the consultation's
 * list, shows every field of the cover, who agreed, each proposal with its marked text and
 * status, Rev.1 beside Rev.0, and files that download — in Arabic and in English, axe-core on
 * every page.
 */
describe('the web application: the page of a contribution', () => {
  const step = scenarioSteps();
  const STEP_MS = 150_000;
  let service: WebService;
  let base: string;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let consultationId: string;
  let contributionId: string;
  let section: string;
  let label: { modified: string; suppressed: string };

  beforeAll(async () => {
    service = await startWebService('ledger-web-contribution-');
    base = service.base;
    let documentId: string;
    ({ consultationId, documentId } = await openWsis20Consultation(base));
    const egypt = new HttpClient(base, await tokenFor('egypt', 'stakeholder'));
    const kenya = new HttpClient(base, await tokenFor('kenya', 'stakeholder'));
    const text = res1334();
    const modification = {
      operation: modifyWords(text, 'op-1-1', 'جميع التدابير الممكنة', 'جميع التدابير المناسبة'),
      explanation: MODIFY_REASON,
    };
    const suppression = { operation: { kind: 'suppress', provisionId: 'op-1-6' } };
    contributionId = recorded(
      'Egypt contributes',
      await egypt.post('/api/v1/contributions', {
        consultationId,
        ...COVER,
        substance: amendmentsTo(documentId, 1, modification, suppression),
      }),
    ).id;
    await eventually(async () => expect((await egypt.get(`/api/v1/contributions/${contributionId}`)).status).toBe(200));
    recorded(
      'Egypt revises it',
      await egypt.post(`/api/v1/contributions/${contributionId}/revisions`, {
        ...COVER,
        actionRequested: REVISED_ACTION,
        substance: amendmentsTo(documentId, 1, modification, suppression, {
          operation: { kind: 'add', position: { after: 'op-1-1' }, text: ADDED },
        }),
      }),
    );
    await eventually(async () => expect((await egypt.get(`/api/v1/contributions/${contributionId}`)).json.revision).toBe(1));
    recorded('Kenya confirms', await kenya.post(`/api/v1/contributions/${contributionId}/confirmation`, { stakeholderId: 'kenya' }));
    // Where the proposals bear, as the compilation prints it: the section's heading and the provisions' labels.
    const compilation = await eventually(async () => {
      const answer = await egypt.get(`/api/v1/documents/${documentId}/compilation`);
      const all = answer.json.sections.flatMap((s: any) => s.provisions.flatMap((p: any) => p.proposals));
      expect(all.filter((p: any) => p.contribution?.id === contributionId && p.status === 'pending')).toHaveLength(3);
      expect((await egypt.get(`/api/v1/contributions/${contributionId}`)).json.coSubmission.confirmed).toHaveLength(1);
      return answer.json;
    });
    const operative = compilation.sections.find((s: any) => s.provisions.some((p: any) => p.id === 'op-1-1'));
    section = operative.heading;
    label = {
      modified: operative.provisions.find((p: any) => p.id === 'op-1-1').label,
      suppressed: operative.provisions.find((p: any) => p.id === 'op-1-6').label,
    };
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  const { visit, expectInterface, press, signInAs, signOut } = webVisitor(
    () => page,
    () => base,
  );
  const main = () => page.locator('main');
  const proposals = () => page.locator('section[aria-labelledby="proposals-heading"] ol.proposals > li');

  async function checkPage(lang: Lang): Promise<void> {
    const t = words(lang);
    await expectInterface(lang);
    // Every field of the cover, the parties by name.
    const cover = page.locator('section[aria-labelledby="cover-heading"]');
    for (const text of [
      COVER.symbol,
      COVER.title,
      COVER.agendaItem,
      COVER.purpose,
      REVISED_ACTION,
      ...COVER.references,
      'Arab Republic of Egypt',
      'Republic of Kenya',
      'Association for Progressive Communications',
      t['language.ar'],
    ])
      await shows(cover, text);
    for (const key of [
      'contributionPage.purpose',
      'contributionPage.actionRequested',
      'contributionPage.references',
      'contributionPage.coSponsors',
    ] as const)
      await shows(cover.locator('dt'), t[key]);
    await carries(cover.locator('dd p').first(), 'dir', 'rtl');
    // Kenya, named on the cover, agreed to Rev.1.
    const kenya = page.locator('section[aria-labelledby="co-submitters-heading"] tr', { hasText: 'Republic of Kenya' });
    await shows(kenya, t['contributionPage.confirmed']);

    // Each proposal: its tag, the provision cited with its section, the marked words, the status as text.
    await counts(proposals(), 3);
    const modification = proposals().filter({ hasText: MODIFY_REASON });
    await shows(modification.locator('h3'), 'MOD');
    await shows(modification.locator('h3'), `${section}، ${label.modified}`);
    await shows(modification.locator('del'), 'الممكنة');
    await shows(modification.locator('ins'), 'المناسبة');
    await carries(modification.locator('.change'), 'dir', 'rtl');
    await shows(modification, 'Association for Progressive Communications');
    const suppression = proposals().filter({ has: page.locator('h3', { hasText: 'SUP' }) });
    await shows(suppression.locator('h3'), `${section}، ${label.suppressed}`);
    await counts(suppression.locator('del'), 1);
    const addition = proposals().filter({ has: page.locator('h3', { hasText: 'ADD' }) });
    await shows(addition.locator('ins'), ADDED);
    await shows(addition, t['relation.after']);
    await counts(page.locator('section[aria-labelledby="proposals-heading"] .status-pending'), 3);
    await counts(page.locator('section[aria-labelledby="proposals-heading"] button'), 0);
    await shows(page.locator('.status-pending').first(), t['status.pending']);

    // Rev.1 beside Rev.0: the new words of the action required marked, the proposals of each.
    const pair = page.locator('section.revision-pair');
    await counts(pair, 1);
    await shows(pair.locator('h3'), 'Rev.1');
    await shows(pair.locator('h3'), 'Rev.0');
    await shows(pair.locator('tr', { hasText: t['contributionPage.actionRequested'] }).locator('ins'), 'واعتمادها');
    const proposalsRow = pair.locator('tr', { hasText: t['contributionPage.proposalsOfRevision'] });
    await counts(proposalsRow.locator('td').nth(0).locator('li'), 2);
    await counts(proposalsRow.locator('td').nth(1).locator('li'), 3);

    // Never an internal id.
    for (const id of ['op-1-1', 'op-1-6', contributionId]) await lacks(main(), id);
  }

  step(
    'in Arabic, from the consultation: the cover, the co-submitters, the proposals marked as printed, Rev.1 beside Rev.0',
    async () => {
      await signInAs('Arab Republic of Egypt', 'ar');
      await visit(`/web/consultations/${consultationId}`, 'ar');
      await press(page.getByRole('link', { name: COVER.title }));
      expect(new URL(page.url()).pathname).toBe(`/web/contributions/${contributionId}`);
      await visit(`/web/contributions/${contributionId}`, 'ar');
      await checkPage('ar');
      await screenshot(page, 'contribution-ar', { fullPage: true });
    },
    STEP_MS,
  );

  step(
    'each file the page offers downloads with its type: Word as printed, Word with tracked changes, PDF',
    async () => {
      const links = page.locator('section[aria-labelledby="downloads-heading"] a[download]');
      await counts(links, 3);
      const expected = [DOCX_MEDIA_TYPE, DOCX_MEDIA_TYPE, 'application/pdf'];
      for (let i = 0; i < expected.length; i++) {
        const href = await links.nth(i).getAttribute('href');
        const answer = await page.request.get(new URL(href!, base).toString());
        expect([href, answer.status()]).toEqual([href, 200]);
        expect(answer.headers()['content-type']).toBe(expected[i]);
        const body = await answer.body();
        expect(body.subarray(0, expected[i] === 'application/pdf' ? 4 : 2).toString('latin1')).toBe(
          expected[i] === 'application/pdf' ? '%PDF' : 'PK',
        );
      }
      await signOut('ar');
    },
    STEP_MS,
  );

  step(
    'in English: the interface left to right, the contribution still right to left, the same fields and marks',
    async () => {
      await signInAs('Republic of Kenya', 'en');
      await visit(`/web/contributions/${contributionId}`, 'en');
      await checkPage('en');
      await carries(page.locator('h1'), 'dir', 'rtl');
      await shows(main(), words('en')['contributionPage.cover']);
      await screenshot(page, 'contribution-en', { fullPage: true });
      await signOut('en');
    },
    STEP_MS,
  );

  step(
    'Egypt revises it from the page: a new purpose, the SUP dropped; the page then shows Rev.2 beside Rev.1, and Rev.1 beside Rev.0',
    async () => {
      const t = words('en');
      await signInAs('Arab Republic of Egypt', 'en');
      await visit(`/web/contributions/${contributionId}`, 'en');
      const revise = page.locator('section[aria-labelledby="revise-heading"]');
      await revise.getByText(t['contributionRevision.open'].replace('{revision}', 'Rev.2')).click();
      await revise.locator('#revise-purpose').fill(REVISED_PURPOSE);
      await revise.locator('input[name="keep"]').nth(1).uncheck();
      await press(revise.getByRole('button', { name: t['contributionRevision.submit'].replace('{revision}', 'Rev.2') }));
      await shows(page.getByRole('status').first(), t['notice.contributionRevised']);
      expect(new URL(page.url()).pathname).toBe(`/web/contributions/${contributionId}`);
      await expectInterface('en');
      await shows(page.locator('main > p.meta'), 'Rev.2');
      await counts(page.locator('section.revision-pair'), 2);
      const latest = page.locator('section.revision-pair', { has: page.locator('h3', { hasText: 'Rev.2' }) });
      await shows(latest.locator('h3'), 'Rev.2');
      await shows(latest.locator('tr', { hasText: t['contributionPage.purpose'] }).locator('ins'), 'المراجَع');
      // Kenya, named on the cover, is asked again: until it agrees to Rev.2, no proposal of it is before the meeting.
      const kenyaRow = page.locator('section[aria-labelledby="co-submitters-heading"] tr', { hasText: 'Republic of Kenya' });
      await shows(kenyaRow, t['contributionPage.awaiting']);
      const kenya = new HttpClient(base, await tokenFor('kenya', 'stakeholder'));
      recorded(
        'Kenya confirms Rev.2',
        await kenya.post(`/api/v1/contributions/${contributionId}/confirmation`, { stakeholderId: 'kenya' }),
      );
      await eventually(async () => {
        await visit(`/web/contributions/${contributionId}`, 'en');
        await counts(proposals(), 2);
      });
      const proposalsRow = latest.locator('tr', { hasText: t['contributionPage.proposalsOfRevision'] });
      await counts(proposalsRow.locator('td').nth(0).locator('li'), 3);
      await counts(proposalsRow.locator('td').nth(1).locator('li'), 2);
      await signOut('en');
    },
    STEP_MS,
  );
});
