import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import {
  Actor,
  AmendmentCoSponsoredV1,
  AmendmentProposedV1,
  AmendmentRevisedV1,
  AmendmentRuledV1,
  AmendmentWithdrawnV1,
  AmendmentsMergedV1,
  ContributionCover,
  ContributionSubmittedV1,
  DecisionCorrectedV1,
  DocumentRegisteredV1,
  RecordedEvent,
  ReservationRecordedV1,
  StakeholderRegisteredV1,
  VersionAdoptedV1,
  documentStreamId,
  upcast,
  Phase,
  isContributionEvent,
} from '#libs/contracts';
import { LedgerCommand, DocumentCommand, evolveDocument, initialDocumentState } from '#libs/domain';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore } from '#libs/eventstore';
import { createDataSource, createLogger, runMigrations } from '#libs/platform';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from '#libs/read-models';
import { configureHttpApp } from '#libs/runtime';
import { AmendmentOperation, InterchangeProvision, ResolutionDocument, findConflicts, locateProvision, toInterchange } from '#libs/text';
import { COMPILATION_QUERY_HANDLERS, CompilationController, CompilationView, GetCompilation, GetCompilationHandler } from '../apps/gateway/src/compilation';
import { HISTORY_QUERY_HANDLERS, HistoryController, HistoryEntryView, HistoryFilter, ListConsultationHistory, ListConsultationHistoryHandler, decodeHistoryCursor, parseHistoryRequest } from '../apps/gateway/src/history';
import { GetProvisionProvenance, GetProvisionProvenanceHandler, PROVENANCE_QUERY_HANDLERS, ProvenanceController, ProvisionProvenanceView } from '../apps/gateway/src/provenance';
import { ExecuteLedgerCommand, ExecuteLedgerCommandHandler } from '../apps/ledger/src/ledger-command-executor';
import { Projection } from '../apps/projector/src/projection';
import { ProjectionRunner } from '../apps/projector/src/projection-runner';
import { CompilationProjection } from '../apps/projector/src/projections/compilation.projection';
import { ConsultationsProjection } from '../apps/projector/src/projections/consultations.projection';
import { ContributionsProjection } from '../apps/projector/src/projections/contributions.projection';
import { DocumentsProjection } from '../apps/projector/src/projections/documents.projection';
import { HistoryProjection } from '../apps/projector/src/projections/history.projection';
import { ProvenanceProjection } from '../apps/projector/src/projections/provenance.projection';
import { StakeholdersProjection } from '../apps/projector/src/projections/stakeholders.projection';
import { HttpClient } from './support/http';
import { modifyWords, offerAlternatives, res1334 } from './support/negotiation-text';
import { createTestDatabase } from './support/test-database';

/*
 * The compilation of proposals, the consultation history and the provenance of provisions,
 * projected from a negotiation the real write side records on Council Resolution 1334
 * (Modified 2023), imported from its Arabic text. Every expectation is read off the
 * recorded events by the small folds of this file, never by the projections' own code.
 */

const secretariat: Actor = { id: 'itu-secretariat', role: 'secretariat' };
const chair: Actor = { id: 'chair-cwg-wsis', role: 'chair' };
const as = (id: string): Actor => ({ id, role: 'stakeholder' });

const STAKEHOLDERS: StakeholderRegisteredV1[] = [
  { stakeholderId: 'egypt', name: 'Arab Republic of Egypt', category: 'member-state', region: 'arab-states', memberIds: [] },
  { stakeholderId: 'kenya', name: 'Republic of Kenya', category: 'member-state', region: 'africa', memberIds: [] },
  { stakeholderId: 'apc', name: 'Association for Progressive Communications', category: 'civil-society', region: 'global', memberIds: [] },
  { stakeholderId: 'ericsson', name: 'Telefonaktiebolaget LM Ericsson', category: 'private-sector', region: 'europe', memberIds: [] },
];

const FIRST_SITTING = { meeting: 'CWG-WSIS&SDG-44', date: '2026-04-10' };
const SECOND_SITTING = { meeting: 'CWG-WSIS&SDG-45', date: '2026-04-11' };
const ADOPTION = { label: 'Modified 2026', meeting: 'seventh Plenary Meeting', date: '2026-06-18' };

/** The kind each event type has in the history, as the API documents it. */
const KIND_OF: Record<string, string> = {
  ConsultationRegistered: 'consultation-registered',
  ConsultationPhaseChanged: 'phase-changed',
  ParticipantAdmitted: 'participant-admitted',
  DocumentRegistered: 'document-registered',
  ContributionSubmitted: 'contribution-submitted',
  ContributionRevised: 'contribution-revised',
  ContributionWithdrawn: 'contribution-withdrawn',
  AmendmentProposed: 'amendment-proposed',
  AmendmentCoSponsored: 'amendment-co-sponsored',
  AmendmentRevised: 'amendment-revised',
  AmendmentWithdrawn: 'amendment-withdrawn',
  AmendmentRuled: 'amendment-ruled',
  AmendmentsMerged: 'amendments-merged',
  BracketsSettled: 'brackets-settled',
  VersionAdopted: 'version-adopted',
  ReservationRecorded: 'reservation-recorded',
  DecisionCorrected: 'decision-corrected',
};

function cover(symbol: string, title: string, submitters: string[], extra: Partial<ContributionCover> = {}): ContributionCover {
  return { symbol, date: '2026-02-20', agendaItem: 'PL 2', originalLanguage: 'ar', submitters, coSponsors: [], title, ...extra };
}

// ---------------------------------------------------------------------------------------
// What the recorded events say, folded here independently of the projections.
// ---------------------------------------------------------------------------------------

interface SaidDecision {
  readonly id: string;
  readonly ruling: string;
  readonly meeting?: string;
  readonly date?: string;
  readonly corrects?: string;
  correctedBy?: string;
  readonly position: number;
  /** The operation it applied to the working text, if any. */
  readonly applied?: AmendmentOperation;
}

interface SaidAmendment {
  readonly id: string;
  versionNumber: number;
  operation: AmendmentOperation;
  readonly proposers: string[];
  readonly coSponsors: string[];
  readonly onBehalfOf?: string;
  readonly contributionId?: string;
  contributionSymbol?: string;
  status: string;
  revision: number;
  readonly decisions: SaidDecision[];
  readonly proposedPosition: number;
}

interface Said {
  readonly stakeholders: Map<string, StakeholderRegisteredV1>;
  readonly symbols: Map<string, string>;
  readonly amendments: Map<string, SaidAmendment>;
  readonly versions: Map<number, { label: string; text: ResolutionDocument; position: number; decisionId?: string; meeting?: string; date?: string }>;
  readonly reservations: (ReservationRecordedV1 & { position: number })[];
  readonly settlements: { decisionId: string; provisionId: string; position: number }[];
}

function whatTheEventsSay(events: readonly RecordedEvent[]): Said {
  const said: Said = { stakeholders: new Map(), symbols: new Map(), amendments: new Map(), versions: new Map(), reservations: [], settlements: [] };
  const latestVersion = () => Math.max(...said.versions.keys());
  const decide = (amendmentId: string, decision: SaidDecision, status: string) => {
    const amendment = said.amendments.get(amendmentId)!;
    if (decision.corrects) amendment.decisions.find((d) => d.id === decision.corrects)!.correctedBy = decision.id;
    amendment.decisions.push(decision);
    amendment.status = status;
  };
  for (const event of events) {
    const p = event.payload;
    switch (event.type) {
      case 'StakeholderRegistered':
        said.stakeholders.set((p as StakeholderRegisteredV1).stakeholderId, p as StakeholderRegisteredV1);
        break;
      case 'ContributionSubmitted':
      case 'ContributionRevised':
        said.symbols.set((p as ContributionSubmittedV1).contributionId, (p as ContributionSubmittedV1).symbol);
        break;
      case 'DocumentRegistered':
        said.versions.set(1, { label: (p as DocumentRegisteredV1).versionLabel, text: (p as DocumentRegisteredV1).text, position: event.position });
        break;
      case 'VersionAdopted': {
        const e = p as VersionAdoptedV1;
        said.versions.set(e.versionNumber, { label: e.label, text: e.text, position: event.position, decisionId: e.decisionId, meeting: e.meeting, date: e.date });
        break;
      }
      case 'AmendmentProposed': {
        const e = p as AmendmentProposedV1;
        said.amendments.set(e.amendmentId, {
          id: e.amendmentId,
          versionNumber: e.versionNumber,
          operation: e.operation,
          proposers: [...e.proposers],
          coSponsors: [],
          onBehalfOf: e.onBehalfOf,
          contributionId: e.contributionId,
          contributionSymbol: e.contributionId ? said.symbols.get(e.contributionId) : undefined,
          status: 'pending',
          revision: 0,
          decisions: [],
          proposedPosition: event.position,
        });
        break;
      }
      case 'AmendmentCoSponsored':
        said.amendments.get((p as AmendmentCoSponsoredV1).amendmentId)!.coSponsors.push((p as AmendmentCoSponsoredV1).stakeholderId);
        break;
      case 'AmendmentRevised': {
        const e = p as AmendmentRevisedV1;
        const amendment = said.amendments.get(e.amendmentId)!;
        Object.assign(amendment, { operation: e.operation, revision: e.revision, versionNumber: latestVersion() });
        if (amendment.contributionId) amendment.contributionSymbol = said.symbols.get(amendment.contributionId);
        break;
      }
      case 'AmendmentWithdrawn':
        said.amendments.get((p as AmendmentWithdrawnV1).amendmentId)!.status = 'withdrawn';
        break;
      case 'AmendmentRuled': {
        const e = p as AmendmentRuledV1;
        decide(e.amendmentId, { id: e.decisionId, ruling: e.ruling, meeting: e.meeting, date: e.date, position: event.position, applied: e.applied }, e.ruling);
        break;
      }
      case 'AmendmentsMerged': {
        const e = p as AmendmentsMergedV1;
        for (const id of e.amendmentIds) decide(id, { id: e.decisionId, ruling: 'merged', meeting: e.meeting, date: e.date, position: event.position, applied: e.applied }, 'merged');
        break;
      }
      case 'DecisionCorrected': {
        const e = p as DecisionCorrectedV1;
        decide(e.amendmentId, { id: e.decisionId, ruling: e.ruling, meeting: e.meeting, date: e.date, corrects: e.corrects, position: event.position, applied: e.applied }, e.ruling);
        break;
      }
      case 'ReservationRecorded':
        said.reservations.push({ ...(p as ReservationRecordedV1), position: event.position });
        break;
      case 'BracketsSettled': {
        const e = p as { decisionId: string; provisionId: string };
        said.settlements.push({ decisionId: e.decisionId, provisionId: e.provisionId, position: event.position });
        break;
      }
    }
  }
  return said;
}

/** Where a compilation lists an operation, read off the operation: the provision it names, or the section for section-level ones. */
function listedUnder(op: AmendmentOperation): { provision: string } | { section: string } {
  switch (op.kind) {
    case 'add':
      if ('atEndOf' in op.position) return { section: op.position.atEndOf };
      return { provision: 'before' in op.position ? op.position.before : 'after' in op.position ? op.position.after : op.position.asChildOf };
    case 'changeHeading':
    case 'suppressSection':
      return { section: op.sectionId };
    case 'changeTitle':
      return { section: '' };
    case 'addSection':
      return { section: 'beforeSection' in op.position ? op.position.beforeSection : 'afterSection' in op.position ? op.position.afterSection : '' };
    default:
      return { provision: op.provisionId };
  }
}

/** Every id an operation names: the provision it changes, the one it creates, the one it is placed against, the section. */
function idsNamedBy(op: AmendmentOperation | undefined): string[] {
  if (!op) return [];
  const ids: string[] = [];
  if ('provisionId' in op) ids.push(op.provisionId);
  if (op.kind === 'add') ids.push(op.newId);
  if ('position' in op && op.kind !== 'addSection') ids.push(...Object.values(op.position as Record<string, string>));
  if (op.kind === 'changeHeading' || op.kind === 'addSection') ids.push(op.sectionId);
  return ids;
}

/** Every provision of a text in reading order, with the label the interchange format prints. */
function provisionsOf(text: ResolutionDocument): (InterchangeProvision & { sectionId: string })[] {
  const out: (InterchangeProvision & { sectionId: string })[] = [];
  const interchange = toInterchange(text);
  const walk = (sectionId: string, list: readonly InterchangeProvision[]) =>
    list.forEach((provision) => {
      out.push({ ...provision, sectionId });
      walk(sectionId, provision.children);
    });
  for (const section of [...interchange.preamble, ...interchange.operative]) walk(section.id, section.provisions);
  return out;
}

describe('the compilation of proposals, the consultation history and provenance, projected from a negotiation of Resolution 1334', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let ledger: ExecuteLedgerCommandHandler;
  let runner: ProjectionRunner;
  let app: INestApplication;
  let http: HttpClient;
  let base: ResolutionDocument;
  const ours: Projection[] = [new CompilationProjection(), new HistoryProjection(), new ProvenanceProjection()];
  const projections: Projection[] = [new ConsultationsProjection(), new StakeholdersProjection(), new DocumentsProjection(), new ContributionsProjection(), ...ours];

  const consultationId = randomUUID();
  const documentId = randomUUID();
  const contribution = { egypt: randomUUID(), apc: randomUUID(), ericsson: randomUUID(), ericssonFund: randomUUID() };
  const proposed: Record<string, AmendmentOperation> = {};

  async function send(actor: Actor, command: LedgerCommand): Promise<void> {
    const metadata = { actor, correlationId: randomUUID(), requestedAt: new Date().toISOString() };
    const outcome = await ledger.execute(new ExecuteLedgerCommand({ command, metadata }));
    if (!outcome.ok) throw new Error(`${command.kind} refused: ${outcome.refusal.code} ${outcome.refusal.message}`);
  }
  const onDocument = (actor: Actor, command: DocumentCommand) => send(actor, command.kind === 'RegisterDocument' ? command : { ...command, documentId });
  const phase = (to: Phase) => send(chair, { kind: 'ChangePhase', consultationId, to });
  const amendments = (list: Record<string, AmendmentOperation>) => {
    Object.assign(proposed, list);
    return { kind: 'amendments' as const, documentId, versionNumber: 1, amendments: Object.entries(list).map(([amendmentId, operation]) => ({ amendmentId, operation })) };
  };

  /** Feeds the whole log to the runner from its resume position, in small batches that cut across streams. */
  async function project(batchSize = 5): Promise<void> {
    let after = await runner.resumePosition();
    for (;;) {
      const batch = await store.readAll(after, batchSize);
      if (batch.length === 0) return;
      await runner.applyBatch(batch);
      after = batch[batch.length - 1].position;
    }
  }

  async function events(): Promise<RecordedEvent[]> {
    return (await store.readAll(0, 100_000)).map((event) => upcast(event));
  }

  const compilation = (versionNumber?: number) => new GetCompilationHandler(dataSource).execute(new GetCompilation(documentId, versionNumber));
  const provenance = (provisionId: string) => new GetProvisionProvenanceHandler(dataSource).execute(new GetProvisionProvenance(documentId, provisionId));
  async function history(filter: HistoryFilter = {}, limit = 100): Promise<HistoryEntryView[]> {
    const items: HistoryEntryView[] = [];
    let cursor: { after: number } | undefined;
    for (;;) {
      const page = await new ListConsultationHistoryHandler(dataSource).execute(new ListConsultationHistory(consultationId, filter, limit, cursor));
      items.push(...page!.items);
      if (!page!.next) return items;
      cursor = decodeHistoryCursor(page!.next);
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase('negotiation_views');
    await runMigrations(database.url, 'ledger', EVENT_STORE_MIGRATIONS);
    await runMigrations(database.url, 'projector', READ_MODEL_MIGRATIONS);
    dataSource = await createDataSource({ url: database.url, entities: READ_MODEL_ENTITIES, applicationName: 'negotiation-views-test' }).initialize();
    store = new PostgresEventStore(dataSource);
    ledger = new ExecuteLedgerCommandHandler(store);
    runner = new ProjectionRunner(dataSource, projections, createLogger('projector-test', 'error'));
    base = res1334();

    const module = await Test.createTestingModule({
      imports: [CqrsModule.forRoot()],
      controllers: [CompilationController, HistoryController, ProvenanceController],
      providers: [{ provide: DataSource, useValue: dataSource }, ...COMPILATION_QUERY_HANDLERS, ...HISTORY_QUERY_HANDLERS, ...PROVENANCE_QUERY_HANDLERS],
    }).compile();
    app = configureHttpApp(module.createNestApplication<NestExpressApplication>(), { maxBodyBytes: 1_048_576, logger: createLogger('gateway-test', 'error') });
    await app.listen(0, '127.0.0.1');
    http = new HttpClient(await app.getUrl());

    // The registry, the consultation and its base text, imported from the Council's Arabic text.
    for (const stakeholder of STAKEHOLDERS) await send(secretariat, { kind: 'RegisterStakeholder', stakeholder: stakeholder });
    await send(secretariat, {
      kind: 'RegisterConsultation',
      consultation: {
        consultationId,
        title: 'مراجعة القرار 1334 (المعدَّل في 2023)',
        body: 'ITU Council',
        subject: 'WSIS+20 review',
        originalLanguage: 'ar',
        chairs: [chair.id],
        deadlines: {},
        restricted: false,
      },
    });
    await phase('open-for-contributions');
    for (const { stakeholderId } of STAKEHOLDERS) await send(secretariat, { kind: 'AdmitParticipant', consultationId, stakeholderId });
    await onDocument(secretariat, {
      kind: 'RegisterDocument',
      document: { documentId, consultationId, symbol: 'Resolution 1334', versionLabel: 'Modified 2023', text: base, source: { kind: 'import', warnings: 0 } },
    });

    // A Member State, civil society and the private sector contribute amendments of every kind; two MODs of op-1-1 conflict.
    await send(as('egypt'), {
      kind: 'SubmitContribution',
      contributionId: contribution.egypt,
      consultationId,
      cover: cover('C26/12-A', 'تعديلات مقترحة على القرار 1334', ['egypt']),
      substance: amendments({
        'egypt-add': {
          kind: 'add',
          newId: 'pre-1-egypt',
          position: { before: 'pre-1-1' },
          text: 'بقرار الجمعية العامة للأمم المتحدة بشأن الوثيقة الختامية للاجتماع الرفيع المستوى بشأن الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات (2025)؛',
        },
        'egypt-mod': modifyWords(base, 'op-1-1', 'جميع التدابير الممكنة', 'جميع التدابير المناسبة'),
        'egypt-sup': { kind: 'suppress', provisionId: 'op-1-6' },
        'egypt-heading': { kind: 'changeHeading', sectionId: 'pre-5', heading: 'وإذ يعرب عن تقديره' },
      }),
    });
    await send(as('apc'), {
      kind: 'SubmitContribution',
      contributionId: contribution.apc,
      consultationId,
      cover: cover('C26/20-E', 'Multistakeholder participation beyond 2025', ['apc'], { originalLanguage: 'en' }),
      substance: amendments({
        'apc-mod': modifyWords(base, 'op-1-1', 'جميع التدابير الممكنة', 'كل التدابير اللازمة'),
        'apc-brackets': offerAlternatives(base, 'op-3-4', 'غير الحكوميين', ['غير الحكوميين', 'من جميع الفئات']),
        'apc-footnote': { kind: 'addFootnote', provisionId: 'op-4-4', footnoteId: 'fn-apc', text: 'بما في ذلك منظمات المجتمع المدني.' },
      }),
    });
    await send(as('ericsson'), {
      kind: 'SubmitContribution',
      contributionId: contribution.ericsson,
      consultationId,
      cover: cover('C26/22-E', 'Sector Members in the WSIS+20 follow-up', ['ericsson'], { originalLanguage: 'en' }),
      substance: amendments({
        'ericsson-add': { kind: 'add', newId: 'op-1-ericsson', position: { after: 'op-1-12' }, text: 'بتشجيع مشاركة القطاع الخاص وأعضاء القطاعات في عملية الاستعراض WSIS+20؛' },
        'ericsson-move': { kind: 'move', provisionId: 'op-4-5', position: { after: 'op-4-1' } },
        'ericsson-mod': modifyWords(base, 'op-2-1', 'ومديرو المكاتب', 'ومديرو المكاتب وأعضاء القطاعات'),
      }),
    });
    await send(as('ericsson'), {
      kind: 'SubmitContribution',
      contributionId: contribution.ericssonFund,
      consultationId,
      cover: cover('C26/24-E', 'The WSIS trust fund', ['ericsson'], { originalLanguage: 'en' }),
      substance: amendments({ 'ericsson-sup': { kind: 'suppress', provisionId: 'op-4-6' } }),
    });
    await send(as('ericsson'), { kind: 'WithdrawContribution', contributionId: contribution.ericssonFund, reason: 'submitted to the wrong session' });
    await onDocument(as('kenya'), { kind: 'CoSponsorAmendment', amendmentId: 'apc-footnote', stakeholderId: 'kenya' });
    proposed['kenya-add'] = { kind: 'add', newId: 'op-3-kenya', position: { atEndOf: 'op-3' }, text: 'دعم مشاركة البلدان النامية في عملية القمة العالمية لمجتمع المعلومات بعد عام 2025؛' };
    await onDocument(as('kenya'), { kind: 'ProposeAmendment', amendmentId: 'kenya-add', versionNumber: 1, proposers: ['kenya'], operation: proposed['kenya-add'], explanation: 'Developing countries named.' });
    // Rev.1 of APC's contribution rewords its footnote and keeps the rest.
    await send(as('apc'), {
      kind: 'ReviseContribution',
      contributionId: contribution.apc,
      cover: cover('C26/20(Rev.1)-E', 'Multistakeholder participation beyond 2025', ['apc'], { originalLanguage: 'en', date: '2026-02-27' }),
      substance: amendments({
        'apc-mod': proposed['apc-mod'],
        'apc-brackets': proposed['apc-brackets'],
        'apc-footnote': { kind: 'addFootnote', provisionId: 'op-4-4', footnoteId: 'fn-apc', text: 'بما في ذلك منظمات المجتمع المدني والأوساط الأكاديمية والمجتمع التقني.' },
      }),
    });
  });

  afterAll(async () => {
    await app?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  /** The compilation an answer gives, reduced to what the events decide: per provision and section, the proposals in order with who, what and where they stand. */
  function reduced(view: CompilationView) {
    const proposal = (p: CompilationView['unplaced'][number]) => ({
      id: p.amendmentId,
      status: p.status,
      proposers: p.proposers.map((party) => [party.id, party.name, party.category]),
      coSponsors: p.coSponsors.map((party) => [party.id, party.name, party.category]),
      symbol: p.contribution?.symbol ?? null,
      draftedAgainst: p.draftedAgainst,
      decision: p.decision && { id: p.decision.id, ruling: p.decision.ruling, meeting: p.decision.meeting, date: p.decision.date, corrects: p.decision.corrects },
      decisions: p.decisions.map((d) => [d.id, d.ruling, d.correctedBy ?? null]),
    });
    return {
      sections: view.sections.map((s) => ({ id: s.id, heading: s.heading, proposals: s.proposals.map(proposal) })),
      provisions: view.sections.flatMap((s) => s.provisions.map((p) => ({ id: p.id, sectionId: s.id, label: p.label, text: p.text, footnotes: p.footnotes, proposals: p.proposals.map(proposal) }))),
      unplaced: view.unplaced.map(proposal),
    };
  }

  /** The same, computed from the events: the version's text, and the amendments drafted against it (with those left open at the current one). */
  function expectedCompilation(said: Said, versionNumber: number) {
    const current = Math.max(...said.versions.keys());
    const text = said.versions.get(versionNumber)!.text;
    const party = (id: string) => [id, said.stakeholders.get(id)?.name ?? id, said.stakeholders.get(id)?.category ?? null];
    const undecided = (a: SaidAmendment) => a.status === 'pending' || a.status === 'deferred';
    const on = [...said.amendments.values()]
      .filter((a) => a.versionNumber === versionNumber || (versionNumber === current && a.versionNumber < versionNumber && undecided(a)))
      .sort((a, b) => a.proposedPosition - b.proposedPosition);
    const proposal = (a: SaidAmendment) => {
      const inForce = [...a.decisions].reverse().find((d) => d.correctedBy === undefined);
      return {
        id: a.id,
        status: a.status,
        proposers: a.proposers.map(party),
        coSponsors: a.coSponsors.map(party),
        symbol: a.contributionSymbol ?? null,
        draftedAgainst: a.versionNumber,
        decision: inForce ? { id: inForce.id, ruling: inForce.ruling, meeting: inForce.meeting, date: inForce.date, corrects: inForce.corrects } : null,
        decisions: a.decisions.map((d) => [d.id, d.ruling, d.correctedBy ?? null]),
      };
    };
    const under = (where: { provision: string } | { section: string }) => on.filter((a) => JSON.stringify(listedUnder(a.operation)) === JSON.stringify(where)).map(proposal);
    const provisions = provisionsOf(text);
    const sections = [...text.preamble, ...text.operative];
    return {
      expected: {
        sections: sections.map((s) => ({ id: s.id, heading: s.heading, proposals: under({ section: s.id }) })),
        provisions: provisions.map((p) => ({ id: p.id, sectionId: p.sectionId, label: p.label, text: p.text, footnotes: p.footnotes.map((f) => f.text), proposals: under({ provision: p.id }) })),
        unplaced: on
          .filter((a) => {
            const where = listedUnder(a.operation);
            return 'provision' in where ? !provisions.some((p) => p.id === where.provision) : !sections.some((s) => s.id === where.section);
          })
          .map(proposal),
      },
      conflicts: findConflicts(on.filter(undecided).map((a) => ({ id: a.id, op: a.operation })), text),
    };
  }

  describe('while the amendments are on the table', () => {
    it('lists every provision of the base text in order with its printed label, and every proposal beside the provision it bears on', async () => {
      await project();
      const said = whatTheEventsSay(await events());
      const view = (await compilation())!;
      const { expected, conflicts } = expectedCompilation(said, 1);
      expect(reduced(view)).toEqual(expected);
      expect(view).toMatchObject({ documentId, consultationId, symbol: 'Resolution 1334', language: 'ar', direction: 'rtl', version: { number: 1, label: 'Modified 2023', current: true } });
      expect(view.title).toBe(base.title);

      // The whole text reads through, provisions with no amendment included.
      expect(expected.provisions.length).toBe(51);
      expect(expected.provisions.filter((p) => p.proposals.length === 0).length).toBeGreaterThan(40);
      const o11 = view.sections.find((s) => s.id === 'op-1')!.provisions.find((p) => p.id === 'op-1-1')!;
      expect(o11.proposals.map((p) => [p.amendmentId, p.role, p.change.tag])).toEqual([
        ['egypt-mod', 'modify', 'MOD'],
        ['apc-mod', 'modify', 'MOD'],
      ]);
      expect(o11.proposals[0].change.segments).toEqual([
        { kind: 'equal', text: expect.stringContaining('باتخاذ جميع التدابير') },
        { kind: 'delete', text: 'الممكنة' },
        { kind: 'insert', text: 'المناسبة' },
        { kind: 'equal', text: expect.any(String) },
      ]);
      expect(o11.proposals[1].contribution).toEqual({ id: contribution.apc, symbol: 'C26/20(Rev.1)-E' });
      expect(o11.proposals[1].revision).toBe(1);

      // Section-level proposals stand under the heading; the withdrawn contribution's SUP stays, withdrawn.
      expect(view.sections.find((s) => s.id === 'pre-5')!.proposals.map((p) => [p.amendmentId, p.role])).toEqual([['egypt-heading', 'change-heading']]);
      expect(view.sections.find((s) => s.id === 'op-3')!.proposals.map((p) => [p.amendmentId, p.role, p.change.text])).toEqual([['kenya-add', 'add-at-end', proposed['kenya-add'].kind === 'add' && proposed['kenya-add'].text]]);
      const o46 = view.sections.find((s) => s.id === 'op-4')!.provisions.find((p) => p.id === 'op-4-6')!;
      expect(o46.proposals).toEqual([expect.objectContaining({ amendmentId: 'ericsson-sup', status: 'withdrawn', withdrawal: expect.objectContaining({ by: 'ericsson', reason: 'contribution withdrawn' }) })]);
      const o44 = view.sections.find((s) => s.id === 'op-4')!.provisions.find((p) => p.id === 'op-4-4')!;
      expect(o44.proposals[0]).toMatchObject({ amendmentId: 'apc-footnote', role: 'footnote', coSponsors: [{ id: 'kenya', name: 'Republic of Kenya', category: 'member-state' }] });

      // The conflicts among pending amendments, found on the version's text, and shown where they stand.
      expect(view.conflicts).toEqual(conflicts.map((c) => ({ amendmentIds: [...c.amendmentIds], reason: c.reason, message: c.message })));
      expect(view.conflicts).toContainEqual(expect.objectContaining({ amendmentIds: ['egypt-mod', 'apc-mod'], reason: 'overlapping-words' }));
      expect(o11.conflicts).toEqual([expect.objectContaining({ amendmentIds: ['egypt-mod', 'apc-mod'] })]);
      expect(view.statusCounts).toEqual({ pending: 11, withdrawn: 1 });
    });
  });

  describe('after the rulings, a correction, a reservation and the adoption', () => {
    beforeAll(async () => {
      await phase('negotiation');
      const rule = (decisionId: string, amendmentId: string, ruling: string, extra: Record<string, unknown> = {}) =>
        onDocument(chair, { kind: 'RuleOnAmendment', decisionId, amendmentId, ruling, ...FIRST_SITTING, ...extra } as DocumentCommand);
      await rule('dec-1', 'egypt-add', 'accepted');
      await rule('dec-2', 'egypt-mod', 'accepted');
      await rule('dec-3', 'apc-mod', 'rejected', { reason: 'Overtaken by the wording accepted.' });
      await rule('dec-4', 'egypt-sup', 'rejected', { reason: 'The updates until 2025 are still to be delivered.' });
      await rule('dec-5', 'egypt-heading', 'accepted-as-modified', { compromise: { kind: 'changeHeading', sectionId: 'pre-5', heading: 'وإذ يقدر تقديراً عالياً' } });
      await rule('dec-6', 'apc-brackets', 'accepted');
      await onDocument(chair, { kind: 'SettleBrackets', decisionId: 'dec-7', provisionId: 'op-3-4', bracketIndex: 0, choice: 1, ...FIRST_SITTING });
      await rule('dec-8', 'apc-footnote', 'accepted');
      await rule('dec-9', 'ericsson-add', 'accepted-as-modified', {
        compromise: { kind: 'add', newId: 'op-1-ericsson', position: { after: 'op-1-12' }, text: 'بتشجيع مشاركة جميع أصحاب المصلحة، بما في ذلك أعضاء القطاعات، في متابعة نواتج الاستعراض WSIS+20؛' },
      });
      await rule('dec-10', 'ericsson-move', 'accepted');
      await rule('dec-11', 'ericsson-mod', 'deferred', { reason: 'Consultations continue.' });
      await rule('dec-12', 'kenya-add', 'accepted');
      await onDocument(chair, { kind: 'RecordReservation', decisionId: 'dec-13', stakeholderId: 'egypt', provisionId: 'op-1-ericsson', text: 'تتحفظ مصر على دور أعضاء القطاعات في المتابعة.', ...FIRST_SITTING });
      await onDocument(chair, { kind: 'CorrectDecision', decisionId: 'dec-14', corrects: 'dec-4', ruling: 'accepted', reason: 'The updates until 2025 were delivered, as the secretariat confirmed.', ...SECOND_SITTING });
      await phase('adoption');
      await onDocument(chair, { kind: 'AdoptVersion', decisionId: 'dec-15', ...ADOPTION, leaveOpen: { amendmentIds: ['ericsson-mod'] } });
      await project(7);
    });

    it('shows each proposal on version 1 with its ruling, compromise, meeting and date, the corrected ruling kept beside its correction', async () => {
      const said = whatTheEventsSay(await events());
      const view = (await compilation(1))!;
      expect(reduced(view)).toEqual(expectedCompilation(said, 1).expected);
      expect(view.version).toMatchObject({ number: 1, current: false });
      expect(view.conflicts).toEqual([]);

      const o16 = view.sections.find((s) => s.id === 'op-1')!.provisions.find((p) => p.id === 'op-1-6')!.proposals[0];
      expect(o16.decision).toMatchObject({ id: 'dec-14', kind: 'correction', ruling: 'accepted', corrects: 'dec-4', ...SECOND_SITTING });
      expect(o16.decisions.map((d) => [d.id, d.ruling, d.correctedBy])).toEqual([
        ['dec-4', 'rejected', 'dec-14'],
        ['dec-14', 'accepted', undefined],
      ]);
      const added = view.sections.find((s) => s.id === 'op-1')!.provisions.find((p) => p.id === 'op-1-12')!.proposals[0];
      expect(added).toMatchObject({ amendmentId: 'ericsson-add', role: 'add-after', status: 'accepted-as-modified', decision: { compromise: { kind: 'add', newId: 'op-1-ericsson' }, ...FIRST_SITTING } });
      expect(added.proposers).toEqual([{ id: 'ericsson', name: 'Telefonaktiebolaget LM Ericsson', category: 'private-sector', region: 'europe' }]);
    });

    it('compiles the adopted version 2 with the amendment left open beside the provision it bears on', async () => {
      const said = whatTheEventsSay(await events());
      const view = (await compilation())!;
      expect(reduced(view)).toEqual(expectedCompilation(said, 2).expected);
      expect(view.version).toEqual({ number: 2, label: 'Modified 2026', current: true, adoptedMeeting: ADOPTION.meeting, adoptedDate: ADOPTION.date, decisionId: 'dec-15' });
      const o21 = view.sections.find((s) => s.id === 'op-2')!.provisions.find((p) => p.id === 'op-2-1')!;
      expect(o21.proposals).toEqual([expect.objectContaining({ amendmentId: 'ericsson-mod', status: 'deferred', draftedAgainst: 1 })]);
      // The adopted text carries the accepted item first in its section, relettering the rest.
      const pre1 = view.sections.find((s) => s.id === 'pre-1')!.provisions;
      expect(pre1.slice(0, 2).map((p) => [p.id, p.label])).toEqual([
        ['pre-1-egypt', 'أ )'],
        ['pre-1-1', 'ب)'],
      ]);
      expect(await compilation(3)).toBeNull();
      expect(await new GetCompilationHandler(dataSource).execute(new GetCompilation(randomUUID()))).toBeNull();
    });
  });

  describe('the consultation history', () => {
    /** The events of the consultation, as the test reads them off the log. */
    async function ofTheConsultation(): Promise<RecordedEvent[]> {
      const all = await events();
      const contributions = new Set(all.filter(isContributionEvent).filter((e) => e.payload.consultationId === consultationId).map((e) => e.payload.contributionId));
      return all.filter(
        (e) =>
          e.streamId === `consultation-${consultationId}` ||
          e.streamId === documentStreamId(documentId) ||
          (isContributionEvent(e) && contributions.has(e.payload.contributionId)),
      );
    }

    /** Who each event involves and which ids it touches, read off the events: the rule the API documents. */
    function involvement(all: readonly RecordedEvent[]) {
      const sponsors = new Map<string, string[]>();
      const touched = new Map<string, string[]>();
      const contributionPeople = new Map<string, string[]>();
      const contributionRow = new Map<string, { position: number; correlationId: string }>();
      const applied = new Map<string, AmendmentOperation | undefined>();
      const byPosition = new Map<number, { stakeholders: Set<string>; provisions: Set<string> }>();
      for (const event of all) {
        const { type, payload: p } = event;
        const row = { stakeholders: new Set<string>(event.metadata.actor.role === 'stakeholder' ? [event.metadata.actor.id] : []), provisions: new Set<string>() };
        byPosition.set(event.position, row);
        const add = (set: Set<string>, ids: readonly (string | undefined)[]) => ids.forEach((id) => id && set.add(id));
        const ofContribution = (contributionId: string | undefined, ids: string[]) => {
          const carrier = contributionId ? contributionRow.get(contributionId) : undefined;
          if (carrier && carrier.correlationId === event.metadata.correlationId) add(byPosition.get(carrier.position)!.provisions, ids);
        };
        switch (type) {
          case 'ParticipantAdmitted':
            add(row.stakeholders, [p.stakeholderId]);
            break;
          case 'ReservationRecorded':
            add(row.stakeholders, [p.stakeholderId]);
            add(row.provisions, [p.provisionId]);
            break;
          case 'DocumentRegistered':
            add(row.provisions, provisionsOf(p.text).map((provision) => provision.id));
            break;
          case 'ContributionSubmitted':
          case 'ContributionRevised':
            contributionPeople.set(p.contributionId, [...p.submitters, ...p.coSponsors, ...(p.onBehalfOf ? [p.onBehalfOf] : [])]);
            add(row.stakeholders, contributionPeople.get(p.contributionId)!);
            contributionRow.set(p.contributionId, { position: event.position, correlationId: event.metadata.correlationId });
            break;
          case 'ContributionWithdrawn':
            add(row.stakeholders, [...(contributionPeople.get(p.contributionId) ?? []), p.by]);
            contributionRow.set(p.contributionId, { position: event.position, correlationId: event.metadata.correlationId });
            break;
          case 'AmendmentProposed':
            sponsors.set(p.amendmentId, [...p.proposers, ...(p.onBehalfOf ? [p.onBehalfOf] : [])]);
            touched.set(p.amendmentId, idsNamedBy(p.operation));
            add(row.stakeholders, sponsors.get(p.amendmentId)!);
            add(row.provisions, touched.get(p.amendmentId)!);
            ofContribution(p.contributionId, touched.get(p.amendmentId)!);
            break;
          case 'AmendmentCoSponsored':
            add(row.stakeholders, [p.stakeholderId, ...sponsors.get(p.amendmentId)!]);
            add(row.provisions, touched.get(p.amendmentId)!);
            sponsors.set(p.amendmentId, [...sponsors.get(p.amendmentId)!, p.stakeholderId]);
            break;
          case 'AmendmentRevised': {
            const before = touched.get(p.amendmentId)!;
            touched.set(p.amendmentId, idsNamedBy(p.operation));
            add(row.stakeholders, sponsors.get(p.amendmentId)!);
            add(row.provisions, [...before, ...touched.get(p.amendmentId)!]);
            ofContribution(contributionOf(all, p.amendmentId), [...before, ...touched.get(p.amendmentId)!]);
            break;
          }
          case 'AmendmentWithdrawn':
            add(row.stakeholders, sponsors.get(p.amendmentId)!);
            add(row.provisions, touched.get(p.amendmentId)!);
            ofContribution(contributionOf(all, p.amendmentId), touched.get(p.amendmentId)!);
            break;
          case 'AmendmentRuled':
          case 'DecisionCorrected':
            add(row.stakeholders, sponsors.get(p.amendmentId)!);
            add(row.provisions, [...touched.get(p.amendmentId)!, ...idsNamedBy(p.applied), ...idsNamedBy(p.compromise), ...idsNamedBy('corrects' in p ? applied.get(p.corrects) : undefined)]);
            applied.set(p.decisionId, p.applied);
            break;
          case 'BracketsSettled':
            add(row.provisions, [p.provisionId]);
            break;
          case 'VersionAdopted': {
            // The text before: the last registration or adoption before this one.
            let previous: { text: ResolutionDocument } | undefined;
            for (const e of all) if (e.position < event.position && (e.type === 'VersionAdopted' || e.type === 'DocumentRegistered')) previous = e.payload;
            if (!previous) throw new Error('an adoption follows a registration');
            const before = new Map(provisionsOf(previous.text).map((x) => [x.id, JSON.stringify([x.text, x.footnotes])]));
            const after = new Map(provisionsOf(p.text).map((x) => [x.id, JSON.stringify([x.text, x.footnotes])]));
            for (const id of new Set([...before.keys(), ...after.keys()])) if (before.get(id) !== after.get(id)) row.provisions.add(id);
            // A provision moved within its section, and the sections whose heading changed.
            for (const e of all) {
              if (e.type === 'AmendmentRuled' && e.position < event.position && e.payload.applied?.kind === 'move') row.provisions.add(e.payload.applied.provisionId);
            }
            const headings = (text: ResolutionDocument) => new Map([...text.preamble, ...text.operative].map((s) => [s.id, s.heading]));
            for (const [id, heading] of headings(p.text)) if (headings(previous.text).get(id) !== heading) row.provisions.add(id);
            break;
          }
        }
      }
      return byPosition;
    }

    function contributionOf(all: readonly RecordedEvent[], amendmentId: string): string | undefined {
      for (const e of all) if (e.type === 'AmendmentProposed' && e.payload.amendmentId === amendmentId) return e.payload.contributionId;
      return undefined;
    }

    it('tells everything that happened, in order, with the actor, the kind, who was involved and the provisions touched', async () => {
      const said = await ofTheConsultation();
      const items = await history({}, 7);
      expect(items.map((item) => item.position)).toEqual(said.map((e) => e.position));
      expect(items.map((item) => item.kind)).toEqual(said.map((e) => KIND_OF[e.type]));
      expect(items.map((item) => [item.actor.id, item.recordedAt])).toEqual(said.map((e) => [e.metadata.actor.id, e.recordedAt]));
      const involved = involvement(await events());
      expect(items.map((item) => [item.position, [...item.stakeholders].sort(), [...item.provisions].sort()])).toEqual(
        said.map((e) => [e.position, [...involved.get(e.position)!.stakeholders].sort(), [...involved.get(e.position)!.provisions].sort()]),
      );
      for (const kind of ['consultation-registered', 'phase-changed', 'participant-admitted', 'document-registered', 'contribution-submitted', 'contribution-revised', 'contribution-withdrawn', 'amendment-proposed', 'amendment-co-sponsored', 'amendment-revised', 'amendment-withdrawn', 'amendment-ruled', 'brackets-settled', 'version-adopted', 'reservation-recorded', 'decision-corrected']) {
        expect(items.some((item) => item.kind === kind)).toBe(true);
      }
    });

    it('says in one line what happened, naming people, symbols, provisions by label, meetings and dates', async () => {
      const items = await history();
      const summaryOf = (kind: string, has: string) => items.find((item) => item.kind === kind && item.summary.includes(has))?.summary;
      expect(summaryOf('contribution-submitted', 'C26/12-A')).toBe('Arab Republic of Egypt submitted C26/12-A "تعديلات مقترحة على القرار 1334": 4 amendments to Resolution 1334');
      expect(summaryOf('contribution-revised', 'Rev.1')).toBe('Association for Progressive Communications issued C26/20(Rev.1)-E, Rev.1 of C26/20-E "Multistakeholder participation beyond 2025": 3 amendments to Resolution 1334');
      expect(summaryOf('amendment-ruled', 'MOD of op-1-1')).toBe('Accepted at CWG-WSIS&SDG-44 on 2026-04-10: MOD of op-1-1 [1], proposed by Arab Republic of Egypt (C26/12-A)');
      expect(summaryOf('decision-corrected', 'dec-4')).toBe(
        'Decision dec-4 corrected at CWG-WSIS&SDG-45 on 2026-04-11: rejected → accepted on SUP of op-1-6 [6], proposed by Arab Republic of Egypt (C26/12-A) (The updates until 2025 were delivered, as the secretariat confirmed.)',
      );
      expect(summaryOf('version-adopted', 'Modified 2026')).toMatch(/^Version 2 "Modified 2026" of Resolution 1334 adopted at seventh Plenary Meeting on 2026-06-18: 8 provisions and 1 heading changed since version 1; left open: 1 amendment, 0 bracket groups$/);
      expect(summaryOf('amendment-co-sponsored', 'Kenya')).toBe('Republic of Kenya co-sponsored ADD footnote to op-4-4 [4], proposed by Association for Progressive Communications (C26/20-E)');
      const registration = items.find((item) => item.kind === 'document-registered')!;
      expect(registration.details).toMatchObject({ event: { type: 'DocumentRegistered', streamId: documentStreamId(documentId) }, payload: { symbol: 'Resolution 1334', text: { provisions: 51 } } });
    });

    it('filters by stakeholder involved, by provision, by kind and by period, each exactly as the events say', async () => {
      const said = await ofTheConsultation();
      const involved = involvement(await events());
      const positions = (items: HistoryEntryView[]) => items.map((item) => item.position);

      for (const stakeholder of ['apc', 'kenya', 'egypt']) {
        expect(positions(await history({ stakeholder }, 4))).toEqual(said.filter((e) => involved.get(e.position)!.stakeholders.has(stakeholder)).map((e) => e.position));
      }
      for (const provision of ['op-1-1', 'op-4-5', 'op-1-ericsson', 'pre-5']) {
        const expected = said.filter((e) => involved.get(e.position)!.provisions.has(provision)).map((e) => e.position);
        expect(expected.length).toBeGreaterThan(1);
        expect(positions(await history({ provision }, 3))).toEqual(expected);
      }
      const decisions = ['amendment-ruled', 'decision-corrected'] as const;
      expect(positions(await history({ kinds: decisions }))).toEqual(said.filter((e) => decisions.includes(KIND_OF[e.type] as (typeof decisions)[number])).map((e) => e.position));

      const middle = said[Math.floor(said.length / 3)].recordedAt;
      const late = said[Math.floor((2 * said.length) / 3)].recordedAt;
      const inPeriod = said.filter((e) => e.recordedAt >= middle && e.recordedAt < late).map((e) => e.position);
      expect(inPeriod.length).toBeGreaterThan(0);
      expect(positions(await history({ from: new Date(middle), to: new Date(late) }))).toEqual(inPeriod);
      expect(positions(await history({ stakeholder: 'egypt', provision: 'op-1-1', kinds: ['amendment-ruled'] }))).toEqual(
        said.filter((e) => e.type === 'AmendmentRuled' && involved.get(e.position)!.stakeholders.has('egypt') && involved.get(e.position)!.provisions.has('op-1-1')).map((e) => e.position),
      );
    });

    it('takes SQL metacharacters in a filter as plain characters of a value, and refuses what is not a valid filter', async () => {
      const countBefore = (await history()).length;
      for (const filter of [
        { stakeholder: "apc' OR '1'='1" },
        { provision: "op-1-1' OR '1'='1" },
        { provision: "op-1-1'); DROP TABLE consultation_history; --" },
        { provision: '%' },
        { provision: 'op-1-%' },
        { kinds: ["amendment-ruled' OR kind <> '"] as never },
      ]) {
        expect(await history(filter as HistoryFilter)).toEqual([]);
      }
      expect((await history()).length).toBe(countBefore);

      const refused = parseHistoryRequest({ stakeholder: "apc' OR '1'='1", kind: "amendment-ruled,x'; DROP TABLE consultation_history; --", from: '2026-02-30', limit: '0', cursor: 'bm90IGEgY3Vyc29y', provision: 'op 1' });
      expect(refused.ok).toBe(false);
      expect(!refused.ok && refused.errors.map((e) => e.field).sort()).toEqual(['cursor', 'from', 'kind', 'limit', 'provision', 'stakeholder']);
      expect(parseHistoryRequest({ provision: "op-1-1'--", kind: 'amendment-ruled,decision-corrected', to: '2026-04-10' })).toEqual({
        ok: true,
        value: { filter: { provision: "op-1-1'--", kinds: ['amendment-ruled', 'decision-corrected'], to: new Date('2026-04-11T00:00:00.000Z') }, limit: 20 },
      });
    });

    it('answers null for a consultation it does not know', async () => {
      expect(await new ListConsultationHistoryHandler(dataSource).execute(new ListConsultationHistory(randomUUID(), {}, 10))).toBeNull();
    });
  });

  describe('the provenance of a provision', () => {
    /** What the events say of one provision: the versions that carry it, the amendments that name it, reservations on it. */
    async function saidOf(provisionId: string) {
      const all = await events();
      const said = whatTheEventsSay(all);
      const versions = [...said.versions.entries()]
        .filter(([, v]) => locateProvision(v.text, provisionId))
        .map(([number, v]) => [number, v.label, provisionsOf(v.text).find((p) => p.id === provisionId)!.label, v.position]);
      const amendmentsOn = [...said.amendments.values()].filter((a) => {
        const op = a.operation;
        return ('provisionId' in op && op.provisionId === provisionId) || (op.kind === 'add' && op.newId === provisionId);
      });
      const domain = all.filter((e) => e.streamId === documentStreamId(documentId)).reduce(evolveDocument, initialDocumentState);
      const working = domain.working!;
      const current = locateProvision(working, provisionId) ? provisionsOf(working).find((p) => p.id === provisionId)! : null;
      return { said, versions, amendmentsOn, current, reservations: said.reservations.filter((r) => r.provisionId === provisionId) };
    }

    const versionsOf = (view: ProvisionProvenanceView) => view.versions.map((v) => [v.versionNumber, v.versionLabel, v.label, v.position]);

    it('traces a provision of the base text through the MODs on it, their rulings and the adoption that carried it', async () => {
      const { said, versions, amendmentsOn, current } = await saidOf('op-1-1');
      const view = (await provenance('op-1-1'))!;
      expect(view.origin).toMatchObject({ kind: 'base-text', versionNumber: 1, versionLabel: 'Modified 2023', source: { kind: 'import', warnings: 0 }, registeredBy: secretariat.id, label: '1', position: said.versions.get(1)!.position });
      expect(view.changes.map((c) => [c.amendment!.id, c.role, c.amendment!.status, c.decisions.map((d) => [d.id, d.ruling, d.meeting, d.date])])).toEqual(
        amendmentsOn.map((a) => [a.id, 'modify', a.status, a.decisions.map((d) => [d.id, d.ruling, d.meeting, d.date])]),
      );
      expect(view.changes.map((c) => c.changedText)).toEqual(amendmentsOn.map((a) => a.status === 'accepted'));
      expect(view.changes[0].amendment!.proposers).toEqual([{ id: 'egypt', name: 'Arab Republic of Egypt', category: 'member-state', region: 'arab-states' }]);
      expect(view.changes[0].decisions[0].effect).toBe('modify');
      expect(versionsOf(view)).toEqual(versions);
      expect(view.current).toMatchObject({ versionNumber: 2, label: current!.label, text: current!.text, sectionId: 'op-1' });
      expect(view.current!.text).toContain('جميع التدابير المناسبة');
      expect(view.reservations).toEqual([]);
    });

    it('traces a provision an amendment added: the contribution, the proposer, the compromise that put it there, the reservation on it', async () => {
      const { versions, amendmentsOn, current, reservations } = await saidOf('op-1-ericsson');
      const view = (await provenance('op-1-ericsson'))!;
      const [added] = amendmentsOn;
      expect(view.origin).toMatchObject({
        kind: 'amendment',
        amendments: [{ id: 'ericsson-add', contribution: { id: contribution.ericsson, symbol: 'C26/22-E' }, proposers: [{ id: 'ericsson', category: 'private-sector' }], status: 'accepted-as-modified' }],
        decision: { id: added.decisions[0].id, ruling: 'accepted-as-modified', meeting: FIRST_SITTING.meeting, date: FIRST_SITTING.date, effect: 'create', compromise: { kind: 'add', newId: 'op-1-ericsson' } },
        position: added.decisions[0].position,
      });
      expect(view.changes).toEqual([]);
      expect(view.reservations.map((r) => [r.decisionId, r.stakeholder.name, r.text, r.meeting, r.date, r.position])).toEqual(
        reservations.map((r) => [r.decisionId, 'Arab Republic of Egypt', r.text, r.meeting, r.date, r.position]),
      );
      expect(versionsOf(view)).toEqual(versions);
      expect(versions.map((v) => v[0])).toEqual([2]);
      expect(view.current).toMatchObject({ label: current!.label, text: current!.text });
    });

    it('keeps a corrected ruling beside its correction, and shows a suppressed provision as no longer in the text', async () => {
      const { versions, amendmentsOn } = await saidOf('op-1-6');
      const view = (await provenance('op-1-6'))!;
      expect(view.origin).toMatchObject({ kind: 'base-text' });
      expect(view.current).toBeNull();
      expect(versionsOf(view)).toEqual(versions);
      expect(versions.map((v) => v[0])).toEqual([1]);
      const [sup] = view.changes;
      expect(sup.amendment!.id).toBe(amendmentsOn[0].id);
      expect(sup.decisions.map((d) => [d.id, d.kind, d.ruling, d.correctedBy ?? null, d.corrects ?? null, d.effect, d.meeting])).toEqual([
        ['dec-4', 'ruling', 'rejected', 'dec-14', null, null, FIRST_SITTING.meeting],
        ['dec-14', 'correction', 'accepted', null, 'dec-4', 'suppress', SECOND_SITTING.meeting],
      ]);
      expect(sup.changedText).toBe(true);
    });

    it('shows a footnote added, revised and co-sponsored, and brackets offered then settled', async () => {
      const footnoted = (await provenance('op-4-4'))!;
      expect(footnoted.changes).toEqual([
        expect.objectContaining({
          role: 'footnote',
          changedText: true,
          amendment: expect.objectContaining({ id: 'apc-footnote', revision: 1, coSponsors: [expect.objectContaining({ id: 'kenya' })], contribution: { id: contribution.apc, symbol: 'C26/20(Rev.1)-E' } }),
        }),
      ]);
      expect(footnoted.current!.footnotes).toEqual(['بما في ذلك منظمات المجتمع المدني والأوساط الأكاديمية والمجتمع التقني.']);
      const { said } = await saidOf('op-3-4');
      const bracketed = (await provenance('op-3-4'))!;
      expect(bracketed.changes.map((c) => [c.amendment?.id ?? null, c.role, c.position])).toEqual([
        ['apc-brackets', 'brackets', said.amendments.get('apc-brackets')!.proposedPosition],
        [null, 'settle-brackets', said.settlements[0].position],
      ]);
      expect(bracketed.current!.text).toContain('من جميع الفئات');
      expect(bracketed.current!.text).not.toContain('[');
    });

    it('names a provision added before the first item with its label in the adopted text, and answers null for what is not there', async () => {
      const view = (await provenance('pre-1-egypt'))!;
      expect(view.origin).toMatchObject({ kind: 'amendment', decision: { id: 'dec-1', ruling: 'accepted', effect: 'create' } });
      expect(view.current).toMatchObject({ label: 'أ )', sectionId: 'pre-1' });
      expect((await provenance('pre-1-1'))!.current!.label).toBe('ب)');
      expect(await provenance('no-such-provision')).toBeNull();
      expect(await new GetProvisionProvenanceHandler(dataSource).execute(new GetProvisionProvenance(randomUUID(), 'op-1-1'))).toBeNull();
    });
  });

  describe('over HTTP', () => {
    it('answers the compilation as a two-column HTML table in the document\'s language and direction, its text escaped', async () => {
      const answer = await http.request('GET', `/api/v1/documents/${documentId}/compilation?version=1`, undefined, { accept: 'text/html' });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
      expect(answer.text).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/);
      expect(answer.text).toContain('<thead><tr><th scope="col" lang="en">Provision</th><th scope="col" lang="en">Proposals</th></tr></thead>');
      // Provision texts carry "CWG-WSIS&SDG": escaped, never raw.
      expect(answer.text).toContain('CWG-WSIS&amp;SDG');
      expect(answer.text).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
      expect(answer.text).toContain('<del><span class="visually-hidden">deleted: </span>الممكنة</del><ins><span class="visually-hidden">inserted: </span>المناسبة</ins>');
      expect((answer.text.match(/<tr class="provision"/g) ?? []).length).toBe(51);

      const json = await http.request('GET', `/api/v1/documents/${documentId}/compilation`, undefined, { accept: 'application/json' });
      expect(json.status).toBe(200);
      expect(json.json).toMatchObject({ version: { number: 2 } });
      expect((await http.request('GET', `/api/v1/documents/${documentId}/compilation?format=html`)).headers.get('content-type')).toMatch(/^text\/html/);
      expect((await http.request('GET', `/api/v1/documents/${documentId}/compilation`, undefined, { accept: 'image/png' })).status).toBe(406);
      expect((await http.request('GET', `/api/v1/documents/${documentId}/compilation?version=one`)).status).toBe(400);
      expect((await http.request('GET', `/api/v1/documents/${documentId}/compilation?version=9`)).status).toBe(404);
    });

    it('refuses invalid history filters with problem details, and answers harmless ones', async () => {
      const refused = await http.get(`/api/v1/consultations/${consultationId}/history?stakeholder=${encodeURIComponent("egypt' OR 1=1 --")}&kind=${encodeURIComponent("amendment-ruled';DROP TABLE x")}&unknown=1`);
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.json.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'stakeholder', 'unknown']);
      const harmless = await http.get(`/api/v1/consultations/${consultationId}/history?provision=${encodeURIComponent("op-1-1';--")}`);
      expect(harmless.status).toBe(200);
      expect(harmless.json).toEqual({ items: [] });
      const page = await http.get(`/api/v1/consultations/${consultationId}/history?kind=amendment-ruled,decision-corrected&limit=2`);
      expect(page.status).toBe(200);
      expect(page.json.items.map((item: HistoryEntryView) => item.kind)).toEqual(['amendment-ruled', 'amendment-ruled']);
      const next = await http.get(`/api/v1/consultations/${consultationId}/history?kind=amendment-ruled,decision-corrected&limit=2&cursor=${page.json.next}`);
      expect(next.json.items[0].position).toBeGreaterThan(page.json.items[1].position);
      expect((await http.get(`/api/v1/consultations/${randomUUID()}/history`)).status).toBe(404);
    });

    it('answers provenance, and 400 or 404 for a provision id that is not one or not there', async () => {
      const answer = await http.get(`/api/v1/documents/${documentId}/provisions/op-1-1/provenance`);
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ provisionId: 'op-1-1', origin: { kind: 'base-text' } });
      expect((await http.get(`/api/v1/documents/${documentId}/provisions/${encodeURIComponent('op 1')}/provenance`)).status).toBe(400);
      expect((await http.get(`/api/v1/documents/${documentId}/provisions/op-9-9/provenance`)).status).toBe(404);
    });
  });

  describe('as a projection', () => {
    const TABLES: Record<string, string> = {
      compilation_stakeholders: 'id',
      compilation_contributions: 'id',
      compilation_versions: 'document_id, number',
      compilation_amendments: 'id',
      consultation_history: 'position',
      history_subjects: 'kind, id',
      provenance_stakeholders: 'id',
      provenance_contributions: 'id',
      provenance_documents: 'id',
      provenance_amendments: 'id',
      provenance_records: 'document_id, provision_id, position',
    };
    async function dump(): Promise<Record<string, unknown[]>> {
      const tables: Record<string, unknown[]> = {};
      for (const [table, key] of Object.entries(TABLES)) tables[table] = await dataSource.query(`SELECT * FROM ${table} ORDER BY ${key}`);
      return tables;
    }

    it('moves each checkpoint to the head and changes nothing when the whole log is delivered again', async () => {
      const head = String(await store.headPosition());
      const checkpoints = await dataSource.query("SELECT name, version, position FROM projection_checkpoints WHERE name IN ('compilation', 'history', 'provenance') ORDER BY name");
      expect(checkpoints).toEqual([
        { name: 'compilation', version: 1, position: head },
        { name: 'history', version: 1, position: head },
        { name: 'provenance', version: 1, position: head },
      ]);
      const before = await dump();
      await runner.applyBatch(await store.readAll(0, 100_000));
      expect(await dump()).toEqual(before);
    });

    it('ends with the same rows when rebuilt under a new version over its old rows, in other batches', async () => {
      const before = await dump();
      const rebuilt = ours.map((p): Projection => ({ name: p.name, version: p.version + 1, tables: p.tables, apply: (event, manager) => p.apply(event, manager) }) as Projection);
      const rebuilder = new ProjectionRunner(dataSource, rebuilt, createLogger('projector-test', 'error'));
      expect(await rebuilder.resumePosition()).toBe(0);
      for (const batch of [await store.readAll(0, 11), await store.readAll(11, 100_000)]) await rebuilder.applyBatch(batch);
      expect(await dump()).toEqual(before);
    });
  });
});
