import { Decider } from '../decider';
import { DocumentCommand, DocumentContext, decideDocument } from './document-decide';
import { DocumentState, evolveDocument, initialDocumentState } from './document-state';

/** One document: its versions, the amendments proposed to it and the chair's decisions on them. */
export const documentDecider: Decider<DocumentCommand, DocumentState, DocumentContext> = {
  decide: decideDocument,
  evolve: evolveDocument,
  initialState: initialDocumentState,
};
