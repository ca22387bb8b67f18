/** A document's history as the replay folds it, and what the explanation of a provision reads from it. */
import {
  AMENDMENT_PROPOSED,
  AMENDMENT_REVISED,
  AmendmentProposed,
  AmendmentRevised,
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  ContributionRevised,
  ContributionSubmitted,
} from '#libs/contracts';
import { DocumentState, evolveDocument, initialDocumentState } from '#libs/domain';
import { ResolutionDocument, locateProvision, outlineDocument } from '#libs/text';
import { CurrentEvent, ReplayMoment, ReplayedEvent, current, documentStream, happenedBy } from './replay-events';

/** The wording the question is about: the provision's words and its footnotes. */
export function wordingIn(doc: ResolutionDocument | undefined, provisionId: string): string | undefined {
  if (!doc) return undefined;
  const located = locateProvision(doc, provisionId);
  if (!located) return undefined;
  const footnotes = located.provision.footnotes.map((f) => ` [${f.text}]`).join('');
  return located.provision.text + footnotes;
}

export function printedLabelIn(doc: ResolutionDocument | undefined, provisionId: string): string | undefined {
  if (!doc) return undefined;
  return outlineDocument(doc).find((place) => place.provision.id === provisionId)?.printedLabel;
}

export const actorOf = (event: ReplayedEvent): string | undefined => (event.metadata as { actor?: { id?: string } } | undefined)?.actor?.id;
export const sittingOf = (payload: { meeting?: string; date?: string }) => ({
  ...(payload.meeting ? { meeting: payload.meeting } : {}),
  ...(payload.date ? { date: payload.date } : {}),
});

export type DocumentHistory = readonly {
  readonly event: CurrentEvent;
  readonly before?: ResolutionDocument;
  readonly after?: ResolutionDocument;
}[];
export type Proposals = ReadonlyMap<string, readonly CurrentEvent<AmendmentProposed | AmendmentRevised>[]>;
export type Contributions = ReadonlyMap<string, CurrentEvent<ContributionSubmitted | ContributionRevised>>;

/** The document's events up to the moment, in its current schema, each with the working text before and after it. */
export function foldDocument(
  all: readonly ReplayedEvent[],
  documentId: string,
  at: ReplayMoment,
): { state: DocumentState; history: DocumentHistory } {
  const stream = documentStream(documentId);
  const history: { event: CurrentEvent; before?: ResolutionDocument; after?: ResolutionDocument }[] = [];
  let state = initialDocumentState;
  for (const recorded of all) {
    if (recorded.streamId !== stream || !happenedBy(recorded, at)) continue;
    const event = current(recorded);
    if (!event) continue;
    const before = state.working;
    state = evolveDocument(state, event);
    history.push({ event, before, after: state.working });
  }
  return { state, history };
}

/** Each amendment's proposal and revisions, in order. */
export function proposalsIn(history: DocumentHistory): Proposals {
  const proposals = new Map<string, CurrentEvent<AmendmentProposed | AmendmentRevised>[]>();
  for (const { event } of history) {
    if (event.type === AMENDMENT_PROPOSED || event.type === AMENDMENT_REVISED) {
      const amendmentId = event.payload.amendmentId;
      proposals.set(amendmentId, [...(proposals.get(amendmentId) ?? []), event]);
    }
  }
  return proposals;
}

/** The first submission or revision of each contribution up to the moment. */
export function contributionsBy(all: readonly ReplayedEvent[], at: ReplayMoment): Contributions {
  const contributions = new Map<string, CurrentEvent<ContributionSubmitted | ContributionRevised>>();
  for (const recorded of all) {
    if ((recorded.type !== CONTRIBUTION_SUBMITTED && recorded.type !== CONTRIBUTION_REVISED) || !happenedBy(recorded, at)) continue;
    const event = current(recorded);
    if (event?.type !== CONTRIBUTION_SUBMITTED && event?.type !== CONTRIBUTION_REVISED) continue;
    if (!contributions.has(event.payload.contributionId)) contributions.set(event.payload.contributionId, event);
  }
  return contributions;
}
