import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { fullModeEnvironment, startService } from './support/ledger-cluster';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';
import { tokenFor } from './support/tokens';
import { WebClient, formToken } from './support/web-client';
import { CHAIR, openWsis20Consultation } from './support/web-scenario';

/**
 * The pages in the full mode: served by the gateway process alone, reading the projector's
 * read models and sending their commands over HTTP to the ledger service, on Kafka. The
 * production auth mode (the full mode's default) offers no development identities.
 */
describe('the web application in the full mode: the gateway serves the pages, the ledger records their commands', () => {
  let database: { url: string; drop: () => Promise<void> };
  let services: ServiceProcess[] = [];
  let web: WebClient;
  let secretariat: HttpClient;
  let ids: { consultationId: string; documentId: string };

  beforeAll(async () => {
    database = await createTestDatabase('web_full');
    const env = await fullModeEnvironment(database.url);
    services = await Promise.all([startService('ledger', env), startService('projector', env)]);
    services.push(await startService('gateway', env));
    const base = `http://127.0.0.1:${env.PORT}`;
    web = new WebClient(base);
    secretariat = new HttpClient(base, await tokenFor('itu-secretariat', 'secretariat'));
    ids = await openWsis20Consultation(base);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()));
    await database?.drop();
  });

  it('signs a chair in with a token (no development identities outside development), shows the pages, and records a phase change made in a form', async () => {
    expect((await web.get('/web')).headers.get('location')).toBe('/web/sign-in?next=%2Fweb');
    const signIn = await web.get('/web/sign-in?lang=ar');
    expect(signIn.status).toBe(200);
    expect(signIn.text).toContain('<html lang="ar" dir="rtl">');
    expect(signIn.text).not.toContain('/web/sign-in/development');
    const refused = await web.post('/web/sign-in/development', { _csrf: formToken(signIn.text), identity: `chair:${CHAIR}`, next: '/web' });
    expect(refused.status).toBe(403);
    expect(web.cookie('ledger_session')).toBeUndefined();

    const signedIn = await web.post('/web/sign-in', {
      _csrf: formToken(signIn.text),
      token: await tokenFor(CHAIR, 'chair'),
      next: `/web/consultations/${ids.consultationId}`,
    });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe(`/web/consultations/${ids.consultationId}`);
    expect(signedIn.headers.getSetCookie().find((line) => line.startsWith('ledger_session='))).toMatch(
      /HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/i,
    );

    const page = await web.get(`/web/consultations/${ids.consultationId}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.text).toContain('مراجعة القرار 1334');

    // A form posted without the session's form token is refused, and nothing is recorded.
    expect((await web.post(`/web/consultations/${ids.consultationId}/phase`, { to: 'negotiation' })).status).toBe(403);
    const moved = await web.post(`/web/consultations/${ids.consultationId}/phase`, {
      _csrf: formToken(page.text),
      key: 'web-full-mode-phase-1',
      to: 'negotiation',
      confirmed: 'yes',
    });
    expect(moved.status).toBe(303);
    expect(moved.headers.get('location')).toMatch(
      new RegExp(`^/web/consultations/${ids.consultationId}\\?notice=phaseChanged&after=\\d+$`),
    );
    await eventually(async () =>
      expect((await secretariat.get(`/api/v1/consultations/${ids.consultationId}`)).json.phase).toBe('negotiation'),
    );
    const after = await web.get(moved.headers.get('location')!);
    expect(after.text).toContain('<li aria-current="step">التفاوض</li>');

    for (const path of [
      `/web/documents/${ids.documentId}`,
      `/web/documents/${ids.documentId}/compilation`,
      `/web/documents/${ids.documentId}/marked?to=working`,
      `/web/consultations/${ids.consultationId}/history`,
    ]) {
      const answer = await web.get(path);
      expect({ path, status: answer.status }).toEqual({ path, status: 200 });
      expect(answer.text).toContain('lang="ar" dir="rtl"');
    }
  });
});
