import { ApiProperty } from '@nestjs/swagger';
import { ConsultationSummary } from '#libs/read-models';

export class ConsultationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty() subject: string;
  @ApiProperty({ example: 'ar' }) originalLanguage: string;
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
  @ApiProperty() registeredBy: string;
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

export class CommandAccepted {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: "The stream's version after the command (the ETag)." }) streamVersion: number;
  @ApiProperty({ description: 'Global position of the recorded event; read models show it once they reach it.' }) position: number;
}
