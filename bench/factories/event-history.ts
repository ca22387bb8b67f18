/**
 * A seeded event history of any length, as the write side records it: stakeholders, then
 * consultations that run from registration to adoption side by side (their events
 * interleaved in the log), each with a document, contributions carrying amendments and
 * reports, revisions, withdrawals, co-sponsors, rulings (some accepted, so the working
 * text changes), a merge, a reservation and the adopted version. Built directly as
 * recorded events (no write side in the loop), so a million take seconds, not hours.
 */
import { Actor, EventMetadata, StoredEvent, Region, StakeholderCategory } from '#libs/contracts';
import { AppliedChange, replay } from '#libs/domain';
import type { AmendmentOperation, ResolutionDocument } from '#libs/text';
import { SeededRandom } from './random';
import { brokenSilence } from './silence-history';
import { generatePhrase, generateResolution } from './resolution-factory';

export interface EventHistoryOptions {
  readonly events: number;
  readonly seed?: number;
  readonly stakeholders?: number;
  /** Consultations under way at once; their events interleave. */
  readonly concurrentConsultations?: number;
  /** recorded_at of the first event; each next one a few milliseconds later. */
  readonly startAt?: Date;
}

const CATEGORIES: readonly StakeholderCategory[] = [
  'member-state',
  'member-state',
  'member-state',
  'sector-member',
  'academia',
  'civil-society',
  'private-sector',
  'technical-community',
];
const REGIONS: readonly Region[] = ['africa', 'americas', 'arab-states', 'asia-pacific', 'cis', 'europe'];
const BASE_TEXTS = 24;

interface Step<Payload = unknown> {
  readonly streamId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly payload: Payload;
  readonly actor: Actor;
}

/** The history in position order, `chunkSize` events at a time. */
export function* generateEventHistory(options: EventHistoryOptions, chunkSize = 10_000): Generator<StoredEvent[]> {
  const random = new SeededRandom(options.seed ?? 2026);
  const stakeholderIds = Array.from({ length: options.stakeholders ?? 300 }, (_, i) => `stakeholder-${i + 1}`);
  const bases = Array.from({ length: BASE_TEXTS }, (_, i) =>
    generateResolution({ seed: 100 + i, language: i % 4 === 0 ? 'ar' : 'en', provisions: 14, wordsPerProvision: [10, 28] }),
  );
  const versions = new Map<string, number>();
  let position = 0;
  let clock = (options.startAt ?? new Date('2026-01-05T08:00:00Z')).getTime();
  let chunk: StoredEvent[] = [];

  const record = (step: Step): StoredEvent => {
    const streamVersion = (versions.get(step.streamId) ?? 0) + 1;
    versions.set(step.streamId, streamVersion);
    clock += random.int(1, 9);
    const recordedAt = new Date(clock).toISOString();
    const metadata: EventMetadata = { actor: step.actor, correlationId: uuid(random), occurredAt: recordedAt };
    return {
      position: ++position,
      eventId: uuid(random),
      streamId: step.streamId,
      streamVersion,
      type: step.type,
      schemaVersion: step.schemaVersion,
      payload: step.payload,
      metadata,
      recordedAt,
    };
  };

  const stakeholders = stakeholderIds.map((id, i): Step => ({
    streamId: `stakeholder-${id}`,
    type: 'StakeholderRegistered',
    schemaVersion: 1,
    payload: {
      stakeholderId: id,
      name: `${generatePhrase(random, 'en', 2)} ${i + 1}`,
      category: random.pick(CATEGORIES),
      region: random.pick(REGIONS),
      memberIds: [],
    },
    actor: SECRETARIAT,
  }));
  let serial = 0;
  const active: Iterator<Step>[] = [stakeholders[Symbol.iterator]()];
  const concurrent = options.concurrentConsultations ?? 12;
  while (position < options.events) {
    // Stakeholders first, then consultations side by side, a new one as soon as one is adopted.
    while (position >= stakeholderIds.length && active.length < concurrent) {
      active.push(consultation(++serial, random, stakeholderIds, bases[serial % BASE_TEXTS]));
    }
    const index = position < stakeholderIds.length ? 0 : random.int(0, active.length - 1);
    const next = active[index].next();
    if (next.done) {
      active.splice(index, 1);
      continue;
    }
    chunk.push(record(next.value));
    if (chunk.length === chunkSize) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

const SECRETARIAT: Actor = { id: 'sec-1', role: 'secretariat' };

/** One consultation from registration to adoption: about a hundred events. */
function* consultation(serial: number, random: SeededRandom, stakeholderIds: readonly string[], base: ResolutionDocument): Generator<Step> {
  const consultationId = uuid(random);
  const documentId = uuid(random);
  const chair: Actor = { id: `chair-${serial % 40}`, role: 'chair' };
  const participants = pickDistinct(random, stakeholderIds, 10);
  const stakeholder = (id: string): Actor => ({ id, role: 'stakeholder' });
  const onConsultation = (type: string, payload: object, actor: Actor = SECRETARIAT, schemaVersion = 1): Step => ({
    streamId: `consultation-${consultationId}`,
    type,
    schemaVersion,
    payload: { consultationId, ...payload },
    actor,
  });
  const onDocument = <P extends object>(type: string, payload: P, actor: Actor): Step<P> => ({
    streamId: `document-${documentId}`,
    type,
    schemaVersion: 1,
    payload: { documentId, ...payload },
    actor,
  });
  const provisions = [...base.preamble, ...base.operative].flatMap((section) => section.provisions);
  const language = base.language === 'ar' ? 'ar' : 'en';
  let added = 0;
  const operation = (): AmendmentOperation => {
    const target = random.pick(provisions);
    if (random.chance(0.55))
      return {
        kind: 'add',
        newId: `c${serial}-new-${++added}`,
        position: { after: target.id },
        text: generatePhrase(random, language, random.int(8, 24)),
      };
    const words = target.text.split(' ');
    words[random.int(0, words.length - 1)] = generatePhrase(random, language, random.int(1, 3));
    return { kind: 'modify', provisionId: target.id, oldText: target.text, newText: words.join(' ') };
  };
  const amendments = new Map<string, { operation: AmendmentOperation; proposer: string; status: 'pending' | 'withdrawn' }>();
  const propose = (proposer: string, contributionId?: string): Step<{ amendmentId: string }> => {
    const amendmentId = `c${serial}-a${amendments.size + 1}`;
    const op = operation();
    amendments.set(amendmentId, { operation: op, proposer, status: 'pending' });
    return onDocument(
      'AmendmentProposed',
      { amendmentId, versionNumber: 1, operation: op, proposers: [proposer], ...(contributionId && { contributionId }) },
      stakeholder(proposer),
    );
  };
  const cover = (k: number, submitter: string, title: string) => ({
    symbol: `C26/${serial}-${k}-E`,
    date: '2026-02-20',
    agendaItem: `PL ${1 + (k % 4)}`,
    originalLanguage: 'en',
    submitters: [submitter],
    coSponsors: [],
    title,
  });

  yield onConsultation(
    'ConsultationRegistered',
    {
      title: `Revision of Resolution ${1000 + serial}`,
      body: 'ITU Council',
      subject: generatePhrase(random, 'en', 4),
      originalLanguage: 'en',
      chairs: [chair.id],
      deadlines: {},
      restricted: serial % 3 === 0,
    },
    SECRETARIAT,
    2,
  );
  yield onConsultation('ConsultationPhaseChanged', { from: 'drafting', to: 'open-for-contributions' });
  for (const id of participants) yield onConsultation('ParticipantAdmitted', { stakeholderId: id });
  yield onDocument(
    'DocumentRegistered',
    {
      consultationId,
      symbol: `Resolution ${1000 + serial}`,
      versionLabel: 'Modified 2023',
      text: base,
      source: { kind: 'import', warnings: 0 },
    },
    SECRETARIAT,
  );

  const reports: string[] = [];
  for (let k = 0; k < 10; k++) {
    const submitter = participants[k];
    const contributionId = uuid(random);
    if (k < 6) {
      const steps = [propose(submitter, contributionId), propose(submitter, contributionId), propose(submitter, contributionId)];
      const amendmentIds = steps.map((step) => step.payload.amendmentId);
      yield {
        streamId: `contribution-${contributionId}`,
        type: 'ContributionSubmitted',
        schemaVersion: 1,
        payload: {
          contributionId,
          consultationId,
          ...cover(k, submitter, `Proposals of ${submitter}`),
          substance: { kind: 'amendments', documentId, amendmentIds },
        },
        actor: stakeholder(submitter),
      };
      yield* steps;
    } else {
      reports.push(contributionId);
      yield {
        streamId: `contribution-${contributionId}`,
        type: 'ContributionSubmitted',
        schemaVersion: 1,
        payload: {
          contributionId,
          consultationId,
          ...cover(k, submitter, `Report of ${submitter}`),
          substance: { kind: 'report', text: generatePhrase(random, 'en', 40) },
        },
        actor: stakeholder(submitter),
      };
    }
  }
  yield {
    streamId: `contribution-${reports[0]}`,
    type: 'ContributionRevised',
    schemaVersion: 1,
    payload: {
      contributionId: reports[0],
      consultationId,
      revision: 1,
      ...cover(6, participants[6], `Report of ${participants[6]} (revised)`),
      substance: { kind: 'report', text: generatePhrase(random, 'en', 40) },
    },
    actor: stakeholder(participants[6]),
  };
  yield {
    streamId: `contribution-${reports[1]}`,
    type: 'ContributionWithdrawn',
    schemaVersion: 1,
    payload: { contributionId: reports[1], consultationId, by: participants[7], reason: 'submitted to the wrong session' },
    actor: stakeholder(participants[7]),
  };

  const ids = [...amendments.keys()];
  const sponsored = new Set<string>();
  while (sponsored.size < 8) {
    const amendmentId = random.pick(ids);
    const sponsor = random.pick(participants);
    const key = `${amendmentId}/${sponsor}`;
    if (sponsor === amendments.get(amendmentId)!.proposer || sponsored.has(key)) continue;
    sponsored.add(key);
    yield onDocument('AmendmentCoSponsored', { amendmentId, stakeholderId: sponsor }, stakeholder(sponsor));
  }
  for (const amendmentId of ids.slice(0, 2)) {
    const amendment = amendments.get(amendmentId)!;
    amendment.operation = operation();
    yield onDocument(
      'AmendmentRevised',
      { amendmentId, revision: 1, operation: amendment.operation, explanation: 'aligned with the regional position' },
      stakeholder(amendment.proposer),
    );
  }
  const withdrawn = ids[2];
  amendments.get(withdrawn)!.status = 'withdrawn';
  yield onDocument(
    'AmendmentWithdrawn',
    { amendmentId: withdrawn, by: amendments.get(withdrawn)!.proposer },
    stakeholder(amendments.get(withdrawn)!.proposer),
  );

  yield* commentThread(random, { consultationId, documentId }, ids[0], participants);

  yield onConsultation('ConsultationPhaseChanged', { from: 'open-for-contributions', to: 'negotiation' }, chair);
  const meetingId = `c${serial}-ic-1`;
  yield onConsultation(
    'MeetingRegistered',
    { meetingId, kind: 'informal-consultation', number: 1, name: `CWG-${serial}`, date: '2026-04-10', place: 'Geneva' },
    chair,
  );
  // Two written inputs on the draft (quoting it), one withdrawn: made without drawing, so the rest of the history stays as seeded.
  for (const [k, author] of participants.slice(0, 2).entries()) {
    yield {
      streamId: `input-c${serial}-input-${k}`,
      type: 'StakeholderInputSubmitted',
      schemaVersion: 1,
      payload: {
        inputId: `c${serial}-input-${k}`,
        consultationId,
        documentId,
        versionNumber: 1,
        provisionIds: k === 0 ? [provisions[0].id] : [],
        stakeholderId: author,
        title: `Input ${k + 1} of ${author}`,
        text: provisions[k].text,
        language,
      },
      actor: stakeholder(author),
    };
  }
  yield {
    streamId: `input-c${serial}-input-1`,
    type: 'StakeholderInputWithdrawn',
    schemaVersion: 1,
    payload: { inputId: `c${serial}-input-1`, consultationId, documentId, by: participants[1], reason: 'superseded' },
    actor: stakeholder(participants[1]),
  };
  for (let k = 0; k < 12; k++) yield propose(random.pick(participants));

  // The chair's sitting: additions are accepted about half the time, so the working text grows.
  const sitting = { meeting: `CWG-${serial}`, date: '2026-04-10' };
  const applied: AppliedChange[] = [];
  const deferred: string[] = [];
  let decisions = 0;
  const pending = [...amendments].filter(([, a]) => a.status === 'pending');
  const toMerge = pending.filter(([, a]) => a.operation.kind === 'add').slice(-2);
  for (const [amendmentId, amendment] of pending) {
    if (toMerge.some(([id]) => id === amendmentId)) continue;
    const decisionId = `c${serial}-dec-${++decisions}`;
    const accept = amendment.operation.kind === 'add' && random.chance(0.5);
    const ruling = accept ? 'accepted' : random.chance(0.15) ? 'deferred' : 'rejected';
    if (accept) applied.push({ decisionId, operation: amendment.operation });
    if (ruling === 'deferred') deferred.push(amendmentId);
    yield onDocument(
      'AmendmentRuled',
      {
        decisionId,
        amendmentId,
        ruling,
        ...(accept && { applied: amendment.operation }),
        ...(ruling === 'rejected' && { reason: 'no consensus' }),
        ...sitting,
      },
      chair,
    );
  }
  if (toMerge.length === 2) {
    const decisionId = `c${serial}-dec-${++decisions}`;
    const merged: AmendmentOperation = {
      kind: 'add',
      newId: `c${serial}-merged`,
      position: { after: random.pick(provisions).id },
      text: generatePhrase(random, language, 20),
    };
    applied.push({ decisionId, operation: merged });
    yield onDocument(
      'AmendmentsMerged',
      { decisionId, amendmentIds: toMerge.map(([id]) => id), operation: merged, applied: merged, ...sitting },
      chair,
    );
  }
  const reserving = random.pick(participants);
  yield onDocument(
    'ReservationRecorded',
    {
      decisionId: `c${serial}-dec-${++decisions}`,
      stakeholderId: reserving,
      provisionId: random.pick(provisions).id,
      text: `${reserving} reserves its position on this provision.`,
      ...sitting,
    },
    chair,
  );
  // The state of play after the sitting: the first provisions read and agreed ad ref, one deleted.
  const read = provisions.slice(0, 3).map((provision) => provision.id);
  yield onConsultation('ProvisionsRead', { meetingId, documentId, versionNumber: 1, provisionIds: read }, chair);
  yield onDocument(
    'ProvisionStatusesRecorded',
    {
      decisionId: `c${serial}-dec-${++decisions}`,
      versionNumber: 1,
      round: 1,
      statuses: [
        { provisionId: read[0], status: 'agreed-ad-ref' },
        { provisionId: read[1], status: 'agreed-ad-ref' },
        { provisionId: read[2], status: 'deleted', note: 'to be taken up in the next revision' },
      ],
      meetingId,
      ...sitting,
    },
    chair,
  );
  for (const step of brokenSilence(`c${serial}-silence`, random.pick(participants), random.pick(provisions).id, chair)) {
    yield onDocument(step.type, step.payload, step.actor);
  }
  yield onConsultation('ConsultationPhaseChanged', { from: 'negotiation', to: 'adoption' }, chair);
  yield onDocument(
    'VersionAdopted',
    {
      decisionId: `c${serial}-dec-${decisions + 1}`,
      versionNumber: 2,
      label: 'Modified 2026',
      meeting: 'sixth Plenary Meeting',
      date: '2026-06-12',
      leftOpen: { amendmentIds: deferred, brackets: 0 },
      text: replay(base, applied),
    },
    chair,
  );
  const explaining = participants[0];
  const explanation = { explanationId: `c${serial}-explanation`, stakeholderId: explaining, kind: 'position', timing: 'after-adoption' };
  yield onDocument('PositionExplained', { ...explanation, text: `${explaining} joins the consensus.`, versionNumber: 2 }, chair);
  yield onConsultation('ConsultationPhaseChanged', { from: 'adoption', to: 'closed' }, chair);
}

/** A thread on an amendment: a comment, a reply, and a third comment the secretariat hides with its reason. */
function* commentThread(
  random: SeededRandom,
  on: { readonly consultationId: string; readonly documentId: string },
  amendmentId: string,
  participants: readonly string[],
): Generator<Step> {
  const subject = { kind: 'amendment', amendmentId } as const;
  const [first, second, third] = pickDistinct(random, participants, 3);
  const comment = (authorId: string, replyTo?: string): Step => {
    const commentId = uuid(random);
    return {
      streamId: `comment-${commentId}`,
      type: 'CommentPosted',
      schemaVersion: 1,
      payload: {
        commentId,
        ...on,
        subject,
        authorId,
        text: generatePhrase(random, 'en', 16),
        language: 'en',
        ...(replyTo ? { replyTo } : {}),
      },
      actor: { id: authorId, role: 'stakeholder' },
    };
  };
  const opening = comment(first);
  yield opening;
  yield comment(second, (opening.payload as { commentId: string }).commentId);
  const hidden = comment(third);
  yield hidden;
  const commentId = (hidden.payload as { commentId: string }).commentId;
  yield {
    streamId: `comment-${commentId}`,
    type: 'CommentHidden',
    schemaVersion: 1,
    payload: { commentId, ...on, subject, by: SECRETARIAT.id, reason: 'off topic' },
    actor: SECRETARIAT,
  };
}

function pickDistinct<T>(random: SeededRandom, list: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(random.pick(list));
  return [...chosen];
}

/** A version 4 UUID from the seeded source: the same seed gives the same ids. */
function uuid(random: SeededRandom): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = ((random.int(0, 15) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
