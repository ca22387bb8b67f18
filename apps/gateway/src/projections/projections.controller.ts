import { Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, AuthenticatedActor, CurrentActor, ProblemException, Roles, problem } from '#libs/runtime';
import { ProjectionRebuildQueue } from './projection-rebuild-queue';
import { ProjectionStatusView } from './projection-status';
import { ListProjectionStatuses } from './list-projection-statuses';
import { ReadsNoDrafts } from '../access';

const PROJECTION_NAME = /^[a-z0-9][a-z0-9_.-]{0,99}$/;

class RebuildDoc {
  @ApiProperty({ example: 12 }) requestId: number;
  @ApiProperty({ enum: ['pending', 'running'] }) status: string;
  @ApiProperty({ enum: ['requested', 'version-changed', 'new-projection'] }) reason: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 3, description: 'The version being built; null until a projector has taken the request.' }) version: number | null;
  @ApiProperty({ example: 480000, description: 'How far the new tables are.' }) position: number;
  @ApiProperty({ type: 'integer', nullable: true, example: 1000000 }) targetPosition: number | null;
  @ApiProperty({ example: 0.48, description: 'position / targetPosition, from 0 to 1.' }) progress: number;
  @ApiProperty() requestedAt: string;
  @ApiProperty({ type: String, nullable: true }) startedAt: string | null;
}

class LastRebuildDoc {
  @ApiProperty() requestId: number;
  @ApiProperty({ enum: ['done', 'failed'] }) status: string;
  @ApiProperty({ type: 'integer', nullable: true }) version: number | null;
  @ApiProperty({ type: String, nullable: true }) finishedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
}

class ProjectionStatusDoc {
  @ApiProperty({ example: 'documents' }) name: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 2, description: 'The version whose rows serve.' }) version: number | null;
  @ApiProperty({ enum: ['live', 'rebuilding'] }) status: string;
  @ApiProperty({ example: 10412, description: 'The last position applied to the rows that serve.' }) checkpointPosition: number;
  @ApiProperty({ example: 10415, description: 'The last position recorded in the event store.' }) headPosition: number;
  @ApiProperty({ example: 3 }) eventsBehind: number;
  @ApiProperty({ example: 180, description: 'recorded_at of the head minus recorded_at of the event at the checkpoint; 0 when caught up.' }) msBehind: number;
  @ApiProperty({ type: String, nullable: true, description: 'When a batch last moved the checkpoint.' }) lastAppliedAt: string | null;
  @ApiPropertyOptional({ type: RebuildDoc, description: 'The rebuild queued or running; the old rows serve meanwhile.' }) rebuild?: RebuildDoc;
  @ApiPropertyOptional({ type: LastRebuildDoc }) lastRebuild?: LastRebuildDoc;
}

class RebuildAcceptedDoc {
  @ApiProperty({ example: 12, description: 'The request; its progress shows in GET /api/v1/projections.' }) id: number;
  @ApiProperty({ example: 'documents' }) projection: string;
  @ApiProperty({ example: 'pending' }) status: string;
  @ApiProperty() requestedAt: string;
}

/** The read side's state: how far behind each projection is, and rebuilds of a projection from the whole history. */
@ApiTags('projections')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1/projections')
export class ProjectionsController {
  constructor(
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(ProjectionRebuildQueue) private readonly rebuilds: ProjectionRebuildQueue,
  ) {}

  @Get()
  @ReadsNoDrafts('the status of the projections, not what they hold')
  @ApiOperation({ summary: 'Each projection: version, live or rebuilding (with progress), checkpoint, head, and how far behind in events and milliseconds.' })
  @ApiOkResponse({ type: ProjectionStatusDoc, isArray: true })
  async list(): Promise<ProjectionStatusView[]> {
    return this.queries.execute(new ListProjectionStatuses());
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @Roles('secretariat', 'auditor')
  @ApiProblemResponses('validation', 'forbidden', 'not-found')
  @ApiOperation({
    summary: 'Rebuild a projection from the whole history beside the rows that serve, then swap it in (secretariat, auditor).',
  })
  @ApiAcceptedResponse({ type: RebuildAcceptedDoc })
  async rebuild(@Param('name') name: string, @CurrentActor() actor: AuthenticatedActor, @Res({ passthrough: true }) response: Response): Promise<RebuildAcceptedDoc> {
    if (!PROJECTION_NAME.test(name) || !(await this.rebuilds.knows(name))) {
      throw new ProblemException(problem(404, 'not-found', 'Not found', `No projection ${JSON.stringify(name)} on this read side.`));
    }
    const accepted = await this.rebuilds.request(name, actor.id);
    response.setHeader('Location', '/api/v1/projections');
    return { id: accepted.id, projection: name, status: 'pending', requestedAt: accepted.requestedAt.toISOString() };
  }
}
