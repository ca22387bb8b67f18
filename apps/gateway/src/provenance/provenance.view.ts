import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DocumentRegisteredV1 } from '#libs/contracts';
import type { AmendmentDecisionRecord, ProvenanceAmendmentRow, ProvenanceRecord, ProvenanceRole } from '#libs/read-models';
import { AmendmentOperation, ResolutionDocument, locateProvision, outlineDocument } from '#libs/text';
import {
  ContributionRefView,
  DecisionRecordView,
  OPERATION,
  Parties,
  PartyView,
  WithdrawalView,
  decisionRecordView,
  partyOf,
  withdrawalView,
} from '../views/party.view';

/*
 * The provenance of a provision: where it came from, what bore on it since, reservations
 * on it and the versions that carried it, read from the records the provenance projection
 * keeps under the provision's id, in the order of the log.
 */

const AT = { format: 'date-time' } as const;
const ROLE = {
  type: String,
  nullable: true,
  description: 'How it bears on this provision: create, modify, replace, suppress, move, footnote, brackets, settle-brackets, add-inside.',
} as const;

export class AmendmentRefView {
  @ApiProperty() id: string;
  @ApiProperty(OPERATION) operation: AmendmentOperation;
  @ApiProperty({ type: [PartyView], description: 'The first submitted it.' }) proposers: PartyView[];
  @ApiProperty({ type: [PartyView] }) coSponsors: PartyView[];
  @ApiProperty({ type: PartyView, nullable: true }) onBehalfOf: PartyView | null;
  @ApiProperty({ type: ContributionRefView, nullable: true }) contribution: ContributionRefView | null;
  @ApiProperty({ example: 'accepted' }) status: string;
  @ApiProperty() revision: number;
  @ApiProperty({ type: String, nullable: true }) explanation: string | null;
  @ApiProperty({ description: 'The version it was drafted against.' }) versionNumber: number;
  @ApiProperty(AT) proposedAt: string;
  @ApiProperty({ description: 'Global position of the proposal.' }) position: number;
}

/** A decision, and what it did to this provision. */
export class ProvisionDecisionView extends DecisionRecordView {
  @ApiProperty({ ...ROLE, description: 'How what the decision applied bears on this provision; null when it did not touch it.' })
  effect: ProvenanceRole | null;
  @ApiProperty({ ...ROLE, description: 'For a correction: how the change it took out had borne on this provision.' })
  undoes: ProvenanceRole | null;
}

/** Where the provision came from. */
export class ProvisionOriginView {
  @ApiProperty({
    enum: ['base-text', 'draft', 'amendment', 'proposal'],
    description:
      'The registered base text (imported), the draft new resolution of a contribution, an amendment a decision accepted, or a proposal not (yet) in the text.',
  })
  kind: 'base-text' | 'draft' | 'amendment' | 'proposal';
  @ApiPropertyOptional({ description: 'For the registered text: the version (1) and its label.' }) versionNumber?: number;
  @ApiPropertyOptional({ example: 'Modified 2023' }) versionLabel?: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'How the document was registered: imported, or from a contribution.',
  })
  source?: DocumentRegisteredV1['source'];
  @ApiPropertyOptional({ type: ContributionRefView, description: 'The contribution whose draft it was.' })
  contribution?: ContributionRefView;
  @ApiPropertyOptional({ type: [PartyView], description: "The draft's submitters." }) submitters?: PartyView[];
  @ApiPropertyOptional({ description: 'Who registered the text.' }) registeredBy?: string;
  @ApiPropertyOptional({ description: 'Its label and wording as registered.' }) label?: string;
  @ApiPropertyOptional() text?: string;
  @ApiPropertyOptional({ type: [AmendmentRefView], description: 'The amendments that proposed it (several when the chair merged them).' })
  amendments?: AmendmentRefView[];
  @ApiPropertyOptional({ type: ProvisionDecisionView, description: 'The decision that put it in the text.' })
  decision?: ProvisionDecisionView;
  @ApiPropertyOptional({
    type: [ProvisionDecisionView],
    description: 'Every decision on those amendments, corrected ones included, in the order taken.',
  })
  decisions?: ProvisionDecisionView[];
  @ApiProperty(AT) recordedAt: string;
  @ApiProperty({ description: 'Global position of the event it came from.' }) position: number;
}

/** The chair's settlement of a group of bracketed alternatives in the provision. */
export class BracketSettlementView {
  @ApiProperty() decisionId: string;
  @ApiProperty({ description: "0-based among the provision's unsettled bracket groups." }) bracketIndex: number;
  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string', enum: ['none'] }], description: 'The alternative kept (0-based), or none.' })
  choice: number | 'none';
  @ApiPropertyOptional() meeting?: string;
  @ApiPropertyOptional() date?: string;
  @ApiProperty() decidedBy: string;
  @ApiProperty(AT) recordedAt: string;
}

/** An amendment that bore on the provision (or a settlement of its brackets), with every decision on it. */
export class ProvisionChangeView {
  @ApiProperty({
    type: AmendmentRefView,
    nullable: true,
    description: 'Null for a settlement of brackets, which the chair makes without an amendment.',
  })
  amendment: AmendmentRefView | null;
  @ApiProperty({ ...ROLE, description: 'How it bears on this provision now (null when a revision no longer touches it).' }) role:
    ProvenanceRole | 'settle-brackets' | null;
  @ApiProperty({ type: [ProvisionDecisionView] }) decisions: ProvisionDecisionView[];
  @ApiPropertyOptional({
    type: () => BracketSettlementView,
    description: 'For a settlement of brackets: the decision, which bracket group, and the alternative kept.',
  })
  settlement?: BracketSettlementView;
  @ApiProperty({ type: WithdrawalView, nullable: true }) withdrawal: WithdrawalView | null;
  @ApiProperty({ description: 'Whether it changed the text of the provision as it stands (a decision in force applied it).' })
  changedText: boolean;
  @ApiProperty({ description: 'Global position of its first record on this provision.' }) position: number;
}

export class ProvisionReservationView {
  @ApiProperty() decisionId: string;
  @ApiProperty({ type: PartyView }) stakeholder: PartyView;
  @ApiProperty() text: string;
  @ApiPropertyOptional() meeting?: string;
  @ApiPropertyOptional() date?: string;
  @ApiProperty() decidedBy: string;
  @ApiProperty(AT) recordedAt: string;
  @ApiProperty() position: number;
}

/** A version that carried the provision, and how it read there. */
export class ProvisionInVersionView {
  @ApiProperty() versionNumber: number;
  @ApiProperty({ example: 'Modified 2026' }) versionLabel: string;
  @ApiProperty({ type: String, nullable: true, description: 'The adoption decision; null for the registered text.' }) decisionId:
    string | null;
  @ApiProperty({ type: String, nullable: true }) meeting: string | null;
  @ApiProperty({ type: String, nullable: true }) date: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Geneva' }) place: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Resolution 1334 (Modified 2023)',
    description: 'The designation the adoption printed; null for the registered text.',
  })
  number: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The adopted full title; null for the registered text.' }) title: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'adopted at the sixth Plenary Meeting' }) adoptionLine: string | null;
  @ApiProperty({ description: 'Its label as printed in that version.' }) label: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: [String] }) footnotes: string[];
  @ApiProperty(AT) recordedAt: string;
  @ApiProperty() position: number;
}

export class CurrentProvisionView {
  @ApiProperty({ description: 'The latest version the working text starts from.' }) versionNumber: number;
  @ApiProperty({ example: 'ب)', description: 'Its label as printed in the working text.' }) label: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: [String] }) footnotes: string[];
  @ApiProperty() sectionId: string;
  @ApiProperty() heading: string;
  @ApiProperty({ type: String, nullable: true }) parentId: string | null;
}

export class ProvisionProvenanceView {
  @ApiProperty() documentId: string;
  @ApiProperty() consultationId: string;
  @ApiProperty({ example: 'Resolution 1334' }) symbol: string;
  @ApiProperty({ example: 'op-1-1' }) provisionId: string;
  @ApiProperty({
    type: CurrentProvisionView,
    nullable: true,
    description: 'As it reads in the working text (the latest version with every decision since applied); null when it is not there.',
  })
  current: CurrentProvisionView | null;
  @ApiProperty({ type: ProvisionOriginView, nullable: true }) origin: ProvisionOriginView | null;
  @ApiProperty({
    type: [ProvisionChangeView],
    description:
      'Every amendment that bore on it since (modified, moved, suppressed, footnoted, bracketed it, or added a sub-item), with its rulings and corrections.',
  })
  changes: ProvisionChangeView[];
  @ApiProperty({ type: [ProvisionReservationView] }) reservations: ProvisionReservationView[];
  @ApiProperty({ type: [ProvisionInVersionView], description: 'The registered text and each adopted version that carried it.' })
  versions: ProvisionInVersionView[];
}

/** One record of the provision, as its handler reads it. */
export interface ProvisionRecord {
  readonly position: number;
  readonly recordedAt: Date;
  readonly amendmentId: string | null;
  readonly record: ProvenanceRecord;
}

/** What a provision's provenance is made from, as its handler reads it from the provenance projection. */
export interface ProvenanceSource {
  readonly provisionId: string;
  readonly document: {
    readonly id: string;
    readonly consultationId: string;
    readonly symbol: string;
    readonly currentVersion: number;
    readonly working: ResolutionDocument;
  };
  /** In the order of the log. */
  readonly records: readonly ProvisionRecord[];
  readonly amendments: ReadonlyMap<string, ProvenanceAmendmentRow>;
  readonly contributions: ReadonlyMap<string, { readonly symbol: string; readonly submitters: readonly string[] }>;
  readonly parties: Parties;
}

type DecidedRecord = Extract<ProvenanceRecord, { kind: 'ruled' | 'merged' | 'corrected' }>;

/** Folds a provision's records into where it came from, what bore on it, reservations, and the versions that carried it. */
export function provisionProvenance(source: ProvenanceSource): ProvisionProvenanceView {
  const { records, document, provisionId } = source;
  const decided = records.filter(
    (r): r is ProvisionRecord & { record: DecidedRecord } =>
      r.record.kind === 'ruled' || r.record.kind === 'merged' || r.record.kind === 'corrected',
  );
  // What each decision did to this provision, and which later correction took it out.
  const effects = new Map<string, { effect: ProvenanceRole | null; undoes: ProvenanceRole | null }>();
  for (const { record } of decided) effects.set(record.decision.id, { effect: record.effect ?? null, undoes: record.undoes ?? null });
  const decisionView = (decision: AmendmentDecisionRecord): ProvisionDecisionView => ({
    ...decisionRecordView(decision, { withApplied: true }),
    effect: effects.get(decision.id)?.effect ?? null,
    undoes: effects.get(decision.id)?.undoes ?? null,
  });
  const amendmentView = (id: string): AmendmentRefView | undefined => {
    const amendment = source.amendments.get(id);
    return amendment && amendmentRefView(amendment, source.parties);
  };
  // A correction never edits the decision it corrects: the amendments keep both, the corrected one marked.
  const corrected = (decisionId: string, amendmentIds: readonly string[]) =>
    amendmentIds.some((id) =>
      source.amendments.get(id)?.decisions.some((decision) => decision.id === decisionId && decision.correctedBy !== undefined),
    );

  // Origin: the registered text, or the latest decision that created it and was not corrected since; else the proposals to add it.
  const registered = records.find((r) => r.record.kind === 'registered');
  const creation = [...decided]
    .reverse()
    .find((d) => d.record.effect === 'create' && !corrected(d.record.decision.id, d.record.amendmentIds));
  let origin: ProvisionOriginView | null = null;
  const originAmendments = new Set<string>();
  if (registered && registered.record.kind === 'registered') {
    const r = registered.record;
    const contribution = r.source.kind === 'contribution' ? source.contributions.get(r.source.contributionId) : undefined;
    origin = {
      kind: r.source.kind === 'import' ? 'base-text' : 'draft',
      versionNumber: r.versionNumber,
      versionLabel: r.versionLabel,
      source: r.source,
      ...(r.source.kind === 'contribution'
        ? { contribution: { id: r.source.contributionId, symbol: contribution?.symbol ?? r.source.contributionId } }
        : {}),
      ...(contribution ? { submitters: contribution.submitters.map((id) => partyOf(source.parties, id)) } : {}),
      registeredBy: r.registeredBy,
      label: r.printedLabel,
      text: r.text,
      recordedAt: registered.recordedAt.toISOString(),
      position: registered.position,
    };
  } else if (creation) {
    creation.record.amendmentIds.forEach((id) => originAmendments.add(id));
    origin = {
      kind: 'amendment',
      amendments: creation.record.amendmentIds.map(amendmentView).filter((a): a is AmendmentRefView => a !== undefined),
      decision: decisionView(creation.record.decision),
      decisions: uniqueById(creation.record.amendmentIds.flatMap((id) => source.amendments.get(id)?.decisions ?? [])).map(decisionView),
      recordedAt: creation.recordedAt.toISOString(),
      position: creation.position,
    };
  } else {
    const proposals = records.filter(
      (r) => (r.record.kind === 'proposed' || r.record.kind === 'revised') && r.record.role === 'create' && r.amendmentId !== null,
    );
    if (proposals.length > 0) {
      proposals.forEach((r) => originAmendments.add(r.amendmentId!));
      origin = {
        kind: 'proposal',
        amendments: [...originAmendments].map(amendmentView).filter((a): a is AmendmentRefView => a !== undefined),
        recordedAt: proposals[0].recordedAt.toISOString(),
        position: proposals[0].position,
      };
    }
  }

  // Changes: every other amendment with a record here, in the order it first appeared, and each settlement of brackets.
  const changes: ProvisionChangeView[] = [];
  const seen = new Set<string>(originAmendments);
  for (const r of records) {
    if (r.record.kind === 'brackets-settled') {
      changes.push({
        amendment: null,
        role: 'settle-brackets',
        decisions: [],
        settlement: {
          decisionId: r.record.decisionId,
          bracketIndex: r.record.bracketIndex,
          choice: r.record.choice,
          ...(r.record.meeting !== undefined ? { meeting: r.record.meeting } : {}),
          ...(r.record.date !== undefined ? { date: r.record.date } : {}),
          decidedBy: r.record.decidedBy,
          recordedAt: r.recordedAt.toISOString(),
        },
        withdrawal: null,
        changedText: true,
        position: r.position,
      });
      continue;
    }
    const ids =
      r.record.kind === 'ruled' || r.record.kind === 'merged' || r.record.kind === 'corrected'
        ? r.record.amendmentIds
        : r.amendmentId
          ? [r.amendmentId]
          : [];
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      const amendment = source.amendments.get(id);
      if (!amendment) continue;
      const latestRole = [...records]
        .reverse()
        .find((other) => (other.record.kind === 'proposed' || other.record.kind === 'revised') && other.amendmentId === id);
      const decisions = amendment.decisions.map(decisionView);
      changes.push({
        amendment: amendmentRefView(amendment, source.parties),
        role:
          latestRole && (latestRole.record.kind === 'proposed' || latestRole.record.kind === 'revised')
            ? (latestRole.record.role ?? null)
            : null,
        decisions,
        withdrawal: withdrawalView(amendment.withdrawal),
        changedText: decisions.some((decision) => decision.effect !== null && decision.correctedBy === undefined),
        position: r.position,
      });
    }
  }

  const reservations: ProvisionReservationView[] = records.flatMap((r) =>
    r.record.kind === 'reservation'
      ? [
          {
            decisionId: r.record.decisionId,
            stakeholder: partyOf(source.parties, r.record.stakeholderId),
            text: r.record.text,
            ...(r.record.meeting !== undefined ? { meeting: r.record.meeting } : {}),
            ...(r.record.date !== undefined ? { date: r.record.date } : {}),
            decidedBy: r.record.decidedBy,
            recordedAt: r.recordedAt.toISOString(),
            position: r.position,
          },
        ]
      : [],
  );

  const versions = records.flatMap((r): ProvisionInVersionView[] => {
    const at = { recordedAt: r.recordedAt.toISOString(), position: r.position };
    if (r.record.kind === 'registered') {
      const registered = r.record;
      return [
        {
          versionNumber: 1,
          versionLabel: registered.versionLabel,
          decisionId: null,
          meeting: null,
          date: null,
          place: null,
          number: null,
          title: null,
          adoptionLine: null,
          label: registered.printedLabel,
          text: registered.text,
          footnotes: [...registered.footnotes],
          ...at,
        },
      ];
    }
    if (r.record.kind === 'adopted') {
      const v = r.record;
      const adoption = { place: v.place ?? null, number: v.number ?? null, title: v.title ?? null, adoptionLine: v.adoptionLine ?? null };
      return [
        {
          versionNumber: v.versionNumber,
          versionLabel: v.versionLabel,
          decisionId: v.decisionId,
          meeting: v.meeting,
          date: v.date,
          ...adoption,
          label: v.printedLabel,
          text: v.text,
          footnotes: [...v.footnotes],
          ...at,
        },
      ];
    }
    return [];
  });

  return {
    documentId: document.id,
    consultationId: document.consultationId,
    symbol: document.symbol,
    provisionId,
    current: currentProvision(document.working, document.currentVersion, provisionId),
    origin,
    changes,
    reservations,
    versions,
  };
}

/** The provision as it reads in the working text, with its label as printed there. */
export function currentProvision(working: ResolutionDocument, versionNumber: number, provisionId: string): CurrentProvisionView | null {
  if (!locateProvision(working, provisionId)) return null;
  const place = outlineDocument(working).find((p) => p.provision.id === provisionId)!;
  const heading = [...working.preamble, ...working.operative].find((section) => section.id === place.sectionId)?.heading ?? '';
  return {
    versionNumber,
    label: place.printedLabel,
    text: place.provision.text,
    footnotes: place.provision.footnotes.map((footnote) => footnote.text),
    sectionId: place.sectionId,
    heading,
    parentId: place.parentId ?? null,
  };
}

function amendmentRefView(amendment: ProvenanceAmendmentRow, parties: Parties): AmendmentRefView {
  return {
    id: amendment.id,
    operation: amendment.operation,
    proposers: amendment.proposers.map((id) => partyOf(parties, id)),
    coSponsors: amendment.coSponsors.map((id) => partyOf(parties, id)),
    onBehalfOf: amendment.onBehalfOf ? partyOf(parties, amendment.onBehalfOf) : null,
    contribution: amendment.contributionId
      ? { id: amendment.contributionId, symbol: amendment.contributionSymbol ?? amendment.contributionId }
      : null,
    status: amendment.status,
    revision: amendment.revision,
    explanation: amendment.explanation,
    versionNumber: amendment.versionNumber,
    proposedAt: amendment.proposedAt.toISOString(),
    position: amendment.proposedPosition,
  };
}

function uniqueById<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
