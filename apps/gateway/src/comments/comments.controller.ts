import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { COMMAND_ROLES } from '#libs/domain';
import {
  AUTHENTICATION_PROBLEMS,
  ApiProblemResponses,
  AuthenticatedActor,
  CurrentActor,
  ProblemException,
  Roles,
  problem,
} from '#libs/runtime';
import { DraftsGuard, ReadsDraftsOf } from '../access';
import { ApiCommandProblems } from '../commands/command-problems';
import { CommandContext, CommandRequest, CommandSender } from '../commands/command-sender';
import { CreatedView } from '../commands/created.view';
import { found } from '../http/pagination';
import { CommentThreadView, HideCommentDto, PostCommentDto } from './comment.dtos';
import { threadOf } from './comment-queries';

const SUBJECT_ID = /^[A-Za-z0-9._:-]{1,100}$/;

function invalid(field: string, message: string): ProblemException {
  return new ProblemException(problem(400, 'validation', 'Invalid request', `${field} ${message}`, { errors: [{ field, message }] }));
}

/**
 * The comment threads of a document's amendments and provisions: participants comment, the
 * secretariat hides a comment with a reason that readers see in its place.
 */
@ApiTags('comments')
@ApiBearerAuth()
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class CommentsController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Post('documents/:id/comments')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.PostComment)
  @ApiCommandProblems('bad-request', 'not-found', 'already-exists', 'invalid')
  @ApiOperation({ summary: 'Comment in the thread of an amendment or of a provision of a document.' })
  @ApiCreatedResponse({ type: CreatedView })
  async post(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Body() dto: PostCommentDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const commentId = dto.commentId ?? context.newId('comment');
    const outcome = await this.commands.send(context, {
      kind: 'PostComment',
      commentId,
      documentId,
      subject:
        dto.on === 'amendment' ? { kind: 'amendment', amendmentId: dto.subjectId } : { kind: 'provision', provisionId: dto.subjectId },
      authorId: dto.authorId,
      text: dto.text,
      language: dto.language,
      ...(dto.replyTo ? { replyTo: dto.replyTo } : {}),
    });
    return CreatedView.of(commentId, outcome);
  }

  @Post('comments/:commentId/hiding')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.HideComment)
  @ApiCommandProblems('bad-request', 'not-found', 'conflict', 'invalid')
  @ApiOperation({ summary: 'Hide a comment (the secretariat), with the reason readers see in its place.' })
  @ApiCreatedResponse({ type: CreatedView })
  async hide(
    @Param('commentId', ParseUUIDPipe) commentId: string,
    @Body() dto: HideCommentDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const outcome = await this.commands.send(context, { kind: 'HideComment', commentId, reason: dto.reason });
    return CreatedView.of(commentId, outcome);
  }

  @Get('documents/:id/comments')
  @ReadsDraftsOf('document')
  @ApiProblemResponses(...AUTHENTICATION_PROBLEMS, 'validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({ summary: 'The thread of an amendment or a provision, in the order posted; hidden comments carry the reason.' })
  @ApiQuery({ name: 'on', enum: ['amendment', 'provision'] })
  @ApiQuery({ name: 'subjectId', description: 'The amendment or provision.' })
  @ApiOkResponse({ type: CommentThreadView })
  async thread(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id', ParseUUIDPipe) documentId: string,
    @Query('on') on?: string,
    @Query('subjectId') subjectId?: string,
  ): Promise<CommentThreadView> {
    if (on !== 'amendment' && on !== 'provision') throw invalid('on', 'must be amendment or provision');
    if (!subjectId || !SUBJECT_ID.test(subjectId)) throw invalid('subjectId', 'must be an amendment or provision id');
    const [document] = await this.dataSource.query('SELECT 1 FROM documents WHERE id = $1', [documentId]);
    found(document, `document ${documentId}`);
    const items = await threadOf(this.dataSource, documentId, { on, subjectId }, { moderator: actor.roles.includes('secretariat') });
    return { on, subjectId, items };
  }
}
