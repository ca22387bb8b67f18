import { Body, Controller, Get, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { UN_LANGUAGES } from '#libs/contracts';
import { COMMAND_ROLES } from '#libs/domain';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, JSON_BODY_PROBLEMS, Roles, textProblem } from '#libs/runtime';
import {
  ImportWarning,
  LanguageCode,
  ResolutionDocument,
  alignLanguageVersion,
  fromInterchange,
  importResolution,
  languageNameIn,
  toInterchange,
} from '#libs/text';
import { DEFAULT_LOCALE, fromAcceptLanguage } from '#libs/web';
import { DraftsGuard, ReadsDraftsOf } from '../access';
import { ApiCommandProblems, DOCUMENT_REFUSALS } from '../commands/command-problems';
import { CommandContext, CommandRequest, CommandSender } from '../commands/command-sender';
import { CreatedView } from '../commands/created.view';
import { FieldError, invalidRequest } from '../http/invalid-request';
import { found } from '../http/pagination';
import { GetDocument } from '../documents';
import { importWarningViews } from '../views/import-warning.view';
import { alignmentFindingViews } from './alignment-findings';
import { LanguageVersionListView, LanguageVersionPreviewView, SideBySideApiView, TranslationTaskListView } from './language-api.view';
import { AddLanguageVersionDto, LanguageVersionTextDto, RecordTranslationDto } from './language.dtos';
import { GetSideBySide, ListLanguageVersions, ListTranslationTasks } from './language-queries';
import { Parsed, parseSideBySideQuery, parseTaskQuery } from './language-request';
import { interchangeProblem } from '../http/interchange-problem';

const MAX_TEXT_CHARACTERS = 500_000;
const SECTION_ID = /^[^\s\p{C}]{1,200}$/u;

function valueOf<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw invalidRequest(parsed.errors.map((e) => `${e.field}: ${e.message}`).join('; '), parsed.errors);
  return parsed.value;
}

interface TranslationRead {
  readonly translation: ResolutionDocument;
  readonly importWarnings: readonly ImportWarning[];
  /** What the printed labels of the plain text stood for, by provision id: a cue for the aligner. */
  readonly printedOrdinals?: Readonly<Record<string, number>>;
}

/**
 * The language version as sent, read as the original is laid out: plain text (or what
 * `POST /word-imports` read from a Word file) imported in the original's style with its
 * language detected from the words, or the interchange format.
 */
function translationOf(dto: LanguageVersionTextDto, original: ResolutionDocument, acceptLanguage?: string): TranslationRead {
  let read: TranslationRead;
  if (dto.format === 'interchange') {
    if (typeof dto.text !== 'object' || dto.text === null || Array.isArray(dto.text))
      throw invalidRequest('text: with format interchange, text is the document in the interchange format', [
        { field: 'text', message: 'the document in the interchange format' },
      ]);
    try {
      read = { translation: fromInterchange(dto.text), importWarnings: [] };
    } catch (error) {
      throw interchangeProblem('text', error, acceptLanguage);
    }
  } else {
    if (typeof dto.text !== 'string' || !dto.text.trim())
      throw invalidRequest('text: the whole translated text, as plain text', [{ field: 'text', message: 'the whole translated text' }]);
    if (dto.text.length > MAX_TEXT_CHARACTERS)
      throw invalidRequest(`text must be at most ${MAX_TEXT_CHARACTERS} characters`, [
        { field: 'text', message: `at most ${MAX_TEXT_CHARACTERS} characters` },
      ]);
    const imported = importResolution(dto.text, { style: original.style });
    read = {
      translation: fromInterchange(toInterchange(imported.document)),
      importWarnings: imported.warnings,
      printedOrdinals: imported.printedOrdinals,
    };
  }
  if (read.translation.language === original.language) {
    const name = languageNameIn('en', original.language);
    throw invalidRequest(`text: the text reads as ${name}, the original's language: a language version is in another UN language`, [
      { field: 'text', message: `reads as ${name}, the original's language` },
    ]);
  }
  return read;
}

/** Section headings as sent: each id a section id, each heading a clean text, normalised to NFC. */
function headingsOf(headings: Record<string, unknown> | undefined): Record<string, string> | undefined {
  if (headings === undefined) return undefined;
  const errors: FieldError[] = [];
  const clean: Record<string, string> = {};
  for (const [sectionId, heading] of Object.entries(headings)) {
    const field = `headings.${sectionId}`;
    if (!SECTION_ID.test(sectionId)) errors.push({ field, message: 'the key must be a section id' });
    else if (typeof heading !== 'string' || heading.trim() === '' || heading.length > 1000)
      errors.push({ field, message: 'a heading is a text of 1 to 1000 characters' });
    else {
      const problem = textProblem(heading);
      if (problem) errors.push({ field, message: problem });
      else clean[sectionId] = heading.normalize('NFC').trim();
    }
  }
  if (errors.length > 0) throw invalidRequest(errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  return clean;
}

/**
 * Language versions of a document (Arabic, Chinese, English, French, Russian, Spanish): the
 * original in the negotiating language holds the structure; each other version is aligned to
 * it provision by provision, and translators bring it into line after each change.
 */
@ApiTags('languages')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class LanguagesController {
  constructor(
    @Inject(CommandSender) private readonly commands: CommandSender,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post('documents/:id/language-versions/preview')
  @HttpCode(200)
  @Roles(...COMMAND_ROLES.AddLanguageVersion)
  @ReadsDraftsOf('document')
  @ApiProblemResponses(...JSON_BODY_PROBLEMS, 'validation', 'bad-request', 'forbidden', 'restricted', 'not-found')
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'The language of the findings and warnings: Arabic or English.' })
  @ApiOperation({
    operationId: 'LanguagesController_preview',
    summary:
      "How a translated text lines up with the original's working text, provision by provision (the secretariat or a translator): " +
      'what it lacks, what it has over, the pairs to look at, each cited as printed, and the import warnings. Records nothing.',
  })
  @ApiOkResponse({ type: LanguageVersionPreviewView })
  async preview(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Body() dto: LanguageVersionTextDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<LanguageVersionPreviewView> {
    const document = found(await this.queries.execute(new GetDocument(documentId)), `document ${documentId}`);
    const working = fromInterchange(document.working);
    const { translation, importWarnings, printedOrdinals } = translationOf(dto, working, acceptLanguage);
    const report = alignLanguageVersion(working, translation, { printedOrdinals });
    const locale = fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
    return {
      language: report.language,
      matched: report.matched,
      provisions: report.provisions,
      findings: alignmentFindingViews(report.findings, working, report.language, locale),
      importWarnings: importWarningViews(importWarnings, acceptLanguage),
    };
  }

  @Post('documents/:id/language-versions')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.AddLanguageVersion)
  @ApiCreatedResponse({ type: CreatedView, description: '`id` is the language of the version added.' })
  @ApiCommandProblems('bad-request', 'validation', ...DOCUMENT_REFUSALS)
  @ApiOperation({
    operationId: 'LanguagesController_add',
    summary:
      'Add a language version (the secretariat or a translator): the text is aligned to the original by structure and recorded by its provision ids. ' +
      'Refused while it does not line up, unless each doubtful pair is accepted in `acceptDoubtful` (see the preview); one version per language.',
  })
  async add(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Body() dto: AddLanguageVersionDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const document = found(await this.queries.execute(new GetDocument(documentId)), `document ${documentId}`);
    const { translation, importWarnings, printedOrdinals } = translationOf(
      dto,
      fromInterchange(document.working),
      context.request.header('accept-language'),
    );
    const outcome = await this.commands.send(context, {
      kind: 'AddLanguageVersion',
      documentId,
      translation,
      source: { format: dto.format ?? 'plain', importWarnings: importWarnings.length },
      ...(dto.acceptDoubtful ? { acceptDoubtful: dto.acceptDoubtful } : {}),
      ...(printedOrdinals ? { printedOrdinals } : {}),
    });
    context.response.location(`/api/v1/documents/${documentId}/language-versions`);
    return CreatedView.of(translation.language, outcome);
  }

  @Get('documents/:id/language-versions')
  @ReadsDraftsOf('document')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    operationId: 'LanguagesController_list',
    summary:
      'The language versions of the document, the original first, each with how many provisions are in step and how many await translation.',
  })
  @ApiOkResponse({ type: LanguageVersionListView })
  async list(@Param('id', ParseUUIDPipe) documentId: string): Promise<LanguageVersionListView> {
    return { items: found(await this.queries.execute(new ListLanguageVersions(documentId)), `document ${documentId}`) };
  }

  @Get('documents/:id/translation-tasks')
  @ReadsDraftsOf('document')
  @ApiQuery({ name: 'language', required: false, enum: UN_LANGUAGES })
  @ApiQuery({ name: 'status', required: false, enum: ['open', 'all'], description: 'Open tasks only (the default), or all.' })
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    operationId: 'LanguagesController_tasks',
    summary:
      "The translation tasks of the document: each provision the chair's decisions changed or added, cited as printed in both languages, " +
      "with the original's change marked, the version's words then, and what the translator recorded.",
  })
  @ApiOkResponse({ type: TranslationTaskListView })
  async tasks(@Param('id', ParseUUIDPipe) documentId: string, @Query() query: Record<string, unknown>): Promise<TranslationTaskListView> {
    const { language, status } = valueOf(parseTaskQuery(query));
    const items = await this.queries.execute(new ListTranslationTasks(documentId, language, status));
    return { items: found(items, `document ${documentId}`) as TranslationTaskListView['items'] };
  }

  @Post('documents/:id/translations')
  @HttpCode(201)
  @Roles(...COMMAND_ROLES.RecordTranslation)
  @ApiCreatedResponse({ type: CreatedView, description: '`id` is the language translated.' })
  @ApiCommandProblems('bad-request', 'validation', ...DOCUMENT_REFUSALS)
  @ApiOperation({
    operationId: 'LanguagesController_translate',
    summary:
      "Record a translator's wording of provisions in one language version (a translator): closes their open tasks; " +
      'when the last task of a language adopted provisionally closes, that adoption is recorded as aligned.',
  })
  async translate(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Body() dto: RecordTranslationDto,
    @CommandContext() context: CommandRequest,
  ): Promise<CreatedView> {
    const headings = headingsOf(dto.headings);
    const outcome = await this.commands.send(context, {
      kind: 'RecordTranslation',
      documentId,
      language: dto.language as LanguageCode,
      provisions: dto.provisions.map(({ provisionId, text }) => ({ provisionId, text })),
      ...(headings && Object.keys(headings).length > 0 ? { headings } : {}),
      ...(dto.title !== undefined ? { title: dto.title } : {}),
      ...(dto.adoptionLine !== undefined ? { adoptionLine: dto.adoptionLine } : {}),
    });
    return CreatedView.of(dto.language, outcome);
  }

  @Get('documents/:id/side-by-side')
  @ReadsDraftsOf('document')
  @ApiQuery({ name: 'left', required: true, enum: UN_LANGUAGES })
  @ApiQuery({ name: 'right', required: true, enum: UN_LANGUAGES })
  @ApiQuery({ name: 'version', required: false, description: '`working` (the default) or a version number.' })
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found')
  @ApiOperation({
    operationId: 'LanguagesController_sideBySide',
    summary:
      'Two language versions provision by provision, each labelled as printed in its own language, with the provisions awaiting translation marked.',
  })
  @ApiOkResponse({ type: SideBySideApiView })
  async sideBySide(@Param('id', ParseUUIDPipe) documentId: string, @Query() query: Record<string, unknown>): Promise<SideBySideApiView> {
    const { left, right, version } = valueOf(parseSideBySideQuery(query));
    const view = await this.queries.execute(new GetSideBySide(documentId, left, right, version));
    return found(
      view,
      `${languageNameIn('en', left)} and ${languageNameIn('en', right)} versions of document ${documentId} at version ${version}`,
    ) as SideBySideApiView;
  }
}
