import { randomBytes } from 'node:crypto';
import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { UploadRefused } from '#libs/documents';
import type { AppConfig } from '#libs/platform';
import { APP_CONFIG } from '#libs/runtime';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { UN_LANGUAGES, UnLanguage } from '#libs/contracts';
import { AuthenticatedActor, textProblem } from '#libs/runtime';
import { renderCleanText } from '#libs/text';
import {
  DerivedProposalModel,
  DocumentHeader,
  EditedTextForm,
  MessageKey,
  Notice,
  PageContext,
  StakeholderModel,
  derivedAmendmentPreviews,
  editedTextPage,
  oneLine,
  previewOperation,
} from '#libs/web';
import { CurrentVersion, DerivedProposal, currentVersionOf, deriveProposal } from '../derived-proposals/derive-proposal';
import { deriveWordProposal } from '../derived-proposals/word-proposal';
import { reasonKeyOf, reasonsFromForm } from '../derived-proposals/reason-key';
import { multipartUploadOf } from './multipart-upload';
import { MAX_SOURCE_CHARACTERS, editedSource } from './edited-source';
import { FormBody } from './form-bodies';
import { WebAccess } from './web-access';
import { WebCommands } from './web-commands';
import { forbidden, notFound } from './web-errors';
import { WebPageFilter } from './web-page.filter';
import { field, fields, idParameter, redirectAfter, refusalNotice, sendPage } from './web-pages';
import { WebReads } from './web-reads';
import { WebSession, formOf } from './web-session';

const KEY = /^[A-Za-z0-9._:-]{8,128}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function newKey(): string {
  return randomBytes(16).toString('hex');
}

/**
 * Proposing by editing the whole text: the page shows the current version's clean text in a
 * text area; each post derives, as `POST /api/v1/documents/{id}/derived-proposal` does, the
 * amendments the edited text proposes, and previews them or submits them as a contribution.
 * The form carries the whole text and the cover, so nothing is kept on the server.
 */
@ApiExcludeController()
@Controller('web/documents/:id/derived-proposal')
@UseFilters(WebPageFilter)
export class WebDerivedProposalController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(WebCommands) private readonly commands: WebCommands,
    @Inject(WebAccess) private readonly access: WebAccess,
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async start(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    await this.access.mayRead(request, actor!, 'document', idParameter(id));
    const setting = await this.setting(idParameter(id), actor!);
    // The clean text, as the derivation imports it back: unedited, it proposes nothing.
    const form: EditedTextForm = {
      key: newKey(),
      source: renderCleanText(setting.version.text),
      symbol: '',
      date: new Date().toISOString().slice(0, 10),
      title: ctx.t('derived.defaultTitle', { symbol: setting.header.document.symbol }),
      purpose: '',
      submitter: actor!.id,
      reasons: {},
    };
    this.render(ctx, response, setting, form);
  }

  @Post()
  async step(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const posted = formOf(request);
    this.session.checkForm(request, posted);
    await this.access.mayRead(request, actor!, 'document', idParameter(id));
    const setting = await this.setting(idParameter(id), actor!);
    const form = formFrom(posted, actor!);
    const edited = editedSource(form.source);
    if ('problem' in edited) {
      const text =
        edited.problem === 'empty'
          ? ctx.t('derived.emptyText')
          : edited.problem === 'too-long'
            ? ctx.t('derived.tooLong', { max: MAX_SOURCE_CHARACTERS })
            : ctx.t('form.invalid', { field: ctx.t('derived.text'), problem: edited.problem });
      this.render(ctx, response, setting, form, undefined, [{ kind: 'error', text }], 400);
      return;
    }
    const derived = deriveProposal(setting.version.text, { source: edited.source });
    if (field(posted, 'intent') === 'submit') {
      const refusals = await this.submit(ctx, request, response, actor!, setting, form, derived);
      if (refusals.length === 0) return;
      this.render(ctx, response, setting, form, derived, refusals, 400);
      return;
    }
    this.render(ctx, response, setting, form, derived);
  }

  /**
   * A contribution written in Word (multipart/form-data, read by multipartUploadMiddleware): read
   * as the API reads it, the text it proposes put in the text area and previewed as an edited text
   * is, with the paragraphs that gave no amendment; submitting is the edited text's confirm step.
   */
  @Post('docx')
  async upload(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const read = multipartUploadOf(request);
    const fields = read === undefined ? {} : read.ok ? read.upload.fields : read.fields;
    this.session.checkForm(request, fields);
    await this.access.mayRead(request, actor!, 'document', idParameter(id));
    const setting = await this.setting(idParameter(id), actor!);
    const form: EditedTextForm = {
      ...formFrom(fields, actor!),
      source: renderCleanText(setting.version.text),
      date: new Date().toISOString().slice(0, 10),
      title: ctx.t('derived.defaultTitle', { symbol: setting.header.document.symbol }),
    };
    const refuse = (code: string) =>
      this.render(ctx, response, setting, form, undefined, [{ kind: 'error', text: ctx.t(uploadRefusalKey(code)) }], 400);
    if (!read || !read.ok) return refuse(read?.refusal ?? 'malformed-form');
    if (!read.upload.file || read.upload.file.bytes.length === 0) return refuse('no-file');
    let word: ReturnType<typeof deriveWordProposal>;
    try {
      word = deriveWordProposal(setting.version.text, read.upload.file.bytes, this.config.uploads);
    } catch (error) {
      if (error instanceof UploadRefused) return refuse(error.code);
      throw error;
    }
    const source = renderCleanText(word.proposed);
    const derived = deriveProposal(setting.version.text, { source });
    // The Word file's "Reasons" paragraphs, kept under the keys the amendments derived from its text carry.
    const reasons = Object.fromEntries(
      word.amendments.flatMap((amendment) => (amendment.explanation ? [[reasonKeyOf(amendment.operation), amendment.explanation]] : [])),
    );
    const notices: Notice[] = [
      { kind: 'info', text: ctx.t('derived.uploadRead', { file: read.upload.file.name, count: word.amendments.length }) },
      ...word.docxWarnings.map((warning): Notice => ({
        kind: 'error',
        text: `${ctx.t('derived.uploadParagraph', { paragraph: warning.paragraph })}: ${ctx.t(warning.key, warning.params)} — ${warning.text}`,
      })),
    ];
    this.render(ctx, response, setting, { ...form, source, reasons }, derived, notices);
  }

  /** Sends the contribution: no notices when recorded (and the browser sent on to the proposals), else why not. */
  private async submit(
    ctx: PageContext,
    request: Request,
    response: Response,
    actor: AuthenticatedActor,
    setting: Setting,
    form: EditedTextForm,
    derived: DerivedProposal,
  ): Promise<Notice[]> {
    const problems: string[] = [];
    const submitter = setting.actingFor.some((s) => s.id === form.submitter) ? form.submitter : undefined;
    if (!submitter) problems.push(ctx.t('form.required', { field: ctx.t('composer.submitter') }));
    for (const [value, label] of [
      [form.symbol, 'composer.symbol'],
      [form.title, 'composer.title'],
      [form.date, 'composer.date'],
    ] as const) {
      if (oneLine(value) === '') problems.push(ctx.t('form.required', { field: ctx.t(label) }));
    }
    if (form.date && !DATE.test(form.date))
      problems.push(ctx.t('form.invalid', { field: ctx.t('composer.date'), problem: ctx.t('form.date') }));
    for (const [value, label] of [
      [form.symbol, 'composer.symbol'],
      [form.title, 'composer.title'],
      [form.purpose, 'composer.purpose'],
    ] as const) {
      const problem = textProblem(value);
      if (problem) problems.push(ctx.t('form.invalid', { field: ctx.t(label), problem }));
    }
    for (const reason of Object.values(form.reasons)) {
      const problem =
        reason.length > MAX_REASON_CHARACTERS ? ctx.t('derived.tooLong', { max: MAX_REASON_CHARACTERS }) : textProblem(reason);
      if (problem) problems.push(ctx.t('form.invalid', { field: ctx.t('derived.reasons'), problem }));
    }
    if (derived.operations.length === 0) problems.push(ctx.t('derived.nothingToSubmit'));
    if (problems.length > 0) return problems.map((text): Notice => ({ kind: 'error', text }));
    const language = setting.header.document.language;
    const originalLanguage: UnLanguage = (UN_LANGUAGES as readonly string[]).includes(language) ? (language as UnLanguage) : 'en';
    const purpose = form.purpose.normalize('NFC').trim();
    const context = this.commands.contextOf(actor, request, response, form.key);
    const documentId = setting.header.document.id;
    const sent = await this.commands.send(context, {
      kind: 'SubmitContribution',
      contributionId: context.newId('contribution'),
      consultationId: setting.header.consultation.id,
      cover: {
        symbol: oneLine(form.symbol),
        date: form.date,
        originalLanguage,
        submitters: [submitter!],
        coSponsors: [],
        title: oneLine(form.title),
        ...(purpose ? { purpose } : {}),
      },
      substance: {
        kind: 'amendments',
        documentId,
        versionNumber: setting.version.number,
        amendments: derived.operations.map((operation, i) => {
          const explanation = form.reasons[reasonKeyOf(operation)];
          return { amendmentId: context.newId(`amendment-${i}`), operation, ...(explanation ? { explanation } : {}) };
        }),
      },
    });
    if (!sent.ok) return [refusalNotice(ctx, sent)];
    const conflicts = sent.outcome.details?.conflicts;
    redirectAfter(
      response,
      '/web/proposals',
      Array.isArray(conflicts) && conflicts.length > 0 ? ['contributionSubmitted', 'conflicts'] : ['contributionSubmitted'],
      sent.outcome.position,
    );
    return [];
  }

  private render(
    ctx: PageContext,
    response: Response,
    setting: Setting,
    form: EditedTextForm,
    derived?: DerivedProposal,
    notices: Notice[] = [],
    status = 200,
  ): void {
    const version = setting.version.text;
    const model: DerivedProposalModel | undefined = derived && {
      amendments: derivedAmendmentPreviews(version, derived.operations),
      reasonKeys: derived.operations.map(reasonKeyOf),
      warnings: derived.warnings.map((warning) => ({
        code: warning.code,
        message: warning.message,
        ...(warning.operation ? { leftOut: previewOperation(version, warning.operation) } : {}),
        ...(warning.reason ? { reason: warning.reason } : {}),
      })),
      importWarnings: derived.importWarnings,
      diff: derived.diff,
    };
    sendPage(
      response,
      editedTextPage(ctx, {
        ...setting.header,
        language: version.language,
        versionLabel: setting.version.label,
        form,
        actingFor: setting.actingFor,
        derived: model,
        notices,
      }),
      status,
    );
  }

  /** What every post needs: the document, the version the amendments are derived against, and whom the viewer may submit for. */
  private async setting(documentId: string, actor: AuthenticatedActor): Promise<Setting> {
    if (!actor.roles.includes('stakeholder')) throw forbidden('error.stakeholdersOnly');
    const document = await this.reads.document(documentId);
    if (!document) throw notFound();
    const [consultation, versions, stakeholders, version] = await Promise.all([
      this.reads.consultation(document.consultationId),
      this.reads.versions(documentId),
      this.reads.stakeholders(),
      currentVersionOf(this.queries, documentId),
    ]);
    if (!consultation || !version) throw notFound();
    const self = stakeholders.find((s) => s.id === actor.id) ?? {
      id: actor.id,
      name: actor.name ?? actor.id,
      category: '',
      region: '',
      memberIds: [],
    };
    const actingFor = [self, ...stakeholders.filter((s) => s.memberIds.includes(actor.id))];
    return { header: { document, consultation, versions }, version, actingFor };
  }
}

/** The page's state as its form posted it back. */
/** As long as the explanation of an amendment the API takes. */
const MAX_REASON_CHARACTERS = 4000;

function formFrom(posted: FormBody, actor: AuthenticatedActor): EditedTextForm {
  return {
    key: KEY.test(field(posted, 'key')) ? field(posted, 'key') : newKey(),
    source: field(posted, 'source'),
    symbol: field(posted, 'symbol'),
    date: field(posted, 'date'),
    title: field(posted, 'title'),
    purpose: field(posted, 'purpose'),
    submitter: 'submitter' in posted ? field(posted, 'submitter') : actor.id,
    reasons: reasonsFromForm(fields(posted, 'reasonFor'), fields(posted, 'reason')),
  };
}

const UPLOAD_REFUSALS = new Set([
  'upload-too-large',
  'not-a-zip',
  'not-a-word-document',
  'too-many-entries',
  'uncompressed-too-large',
  'compression-ratio-too-high',
  'damaged-archive',
  'xml-doctype-refused',
  'xml-malformed',
  'malformed-form',
  'no-file',
] as const);

/** The message for a refused upload, by its code. */
function uploadRefusalKey(code: string): MessageKey {
  return (UPLOAD_REFUSALS as ReadonlySet<string>).has(code) ? (`upload.${code}` as MessageKey) : 'upload.not-a-word-document';
}

interface Setting {
  readonly header: DocumentHeader;
  readonly version: CurrentVersion;
  readonly actingFor: readonly StakeholderModel[];
}
