import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEETING_KINDS } from '#libs/contracts';
import type { MeetingRow } from '#libs/read-models';

export class MeetingReadingView {
  @ApiProperty({ format: 'uuid' }) documentId: string;
  @ApiProperty({ description: 'The version then current.' }) versionNumber: number;
  @ApiProperty({ type: [String] }) provisionIds: string[];
}

export class MeetingView {
  @ApiProperty({ example: 'ic-2' }) meetingId: string;
  @ApiProperty({ enum: MEETING_KINDS }) kind: string;
  @ApiProperty({ type: Number, nullable: true }) number: number | null;
  @ApiProperty({ example: 'Second informal consultation' }) name: string;
  @ApiProperty({ example: '2025-11-12' }) date: string;
  @ApiPropertyOptional({ type: String, nullable: true }) place: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) session: string | null;
  @ApiProperty({ type: [MeetingReadingView], description: 'The provisions read at it, in the order recorded.' })
  readings: MeetingReadingView[];
}

export class MeetingListView {
  @ApiProperty({ type: [MeetingView], description: 'By date, then kind and number.' }) items: MeetingView[];
}

export function meetingView(row: MeetingRow): MeetingView {
  return {
    meetingId: row.meetingId,
    kind: row.kind,
    number: row.number,
    name: row.name,
    date: row.date,
    place: row.place,
    session: row.session,
    readings: row.readings.map((r) => ({ documentId: r.documentId, versionNumber: r.versionNumber, provisionIds: [...r.provisionIds] })),
  };
}
