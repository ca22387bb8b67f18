import { RevisionAuthorship, docxFileName, renderDocumentDocx, renderMarkedDocx, secretariatName } from '#libs/documents';
import type { DocumentTextAt } from './get-document-text';
import type { LanguageTextAt } from './language-text';
import type { MarkedComparison, MarkedSide } from './get-marked-text';
import type { WordMarks } from './text-request';

/** A Word file ready to hand out: its bytes, a name and the language of the text it holds. */
export interface WordFile {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly language: string;
}

/** A text as Word, named by the document's symbol and the version (or the working text at its position). */
export async function textWordFile(at: DocumentTextAt, symbol: string): Promise<WordFile> {
  const moment = at.appliedDecisionIds.length > 0 ? `working-${at.position}` : `v${at.versionNumber}`;
  return { bytes: await renderDocumentDocx(at.document), fileName: docxFileName(symbol, moment), language: at.document.language };
}

/** A language version as Word, in its language and direction, named by the symbol, the version and the language. */
export async function languageWordFile({ view, edition }: LanguageTextAt, symbol: string): Promise<WordFile> {
  const moment = view.working ? `working-${view.language}` : `v${view.versionNumber}-${view.language}`;
  return { bytes: await renderDocumentDocx(edition.document, edition), fileName: docxFileName(symbol, moment), language: view.language };
}

function sideName(side: MarkedSide): string {
  return side.kind === 'version' ? `v${side.versionNumber}` : side.kind;
}

/**
 * A marked text as Word. Tracked changes carry the proposer of each change and the date of
 * its decision (`authorship`, by provision or section id); what no amendment explains is the
 * secretariat's, dated when the file is made.
 */
export async function markedWordFile(
  comparison: MarkedComparison,
  symbol: string,
  marks: WordMarks,
  authorship: ReadonlyMap<string, RevisionAuthorship>,
): Promise<WordFile> {
  const fallback = { author: secretariatName(comparison.after.language), date: new Date().toISOString() };
  const bytes = await renderMarkedDocx(comparison.before, comparison.after, {
    form: marks,
    fallback,
    authorshipOf: (id) => authorship.get(id),
  });
  return {
    bytes,
    fileName: docxFileName(symbol, `${sideName(comparison.from)}-${sideName(comparison.to)}`),
    language: comparison.after.language,
  };
}
