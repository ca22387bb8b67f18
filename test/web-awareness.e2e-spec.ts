/**
 * Awareness in the browser (issue 22, item 8): Egypt's amendment conflicts with Kenya's and
 * Kenya is told; Egypt comments on Kenya's amendment in Arabic from its thread page; the
 * secretariat hides the comment with a reason, which Kenya reads in its place in English;
 * Kenya's notification centre lists the conflict and the comment, cited by the provision as
 * printed, and marks them read; Kenya registers a webhook endpoint from the page (this
 * machine's receiver), is shown its secret once, and receives the next phase change signed.
 * The embedded default, Debian's Chromium, axe-core on every page, both languages.
 */
import { IncomingHttpHeaders, Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Page, BrowserContext } from 'playwright-core';
import { WEBHOOK_SIGNATURE_HEADER, webhookSignatureProblem } from '#libs/runtime';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { recorded } from './support/negotiation-steps';
import { CHAIR, openWsis20Consultation } from './support/web-scenario';
import { counts, launchChromium, screenshot, shows, lacks } from './support/web-browser';
import { webVisitor, words } from './support/web-visitor';
import { WebService, startWebService } from './support/web-service';
import { tokenFor } from './support/tokens';

const AR = words('ar');
const EN = words('en');
const COMMENT = 'لا يمكن لمصر أن تؤيد حذف هذه الفقرة، فهي من اللغة المتفق عليها في تونس.';
const REASON = 'خارج موضوع الفقرة';

describe('the web application: notifications, webhooks and comment threads', () => {
  const STEP_MS = 150_000;
  let service: WebService;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let documentId: string;
  let consultationId: string;
  let kenyaAmendment: string;
  let provision: { id: string; text: string };
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  let receiver: Server;
  const visitor = webVisitor(
    () => page,
    () => service.base,
  );

  beforeAll(async () => {
    service = await startWebService('ledger-web-awareness-');
    ({ consultationId, documentId } = await openWsis20Consultation(service.base));
    const secretariat = new HttpClient(service.base, await tokenFor('itu-secretariat', 'secretariat'));
    recorded('negotiate', await secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'negotiation' }), 200);
    const version = await secretariat.get(`/api/v1/documents/${documentId}/versions/1`);
    const operative = version.json.text.operative[0].provisions[0];
    provision = { id: operative.id, text: operative.text };
    const kenya = new HttpClient(service.base, await tokenFor('kenya', 'stakeholder'));
    const egypt = new HttpClient(service.base, await tokenFor('egypt', 'stakeholder'));
    await eventually(async () => {
      const answer = await kenya.post(`/api/v1/documents/${documentId}/amendments`, {
        versionNumber: 1,
        operation: { kind: 'suppress', provisionId: provision.id },
      });
      if (answer.status !== 201) throw new Error(`${answer.status}: ${answer.text}`);
      kenyaAmendment = answer.json.id;
    });
    recorded(
      'Egypt rewords the provision Kenya deletes',
      await egypt.post(`/api/v1/documents/${documentId}/amendments`, {
        versionNumber: 1,
        operation: { kind: 'replaceText', provisionId: provision.id, text: `${provision.text} وفقاً للموارد المتاحة` },
      }),
    );
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    if (receiver) await new Promise((resolve) => receiver.close(resolve));
    await service?.stop();
  });

  const thread = () => `/web/documents/${documentId}/comments?on=amendment&subject=${kenyaAmendment}`;

  it(
    'lets Egypt comment on Kenya’s amendment in Arabic, from its thread',
    async () => {
      await visitor.signInAs('Arab Republic of Egypt', 'ar');
      await visitor.visit(thread(), 'ar');
      await visitor.expectInterface('ar');
      await shows(page.locator('h1'), 'Republic of Kenya');
      await shows(page.locator('main'), AR['comments.none']);
      await page.getByLabel(AR['comments.language']).selectOption('ar');
      await page.getByLabel(AR['comments.text']).focus();
      await page.keyboard.type(COMMENT);
      await visitor.press(page.getByRole('button', { name: AR['comments.send'] }));
      await shows(page.locator('.comments'), COMMENT);
      await shows(page.locator('main'), AR['comments.posted']);
      await visitor.expectAccessible();
      await screenshot(page, 'awareness-thread-ar', { fullPage: true });
      await visitor.signOut('ar');
    },
    STEP_MS,
  );

  it(
    'lets the secretariat hide the comment with a reason, which readers see in its place',
    async () => {
      await visitor.signInAs('secretariat-1', 'en');
      await visitor.visit(thread(), 'en');
      await page.getByLabel(EN['comments.hideReason']).fill(REASON);
      await visitor.press(page.getByRole('button', { name: EN['comments.hide'] }));
      await shows(page.locator('main'), EN['comments.hiddenNotice']);
      // The secretariat keeps the words for the record.
      await shows(page.locator('.comments'), COMMENT);
      await visitor.expectAccessible();
      await visitor.signOut('en');

      await visitor.signInAs('Republic of Kenya', 'en');
      await visitor.visit(thread(), 'en');
      await shows(page.locator('.comments'), EN['comments.hidden'].replace('{reason}', REASON));
      await lacks(page.locator('.comments'), COMMENT);
      await screenshot(page, 'awareness-thread-hidden-en', { fullPage: true });
    },
    STEP_MS,
  );

  it(
    'tells Kenya of the conflict and the comment, citing the provision as printed, in both languages, and marks them read',
    async () => {
      await visitor.visit('/web/notifications', 'en');
      await visitor.expectInterface('en');
      const list = page.locator('.notifications');
      await shows(list, 'Arab Republic of Egypt proposed an amendment to Resolution 1334 that conflicts with yours on');
      await shows(list, EN['awareness.conflictReason.target-suppressed']);
      await shows(list, 'Arab Republic of Egypt commented on your amendment to Resolution 1334 on');
      await shows(list, provision.text.split(/\s+/u).slice(0, 4).join(' '));
      await screenshot(page, 'awareness-notifications-en', { fullPage: true });

      await visitor.visit('/web/notifications', 'ar');
      await visitor.expectInterface('ar');
      await shows(page.locator('.notifications'), 'اقترح Arab Republic of Egypt تعديلاً على Resolution 1334 يتعارض مع تعديلك على');
      await shows(page.locator('.notifications'), AR['awareness.conflictReason.target-suppressed']);
      await screenshot(page, 'awareness-notifications-ar', { fullPage: true });
      // Kenya and the African group it is a member of follow the consultation: each phase change is listed once.
      const phaseChanges = await page.locator('.notifications li', { hasText: AR['phase.negotiation'] }).count();
      expect(phaseChanges).toBe(1);
      const unread = await page.locator('.notification.unread').count();
      expect(unread).toBeGreaterThanOrEqual(2);
      await visitor.press(page.getByRole('button', { name: AR['awareness.markAllRead'] }));
      await shows(page.locator('main'), AR['awareness.markedRead']);
      await counts(page.locator('.notification.unread'), 0);
      await visitor.expectAccessible();
    },
    STEP_MS,
  );

  it(
    'opens a provision’s thread from the document page and the amendment’s from the compilation',
    async () => {
      await visitor.visit(`/web/documents/${documentId}`, 'en');
      await page.locator('#provision').selectOption(provision.id);
      await visitor.press(page.getByRole('button', { name: EN['comments.title'], exact: true }));
      await shows(page.locator('h1'), EN['comments.onProvision'].split('{')[0].trim());
      await shows(page.locator('main'), EN['comments.none']);
      await visitor.expectAccessible();
      await visitor.visit(`/web/documents/${documentId}/compilation`, 'ar');
      await visitor.press(page.locator(`#amendment-${kenyaAmendment}`).getByRole('link', { name: AR['comments.title'] }));
      await shows(page.locator('.comments'), AR['comments.hidden'].replace('{reason}', REASON));
    },
    STEP_MS,
  );

  it(
    'registers a webhook from the page, shows its secret once, and delivers the next notification signed',
    async () => {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      await visitor.visit('/web/notifications', 'en');
      await page.getByLabel(EN['awareness.webhookUrl']).fill('http://hooks.example.org/ledger');
      await visitor.press(page.getByRole('button', { name: EN['awareness.addWebhook'] }));
      await shows(page.locator('main'), EN['awareness.url.not-https']);
      await page.getByLabel(EN['awareness.webhookUrl']).fill(url);
      await visitor.press(page.getByRole('button', { name: EN['awareness.addWebhook'] }));
      const secret = (await page.locator('#webhook-secret').innerText()).trim();
      expect(secret).toMatch(/^whsec_/u);
      await visitor.expectAccessible();

      const chair = new HttpClient(service.base, await tokenFor(CHAIR, 'chair'));
      recorded('to adoption', await chair.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'adoption' }), 200);
      await eventually(async () => {
        if (received.length === 0) throw new Error('nothing delivered yet');
      }, 30_000);
      const [delivery] = received;
      const signature = delivery.headers[WEBHOOK_SIGNATURE_HEADER.toLowerCase()] as string;
      expect(webhookSignatureProblem(secret, signature, delivery.body, Math.floor(Date.now() / 1000))).toBeUndefined();
      expect(JSON.parse(delivery.body)).toMatchObject({ kind: 'phase-change', detail: { from: 'negotiation', to: 'adoption' } });

      await visitor.visit('/web/notifications', 'ar');
      await lacks(page.locator('main'), secret);
      await shows(page.locator('.webhook'), AR['awareness.deliveryStatus.delivered']);
      await visitor.expectAccessible();
      await screenshot(page, 'awareness-webhooks-ar', { fullPage: true });
    },
    STEP_MS,
  );

  it(
    'answers the same through the API: my notifications, my endpoints and their log, a thread with the hidden comment',
    async () => {
      const kenya = new HttpClient(service.base, await tokenFor('kenya', 'stakeholder'));
      const egypt = new HttpClient(service.base, await tokenFor('egypt', 'stakeholder'));
      const secretariat = new HttpClient(service.base, await tokenFor('itu-secretariat', 'secretariat'));
      const mine = await kenya.get('/api/v1/notifications');
      expect(mine.status).toBe(200);
      const kinds = mine.json.items.map((item: { kind: string }) => item.kind);
      expect(kinds).toEqual(expect.arrayContaining(['conflict', 'comment', 'phase-change']));
      expect(mine.json.items.find((item: { kind: string }) => item.kind === 'conflict')).toMatchObject({
        read: true,
        names: { egypt: 'Arab Republic of Egypt' },
        detail: { symbol: 'Resolution 1334', proposers: ['egypt'], reason: 'target-suppressed' },
      });
      // The phase change to adoption came after "mark all read".
      expect(mine.json.unread).toBe(1);
      const unread = await kenya.get('/api/v1/notifications?unread=true');
      expect(unread.json.items.map((item: { kind: string }) => item.kind)).toEqual(['phase-change']);
      expect((await kenya.post('/api/v1/notifications/read', { notificationIds: [unread.json.items[0].id] })).status).toBe(204);
      expect((await kenya.get('/api/v1/notifications')).json.unread).toBe(0);

      const endpoints = await kenya.get('/api/v1/webhooks');
      expect(endpoints.json.items).toHaveLength(1);
      expect(endpoints.json.items[0]).not.toHaveProperty('secret');
      const log = await kenya.get(`/api/v1/webhooks/${endpoints.json.items[0].id}/deliveries`);
      expect(log.json.items[0]).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 204, lastError: null });
      expect((await egypt.get(`/api/v1/webhooks/${endpoints.json.items[0].id}/deliveries`)).status).toBe(404);
      expect((await kenya.post('/api/v1/webhooks', { url: 'http://hooks.example.org/ledger' })).status).toBe(400);

      const threadPath = `/api/v1/documents/${documentId}/comments?on=amendment&subjectId=${kenyaAmendment}`;
      const read = await egypt.get(threadPath);
      expect(read.status).toBe(200);
      expect(read.json.items).toEqual([
        expect.objectContaining({ authorId: 'egypt', text: null, hidden: expect.objectContaining({ reason: REASON }) }),
      ]);
      expect((await secretariat.get(threadPath)).json.items[0].text).toBe(COMMENT);
      const hideAgain = await secretariat.post(`/api/v1/comments/${read.json.items[0].commentId}/hiding`, { reason: 'again' });
      expect(hideAgain.status).toBe(409);
      const byKenya = await kenya.post(`/api/v1/comments/${read.json.items[0].commentId}/hiding`, { reason: 'mine' });
      expect(byKenya.status).toBe(403);
    },
    STEP_MS,
  );
});
