/**
 * The six-languages negotiation's services and actors: gateway, ledger and projector as
 * processes in the full mode, on a fresh database and topic; the secretariat, the chair,
 * two member states and two translators (French and Arabic desks), each with the token its
 * identity provider issues.
 */
import { Client } from 'pg';
import { eventually } from './eventually';
import { HttpClient } from './http';
import { fullModeEnvironment, startService } from './ledger-cluster';
import { recorded } from './negotiation-steps';
import { ServiceProcess } from './service-process';
import { createTestDatabase } from './test-database';
import { Role, tokenFor } from './tokens';

export const STAKEHOLDERS = {
  egypt: { id: 'egypt', name: 'Arab Republic of Egypt', category: 'member-state', region: 'arab-states' },
  kenya: { id: 'kenya', name: 'Republic of Kenya', category: 'member-state', region: 'africa' },
} as const;

/** The consultation: an ITU Council working group negotiating in English. */
export const CONSULTATION = {
  title: 'Revision of Resolution 1334 (Modified 2023)',
  body: 'ITU Council',
  subject: 'WSIS+20 review: the role of ITU in the overall review of the implementation of the WSIS outcomes',
  originalLanguage: 'en',
  chairs: ['chair-cwg-wsis'],
};

export const SITTING = { meeting: 'CWG-WSIS&SDG, first meeting of 2026', date: '2026-03-10' };

export const ADOPTION = {
  label: 'Modified 2026',
  meeting: 'seventh Plenary Meeting',
  date: '2026-06-18',
  place: 'Geneva',
  number: 'Resolution 1334 (Modified 2026)',
  adoptionLine: 'adopted at the seventh Plenary Meeting',
};

export class SixLanguagesNegotiation {
  consultationId = '';
  documentId = '';

  private constructor(
    readonly as: Record<'secretariat' | 'chair' | 'egypt' | 'kenya' | 'frenchDesk' | 'arabicDesk' | 'russianDesk', HttpClient>,
    private readonly services: ServiceProcess[],
    private readonly sql: Client,
    private readonly database: { drop: () => Promise<void> },
  ) {}

  static async start(): Promise<SixLanguagesNegotiation> {
    const database = await createTestDatabase('six_languages');
    const env = await fullModeEnvironment(database.url);
    const services = await Promise.all([startService('ledger', env), startService('projector', env)]);
    services.push(await startService('gateway', env));
    const sql = new Client({ connectionString: database.url });
    await sql.connect();
    const gateway = new HttpClient(`http://127.0.0.1:${env.PORT}`);
    const actor = async (sub: string, role: Role) => gateway.as(await tokenFor(sub, role));
    return new SixLanguagesNegotiation(
      {
        secretariat: await actor('itu-secretariat', 'secretariat'),
        chair: await actor('chair-cwg-wsis', 'chair'),
        egypt: await actor('egypt', 'stakeholder'),
        kenya: await actor('kenya', 'stakeholder'),
        frenchDesk: await actor('itu-french-translation', 'translator'),
        arabicDesk: await actor('itu-arabic-translation', 'translator'),
        russianDesk: await actor('itu-russian-translation', 'translator'),
      },
      services,
      sql,
      database,
    );
  }

  async stop(): Promise<void> {
    await this.sql.end();
    await Promise.all(this.services.map((s) => s.stop()));
    await this.database.drop();
  }

  /** A path of the JSON API under the negotiated document. */
  document(path = ''): string {
    return `/api/v1/documents/${this.documentId}${path}`;
  }

  /** The gateway's answer under /api/v1, as the secretariat reads it; fails unless 200. */
  async read(path: string, headers: Record<string, string> = {}): Promise<any> {
    return recorded(`GET ${path}`, await this.as.secretariat.request('GET', `/api/v1${path}`, undefined, headers), 200);
  }

  /** Reads until the projector shows what `check` expects. */
  until(path: string, check: (json: any) => void = () => undefined, headers: Record<string, string> = {}): Promise<any> {
    return eventually(async () => {
      const json = await this.read(path, headers);
      check(json);
      return json;
    });
  }

  async eventCount(): Promise<number> {
    return Number((await this.sql.query('SELECT count(*) AS n FROM events')).rows[0].n);
  }

  /** Rows of a query on the event store. */
  async sqlRows(query: string, values: unknown[]): Promise<any[]> {
    return (await this.sql.query(query, values)).rows;
  }

  /** The payloads of the document's recorded events of one type, in the order recorded. */
  async recordedOfType(type: string): Promise<any[]> {
    const rows = await this.sql.query('SELECT payload FROM events WHERE type = $1 AND payload->>$2 = $3 ORDER BY position', [
      type,
      'documentId',
      this.documentId,
    ]);
    return rows.rows.map((r) => r.payload);
  }
}
