import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Accepted } from './command-sender';

/** What a command that was recorded answers. */
export class CreatedView {
  @ApiProperty() id: string;
  @ApiProperty({ description: "The target stream's version after the command (also the ETag)." }) streamVersion: number;
  @ApiProperty({ description: 'Global position of the last event recorded; read models show it once they reach it.' }) position: number;
  @ApiPropertyOptional({ description: 'Pending amendments this one conflicts with, reported at once.' }) conflicts?: unknown[];

  static of(id: string, outcome: Accepted): CreatedView {
    const view = Object.assign(new CreatedView(), { id, streamVersion: outcome.streamVersion, position: outcome.position });
    const conflicts = outcome.details?.conflicts;
    if (Array.isArray(conflicts)) view.conflicts = conflicts;
    return view;
  }
}
