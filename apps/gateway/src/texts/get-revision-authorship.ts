import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource, In } from 'typeorm';
import { AmendmentRow, StakeholderRow } from '#libs/read-models';
import { AuthoredAmendment, RevisionAuthorship, authorshipByTarget } from '#libs/documents';
import type { MarkedComparison } from './get-marked-text';

const CARRIED = ['accepted', 'accepted-as-modified', 'merged'];

/**
 * Who changed each provision and section between the two texts of a marked comparison: the
 * proposers of the amendments decided in that span (and, for `pending`, those accepted in
 * the reading), by name, with the decision's date; for Word's tracked changes.
 */
export class GetRevisionAuthorship extends Query<Map<string, RevisionAuthorship>> {
  constructor(readonly comparison: MarkedComparison) {
    super();
  }
}

@QueryHandler(GetRevisionAuthorship)
export class GetRevisionAuthorshipHandler implements IQueryHandler<GetRevisionAuthorship> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ comparison }: GetRevisionAuthorship): Promise<Map<string, RevisionAuthorship>> {
    const { documentId, from, to } = comparison;
    const amendments = this.dataSource.getRepository(AmendmentRow);
    const decided = (await amendments.find({ where: { documentId, status: In(CARRIED) }, order: { lastPosition: 'ASC' } })).filter(
      (row) => row.versionNumber >= from.versionNumber && (to.kind !== 'version' || row.versionNumber < to.versionNumber),
    );
    const pending =
      to.kind === 'pending' && to.amendmentIds.length > 0
        ? await amendments.find({ where: { id: In([...to.amendmentIds]) }, order: { proposedPosition: 'ASC' } })
        : [];
    const ids = [...new Set([...decided, ...pending].flatMap((row) => row.proposers))];
    const names = new Map(
      (ids.length === 0 ? [] : await this.dataSource.getRepository(StakeholderRow).findBy({ id: In(ids) })).map((s) => [s.id, s.name]),
    );
    const authored = (row: AmendmentRow, date: string): AuthoredAmendment[] => {
      const proposers = row.proposers.map((id) => names.get(id) ?? id);
      const applied = row.ruling && 'applied' in row.ruling && row.ruling.applied ? [row.ruling.applied] : [];
      return [row.operation, ...applied].map((operation) => ({ operation, proposers, date }));
    };
    return authorshipByTarget([
      ...decided.flatMap((row) => authored(row, (row.ruling && 'date' in row.ruling && row.ruling.date) || row.updatedAt.toISOString())),
      ...pending.flatMap((row) => authored(row, row.proposedAt.toISOString())),
    ]);
  }
}
