import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AmendmentDecisionPayload,
  AmendmentRow,
  AmendmentStatusColumn,
  ContributionRevisionRow,
  ContributionRow,
  ContributionStatusColumn,
  DecisionKindColumn,
  DecisionPayload,
  DecisionRow,
  DocumentRow,
  DocumentVersionRow,
  StakeholderRow,
} from '#libs/read-models';
import type { ContributionCover, ContributionSubstance, DocumentRegisteredV1, Region, StakeholderCategory } from '#libs/contracts';
import { AmendmentOperation, InterchangeDocument, toInterchange } from '#libs/text';

/*
 * What the workflow's queries answer: plain JSON (camelCase fields, dates as ISO 8601
 * strings, texts in the text engine's interchange format), one class per shape so the
 * controllers can name them in OpenAPI. The handlers return plain objects of these shapes.
 */

const INTERCHANGE = { type: 'object', additionalProperties: true, description: "The text in the text engine's interchange format (labels written out, ids as identities)." } as const;
const OPERATION = { type: 'object', additionalProperties: true, description: 'An amendment operation of the text engine (add, modify, replaceText, suppress, move, ...).' } as const;
const AT = { format: 'date-time' } as const;
const POSITION = { description: 'Global position of the last event applied to this read model.' } as const;

export class StakeholderView {
  @ApiProperty({ example: 'egypt' }) id: string;
  @ApiProperty({ example: 'Arab Republic of Egypt' }) name: string;
  @ApiProperty({ example: 'member-state' }) category: StakeholderCategory;
  @ApiProperty({ example: 'arab-states' }) region: Region;
  @ApiProperty({ type: [String], description: 'For a group: the stakeholders it speaks for.' }) memberIds: string[];
  @ApiProperty(AT) registeredAt: string;
  @ApiProperty(POSITION) lastPosition: number;
}

export class StakeholderPage {
  @ApiProperty({ type: [StakeholderView] }) items: StakeholderView[];
  @ApiPropertyOptional({ description: 'Opaque cursor for the next page; absent on the last page.' }) next?: string;
}

export class AppliedChangeView {
  @ApiProperty() decisionId: string;
  @ApiProperty(OPERATION) operation: AmendmentOperation;
}

/** A document without its texts, as lists show it. */
export class DocumentSummaryView {
  @ApiProperty() id: string;
  @ApiProperty() consultationId: string;
  @ApiProperty({ example: 'Resolution 1334' }) symbol: string;
  @ApiProperty({ description: "The working text's title." }) title: string;
  @ApiProperty({ example: 'en' }) language: string;
  @ApiProperty({ example: 'itu' }) style: string;
  @ApiProperty({ description: 'The latest version: 1 is the registered base text.' }) currentVersion: number;
  @ApiProperty({ example: 'Modified 2023' }) currentVersionLabel: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Imported by the secretariat, or the draft of a contribution.' })
  source: DocumentRegisteredV1['source'];
  @ApiProperty(AT) registeredAt: string;
  @ApiProperty(AT) updatedAt: string;
  @ApiProperty({ description: "Events of the document's stream applied: the version an If-Match names (also the ETag)." }) streamVersion: number;
  @ApiProperty(POSITION) lastPosition: number;
}

/** A document with its working text: the latest version with every decision since applied. */
export class DocumentView extends DocumentSummaryView {
  @ApiProperty(INTERCHANGE) working: InterchangeDocument;
  @ApiProperty({ type: [AppliedChangeView], description: 'The changes decided since the latest version, in the order applied.' }) applied: AppliedChangeView[];
}

export class DocumentVersionSummaryView {
  @ApiProperty() documentId: string;
  @ApiProperty({ description: '1 is the registered base text; each adoption freezes the next.' }) number: number;
  @ApiProperty({ example: 'Modified 2026' }) label: string;
  @ApiProperty({ type: String, nullable: true, example: 'sixth Plenary Meeting' }) adoptedMeeting: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-06-12' }) adoptedDate: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Geneva' }) adoptedPlace: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Resolution 1334 (Modified 2023)', description: 'The designation the adoption printed.' }) adoptedNumber: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'A/RES/78/132', description: "The adopted resolution's symbol." }) adoptedSymbol: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Resolution 1334 (Modified 2023) — The role of ITU in the overall review of the implementation of the WSIS outcomes', description: 'The adopted full title.' })
  adoptedTitle: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'adopted at the sixth Plenary Meeting', description: 'The adoption line as printed.' }) adoptionLine: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The adoption decision.' }) decisionId: string | null;
  @ApiProperty(AT) recordedAt: string;
}

export class DocumentVersionView extends DocumentVersionSummaryView {
  @ApiProperty(INTERCHANGE) text: InterchangeDocument;
}

export class AmendmentView {
  @ApiProperty() id: string;
  @ApiProperty() documentId: string;
  @ApiProperty({ description: 'The version it is drafted against.' }) versionNumber: number;
  @ApiProperty(OPERATION) operation: AmendmentOperation;
  @ApiProperty({ type: [String], description: 'The first is the stakeholder that submitted it.' }) proposers: string[];
  @ApiProperty({ type: [String] }) coSponsors: string[];
  @ApiProperty({ type: String, nullable: true }) onBehalfOf: string | null;
  @ApiProperty({ type: String, nullable: true }) contributionId: string | null;
  @ApiProperty({ enum: ['pending', 'accepted', 'rejected', 'accepted-as-modified', 'deferred', 'merged', 'withdrawn'] }) status: AmendmentStatusColumn;
  @ApiProperty({ description: '0 as proposed, 1 after the first revision ...' }) revision: number;
  @ApiProperty({ type: String, nullable: true }) explanation: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The decision that ruled on it last.' }) decisionId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'That decision as recorded (ruling, merge or correction).' })
  ruling: AmendmentDecisionPayload | null;
  @ApiProperty(AT) proposedAt: string;
  @ApiProperty(AT) updatedAt: string;
  @ApiProperty(POSITION) lastPosition: number;
}

export class ContributionWithdrawalView {
  @ApiProperty() by: string;
  @ApiPropertyOptional() reason?: string;
  @ApiProperty(AT) at: string;
}

export class CoSubmitterAnswerView {
  @ApiProperty({ example: 'egypt' }) stakeholderId: string;
  @ApiProperty({ description: 'Who recorded the answer: the co-submitter, a member of it, or the secretariat.' }) by: string;
  @ApiPropertyOptional({ description: "The letter the secretariat recorded it from." }) reference?: string;
  @ApiPropertyOptional() reason?: string;
  @ApiProperty(AT) at: string;
}

/** Where the co-submitters named on the latest revision stand. */
export class CoSubmissionView {
  @ApiProperty({ description: 'The revision the answers are to.' }) revision: number;
  @ApiProperty({ type: [String], description: 'Named co-submitters that have not answered yet.' }) awaiting: string[];
  @ApiProperty({ type: [CoSubmitterAnswerView] }) confirmed: CoSubmitterAnswerView[];
  @ApiProperty({ type: [CoSubmitterAnswerView] }) declined: CoSubmitterAnswerView[];
}

export class ContributionView {
  @ApiProperty() id: string;
  @ApiProperty() consultationId: string;
  @ApiProperty({ example: 'C23/71-E' }) symbol: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: '0 for the original, 1 for Rev.1 ...' }) revision: number;
  @ApiProperty({
    enum: ['submitted', 'revised', 'awaiting-co-submitters', 'declined', 'withdrawn'],
    description: 'awaiting-co-submitters (or declined): a submitter the cover names has not agreed, and the contribution is not before the meeting.',
  })
  status: ContributionStatusColumn;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The cover of the latest revision.' }) cover: ContributionCover;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'A draft, amendments to a document, or a report.' }) substance: ContributionSubstance;
  @ApiProperty({ type: ContributionWithdrawalView, nullable: true }) withdrawal: ContributionWithdrawalView | null;
  @ApiProperty({ type: CoSubmissionView, nullable: true, description: 'Null when the submitter spoke for everyone it named.' }) coSubmission: CoSubmissionView | null;
  @ApiProperty(AT) submittedAt: string;
  @ApiProperty(AT) updatedAt: string;
  @ApiProperty(POSITION) lastPosition: number;
}

export class ContributionPage {
  @ApiProperty({ type: [ContributionView] }) items: ContributionView[];
  @ApiPropertyOptional({ description: 'Opaque cursor for the next page; absent on the last page.' }) next?: string;
}

export class ContributionRevisionView {
  @ApiProperty() contributionId: string;
  @ApiProperty() revision: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) cover: ContributionCover;
  @ApiProperty({ type: 'object', additionalProperties: true }) substance: ContributionSubstance;
  @ApiProperty(AT) recordedAt: string;
}

export class DecisionView {
  @ApiProperty() id: string;
  @ApiProperty() documentId: string;
  @ApiProperty() consultationId: string;
  @ApiProperty({ enum: ['ruling', 'merge', 'brackets', 'adoption', 'reservation', 'correction'] }) kind: DecisionKindColumn;
  @ApiProperty({ type: [String] }) amendmentIds: string[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The decision as recorded; an adoption's text is its document version." })
  payload: DecisionPayload;
  @ApiProperty({ type: String, nullable: true }) meeting: string | null;
  @ApiProperty({ type: String, nullable: true }) date: string | null;
  @ApiProperty({ description: 'The actor who took it.' }) decidedBy: string;
  @ApiProperty({ type: String, nullable: true, description: 'The correction that superseded it.' }) correctedBy: string | null;
  @ApiProperty(AT) recordedAt: string;
  @ApiProperty({ description: 'Global position of the decision in the log.' }) position: number;
}

export function stakeholderView(row: StakeholderRow): StakeholderView {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    region: row.region,
    memberIds: row.memberIds,
    registeredAt: row.registeredAt.toISOString(),
    lastPosition: row.lastPosition,
  };
}

export function documentSummaryView(row: Omit<DocumentRow, 'working' | 'applied'>): DocumentSummaryView {
  return {
    id: row.id,
    consultationId: row.consultationId,
    symbol: row.symbol,
    title: row.title,
    language: row.language,
    style: row.style,
    currentVersion: row.currentVersion,
    currentVersionLabel: row.currentLabel,
    source: row.source,
    registeredAt: row.registeredAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    streamVersion: row.streamVersion,
    lastPosition: row.lastPosition,
  };
}

export function documentView(row: DocumentRow): DocumentView {
  return {
    ...documentSummaryView(row),
    working: toInterchange(row.working),
    applied: row.applied.map((change) => ({ decisionId: change.decisionId, operation: change.operation })),
  };
}

export function documentVersionSummaryView(row: Omit<DocumentVersionRow, 'text'>): DocumentVersionSummaryView {
  return {
    documentId: row.documentId,
    number: row.number,
    label: row.label,
    adoptedMeeting: row.adoptedMeeting,
    adoptedDate: row.adoptedDate,
    adoptedPlace: row.adoptedPlace,
    adoptedNumber: row.adoptedNumber,
    adoptedSymbol: row.adoptedSymbol,
    adoptedTitle: row.adoptedTitle,
    adoptionLine: row.adoptionLine,
    decisionId: row.decisionId,
    recordedAt: row.recordedAt.toISOString(),
  };
}

export function documentVersionView(row: DocumentVersionRow): DocumentVersionView {
  return { ...documentVersionSummaryView(row), text: toInterchange(row.text) };
}

export function amendmentView(row: AmendmentRow): AmendmentView {
  return {
    id: row.id,
    documentId: row.documentId,
    versionNumber: row.versionNumber,
    operation: row.operation,
    proposers: row.proposers,
    coSponsors: row.coSponsors,
    onBehalfOf: row.onBehalfOf,
    contributionId: row.contributionId,
    status: row.status,
    revision: row.revision,
    explanation: row.explanation,
    decisionId: row.decisionId,
    ruling: row.ruling,
    proposedAt: row.proposedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastPosition: row.lastPosition,
  };
}

export function contributionView(row: ContributionRow): ContributionView {
  return {
    id: row.id,
    consultationId: row.consultationId,
    symbol: row.symbol,
    title: row.title,
    revision: row.revision,
    status: row.status,
    cover: row.cover,
    substance: row.substance,
    withdrawal: row.withdrawal ? { ...row.withdrawal } : null,
    coSubmission: row.coSubmission
      ? { revision: row.coSubmission.revision, awaiting: [...row.coSubmission.awaiting], confirmed: row.coSubmission.confirmed.map((a) => ({ ...a })), declined: row.coSubmission.declined.map((a) => ({ ...a })) }
      : null,
    submittedAt: row.submittedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastPosition: row.lastPosition,
  };
}

export function contributionRevisionView(row: ContributionRevisionRow): ContributionRevisionView {
  return { contributionId: row.contributionId, revision: row.revision, cover: row.cover, substance: row.substance, recordedAt: row.recordedAt.toISOString() };
}

export function decisionView(row: DecisionRow): DecisionView {
  return {
    id: row.id,
    documentId: row.documentId,
    consultationId: row.consultationId,
    kind: row.kind,
    amendmentIds: row.amendmentIds,
    payload: row.payload,
    meeting: row.meeting,
    date: row.date,
    decidedBy: row.decidedBy,
    correctedBy: row.correctedBy,
    recordedAt: row.recordedAt.toISOString(),
    position: row.position,
  };
}
