import { QueryBus } from '@nestjs/cqrs';
import { AmendmentRecord, DocumentState, carryOnto, initialDocumentState } from '#libs/domain';
import { ResolutionDocument, fromInterchange } from '#libs/text';
import { GetDocumentVersion, ListAmendmentsOfDocument } from '../documents';

/** What a revision would do to each undecided amendment, as the ledger decides it. */
export interface CarriedAmendments {
  readonly rebased: string[];
  readonly overtaken: string[];
}

/**
 * The undecided amendments a revision would rebase and those it would overtake (on its own,
 * before the chair names any), computed by the domain's rule on the document as the read
 * models keep it: the amendments in the order proposed, and the versions they were drafted on.
 */
export async function carriedAmendments(
  queries: QueryBus,
  documentId: string,
  working: ResolutionDocument,
  revision: ResolutionDocument,
): Promise<CarriedAmendments> {
  const amendments = (await queries.execute(new ListAmendmentsOfDocument(documentId)))?.items ?? [];
  const undecided = amendments.filter((a) => a.status === 'pending' || a.status === 'deferred');
  if (undecided.length === 0) return { rebased: [], overtaken: [] };
  const numbers = [...new Set(amendments.map((a) => a.versionNumber))].sort((a, b) => a - b);
  const versions = await Promise.all(numbers.map((n) => queries.execute(new GetDocumentVersion(documentId, n))));
  const state: DocumentState = {
    ...initialDocumentState,
    registered: true,
    documentId,
    versions: versions.flatMap((v) => (v ? [{ number: v.number, label: v.label, text: fromInterchange(v.text) }] : [])),
    working,
    applied: [],
    amendments: Object.fromEntries(
      amendments.map((a, sequence): [string, AmendmentRecord] => [
        a.id,
        {
          id: a.id,
          versionNumber: a.versionNumber,
          operation: a.operation,
          proposers: a.proposers,
          coSponsors: a.coSponsors,
          ...(a.contributionId ? { contributionId: a.contributionId } : {}),
          status: a.status,
          revision: a.revision,
          sequence,
        },
      ]),
    ),
    decisions: {},
  };
  const carried = carryOnto(state, revision);
  return { rebased: carried.rebased.map((r) => r.amendmentId), overtaken: carried.overtaken };
}
