import { ApiProperty } from '@nestjs/swagger';
import type { ExplanationRow } from '#libs/read-models';
import { AT } from '../views/view-fields';

export class ExplanationView {
  @ApiProperty() explanationId: string;
  @ApiProperty() documentId: string;
  @ApiProperty({ example: 'norway' }) stakeholderId: string;
  @ApiProperty({ example: 'Norway', description: 'As the registry names it; the id when the registry does not know it.' })
  stakeholderName: string;
  @ApiProperty({ type: String, nullable: true, example: 'member-state' }) category: string | null;
  @ApiProperty({ enum: ['position', 'vote'] }) kind: 'position' | 'vote';
  @ApiProperty({ enum: ['before-adoption', 'after-adoption'] }) timing: 'before-adoption' | 'after-adoption';
  @ApiProperty() text: string;
  @ApiProperty({ description: 'The version explained: the one adopted, or about to be.' }) versionNumber: number;
  @ApiProperty({ type: String, nullable: true }) meeting: string | null;
  @ApiProperty({ type: String, nullable: true }) meetingId: string | null;
  @ApiProperty({ type: String, nullable: true }) date: string | null;
  @ApiProperty({ description: 'Who recorded it: the delegation, the secretariat or the chair.' }) recordedBy: string;
  @ApiProperty(AT) recordedAt: string;
  @ApiProperty() position: number;
}

export class ExplanationListView {
  @ApiProperty({ type: [ExplanationView] }) items: ExplanationView[];
}

export function explanationView(row: ExplanationRow, speaker?: { name: string; category: string }): ExplanationView {
  return {
    explanationId: row.explanationId,
    documentId: row.documentId,
    stakeholderId: row.stakeholderId,
    stakeholderName: speaker?.name ?? row.stakeholderId,
    category: speaker?.category ?? null,
    kind: row.kind,
    timing: row.timing,
    text: row.text,
    versionNumber: row.versionNumber,
    meeting: row.meeting,
    meetingId: row.meetingId,
    date: row.date,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
    position: row.position,
  };
}
