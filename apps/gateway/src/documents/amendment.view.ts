import { ApiProperty } from '@nestjs/swagger';
import { AmendmentDecisionPayload, AmendmentRow, AmendmentStatusColumn } from '#libs/read-models';
import { AmendmentOperation } from '#libs/text';
import { AT, OPERATION, POSITION } from '../views/view-fields';

/* What the queries of amendments answer. */

export class AmendmentView {
  @ApiProperty() id: string;
  @ApiProperty() documentId: string;
  @ApiProperty({ description: 'The version it is drafted against.' }) versionNumber: number;
  @ApiProperty(OPERATION) operation: AmendmentOperation;
  @ApiProperty({ type: [String], description: 'The first is the stakeholder that submitted it.' }) proposers: string[];
  @ApiProperty({ type: [String] }) coSponsors: string[];
  @ApiProperty({ type: String, nullable: true }) onBehalfOf: string | null;
  @ApiProperty({ type: String, nullable: true }) contributionId: string | null;
  @ApiProperty({ enum: ['pending', 'accepted', 'rejected', 'accepted-as-modified', 'deferred', 'merged', 'withdrawn'] })
  status: AmendmentStatusColumn;
  @ApiProperty({ description: '0 as proposed, 1 after the first revision ...' }) revision: number;
  @ApiProperty({ type: String, nullable: true }) explanation: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The decision that ruled on it last.' }) decisionId: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'That decision as recorded (ruling, merge or correction).',
  })
  ruling: AmendmentDecisionPayload | null;
  @ApiProperty(AT) proposedAt: string;
  @ApiProperty(AT) updatedAt: string;
  @ApiProperty(POSITION) lastPosition: number;
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
