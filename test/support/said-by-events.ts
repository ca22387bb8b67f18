import {
  AmendmentCoSponsoredV1,
  AmendmentProposedV1,
  AmendmentRevisedV1,
  AmendmentRuledV1,
  AmendmentWithdrawnV1,
  AmendmentsMergedV1,
  ContributionSubmittedV1,
  DecisionCorrectedV1,
  DocumentRegisteredV1,
  RecordedEvent,
  ReservationRecordedV1,
  StakeholderRegisteredV1,
  VersionAdoptedV1,
  documentStreamId,
} from '#libs/contracts';
import { evolveDocument, initialDocumentState } from '#libs/domain';
import { AmendmentOperation, InterchangeProvision, ResolutionDocument, locateProvision, toInterchange } from '#libs/text';

/*
 * What the recorded events of a negotiation say, folded here independently of the
 * projections, so the compilation, history and provenance specs can read expectations off
 * the log rather than off the projections' own code.
 */

export interface SaidDecision {
  readonly id: string;
  readonly ruling: string;
  readonly meeting?: string;
  readonly date?: string;
  readonly corrects?: string;
  correctedBy?: string;
  readonly position: number;
  /** The operation it applied to the working text, if any. */
  readonly applied?: AmendmentOperation;
}

export interface SaidAmendment {
  readonly id: string;
  versionNumber: number;
  operation: AmendmentOperation;
  readonly proposers: string[];
  readonly coSponsors: string[];
  readonly onBehalfOf?: string;
  readonly contributionId?: string;
  contributionSymbol?: string;
  status: string;
  revision: number;
  readonly decisions: SaidDecision[];
  readonly proposedPosition: number;
}

export interface Said {
  readonly stakeholders: Map<string, StakeholderRegisteredV1>;
  readonly symbols: Map<string, string>;
  readonly amendments: Map<string, SaidAmendment>;
  readonly versions: Map<
    number,
    { label: string; text: ResolutionDocument; position: number; decisionId?: string; meeting?: string; date?: string }
  >;
  readonly reservations: (ReservationRecordedV1 & { position: number })[];
  readonly settlements: { decisionId: string; provisionId: string; position: number }[];
}

/** The stakeholders, contribution symbols, amendments with their decisions, versions, reservations and settlements the events record. */
export function whatTheEventsSay(events: readonly RecordedEvent[]): Said {
  const said: Said = {
    stakeholders: new Map(),
    symbols: new Map(),
    amendments: new Map(),
    versions: new Map(),
    reservations: [],
    settlements: [],
  };
  const latestVersion = () => Math.max(...said.versions.keys());
  const decide = (amendmentId: string, decision: SaidDecision, status: string) => {
    const amendment = said.amendments.get(amendmentId)!;
    if (decision.corrects) amendment.decisions.find((d) => d.id === decision.corrects)!.correctedBy = decision.id;
    amendment.decisions.push(decision);
    amendment.status = status;
  };
  for (const event of events) {
    const p = event.payload;
    switch (event.type) {
      case 'StakeholderRegistered':
        said.stakeholders.set((p as StakeholderRegisteredV1).stakeholderId, p as StakeholderRegisteredV1);
        break;
      case 'ContributionSubmitted':
      case 'ContributionRevised':
        said.symbols.set((p as ContributionSubmittedV1).contributionId, (p as ContributionSubmittedV1).symbol);
        break;
      case 'DocumentRegistered':
        said.versions.set(1, {
          label: (p as DocumentRegisteredV1).versionLabel,
          text: (p as DocumentRegisteredV1).text,
          position: event.position,
        });
        break;
      case 'VersionAdopted': {
        const e = p as VersionAdoptedV1;
        said.versions.set(e.versionNumber, {
          label: e.label,
          text: e.text,
          position: event.position,
          decisionId: e.decisionId,
          meeting: e.meeting,
          date: e.date,
        });
        break;
      }
      case 'AmendmentProposed': {
        const e = p as AmendmentProposedV1;
        said.amendments.set(e.amendmentId, {
          id: e.amendmentId,
          versionNumber: e.versionNumber,
          operation: e.operation,
          proposers: [...e.proposers],
          coSponsors: [],
          onBehalfOf: e.onBehalfOf,
          contributionId: e.contributionId,
          contributionSymbol: e.contributionId ? said.symbols.get(e.contributionId) : undefined,
          status: 'pending',
          revision: 0,
          decisions: [],
          proposedPosition: event.position,
        });
        break;
      }
      case 'AmendmentCoSponsored':
        said.amendments.get((p as AmendmentCoSponsoredV1).amendmentId)!.coSponsors.push((p as AmendmentCoSponsoredV1).stakeholderId);
        break;
      case 'AmendmentRevised': {
        const e = p as AmendmentRevisedV1;
        const amendment = said.amendments.get(e.amendmentId)!;
        Object.assign(amendment, { operation: e.operation, revision: e.revision, versionNumber: latestVersion() });
        if (amendment.contributionId) amendment.contributionSymbol = said.symbols.get(amendment.contributionId);
        break;
      }
      case 'AmendmentWithdrawn':
        said.amendments.get((p as AmendmentWithdrawnV1).amendmentId)!.status = 'withdrawn';
        break;
      case 'AmendmentRuled': {
        const e = p as AmendmentRuledV1;
        decide(
          e.amendmentId,
          { id: e.decisionId, ruling: e.ruling, meeting: e.meeting, date: e.date, position: event.position, applied: e.applied },
          e.ruling,
        );
        break;
      }
      case 'AmendmentsMerged': {
        const e = p as AmendmentsMergedV1;
        for (const id of e.amendmentIds)
          decide(
            id,
            { id: e.decisionId, ruling: 'merged', meeting: e.meeting, date: e.date, position: event.position, applied: e.applied },
            'merged',
          );
        break;
      }
      case 'DecisionCorrected': {
        const e = p as DecisionCorrectedV1;
        decide(
          e.amendmentId,
          {
            id: e.decisionId,
            ruling: e.ruling,
            meeting: e.meeting,
            date: e.date,
            corrects: e.corrects,
            position: event.position,
            applied: e.applied,
          },
          e.ruling,
        );
        break;
      }
      case 'ReservationRecorded':
        said.reservations.push({ ...(p as ReservationRecordedV1), position: event.position });
        break;
      case 'BracketsSettled': {
        const e = p as { decisionId: string; provisionId: string };
        said.settlements.push({ decisionId: e.decisionId, provisionId: e.provisionId, position: event.position });
        break;
      }
    }
  }
  return said;
}

/** Where a compilation lists an operation, read off the operation: the provision it names, or the section for section-level ones. */
export function listedUnder(op: AmendmentOperation): { provision: string } | { section: string } {
  switch (op.kind) {
    case 'add':
      if ('atEndOf' in op.position) return { section: op.position.atEndOf };
      return {
        provision: 'before' in op.position ? op.position.before : 'after' in op.position ? op.position.after : op.position.asChildOf,
      };
    case 'changeHeading':
    case 'suppressSection':
      return { section: op.sectionId };
    case 'changeTitle':
      return { section: '' };
    case 'addSection':
      return {
        section: 'beforeSection' in op.position ? op.position.beforeSection : 'afterSection' in op.position ? op.position.afterSection : '',
      };
    default:
      return { provision: op.provisionId };
  }
}

/** Every id an operation names: the provision it changes, the one it creates, the one it is placed against, the section. */
export function idsNamedBy(op: AmendmentOperation | undefined): string[] {
  if (!op) return [];
  const ids: string[] = [];
  if ('provisionId' in op) ids.push(op.provisionId);
  if (op.kind === 'add') ids.push(op.newId);
  if ('position' in op && op.kind !== 'addSection') ids.push(...Object.values(op.position as Record<string, string>));
  if (op.kind === 'changeHeading' || op.kind === 'addSection') ids.push(op.sectionId);
  return ids;
}

/** Every provision of a text in reading order, with the label the interchange format prints. */
export function provisionsOf(text: ResolutionDocument): (InterchangeProvision & { sectionId: string })[] {
  const out: (InterchangeProvision & { sectionId: string })[] = [];
  const interchange = toInterchange(text);
  const walk = (sectionId: string, list: readonly InterchangeProvision[]) =>
    list.forEach((provision) => {
      out.push({ ...provision, sectionId });
      walk(sectionId, provision.children);
    });
  for (const section of [...interchange.preamble, ...interchange.operative]) walk(section.id, section.provisions);
  return out;
}

/** What the events say of one provision: the versions that carry it, the amendments that name it, its wording in the working text, the reservations on it. */
export function saidOfProvision(all: readonly RecordedEvent[], documentId: string, provisionId: string) {
  const said = whatTheEventsSay(all);
  const versions = [...said.versions.entries()]
    .filter(([, v]) => locateProvision(v.text, provisionId))
    .map(([number, v]) => [number, v.label, provisionsOf(v.text).find((p) => p.id === provisionId)!.label, v.position]);
  const amendmentsOn = [...said.amendments.values()].filter((a) => {
    const op = a.operation;
    return ('provisionId' in op && op.provisionId === provisionId) || (op.kind === 'add' && op.newId === provisionId);
  });
  const domain = all.filter((e) => e.streamId === documentStreamId(documentId)).reduce(evolveDocument, initialDocumentState);
  const working = domain.working!;
  const current = locateProvision(working, provisionId) ? provisionsOf(working).find((p) => p.id === provisionId)! : null;
  return { said, versions, amendmentsOn, current, reservations: said.reservations.filter((r) => r.provisionId === provisionId) };
}
