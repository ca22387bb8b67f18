import { EntityManager } from 'typeorm';
import {
  AMENDMENTS_MERGED,
  AMENDMENT_CO_SPONSORED,
  AMENDMENT_PROPOSED,
  AMENDMENT_RULED,
  AMENDMENT_WITHDRAWN,
  AmendmentCoSponsoredV1,
  AmendmentProposedV1,
  AmendmentRuledV1,
  AmendmentWithdrawnV1,
  AmendmentsMergedV1,
  CONSULTATION_REGISTERED,
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  CONTRIBUTION_WITHDRAWN,
  ConsultationRegisteredV2,
  ContributionCover,
  ContributionRevisedV1,
  ContributionSubmittedV1,
  ContributionWithdrawnV1,
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  DecisionCorrectedV1,
  DocumentRegisteredV1,
  PARTICIPANT_ADMITTED,
  ParticipantAdmittedV1,
  RESERVATION_RECORDED,
  RecordedEvent,
  ReservationRecordedV1,
  STAKEHOLDER_REGISTERED,
  StakeholderRegisteredV1,
} from '#libs/contracts';
import type { ParticipationRoleColumn, ParticipationStatusColumn, ParticipationSubjectColumn } from '#libs/read-models';
import { Projection } from '../projection';

/** A stakeholder and the part it took. */
export interface Part {
  readonly stakeholderId: string;
  readonly role: ParticipationRoleColumn;
}

/** The parts a contribution's cover names: its submitters, its co-sponsors and the group it speaks for. */
export function partsOfCover(cover: Pick<ContributionCover, 'submitters' | 'coSponsors' | 'onBehalfOf'>): Part[] {
  return distinctParts([
    ...cover.submitters.map((stakeholderId) => ({ stakeholderId, role: 'submitter' as const })),
    ...cover.coSponsors.map((stakeholderId) => ({ stakeholderId, role: 'co-sponsor' as const })),
    ...(cover.onBehalfOf ? [{ stakeholderId: cover.onBehalfOf, role: 'on-behalf-of' as const }] : []),
  ]);
}

/**
 * The parts an amendment's proposal names. The write side lists a contribution's
 * co-sponsors among the proposers of the amendments it carries; they are counted as the
 * co-sponsors they are on the cover.
 */
export function partsOfProposal(proposal: Pick<AmendmentProposedV1, 'proposers' | 'onBehalfOf'>, coSponsorsOfContribution: readonly string[] = []): Part[] {
  const coSponsors = new Set(coSponsorsOfContribution);
  return distinctParts([
    ...proposal.proposers.map((stakeholderId, i) => ({
      stakeholderId,
      // The first proposer submitted it, whatever the cover says.
      role: i > 0 && coSponsors.has(stakeholderId) ? ('co-sponsor' as const) : ('proposer' as const),
    })),
    ...(proposal.onBehalfOf ? [{ stakeholderId: proposal.onBehalfOf, role: 'on-behalf-of' as const }] : []),
  ]);
}

function distinctParts(parts: readonly Part[]): Part[] {
  const seen = new Set<string>();
  return parts.filter((part) => {
    const key = `${part.stakeholderId}\u0000${part.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface Subject {
  readonly kind: ParticipationSubjectColumn;
  readonly id: string;
  readonly consultationId: string;
  readonly documentId: string | null;
  readonly status: ParticipationStatusColumn;
}

/**
 * Who took part in what: one fact per stakeholder and part in each contribution, amendment,
 * reservation and admission, with the stakeholder's category and region and where the
 * contribution or amendment stands. The registry, the consultations and which consultation
 * each document belongs to are kept in this projection's own tables.
 */
export class ParticipationProjection implements Projection {
  readonly name = 'participation';
  readonly version = 1;
  readonly tables = ['participation_facts', 'participation_stakeholders', 'participation_consultations', 'participation_documents'];

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const at = new Date(event.recordedAt);
    switch (event.type) {
      case STAKEHOLDER_REGISTERED: {
        const e = event.payload as StakeholderRegisteredV1;
        await manager.query(
          `INSERT INTO participation_stakeholders (id, name, category, region, member_ids) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, category = EXCLUDED.category, region = EXCLUDED.region, member_ids = EXCLUDED.member_ids`,
          [e.stakeholderId, e.name, e.category, e.region, [...e.memberIds]],
        );
        // Facts recorded before the registration (the write side does not let that happen) get their category now.
        await manager.query('UPDATE participation_facts SET category = $2, region = $3 WHERE stakeholder_id = $1 AND category IS NULL', [
          e.stakeholderId,
          e.category,
          e.region,
        ]);
        return;
      }
      case CONSULTATION_REGISTERED: {
        const e = event.payload as ConsultationRegisteredV2;
        await manager.query('INSERT INTO participation_consultations (id, title) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title', [
          e.consultationId,
          e.title,
        ]);
        return;
      }
      case PARTICIPANT_ADMITTED: {
        const e = event.payload as ParticipantAdmittedV1;
        const subject: Subject = { kind: 'admission', id: e.consultationId, consultationId: e.consultationId, documentId: null, status: 'admitted' };
        await this.record(manager, subject, [{ stakeholderId: e.stakeholderId, role: 'participant' }], event, at);
        return;
      }
      case DOCUMENT_REGISTERED: {
        const e = event.payload as DocumentRegisteredV1;
        await manager.query(
          'INSERT INTO participation_documents (document_id, consultation_id) VALUES ($1, $2) ON CONFLICT (document_id) DO UPDATE SET consultation_id = EXCLUDED.consultation_id',
          [e.documentId, e.consultationId],
        );
        return;
      }
      case CONTRIBUTION_SUBMITTED:
      case CONTRIBUTION_REVISED: {
        // A revision's cover replaces the earlier one: participation counts the contribution as it now stands.
        const e = event.payload as ContributionSubmittedV1 | ContributionRevisedV1;
        const subject: Subject = {
          kind: 'contribution',
          id: e.contributionId,
          consultationId: e.consultationId,
          documentId: e.substance.kind === 'report' ? null : e.substance.documentId,
          status: 'submitted',
        };
        await this.forget(manager, subject);
        await this.record(manager, subject, partsOfCover(e), event, at);
        return;
      }
      case CONTRIBUTION_WITHDRAWN:
        await this.setStatus(manager, 'contribution', (event.payload as ContributionWithdrawnV1).contributionId, 'withdrawn');
        return;
      case AMENDMENT_PROPOSED: {
        const e = event.payload as AmendmentProposedV1;
        const coSponsors: { stakeholder_id: string }[] = e.contributionId
          ? await manager.query(
              `SELECT stakeholder_id FROM participation_facts WHERE subject_kind = 'contribution' AND subject_id = $1 AND role = 'co-sponsor'`,
              [e.contributionId],
            )
          : [];
        const subject: Subject = {
          kind: 'amendment',
          id: e.amendmentId,
          consultationId: await this.consultationOf(manager, e.documentId, event),
          documentId: e.documentId,
          status: 'pending',
        };
        await this.forget(manager, subject);
        await this.record(manager, subject, partsOfProposal(e, coSponsors.map((row) => row.stakeholder_id)), event, at);
        return;
      }
      case AMENDMENT_CO_SPONSORED: {
        const e = event.payload as AmendmentCoSponsoredV1;
        const [amendment] = await manager.query(
          `SELECT status FROM participation_facts WHERE subject_kind = 'amendment' AND subject_id = $1 LIMIT 1`,
          [e.amendmentId],
        );
        const subject: Subject = {
          kind: 'amendment',
          id: e.amendmentId,
          consultationId: await this.consultationOf(manager, e.documentId, event),
          documentId: e.documentId,
          status: amendment?.status ?? 'pending',
        };
        await this.record(manager, subject, [{ stakeholderId: e.stakeholderId, role: 'co-sponsor' }], event, at);
        return;
      }
      case AMENDMENT_WITHDRAWN:
        await this.setStatus(manager, 'amendment', (event.payload as AmendmentWithdrawnV1).amendmentId, 'withdrawn');
        return;
      case AMENDMENT_RULED: {
        const e = event.payload as AmendmentRuledV1;
        await this.setStatus(manager, 'amendment', e.amendmentId, e.ruling);
        return;
      }
      case DECISION_CORRECTED: {
        const e = event.payload as DecisionCorrectedV1;
        await this.setStatus(manager, 'amendment', e.amendmentId, e.ruling);
        return;
      }
      case AMENDMENTS_MERGED: {
        const e = event.payload as AmendmentsMergedV1;
        for (const amendmentId of e.amendmentIds) await this.setStatus(manager, 'amendment', amendmentId, 'merged');
        return;
      }
      case RESERVATION_RECORDED: {
        const e = event.payload as ReservationRecordedV1;
        const subject: Subject = {
          kind: 'reservation',
          id: e.decisionId,
          consultationId: await this.consultationOf(manager, e.documentId, event),
          documentId: e.documentId,
          status: 'recorded',
        };
        await this.record(manager, subject, [{ stakeholderId: e.stakeholderId, role: 'reserving' }], event, at);
        return;
      }
    }
  }

  private async consultationOf(manager: EntityManager, documentId: string, event: RecordedEvent): Promise<string> {
    const [row] = await manager.query('SELECT consultation_id FROM participation_documents WHERE document_id = $1', [documentId]);
    if (!row) throw new Error(`${event.type} at position ${event.position} names document ${documentId}, which was never registered`);
    return row.consultation_id;
  }

  /** Drops a subject's facts: what is recorded next replaces them whole (also when a rebuild replays over old rows). */
  private async forget(manager: EntityManager, subject: Subject): Promise<void> {
    await manager.query('DELETE FROM participation_facts WHERE subject_kind = $1 AND subject_id = $2', [subject.kind, subject.id]);
  }

  private async record(manager: EntityManager, subject: Subject, parts: readonly Part[], event: RecordedEvent, at: Date): Promise<void> {
    if (parts.length === 0) return;
    await manager.query(
      `INSERT INTO participation_facts
         (subject_kind, subject_id, stakeholder_id, role, consultation_id, document_id, category, region, status, recorded_at, position)
       SELECT $1, $2, part.stakeholder_id, part.role, $3, $4, s.category, s.region, $5, $6, $7
         FROM unnest($8::text[], $9::text[]) AS part (stakeholder_id, role)
         LEFT JOIN participation_stakeholders s ON s.id = part.stakeholder_id
       ON CONFLICT (subject_kind, subject_id, stakeholder_id, role) DO NOTHING`,
      [
        subject.kind,
        subject.id,
        subject.consultationId,
        subject.documentId,
        subject.status,
        at,
        event.position,
        parts.map((part) => part.stakeholderId),
        parts.map((part) => part.role),
      ],
    );
  }

  private async setStatus(manager: EntityManager, kind: ParticipationSubjectColumn, id: string, status: ParticipationStatusColumn): Promise<void> {
    await manager.query('UPDATE participation_facts SET status = $3 WHERE subject_kind = $1 AND subject_id = $2', [kind, id, status]);
  }
}
