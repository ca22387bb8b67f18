import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource, In } from 'typeorm';
import { CompilationAmendmentRow, CompilationVersionRow, DocumentTextHistoryRow, MeetingRow } from '#libs/read-models';
import type { ProgressFigures } from '#libs/pictures';
import { progressMarks, progressPoints } from './progress-figures';

/** The progress picture's figures of a consultation; null for an unknown one. */
export class GetProgress extends Query<ProgressFigures | null> {
  constructor(readonly consultationId: string) {
    super();
  }
}

/** Reads the texts' history, the compilation's amendments and versions, the history's phase changes and the meetings. */
@QueryHandler(GetProgress)
export class GetProgressHandler implements IQueryHandler<GetProgress> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ consultationId }: GetProgress): Promise<ProgressFigures | null> {
    const [consultation] = await this.dataSource.query('SELECT title, deadlines FROM consultations WHERE id = $1', [consultationId]);
    if (!consultation) return null;
    const versions = await this.dataSource.getRepository(CompilationVersionRow).find({
      where: { consultationId },
      select: { documentId: true, number: true, label: true, recordedAt: true },
      order: { recordedAt: 'ASC' },
    });
    const documentIds = [...new Set(versions.map((v) => v.documentId))];
    const [texts, amendments, phaseChanges, meetings] = await Promise.all([
      documentIds.length
        ? this.dataSource.getRepository(DocumentTextHistoryRow).find({
            where: { documentId: In(documentIds) },
            select: { documentId: true, position: true, recordedAt: true, working: true },
            order: { position: 'ASC' },
          })
        : [],
      documentIds.length ? this.dataSource.getRepository(CompilationAmendmentRow).find({ where: { documentId: In(documentIds) } }) : [],
      this.dataSource.query(
        `SELECT recorded_at, details->'payload'->>'to' AS "to" FROM consultation_history WHERE consultation_id = $1 AND kind = 'phase-changed' ORDER BY position`,
        [consultationId],
      ) as Promise<{ recorded_at: Date; to: string }[]>,
      this.dataSource.getRepository(MeetingRow).find({ where: { consultationId }, select: { name: true, date: true } }),
    ]);
    return {
      consultationId,
      title: consultation.title,
      points: progressPoints(
        texts.map((t) => ({ documentId: t.documentId, recordedAt: t.recordedAt, text: t.working })),
        amendments,
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
