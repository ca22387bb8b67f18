import { AmendmentOperation, Conflict, LanguageCode, composeLanguageText, findConflictsWith } from '#libs/text';
import { DocumentState, latestVersion, undecidedAmendments } from './document-state';
import { sameProposal } from './one-proposal';

/**
 * The pending amendments on the same version that a new one conflicts with, for the proposer to see at once.
 * Words are compared within one language: an amendment proposed in another language version
 * is compared with the others proposed in it, on that version's text.
 */
export function conflictsOfProposal(
  state: DocumentState,
  amendmentId: string,
  operation: AmendmentOperation,
  contributionId?: string,
  language?: LanguageCode,
): Conflict[] {
  const version = latestVersion(state);
  const inLanguage = language !== state.originalLanguage ? language : undefined;
  const translated = inLanguage && state.languageVersions[inLanguage];
  const pending = undecidedAmendments(state).filter(
    (a) => a.versionNumber === version.number && a.id !== amendmentId && !sameProposal(a, { contributionId }) && a.language === inLanguage,
  );
  return findConflictsWith(
    { id: amendmentId, op: operation },
    pending.map((a) => ({ id: a.id, op: a.operation })),
    translated ? composeLanguageText(version.text, translated.text).document : version.text,
  );
}
