import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource, In } from 'typeorm';
import { AmendmentRow, DocumentRow, DocumentVersionRow } from '#libs/read-models';
import { DocumentDiff, ResolutionDocument, diffDocuments } from '#libs/text';
import { NotApplied, acceptEverythingProposed } from './pending-text';
import { MarkedRange, MarkedTarget } from './text-request';
import { TextAnswer, answered, badRequest, noDocument, notFound } from './text-answer';

/** One side of a marked text, as the answer names it. */
export type MarkedSide =
  | { readonly kind: 'version'; readonly versionNumber: number; readonly versionLabel: string }
  | {
      readonly kind: 'working';
      /** The latest version, with the decisions since applied. */
      readonly versionNumber: number;
      readonly versionLabel: string;
      readonly appliedDecisionIds: readonly string[];
      /** Global position of the document's last event projected. */
      readonly position: number;
    }
  | {
      readonly kind: 'pending';
      readonly versionNumber: number;
      readonly versionLabel: string;
      readonly appliedDecisionIds: readonly string[];
      readonly position: number;
      /** The undecided amendments applied on top of the working text, in order of proposal. */
      readonly amendmentIds: readonly string[];
    };

/** A version against another, or against the working text (with every undecided amendment accepted, for `pending`). */
export interface MarkedComparison {
  readonly documentId: string;
  readonly from: MarkedSide;
  readonly to: MarkedSide;
  readonly before: ResolutionDocument;
  readonly after: ResolutionDocument;
  readonly diff: DocumentDiff;
  /** For `to=pending`: the undecided amendments left out, and why. */
  readonly notApplied?: readonly NotApplied[];
}

/**
 * The marked text of a document between two of its texts. `from` defaults to the version
 * before `to` when `to` is a version, else to the latest version; `to` defaults to the
 * latest version, or to the working text while the base text is the only version.
 */
export class GetMarkedText extends Query<TextAnswer<MarkedComparison>> {
  constructor(
    readonly documentId: string,
    readonly range: MarkedRange = {},
  ) {
    super();
  }
}

const UNDECIDED = ['pending', 'deferred'];

@QueryHandler(GetMarkedText)
export class GetMarkedTextHandler implements IQueryHandler<GetMarkedText> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId, range }: GetMarkedText): Promise<TextAnswer<MarkedComparison>> {
    // Versions, working text and amendments all come from the documents projection's rows, which move together.
    const document = await this.dataSource.getRepository(DocumentRow).findOneBy({ id: documentId });
    if (!document) return notFound(noDocument(documentId));
    const latest = document.currentVersion;
    const to: MarkedTarget = range.to ?? (latest > 1 ? { kind: 'version', versionNumber: latest } : { kind: 'working' });
    if (range.from === undefined && to.kind === 'version' && to.versionNumber === 1) {
      return badRequest('version 1 is the registered base text, with no version before it: name the version to compare it with in from');
    }
    const from = range.from ?? (to.kind === 'version' ? to.versionNumber - 1 : latest);

    const pending =
      to.kind === 'pending'
        ? await this.dataSource.getRepository(AmendmentRow).find({
            where: { documentId, status: In(UNDECIDED) },
            order: { proposedPosition: 'ASC' },
            select: { id: true, versionNumber: true, operation: true, proposers: true },
          })
        : [];
    const numbers = new Set([
      from,
      ...(to.kind === 'version' ? [to.versionNumber] : []),
      ...(to.kind === 'pending' ? [latest] : []),
      ...pending.map((amendment) => amendment.versionNumber),
    ]);
    const versions = new Map(
      (await this.dataSource.getRepository(DocumentVersionRow).findBy({ documentId, number: In([...numbers]) })).map((row) => [
        row.number,
        row,
      ]),
    );
    const missing = [from, ...(to.kind === 'version' ? [to.versionNumber] : [])].find((number) => !versions.has(number));
    if (missing !== undefined) return notFound(`Document ${documentId} has no version ${missing} (yet).`);

    const fromVersion = versions.get(from)!;
    const before = fromVersion.text;
    const fromSide: MarkedSide = { kind: 'version', versionNumber: from, versionLabel: fromVersion.label };
    const working = {
      versionNumber: latest,
      versionLabel: document.currentLabel,
      appliedDecisionIds: document.applied.map((change) => change.decisionId),
      position: document.lastPosition,
    };

    if (to.kind === 'version') {
      const version = versions.get(to.versionNumber)!;
      return answered(
        this.comparison(
          documentId,
          fromSide,
          { kind: 'version', versionNumber: version.number, versionLabel: version.label },
          before,
          version.text,
        ),
      );
    }
    if (to.kind === 'working')
      return answered(this.comparison(documentId, fromSide, { kind: 'working', ...working }, before, document.working));

    const accepted = acceptEverythingProposed(
      document.working,
      pending.map((amendment) => ({
        id: amendment.id,
        operation: amendment.operation,
        proposers: amendment.proposers,
        proposedAgainst: (versions.get(amendment.versionNumber) ?? versions.get(latest)!).text,
      })),
    );
    return answered({
      ...this.comparison(documentId, fromSide, { kind: 'pending', ...working, amendmentIds: accepted.applied }, before, accepted.text),
      notApplied: accepted.notApplied,
    });
  }

  private comparison(
    documentId: string,
    from: MarkedSide,
    to: MarkedSide,
    before: ResolutionDocument,
    after: ResolutionDocument,
  ): MarkedComparison {
    return { documentId, from, to, before, after, diff: diffDocuments(before, after) };
  }
}
