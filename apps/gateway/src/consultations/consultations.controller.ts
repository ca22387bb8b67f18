import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { ProblemException, problem, refusalProblem } from '#libs/runtime';
import { CommandGateway } from '../command-gateway';
import { correlationId, currentActor } from '../request-context';
import { CommandAccepted, ConsultationPage, ConsultationView } from './consultation.view';
import { GetConsultation, ListConsultations, decodeCursor } from './consultation-queries';
import { RegisterConsultationDto } from './register-consultation.dto';

const MAX_PAGE_SIZE = 100;

@ApiTags('consultations')
@Controller('api/v1/consultations')
export class ConsultationsController {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a consultation. The read model shows it once the projector reaches the returned position.' })
  @ApiCreatedResponse({ type: CommandAccepted })
  async register(
    @Body() dto: RegisterConsultationDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const id = randomUUID();
    const outcome = await this.commands.send({
      type: 'RegisterConsultation',
      payload: { consultationId: id, title: dto.title, body: dto.body, subject: dto.subject, originalLanguage: dto.originalLanguage },
      actor: currentActor(),
      correlationId: correlationId(request, response),
      requestedAt: new Date().toISOString(),
    });
    if (!outcome.ok) throw new ProblemException(refusalProblem(outcome.refusal.code, outcome.refusal.message));
    response.location(`/api/v1/consultations/${id}`);
    response.setHeader('ETag', `"${outcome.streamVersion}"`);
    return { id, streamVersion: outcome.streamVersion, position: outcome.position };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One consultation, as the read model holds it.' })
  @ApiOkResponse({ type: ConsultationView })
  async get(@Param('id', new ParseUUIDPipe({ version: undefined })) id: string): Promise<ConsultationView> {
    const row = await this.queries.execute(new GetConsultation(id));
    if (!row) throw new ProblemException(problem(404, 'not-found', 'Not found', `No consultation ${id} (yet: a new one appears once projected).`));
    return ConsultationView.of(row);
  }

  @Get()
  @ApiOperation({ summary: 'Consultations, newest first.' })
  @ApiQuery({ name: 'limit', required: false, example: 20 })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ type: ConsultationPage })
  async list(@Query('limit') limitParam?: string, @Query('cursor') cursorParam?: string): Promise<ConsultationPage> {
    const limit = limitParam === undefined ? 20 : Number(limitParam);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new ProblemException(problem(400, 'validation', 'Invalid request', `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`));
    }
    const cursor = cursorParam === undefined ? undefined : decodeCursor(cursorParam);
    if (cursorParam !== undefined && !cursor) {
      throw new ProblemException(problem(400, 'validation', 'Invalid request', 'cursor is not one this service issued'));
    }
    const page = await this.queries.execute(new ListConsultations(limit, cursor));
    return { items: page.items.map(ConsultationView.of), next: page.next };
  }
}
