import { NewEvent } from '#libs/contracts';
import { Decision, refuse } from '../result';
import { DocumentCommand, DocumentContext } from './document-commands';
import { DocumentState } from './document-state';

// PLACEHOLDER until the language-version decider lands (issue 21): replaced, not kept.
export function decideLanguageVersion(
  command: Extract<DocumentCommand, { kind: 'AddLanguageVersion' | 'RecordTranslation' }>,
  state: DocumentState,
  context: DocumentContext,
): Decision<NewEvent> {
  void command;
  void state;
  void context;
  return refuse('invalid', 'language versions are not decided yet');
}
