/**
 * The silence procedure on real PostgreSQL and Kafka, with the services as separate
 * processes (the full mode): the outcome is recorded once, by the ledger's clock, whether the
 * ledger was down when the deadline passed or two ledger processes watched it pass together.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { wsis20Consultation } from './support/consultations';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { fullModeEnvironment, startService } from './support/ledger-cluster';
import { res1334Source } from './support/negotiation-text';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';
import { tokenFor } from './support/tokens';
import { freePort } from './support/free-port';

/** How far ahead each test sets its deadline: long enough to act before it, short enough to wait for. */
const DEADLINE_AHEAD_MS = 5_000;

describe('the silence procedure: one outcome, recorded by the system at the deadline', () => {
  let database: { url: string; drop: () => Promise<void> };
  let env: Record<string, string>;
  let ledger: ServiceProcess;
  let secondLedger: ServiceProcess | undefined;
  const others: ServiceProcess[] = [];
  let sql: Client;
  let secretariat: HttpClient;
  let chair: HttpClient;
  let egypt: HttpClient;
  let apc: HttpClient;
  let consultationId: string;

  const created = (answer: { status: number; json: any; text: string }) => {
    if (answer.status !== 201) throw new Error(`expected 201, got ${answer.status}: ${answer.text}`);
    return answer.json;
  };

  /** The events a silence's outcome recorded, by type. */
  async function outcomeEvents(silenceId: string): Promise<{ type: string; payload: any }[]> {
    const { rows } = await sql.query(
      `SELECT type, payload FROM events WHERE type IN ('SilenceConcluded', 'VersionAdopted') AND payload->>'silenceId' = $1 ORDER BY position`,
      [silenceId],
    );
    return rows;
  }

  async function registerDocument(symbol: string): Promise<{ documentId: string; provisionIds: string[] }> {
    const answer = created(
      await secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
        symbol,
        versionLabel: 'Rev.3',
        source: res1334Source(),
        language: 'ar',
        style: 'itu',
      }),
    );
    const { rows } = await sql.query(
      `SELECT payload->'text'->'operative' AS operative FROM events WHERE type = 'DocumentRegistered' AND payload->>'documentId' = $1`,
      [answer.id],
    );
    const provisionIds = rows[0].operative.flatMap((section: { provisions: { id: string }[] }) => section.provisions.map((p) => p.id));
    return { documentId: answer.id, provisionIds };
  }

  async function startSilence(documentId: string, silenceId: string): Promise<number> {
    const deadline = Date.now() + DEADLINE_AHEAD_MS;
    created(
      await chair.post(`/api/v1/documents/${documentId}/silences`, {
        silenceId,
        deadline: new Date(deadline).toISOString().replace('Z', '+00:00'),
        timeZone: 'America/New_York',
        adoption: { label: 'Rev.3 (adopted under silence)', meeting: 'CWG-WSIS&SDG, under silence procedure', symbol: 'C26/RES/1334' },
      }),
    );
    return deadline;
  }

  beforeAll(async () => {
    database = await createTestDatabase('silence');
    env = { ...(await fullModeEnvironment(database.url)), SILENCE_CLOCK_INTERVAL_MS: '300' };
    [ledger] = await Promise.all([startService('ledger', env), startService('projector', env).then((p) => others.push(p))]);
    others.push(await startService('gateway', env));
    sql = new Client({ connectionString: database.url });
    await sql.connect();
    const gateway = new HttpClient(`http://127.0.0.1:${env.PORT}`);
    secretariat = gateway.as(await tokenFor('itu-secretariat', 'secretariat'));
    chair = gateway.as(await tokenFor('chair-cwg-wsis', 'chair'));
    egypt = gateway.as(await tokenFor('egypt', 'stakeholder'));
    apc = gateway.as(await tokenFor('apc', 'stakeholder'));

    created(
      await secretariat.post('/api/v1/stakeholders', { id: 'egypt', name: 'Egypt', category: 'member-state', region: 'arab-states' }),
    );
    created(
      await secretariat.post('/api/v1/stakeholders', {
        id: 'apc',
        name: 'Association for Progressive Communications',
        category: 'civil-society',
        region: 'global',
      }),
    );
    consultationId = created(await secretariat.post('/api/v1/consultations', wsis20Consultation({ chairs: ['chair-cwg-wsis'] }))).id;
    for (const to of ['open-for-contributions', 'negotiation']) {
      expect((await secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to })).status).toBe(200);
    }
  }, 180_000);

  afterAll(async () => {
    await sql?.end();
    await Promise.all([ledger, secondLedger, ...others].map((s) => s?.stop()));
    await database?.drop();
  }, 60_000);

  it('records the outcome once when the ledger was down at the deadline and starts again after it', async () => {
    const { documentId } = await registerDocument('C26/1-A');
    const deadline = await startSilence(documentId, 'restart-silence');
    await ledger.kill();
    await sleep(Math.max(deadline - Date.now(), 0) + 1_000);
    expect(await outcomeEvents('restart-silence')).toEqual([]);

    ledger = await startService('ledger', env);
    const recorded = await eventually(async () => {
      const events = await outcomeEvents('restart-silence');
      expect(events).toHaveLength(2);
      return events;
    }, 30_000);
    expect(recorded.map((e) => e.type)).toEqual(['SilenceConcluded', 'VersionAdopted']);
    expect(recorded[0].payload).toMatchObject({ outcome: 'held', breaks: [] });
    expect(recorded[1].payload).toMatchObject({ versionNumber: 2, label: 'Rev.3 (adopted under silence)', silenceId: 'restart-silence' });
    const { rows } = await sql.query(
      `SELECT metadata->'actor'->>'id' AS actor FROM events WHERE payload->>'silenceId' = 'restart-silence' AND type = 'SilenceConcluded'`,
    );
    expect(rows).toEqual([{ actor: 'system' }]);

    // Later looks of the clock find nothing open and record nothing more.
    await sleep(1_500);
    expect(await outcomeEvents('restart-silence')).toHaveLength(2);
    const silences = await eventually(async () => {
      const answer = await chair.get(`/api/v1/documents/${documentId}/silences`);
      expect(answer.json?.items?.[0]?.state).toBe('held');
      return answer.json.items;
    });
    expect(silences[0]).toMatchObject({ silenceId: 'restart-silence', versionNumber: 1, timeZone: 'America/New_York', breaks: [] });
    expect(silences[0].concludedAt).toEqual(expect.any(String));
  }, 120_000);

  it('records one outcome when two ledger processes watch the deadline pass', async () => {
    const ledgerPort = String(await freePort());
    secondLedger = await startService('ledger', { ...env, LEDGER_PORT: ledgerPort, LEDGER_URL: `http://127.0.0.1:${ledgerPort}` });
    const { documentId } = await registerDocument('C26/2-A');
    const deadline = await startSilence(documentId, 'two-ledgers-silence');
    await sleep(Math.max(deadline - Date.now(), 0) + 2_000);

    const recorded = await eventually(async () => {
      const events = await outcomeEvents('two-ledgers-silence');
      expect(events.length).toBeGreaterThanOrEqual(2);
      return events;
    }, 30_000);
    await sleep(1_500);
    expect((await outcomeEvents('two-ledgers-silence')).map((e) => e.type)).toEqual(['SilenceConcluded', 'VersionAdopted']);
    expect(recorded[1].payload).toMatchObject({ silenceId: 'two-ledgers-silence', versionNumber: 2 });
    const keys = await sql.query(`SELECT key FROM command_idempotency WHERE key LIKE '%silence-outcome:%two-ledgers-silence'`);
    expect(keys.rows).toEqual([{ key: `system:silence-outcome:${documentId}:two-ledgers-silence` }]);
    // One process recorded it; the other found it recorded, or lost the race quietly: no warning, no error.
    // (This silence's line only: the first ledger also concluded the previous test's silence.)
    const concludedBy = [ledger, secondLedger].filter((p) =>
      p.lines.some((l) => l.message === 'silence concluded at its deadline' && l.silenceId === 'two-ledgers-silence'),
    );
    expect(concludedBy).toHaveLength(1);
    for (const process of [ledger, secondLedger]) {
      expect(process.lines.filter((l) => l.component === 'silence-clock' && (l.level === 'warn' || l.level === 'error'))).toEqual([]);
    }
  }, 120_000);

  it('records the breaks of member states and adopts nothing when silence is broken', async () => {
    const { documentId, provisionIds } = await registerDocument('C26/3-A');
    const [first, second] = provisionIds;
    const announced = await startSilence(documentId, 'broken-silence');
    const deadline = announced + 1_000;
    const extended = new Date(deadline).toISOString().replace('Z', '+00:00');
    const early = new Date(announced - 1_000).toISOString().replace('Z', '+00:00');
    const notLater = await chair.post(`/api/v1/documents/${documentId}/silences/broken-silence/extensions`, {
      deadline: early,
      timeZone: 'Africa/Cairo',
    });
    expect(notLater.status).toBe(422);
    created(
      await chair.post(`/api/v1/documents/${documentId}/silences/broken-silence/extensions`, {
        deadline: extended,
        timeZone: 'Africa/Cairo',
        reason: 'Delegations asked for another second.',
      }),
    );

    const refused = await apc.post(`/api/v1/documents/${documentId}/silences/broken-silence/breaks`, {
      stakeholderId: 'apc',
      provisionIds: [first],
      reasons: 'We object.',
    });
    expect(refused.status).toBe(403);
    expect(refused.json.detail).toMatch(/only member states break silence/);
    created(
      await egypt.post(`/api/v1/documents/${documentId}/silences/broken-silence/breaks`, {
        stakeholderId: 'egypt',
        provisionIds: [first, second],
        reasons: 'The language on financing does not reflect the agreed text.',
      }),
    );

    await sleep(Math.max(deadline - Date.now(), 0) + 500);
    const late = await egypt.post(`/api/v1/documents/${documentId}/silences/broken-silence/breaks`, {
      stakeholderId: 'egypt',
      provisionIds: [first],
      reasons: 'Too late.',
    });
    expect(late.status).toBe(409);

    const recorded = await eventually(async () => {
      const events = await outcomeEvents('broken-silence');
      expect(events).toHaveLength(1);
      return events;
    }, 30_000);
    expect(recorded[0]).toMatchObject({
      type: 'SilenceConcluded',
      payload: { outcome: 'broken', breaks: [{ stakeholderId: 'egypt', provisionIds: [first, second] }] },
    });
    const adoptions = await sql.query(
      `SELECT count(*)::int AS n FROM events WHERE type = 'VersionAdopted' AND payload->>'documentId' = $1`,
      [documentId],
    );
    expect(adoptions.rows[0].n).toBe(0);
    const silences = await eventually(async () => {
      const answer = await chair.get(`/api/v1/documents/${documentId}/silences`);
      expect(answer.json?.items?.[0]?.state).toBe('broken');
      return answer.json.items;
    });
    const history = await eventually(async () => {
      const answer = await chair.get(`/api/v1/consultations/${consultationId}/history?kind=silence-broken,silence-concluded`);
      const items = ((answer.json?.items ?? []) as { kind: string; summary: string; documentId: string }[]).filter(
        (item) => item.documentId === documentId,
      );
      expect(items).toHaveLength(2);
      return items;
    });
    expect(history.map((h) => h.kind).sort()).toEqual(['silence-broken', 'silence-concluded']);
    expect(history.find((h) => h.kind === 'silence-broken')!.summary).toMatch(/^Silence broken by Egypt on /);
    expect(silences[0]).toMatchObject({ deadline: extended, timeZone: 'Africa/Cairo' });
    expect(silences[0].breaks).toEqual([
      expect.objectContaining({ stakeholderId: 'egypt', provisionIds: [first, second], reasons: expect.stringContaining('financing') }),
    ]);
  }, 120_000);
});
