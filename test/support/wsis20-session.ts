/**
 * The WSIS+20 negotiation's services and actors: gateway, ledger and projector as processes
 * in the full mode, on a fresh database and topic, with the silence clock looking often; and
 * the few moves the scenario repeats (a round of statuses, a revision, waiting for a
 * silence's outcome, asking the replay why a paragraph reads as it does).
 */
import { Client } from 'pg';
import { BundleEvent, explainProvision } from '#libs/audit';
import { ResolutionDocument, fromInterchange } from '#libs/text';
import { eventually } from './eventually';
import { HttpClient } from './http';
import { fullModeEnvironment, startService } from './ledger-cluster';
import { recorded } from './negotiation-steps';
import { ServiceProcess } from './service-process';
import { createTestDatabase } from './test-database';
import { tokenFor } from './tokens';
import { NegotiationIds, expectSameStory, read } from './wsis20-checks';
import { STAKEHOLDERS } from './wsis20-parties';
import { revisionsIn } from './wsis20-record';
import { UngaDraft, plainUngaText } from './wsis20-texts';

/** How often the ledger looks for silences whose deadline passed: a deadline a few seconds ahead concludes in the test's time. */
const SILENCE_CLOCK_INTERVAL_MS = '250';

export class Wsis20Negotiation {
  ids: NegotiationIds = { consultationId: '', documentIds: [], draftId: '' };
  /** The signed record as of the last check of the story. */
  events: BundleEvent[] = [];

  private constructor(
    readonly as: Record<string, HttpClient>,
    private readonly services: ServiceProcess[],
    private readonly sql: Client,
    private readonly database: { drop: () => Promise<void> },
  ) {}

  static async start(): Promise<Wsis20Negotiation> {
    const database = await createTestDatabase('wsis20_negotiation');
    const env: Record<string, string> = { ...(await fullModeEnvironment(database.url)), SILENCE_CLOCK_INTERVAL_MS };
    const services = await Promise.all([startService('ledger', env), startService('projector', env)]);
    services.push(await startService('gateway', env));
    const sql = new Client({ connectionString: database.url });
    await sql.connect();
    const gateway = new HttpClient(`http://127.0.0.1:${env.PORT}`);
    const actor = async (sub: string, role: Parameters<typeof tokenFor>[1]) => gateway.as(await tokenFor(sub, role));
    const as: Record<string, HttpClient> = {
      secretariat: await actor('un-secretariat', 'secretariat'),
      auditor: await actor('auditor-1', 'auditor'),
      coFacilitator1: await actor('co-facilitator-1', 'chair'),
      coFacilitator2: await actor('co-facilitator-2', 'chair'),
    };
    for (const { id } of Object.values(STAKEHOLDERS)) as[id] = await actor(id, 'stakeholder');
    return new Wsis20Negotiation(as, services, sql, database);
  }

  async stop(): Promise<void> {
    await this.sql.end();
    await Promise.all(this.services.map((s) => s.stop()));
    await this.database.drop();
  }

  /** A path under the negotiated draft. */
  draft(path = ''): string {
    return `/api/v1/documents/${this.ids.draftId}${path}`;
  }

  /** Checks that the read models and the signed record tell the same story, and keeps the record. */
  async sameStory(): Promise<void> {
    this.events = await expectSameStory(this.as.secretariat, this.as.secretariat, this.as.auditor, this.ids);
  }

  async eventCount(): Promise<number> {
    return Number((await this.sql.query('SELECT count(*) AS n FROM events')).rows[0].n);
  }

  /** The gateway's answer under /api/v1, as the secretariat reads it. */
  read(path: string): Promise<any> {
    return read(this.as.secretariat, path);
  }

  async workingText(): Promise<ResolutionDocument> {
    return fromInterchange((await this.read(`/documents/${this.ids.draftId}/text`)).text);
  }

  async operativeTexts(): Promise<string[]> {
    return (await this.workingText()).operative.flatMap((s) => s.provisions.map((p) => p.text));
  }

  stateOfPlay(): Promise<any> {
    return this.read(`/documents/${this.ids.draftId}/state-of-play`);
  }

  /** The state of play's rows by provision id. */
  async trackerRows(): Promise<Record<string, any>> {
    return Object.fromEntries((await this.stateOfPlay()).provisions.map((p: any) => [p.provisionId, p]));
  }

  /** A round of statuses as a co-facilitator records it after a meeting: [provision, status, note?]. */
  recordStatuses(coFacilitator: 'coFacilitator1' | 'coFacilitator2', meetingId: string, statuses: [string, string, string?][]) {
    return this.as[coFacilitator].post(this.draft('/statuses'), {
      meetingId,
      statuses: statuses.map(([provisionId, status, note]) => ({ provisionId, status, ...(note ? { note } : {}) })),
    });
  }

  /** The co-facilitators issue a revision as a whole text; the working text becomes it. */
  async issue(label: string, text: UngaDraft, body: Record<string, unknown>): Promise<void> {
    recorded(`issue ${label}`, await this.as.coFacilitator1.post(this.draft('/revisions'), { text: plainUngaText(text), ...body }));
    await eventually(async () => expect((await this.read(`/documents/${this.ids.draftId}/text`)).versionLabel).toBe(label));
    expect(await this.operativeTexts()).toEqual(text.operative.map((p) => p.text));
  }

  /** A silence of the draft once it is no longer open: the system has recorded its outcome. */
  outcomeOf(silenceId: string): Promise<any> {
    return eventually(
      async () => {
        const silence = (await this.read(`/documents/${this.ids.draftId}/silences`)).items.find((s: any) => s.silenceId === silenceId);
        expect(silence?.state).toMatch(/^(held|broken)$/);
        return silence;
      },
      90_000,
      250,
    );
  }

  /** The replay of the signed record says that the revision gave the paragraph these words. */
  expectRevisionGaveWords(provisionId: string, label: string, words: string): void {
    const why = explainProvision(this.events, this.ids.draftId, provisionId);
    if (!why.ok) throw new Error(`why ${provisionId}: ${why.reason}`);
    const issued = revisionsIn(this.events, this.ids.draftId).find((r) => r.label === label);
    if (!issued) throw new Error(`the record holds no ${label}`);
    const steps = why.explanation.steps.filter((s) => s.decisionId === issued.decisionId);
    expect(steps.map((s) => [s.decisive, s.wordingAfter])).toEqual([[true, words]]);
  }
}
