import { QueryBus } from '@nestjs/cqrs';
import {
  DocumentDiff,
  ImportWarning,
  ResolutionDocument,
  diffDocuments,
  fromInterchange,
  importResolution,
  renderMarkedText,
  toInterchange,
} from '#libs/text';
import { GetDocument, GetDocumentVersion } from '../documents';
import { SubmittableProposal, submittableProposal } from './submittable-proposal';
import { interchangeProblem } from '../http/interchange-problem';

/** The whole text as a stakeholder wants it: plain text (imported as the base text was), or the interchange format. */
export type ProposedText = { readonly source: string } | { readonly document: unknown };

/** The version proposals are drafted against: the document's current one. */
export interface CurrentVersion {
  readonly number: number;
  readonly label: string;
  readonly text: ResolutionDocument;
}

/** What a whole text proposes to a version: the amendments a contribution can carry, what they leave out, and the marked text they give. */
export interface DerivedProposal extends SubmittableProposal {
  readonly importWarnings: readonly ImportWarning[];
  /** The version against the text the amendments make of it. */
  readonly diff: DocumentDiff;
  readonly preview: { readonly text: string; readonly html: string };
}

/** The current version of a document as the read model keeps it; undefined when there is no such document (yet: a new one appears once projected). */
export async function currentVersionOf(queries: QueryBus, documentId: string): Promise<CurrentVersion | undefined> {
  const document = await queries.execute(new GetDocument(documentId));
  const version = document && (await queries.execute(new GetDocumentVersion(documentId, document.currentVersion)));
  if (!document || !version) return undefined;
  return { number: version.number, label: version.label, text: fromInterchange(version.text) };
}

/**
 * The amendments a whole text proposes to a version, as `POST /documents/{id}/derived-proposal`
 * answers them and the web page shows them; records nothing. An interchange document that does
 * not read is refused as a validation problem.
 */
export function deriveProposal(version: ResolutionDocument, text: ProposedText, acceptLanguage?: string): DerivedProposal {
  let target: ResolutionDocument;
  let importWarnings: readonly ImportWarning[] = [];
  if ('source' in text) {
    // The same importer, in the same language and style, as the document's base text.
    const imported = importResolution(text.source, { language: version.language, style: version.style });
    // Read back as the version is (from the interchange form), so that only the words can differ, not how they are kept.
    target = fromInterchange(toInterchange(imported.document));
    importWarnings = imported.warnings;
  } else {
    try {
      target = fromInterchange(text.document);
    } catch (error) {
      throw interchangeProblem('document', error, acceptLanguage);
    }
  }
  // Provisions are recognised by their wording, whatever ids the text sent carries.
  const proposal = submittableProposal(withSortedMetadata(version), withSortedMetadata(target));
  const diff = diffDocuments(version, proposal.proposed);
  return { ...proposal, importWarnings, diff, preview: { text: renderMarkedText(diff, 'text'), html: renderMarkedText(diff, 'html') } };
}

/**
 * The cover's fields in one order: the read model keeps the version in jsonb, which orders
 * keys its own way, and the text engine compares covers as written.
 */
function withSortedMetadata(doc: ResolutionDocument): ResolutionDocument {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
              .map(([key, item]) => [key, sorted(item)]),
          )
        : value;
  return { ...doc, metadata: sorted(doc.metadata) as ResolutionDocument['metadata'] };
}
