import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource, In } from 'typeorm';
import type { RevisionIssuedV1 } from '#libs/contracts';
import { AmendmentRow, DecisionRow, StakeholderRow } from '#libs/read-models';
import { AuthoredAmendment, RevisionAuthorship, authorshipByTarget } from '#libs/documents';
import type { MarkedComparison } from './get-marked-text';

const CARRIED = ['accepted', 'accepted-as-modified', 'merged'];

/**
 * Who changed each provision and section between the two texts of a marked comparison: the
 * proposers of the amendments decided in that span (and, for `pending`, those accepted in
 * the reading), by name, with the decision's date, and the revisions (Rev.N) issued in it,
 * by their label; for Word's tracked changes.
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
    // A revision's changes are the chair's or co-facilitators': they sign as the revision.
    const revisions = (
      await this.dataSource.getRepository(DecisionRow).find({ where: { documentId, kind: 'revision' }, order: { position: 'ASC' } })
    ).filter((row) => {
      const { versionNumber } = row.payload as RevisionIssuedV1;
      return versionNumber > from.versionNumber && (to.kind !== 'version' || versionNumber <= to.versionNumber);
    });
    const inOrder = [
      ...decided.map((row) => ({
        position: row.lastPosition,
        authored: authored(row, (row.ruling && 'date' in row.ruling && row.ruling.date) || row.updatedAt.toISOString()),
      })),
      ...revisions.map((row) => {
        const e = row.payload as RevisionIssuedV1;
        const author = e.symbol ? `${e.label} (${e.symbol})` : e.label;
        return { position: row.position, authored: e.changes.map((operation) => ({ operation, proposers: [author], date: e.date })) };
      }),
    ].sort((a, b) => a.position - b.position);
    return authorshipByTarget([
      ...inOrder.flatMap((entry) => entry.authored),
      ...pending.flatMap((row) => authored(row, row.proposedAt.toISOString())),
    ]);
  }
}
