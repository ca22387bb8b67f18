import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DocumentRegisteredV1 } from '#libs/contracts';
import type { ProvenanceAmendmentRow, ProvenanceRecord, ProvenanceRole } from '#libs/read-models';
import { AmendmentOperation, ResolutionDocument } from '#libs/text';
import { ContributionRefView, DecisionRecordView, OPERATION, Parties, PartyView, WithdrawalView } from '../views/party.view';

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

/** A revision issued by the chair or co-facilitators (Rev.N), as it bore on the provision. */
export class ProvisionRevisionView {
  @ApiProperty() decisionId: string;
  @ApiProperty({ description: 'The version the revision became.' }) versionNumber: number;
  @ApiProperty({ example: 'Rev.2' }) versionLabel: string;
  @ApiProperty({ description: '1 for Rev.1.' }) revision: number;
  @ApiPropertyOptional({ example: 'A/80/L.12/Rev.2' }) symbol?: string;
  @ApiProperty({ example: '2025-12-03' }) date: string;
  @ApiPropertyOptional() meeting?: string;
  @ApiProperty({ type: [Object], description: 'The changes of the revision that touched the provision.' }) operations: AmendmentOperation[];
  @ApiProperty({ type: [String], description: 'The amendments these changes take up ("reflected in Rev.2").' }) amendmentIds: string[];
  @ApiProperty({ type: [String], description: 'The stakeholder inputs these changes take up.' }) inputIds: string[];
  @ApiProperty() decidedBy: string;
  @ApiProperty(AT) recordedAt: string;
}

/** Where the provision came from. */
export class ProvisionOriginView {
  @ApiProperty({
    enum: ['base-text', 'draft', 'amendment', 'proposal', 'revision'],
    description:
      'The registered base text (imported), the draft new resolution of a contribution, an amendment a decision accepted, a proposal not (yet) in the text, or a revision by the chair or co-facilitators that added it.',
  })
  kind: 'base-text' | 'draft' | 'amendment' | 'proposal' | 'revision';
  @ApiPropertyOptional({ type: ProvisionRevisionView, description: 'For a provision a revision added: the revision.' })
  revision?: ProvisionRevisionView;
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
    description: 'Null for a settlement of brackets or a revision, which the chair makes without an amendment.',
  })
  amendment: AmendmentRefView | null;
  @ApiPropertyOptional({ type: () => ProvisionRevisionView, description: 'For a revision (Rev.N) that changed the provision.' })
  revision?: ProvisionRevisionView;
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
  @ApiPropertyOptional({ description: 'For a revision (Rev.N): its number; the version was issued, not adopted.' }) revision?: number;
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
  @ApiProperty({
    type: [ProvisionInVersionView],
    description: 'The registered text and each revision and adopted version that carried it.',
  })
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
