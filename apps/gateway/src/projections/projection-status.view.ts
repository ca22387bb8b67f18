import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/*
 * The OpenAPI shapes of what projection-status.ts computes (its interfaces are the types the
 * code uses). The class names are the schema names the OpenAPI document publishes.
 */

/** A rebuild queued or running. */
export class RebuildDoc {
  @ApiProperty({ example: 12 }) requestId: number;
  @ApiProperty({ enum: ['pending', 'running'] }) status: string;
  @ApiProperty({ enum: ['requested', 'version-changed', 'new-projection'] }) reason: string;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 3,
    description: 'The version being built; null until a projector has taken the request.',
  })
  version: number | null;
  @ApiProperty({ example: 480000, description: 'How far the new tables are.' }) position: number;
  @ApiProperty({ type: 'integer', nullable: true, example: 1000000 }) targetPosition: number | null;
  @ApiProperty({ example: 0.48, description: 'position / targetPosition, from 0 to 1.' }) progress: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 12500,
    description: 'Events applied a second since the rebuild started; null until it has applied some.',
  })
  eventsPerSecond: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'When the rebuild reaches targetPosition at that rate; null while that cannot be told.',
  })
  estimatedEndAt: string | null;
  @ApiProperty() requestedAt: string;
  @ApiProperty({ type: String, nullable: true }) startedAt: string | null;
}

/** How the last rebuild ended. */
export class LastRebuildDoc {
  @ApiProperty() requestId: number;
  @ApiProperty({ enum: ['done', 'failed'] }) status: string;
  @ApiProperty({ type: 'integer', nullable: true }) version: number | null;
  @ApiProperty({ type: String, nullable: true }) finishedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
}

/** How far a projection is behind the event store. */
export class ProjectionStatusDoc {
  @ApiProperty({ example: 'documents' }) name: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 2, description: 'The version whose rows serve.' }) version: number | null;
  @ApiProperty({ enum: ['live', 'rebuilding'] }) status: string;
  @ApiProperty({ example: 10412, description: 'The last position applied to the rows that serve.' }) checkpointPosition: number;
  @ApiProperty({ example: 10415, description: 'The last position recorded in the event store.' }) headPosition: number;
  @ApiProperty({ example: 3 }) eventsBehind: number;
  @ApiProperty({ example: 180, description: 'recorded_at of the head minus recorded_at of the event at the checkpoint; 0 when caught up.' })
  msBehind: number;
  @ApiProperty({ type: String, nullable: true, description: 'When a batch last moved the checkpoint.' }) lastAppliedAt: string | null;
  @ApiPropertyOptional({ type: RebuildDoc, description: 'The rebuild queued or running; the old rows serve meanwhile.' })
  rebuild?: RebuildDoc;
  @ApiPropertyOptional({ type: LastRebuildDoc }) lastRebuild?: LastRebuildDoc;
}

/** A rebuild request accepted. */
export class RebuildAcceptedDoc {
  @ApiProperty({ example: 12, description: 'The request; its progress shows in GET /api/v1/projections.' }) id: number;
  @ApiProperty({ example: 'documents' }) projection: string;
  @ApiProperty({ example: 'pending' }) status: string;
  @ApiProperty() requestedAt: string;
}
