import { Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  AUTHENTICATION_PROBLEMS,
  ApiProblemResponses,
  AuthenticatedActor,
  CurrentActor,
  ProblemException,
  Roles,
  problem,
} from '#libs/runtime';
import { ProjectionRebuildQueue } from './projection-rebuild-queue';
import { ProjectionStatusView } from './projection-status';
import { ProjectionStatusDoc, RebuildAcceptedDoc } from './projection-status.view';
import { ListProjectionStatuses } from './list-projection-statuses';
import { ReadsNoDrafts } from '../access';

const PROJECTION_NAME = /^[a-z0-9][a-z0-9_.-]{0,99}$/;

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
  @ApiOperation({
    summary:
      'Each projection: version, live or rebuilding (with progress), checkpoint, head, and how far behind in events and milliseconds.',
  })
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
  async rebuild(
    @Param('name') name: string,
    @CurrentActor() actor: AuthenticatedActor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RebuildAcceptedDoc> {
    if (!PROJECTION_NAME.test(name) || !(await this.rebuilds.knows(name))) {
      throw new ProblemException(problem(404, 'not-found', 'Not found', `No projection ${JSON.stringify(name)} on this read side.`));
    }
    const accepted = await this.rebuilds.request(name, actor.id);
    response.setHeader('Location', '/api/v1/projections');
    return { id: accepted.id, projection: name, status: 'pending', requestedAt: accepted.requestedAt.toISOString() };
  }
}
