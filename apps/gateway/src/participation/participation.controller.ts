import { Controller, Get, Inject, Param, ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { found } from '../http/pagination';
import { GetParticipation } from './get-participation';
import { ParticipationView } from './participation.view';
import { Actor } from '#libs/contracts';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, CurrentActor } from '#libs/runtime';
import { DraftAccess, DraftsGuard, ReadsDraftsOf, ReadsNoDrafts } from '../access';

/** Who took part, by stakeholder, category and region: inclusiveness is a stated principle of the WSIS process. */
@ApiTags('reading')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class ParticipationController {
  constructor(
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(DraftAccess) private readonly drafts: DraftAccess,
  ) {}

  @Get('consultations/:id/participation')
  @ReadsDraftsOf('consultation')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    summary:
      'Participation in a consultation: contributions, amendments and their outcomes, reservations, per stakeholder, category and region.',
  })
  @ApiOkResponse({ type: ParticipationView })
  async ofConsultation(@Param('id', ParseUUIDPipe) id: string): Promise<ParticipationView> {
    return found(await this.queries.execute(new GetParticipation(id.toLowerCase())), `consultation ${id}`);
  }

  @Get('participation')
  @ReadsNoDrafts('counts only the consultations the actor may read')
  @ApiOperation({ summary: 'Participation across all consultations.' })
  @ApiOkResponse({ type: ParticipationView })
  async acrossConsultations(@CurrentActor() actor: Actor): Promise<ParticipationView> {
    return (await this.queries.execute(new GetParticipation(null, await this.drafts.hiddenConsultations(actor))))!;
  }
}
