import { DocxWarning, UploadLimits, readDocxContribution, readWordPackage } from '#libs/documents';
import { AmendmentOperation, DocumentDiff, ResolutionDocument, diffDocuments, renderMarkedText } from '#libs/text';
import { DerivedProposalWarning, submittableProposal } from './submittable-proposal';

/** What a contribution written in Word proposes to a version. */
export interface WordProposal {
  /** Each amendment with the reasons the document gives for it. */
  readonly amendments: readonly { readonly operation: AmendmentOperation; readonly explanation?: string }[];
  readonly warnings: readonly DerivedProposalWarning[];
  readonly docxWarnings: readonly DocxWarning[];
  readonly tracked: boolean;
  readonly ignoredParts: readonly string[];
  readonly diff: DocumentDiff;
  /** The version as the contribution's changes leave it. */
  readonly proposed: ResolutionDocument;
  readonly preview: { readonly text: string; readonly html: string };
}

/**
 * The amendments a Word contribution proposes to a version, as `POST /documents/{id}/derived-proposal/docx`
 * answers them; records nothing. Throws UploadRefused for a hostile or wrong file.
 */
export function deriveWordProposal(version: ResolutionDocument, data: Uint8Array, limits: UploadLimits): WordProposal {
  const word = readWordPackage(data, limits);
  const read = readDocxContribution(word, version);
  // The reader kept the version's ids on the provisions it matched: the amendments are derived by them.
  const proposal = submittableProposal(version, read.target, { identities: 'ids' });
  const diff = diffDocuments(version, proposal.proposed);
  return {
    amendments: proposal.operations.map((operation) => {
      const explanation = read.explanations.get(provisionOf(operation) ?? '');
      return explanation ? { operation, explanation } : { operation };
    }),
    warnings: proposal.warnings,
    docxWarnings: read.warnings,
    tracked: read.tracked,
    ignoredParts: word.ignoredParts,
    diff,
    proposed: proposal.proposed,
    preview: { text: renderMarkedText(diff, 'text'), html: renderMarkedText(diff, 'html') },
  };
}

function provisionOf(operation: AmendmentOperation): string | undefined {
  if (operation.kind === 'add') return operation.newId;
  return 'provisionId' in operation ? operation.provisionId : undefined;
}
