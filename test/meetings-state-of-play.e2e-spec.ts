import { importResolution } from '#libs/text';
import { wsis20Consultation } from './support/consultations';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { fullModeEnvironment, startService } from './support/ledger-cluster';
import { STAKEHOLDERS, negotiationActors } from './support/negotiation-parties';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';
import { tokenFor } from './support/tokens';
import { WebClient, formToken } from './support/web-client';

/** A zero draft abridged to two recitals and three operative items, one with its year still in brackets. */
const ZERO_DRAFT = `RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
recalling
a)	Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;
b)	Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to present the outcomes of the review in [2030] [2035];
3	to report annually to the Council,
`;

/**
 * Meetings registered on a consultation and the state of play the chair keeps after each
 * informal round: gateway, ledger and projector as separate processes on a real Kafka
 * broker and a real PostgreSQL.
 */
describe('meetings and the state of play, in the full mode', () => {
  let database: { url: string; drop: () => Promise<void> };
  let services: ServiceProcess[] = [];
  let as: Awaited<ReturnType<typeof negotiationActors>>;
  let consultationId: string;
  let documentId: string;
  let base: string;
  const [recA, recB] = importResolution(ZERO_DRAFT).document.preamble[0].provisions.map((p) => p.id);
  const [op1, op2, op3] = importResolution(ZERO_DRAFT).document.operative[0].provisions.map((p) => p.id);

  beforeAll(async () => {
    database = await createTestDatabase('meetings');
    const env = await fullModeEnvironment(database.url);
    services = await Promise.all([startService('ledger', env), startService('projector', env)]);
    services.push(await startService('gateway', env));
    base = `http://127.0.0.1:${env.PORT}`;
    as = await negotiationActors(new HttpClient(base));

    const consultation = await as.secretariat.post('/api/v1/consultations', wsis20Consultation({ chairs: ['chair-cwg-wsis'] }));
    expect(consultation.status).toBe(201);
    consultationId = consultation.json.id;
    const document = await as.secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
      symbol: 'Resolution 1334',
      versionLabel: 'zero draft',
      source: ZERO_DRAFT,
      language: 'en',
      style: 'itu',
    });
    expect(document.status).toBe(201);
    documentId = document.json.id;
    for (const to of ['open-for-contributions', 'negotiation'])
      expect((await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to })).status).toBe(200);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    await database?.drop();
  });

  it('registers meetings by the secretariat or the chair, one number per kind, and refuses others', async () => {
    const first = await as.secretariat.post(`/api/v1/consultations/${consultationId}/meetings`, {
      meetingId: 'ic-1',
      kind: 'informal-consultation',
      number: 1,
      name: 'First informal consultation',
      date: '2025-11-10',
      place: 'Conference Room 4',
      session: 'eightieth session',
    });
    expect(first.status).toBe(201);
    expect(first.json.id).toBe('ic-1');
    const second = await as.chair.post(`/api/v1/consultations/${consultationId}/meetings`, {
      meetingId: 'ic-2',
      kind: 'informal-consultation',
      number: 2,
      name: 'Second informal consultation',
      date: '2025-11-17T10:00:00-05:00',
    });
    expect(second.status).toBe(201);

    const sameNumber = await as.chair.post(`/api/v1/consultations/${consultationId}/meetings`, {
      kind: 'informal-consultation',
      number: 2,
      name: 'Another second consultation',
      date: '2025-11-18',
    });
    expect(sameNumber.status).toBe(409);
    expect(sameNumber.json.detail).toMatch(/^informal consultation 2 is already registered as “.+”$/);
    expect(
      (await as.otherChair.post(`/api/v1/consultations/${consultationId}/meetings`, { kind: 'plenary', name: 'x', date: '2025-12-01' }))
        .status,
    ).toBe(403);
    expect(
      (await as.egypt.post(`/api/v1/consultations/${consultationId}/meetings`, { kind: 'plenary', name: 'x', date: '2025-12-01' })).status,
    ).toBe(403);
    expect(
      (await as.chair.post(`/api/v1/consultations/${consultationId}/meetings`, { kind: 'plenary', name: 'x', date: 'Tuesday' })).status,
    ).toBe(400);
  });

  it('records the provisions read at a meeting, and refuses an unknown meeting or provision', async () => {
    const read = await as.chair.post(`/api/v1/consultations/${consultationId}/meetings/ic-1/readings`, {
      documentId,
      provisionIds: [recA, recB, op1, op2],
    });
    expect(read.status).toBe(201);
    const unknownMeeting = await as.chair.post(`/api/v1/consultations/${consultationId}/meetings/ic-9/readings`, {
      documentId,
      provisionIds: [op1],
    });
    expect(unknownMeeting.status).toBe(404);
    expect(unknownMeeting.json.detail).toBe('no such meeting is registered');
    // The write side's refusal travels with its key: the gateway says it in the language asked for.
    const inArabic = await as.chair.post(
      `/api/v1/consultations/${consultationId}/meetings/ic-9/readings`,
      { documentId, provisionIds: [op1] },
      { 'accept-language': 'ar, en;q=0.5' },
    );
    expect(inArabic.status).toBe(404);
    expect(inArabic.json).toMatchObject({
      title: 'غير موجود',
      detail: 'لا يوجد اجتماع مسجّل كهذا',
      key: 'meeting.notFound',
      params: {},
      language: 'ar',
    });
    const unknownProvision = await as.chair.post(`/api/v1/consultations/${consultationId}/meetings/ic-1/readings`, {
      documentId,
      provisionIds: ['op-99'],
    });
    expect(unknownProvision.status).toBe(404);

    const meetings = await eventually(async () => {
      const response = await as.egypt.get(`/api/v1/consultations/${consultationId}/meetings`);
      expect(response.status).toBe(200);
      expect(response.json.items[0].readings).toHaveLength(1);
      return response.json;
    });
    expect(meetings).toEqual({
      items: [
        {
          meetingId: 'ic-1',
          kind: 'informal-consultation',
          number: 1,
          name: 'First informal consultation',
          date: '2025-11-10',
          place: 'Conference Room 4',
          session: 'eightieth session',
          readings: [{ documentId, versionNumber: 1, provisionIds: [recA, recB, op1, op2] }],
        },
        {
          meetingId: 'ic-2',
          kind: 'informal-consultation',
          number: 2,
          name: 'Second informal consultation',
          date: '2025-11-17T10:00:00-05:00',
          place: null,
          session: null,
          readings: [],
        },
      ],
    });
  });

  it('records two rounds of statuses at the meetings and reads the state of play after each', async () => {
    const statuses = (body: object) => as.chair.post(`/api/v1/documents/${documentId}/statuses`, body);
    const refusedBracket = await statuses({ meetingId: 'ic-1', statuses: [{ provisionId: op1, status: 'bracketed' }] });
    expect(refusedBracket.status).toBe(422);
    const refusedAgreement = await statuses({ meetingId: 'ic-1', statuses: [{ provisionId: op2, status: 'agreed-ad-ref' }] });
    expect(refusedAgreement.status).toBe(422);
    expect((await statuses({ meetingId: 'ic-7', statuses: [{ provisionId: op1, status: 'agreed' }] })).status).toBe(404);
    expect(
      (await as.egypt.post(`/api/v1/documents/${documentId}/statuses`, { statuses: [{ provisionId: op1, status: 'agreed' }] })).status,
    ).toBe(403);

    const first = await statuses({
      decisionId: 'round-1',
      meetingId: 'ic-1',
      statuses: [
        { provisionId: recA, status: 'agreed-ad-ref' },
        { provisionId: recB, status: 'agreed-ad-ref' },
        { provisionId: op2, status: 'bracketed', note: 'the year of the next review is open' },
      ],
    });
    expect(first.status).toBe(201);
    const afterFirst = await eventually(async () => {
      const response = await as.egypt.get(`/api/v1/documents/${documentId}/state-of-play`);
      expect(response.status).toBe(200);
      expect(response.json.round).toBe(1);
      return response.json;
    });
    expect(afterFirst).toMatchObject({
      documentId,
      versionNumber: 1,
      versionLabel: 'zero draft',
      counts: { pending: 2, 'agreed-ad-ref': 2, agreed: 0, bracketed: 1, deleted: 0 },
      open: [op1, op2, op3],
      rounds: [{ round: 1, meetingId: 'ic-1', meeting: 'First informal consultation', date: '2025-11-10', provisions: 3 }],
    });

    const second = await statuses({
      decisionId: 'round-2',
      meetingId: 'ic-2',
      statuses: [
        { provisionId: recA, status: 'agreed' },
        { provisionId: op1, status: 'agreed-ad-ref' },
        { provisionId: op3, status: 'deleted' },
        { provisionId: op2, status: 'bracketed' },
      ],
    });
    expect(second.status).toBe(201);
    expect((await statuses({ decisionId: 'round-2', statuses: [{ provisionId: op1, status: 'agreed' }] })).status).toBe(409);

    const state = await eventually(async () => {
      const response = await as.egypt.get(`/api/v1/documents/${documentId}/state-of-play`);
      expect(response.json.round).toBe(2);
      return response.json;
    });
    expect(state.counts).toEqual({ pending: 0, 'agreed-ad-ref': 2, agreed: 1, bracketed: 1, deleted: 1 });
    expect(state.open).toEqual([op2]);
    expect(state.provisions).toEqual([
      expect.objectContaining({
        provisionId: recA,
        label: 'a)',
        section: 'recalling',
        status: 'agreed',
        since: 2,
        meetingId: 'ic-2',
        inputs: 0,
      }),
      expect.objectContaining({ provisionId: recB, label: 'b)', status: 'agreed-ad-ref', since: 1, meetingId: 'ic-1' }),
      expect.objectContaining({
        provisionId: op1,
        label: '1',
        section: 'resolves to instruct the Secretary-General',
        status: 'agreed-ad-ref',
        since: 2,
      }),
      expect.objectContaining({ provisionId: op2, label: '2', status: 'bracketed', since: 2, note: null }),
      expect.objectContaining({ provisionId: op3, label: '3', status: 'deleted', since: 2, inText: true }),
    ]);
    // Re-marking a bracketed provision bracketed is no change.
    expect(state.changedSinceLastRound).toEqual([
      { provisionId: recA, label: 'a)', section: 'recalling', from: 'agreed-ad-ref', to: 'agreed' },
      { provisionId: op1, label: '1', section: 'resolves to instruct the Secretary-General', from: 'pending', to: 'agreed-ad-ref' },
      { provisionId: op3, label: '3', section: 'resolves to instruct the Secretary-General', from: 'pending', to: 'deleted' },
    ]);
    expect(state.rounds.map((r: { round: number; meetingId: string }) => [r.round, r.meetingId])).toEqual([
      [1, 'ic-1'],
      [2, 'ic-2'],
    ]);
  });

  it('refuses a ruling at an unregistered meeting, and tells the timeline of meetings, readings and rounds', async () => {
    expect((await as.secretariat.post('/api/v1/stakeholders', STAKEHOLDERS.egypt)).status).toBe(201);
    const amendment = await as.egypt.post(`/api/v1/documents/${documentId}/amendments`, {
      versionNumber: 1,
      operation: { kind: 'suppress', provisionId: op3 },
      proposers: ['egypt'],
    });
    expect(amendment.status).toBe(201);
    const ruling = await as.chair.post(`/api/v1/amendments/${amendment.json.id}/decision`, { ruling: 'rejected', meetingId: 'ic-5' });
    expect(ruling.status).toBe(404);
    expect(ruling.json.detail).toBe('no such meeting is registered');
    const atMeeting = await as.chair.post(`/api/v1/amendments/${amendment.json.id}/decision`, { ruling: 'rejected', meetingId: 'ic-2' });
    expect(atMeeting.status).toBe(201);
    const history = await eventually(async () => {
      const response = await as.secretariat.get(`/api/v1/consultations/${consultationId}/history?limit=100`);
      expect(response.status).toBe(200);
      const kinds = response.json.items.map((item: { kind: string }) => item.kind);
      expect(kinds.filter((k: string) => k === 'provision-statuses-recorded')).toHaveLength(2);
      return response.json.items as { kind: string; summary: string }[];
    });
    expect(history.filter((item) => item.kind === 'meeting-registered')).toHaveLength(2);
    expect(history.find((item) => item.kind === 'provisions-read')!.summary).toContain('Read at meeting ic-1');
    expect(history.find((item) => item.kind === 'provision-statuses-recorded' && item.summary.startsWith('Round 2'))!.summary).toContain(
      'at Second informal consultation',
    );
  });

  it('shows the state of play on its page in Arabic, and lets the chair record a round with a select per provision', async () => {
    const web = new WebClient(base);
    const signIn = await web.get('/web/sign-in?lang=ar');
    const path = `/web/documents/${documentId}/state-of-play`;
    const signedIn = await web.post('/web/sign-in', {
      _csrf: formToken(signIn.text),
      token: await tokenFor('chair-cwg-wsis', 'chair'),
      next: path,
    });
    expect(signedIn.status).toBe(303);
    const page = await web.get(path);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="ar" dir="rtl">');
    expect(page.text).toContain('حالة المفاوضات');
    expect(page.text).toContain('Second informal consultation');
    expect(page.text.match(/<select id="status-\d+" name="status:[^"]+">/gu)).toHaveLength(5);

    const posted = await web.post(`/web/documents/${documentId}/statuses`, {
      _csrf: formToken(page.text),
      key: 'state-of-play-round-3',
      meetingId: 'ic-2',
      [`status:${recA}`]: '',
      [`status:${recB}`]: 'agreed',
      [`status:${op1}`]: '',
    });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toMatch(new RegExp(`^${path}\\?notice=statusesRecorded`));
    const state = await eventually(async () => {
      const response = await as.egypt.get(`/api/v1/documents/${documentId}/state-of-play`);
      expect(response.json.round).toBe(3);
      return response.json;
    });
    expect(state.changedSinceLastRound).toEqual([
      { provisionId: recB, label: 'b)', section: 'recalling', from: 'agreed-ad-ref', to: 'agreed' },
    ]);

    const registered = await web.post(`/web/consultations/${consultationId}/meetings`, {
      _csrf: formToken(page.text),
      key: 'state-of-play-plenary-1',
      documentId,
      kind: 'plenary',
      number: '1',
      name: 'First plenary meeting',
      date: '2025-12-16',
      place: 'General Assembly Hall',
    });
    expect(registered.status).toBe(303);
    expect(registered.headers.get('location')).toMatch(new RegExp(`^${path}\\?notice=meetingRegistered`));
    const meetings = await eventually(async () => {
      const response = await as.egypt.get(`/api/v1/consultations/${consultationId}/meetings`);
      expect(response.json.items).toHaveLength(3);
      return response.json.items as { kind: string; name: string; place: string }[];
    });
    expect(meetings.find((m) => m.kind === 'plenary')).toMatchObject({ name: 'First plenary meeting', place: 'General Assembly Hall' });
  });
});
