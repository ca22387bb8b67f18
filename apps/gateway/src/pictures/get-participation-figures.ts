import { Inject } from '@nestjs/common';
import { IQueryBus, IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { ParticipationBar, ParticipationFigures, ParticipationWeek } from '#libs/pictures';
import { GetParticipation, GroupTally, ParticipationView } from '../participation';

/** The participation picture's figures of a consultation; null for an unknown one. */
export class GetParticipationFigures extends Query<ParticipationFigures | null> {
  constructor(readonly consultationId: string) {
    super();
  }
}

/*
 * Distinct contributions and amendments by the week they were first recorded (weeks from
 * Monday, UTC), every week from the first to the last listed, the quiet ones as zeros.
 */
const WEEKS_SQL = `
  WITH firsts AS (
    SELECT subject_kind, subject_id, min(recorded_at) AS recorded_at
      FROM participation_facts
     WHERE consultation_id = $1 AND subject_kind IN ('contribution', 'amendment')
     GROUP BY subject_kind, subject_id
  ), counted AS (
    SELECT date_trunc('week', recorded_at AT TIME ZONE 'UTC')::date AS week,
           count(*) FILTER (WHERE subject_kind = 'contribution') AS contributions,
           count(*) FILTER (WHERE subject_kind = 'amendment') AS amendments
      FROM firsts GROUP BY 1
  )
  SELECT to_char(w.week, 'YYYY-MM-DD') AS week, coalesce(c.contributions, 0) AS contributions, coalesce(c.amendments, 0) AS amendments
    FROM generate_series((SELECT min(week) FROM counted), (SELECT max(week) FROM counted), interval '1 week') AS w (week)
    LEFT JOIN counted c ON c.week = w.week::date
   ORDER BY w.week`;

function bar(key: string, tally: GroupTally): ParticipationBar {
  return {
    key,
    stakeholders: tally.stakeholders,
    contributions: tally.contributions.total,
    amendments: tally.amendments.total,
    decided: tally.amendments.decided,
    acceptanceRate: tally.amendments.acceptanceRate,
  };
}

/** Counts direct participation (a group for itself, as the participation report's `direct`), from the participation projection. */
@QueryHandler(GetParticipationFigures)
export class GetParticipationFiguresHandler implements IQueryHandler<GetParticipationFigures> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(QueryBus) private readonly queries: IQueryBus,
  ) {}

  async execute({ consultationId }: GetParticipationFigures): Promise<ParticipationFigures | null> {
    const report = await this.queries.execute<GetParticipation, ParticipationView | null>(new GetParticipation(consultationId));
    if (!report) return null;
    const weeks: { week: string; contributions: string; amendments: string }[] = await this.dataSource.query(WEEKS_SQL, [consultationId]);
    return {
      consultationId,
      title: report.consultationTitle ?? '',
      byCategory: report.byCategory.map((c) => bar(c.category, c.direct)),
      byRegion: report.byRegion.map((r) => bar(r.region, r.direct)),
      totals: {
        stakeholders: report.totals.stakeholders,
        contributions: report.totals.contributions.total,
        amendments: report.totals.amendments.total,
      },
      weeks: weeks.map((w): ParticipationWeek => ({
        week: w.week,
        contributions: Number(w.contributions),
        amendments: Number(w.amendments),
      })),
    };
  }
}
