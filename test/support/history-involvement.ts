import { RecordedEvent, documentStreamId, isContributionEvent } from '#libs/contracts';
import { AmendmentOperation, ResolutionDocument } from '#libs/text';
import { idsNamedBy, provisionsOf } from './said-by-events';

/** The kind each event type has in the history, as the API documents it. */
export const KIND_OF: Record<string, string> = {
  ConsultationRegistered: 'consultation-registered',
  ConsultationPhaseChanged: 'phase-changed',
  ParticipantAdmitted: 'participant-admitted',
  DocumentRegistered: 'document-registered',
  ContributionSubmitted: 'contribution-submitted',
  ContributionRevised: 'contribution-revised',
  ContributionWithdrawn: 'contribution-withdrawn',
  AmendmentProposed: 'amendment-proposed',
  AmendmentCoSponsored: 'amendment-co-sponsored',
  AmendmentRevised: 'amendment-revised',
  AmendmentWithdrawn: 'amendment-withdrawn',
  AmendmentRuled: 'amendment-ruled',
  AmendmentsMerged: 'amendments-merged',
  BracketsSettled: 'brackets-settled',
  VersionAdopted: 'version-adopted',
  ReservationRecorded: 'reservation-recorded',
  DecisionCorrected: 'decision-corrected',
};

/** Who each event involves and which ids it touches, read off the events: the rule the API documents. */
export function involvement(all: readonly RecordedEvent[]) {
  const sponsors = new Map<string, string[]>();
  const touched = new Map<string, string[]>();
  const contributionPeople = new Map<string, string[]>();
  const contributionRow = new Map<string, { position: number; correlationId: string }>();
  const applied = new Map<string, AmendmentOperation | undefined>();
  const byPosition = new Map<number, { stakeholders: Set<string>; provisions: Set<string> }>();
  for (const event of all) {
    const { type, payload: p } = event;
    const row = {
      stakeholders: new Set<string>(event.metadata.actor.role === 'stakeholder' ? [event.metadata.actor.id] : []),
      provisions: new Set<string>(),
    };
    byPosition.set(event.position, row);
    const add = (set: Set<string>, ids: readonly (string | undefined)[]) => ids.forEach((id) => id && set.add(id));
    const ofContribution = (contributionId: string | undefined, ids: string[]) => {
      const carrier = contributionId ? contributionRow.get(contributionId) : undefined;
      if (carrier && carrier.correlationId === event.metadata.correlationId) add(byPosition.get(carrier.position)!.provisions, ids);
    };
    switch (type) {
      case 'ParticipantAdmitted':
        add(row.stakeholders, [p.stakeholderId]);
        break;
      case 'ReservationRecorded':
        add(row.stakeholders, [p.stakeholderId]);
        add(row.provisions, [p.provisionId]);
        break;
      case 'DocumentRegistered':
        add(
          row.provisions,
          provisionsOf(p.text).map((provision) => provision.id),
        );
        break;
      case 'ContributionSubmitted':
      case 'ContributionRevised':
        contributionPeople.set(p.contributionId, [...p.submitters, ...p.coSponsors, ...(p.onBehalfOf ? [p.onBehalfOf] : [])]);
        add(row.stakeholders, contributionPeople.get(p.contributionId)!);
        contributionRow.set(p.contributionId, { position: event.position, correlationId: event.metadata.correlationId });
        break;
      case 'ContributionWithdrawn':
        add(row.stakeholders, [...(contributionPeople.get(p.contributionId) ?? []), p.by]);
        contributionRow.set(p.contributionId, { position: event.position, correlationId: event.metadata.correlationId });
        break;
      case 'AmendmentProposed':
        sponsors.set(p.amendmentId, [...p.proposers, ...(p.onBehalfOf ? [p.onBehalfOf] : [])]);
        touched.set(p.amendmentId, idsNamedBy(p.operation));
        add(row.stakeholders, sponsors.get(p.amendmentId)!);
        add(row.provisions, touched.get(p.amendmentId)!);
        ofContribution(p.contributionId, touched.get(p.amendmentId)!);
        break;
      case 'AmendmentCoSponsored':
        add(row.stakeholders, [p.stakeholderId, ...sponsors.get(p.amendmentId)!]);
        add(row.provisions, touched.get(p.amendmentId)!);
        sponsors.set(p.amendmentId, [...sponsors.get(p.amendmentId)!, p.stakeholderId]);
        break;
      case 'AmendmentRevised': {
        const before = touched.get(p.amendmentId)!;
        touched.set(p.amendmentId, idsNamedBy(p.operation));
        add(row.stakeholders, sponsors.get(p.amendmentId)!);
        add(row.provisions, [...before, ...touched.get(p.amendmentId)!]);
        ofContribution(contributionOf(all, p.amendmentId), [...before, ...touched.get(p.amendmentId)!]);
        break;
      }
      case 'AmendmentWithdrawn':
        add(row.stakeholders, sponsors.get(p.amendmentId)!);
        add(row.provisions, touched.get(p.amendmentId)!);
        ofContribution(contributionOf(all, p.amendmentId), touched.get(p.amendmentId)!);
        break;
      case 'AmendmentRuled':
      case 'DecisionCorrected':
        add(row.stakeholders, sponsors.get(p.amendmentId)!);
        add(row.provisions, [
          ...touched.get(p.amendmentId)!,
          ...idsNamedBy(p.applied),
          ...idsNamedBy(p.compromise),
          ...idsNamedBy('corrects' in p ? applied.get(p.corrects) : undefined),
        ]);
        applied.set(p.decisionId, p.applied);
        break;
      case 'BracketsSettled':
        add(row.provisions, [p.provisionId]);
        break;
      case 'VersionAdopted': {
        // The text before: the last registration or adoption before this one.
        let previous: { text: ResolutionDocument } | undefined;
        for (const e of all)
          if (e.position < event.position && (e.type === 'VersionAdopted' || e.type === 'DocumentRegistered')) previous = e.payload;
        if (!previous) throw new Error('an adoption follows a registration');
        const before = new Map(provisionsOf(previous.text).map((x) => [x.id, JSON.stringify([x.text, x.footnotes])]));
        const after = new Map(provisionsOf(p.text).map((x) => [x.id, JSON.stringify([x.text, x.footnotes])]));
        for (const id of new Set([...before.keys(), ...after.keys()])) if (before.get(id) !== after.get(id)) row.provisions.add(id);
        // A provision moved within its section, and the sections whose heading changed.
        for (const e of all) {
          if (e.type === 'AmendmentRuled' && e.position < event.position && e.payload.applied?.kind === 'move')
            row.provisions.add(e.payload.applied.provisionId);
        }
        const headings = (text: ResolutionDocument) => new Map([...text.preamble, ...text.operative].map((s) => [s.id, s.heading]));
        for (const [id, heading] of headings(p.text)) if (headings(previous.text).get(id) !== heading) row.provisions.add(id);
        break;
      }
    }
  }
  return byPosition;
}

function contributionOf(all: readonly RecordedEvent[], amendmentId: string): string | undefined {
  for (const e of all) if (e.type === 'AmendmentProposed' && e.payload.amendmentId === amendmentId) return e.payload.contributionId;
  return undefined;
}

/** The events of a consultation, as the test reads them off the log: its own stream, its document's and its contributions'. */
export function eventsOfConsultation(all: readonly RecordedEvent[], consultationId: string, documentId: string): RecordedEvent[] {
  const contributions = new Set(
    all
      .filter(isContributionEvent)
      .filter((e) => e.payload.consultationId === consultationId)
      .map((e) => e.payload.contributionId),
  );
  return all.filter(
    (e) =>
      e.streamId === `consultation-${consultationId}` ||
      e.streamId === documentStreamId(documentId) ||
      (isContributionEvent(e) && contributions.has(e.payload.contributionId)),
  );
}
