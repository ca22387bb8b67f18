/**
 * The commands the HTTP benchmarks send: what stakeholders do in the busy weeks of a
 * conference that revises many resolutions at once. The secretariat registers the
 * stakeholders once; each phase of a benchmark opens a consultation of its own with its
 * draft resolutions (so every phase starts from fresh document streams and phases can be
 * compared), and the stakeholders amend them: three commands in four propose an amendment
 * to a document (a word-level MOD, a new provision, a SUP), the fourth submits a
 * contribution carrying one amendment. Every command is a real write: validated at the
 * gateway, decided on the streams it reads, appended with its outbox rows, projected.
 */
import { SignJWT } from 'jose';
import { REGIONS, STAKEHOLDER_CATEGORIES } from '#libs/contracts';
import { ResolutionDocument, allProvisions, toInterchange } from '#libs/text';
import { SeededRandom } from '../factories/random';
import { generatePhrase, generateResolution } from '../factories/resolution-factory';

export const JWT_ISSUER = 'consultation-ledger';

/** One HTTP request of the workload, ready to send. */
export interface WorkloadCommand {
  readonly method: 'POST';
  readonly path: string;
  readonly body: string;
  readonly token: string;
  /** Where the read model shows what the command created, once projected. */
  readonly readPath: (id: string) => string;
}

/** The actors of the workload and their bearer tokens, signed with the services' HS256 secret. */
export interface Actors {
  readonly secretariat: string;
  readonly stakeholderIds: readonly string[];
  readonly stakeholderTokens: readonly string[];
}

export async function signActors(jwtSecret: string, stakeholders: number): Promise<Actors> {
  const key = new TextEncoder().encode(jwtSecret);
  const sign = (sub: string, role: string) =>
    new SignJWT({ roles: [role] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(sub)
      .setIssuer(JWT_ISSUER)
      .setAudience(JWT_ISSUER)
      .setIssuedAt()
      .setExpirationTime('4h')
      .sign(key);
  const stakeholderIds = Array.from({ length: stakeholders }, (_, i) => `bench-stakeholder-${i + 1}`);
  return {
    secretariat: await sign('bench-secretariat', 'secretariat'),
    stakeholderIds,
    stakeholderTokens: await Promise.all(stakeholderIds.map((id) => sign(id, 'stakeholder'))),
  };
}

/** The registry entries of the workload's stakeholders, as the secretariat sends them. */
export function stakeholderRegistrations(actors: Actors): Record<string, unknown>[] {
  return actors.stakeholderIds.map((id, i) => ({
    id,
    name: `Delegation ${i + 1}`,
    category: STAKEHOLDER_CATEGORIES[i % STAKEHOLDER_CATEGORIES.length],
    region: REGIONS[i % REGIONS.length],
  }));
}

/** A draft resolution under revision: its id once registered, and the provisions amendments target. */
export interface DraftResolution {
  readonly documentId: string;
  readonly consultationId: string;
  readonly language: 'ar' | 'en';
  readonly provisions: readonly { readonly id: string; readonly text: string }[];
}

/** The n-th draft resolution of a phase: a resolution of 30 provisions, one in four in Arabic. */
export function draftResolution(seed: number): ResolutionDocument {
  return generateResolution({ seed, language: seed % 4 === 0 ? 'ar' : 'en', provisions: 30, wordsPerProvision: [12, 30] });
}

export function documentRegistration(seed: number, document: ResolutionDocument): Record<string, unknown> {
  return { symbol: `Resolution ${100 + seed}`, versionLabel: 'Rev. 2022', document: toInterchange(document) };
}

export function draftOf(documentId: string, consultationId: string, document: ResolutionDocument): DraftResolution {
  const provisions = [...allProvisions(document)].map((p) => ({ id: p.id, text: p.text }));
  return { documentId, consultationId, language: document.language === 'ar' ? 'ar' : 'en', provisions };
}

/** The consultation a phase runs in, open for contributions until a month from now. */
export function phaseConsultation(phase: string): Record<string, unknown> {
  return {
    title: `Revision of resolutions (benchmark ${phase})`,
    body: 'WTDC-25',
    subject: 'Resolutions of the World Telecommunication Development Conference under revision',
    originalLanguage: 'en',
    chairs: ['bench-chair'],
    deadlines: { 'open-for-contributions': new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString() },
  };
}

/** The amendment operation a stakeholder proposes to a provision: mostly a MOD, sometimes a new provision after it or a SUP. */
export function amendmentOperation(random: SeededRandom, draft: DraftResolution, provisionIndex: number): Record<string, unknown> {
  const provision = draft.provisions[provisionIndex % draft.provisions.length];
  const roll = random.next();
  if (roll < 0.7) {
    const words = provision.text.split(' ');
    const at = random.int(1, Math.max(1, words.length - 1));
    const newText = [...words.slice(0, at), generatePhrase(random, draft.language, random.int(1, 4)), ...words.slice(at)].join(' ');
    return { kind: 'modify', provisionId: provision.id, oldText: provision.text, newText };
  }
  if (roll < 0.85) {
    return {
      kind: 'add',
      position: { after: provision.id },
      text: `${generatePhrase(random, draft.language, random.int(12, 30))}${draft.language === 'ar' ? '؛' : ';'}`,
    };
  }
  return { kind: 'suppress', provisionId: provision.id };
}

/**
 * The endless stream of commands of one phase, spread over its drafts and the stakeholders:
 * consecutive commands go to different documents, so concurrent ones rarely race on a stream.
 */
export class CommandStream {
  private serial = 0;
  private readonly random: SeededRandom;

  constructor(
    private readonly actors: Actors,
    private readonly drafts: readonly DraftResolution[],
    seed: number,
  ) {
    this.random = new SeededRandom(seed);
  }

  next(): WorkloadCommand {
    const n = this.serial++;
    const draft = this.drafts[n % this.drafts.length];
    const stakeholder = (n * 7 + Math.floor(n / this.drafts.length)) % this.actors.stakeholderIds.length;
    const token = this.actors.stakeholderTokens[stakeholder];
    const operation = amendmentOperation(this.random, draft, Math.floor(n / this.drafts.length) + n);
    const explanation = generatePhrase(this.random, draft.language, this.random.int(6, 16));
    if (n % 4 === 3) {
      return {
        method: 'POST',
        path: '/api/v1/contributions',
        token,
        readPath: (id) => `/api/v1/contributions/${id}`,
        body: JSON.stringify({
          consultationId: draft.consultationId,
          symbol: `C26/${n}-${draft.language === 'ar' ? 'A' : 'E'}`,
          date: '2026-02-20',
          agendaItem: 'PL 2',
          originalLanguage: draft.language,
          title: `Proposed modification of ${draft.documentId.slice(0, 8)}`,
          purpose: explanation,
          substance: { kind: 'amendments', documentId: draft.documentId, versionNumber: 1, amendments: [{ operation, explanation }] },
        }),
      };
    }
    return {
      method: 'POST',
      path: `/api/v1/documents/${draft.documentId}/amendments`,
      token,
      readPath: (id) => `/api/v1/amendments/${id}`,
      body: JSON.stringify({ versionNumber: 1, operation, explanation }),
    };
  }

  /** Commands handed out so far. */
  get count(): number {
    return this.serial;
  }
}

/**
 * An event as the workload records and publishes it (an AmendmentProposed with its
 * metadata, as the relay serialises it), of the median size of a sample: the message the
 * raw PostgreSQL and Kafka limits are measured with.
 */
export function typicalRecordedEvent(): { streamId: string; type: string; payload: unknown; metadata: unknown; json: string } {
  const random = new SeededRandom(7);
  const drafts = [0, 1, 2, 3].map((seed) =>
    draftOf(`00000000-0000-4000-8000-00000000000${seed}`, '00000000-0000-4000-8000-000000000100', draftResolution(seed)),
  );
  const events = Array.from({ length: 101 }, (_, n) => {
    const draft = drafts[n % drafts.length];
    const streamId = `document-${draft.documentId}`;
    const payload = {
      documentId: draft.documentId,
      amendmentId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      versionNumber: 1,
      operation: amendmentOperation(random, draft, n),
      proposers: [`bench-stakeholder-${n + 1}`],
      explanation: generatePhrase(random, draft.language, random.int(6, 16)),
    };
    const metadata = {
      actor: { id: `bench-stakeholder-${n + 1}`, role: 'stakeholder' },
      correlationId: '00000000-0000-4000-8000-000000000200',
      occurredAt: new Date().toISOString(),
    };
    const recorded = {
      position: 1000 + n,
      eventId: '00000000-0000-4000-8000-000000000300',
      streamId,
      streamVersion: 2 + n,
      type: 'AmendmentProposed',
      schemaVersion: 1,
      payload,
      metadata,
      recordedAt: new Date().toISOString(),
    };
    return { streamId, type: 'AmendmentProposed', payload, metadata, json: JSON.stringify(recorded) };
  });
  events.sort((a, b) => a.json.length - b.json.length);
  return events[Math.floor(events.length / 2)];
}
