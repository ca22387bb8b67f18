import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource, FindOptionsOrder, FindOptionsWhere, LessThanOrEqual } from 'typeorm';
import { DOCUMENT_TEXTS_PROJECTION, DocumentTextHistoryRow } from '#libs/read-models';
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
    if (row) return answered(textAt(row));

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

  private lastRowAt(documentId: string, moment: TextMoment): Promise<DocumentTextHistoryRow | null> {
    let where: FindOptionsWhere<DocumentTextHistoryRow> = { documentId };
    let order: FindOptionsOrder<DocumentTextHistoryRow> = { position: 'DESC' };
    switch (moment.kind) {
      case 'version':
        // The row that started the version (its registration or adoption) holds the version's own text.
        where = { documentId, versionNumber: moment.versionNumber };
        order = { position: 'ASC' };
        break;
      case 'position':
        where = { documentId, position: LessThanOrEqual(moment.position) };
        break;
      case 'time':
        // The store hands out positions and times in commit order, so the last by time is the last by position.
        where = { documentId, recordedAt: LessThanOrEqual(moment.at) };
        order = { recordedAt: 'DESC', position: 'DESC' };
        break;
    }
    return this.dataSource.getRepository(DocumentTextHistoryRow).findOne({ where, order });
  }

  private async projectedTo(): Promise<number> {
    const [row] = await this.dataSource.query('SELECT position FROM projection_checkpoints WHERE name = $1 AND version = $2', [
      DOCUMENT_TEXTS_PROJECTION.name,
      DOCUMENT_TEXTS_PROJECTION.version,
    ]);
    return row ? Number(row.position) : 0;
  }
}

function textAt(row: DocumentTextHistoryRow): DocumentTextAt {
  return {
    documentId: row.documentId,
    versionNumber: row.versionNumber,
    versionLabel: row.versionLabel,
    appliedDecisionIds: row.applied.map((change) => change.decisionId),
    position: row.position,
    recordedAt: row.recordedAt,
    streamVersion: row.streamVersion,
    eventType: row.eventType,
    decisionId: row.decisionId,
    document: row.working,
  };
}
