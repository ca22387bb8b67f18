import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COMMAND_ROLES } from '#libs/domain';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, Roles } from '#libs/runtime';
import { ApiCommandProblems } from '../commands/command-problems';
import { CommandContext, CommandRequest, CommandSender } from '../commands/command-sender';
import { CreatedView } from '../commands/created.view';
import { DraftsGuard, ReadsDraftsOf } from '../access';
import { found } from '../http/pagination';
import { invalidRequest } from '../http/invalid-request';
import { ListMeetings } from './list-meetings';
import { MEETING_ID, RecordReadingDto, RegisterMeetingDto } from './meeting.dtos';
import { MeetingListView } from './meeting.view';

/** The meetings of a consultation (informal consultations, plenaries ...) and the provisions read at each. */
@ApiTags('meetings')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1/consultations')
@UseGuards(DraftsGuard)
export class MeetingsController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post(':id/meetings')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.RegisterMeeting)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', 'not-found', 'already-exists', 'invalid')
  @ApiOperation({
    operationId: 'MeetingsController_register',
    summary:
      'Register a meeting of the consultation (secretariat or a chair of it): its kind, number among its kind, name as displayed, date, place and session. Decisions and statuses then cite it by id.',
  })
  async register(
    @Param('id', ParseUUIDPipe) consultationId: string,
    @Body() dto: RegisterMeetingDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const meetingId = dto.meetingId ?? context.newId('meeting');
    const outcome = await this.commands.send(context, {
      kind: 'RegisterMeeting',
      consultationId,
      meeting: {
        meetingId,
        kind: dto.kind,
        name: dto.name,
        date: dto.date,
        ...(dto.number !== undefined ? { number: dto.number } : {}),
        ...(dto.place ? { place: dto.place } : {}),
        ...(dto.session ? { session: dto.session } : {}),
      },
    });
    return CreatedView.of(meetingId, outcome);
  }

  @Post(':id/meetings/:meetingId/readings')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.RecordProvisionsRead)
  @ApiCreatedResponse({ type: CreatedView })
  @ApiCommandProblems('bad-request', 'not-found', 'invalid')
  @ApiOperation({
    operationId: 'MeetingsController_recordReading',
    summary: 'Record the provisions of a document read at a registered meeting (secretariat or a chair), on its latest version.',
  })
  async recordReading(
    @Param('id', ParseUUIDPipe) consultationId: string,
    @Param('meetingId') meetingId: string,
    @Body() dto: RecordReadingDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    if (!MEETING_ID.test(meetingId))
      throw invalidRequest('meetingId is not a meeting id', [{ field: 'meetingId', message: 'must be a meeting id' }]);
    const outcome = await this.commands.send(context, {
      kind: 'RecordProvisionsRead',
      consultationId,
      meetingId,
      documentId: dto.documentId,
      provisionIds: dto.provisionIds,
    });
    return CreatedView.of(meetingId, outcome);
  }

  @Get(':id/meetings')
  @ReadsDraftsOf('consultation')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({ operationId: 'MeetingsController_list', summary: 'The meetings of a consultation, with the provisions read at each.' })
  @ApiOkResponse({ type: MeetingListView })
  async list(@Param('id', ParseUUIDPipe) consultationId: string): Promise<MeetingListView> {
    return found(await this.queries.execute(new ListMeetings(consultationId)), `consultation ${consultationId}`);
  }
}
