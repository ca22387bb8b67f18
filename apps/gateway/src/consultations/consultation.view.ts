import { ApiProperty } from '@nestjs/swagger';
import { PHASES } from '#libs/contracts';
import { ConsultationSummary } from '#libs/read-models';

export class ConsultationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty() subject: string;
  @ApiProperty({ example: 'ar' }) originalLanguage: string;
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
  @ApiProperty() registeredBy: string;
  @ApiProperty({ enum: PHASES, example: 'open-for-contributions' }) phase: string;
  @ApiProperty({ type: [String], description: 'Actor ids of the chairs.' }) chairs: string[];
  @ApiProperty({ example: { 'open-for-contributions': '2026-12-15T23:59:00Z' } }) deadlines: Record<string, string>;
  @ApiProperty({ description: 'Drafts visible to participants only.' }) restricted: boolean;
  @ApiProperty({ type: [String] }) participants: string[];
  @ApiProperty({ description: 'Events of this consultation applied to the read model.' }) eventCount: number;
  @ApiProperty({ description: 'Global position of the last event applied.' }) lastPosition: number;

  static of(row: ConsultationSummary): ConsultationView {
    return Object.assign(new ConsultationView(), { ...row, registeredAt: row.registeredAt.toISOString() });
  }
}

export class ConsultationPage {
  @ApiProperty({ type: [ConsultationView] }) items: ConsultationView[];
  @ApiProperty({ description: 'Opaque cursor for the next page; absent on the last page.', required: false }) next?: string;
}
