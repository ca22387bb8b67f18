import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ConflictReason } from '#libs/text';
import { Accepted } from './command-sender';

// Every reason, listed from the union: a new reason does not compile until it is listed here.
const CONFLICT_REASONS = Object.keys({
  'overlapping-words': true,
  'different-base': true,
  'target-suppressed': true,
  'target-moved': true,
  'same-place': true,
  'same-id': true,
  'same-footnote': true,
  'same-heading': true,
} satisfies Record<ConflictReason, true>);

/** Two amendments that cannot both be applied without someone choosing between them (libs/text's Conflict). */
export class ConflictView {
  @ApiProperty({ type: [String], minItems: 2, maxItems: 2, description: 'The amendment proposed and the pending one it conflicts with.' })
  amendmentIds: string[];
  @ApiProperty({ enum: CONFLICT_REASONS }) reason: string;
  @ApiProperty() message: string;
}

/** What a command that was recorded answers. */
export class CreatedView {
  @ApiProperty() id: string;
  @ApiProperty({ type: 'integer', description: "The target stream's version after the command (also the ETag)." }) streamVersion: number;
  @ApiProperty({ type: 'integer', description: 'Global position of the last event recorded; read models show it once they reach it.' })
  position: number;
  @ApiPropertyOptional({ type: [ConflictView], description: 'Pending amendments this one conflicts with, reported at once.' })
  conflicts?: unknown[];

  static of(id: string, outcome: Accepted): CreatedView {
    const view = Object.assign(new CreatedView(), { id, streamVersion: outcome.streamVersion, position: outcome.position });
    const conflicts = outcome.details?.conflicts;
    if (Array.isArray(conflicts)) view.conflicts = conflicts;
    return view;
  }
}
