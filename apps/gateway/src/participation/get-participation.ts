import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { Basis, CountsRow, ParticipantDescription, ParticipationCounts, participationReport } from './participation-tally';
import { ParticipationView } from './participation.view';

/** Participation in one consultation, or (consultationId null) in all of them; null for an unknown consultation. */
export class GetParticipation extends Query<ParticipationView | null> {
  constructor(
    readonly consultationId: string | null,
    /** Across consultations: the restricted ones the asker may not read, left out of the counts. */
    readonly hiddenConsultationIds: readonly string[] = [],
  ) {
    super();
  }
}

/*
 * One statement counts everything: the facts of the consultation counted directly (a
 * group for itself), and again for the members of each group ("through groups"), each by
 * stakeholder, by category, by region and all together. Contributions and amendments are
 * counted as distinct subjects, so an amendment two Member States proposed together counts
 * once for their category.
 */
const COUNTS_SQL = `
  WITH facts AS (
    SELECT subject_kind, subject_id, stakeholder_id, category, region, role, status
      FROM participation_facts
     WHERE ($1::text IS NULL OR consultation_id = $1)
       AND NOT (consultation_id = ANY ($2::text[]))
  ), counted AS (
    SELECT 'direct' AS basis, f.* FROM facts f
    UNION ALL
    SELECT 'throughGroups', f.subject_kind, f.subject_id, m.id, m.category, m.region, f.role, f.status
      FROM facts f
      JOIN participation_stakeholders g ON g.id = f.stakeholder_id
      CROSS JOIN LATERAL unnest(g.member_ids) AS member (id)
      JOIN participation_stakeholders m ON m.id = member.id
     WHERE f.subject_kind <> 'admission'
  )
  SELECT basis, stakeholder_id, category, region,
         GROUPING(stakeholder_id) = 0 AS by_stakeholder, GROUPING(category) = 0 AS by_category, GROUPING(region) = 0 AS by_region,
         COUNT(DISTINCT stakeholder_id) FILTER (WHERE subject_kind <> 'admission') AS stakeholders,
         COUNT(DISTINCT stakeholder_id) FILTER (WHERE subject_kind = 'admission') AS admitted,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'contribution') AS contributions,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'contribution' AND role IN ('submitter', 'on-behalf-of')) AS contributions_submitted,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'contribution' AND role = 'co-sponsor') AS contributions_co_sponsored,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'contribution' AND status = 'withdrawn') AS contributions_withdrawn,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'amendment') AS amendments,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'amendment' AND role IN ('proposer', 'on-behalf-of')) AS amendments_proposed,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'amendment' AND role = 'co-sponsor') AS amendments_co_sponsored,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'amendment' AND status = 'accepted') AS accepted,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'amendment' AND status = 'accepted-as-modified') AS accepted_as_modified,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'amendment' AND status = 'merged') AS merged,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'amendment' AND status = 'rejected') AS rejected,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'amendment' AND status = 'deferred') AS deferred,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'amendment' AND status = 'withdrawn') AS withdrawn,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'amendment' AND status = 'pending') AS pending,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'reservation') AS reservations,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'input') AS inputs,
         COUNT(DISTINCT subject_id) FILTER (WHERE subject_kind = 'input' AND status = 'withdrawn') AS inputs_withdrawn
    FROM counted
   GROUP BY basis, GROUPING SETS ((stakeholder_id), (category), (region), ())`;

interface SqlRow {
  readonly basis: Basis;
  readonly stakeholder_id: string | null;
  readonly category: string | null;
  readonly region: string | null;
  readonly by_stakeholder: boolean;
  readonly by_category: boolean;
  readonly by_region: boolean;
  readonly [count: string]: string | boolean | null;
}

function countsOf(row: SqlRow): ParticipationCounts {
  const n = (column: string) => Number(row[column]);
  return {
    stakeholders: n('stakeholders'),
    admitted: n('admitted'),
    contributions: n('contributions'),
    contributionsSubmitted: n('contributions_submitted'),
    contributionsCoSponsored: n('contributions_co_sponsored'),
    contributionsWithdrawn: n('contributions_withdrawn'),
    amendments: n('amendments'),
    amendmentsProposed: n('amendments_proposed'),
    amendmentsCoSponsored: n('amendments_co_sponsored'),
    accepted: n('accepted'),
    acceptedAsModified: n('accepted_as_modified'),
    merged: n('merged'),
    rejected: n('rejected'),
    deferred: n('deferred'),
    withdrawn: n('withdrawn'),
    pending: n('pending'),
    reservations: n('reservations'),
    inputs: n('inputs'),
    inputsWithdrawn: n('inputs_withdrawn'),
  };
}

function countsRow(row: SqlRow): CountsRow {
  const counts = countsOf(row);
  if (row.by_stakeholder) return { basis: row.basis, grouping: 'stakeholder', key: row.stakeholder_id, counts };
  if (row.by_category) return { basis: row.basis, grouping: 'category', key: row.category, counts };
  if (row.by_region) return { basis: row.basis, grouping: 'region', key: row.region, counts };
  return { basis: row.basis, grouping: 'all', key: null, counts };
}

@QueryHandler(GetParticipation)
export class GetParticipationHandler implements IQueryHandler<GetParticipation> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ consultationId, hiddenConsultationIds }: GetParticipation): Promise<ParticipationView | null> {
    let title: string | null = null;
    if (consultationId !== null) {
      const [consultation] = await this.dataSource.query('SELECT title FROM participation_consultations WHERE id = $1', [consultationId]);
      if (!consultation) return null;
      title = consultation.title;
    }
    const rows = ((await this.dataSource.query(COUNTS_SQL, [consultationId, hiddenConsultationIds])) as SqlRow[]).map(countsRow);
    const ids = [...new Set(rows.filter((row) => row.grouping === 'stakeholder' && row.key !== null).map((row) => row.key!))];
    const described: { id: string; name: string; category: string; region: string; member_ids: string[] }[] = ids.length
      ? await this.dataSource.query(
          'SELECT id, name, category, region, member_ids FROM participation_stakeholders WHERE id = ANY($1::text[])',
          [ids],
        )
      : [];
    const participants = described.map((s): ParticipantDescription => ({
      id: s.id,
      name: s.name,
      category: s.category as never,
      region: s.region as never,
      memberIds: s.member_ids,
    }));
    return { consultationId, consultationTitle: title, ...participationReport(rows, participants) };
  }
}
