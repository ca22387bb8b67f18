import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ConsultationHistoryRow, HISTORY_KINDS, HistoryKind } from '#libs/read-models';

export class HistoryActorView {
  @ApiProperty({ example: 'chair-cwg-wsis' }) id: string;
  @ApiProperty({ example: 'chair', description: 'The role it acted in.' }) role: string;
  @ApiPropertyOptional() name?: string;
}

/** One thing that happened in a consultation. */
export class HistoryEntryView {
  @ApiProperty({ description: 'Global position of the event: the order of the timeline.' }) position: number;
  @ApiProperty({ format: 'date-time', description: 'When the ledger recorded it.' }) recordedAt: string;
  @ApiProperty({ enum: HISTORY_KINDS }) kind: HistoryKind;
  @ApiProperty({ type: HistoryActorView }) actor: HistoryActorView;
  @ApiProperty({
    type: [String],
    description:
      'The stakeholders involved: who acted as a stakeholder, submitters, proposers, co-sponsors, the group they speak for, the one admitted or reserving.',
  })
  stakeholders: string[];
  @ApiProperty({ type: [String], description: 'The provisions touched (for a section-level amendment, the section too).' })
  provisions: string[];
  @ApiProperty({ type: String, nullable: true }) documentId: string | null;
  @ApiProperty({ example: 'Accepted at CWG-WSIS&SDG-44 on 2026-04-10: MOD of op-1-1 (1), proposed by Arab Republic of Egypt (C26/12-A)' })
  summary: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The event as recorded (type, stream, correlation and payload), without the text of a whole document.',
  })
  details: object;
}

export class HistoryPage {
  @ApiProperty({ type: [HistoryEntryView] }) items: HistoryEntryView[];
  @ApiPropertyOptional({ description: 'Opaque cursor for the next page; absent on the last page.' }) next?: string;
}

export function historyEntryView(row: ConsultationHistoryRow): HistoryEntryView {
  return {
    position: row.position,
    recordedAt: row.recordedAt.toISOString(),
    kind: row.kind,
    actor: { ...row.actor },
    stakeholders: row.stakeholders,
    provisions: row.provisions,
    documentId: row.documentId,
    summary: row.summary,
    details: row.details,
  };
}
