import { Controller, Get, Headers, Inject, Param, ParseUUIDPipe, Query, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { attachmentDisposition, languageEdition } from '#libs/documents';
import { LanguageCode, diffDocuments, languageNameIn } from '#libs/text';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, ProblemException, problem } from '#libs/runtime';
import { DocumentTextAt, GetDocumentText } from './get-document-text';
import { GetMarkedText, MarkedComparison } from './get-marked-text';
import { LanguageTextAt, LanguageTextJsonView, renderLanguageText, settledTranslations } from './language-text';
import { GetRevisionAuthorship } from './get-revision-authorship';
import { GetDocumentSymbol } from './get-document-symbol';
import { languageWordFile, markedWordFile, textWordFile } from './word-files';
import { TextAnswer } from './text-answer';
import {
  FieldError,
  LANGUAGE_CODES,
  MARKED_FORMATS,
  Parsed,
  TEXT_FORMATS,
  TextFormat,
  TextMoment,
  chooseTextFormat,
  mediaTypeOf,
  parseMarkedQuery,
  parseTextQuery,
} from './text-request';
import { DocumentTextView, MarkedTextView, Rendered, renderDocumentText, renderMarkedComparison } from './text.view';
import { DraftsGuard, ReadsDraftsOf } from '../access';
import { wordDownload } from '../http/word-download';
import { protectRenderedHtml } from '../access/html-policy';
import { GetAkomaNtosoContext, akomaNtosoOfText } from '../akoma-ntoso';
import { PdfPrinter } from '../pdf';
import { GetLanguageText } from '../languages/language-queries';

const FORMAT_QUERY = {
  name: 'format',
  required: false,
  enum: MARKED_FORMATS,
  description:
    'The representation, in place of the Accept header: json (the default), text (text/plain), html (a page with the lang and dir of the document), ' +
    "docx (Word, in the body's layout) or pdf (the page printed by a headless Chromium; 503 pdf-unavailable where the server has none).",
} as const;

const LANGUAGE_QUERY = {
  name: 'language',
  required: false,
  enum: LANGUAGE_CODES,
  description:
    "A language version of the document (the original's language gives the original). Provisions awaiting translation are printed in the original's words " +
    'followed by a note in the version\'s language ("[English only – awaiting translation]"); 404 when the document has no version in that language.',
} as const;

const TEXT_FORMAT_QUERY = {
  ...FORMAT_QUERY,
  enum: TEXT_FORMATS,
  description: `${FORMAT_QUERY.description.slice(0, -1)}; akn: the Akoma Ntoso 1.0 file (application/akn+xml).`,
} as const;

function invalid(errors: readonly FieldError[]): ProblemException {
  return new ProblemException(
    problem(400, 'validation', 'Invalid request', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors }),
  );
}

function parsed<T>(result: Parsed<T>): T {
  if (!result.ok) throw invalid(result.errors);
  return result.value;
}

function formatOf(format: string | undefined, accept: string | undefined, offered: readonly TextFormat[]): TextFormat {
  const chosen = chooseTextFormat(format, accept, offered);
  if (chosen.ok) return chosen.value;
  if (chosen.status === 400) throw invalid([{ field: 'format', message: chosen.detail }]);
  throw new ProblemException(
    problem(406, 'not-acceptable', 'Not acceptable', `The Accept header allows none of the representations: ${chosen.detail}.`),
  );
}

function badRequest(field: string, message: string): ProblemException {
  return invalid([{ field, message }]);
}

function noLanguageVersion(documentId: string, language: LanguageCode, versionNumber?: number): ProblemException {
  const which = versionNumber === undefined ? '' : ` of version ${versionNumber}`;
  return new ProblemException(
    problem(
      404,
      'not-found',
      'Not found',
      `Document ${documentId} has no ${languageNameIn('en', language)} text${which} (language version ${language}).`,
    ),
  );
}

function value<T>(answer: TextAnswer<T>): T {
  if (answer.ok) return answer.value;
  if (answer.status === 400) throw new ProblemException(problem(400, 'validation', 'Invalid request', answer.detail));
  throw new ProblemException(problem(404, 'not-found', 'Not found', answer.detail));
}

/** Sets the headers of a representation (printing it first when PDF was asked for); the answer varies with Accept, and names the language of the text. */
async function send(response: Response, rendered: Rendered, printer: PdfPrinter): Promise<string | object | StreamableFile> {
  response.setHeader('Vary', 'Accept');
  response.setHeader('Content-Language', rendered.language);
  if (rendered.print) {
    const pdf = await printer.print({ html: rendered.body as string, language: rendered.language });
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: attachmentDisposition(rendered.filename ?? 'document.pdf', 'inline'),
      length: pdf.length,
    });
  }
  if (rendered.contentType) response.setHeader('Content-Type', rendered.contentType);
  if (rendered.filename) response.setHeader('Content-Disposition', attachmentDisposition(rendered.filename));
  if (rendered.contentType?.startsWith('text/html')) protectRenderedHtml(response);
  return rendered.body;
}

/** The texts of a document: clean at any moment of its history ("as of"), and marked between two of them. */
@ApiTags('texts')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1')
@UseGuards(DraftsGuard)
export class TextsController {
  constructor(
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(PdfPrinter) private readonly printer: PdfPrinter,
  ) {}

  @Get('documents/:id/text')
  @ReadsDraftsOf('document')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found', 'not-acceptable', 'pdf-unavailable')
  @ApiOperation({
    summary: 'The text of a document: the working text now, a version, or as it stood at a global position or a time.',
    description:
      'Without version, asOf or position (at most one of them): the working text now, the latest version with every decision since applied. ' +
      'As of a position or a time: the text after the last change recorded at or before it; 404 before the document was registered. ' +
      'JSON (the interchange format with where the text stands in the record) by default; clean text with Accept: text/plain or format=text; an HTML page with Accept: text/html or format=html; ' +
      'that page as PDF with Accept: application/pdf or format=pdf; ' +
      'the Akoma Ntoso 1.0 file (a statement with its FRBR identifiers, lifecycle and the decisions up to that moment) with Accept: application/akn+xml or format=akn.',
  })
  @ApiQuery({
    name: 'version',
    required: false,
    description: 'A version number: 1 is the registered base text, each adoption makes the next.',
    example: 1,
  })
  @ApiQuery({ name: 'asOf', required: false, description: 'An ISO 8601 date-time with its time zone.', example: '2026-04-10T17:00:00Z' })
  @ApiQuery({ name: 'position', required: false, description: 'A global position of the log, as commands answer it.', example: 42 })
  @ApiQuery({ ...LANGUAGE_QUERY, description: `${LANGUAGE_QUERY.description} Not with asOf or position (400), except for the original.` })
  @ApiQuery(TEXT_FORMAT_QUERY)
  @ApiProduces(...TEXT_FORMATS.map(mediaTypeOf))
  @ApiOkResponse({ type: DocumentTextView, description: 'With a language other than the original: LanguageTextJsonView.' })
  @ApiResponse({
    status: 400,
    description:
      'More than one of version, asOf and position, language with asOf or position, an unparsable value or an unknown parameter.',
  })
  @ApiResponse({
    status: 404,
    description:
      'No such document, version or language version, a moment before the document was registered, or a position not projected yet.',
  })
  @ApiResponse({ status: 406, description: 'The Accept header allows none of JSON, plain text, HTML, Word, PDF and Akoma Ntoso.' })
  @ApiResponse({ status: 503, description: 'PDF was asked for and this server has no Chromium to print it with.' })
  async text(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Query() query: Record<string, unknown>,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DocumentTextView | LanguageTextJsonView | string | object | StreamableFile> {
    const { moment, format, language } = parsed(parseTextQuery(query));
    const representation = formatOf(format, accept, TEXT_FORMATS);
    if (representation === 'pdf') this.printer.assertAvailable();
    const at = value(await this.queries.execute(new GetDocumentText(documentId, moment)));
    if (language !== undefined && language !== at.document.language)
      return this.languageText(documentId, at, moment, language, representation, response);
    if (representation === 'akn') {
      const context = await this.queries.execute(new GetAkomaNtosoContext(documentId, at));
      if (!context) throw new ProblemException(problem(404, 'not-found', 'Not found', `No document ${documentId}.`));
      return send(response, akomaNtosoOfText(at.document, context), this.printer);
    }
    if (representation === 'docx') {
      const file = await textWordFile(at, (await this.queries.execute(new GetDocumentSymbol(documentId))) ?? at.versionLabel);
      return wordDownload(response, file.bytes, file.fileName, file.language);
    }
    return send(response, renderDocumentText(at, representation), this.printer);
  }

  /** The text in a language version: the query's composed text over the original's at the same version. */
  private async languageText(
    documentId: string,
    at: DocumentTextAt,
    moment: TextMoment,
    language: LanguageCode,
    representation: TextFormat,
    response: Response,
  ): Promise<LanguageTextJsonView | string | object | StreamableFile> {
    if (moment.kind === 'position' || moment.kind === 'time') {
      throw badRequest(
        'language',
        `the language versions are read as the working text or as a version, not as of a moment: give version or nothing with language=${language}`,
      );
    }
    const version = moment.kind === 'version' ? moment.versionNumber : 'working';
    const view = await this.queries.execute(new GetLanguageText(documentId, language, version));
    if (!view) throw noLanguageVersion(documentId, language);
    const text: LanguageTextAt = {
      view,
      edition: languageEdition(view.document, at.document, view.awaiting, {
        title: view.untranslatedTitle,
        adoptionLine: view.untranslatedAdoptionLine,
      }),
    };
    if (representation === 'akn') {
      const context = await this.queries.execute(new GetAkomaNtosoContext(documentId, at));
      if (!context) throw new ProblemException(problem(404, 'not-found', 'Not found', `No document ${documentId}.`));
      const translation = { originalLanguage: at.document.language, originalTitle: at.document.title, awaiting: text.edition.awaiting };
      return send(response, akomaNtosoOfText(text.edition.document, context, translation), this.printer);
    }
    if (representation === 'docx') {
      const file = await languageWordFile(text, (await this.queries.execute(new GetDocumentSymbol(documentId))) ?? view.versionLabel);
      return wordDownload(response, file.bytes, file.fileName, file.language);
    }
    return send(response, renderLanguageText(text, representation), this.printer);
  }

  /** The marked text between two texts of a language version: both composed by the query, awaited provisions in the original's words. */
  private async languageComparison(comparison: MarkedComparison, language: LanguageCode): Promise<MarkedComparison> {
    if (comparison.to.kind === 'pending')
      throw badRequest(
        'to',
        `to=pending is the original's text with every undecided amendment accepted: it has no ${languageNameIn('en', language)} text`,
      );
    const { documentId, from, to } = comparison;
    const [before, after] = await Promise.all([
      this.queries.execute(new GetLanguageText(documentId, language, from.versionNumber)),
      this.queries.execute(new GetLanguageText(documentId, language, to.kind === 'version' ? to.versionNumber : 'working')),
    ]);
    if (!after) throw noLanguageVersion(documentId, language, to.kind === 'version' ? to.versionNumber : undefined);
    if (!before) throw noLanguageVersion(documentId, language, from.versionNumber);
    const settled = settledTranslations(before, after, { before: comparison.before, after: comparison.after });
    const beforeText = languageEdition(
      settled,
      comparison.before,
      before.awaiting.filter((id) => after.awaiting.includes(id)),
    ).document;
    const afterText = languageEdition(after.document, comparison.after, after.awaiting).document;
    return { ...comparison, before: beforeText, after: afterText, diff: diffDocuments(beforeText, afterText) };
  }

  @Get('documents/:id/marked')
  @ReadsDraftsOf('document')
  @ApiProblemResponses('validation', 'bad-request', 'restricted', 'not-found', 'not-acceptable', 'pdf-unavailable')
  @ApiOperation({
    summary: 'The marked text: one text of a document against another, word by word, as secretariats publish revisions.',
    description:
      'from is a version; to is a version, working (the working text now) or pending (the working text with every undecided amendment accepted in order of proposal; ' +
      'those that no longer apply or conflict with an earlier one are left out and listed in notApplied). ' +
      'Defaults: to is the latest version (the working text while the base text is the only version); from is the version before to, or the latest version when to is working or pending. ' +
      'JSON { from, to, summary, marked } by default; the plain marked text with Accept: text/plain or format=text; an HTML page with <ins> and <del> with Accept: text/html or format=html; that page as PDF with Accept: application/pdf or format=pdf.',
  })
  @ApiQuery({ name: 'from', required: false, description: 'A version number.', example: 1 })
  @ApiQuery({ name: 'to', required: false, description: 'A version number, working or pending.', example: 'working' })
  @ApiQuery({
    name: 'marks',
    required: false,
    enum: ['tracked', 'printed'],
    description:
      "Word only: Word's tracked changes (the default; Accept All gives the later text), or added words underlined and struck words struck through with MOD / ADD / SUP, as the body prints them.",
  })
  @ApiQuery({ ...LANGUAGE_QUERY, description: `${LANGUAGE_QUERY.description} Not with to=pending (400), except for the original.` })
  @ApiQuery(FORMAT_QUERY)
  @ApiProduces(...MARKED_FORMATS.map(mediaTypeOf))
  @ApiOkResponse({ type: MarkedTextView })
  @ApiResponse({
    status: 400,
    description: 'An unparsable from or to, an unknown parameter, version 1 without a version before it, or language with to=pending.',
  })
  @ApiResponse({ status: 404, description: 'No such document, version or language version (or none at the version in from).' })
  @ApiResponse({ status: 406, description: 'The Accept header allows none of JSON, plain text, HTML, Word and PDF.' })
  @ApiResponse({ status: 503, description: 'PDF was asked for and this server has no Chromium to print it with.' })
  async marked(
    @Param('id', ParseUUIDPipe) documentId: string,
    @Query() query: Record<string, unknown>,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MarkedTextView | string | object | StreamableFile> {
    const { range, format, marks, language } = parsed(parseMarkedQuery(query));
    const representation = formatOf(format, accept, MARKED_FORMATS);
    if (representation === 'pdf') this.printer.assertAvailable();
    const ofOriginal = value(await this.queries.execute(new GetMarkedText(documentId, range)));
    const comparison =
      language !== undefined && language !== ofOriginal.after.language ? await this.languageComparison(ofOriginal, language) : ofOriginal;
    if (representation === 'docx') {
      const symbol = (await this.queries.execute(new GetDocumentSymbol(documentId))) ?? comparison.to.versionLabel;
      const form = marks ?? 'tracked';
      const authorship = form === 'tracked' ? await this.queries.execute(new GetRevisionAuthorship(comparison)) : new Map();
      const file = await markedWordFile(comparison, symbol, form, authorship);
      return wordDownload(response, file.bytes, file.fileName, file.language);
    }
    return send(response, renderMarkedComparison(comparison, representation), this.printer);
  }
}
