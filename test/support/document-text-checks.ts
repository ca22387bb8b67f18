import {
  AMENDMENTS_MERGED,
  AMENDMENT_RULED,
  BRACKETS_SETTLED,
  DECISION_CORRECTED,
  DOCUMENT_REGISTERED,
  RecordedEvent,
  VERSION_ADOPTED,
} from '#libs/contracts';
import { AmendmentOperation, ResolutionDocument, adoptedText, applyAmendment, outlineDocument } from '#libs/text';
import { TextAnswer } from '../../apps/gateway/src/texts';
import { DecidedChanges } from './negotiation-text';

/** The text of a document after the events up to a position, computed by the text engine from the events alone: the latest version's text with the decisions since applied. */
export function engineTextAt(
  events: readonly RecordedEvent[],
  position: number,
): { text: ResolutionDocument; versionNumber: number } | undefined {
  let version: { text: ResolutionDocument; versionNumber: number } | undefined;
  let decided = new DecidedChanges();
  for (const event of events) {
    if (event.position > position) break;
    switch (event.type) {
      case DOCUMENT_REGISTERED:
        version = { text: event.payload.text, versionNumber: 1 };
        break;
      case AMENDMENT_RULED:
      case AMENDMENTS_MERGED:
      case BRACKETS_SETTLED:
        decided.record(event.payload.decisionId, event.payload.applied);
        break;
      case DECISION_CORRECTED:
        decided.correct(event.payload.corrects, event.payload.decisionId, event.payload.applied);
        break;
      case VERSION_ADOPTED: {
        const adopted = event.payload;
        // An adoption freezes the text as decided so far, under the resolution's own title and adoption line.
        expect(adopted.text).toEqual(
          adoptedText(decided.applyTo(version!.text), {
            meeting: adopted.meeting,
            number: adopted.number,
            symbol: adopted.symbol,
            adoptionLine: adopted.adoptionLine,
          }),
        );
        version = { text: adopted.text, versionNumber: adopted.versionNumber };
        decided = new DecidedChanges();
        break;
      }
    }
  }
  return version && { text: decided.applyTo(version.text), versionNumber: version.versionNumber };
}

/** A text laid out line by line as the marked text lays it out, without tags or marks: what `readMarkedText` must give back. */
export function reading(doc: ResolutionDocument): string[] {
  const out = [doc.title, doc.body];
  const places = outlineDocument(doc);
  for (const part of ['preamble', 'operative'] as const) {
    for (const section of doc[part]) {
      out.push(section.heading);
      for (const place of places.filter((p) => p.sectionId === section.id)) {
        const indent = '  '.repeat(place.depth);
        out.push(`${indent}${place.printedLabel}\t${place.provision.text}`);
        for (const footnote of place.provision.footnotes) out.push(`${indent}  [^${footnote.id}] ${footnote.text}`);
      }
    }
  }
  return out.filter((line) => line.trim() !== '');
}

export function applied(doc: ResolutionDocument, ...ops: AmendmentOperation[]): ResolutionDocument {
  return ops.reduce((text, op) => {
    const result = applyAmendment(text, op);
    if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
    return result.value;
  }, doc);
}

export function value<T>(answer: TextAnswer<T>): T {
  if (!answer.ok) throw new Error(`expected an answer, got ${answer.status}: ${answer.detail}`);
  return answer.value;
}
