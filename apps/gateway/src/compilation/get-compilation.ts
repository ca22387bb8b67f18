import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource, In } from 'typeorm';
import { CompilationAmendmentRow, CompilationContributionRow, CompilationStakeholderRow, CompilationVersionRow } from '#libs/read-models';
import { CompilationView } from './compilation.view';
import { compileProposals } from './compile-proposals';
import { CompilationPageRequest } from './compilation-page';
import { PartyView, sponsorIds } from '../views/party.view';
import { listInputs } from '../inputs/input-queries';

/**
 * The compilation of proposals on one version of a document (the current one when none is
 * named): null when the document, or that version, is not (yet) projected.
 */
export class GetCompilation extends Query<CompilationView | null> {
  constructor(
    readonly documentId: string,
    readonly versionNumber?: number,
    /** One page, filtered; the whole compilation when absent. */
    readonly page?: CompilationPageRequest,
  ) {
    super();
  }
}

/**
 * Reads the compilation projection's own tables, so that its proposals stand at one position
 * of the log; the stakeholders' inputs beside them come from their own projection (an input
 * bears on no amendment, so the two need not stand at the same position).
 */
@QueryHandler(GetCompilation)
export class GetCompilationHandler implements IQueryHandler<GetCompilation> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId, versionNumber, page }: GetCompilation): Promise<CompilationView | null> {
    const [latest] = await this.dataSource.query('SELECT max(number) AS number FROM compilation_versions WHERE document_id = $1', [
      documentId,
    ]);
    if (latest?.number === null || latest?.number === undefined) return null;
    const currentVersion = Number(latest.number);
    const number = versionNumber ?? currentVersion;
    const version = await this.dataSource.getRepository(CompilationVersionRow).findOneBy({ documentId, number });
    if (!version) return null;
    // Undecided amendments left open at an adoption still wait beside the current version's text.
    const amendments = await this.dataSource
      .getRepository(CompilationAmendmentRow)
      .createQueryBuilder('a')
      .where('a.document_id = :documentId', { documentId })
      .andWhere(
        number === currentVersion
          ? "(a.version_number = :number OR (a.version_number < :number AND a.status IN ('pending', 'deferred')))"
          : 'a.version_number = :number',
        { number },
      )
      .orderBy('a.proposed_position', 'ASC')
      .getMany();
    const contributionIds = [...new Set(amendments.flatMap((a) => (a.contributionId ? [a.contributionId] : [])))];
    const contributions =
      contributionIds.length === 0
        ? []
        : await this.dataSource.getRepository(CompilationContributionRow).findBy({ id: In(contributionIds) });
    const ids = [...new Set([...amendments.flatMap(sponsorIds), ...contributions.flatMap((c) => [...c.awaiting, ...c.declined])])];
    const stakeholders = ids.length === 0 ? [] : await this.dataSource.getRepository(CompilationStakeholderRow).findBy({ id: In(ids) });
    const parties = new Map<string, PartyView>(
      stakeholders.map((s) => [s.id, { id: s.id, name: s.name, category: s.category, region: s.region }]),
    );
    const inputs = await listInputs(this.dataSource, documentId, { versionNumber: number, publishedOnly: true });
    return compileProposals({
      version,
      currentVersion,
      amendments,
      parties,
      contributions: new Map(contributions.map((c) => [c.id, c])),
      inputs,
      page,
    });
  }
}
