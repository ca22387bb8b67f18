import { ApiProperty } from '@nestjs/swagger';
import { DocumentRow, DocumentVersionRow } from '#libs/read-models';
import type { AdoptionMethod, DocumentRegisteredV1 } from '#libs/contracts';
import { AmendmentOperation, InterchangeDocument, toInterchange } from '#libs/text';
import { AT, INTERCHANGE, OPERATION, POSITION } from '../views/view-fields';

/* What the queries of documents and their versions answer. */

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
  @ApiProperty({ description: "Events of the document's stream applied: the version an If-Match names (also the ETag)." })
  streamVersion: number;
  @ApiProperty(POSITION) lastPosition: number;
}

/** A document with its working text: the latest version with every decision since applied. */
export class DocumentView extends DocumentSummaryView {
  @ApiProperty(INTERCHANGE) working: InterchangeDocument;
  @ApiProperty({ type: [AppliedChangeView], description: 'The changes decided since the latest version, in the order applied.' })
  applied: AppliedChangeView[];
}

export class VoteTallyView {
  @ApiProperty({ example: 150 }) yes: number;
  @ApiProperty({ example: 5 }) no: number;
  @ApiProperty({ example: 10 }) abstain: number;
}

export class RecordedVoteView {
  @ApiProperty({ example: 'egypt' }) stakeholderId: string;
  @ApiProperty({ enum: ['yes', 'no', 'abstain'] }) vote: 'yes' | 'no' | 'abstain';
}

/** A version issued as a revision by the chair or co-facilitators. */
export class VersionRevisionView {
  @ApiProperty({ description: '1 for Rev.1.' }) number: number;
  @ApiProperty({ example: 'Rev.2' }) label: string;
  @ApiProperty({ type: String, nullable: true, example: 'A/80/L.12/Rev.2' }) symbol: string | null;
  @ApiProperty({ example: '2025-12-03' }) date: string;
}

export class DocumentVersionSummaryView {
  @ApiProperty() documentId: string;
  @ApiProperty({ description: '1 is the registered base text; each revision or adoption makes the next.' }) number: number;
  @ApiProperty({ example: 'Modified 2026' }) label: string;
  @ApiProperty({ type: String, nullable: true, example: 'sixth Plenary Meeting' }) adoptedMeeting: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-06-12' }) adoptedDate: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Geneva' }) adoptedPlace: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Resolution 1334 (Modified 2023)',
    description: 'The designation the adoption printed.',
  })
  adoptedNumber: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'A/RES/78/132', description: "The adopted resolution's symbol." }) adoptedSymbol:
    string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Resolution 1334 (Modified 2023) — The role of ITU in the overall review of the implementation of the WSIS outcomes',
    description: 'The adopted full title.',
  })
  adoptedTitle: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'adopted at the sixth Plenary Meeting',
    description: 'The adoption line as printed.',
  })
  adoptionLine: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['consensus', 'recorded-vote'],
    description:
      'How the version was adopted: without a vote or by a recorded vote; null when not adopted, or adopted before methods were kept.',
  })
  adoptionMethod: 'consensus' | 'recorded-vote' | null;
  @ApiProperty({ type: VoteTallyView, nullable: true, description: 'The tally of a recorded vote.' }) tally: VoteTallyView | null;
  @ApiProperty({ type: [RecordedVoteView], nullable: true, description: "Each member state's vote, in a recorded vote." })
  votes: RecordedVoteView[] | null;
  @ApiProperty({ type: String, nullable: true, description: 'The adoption decision.' }) decisionId: string | null;
  @ApiProperty({
    type: VersionRevisionView,
    nullable: true,
    description: 'For a revision issued by the chair or co-facilitators (Rev.N), not adopted: its number, label, symbol and date.',
  })
  revision: VersionRevisionView | null;
  @ApiProperty(AT) recordedAt: string;
}

/** The method, tally and votes of a version's adoption as the versions view shows them. */
function adoptionMethodView(
  method: AdoptionMethod | null | undefined,
): Pick<DocumentVersionSummaryView, 'adoptionMethod' | 'tally' | 'votes'> {
  if (!method) return { adoptionMethod: null, tally: null, votes: null };
  if (method.kind === 'consensus') return { adoptionMethod: 'consensus', tally: null, votes: null };
  return { adoptionMethod: 'recorded-vote', tally: { ...method.tally }, votes: method.votes.map((v) => ({ ...v })) };
}

export class DocumentVersionView extends DocumentVersionSummaryView {
  @ApiProperty(INTERCHANGE) text: InterchangeDocument;
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
    ...adoptionMethodView(row.adoptionMethod),
    decisionId: row.decisionId,
    revision: row.revision
      ? { number: row.revision.number, label: row.revision.label, symbol: row.revision.symbol ?? null, date: row.revision.date }
      : null,
    recordedAt: row.recordedAt.toISOString(),
  };
}

export function documentVersionView(row: DocumentVersionRow): DocumentVersionView {
  return { ...documentVersionSummaryView(row), text: toInterchange(row.text) };
}
