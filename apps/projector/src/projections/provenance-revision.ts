import type { RevisionIssuedV1 } from '#libs/contracts';
import type { ProvenanceAmendmentRow, ProvenanceRecord, ProvenanceRole, ProvisionAsPrinted } from '#libs/read-models';
import { ResolutionDocument, outlineDocument } from '#libs/text';
import { footprintOf, provisionsChanged, roleFor } from './compilation-footprint';

/** One record of a revision's, under the provision it bears on. */
export interface RevisionRecord {
  readonly provisionId: string;
  readonly record: ProvenanceRecord;
}

/**
 * What a revision says about each provision it bears on, in one record each: the changes
 * that touched it (attributed to the revision, with what they reflect), how it is printed
 * in the revision, and the undecided amendments on it that the revision overtook.
 */
export function revisionRecords(
  e: RevisionIssuedV1,
  working: ResolutionDocument,
  overtaken: readonly ProvenanceAmendmentRow[],
  latest: ResolutionDocument,
  decidedBy: string,
): RevisionRecord[] {
  const common = {
    decisionId: e.decisionId,
    versionNumber: e.versionNumber,
    versionLabel: e.label,
    revision: e.revision,
    ...(e.symbol ? { symbol: e.symbol } : {}),
    date: e.date,
    ...(e.meeting ? { meeting: e.meeting } : {}),
    decidedBy,
  };
  const changed = new Map<string, { role?: ProvenanceRole; indexes: number[] }>();
  // Each change is read on the text it applied to, so that what a suppression or move carries is known.
  e.changes.forEach((change, index) => {
    const footprint = footprintOf(change, working);
    for (const provisionId of provisionsChanged(footprint)) {
      const entry = changed.get(provisionId) ?? { indexes: [] };
      entry.role ??= roleFor(footprint, provisionId);
      entry.indexes.push(index);
      changed.set(provisionId, entry);
    }
  });
  const overtakenOn = new Map<string, string[]>();
  for (const amendment of overtaken) {
    for (const provisionId of provisionsChanged(footprintOf(amendment.operation, latest)))
      overtakenOn.set(provisionId, [...(overtakenOn.get(provisionId) ?? []), amendment.id]);
  }
  const printed = new Map(asPrinted(e.text));
  return [...new Set([...changed.keys(), ...printed.keys(), ...overtakenOn.keys()])].map((provisionId) => {
    const change = changed.get(provisionId);
    const reflects = e.reflects.filter((r) => change?.indexes.includes(r.change));
    return {
      provisionId,
      record: {
        kind: 'revision',
        ...common,
        ...(change?.role ? { role: change.role } : {}),
        operations: (change?.indexes ?? []).map((index) => e.changes[index]),
        amendmentIds: [...new Set(reflects.flatMap((r) => r.amendmentIds))],
        inputIds: [...new Set(reflects.flatMap((r) => r.inputIds))],
        overtaken: overtakenOn.get(provisionId) ?? [],
        ...printed.get(provisionId),
      },
    };
  });
}

/** Each provision of a text as printed there: label, wording, footnotes and the section it stands in. */
export function asPrinted(text: ResolutionDocument): [string, ProvisionAsPrinted][] {
  const headings = new Map([...text.preamble, ...text.operative].map((section) => [section.id, section.heading]));
  return outlineDocument(text).map((place) => [
    place.provision.id,
    {
      printedLabel: place.printedLabel,
      text: place.provision.text,
      footnotes: place.provision.footnotes.map((footnote) => footnote.text),
      sectionId: place.sectionId,
      heading: headings.get(place.sectionId) ?? '',
    },
  ]);
}
