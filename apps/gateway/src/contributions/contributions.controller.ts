import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ContributionCover } from '#libs/contracts';
import { ReviseContributionCommand, SubmitContributionCommand, SubmittedSubstance, WithdrawContributionCommand } from '#libs/domain';
import { fromInterchange, importResolution } from '#libs/text';
import { ProblemException, Roles, problem, textProblem } from '#libs/runtime';
import { CommandContext, CommandRequest, CommandSender } from '../command-sender';
import { CreatedView } from '../created.view';
import { operationFrom } from '../documents/documents.controller';
import { ContributionCoverDto, SubmitContributionDto, WithdrawContributionDto } from './contribution.dtos';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_AMENDMENTS = 500;

function invalid(detail: string): ProblemException {
  return new ProblemException(problem(400, 'validation', 'Invalid request', detail));
}

function coverOf(dto: ContributionCoverDto, actorId: string): ContributionCover {
  return {
    symbol: dto.symbol,
    date: dto.date,
    agendaItem: dto.agendaItem,
    originalLanguage: dto.originalLanguage,
    submitters: dto.submitters ?? [actorId],
    onBehalfOf: dto.onBehalfOf,
    coSponsors: dto.coSponsors ?? [],
    title: dto.title,
    purpose: dto.purpose,
    actionRequested: dto.actionRequested,
    references: dto.references,
  };
}

/** Reads the substance of a contribution: amendments, a draft new text, or a report. */
function substanceOf(json: Record<string, unknown>, context: CommandRequest): SubmittedSubstance {
  switch (json.kind) {
    case 'amendments': {
      const amendments = json.amendments;
      if (typeof json.documentId !== 'string' || !UUID.test(json.documentId)) throw invalid('substance.documentId must be a document id');
      if (!Number.isInteger(json.versionNumber) || (json.versionNumber as number) < 1) throw invalid('substance.versionNumber must be a version number');
      if (!Array.isArray(amendments) || amendments.length === 0 || amendments.length > MAX_AMENDMENTS) {
        throw invalid(`substance.amendments must list 1 to ${MAX_AMENDMENTS} amendments`);
      }
      return {
        kind: 'amendments',
        documentId: json.documentId,
        versionNumber: json.versionNumber as number,
        amendments: amendments.map((item: { operation?: unknown; explanation?: unknown }, i) => {
          const explanation = item?.explanation;
          if (explanation !== undefined && (typeof explanation !== 'string' || textProblem(explanation))) throw invalid(`substance.amendments[${i}].explanation must be a clean text`);
          return {
            amendmentId: context.newId(`amendment-${i}`),
            operation: operationFrom(item?.operation, `substance.amendments[${i}].operation`, context),
            ...(explanation ? { explanation: (explanation as string).normalize('NFC') } : {}),
          };
        }),
      };
    }
    case 'draft': {
      if (typeof json.symbol !== 'string' || typeof json.versionLabel !== 'string') throw invalid('substance.symbol and substance.versionLabel are required for a draft');
      let text;
      try {
        text = typeof json.source === 'string' ? importResolution(json.source, { language: json.language as never }).document : fromInterchange(json.document);
      } catch (error) {
        throw invalid(`substance.document: ${error instanceof Error ? error.message : String(error)}`);
      }
      return { kind: 'draft', documentId: context.newId('document'), symbol: json.symbol, versionLabel: json.versionLabel, text };
    }
    case 'report':
      if (typeof json.text !== 'string' || json.text.trim() === '' || textProblem(json.text)) throw invalid('substance.text must be a clean text');
      return { kind: 'report', text: json.text.normalize('NFC') };
    default:
      throw invalid('substance.kind must be amendments, draft or report');
  }
}

@ApiTags('contributions')
@ApiBearerAuth()
@Controller('api/v1/contributions')
export class ContributionsController {
  constructor(@Inject(CommandSender) private readonly commands: CommandSender) {}

  @Post()
  @HttpCode(201)
  @Roles('stakeholder')
  @ApiOperation({ summary: 'Submit a contribution while the consultation is open for contributions; its amendments are proposed, its draft registered, in the same transaction.' })
  @ApiCreatedResponse({ type: CreatedView })
  async submit(
    @Body() dto: SubmitContributionDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const contributionId = context.newId('contribution');
    const outcome = await this.commands.send<SubmitContributionCommand>(
      context,
      'SubmitContribution',
      { contributionId, consultationId: dto.consultationId, cover: coverOf(dto, context.actor.id), substance: substanceOf(dto.substance, context) },
      `/api/v1/contributions/${contributionId}`,
    );
    return CreatedView.of(contributionId, outcome);
  }

  @Post(':id/revisions')
  @HttpCode(201)
  @Roles('stakeholder')
  @ApiOperation({ summary: 'Revise a contribution (Rev.1, Rev.2 ...); earlier revisions stay in the record.' })
  async revise(
    @Param('id', ParseUUIDPipe) contributionId: string,
    @Body() dto: ContributionCoverDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const outcome = await this.commands.send<ReviseContributionCommand>(context, 'ReviseContribution', {
      contributionId,
      cover: coverOf(dto, context.actor.id),
      substance: substanceOf(dto.substance, context),
    });
    return CreatedView.of(contributionId, outcome);
  }

  @Post(':id/withdrawal')
  @HttpCode(201)
  @Roles('stakeholder')
  @ApiOperation({ summary: 'Withdraw a contribution (its submitters only); its pending amendments are withdrawn with it.' })
  async withdraw(
    @Param('id', ParseUUIDPipe) contributionId: string,
    @Body() dto: WithdrawContributionDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const outcome = await this.commands.send<WithdrawContributionCommand>(context, 'WithdrawContribution', { contributionId, reason: dto.reason });
    return CreatedView.of(contributionId, outcome);
  }
}
