import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { DOCUMENT_TEXTS_PROJECTION, DocumentTextHistoryRow, TextHistoryFoldRow, foldTextHistory } from '#libs/read-models';
import { ResolutionDocument } from '#libs/text';
import { TextMoment } from './text-request';
import { TextAnswer, answered, noDocument, notFound } from './text-answer';

/** A document's text at a moment, with where in the record it comes from. */
export interface DocumentTextAt {
  readonly documentId: string;
  /** The version the text is, or builds on with the decisions since. */
  readonly versionNumber: number;
  readonly versionLabel: string;
  /** The decisions applied to that version to make this text, in order; empty when the text is the version itself. */
  readonly appliedDecisionIds: readonly string[];
  /** The event that last changed the text at or before the moment asked: its global position, time, type and decision. */
  readonly position: number;
  readonly recordedAt: Date;
  readonly streamVersion: number;
  readonly eventType: string;
  readonly decisionId: string | null;
  readonly document: ResolutionDocument;
}

/** The text of a document now (the working text), as a version, or as it stood at a global position or a time. */
export class GetDocumentText extends Query<TextAnswer<DocumentTextAt>> {
  constructor(
    readonly documentId: string,
    readonly moment: TextMoment = { kind: 'working' },
  ) {
    super();
  }
}

@QueryHandler(GetDocumentText)
export class GetDocumentTextHandler implements IQueryHandler<GetDocumentText> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId, moment }: GetDocumentText): Promise<TextAnswer<DocumentTextAt>> {
    if (moment.kind === 'position') {
      // Past the projection's checkpoint the history may still lack changes: say so rather than answer an older text.
      const projectedTo = await this.projectedTo();
      if (moment.position > projectedTo) {
        return notFound(
          `The texts are projected up to position ${projectedTo}; the text at position ${moment.position} can be read once they reach it.`,
        );
      }
    }
    const row = await this.lastRowAt(documentId, moment);
    if (row) return answered(row);

    const first = await this.dataSource.getRepository(DocumentTextHistoryRow).findOne({
      where: { documentId },
      order: { position: 'ASC' },
      select: { position: true, recordedAt: true },
    });
    if (!first) return notFound(noDocument(documentId));
    const registered = `it was registered at position ${first.position}, ${first.recordedAt.toISOString()}`;
    switch (moment.kind) {
      case 'version':
        return notFound(`Document ${documentId} has no version ${moment.versionNumber} (yet).`);
      case 'position':
        return notFound(`Document ${documentId} did not exist yet at position ${moment.position}: ${registered}.`);
      default:
        return notFound(
          `Document ${documentId} did not exist yet at ${moment.kind === 'time' ? moment.at.toISOString() : 'that moment'}: ${registered}.`,
        );
    }
  }

  /**
   * The row of the last change at or before the moment, with its text folded from its
   * snapshot: one query reads the row's version from its first row on, the whole text only
   * on the snapshot the row folds from, and of the changes before that snapshot only their
   * decisions (the list of decisions applied is all the answer needs of them).
   */
  private async lastRowAt(documentId: string, moment: TextMoment): Promise<DocumentTextAt | null> {
    let where = 'position <= $2';
    let order = 'position DESC';
    let parameter: unknown = Number.MAX_SAFE_INTEGER;
    switch (moment.kind) {
      case 'version':
        // The row that started the version (its registration or adoption) holds the version's own text.
        where = 'version_number = $2';
        order = 'position ASC';
        parameter = moment.versionNumber;
        break;
      case 'position':
        parameter = moment.position;
        break;
      case 'time':
        // The store hands out positions and times in commit order, so the last by time is the last by position.
        where = 'recorded_at <= $2';
        order = 'recorded_at DESC, position DESC';
        parameter = moment.at;
        break;
    }
    const rows: HistoryRowRead[] = await this.dataSource.query(
      `WITH target AS (SELECT position, version_number, snapshot_position FROM document_text_history
                        WHERE document_id = $1 AND ${where} ORDER BY ${order} LIMIT 1)
       SELECT h.position, h.stream_version AS "streamVersion", h.recorded_at AS "recordedAt", h.event_type AS "eventType",
              h.decision_id AS "decisionId", h.version_number AS "versionNumber", h.version_label AS "versionLabel",
              h.corrects, CASE WHEN h.position >= t.snapshot_position THEN h.working END AS working,
              CASE WHEN h.position > t.snapshot_position THEN h.change
                   WHEN h.change IS NOT NULL THEN jsonb_build_object('decisionId', h.change -> 'decisionId') END AS change
         FROM target t JOIN document_text_history h
           ON h.document_id = $1 AND h.version_number = t.version_number AND h.position <= t.position
        ORDER BY h.position`,
      [documentId, parameter],
    );
    if (rows.length === 0) return null;
    const row = rows[rows.length - 1];
    const folded = foldTextHistory(rows);
    return {
      documentId,
      versionNumber: row.versionNumber,
      versionLabel: row.versionLabel,
      appliedDecisionIds: folded.applied.map((change) => change.decisionId),
      position: Number(row.position),
      recordedAt: row.recordedAt,
      streamVersion: row.streamVersion,
      eventType: row.eventType,
      decisionId: row.decisionId,
      document: folded.working,
    };
  }

  private async projectedTo(): Promise<number> {
    const [row] = await this.dataSource.query('SELECT position FROM projection_checkpoints WHERE name = $1 AND version = $2', [
      DOCUMENT_TEXTS_PROJECTION.name,
      DOCUMENT_TEXTS_PROJECTION.version,
    ]);
    return row ? Number(row.position) : 0;
  }
}

/** A row of the text history as the as-of query reads it. */
interface HistoryRowRead extends TextHistoryFoldRow {
  readonly position: string;
  readonly streamVersion: number;
  readonly recordedAt: Date;
  readonly decisionId: string | null;
  readonly versionNumber: number;
  readonly versionLabel: string;
}
