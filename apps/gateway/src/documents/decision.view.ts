import { ApiProperty } from '@nestjs/swagger';
import { DecisionKindColumn, DecisionPayload, DecisionRow } from '#libs/read-models';
import { AT } from '../views/view-fields';

/* What the queries of the chair's decisions answer. */

export class DecisionView {
  @ApiProperty() id: string;
  @ApiProperty() documentId: string;
  @ApiProperty() consultationId: string;
  @ApiProperty({ enum: ['ruling', 'merge', 'brackets', 'adoption', 'reservation', 'correction'] }) kind: DecisionKindColumn;
  @ApiProperty({ type: [String] }) amendmentIds: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The decision as recorded; an adoption's text is its document version.",
  })
  payload: DecisionPayload;
  @ApiProperty({ type: String, nullable: true }) meeting: string | null;
  @ApiProperty({ type: String, nullable: true }) date: string | null;
  @ApiProperty({ description: 'The actor who took it.' }) decidedBy: string;
  @ApiProperty({ type: String, nullable: true, description: 'The correction that superseded it.' }) correctedBy: string | null;
  @ApiProperty(AT) recordedAt: string;
  @ApiProperty({ description: 'Global position of the decision in the log.' }) position: number;
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
