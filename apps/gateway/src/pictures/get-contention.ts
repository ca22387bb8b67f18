import { Inject } from '@nestjs/common';
import { IQueryBus, IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { CompilationAmendmentRow } from '#libs/read-models';
import type { ContentionFigures } from '#libs/pictures';
import { GetDocumentSymbol, GetDocumentText } from '../texts';
import type { DocumentTextAt } from '../texts/get-document-text';
import type { TextAnswer } from '../texts/text-answer';
import { ContentionMoment, contentionFigures, lastEventBy } from './contention-figures';

/** The contention map's figures of a document now or at a moment of its history; why not, when there is none (404). */
export class GetContention extends Query<TextAnswer<ContentionFigures>> {
  constructor(
    readonly documentId: string,
    readonly moment: ContentionMoment = { kind: 'now' },
  ) {
    super();
  }
}

/** Reads the text as it stood (the texts' history) and the compilation's amendments, and counts. */
@QueryHandler(GetContention)
export class GetContentionHandler implements IQueryHandler<GetContention> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(QueryBus) private readonly queries: IQueryBus,
  ) {}

  async execute({ documentId, moment }: GetContention): Promise<TextAnswer<ContentionFigures>> {
    const answer = await this.queries.execute<GetDocumentText, TextAnswer<DocumentTextAt>>(
      new GetDocumentText(
        documentId,
        moment.kind === 'now' ? { kind: 'working' } : moment.kind === 'position' ? moment : { kind: 'time', at: moment.at },
      ),
    );
    if (!answer.ok) return answer;
    const at = answer.value;
    const [symbol, amendments] = await Promise.all([
      this.queries.execute<GetDocumentSymbol, string | null>(new GetDocumentSymbol(documentId)),
      this.dataSource.getRepository(CompilationAmendmentRow).find({ where: { documentId }, order: { proposedPosition: 'ASC' } }),
    ]);
    return {
      ok: true,
      value: contentionFigures({
        documentId,
        symbol: symbol ?? at.versionLabel,
        text: at.document,
        versionNumber: at.versionNumber,
        versionLabel: at.versionLabel,
        asOf: lastEventBy(moment, { position: at.position, recordedAt: at.recordedAt.toISOString() }, amendments),
        moment,
        amendments,
      }),
    };
  }
}
