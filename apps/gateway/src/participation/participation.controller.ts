import { Controller, Get, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { found } from '../reads/pagination';
import { GetParticipation } from './get-participation';
import { ParticipationView } from './participation.views';

/** Who took part, by stakeholder, category and region: inclusiveness is a stated principle of the WSIS process. */
@ApiTags('reading')
@ApiBearerAuth()
@Controller('api/v1')
export class ParticipationController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get('consultations/:id/participation')
  @ApiOperation({
    summary: 'Participation in a consultation: contributions, amendments and their outcomes, reservations, per stakeholder, category and region.',
  })
  @ApiOkResponse({ type: ParticipationView })
  async ofConsultation(@Param('id', ParseUUIDPipe) id: string): Promise<ParticipationView> {
    return found(await this.queries.execute(new GetParticipation(id.toLowerCase())), `consultation ${id}`);
  }

  @Get('participation')
  @ApiOperation({ summary: 'Participation across all consultations.' })
  @ApiOkResponse({ type: ParticipationView })
  async acrossConsultations(): Promise<ParticipationView> {
    return (await this.queries.execute(new GetParticipation(null)))!;
  }
}
