/**
 * Replay from the events alone: the state of a consultation and the text of each of its
 * documents at any moment (a global position or a time), and the answer to an auditor's
 * "why does this provision read like this": the events that gave it its wording.
 *
 * Deterministic and pure: the write side's own evolve functions (libs/domain) fold the
 * events, the text engine (libs/text) applies the decisions, nothing else is consulted. The
 * same events give the same texts here, in the projections and on the write side.
 */
import { DOCUMENT_REGISTERED } from '#libs/contracts';
import {
  ConsultationState,
  DocumentState,
  evolveConsultation,
  evolveDocument,
  initialConsultationState,
  initialDocumentState,
  latestVersion,
} from '#libs/domain';
import { ResolutionDocument } from '#libs/text';
import { ReplayMoment, ReplayedEvent, current, documentStream, happenedBy } from './replay-events';

export type { CurrentEvent, ReplayMoment, ReplayedEvent } from './replay-events';
export { happenedBy } from './replay-events';
export * from './provision-lookup';
export * from './provision-explanation';

export interface DocumentReplay {
  readonly documentId: string;
  readonly state: DocumentState;
  /** The working text: the latest version with every decision taken since. */
  readonly text: ResolutionDocument;
  readonly versionNumber: number;
  readonly versionLabel: string;
  /** The last event of the document's stream at the moment. */
  readonly lastPosition: number;
}

/** A document's state and text at a moment, folded from its stream; undefined when it was not registered yet. */
export function replayDocument(events: Iterable<ReplayedEvent>, documentId: string, at: ReplayMoment = {}): DocumentReplay | undefined {
  const stream = documentStream(documentId);
  let state = initialDocumentState;
  let lastPosition = 0;
  for (const recorded of events) {
    if (recorded.streamId !== stream || !happenedBy(recorded, at)) continue;
    const event = current(recorded);
    if (!event) continue;
    state = evolveDocument(state, event);
    lastPosition = event.position;
  }
  if (!state.registered || !state.working) return undefined;
  const version = latestVersion(state);
  return { documentId, state, text: state.working, versionNumber: version.number, versionLabel: version.label, lastPosition };
}

export interface ConsultationReplay {
  readonly consultationId: string;
  readonly state: ConsultationState;
  /** Each document registered in the consultation by the moment, in order of registration. */
  readonly documents: readonly DocumentReplay[];
  readonly lastPosition: number;
}

/** A consultation's state and every one of its documents at a moment; undefined when it was not registered yet. */
export function replayConsultation(
  events: Iterable<ReplayedEvent>,
  consultationId: string,
  at: ReplayMoment = {},
): ConsultationReplay | undefined {
  const list = [...events];
  let state = initialConsultationState;
  let lastPosition = 0;
  const documentIds: string[] = [];
  for (const recorded of list) {
    if (!happenedBy(recorded, at)) continue;
    if (recorded.streamId === `consultation-${consultationId}`) {
      const event = current(recorded);
      if (!event) continue;
      state = evolveConsultation(state, event);
      lastPosition = Math.max(lastPosition, event.position);
    } else if (recorded.type === DOCUMENT_REGISTERED) {
      const event = current(recorded);
      if (event?.type === DOCUMENT_REGISTERED && event.payload.consultationId === consultationId)
        documentIds.push(event.payload.documentId);
    }
  }
  if (!state.registered) return undefined;
  const documents = documentIds.map((id) => replayDocument(list, id, at)).filter((d): d is DocumentReplay => d !== undefined);
  for (const document of documents) lastPosition = Math.max(lastPosition, document.lastPosition);
  return { consultationId, state, documents, lastPosition };
}
