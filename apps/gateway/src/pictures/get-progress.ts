import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource, In } from 'typeorm';
import { CompilationAmendmentRow, CompilationVersionRow, MeetingRow, StateOfPlayRoundRow } from '#libs/read-models';
import type { ResolutionDocument } from '#libs/text';
import type { ProgressFigures } from '#libs/pictures';
import { progressMarks, progressPoints } from './progress-figures';

const DAY_END_TEXTS_SQL = `
  SELECT DISTINCT ON (document_id, (recorded_at AT TIME ZONE 'UTC')::date) document_id, recorded_at, working
    FROM document_text_history
   WHERE document_id = ANY ($1::text[])
   ORDER BY document_id, (recorded_at AT TIME ZONE 'UTC')::date, position DESC`;

/** The progress picture's figures of a consultation; null for an unknown one. */
export class GetProgress extends Query<ProgressFigures | null> {
  constructor(readonly consultationId: string) {
    super();
  }
}

/** Reads the texts' history, the compilation's amendments and versions, the recorded state of play, the history's phase changes and the meetings. */
@QueryHandler(GetProgress)
export class GetProgressHandler implements IQueryHandler<GetProgress> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ consultationId }: GetProgress): Promise<ProgressFigures | null> {
    const [consultation] = await this.dataSource.query('SELECT title, deadlines FROM consultations WHERE id = $1', [consultationId]);
    if (!consultation) return null;
    const versions = await this.dataSource.getRepository(CompilationVersionRow).find({
      where: { consultationId },
      select: { documentId: true, number: true, label: true, recordedAt: true, text: true },
      order: { recordedAt: 'ASC' },
    });
    const documentIds = [...new Set(versions.map((v) => v.documentId))];
    const [texts, amendments, phaseChanges, meetings, rounds] = await Promise.all([
      // The text each document ended each day with: the points are taken at the ends of days.
      documentIds.length
        ? (this.dataSource.query(DAY_END_TEXTS_SQL, [documentIds]) as Promise<
            { document_id: string; recorded_at: Date; working: ResolutionDocument }[]
          >)
        : [],
      documentIds.length ? this.dataSource.getRepository(CompilationAmendmentRow).find({ where: { documentId: In(documentIds) } }) : [],
      this.dataSource.query(
        `SELECT recorded_at, details->'payload'->>'to' AS "to" FROM consultation_history WHERE consultation_id = $1 AND kind = 'phase-changed' ORDER BY position`,
        [consultationId],
      ) as Promise<{ recorded_at: Date; to: string }[]>,
      this.dataSource.getRepository(MeetingRow).find({ where: { consultationId }, select: { name: true, date: true } }),
      documentIds.length
        ? this.dataSource.getRepository(StateOfPlayRoundRow).find({
            where: { documentId: In(documentIds) },
            select: { documentId: true, recordedAt: true, statuses: true },
          })
        : [],
    ]);
    return {
      consultationId,
      title: consultation.title,
      points: progressPoints(
        texts.map((t) => ({ documentId: t.document_id, recordedAt: new Date(t.recorded_at), text: t.working })),
        amendments,
        { rounds, versions },
      ),
      marks: progressMarks({
        phaseChanges: phaseChanges.filter((p) => p.to).map((p) => ({ recordedAt: new Date(p.recorded_at), to: p.to })),
        deadlines: consultation.deadlines ?? {},
        revisions: versions.filter((v) => v.number > 1).map((v) => ({ recordedAt: v.recordedAt, label: v.label })),
        meetings,
      }),
    };
  }
}
