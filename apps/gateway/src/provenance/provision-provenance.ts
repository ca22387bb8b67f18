/** A provision's provenance put together from the provenance projection's rows (the shapes are in provenance.view.ts). */
import type { AmendmentDecisionRecord, ProvenanceAmendmentRow, ProvenanceRecord, ProvenanceRole } from '#libs/read-models';
import { ResolutionDocument, locateProvision, outlineDocument } from '#libs/text';
import { Parties, decisionRecordView, partyOf, withdrawalView } from '../views/party.view';
import {
  AmendmentRefView,
  ProvisionDecisionView,
  ProvisionOriginView,
  ProvisionChangeView,
  ProvisionReservationView,
  ProvisionInVersionView,
  CurrentProvisionView,
  ProvisionProvenanceView,
  ProvisionRevisionView,
  ProvenanceSource,
  ProvisionRecord,
} from './provenance.view';

type DecidedRecord = Extract<ProvenanceRecord, { kind: 'ruled' | 'merged' | 'corrected' }>;
type RevisionRecord = Extract<ProvenanceRecord, { kind: 'revision' }>;

/** A revision as it bore on the provision. */
function revisionOf(record: RevisionRecord, recordedAt: Date): ProvisionRevisionView {
  return {
    decisionId: record.decisionId,
    versionNumber: record.versionNumber,
    versionLabel: record.versionLabel,
    revision: record.revision,
    ...(record.symbol !== undefined ? { symbol: record.symbol } : {}),
    date: record.date,
    ...(record.meeting !== undefined ? { meeting: record.meeting } : {}),
    operations: [...record.operations],
    amendmentIds: [...record.amendmentIds],
    inputIds: [...record.inputIds],
    decidedBy: record.decidedBy,
    recordedAt: recordedAt.toISOString(),
  };
}

/** Folds a provision's records into where it came from, what bore on it, reservations, and the versions that carried it. */
export function provisionProvenance(source: ProvenanceSource): ProvisionProvenanceView {
  const { records, document, provisionId } = source;
  const decided = records.filter(
    (r): r is ProvisionRecord & { record: DecidedRecord } =>
      r.record.kind === 'ruled' || r.record.kind === 'merged' || r.record.kind === 'corrected',
  );
  // What each decision did to this provision, and which later correction took it out.
  const effects = new Map<string, { effect: ProvenanceRole | null; undoes: ProvenanceRole | null }>();
  for (const { record } of decided) effects.set(record.decision.id, { effect: record.effect ?? null, undoes: record.undoes ?? null });
  const decisionView = (decision: AmendmentDecisionRecord): ProvisionDecisionView => ({
    ...decisionRecordView(decision, { withApplied: true }),
    effect: effects.get(decision.id)?.effect ?? null,
    undoes: effects.get(decision.id)?.undoes ?? null,
  });
  const amendmentView = (id: string): AmendmentRefView | undefined => {
    const amendment = source.amendments.get(id);
    return amendment && amendmentRefView(amendment, source.parties);
  };
  // A correction never edits the decision it corrects: the amendments keep both, the corrected one marked.
  const corrected = (decisionId: string, amendmentIds: readonly string[]) =>
    amendmentIds.some((id) =>
      source.amendments.get(id)?.decisions.some((decision) => decision.id === decisionId && decision.correctedBy !== undefined),
    );

  // Origin: the registered text, or the latest decision that created it and was not corrected since; else the proposals to add it.
  const registered = records.find((r) => r.record.kind === 'registered');
  const creation = [...decided]
    .reverse()
    .find((d) => d.record.effect === 'create' && !corrected(d.record.decision.id, d.record.amendmentIds));
  const revisions = records.filter((r): r is ProvisionRecord & { record: RevisionRecord } => r.record.kind === 'revision');
  const revisionCreation = [...revisions].reverse().find((r) => r.record.role === 'create');
  let origin: ProvisionOriginView | null = null;
  const originAmendments = new Set<string>();
  if (!registered && revisionCreation && (!creation || creation.position < revisionCreation.position)) {
    origin = {
      kind: 'revision',
      versionNumber: revisionCreation.record.versionNumber,
      versionLabel: revisionCreation.record.versionLabel,
      revision: revisionOf(revisionCreation.record, revisionCreation.recordedAt),
      ...(revisionCreation.record.printedLabel !== undefined ? { label: revisionCreation.record.printedLabel } : {}),
      ...(revisionCreation.record.text !== undefined ? { text: revisionCreation.record.text } : {}),
      recordedAt: revisionCreation.recordedAt.toISOString(),
      position: revisionCreation.position,
    };
  } else if (registered && registered.record.kind === 'registered') {
    const r = registered.record;
    const contribution = r.source.kind === 'contribution' ? source.contributions.get(r.source.contributionId) : undefined;
    origin = {
      kind: r.source.kind === 'import' ? 'base-text' : 'draft',
      versionNumber: r.versionNumber,
      versionLabel: r.versionLabel,
      source: r.source,
      ...(r.source.kind === 'contribution'
        ? { contribution: { id: r.source.contributionId, symbol: contribution?.symbol ?? r.source.contributionId } }
        : {}),
      ...(contribution ? { submitters: contribution.submitters.map((id) => partyOf(source.parties, id)) } : {}),
      registeredBy: r.registeredBy,
      label: r.printedLabel,
      text: r.text,
      recordedAt: registered.recordedAt.toISOString(),
      position: registered.position,
    };
  } else if (creation) {
    creation.record.amendmentIds.forEach((id) => originAmendments.add(id));
    origin = {
      kind: 'amendment',
      amendments: creation.record.amendmentIds.map(amendmentView).filter((a): a is AmendmentRefView => a !== undefined),
      decision: decisionView(creation.record.decision),
      decisions: uniqueById(creation.record.amendmentIds.flatMap((id) => source.amendments.get(id)?.decisions ?? [])).map(decisionView),
      recordedAt: creation.recordedAt.toISOString(),
      position: creation.position,
    };
  } else {
    const proposals = records.filter(
      (r) => (r.record.kind === 'proposed' || r.record.kind === 'revised') && r.record.role === 'create' && r.amendmentId !== null,
    );
    if (proposals.length > 0) {
      proposals.forEach((r) => originAmendments.add(r.amendmentId!));
      origin = {
        kind: 'proposal',
        amendments: [...originAmendments].map(amendmentView).filter((a): a is AmendmentRefView => a !== undefined),
        recordedAt: proposals[0].recordedAt.toISOString(),
        position: proposals[0].position,
      };
    }
  }

  // Changes: every other amendment with a record here, in the order it first appeared, and each settlement of brackets.
  const changes: ProvisionChangeView[] = [];
  const seen = new Set<string>(originAmendments);
  for (const r of records) {
    // A revision changes the provision by the chair's whole new text, without an amendment.
    if (r.record.kind === 'revision' && r.record.role && r !== revisionCreation)
      changes.push({
        amendment: null,
        role: r.record.role,
        decisions: [],
        revision: revisionOf(r.record, r.recordedAt),
        withdrawal: null,
        changedText: true,
        position: r.position,
      });
    if (r.record.kind === 'brackets-settled') {
      changes.push({
        amendment: null,
        role: 'settle-brackets',
        decisions: [],
        settlement: {
          decisionId: r.record.decisionId,
          bracketIndex: r.record.bracketIndex,
          choice: r.record.choice,
          ...(r.record.meeting !== undefined ? { meeting: r.record.meeting } : {}),
          ...(r.record.date !== undefined ? { date: r.record.date } : {}),
          decidedBy: r.record.decidedBy,
          recordedAt: r.recordedAt.toISOString(),
        },
        withdrawal: null,
        changedText: true,
        position: r.position,
      });
      continue;
    }
    const ids =
      r.record.kind === 'ruled' || r.record.kind === 'merged' || r.record.kind === 'corrected'
        ? r.record.amendmentIds
        : r.record.kind === 'revision'
          ? r.record.overtaken
          : r.amendmentId
            ? [r.amendmentId]
            : [];
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      const amendment = source.amendments.get(id);
      if (!amendment) continue;
      const latestRole = [...records]
        .reverse()
        .find((other) => (other.record.kind === 'proposed' || other.record.kind === 'revised') && other.amendmentId === id);
      const decisions = amendment.decisions.map(decisionView);
      changes.push({
        amendment: amendmentRefView(amendment, source.parties),
        role:
          latestRole && (latestRole.record.kind === 'proposed' || latestRole.record.kind === 'revised')
            ? (latestRole.record.role ?? null)
            : null,
        decisions,
        withdrawal: withdrawalView(amendment.withdrawal),
        changedText: decisions.some((decision) => decision.effect !== null && decision.correctedBy === undefined),
        position: r.position,
      });
    }
  }

  const reservations: ProvisionReservationView[] = records.flatMap((r) =>
    r.record.kind === 'reservation'
      ? [
          {
            decisionId: r.record.decisionId,
            stakeholder: partyOf(source.parties, r.record.stakeholderId),
            text: r.record.text,
            ...(r.record.meeting !== undefined ? { meeting: r.record.meeting } : {}),
            ...(r.record.date !== undefined ? { date: r.record.date } : {}),
            decidedBy: r.record.decidedBy,
            recordedAt: r.recordedAt.toISOString(),
            position: r.position,
          },
        ]
      : [],
  );

  const versions = records.flatMap((r): ProvisionInVersionView[] => {
    const at = { recordedAt: r.recordedAt.toISOString(), position: r.position };
    if (r.record.kind === 'registered') {
      const registered = r.record;
      return [
        {
          versionNumber: 1,
          versionLabel: registered.versionLabel,
          decisionId: null,
          meeting: null,
          date: null,
          place: null,
          number: null,
          title: null,
          adoptionLine: null,
          label: registered.printedLabel,
          text: registered.text,
          footnotes: [...registered.footnotes],
          ...at,
        },
      ];
    }
    if (r.record.kind === 'revision' && r.record.text !== undefined) {
      const v = r.record;
      return [
        {
          versionNumber: v.versionNumber,
          versionLabel: v.versionLabel,
          decisionId: v.decisionId,
          meeting: v.meeting ?? null,
          date: v.date,
          place: null,
          number: null,
          title: null,
          adoptionLine: null,
          revision: v.revision,
          label: v.printedLabel ?? '',
          text: v.text ?? '',
          footnotes: [...(v.footnotes ?? [])],
          ...at,
        },
      ];
    }
    if (r.record.kind === 'adopted') {
      const v = r.record;
      const adoption = { place: v.place ?? null, number: v.number ?? null, title: v.title ?? null, adoptionLine: v.adoptionLine ?? null };
      return [
        {
          versionNumber: v.versionNumber,
          versionLabel: v.versionLabel,
          decisionId: v.decisionId,
          meeting: v.meeting,
          date: v.date,
          ...adoption,
          label: v.printedLabel,
          text: v.text,
          footnotes: [...v.footnotes],
          ...at,
        },
      ];
    }
    return [];
  });

  return {
    documentId: document.id,
    consultationId: document.consultationId,
    symbol: document.symbol,
    provisionId,
    current: currentProvision(document.working, document.currentVersion, provisionId),
    origin,
    changes,
    reservations,
    versions,
  };
}

/** The provision as it reads in the working text, with its label as printed there. */
export function currentProvision(working: ResolutionDocument, versionNumber: number, provisionId: string): CurrentProvisionView | null {
  if (!locateProvision(working, provisionId)) return null;
  const place = outlineDocument(working).find((p) => p.provision.id === provisionId)!;
  const heading = [...working.preamble, ...working.operative].find((section) => section.id === place.sectionId)?.heading ?? '';
  return {
    versionNumber,
    label: place.printedLabel,
    text: place.provision.text,
    footnotes: place.provision.footnotes.map((footnote) => footnote.text),
    sectionId: place.sectionId,
    heading,
    parentId: place.parentId ?? null,
  };
}

function amendmentRefView(amendment: ProvenanceAmendmentRow, parties: Parties): AmendmentRefView {
  return {
    id: amendment.id,
    operation: amendment.operation,
    proposers: amendment.proposers.map((id) => partyOf(parties, id)),
    coSponsors: amendment.coSponsors.map((id) => partyOf(parties, id)),
    onBehalfOf: amendment.onBehalfOf ? partyOf(parties, amendment.onBehalfOf) : null,
    contribution: amendment.contributionId
      ? { id: amendment.contributionId, symbol: amendment.contributionSymbol ?? amendment.contributionId }
      : null,
    status: amendment.status,
    revision: amendment.revision,
    explanation: amendment.explanation,
    versionNumber: amendment.versionNumber,
    proposedAt: amendment.proposedAt.toISOString(),
    position: amendment.proposedPosition,
  };
}

function uniqueById<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
