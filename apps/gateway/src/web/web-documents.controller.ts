import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { RULINGS, Ruling } from '#libs/contracts';
import { AdoptionMethodInput, DocumentCommand, tallyOf } from '#libs/domain';
import { AuthenticatedActor, textProblem } from '#libs/runtime';
import { AdoptionVoting, AmendmentOperation, adoptedTitle, adoptionLineOf, listUnsettledBrackets, locateProvision } from '#libs/text';
import {
  BracketGroupModel,
  ChairWorkModel,
  CompilationFilter,
  DocumentHeader,
  Notice,
  PageContext,
  adoptionPreviewPage,
  chairs,
  compilationPage,
  compromiseOperation,
  documentTextPage,
  markedTextPage,
  OutOfStepModel,
  oneLine,
  outOfStepRefusal,
  previewOperation,
  printedLabels,
  provenancePage,
  undecidedProposals,
  refusalText,
  tagOfAction,
} from '#libs/web';
import { FormBody } from './form-bodies';
import {
  ADOPTION_FIELDS,
  AdoptionChoices,
  AdoptionField,
  adoptionChoicesOf,
  adoptionMethodOf,
  carriedAdoptionFields,
  uncoveredLanguages,
  unchangedSinceAdoption,
  votersAmong,
} from './adoption-form';
import { ListLanguageVersions } from '../languages/language-queries';
import { WebAccess } from './web-access';
import { WebCommands } from './web-commands';
import { badRequest, notFound } from './web-errors';
import { WebPageFilter } from './web-page.filter';
import { field, fields, idParameter, noticesAfter, redirectAfter, refusalNotice, sendPage } from './web-pages';
import { WebReads } from './web-reads';
import { markedRangeOf } from './text-queries';
import { WebSession, formOf } from './web-session';
import { ListSilencesOfDocument } from '../silences';
import { Sitting, keepSitting, keptSitting, validSitting } from './sitting-cookie';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An adoption as the chair's form asks it, checked: what the preview shows and the confirmation sends. */
interface AdoptionAsked {
  readonly label: string;
  readonly meeting: string;
  readonly date: string;
  readonly printed: Partial<Record<AdoptionField, string>>;
  readonly method?: AdoptionMethodInput;
}
const MAX_TEXT = 20_000;

/** Where and when a chair records a decision, as the form gives it; refused when malformed. */
function sittingOf(form: FormBody, required = false): { meeting?: string; date?: string } | { problem: string } {
  const meeting = oneLine(field(form, 'meeting'));
  const date = field(form, 'date').trim();
  if (required && (meeting === '' || date === '')) return { problem: 'meeting and date are required' };
  if (date !== '' && !DATE.test(date)) return { problem: 'date must be YYYY-MM-DD' };
  const problem = meeting === '' ? undefined : textProblem(meeting);
  if (problem || meeting.length > 300) return { problem: `meeting ${problem ?? 'is too long'}` };
  return { ...(meeting ? { meeting } : {}), ...(date ? { date } : {}) };
}

function cleanText(value: string, max = MAX_TEXT): { text: string } | { problem: string } {
  const text = value.normalize('NFC').trim();
  if (text.length > max) return { problem: `longer than ${max} characters` };
  const problem = text === '' ? undefined : textProblem(text);
  return problem ? { problem } : { text };
}

const STATUSES = ['pending', 'deferred', 'accepted', 'accepted-as-modified', 'merged', 'rejected', 'withdrawn'];

/** The compilation's filter as the address gives it; what is malformed is left out (the page's defaults then apply). */
function filterOf(request: Request): Partial<CompilationFilter> {
  const { show, status, proposer, page } = request.query;
  return {
    ...(show === 'proposals' || show === 'all' ? { show } : {}),
    ...(typeof status === 'string' && STATUSES.includes(status) ? { status } : {}),
    ...(typeof proposer === 'string' && /^[A-Za-z0-9._:-]{1,100}$/.test(proposer) ? { proposer } : {}),
    ...(typeof page === 'string' && /^\d{1,5}$/.test(page) ? { page: Number(page) } : {}),
  };
}

/** The texts a marked page compares, as its query names them (`from` a version; `to` a version, working or pending). */

/** The pages of a document: its text as printed, the marked text, the compilation of proposals (with the chair's forms), provenance. */
@ApiExcludeController()
@Controller('web')
@UseFilters(WebPageFilter)
export class WebDocumentsController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(WebCommands) private readonly commands: WebCommands,
    @Inject(WebAccess) private readonly access: WebAccess,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Get('documents/:id')
  async text(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    await this.access.mayRead(request, actor!, 'document', idParameter(id));
    const header = await this.header(idParameter(id));
    const asked =
      typeof request.query.version === 'string' && /^\d{1,9}$/.test(request.query.version) ? Number(request.query.version) : undefined;
    const answer = await this.reads.text(
      header.document.id,
      asked === undefined ? { kind: 'working' } : { kind: 'version', versionNumber: asked },
    );
    if (!answer.ok) throw notFound();
    const at = answer.value;
    const adopted = header.versions.filter((v) => v.adoptedDate !== null).at(-1);
    const adoptedText =
      adopted && adopted.number !== asked
        ? await this.reads.text(header.document.id, { kind: 'version', versionNumber: adopted.number })
        : undefined;
    sendPage(
      response,
      documentTextPage(ctx, {
        ...(adoptedText?.ok ? { adoptedTitle: adoptedText.value.document.title } : {}),
        ...header,
        versionNumber: asked,
        text: at.document,
        versionLabel: at.versionLabel,
        appliedDecisions: at.appliedDecisionIds.length,
        changedAt: at.recordedAt.toISOString(),
        notices: await noticesAfter(request, ctx, this.reads),
        explanations: await this.reads.explanations(header.document.id),
      }),
    );
  }

  @Get('documents/:id/marked')
  async marked(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    await this.access.mayRead(request, actor!, 'document', idParameter(id));
    const header = await this.header(idParameter(id));
    const answer = await this.reads.marked(header.document.id, markedRangeOf(request));
    if (!answer.ok) throw answer.status === 404 ? notFound() : badRequest();
    const comparison = answer.value;
    const names = comparison.notApplied?.length
      ? new Map((await this.reads.stakeholders()).map((s) => [s.id, s.name]))
      : new Map<string, string>();
    const sideLabel = (side: typeof comparison.from) =>
      side.kind === 'version'
        ? `${ctx.t('document.versionNumber', { number: side.versionNumber })} (${side.versionLabel})`
        : side.kind === 'working'
          ? ctx.t('marked.working')
          : ctx.t('marked.pending');
    sendPage(
      response,
      markedTextPage(ctx, {
        ...header,
        from: comparison.from.versionNumber,
        to: comparison.to.kind === 'version' ? String(comparison.to.versionNumber) : comparison.to.kind,
        fromLabel: sideLabel(comparison.from),
        toLabel: sideLabel(comparison.to),
        diff: comparison.diff,
        notApplied: comparison.notApplied?.map((item) => ({
          proposers: item.proposers.map((id) => names.get(id) ?? ctx.t('marked.unknownProposer')),
          tag: tagOfAction(item.action),
          ...(item.provision !== undefined ? { provision: item.provision } : {}),
          reason: refusalText({ ...item, message: item.reason }, ctx.locale),
        })),
      }),
    );
  }

  @Get('documents/:id/compilation')
  async compilation(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    await this.access.mayRead(request, actor!, 'document', idParameter(id));
    const version =
      typeof request.query.version === 'string' && /^\d{1,9}$/.test(request.query.version) ? Number(request.query.version) : undefined;
    // A meeting and date in the address (a link from an older page) still win over the sitting kept for the chair.
    const asked = validSitting(request.query.meeting, request.query.date);
    const notices = await noticesAfter(request, ctx, this.reads);
    await this.renderCompilation(ctx, request, response, idParameter(id), {
      version,
      sitting: asked,
      notices,
      filter: filterOf(request),
      open: typeof request.query.open === 'string' && /^[0-9a-f-]{36}$/i.test(request.query.open) ? request.query.open : undefined,
      merge: typeof request.query.merge === 'string' && /^[^\s\p{C}]{1,200}$/u.test(request.query.merge) ? request.query.merge : undefined,
    });
  }

  @Get('documents/:id/provenance')
  async provenance(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    await this.access.mayRead(request, actor!, 'document', idParameter(id));
    const header = await this.header(idParameter(id));
    const provisionId = typeof request.query.provision === 'string' ? request.query.provision : '';
    if (!/^[^\s\p{C}]{1,200}$/u.test(provisionId)) throw badRequest('error.noProvision');
    const provenance = await this.reads.provenance(header.document.id, provisionId);
    if (!provenance) throw notFound('error.noProvision');
    // Each amendment reads against the version it was drafted on.
    const texts = new Map<number, Awaited<ReturnType<WebReads['text']>>>();
    const textOf = async (versionNumber: number) => {
      if (!texts.has(versionNumber))
        texts.set(versionNumber, await this.reads.text(header.document.id, { kind: 'version', versionNumber }));
      const answer = texts.get(versionNumber)!;
      return answer.ok ? answer.value.document : undefined;
    };
    const amendments = [
      ...(provenance.origin?.amendments ?? []),
      ...provenance.changes.flatMap((change) => (change.amendment ? [change.amendment] : [])),
    ];
    const previews = new Map<string, ReturnType<typeof previewOperation>>();
    for (const amendment of amendments) {
      const base = await textOf(amendment.versionNumber);
      if (base) previews.set(amendment.id, previewOperation(base, amendment.operation));
    }
    sendPage(response, provenancePage(ctx, { ...header, provenance, language: header.document.language, previews }));
  }

  /** The chair chooses the sitting once: every decision form of the compilation starts with it until changed. */
  @Post('documents/:id/sitting')
  async keepSittingForm(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const documentId = idParameter(id);
    const { ctx, form } = await this.chairForm(request, response, 'document', documentId);
    const header = await this.header(documentId);
    if (!chairs(ctx, header.consultation)) return this.refusal(ctx, request, response, documentId, form)(ctx.t('error.forbidden'));
    const sitting = validSitting(field(form, 'meeting'), field(form, 'date'));
    if (!sitting)
      return this.refusal(
        ctx,
        request,
        response,
        documentId,
        form,
      )(ctx.t('form.required', { field: `${ctx.t('chair.meeting')}, ${ctx.t('chair.date')}` }));
    keepSitting(request, response, header.consultation.id, sitting);
    redirectAfter(response, `/web/documents/${documentId}/compilation`, ['sittingKept'], undefined, 'sitting-heading');
  }

  @Post('amendments/:id/decision')
  async rule(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const amendmentId = idParameter(id);
    const { ctx, actor, form } = await this.chairForm(request, response, 'amendment', amendmentId);
    const amendment = await this.reads.amendment(amendmentId);
    if (!amendment) throw notFound();
    const documentId = amendment.documentId;
    const refuse = this.refusal(ctx, request, response, documentId, form);
    const ruling = field(form, 'ruling');
    if (!(RULINGS as readonly string[]).includes(ruling)) return refuse(ctx.t('chair.needsRuling'));
    const sitting = sittingOf(form);
    if ('problem' in sitting) return refuse(ctx.t('error.badRequest'), sitting.problem);
    const reason = cleanText(field(form, 'reason'), 2000);
    if ('problem' in reason) return refuse(ctx.t('error.badRequest'), `reason ${reason.problem}`);
    let compromise: AmendmentOperation | undefined;
    if (ruling === 'accepted-as-modified') {
      const wording = cleanText(oneLine(field(form, 'compromise')));
      if ('problem' in wording) return refuse(ctx.t('error.badRequest'), `compromise ${wording.problem}`);
      compromise = wording.text === '' ? undefined : compromiseOperation(amendment.operation, wording.text);
      if (!compromise) return refuse(ctx.t('chair.needsCompromise'));
    }
    await this.decide(ctx, request, response, actor!, form, documentId, 'ruled', amendmentId, (decisionId) => ({
      kind: 'RuleOnAmendment',
      decisionId,
      amendmentId,
      ruling: ruling as Ruling,
      ...(compromise ? { compromise } : {}),
      ...(reason.text ? { reason: reason.text } : {}),
      ...sitting,
    }));
  }

  @Post('documents/:id/merges')
  async merge(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const documentId = idParameter(id);
    const { ctx, actor, form } = await this.chairForm(request, response, 'document', documentId);
    const refuse = this.refusal(ctx, request, response, documentId, form);
    const amendmentIds = fields(form, 'amendmentIds').filter((value) => /^[0-9a-f-]{36}$/i.test(value));
    if (amendmentIds.length < 2) return refuse(ctx.t('chair.needsTwo'));
    const sitting = sittingOf(form);
    if ('problem' in sitting) return refuse(ctx.t('error.badRequest'), sitting.problem);
    const wording = cleanText(oneLine(field(form, 'wording')));
    if ('problem' in wording || wording.text === '')
      return refuse(ctx.t('error.badRequest'), 'problem' in wording ? wording.problem : 'the merged wording is empty');
    const header = await this.header(documentId);
    const version = await this.reads.text(documentId, { kind: 'version', versionNumber: header.document.currentVersion });
    const provisionId = field(form, 'provisionId');
    const located = version.ok ? locateProvision(version.value.document, provisionId) : undefined;
    if (!located) return refuse(ctx.t('draft.unknown-provision'));
    const operation: AmendmentOperation = { kind: 'modify', provisionId, oldText: located.provision.text, newText: wording.text };
    await this.decide(ctx, request, response, actor!, form, documentId, 'merged', `provision-${provisionId}`, (decisionId) => ({
      kind: 'MergeAmendments',
      decisionId,
      amendmentIds,
      operation,
      ...sitting,
    }));
  }

  @Post('documents/:id/bracket-settlements')
  async settle(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const documentId = idParameter(id);
    const { ctx, actor, form } = await this.chairForm(request, response, 'document', documentId);
    const refuse = this.refusal(ctx, request, response, documentId, form);
    const choiceField = field(form, 'choice');
    const choice = choiceField === 'none' ? 'none' : /^\d{1,3}$/.test(choiceField) ? Number(choiceField) : undefined;
    const bracketIndex = /^\d{1,3}$/.test(field(form, 'bracketIndex')) ? Number(field(form, 'bracketIndex')) : undefined;
    if (choice === undefined || bracketIndex === undefined) return refuse(ctx.t('chair.needsChoice'));
    const sitting = sittingOf(form);
    if ('problem' in sitting) return refuse(ctx.t('error.badRequest'), sitting.problem);
    const provisionId = field(form, 'provisionId');
    await this.decide(ctx, request, response, actor!, form, documentId, 'settled', undefined, (decisionId) => ({
      kind: 'SettleBrackets',
      decisionId,
      provisionId,
      bracketIndex,
      choice,
      ...sitting,
    }));
  }

  /**
   * The adoption form: first the preview (the marked text, the title and line as printed, the
   * open points with their "leave open" boxes); only the preview's confirmation records it.
   */
  @Post('documents/:id/adoptions')
  async adopt(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const documentId = idParameter(id);
    const { ctx, actor, form } = await this.chairForm(request, response, 'document', documentId);
    const refuse = this.refusal(ctx, request, response, documentId, form);
    const sitting = sittingOf(form, true);
    if ('problem' in sitting) return refuse(ctx.t('error.badRequest'), sitting.problem);
    const label = cleanText(oneLine(field(form, 'label')), 200);
    if ('problem' in label || label.text === '') return refuse(ctx.t('form.required', { field: ctx.t('chair.versionLabel') }));
    const printed: Partial<Record<AdoptionField, string>> = {};
    for (const [name, labelKey, max] of ADOPTION_FIELDS) {
      const value = cleanText(oneLine(field(form, name)), max);
      const problem = 'problem' in value ? value.problem : name === 'symbol' && value.text ? textProblem(value.text, 'symbol') : undefined;
      if (problem) return refuse(ctx.t('form.invalid', { field: ctx.t(labelKey), problem }));
      if ('text' in value && value.text) printed[name] = value.text;
    }
    const method = adoptionMethodOf(form);
    if ('problem' in method) return refuse(ctx.t(method.problem));
    const choices = adoptionChoicesOf(form);
    const adoption: AdoptionAsked = { label: label.text, meeting: sitting.meeting!, date: sitting.date!, printed, method: method.method };
    const preview = (refusal?: { code: string; status: number; detail: string }) =>
      this.renderAdoptionPreview(ctx, response, documentId, form, adoption, choices, refusal);
    if (field(form, 'confirmed') !== 'yes') return preview();
    const context = this.commands.contextOf(actor, request, response, form.key);
    const sent = await this.commands.send(context, {
      kind: 'AdoptVersion',
      documentId,
      decisionId: context.newId('decision'),
      label: adoption.label,
      meeting: adoption.meeting,
      date: adoption.date,
      ...printed,
      ...method,
      ...(choices.leaveOpen.length > 0 || choices.leaveBrackets
        ? { leaveOpen: { amendmentIds: choices.leaveOpen, ...(choices.leaveBrackets ? { brackets: true } : {}) } }
        : {}),
      ...(choices.provisionalIn.length > 0 ? { provisionalIn: choices.provisionalIn } : {}),
    });
    // A refusal shows the preview again: what stays open, with its "leave open" boxes, in the reader's language.
    if (!sent.ok) return preview(sent);
    const header = await this.header(documentId);
    keepSitting(request, response, header.consultation.id, { meeting: adoption.meeting, date: adoption.date });
    redirectAfter(response, `/web/documents/${documentId}/compilation`, ['adopted'], sent.outcome.position);
  }

  private async renderAdoptionPreview(
    ctx: PageContext,
    response: Response,
    documentId: string,
    form: FormBody,
    adoption: AdoptionAsked,
    choices: AdoptionChoices,
    refusal?: { code: string; status: number; detail: string },
  ): Promise<void> {
    const header = await this.header(documentId);
    const current = header.document.currentVersion;
    const [compilation, marked, languages] = await Promise.all([
      this.reads.compilation(documentId),
      this.reads.marked(documentId, { from: current, to: { kind: 'working' } }),
      this.queries.execute(new ListLanguageVersions(documentId)),
    ]);
    if (!compilation || !marked.ok) throw notFound();
    const { before, after, diff, to } = marked.value;
    const latest = header.versions.find((v) => v.number === current);
    const unchanged = latest
      ? unchangedSinceAdoption(latest, { appliedDecisionIds: to.kind === 'working' ? to.appliedDecisionIds : [], text: after }, before)
      : undefined;
    const brackets = listUnsettledBrackets(after).map((g) => ({ provisionId: g.provisionId, bracketIndex: g.bracketIndex }));
    const outOfStep = (languages ?? [])
      .filter((v) => !v.original && v.awaiting > 0)
      .map((v) => ({ language: v.language, awaiting: v.awaiting }));
    const voting: AdoptionVoting | undefined =
      adoption.method?.kind === 'recorded-vote'
        ? { kind: 'recorded-vote', tally: tallyOf(adoption.method.votes) }
        : adoption.method?.kind === 'consensus'
          ? { kind: 'consensus' }
          : undefined;
    const textAdoption = { meeting: adoption.meeting, ...adoption.printed, ...(voting ? { method: voting } : {}) };
    const notices: Notice[] = [];
    if (refusal) {
      // What the preview itself shows to be in the way is said in the reader's language; anything else as the rules word it.
      const undecided = undecidedProposals(compilation).filter((p) => !choices.leaveOpen.includes(p.amendmentId));
      const uncovered = uncoveredLanguages(outOfStep, choices.provisionalIn);
      const explained = unchanged
        ? ctx.t('chairSafety.refused')
        : undecided.length > 0
          ? ctx.t('chairSafety.needsLeaveOpen')
          : brackets.length > 0 && !choices.leaveBrackets
            ? ctx.t('chairSafety.needsBrackets')
            : uncovered.length > 0
              ? outOfStepRefusal(ctx, uncovered)
              : undefined;
      notices.push(explained ? { kind: 'error', text: explained } : refusalNotice(ctx, refusal));
    }
    const key = typeof form.key === 'string' ? form.key : undefined;
    sendPage(
      response,
      adoptionPreviewPage(ctx, {
        ...header,
        carried: carriedAdoptionFields(form),
        label: adoption.label,
        meeting: adoption.meeting,
        date: adoption.date,
        versionNumber: Math.max(...header.versions.map((v) => v.number), current) + 1,
        language: after.language,
        printedTitle: adoptedTitle(after, textAdoption),
        printedLine: adoptionLineOf(after, textAdoption),
        base: { number: current, label: latest?.label ?? header.document.currentVersionLabel },
        diff,
        ...(unchanged ? { unchanged } : {}),
        compilation,
        brackets,
        languagesOutOfStep: outOfStep,
        leaveOpen: new Set(choices.leaveOpen),
        leaveBrackets: choices.leaveBrackets,
        provisionalIn: new Set(choices.provisionalIn),
        notices,
        ...(key ? { key } : {}),
      }),
      refusal?.status ?? 200,
    );
  }

  /** Sends a chair's decision; on success back to the compilation (the meeting and date kept for the next), else the refusal on it. */
  private async decide(
    ctx: PageContext,
    request: Request,
    response: Response,
    actor: AuthenticatedActor,
    form: FormBody,
    documentId: string,
    notice: 'ruled' | 'merged' | 'settled' | 'adopted',
    anchor: string | undefined,
    command: (decisionId: string) => Extract<DocumentCommand, { decisionId: string }>,
  ): Promise<void> {
    const context = this.commands.contextOf(actor, request, response, form.key);
    const sent = await this.commands.send(context, {
      ...command(context.newId('decision')),
      ...(notice === 'ruled' ? {} : { documentId }),
    });
    if (!sent.ok) {
      await this.renderCompilation(ctx, request, response, documentId, {
        notices: [refusalNotice(ctx, sent)],
        status: sent.status,
        sitting: this.sittingFields(form),
      });
      return;
    }
    // The sitting a decision was recorded at is kept for the next, in the session, not in the address.
    const sitting = validSitting(field(form, 'meeting'), field(form, 'date'));
    if (sitting) {
      const header = await this.header(documentId);
      keepSitting(request, response, header.consultation.id, sitting);
    }
    redirectAfter(
      response,
      `/web/documents/${documentId}/compilation`,
      [notice],
      sent.outcome.position,
      anchor ? (anchor.startsWith('provision-') ? anchor : `amendment-${anchor}`) : undefined,
    );
  }

  /** A chair's form: the session, the form checked against forgery, and the right to read what it acts on. */
  private async chairForm(request: Request, response: Response, target: 'document' | 'amendment', id: string) {
    const { ctx, actor } = await this.session.open(request, response);
    const form = formOf(request);
    this.session.checkForm(request, form);
    await this.access.mayRead(request, actor!, target, id);
    return { ctx, actor: actor!, form };
  }

  /** Answers a chair's form that cannot be acted on: the compilation again, with the problem named and the sitting kept. */
  private refusal(ctx: PageContext, request: Request, response: Response, documentId: string, form: FormBody) {
    return (text: string, detail?: string) =>
      this.renderCompilation(ctx, request, response, documentId, {
        notices: [{ kind: 'error', text, detail }],
        status: 400,
        sitting: this.sittingFields(form),
      });
  }

  /** The language versions awaiting translation, which an adoption must name as provisional. */
  private async outOfStep(documentId: string): Promise<OutOfStepModel[]> {
    const languages = (await this.queries.execute(new ListLanguageVersions(documentId))) ?? [];
    return languages.filter((v) => !v.original && v.awaiting > 0).map((v) => ({ language: v.language, awaiting: v.awaiting }));
  }

  private sittingFields(form: FormBody): { meeting: string; date: string } {
    const date = field(form, 'date').trim();
    return { meeting: oneLine(field(form, 'meeting')).slice(0, 300), date: DATE.test(date) ? date : '' };
  }

  /** What else waits for the chair of a document: its silence procedures and its language versions out of step. */
  private async chairWork(documentId: string): Promise<ChairWorkModel> {
    const [silences, languages] = await Promise.all([
      this.queries.execute(new ListSilencesOfDocument(documentId)),
      this.queries.execute(new ListLanguageVersions(documentId)),
    ]);
    return { silences: silences?.items ?? [], languages: languages ?? [], now: new Date().toISOString() };
  }

  private async header(documentId: string): Promise<DocumentHeader & { document: NonNullable<Awaited<ReturnType<WebReads['document']>>> }> {
    const document = await this.reads.document(documentId);
    if (!document) throw notFound();
    const [consultation, versions] = await Promise.all([this.reads.consultation(document.consultationId), this.reads.versions(documentId)]);
    if (!consultation) throw notFound();
    return { document, consultation, versions };
  }

  private async renderCompilation(
    ctx: PageContext,
    request: Request,
    response: Response,
    documentId: string,
    options: {
      version?: number;
      sitting?: Sitting;
      notices?: Notice[];
      status?: number;
      filter?: Partial<CompilationFilter>;
      open?: string;
      merge?: string;
    },
  ): Promise<void> {
    const header = await this.header(documentId);
    const compilation = await this.reads.compilation(documentId, options.version);
    if (!compilation) throw notFound();
    const [versionText, working] = await Promise.all([
      this.reads.text(documentId, { kind: 'version', versionNumber: compilation.version.number }),
      this.reads.text(documentId, { kind: 'working' }),
    ]);
    if (!versionText.ok) throw notFound();
    const isChair = chairs(ctx, header.consultation);
    let brackets: BracketGroupModel[] = [];
    if (isChair && working.ok) {
      const labels = printedLabels(working.value.document);
      brackets = listUnsettledBrackets(working.value.document).map((group) => {
        const text = locateProvision(working.value.document, group.provisionId)?.provision.text ?? '';
        return {
          provisionId: group.provisionId,
          label: labels.get(group.provisionId) ?? '',
          text,
          bracketIndex: group.bracketIndex,
          alternatives: group.alternatives,
        };
      });
    }
    sendPage(
      response,
      compilationPage(ctx, {
        ...header,
        compilation,
        versionText: versionText.value.document,
        isChair,
        brackets,
        sitting: options.sitting ?? keptSitting(request, header.consultation.id) ?? { meeting: '', date: '' },
        notices: options.notices,
        filter: options.filter,
        open: options.open,
        merge: options.merge,
        work: isChair ? await this.chairWork(documentId) : undefined,
        voters: isChair ? votersAmong(await this.reads.stakeholders(), header.consultation.participants) : [],
        outOfStep: isChair && header.consultation.phase === 'adoption' ? await this.outOfStep(documentId) : [],
      }),
      options.status ?? 200,
    );
  }
}
