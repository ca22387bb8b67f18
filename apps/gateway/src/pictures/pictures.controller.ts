import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { ContentionFigures, ParticipationFigures, ProgressFigures } from '#libs/pictures';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, ProblemException, problem } from '#libs/runtime';
import { DraftsGuard, ReadsDraftsOf } from '../access';
import { found } from '../http/pagination';
import type { TextAnswer } from '../texts/text-answer';
import { parseContentionQuery } from './contention-request';
import { GetContention } from './get-contention';
import { GetParticipationFigures } from './get-participation-figures';
import { GetProgress } from './get-progress';

const FIGURES = { schema: { type: 'object', additionalProperties: true } } as const;

/** The figures of the pictures of a negotiation (libs/pictures draws them; the web pages show them beside their tables). */
@ApiTags('reading')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class PicturesController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get('documents/:id/contention')
  @ReadsDraftsOf('document')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    summary:
      'How contested each provision of a document is, now or at a moment of its history: undecided amendments, conflicts, brackets, proposers, and a shade from 0 to 4.',
  })
  @ApiQuery({ name: 'asOf', required: false, description: 'An ISO 8601 date-time with its time zone.', example: '2026-04-10T17:00:00Z' })
  @ApiQuery({ name: 'position', required: false, description: 'A global position of the log, as commands answer it.', example: 42 })
  @ApiOkResponse({ ...FIGURES, description: 'ContentionFigures (libs/pictures/src/figures.ts).' })
  async contention(@Param('id', ParseUUIDPipe) id: string, @Query() query: Record<string, unknown>): Promise<ContentionFigures> {
    const moment = parseContentionQuery(query);
    if (!moment.ok)
      throw new ProblemException(
        problem(400, 'validation', 'Invalid request', moment.errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
          errors: moment.errors,
        }),
      );
    return figuresOf(
      await this.queries.execute<GetContention, TextAnswer<ContentionFigures>>(new GetContention(id.toLowerCase(), moment.value)),
    );
  }

  @Get('consultations/:id/participation-figures')
  @ReadsDraftsOf('consultation')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    summary:
      'Participation in a consultation as the picture draws it: by stakeholder category and region (zeros included), acceptance rates, contributions and amendments per week.',
  })
  @ApiOkResponse({ ...FIGURES, description: 'ParticipationFigures (libs/pictures/src/figures.ts).' })
  async participation(@Param('id', ParseUUIDPipe) id: string): Promise<ParticipationFigures> {
    return found(await this.queries.execute(new GetParticipationFigures(id.toLowerCase())), `consultation ${id}`);
  }

  @Get('consultations/:id/progress')
  @ReadsDraftsOf('consultation')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    summary:
      "A negotiation's progress: its documents' open, bracketed and agreed provisions day by day, with phase changes, deadlines, revisions and meetings.",
  })
  @ApiOkResponse({ ...FIGURES, description: 'ProgressFigures (libs/pictures/src/figures.ts).' })
  async progress(@Param('id', ParseUUIDPipe) id: string): Promise<ProgressFigures> {
    return found(await this.queries.execute(new GetProgress(id.toLowerCase())), `consultation ${id}`);
  }
}

function figuresOf<T>(answer: TextAnswer<T>): T {
  if (answer.ok) return answer.value;
  throw new ProblemException(
    answer.status === 400
      ? problem(400, 'validation', 'Invalid request', answer.detail)
      : problem(404, 'not-found', 'Not found', answer.detail),
  );
}
