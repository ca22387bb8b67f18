import { EntityManager } from 'typeorm';
import {
  AMENDMENT_CO_SPONSORED,
  AMENDMENT_PROPOSED,
  AMENDMENT_REVISED,
  AMENDMENT_WITHDRAWN,
  AmendmentCoSponsoredV1,
  AmendmentProposedV1,
  AmendmentRevisedV1,
  AmendmentWithdrawnV1,
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  ContributionSubmittedV1,
  DOCUMENT_REGISTERED,
  DocumentRegisteredV1,
  RecordedEvent,
  STAKEHOLDER_REGISTERED,
  StakeholderRegisteredV1,
  VERSION_ADOPTED,
  VersionAdoptedV1,
} from '#libs/contracts';
import { CompilationAmendmentRow, CompilationContributionRow, CompilationStakeholderRow, CompilationVersionRow } from '#libs/read-models';
import { Projection } from '../projection';
import { footprintOf } from './compilation-footprint';
import { amendmentDecisionOf, withDecision } from './compilation-decisions';

/**
 * The compilation of proposals, the working document of a negotiation: each version's
 * text, and every amendment drafted against it with its placement beside a provision,
 * its sponsors, the symbol of the contribution that brought it, its status and every
 * decision on it. The query lays the amendments beside the version's provisions and
 * finds the conflicts among those still undecided.
 */
export class CompilationProjection implements Projection {
  readonly name = 'compilation';
  readonly version = 1;
  readonly tables = ['compilation_stakeholders', 'compilation_contributions', 'compilation_versions', 'compilation_amendments'];

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const at = new Date(event.recordedAt);
    switch (event.type) {
      case STAKEHOLDER_REGISTERED: {
        const e = event.payload as StakeholderRegisteredV1;
        await manager.upsert(CompilationStakeholderRow, { id: e.stakeholderId, name: e.name, category: e.category, region: e.region }, ['id']);
        return;
      }
      case CONTRIBUTION_SUBMITTED:
      case CONTRIBUTION_REVISED: {
        // A revision carries a new symbol ("C26/15(Rev.1)-A"); the amendments it brings follow it in the log.
        const e = event.payload as ContributionSubmittedV1;
        await manager.upsert(CompilationContributionRow, { id: e.contributionId, consultationId: e.consultationId, symbol: e.symbol }, ['id']);
        return;
      }
      case DOCUMENT_REGISTERED: {
        const e = event.payload as DocumentRegisteredV1;
        // Registration starts the document afresh, so a rebuild over old rows reads no later version before its adoption.
        await manager.query('DELETE FROM compilation_versions WHERE document_id = $1 AND number > 1', [e.documentId]);
        await manager.upsert(
          CompilationVersionRow,
          {
            documentId: e.documentId,
            number: 1,
            consultationId: e.consultationId,
            symbol: e.symbol,
            label: e.versionLabel,
            text: e.text,
            adoptedMeeting: null,
            adoptedDate: null,
            decisionId: null,
            recordedAt: at,
          },
          ['documentId', 'number'],
        );
        return;
      }
      case VERSION_ADOPTED: {
        const e = event.payload as VersionAdoptedV1;
        const base = await manager.findOneOrFail(CompilationVersionRow, { where: { documentId: e.documentId, number: 1 }, select: { consultationId: true, symbol: true } });
        await manager.upsert(
          CompilationVersionRow,
          {
            documentId: e.documentId,
            number: e.versionNumber,
            consultationId: base.consultationId,
            symbol: base.symbol,
            label: e.label,
            text: e.text,
            adoptedMeeting: e.meeting,
            adoptedDate: e.date,
            decisionId: e.decisionId,
            recordedAt: at,
          },
          ['documentId', 'number'],
        );
        return;
      }
      case AMENDMENT_PROPOSED: {
        const e = event.payload as AmendmentProposedV1;
        await manager.upsert(
          CompilationAmendmentRow,
          {
            id: e.amendmentId,
            documentId: e.documentId,
            versionNumber: e.versionNumber,
            operation: e.operation,
            placement: footprintOf(e.operation).placement,
            proposers: [...e.proposers],
            coSponsors: [],
            onBehalfOf: e.onBehalfOf ?? null,
            contributionId: e.contributionId ?? null,
            contributionSymbol: await this.symbolOf(e.contributionId, manager),
            status: 'pending',
            revision: 0,
            explanation: e.explanation ?? null,
            decisions: [],
            withdrawal: null,
            proposedAt: at,
            proposedPosition: event.position,
            lastPosition: event.position,
          },
          ['id'],
        );
        return;
      }
      case AMENDMENT_CO_SPONSORED: {
        const e = event.payload as AmendmentCoSponsoredV1;
        await manager.query(
          `UPDATE compilation_amendments SET co_sponsors = array_append(co_sponsors, $2), last_position = $3
            WHERE id = $1 AND NOT ($2 = ANY (co_sponsors))`,
          [e.amendmentId, e.stakeholderId, event.position],
        );
        return;
      }
      case AMENDMENT_REVISED: {
        const e = event.payload as AmendmentRevisedV1;
        const amendment = await manager.findOneOrFail(CompilationAmendmentRow, { where: { id: e.amendmentId }, select: { id: true, contributionId: true } });
        // A revision is drafted against the latest version, whatever the original was.
        const [latest] = await manager.query('SELECT max(number) AS number FROM compilation_versions WHERE document_id = $1', [e.documentId]);
        await manager.update(
          CompilationAmendmentRow,
          { id: e.amendmentId },
          {
            operation: e.operation,
            placement: footprintOf(e.operation).placement,
            revision: e.revision,
            versionNumber: Number(latest.number),
            contributionSymbol: await this.symbolOf(amendment.contributionId ?? undefined, manager),
            ...(e.explanation !== undefined ? { explanation: e.explanation } : {}),
            lastPosition: event.position,
          },
        );
        return;
      }
      case AMENDMENT_WITHDRAWN: {
        const e = event.payload as AmendmentWithdrawnV1;
        const withdrawal = { by: e.by, ...(e.reason !== undefined ? { reason: e.reason } : {}), recordedAt: event.recordedAt, position: event.position };
        await manager.update(CompilationAmendmentRow, { id: e.amendmentId }, { status: 'withdrawn', withdrawal, lastPosition: event.position });
        return;
      }
      default: {
        const decided = amendmentDecisionOf(event);
        if (!decided) return;
        for (const amendmentId of decided.amendmentIds) {
          const amendment = await manager.findOneOrFail(CompilationAmendmentRow, { where: { id: amendmentId }, select: { id: true, decisions: true } });
          await manager.update(
            CompilationAmendmentRow,
            { id: amendmentId },
            { status: decided.decision.ruling, decisions: withDecision(amendment.decisions, decided.decision), lastPosition: event.position },
          );
        }
      }
    }
  }

  private async symbolOf(contributionId: string | undefined, manager: EntityManager): Promise<string | null> {
    if (contributionId === undefined) return null;
    const contribution = await manager.findOne(CompilationContributionRow, { where: { id: contributionId }, select: { symbol: true } });
    return contribution?.symbol ?? null;
  }
}
