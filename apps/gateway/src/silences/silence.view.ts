import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SilenceRow } from '#libs/read-models';

export class SilenceBreakView {
  @ApiProperty() stakeholderId: string;
  @ApiProperty({ type: [String] }) provisionIds: string[];
  @ApiProperty() reasons: string;
  @ApiProperty({ description: 'When the break was recorded (ISO 8601).' }) recordedAt: string;
}

export class SilenceView {
  @ApiProperty() silenceId: string;
  @ApiProperty({ type: 'integer', description: 'The version under silence.' }) versionNumber: number;
  @ApiProperty({ example: '2025-12-09T18:00:00-05:00', description: 'The deadline in force, as announced.' }) deadline: string;
  @ApiProperty({ example: 'America/New_York' }) timeZone: string;
  @ApiProperty({ enum: ['open', 'held', 'broken'] }) state: string;
  @ApiProperty({ type: [SilenceBreakView] }) breaks: SilenceBreakView[];
  @ApiPropertyOptional({ description: 'When the system recorded the outcome (ISO 8601).' }) concludedAt?: string;
  @ApiPropertyOptional() meetingId?: string;
  @ApiProperty({ description: 'The adoption announced with the silence.' }) adoption: Record<string, unknown>;
}

export class SilenceListView {
  @ApiProperty({ type: [SilenceView] }) items: SilenceView[];
}

export function silenceView(row: SilenceRow): SilenceView {
  return {
    silenceId: row.silenceId,
    versionNumber: row.versionNumber,
    deadline: row.deadline,
    timeZone: row.timeZone,
    state: row.state,
    breaks: row.breaks.map((b) => ({ ...b, provisionIds: [...b.provisionIds] })),
    ...(row.concludedAt ? { concludedAt: row.concludedAt.toISOString() } : {}),
    ...(row.meetingId ? { meetingId: row.meetingId } : {}),
    adoption: { ...row.adoption },
  };
}
