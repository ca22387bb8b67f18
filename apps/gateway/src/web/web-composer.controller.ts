import { randomBytes } from 'node:crypto';
import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { UN_LANGUAGES, UnLanguage } from '#libs/contracts';
import { AuthenticatedActor, textProblem } from '#libs/runtime';
import { ResolutionDocument } from '#libs/text';
import {
  ComposerState,
  CoverFields,
  DocumentHeader,
  Notice,
  PageContext,
  StakeholderModel,
  composerPage,
  draftOperation,
  oneLine,
  previewOperation,
  refusalText,
} from '#libs/web';
import { newKey, offset, stateFrom } from './composer-form';
import { FormBody } from './form-bodies';
import { WebAccess } from './web-access';
import { WebCommands } from './web-commands';
import { forbidden, notFound } from './web-errors';
import { WebPageFilter } from './web-page.filter';
import { field, idParameter, redirectAfter, refusalNotice, sendPage } from './web-pages';
import { WebReads } from './web-reads';
import { WebSession, formOf } from './web-session';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Drafting a contribution or an amendment: the form carries its whole state from step to
 * step (choose a provision, edit, preview the marked text, add, submit), so nothing is kept
 * on the server until the write side records the submission.
 */
@ApiExcludeController()
@Controller('web/documents/:id/compose')
@UseFilters(WebPageFilter)
export class WebComposerController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(WebCommands) private readonly commands: WebCommands,
    @Inject(WebAccess) private readonly access: WebAccess,
  ) {}

  @Get()
  async start(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    await this.access.mayRead(request, actor!, 'document', idParameter(id));
    const setting = await this.setting(idParameter(id), actor!);
    const mode =
      request.query.mode === 'amendment'
        ? 'amendment'
        : request.query.mode === 'contribution'
          ? 'contribution'
          : setting.header.consultation.phase === 'open-for-contributions'
            ? 'contribution'
            : 'amendment';
    const state: ComposerState = { mode, key: newKey(), cover: setting.defaults, amendments: [], step: 'choose', edit: {} };
    this.render(ctx, response, setting, state);
  }

  @Post()
  async step(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const form = formOf(request);
    this.session.checkForm(request, form);
    await this.access.mayRead(request, actor!, 'document', idParameter(id));
    const setting = await this.setting(idParameter(id), actor!);
    let state = stateFrom(form, { mode: 'contribution', cover: setting.defaults });
    const intent = field(form, 'intent');
    const notices: Notice[] = [];
    const editing = { ...state, step: 'edit' as const };
    const error = (text: string, detail?: string) => notices.push({ kind: 'error', text, detail });

    if (intent === 'choose') {
      if (!state.edit.target || !state.edit.action) error(ctx.t('draft.chooseFirst'));
      state = notices.length > 0 ? state : editing;
    } else if (intent === 'cancel') {
      state = { ...state, step: 'choose', edit: {} };
    } else if (intent === 'edit') {
      state = editing;
    } else if (intent === 'preview') {
      state = this.preview(ctx, setting.text, editing, notices);
    } else if (intent === 'stay') {
      state = state.draft ? { ...state, step: 'preview' } : state;
    } else if (intent === 'add') {
      if (state.draft) {
        const explanation = oneLine(state.edit.explanation ?? '');
        state = {
          ...state,
          step: 'choose',
          edit: {},
          draft: undefined,
          amendments: [...state.amendments, { operation: state.draft, ...(explanation ? { explanation } : {}) }],
        };
        notices.push({ kind: 'success', text: ctx.t('notice.added') });
      }
    } else if (/^remove-\d{1,3}$/.test(intent)) {
      const index = Number(intent.slice('remove-'.length));
      state = { ...state, amendments: state.amendments.filter((_, i) => i !== index) };
      notices.push({ kind: 'success', text: ctx.t('notice.removed') });
    } else if (intent === 'submit') {
      const refusals = await this.submit(ctx, request, response, actor!, setting, state, form);
      if (refusals.length === 0) return;
      state = state.mode === 'amendment' && state.draft ? { ...state, step: 'preview' } : state;
      notices.push(...refusals);
    }
    this.render(ctx, response, setting, state, notices, notices.some((n) => n.kind === 'error') ? 400 : 200);
  }

  private preview(ctx: PageContext, text: ResolutionDocument, state: ComposerState, notices: Notice[]): ComposerState {
    const { edit } = state;
    if (!edit.target || !edit.action) {
      notices.push({ kind: 'error', text: ctx.t('draft.chooseFirst') });
      return { ...state, step: 'choose' };
    }
    const clean = [edit.words, edit.newWords, edit.alternatives, edit.newText, edit.explanation]
      .map((value) => (value ? textProblem(value) : undefined))
      .find(Boolean);
    if (clean) {
      notices.push({ kind: 'error', text: ctx.t('error.badRequest'), detail: clean });
      return state;
    }
    const drafted = draftOperation(
      text,
      {
        action: edit.action,
        provisionId: edit.target,
        words: edit.words,
        selectionStart: offset(edit.selStart),
        selectionEnd: offset(edit.selEnd),
        newWords: edit.newWords,
        alternatives: (edit.alternatives ?? '').split(/\r?\n/u),
        newText: edit.newText,
      },
      () => `p-${randomBytes(4).toString('hex')}`,
    );
    if (!drafted.ok) {
      notices.push({ kind: 'error', text: ctx.t(`draft.${drafted.error}`, { count: drafted.count ?? 0 }) });
      return state;
    }
    const preview = previewOperation(text, drafted.operation);
    if (preview.refusal) {
      notices.push({
        kind: 'error',
        text: ctx.t('preview.doesNotApply'),
        detail: refusalText(preview.refusal, ctx.locale),
        detailLanguage: ctx.locale,
      });
      return state;
    }
    return { ...state, step: 'preview', draft: drafted.operation };
  }

  /** Sends the contribution (or the single amendment): no notices when recorded (and the browser sent on), else why not. */
  private async submit(
    ctx: PageContext,
    request: Request,
    response: Response,
    actor: AuthenticatedActor,
    setting: Setting,
    state: ComposerState,
    form: FormBody,
  ): Promise<Notice[]> {
    const problems: string[] = [];
    const cover = state.cover;
    const submitter = setting.actingFor.some((s) => s.id === cover.submitter) ? cover.submitter : undefined;
    if (!submitter) problems.push(ctx.t('form.required', { field: ctx.t('composer.submitter') }));
    const context = this.commands.contextOf(actor, request, response, form.key);
    const documentId = setting.header.document.id;
    if (state.mode === 'amendment') {
      if (!state.draft || problems.length > 0) {
        return [{ kind: 'error', text: problems[0] ?? ctx.t('draft.chooseFirst') }];
      }
      const explanation = oneLine(state.edit.explanation ?? '');
      const sent = await this.commands.send(context, {
        kind: 'ProposeAmendment',
        documentId,
        amendmentId: context.newId('amendment'),
        versionNumber: setting.header.document.currentVersion,
        operation: state.draft,
        proposers: [submitter!],
        ...(explanation ? { explanation } : {}),
      });
      if (!sent.ok) return [refusalNotice(ctx, sent)];
      const conflicts = sent.outcome.details?.conflicts;
      redirectAfter(
        response,
        '/web/proposals',
        Array.isArray(conflicts) && conflicts.length > 0 ? ['amendmentProposed', 'conflicts'] : ['amendmentProposed'],
        sent.outcome.position,
      );
      return [];
    }

    const required: [keyof CoverFields, Parameters<typeof ctx.t>[0]][] = [
      ['symbol', 'composer.symbol'],
      ['title', 'composer.title'],
      ['date', 'composer.date'],
    ];
    for (const [name, label] of required)
      if (oneLine(cover[name] as string) === '') problems.push(ctx.t('form.required', { field: ctx.t(label) }));
    if (cover.date && !DATE.test(cover.date))
      problems.push(ctx.t('form.invalid', { field: ctx.t('composer.date'), problem: ctx.t('form.date') }));
    const language = (UN_LANGUAGES as readonly string[]).includes(cover.originalLanguage)
      ? (cover.originalLanguage as UnLanguage)
      : undefined;
    if (!language) problems.push(ctx.t('form.required', { field: ctx.t('composer.originalLanguage') }));
    const texts: [keyof CoverFields, Parameters<typeof ctx.t>[0]][] = [
      ['symbol', 'composer.symbol'],
      ['title', 'composer.title'],
      ['agendaItem', 'composer.agendaItem'],
      ['purpose', 'composer.purpose'],
      ['actionRequested', 'composer.actionRequested'],
      ['references', 'composer.references'],
    ];
    for (const [name, label] of texts) {
      const problem = textProblem(cover[name] as string);
      if (problem) problems.push(ctx.t('form.invalid', { field: ctx.t(label), problem }));
    }
    const known = new Set([...setting.actingFor, ...setting.others].map((s) => s.id));
    const coSponsors = cover.coSponsors.filter((id) => known.has(id) && id !== submitter);
    if (state.amendments.length === 0) problems.push(ctx.t('draft.none'));
    if (problems.length > 0) return problems.map((text): Notice => ({ kind: 'error', text }));
    const references = cover.references
      .split(/\r?\n/u)
      .map(oneLine)
      .filter((line) => line !== '');
    const optional = (value: string) => (oneLine(value) === '' ? undefined : oneLine(value));
    const contributionId = context.newId('contribution');
    const sent = await this.commands.send(context, {
      kind: 'SubmitContribution',
      contributionId,
      consultationId: setting.header.consultation.id,
      cover: {
        symbol: oneLine(cover.symbol),
        date: cover.date,
        originalLanguage: language!,
        submitters: [submitter!],
        coSponsors,
        title: oneLine(cover.title),
        ...(optional(cover.agendaItem) ? { agendaItem: optional(cover.agendaItem) } : {}),
        ...(optional(cover.purpose) ? { purpose: cover.purpose.normalize('NFC').trim() } : {}),
        ...(optional(cover.actionRequested) ? { actionRequested: cover.actionRequested.normalize('NFC').trim() } : {}),
        ...(references.length > 0 ? { references } : {}),
      },
      substance: {
        kind: 'amendments',
        documentId,
        versionNumber: setting.header.document.currentVersion,
        amendments: state.amendments.map((amendment, i) => ({
          amendmentId: context.newId(`amendment-${i}`),
          operation: amendment.operation,
          ...(amendment.explanation ? { explanation: amendment.explanation } : {}),
        })),
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

  private render(ctx: PageContext, response: Response, setting: Setting, state: ComposerState, notices: Notice[] = [], status = 200): void {
    sendPage(
      response,
      composerPage(ctx, { ...setting.header, text: setting.text, state, actingFor: setting.actingFor, others: setting.others, notices }),
      status,
    );
  }

  /** What every step needs: the document, the version drafted against, and whom the viewer may act for. */
  private async setting(documentId: string, actor: AuthenticatedActor): Promise<Setting> {
    if (!actor.roles.includes('stakeholder')) throw forbidden('error.stakeholdersOnly');
    const document = await this.reads.document(documentId);
    if (!document) throw notFound();
    const [consultation, versions, stakeholders, version] = await Promise.all([
      this.reads.consultation(document.consultationId),
      this.reads.versions(documentId),
      this.reads.stakeholders(),
      this.reads.text(documentId, { kind: 'version', versionNumber: document.currentVersion }),
    ]);
    if (!consultation || !version.ok) throw notFound();
    const self = stakeholders.find((s) => s.id === actor.id) ?? {
      id: actor.id,
      name: actor.name ?? actor.id,
      category: '',
      region: '',
      memberIds: [],
    };
    const actingFor = [self, ...stakeholders.filter((s) => s.memberIds.includes(actor.id))];
    const others = stakeholders.filter((s) => !actingFor.some((own) => own.id === s.id));
    const defaults: CoverFields = {
      symbol: '',
      date: new Date().toISOString().slice(0, 10),
      agendaItem: '',
      originalLanguage: document.language,
      title: '',
      purpose: '',
      actionRequested: '',
      references: '',
      submitter: actor.id,
      coSponsors: [],
    };
    return { header: { document, consultation, versions }, text: version.value.document, actingFor, others, defaults };
  }
}

interface Setting {
  readonly header: DocumentHeader;
  readonly text: ResolutionDocument;
  readonly actingFor: readonly StakeholderModel[];
  readonly others: readonly StakeholderModel[];
  readonly defaults: CoverFields;
}
