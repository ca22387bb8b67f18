import { randomBytes } from 'node:crypto';
import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthenticatedActor, textProblem } from '#libs/runtime';
import { LanguageCode, ResolutionDocument, alignLanguageVersion, fromInterchange, importResolution, toInterchange } from '#libs/text';
import {
  AlignmentPreviewModel,
  DocumentHeader,
  LanguageVersionForm,
  Notice,
  OFFICIAL_LANGUAGES,
  PageContext,
  hasRole,
  languageName,
  languagesPage,
  sideBySidePage,
  translationTasksPage,
} from '#libs/web';
import { GetDocument } from '../documents';
import { GetSideBySide, LanguageVersionSummaryView, ListLanguageVersions, ListTranslationTasks } from '../languages/language-queries';
import { MAX_SOURCE_CHARACTERS, editedSource } from './edited-source';
import { FormBody } from './form-bodies';
import { WebAccess } from './web-access';
import { WebCommands } from './web-commands';
import { forbidden, notFound } from './web-errors';
import { WebPageFilter } from './web-page.filter';
import { field, fields, idParameter, noticesAfter, redirectAfter, refusalNotice, sendPage } from './web-pages';
import { WebReads } from './web-reads';
import { WebSession, formOf } from './web-session';

const KEY = /^[A-Za-z0-9._:-]{8,128}$/;
const PROVISION_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** As long as one provision's wording may be in the API. */
const MAX_WORDING_CHARACTERS = 20_000;

function officialLanguage(value: unknown): LanguageCode | undefined {
  return typeof value === 'string' && (OFFICIAL_LANGUAGES as readonly string[]).includes(value) ? (value as LanguageCode) : undefined;
}

interface Setting {
  readonly header: DocumentHeader;
  readonly working: ResolutionDocument;
  readonly languages: readonly LanguageVersionSummaryView[];
}

/**
 * A document's language versions: the list with how far each is in step, the form that adds
 * one (aligned to the original and checked before it is recorded, then sent as
 * `AddLanguageVersion`), the translators' worklist (`RecordTranslation`), and two versions
 * side by side. Commands go through the API's own sender, as every page's do.
 */
@ApiExcludeController()
@Controller('web/documents/:id')
@UseFilters(WebPageFilter)
export class WebLanguagesController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(WebCommands) private readonly commands: WebCommands,
    @Inject(WebAccess) private readonly access: WebAccess,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Get('languages')
  async list(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    await this.access.mayRead(request, actor!, 'document', idParameter(id));
    const setting = await this.setting(idParameter(id));
    const form: LanguageVersionForm = { key: randomBytes(16).toString('hex'), language: '', source: '', accepted: [] };
    this.renderLanguages(ctx, response, setting, form, undefined, await noticesAfter(request, ctx, this.reads));
  }

  @Post('languages')
  async add(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const posted = formOf(request);
    this.session.checkForm(request, posted);
    const documentId = idParameter(id);
    await this.access.mayRead(request, actor!, 'document', documentId);
    if (!mayAdd(ctx)) throw forbidden('error.languagesBySecretariat');
    const setting = await this.setting(documentId);
    const form = languageFormOf(posted);
    const refuse = (text: string) => this.renderLanguages(ctx, response, setting, form, undefined, [{ kind: 'error', text }], 400);
    const language = officialLanguage(form.language);
    if (!language) return refuse(ctx.t('languages.chooseLanguage'));
    if (language === setting.working.language) return refuse(ctx.t('languages.sameAsOriginal'));
    if (setting.languages.some((v) => v.language === language)) return refuse(ctx.t('languages.alreadyAdded'));
    const edited = editedSource(form.source);
    if ('problem' in edited)
      return refuse(
        edited.problem === 'empty'
          ? ctx.t('languages.emptyText')
          : edited.problem === 'too-long'
            ? ctx.t('derived.tooLong', { max: MAX_SOURCE_CHARACTERS })
            : ctx.t('form.invalid', { field: ctx.t('languages.text'), problem: edited.problem }),
      );
    // The words must be in the language named: the importer reads it from them, as the API does.
    const detected = importResolution(edited.source, { style: setting.working.style }).document.language;
    if (detected !== language)
      return refuse(ctx.t('languages.readsAs', { detected: languageName(ctx, detected), chosen: languageName(ctx, language) }));
    // Imported in its own language with the original's style, read back as versions are kept.
    const imported = importResolution(edited.source, { language, style: setting.working.style });
    const translation = fromInterchange(toInterchange(imported.document));
    const report = alignLanguageVersion(setting.working, translation);
    const preview: AlignmentPreviewModel = { language, matched: report.matched, provisions: report.provisions, findings: report.findings };
    if (field(posted, 'intent') !== 'add') return this.renderLanguages(ctx, response, setting, form, preview);
    const doubtful = new Set(report.findings.flatMap((f) => (f.kind === 'doubtful' ? [f.provisionId] : [])));
    const context = this.commands.contextOf(actor!, request, response, form.key);
    const sent = await this.commands.send(context, {
      kind: 'AddLanguageVersion',
      documentId,
      translation,
      source: { format: 'plain', importWarnings: imported.warnings.length },
      acceptDoubtful: form.accepted.filter((provisionId) => doubtful.has(provisionId)),
    });
    if (!sent.ok) return this.renderLanguages(ctx, response, setting, form, preview, [refusalNotice(ctx, sent)], sent.status);
    redirectAfter(response, `/web/documents/${documentId}/languages`, ['languageAdded'], sent.outcome.position);
  }

  @Get('languages/:language/tasks')
  async tasks(
    @Param('id') id: string,
    @Param('language') language: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const documentId = idParameter(id);
    await this.access.mayRead(request, actor!, 'document', documentId);
    const setting = await this.setting(documentId);
    await this.renderTasks(ctx, response, setting, this.versionLanguage(setting, language), await noticesAfter(request, ctx, this.reads));
  }

  @Post('translations')
  async record(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const posted = formOf(request);
    this.session.checkForm(request, posted);
    const documentId = idParameter(id);
    await this.access.mayRead(request, actor!, 'document', documentId);
    if (!hasRole(ctx, 'translator')) throw forbidden('error.translatorsOnly');
    const setting = await this.setting(documentId);
    const language = this.versionLanguage(setting, field(posted, 'language'));
    const provisionId = field(posted, 'provisionId');
    if (!PROVISION_ID.test(provisionId)) throw notFound();
    const taskId = field(posted, 'taskId');
    const typed = field(posted, 'text').replace(/\r\n?/gu, '\n');
    const refuse = (notice: Notice, status: number) =>
      this.renderTasks(ctx, response, setting, language, [notice], status, KEY.test(taskId) ? { [taskId]: typed } : {});
    const problem = textProblem(typed);
    if (problem) return refuse({ kind: 'error', text: ctx.t('form.invalid', { field: ctx.t('tasks.record'), problem }) }, 400);
    const text = typed.normalize('NFC').trim();
    if (text === '') return refuse({ kind: 'error', text: ctx.t('tasks.emptyWording') }, 400);
    if (text.length > MAX_WORDING_CHARACTERS)
      return refuse({ kind: 'error', text: ctx.t('derived.tooLong', { max: MAX_WORDING_CHARACTERS }) }, 400);
    const context = this.commands.contextOf(actor as AuthenticatedActor, request, response, posted.key);
    const sent = await this.commands.send(context, {
      kind: 'RecordTranslation',
      documentId,
      language,
      provisions: [{ provisionId, text }],
    });
    if (!sent.ok) return refuse(refusalNotice(ctx, sent), sent.status);
    redirectAfter(response, `/web/documents/${documentId}/languages/${language}/tasks`, ['translationRecorded'], sent.outcome.position);
  }

  @Get('side-by-side')
  async sideBySide(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const documentId = idParameter(id);
    await this.access.mayRead(request, actor!, 'document', documentId);
    const setting = await this.setting(documentId);
    const original = setting.working.language;
    const available = OFFICIAL_LANGUAGES.filter(
      (language) => language === original || setting.languages.some((v) => v.language === language),
    );
    const asked = (name: 'left' | 'right') => {
      const language = officialLanguage(request.query[name]);
      return language && available.includes(language) ? language : undefined;
    };
    const left = asked('left') ?? original;
    const right = asked('right') ?? available.find((language) => language !== left) ?? original;
    const [view, tasks] = await Promise.all([
      this.queries.execute(new GetSideBySide(documentId, left, right)),
      this.queries.execute(new ListTranslationTasks(documentId, undefined, 'open')),
    ]);
    if (!view) throw notFound();
    sendPage(
      response,
      sideBySidePage(ctx, {
        ...setting.header,
        originalLanguage: original,
        available,
        versionLabel: view.versionLabel,
        left: view.left,
        right: view.right,
        rows: view.rows,
        tasks: (tasks ?? []).filter((task) => task.language === left || task.language === right),
        notices: left === right && available.length > 1 ? [{ kind: 'info', text: ctx.t('sideBySide.sameLanguage') }] : [],
      }),
    );
  }

  /** The language of a version other than the original, as an address names it; else the page does not exist. */
  private versionLanguage(setting: Setting, value: string): LanguageCode {
    const language = officialLanguage(value);
    if (!language || language === setting.working.language || !setting.languages.some((v) => v.language === language)) throw notFound();
    return language;
  }

  private async renderTasks(
    ctx: PageContext,
    response: Response,
    setting: Setting,
    language: LanguageCode,
    notices: Notice[] = [],
    status = 200,
    typed: Readonly<Record<string, string>> = {},
  ): Promise<void> {
    const tasks = await this.queries.execute(new ListTranslationTasks(setting.header.document.id, language, 'all'));
    if (!tasks) throw notFound();
    sendPage(
      response,
      translationTasksPage(ctx, {
        ...setting.header,
        language,
        originalLanguage: setting.working.language,
        tasks,
        mayRecord: hasRole(ctx, 'translator'),
        typed,
        notices,
      }),
      status,
    );
  }

  private renderLanguages(
    ctx: PageContext,
    response: Response,
    setting: Setting,
    form: LanguageVersionForm,
    preview?: AlignmentPreviewModel,
    notices: Notice[] = [],
    status = 200,
  ): void {
    sendPage(
      response,
      languagesPage(ctx, {
        ...setting.header,
        originalLanguage: setting.working.language,
        languages: setting.languages,
        mayAdd: mayAdd(ctx),
        form,
        preview,
        notices,
      }),
      status,
    );
  }

  private async setting(documentId: string): Promise<Setting> {
    const document = await this.queries.execute(new GetDocument(documentId));
    if (!document) throw notFound();
    const [consultation, versions, languages] = await Promise.all([
      this.reads.consultation(document.consultationId),
      this.reads.versions(documentId),
      this.queries.execute(new ListLanguageVersions(documentId)),
    ]);
    if (!consultation || !languages) throw notFound();
    return { header: { document, consultation, versions }, working: fromInterchange(document.working), languages };
  }
}

/** The secretariat and its translators add language versions. */
function mayAdd(ctx: PageContext): boolean {
  return hasRole(ctx, 'secretariat') || hasRole(ctx, 'translator');
}

function languageFormOf(posted: FormBody): LanguageVersionForm {
  const key = field(posted, 'key');
  return {
    key: KEY.test(key) ? key : randomBytes(16).toString('hex'),
    language: field(posted, 'language'),
    source: field(posted, 'source'),
    accepted: fields(posted, 'accept').filter((provisionId) => PROVISION_ID.test(provisionId)),
  };
}
