import { Controller, Get, Inject, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { EMBEDDED_KAFKA_NOTE } from '#libs/eventstore';
import {
  AuditReportModel,
  ConsultationModel,
  ContributionModel,
  MessageKey,
  OwnProposal,
  ProposalModel,
  Translate,
  auditPage,
  projectionsPage,
  proposalsPage,
} from '#libs/web';
import { AuditGateway } from '../audit';
import { WebAccess } from './web-access';
import { forbidden } from './web-errors';
import { WebPageFilter } from './web-page.filter';
import { noticesAfter, sendPage } from './web-pages';
import { WebReads } from './web-reads';
import { WebSession } from './web-session';

const UNDECIDED = ['pending', 'deferred'];

/** A stakeholder's own proposals; an auditor's verification report; the read side's state and rebuilds. */
@ApiExcludeController()
@Controller('web')
@UseFilters(WebPageFilter)
export class WebFollowUpController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(WebReads) private readonly reads: WebReads,
    @Inject(AuditGateway) private readonly audit: AuditGateway,
    @Inject(WebAccess) private readonly access: WebAccess,
  ) {}

  @Get('proposals')
  async proposals(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    if (!actor!.roles.includes('stakeholder')) throw forbidden('error.proposalsOfStakeholders');
    const notices = await noticesAfter(request, ctx, this.reads);
    const [all, stakeholders] = await Promise.all([this.reads.consultations(), this.reads.stakeholders()]);
    const consultations = await this.access.visible(actor!, all);
    // A stakeholder follows its own proposals and those of the groups it speaks in.
    const own = new Set([actor!.id, ...stakeholders.filter((s) => s.memberIds.includes(actor!.id)).map((s) => s.id)]);
    const concerns = (proposal: ProposalModel) =>
      [...proposal.proposers, ...proposal.coSponsors, ...(proposal.onBehalfOf ? [proposal.onBehalfOf] : [])].some((party) =>
        own.has(party.id),
      );
    const proposals: OwnProposal[] = [];
    const contributions: { contribution: ContributionModel; consultation: ConsultationModel }[] = [];
    const seen = new Set<string>();
    for (const consultation of consultations) {
      for (const contribution of await this.reads.contributionsOf(consultation.id)) {
        if ([...contribution.cover.submitters, ...contribution.cover.coSponsors].some((id) => own.has(id)))
          contributions.push({ contribution, consultation });
      }
      for (const document of await this.reads.documentsOf(consultation.id)) {
        for (const version of [...(await this.reads.versions(document.id))].reverse()) {
          const compilation = await this.reads.compilation(document.id, version.number);
          if (!compilation) continue;
          const placed = [
            ...compilation.sections.flatMap((section) => [
              ...section.proposals.map((proposal) => ({ proposal, provisionLabel: section.heading })),
              ...section.provisions.flatMap((provision) =>
                provision.proposals.map((proposal) => ({ proposal, provisionLabel: provision.label || section.heading })),
              ),
            ]),
            ...compilation.unplaced.map((proposal) => ({ proposal, provisionLabel: undefined })),
          ];
          const byId = new Map(placed.map(({ proposal }) => [proposal.amendmentId, proposal]));
          const undecided = (proposal: ProposalModel | undefined) => proposal !== undefined && UNDECIDED.includes(proposal.status);
          for (const { proposal, provisionLabel } of placed) {
            if (seen.has(proposal.amendmentId) || !concerns(proposal)) continue;
            seen.add(proposal.amendmentId);
            const conflicts = undecided(proposal)
              ? compilation.conflicts.flatMap((conflict) => {
                  if (!conflict.amendmentIds.includes(proposal.amendmentId)) return [];
                  const other = byId.get(conflict.amendmentIds.find((id) => id !== proposal.amendmentId) ?? '');
                  return other && undecided(other) && !concerns(other) ? [{ other, conflict }] : [];
                })
              : [];
            proposals.push({ document, proposal, provisionLabel, ...(conflicts.length > 0 ? { conflicts } : {}) });
          }
        }
      }
    }
    sendPage(response, proposalsPage(ctx, { proposals, contributions, notices }));
  }

  @Get('audit')
  async verification(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    if (!actor!.roles.includes('auditor') && !actor!.roles.includes('secretariat')) throw forbidden('error.verificationForAuditors');
    sendPage(response, auditPage(ctx, reasonsInLanguage(await this.audit.verify(), ctx.t)));
  }

  @Get('projections')
  async projections(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    if (!actor!.roles.includes('auditor') && !actor!.roles.includes('secretariat')) throw forbidden('error.projectionsForAuditors');
    sendPage(response, projectionsPage(ctx, await this.reads.projectionStatuses()));
  }
}

/** The reasons the verification gives in English (for logs and the API) that the page says in its reader's language. */
const REASON_KEYS = new Map<string, MessageKey>([[EMBEDDED_KAFKA_NOTE, 'audit.embeddedNoKafka']]);

function reasonsInLanguage(report: AuditReportModel, t: Translate): AuditReportModel {
  const said = (reason: unknown) => (typeof reason === 'string' && REASON_KEYS.has(reason) ? t(REASON_KEYS.get(reason)!) : reason);
  const kafka = report.kafka.checked ? report.kafka : { ...report.kafka, reasonKey: REASON_KEYS.get(report.kafka.reason) };
  const noteMessages = report.noteMessages?.map((message) =>
    'reason' in message.params ? { ...message, params: { ...message.params, reason: String(said(message.params.reason)) } } : message,
  );
  return { ...report, kafka, noteMessages };
}
