import type { TimelineMessageModel } from './i18n/timeline-message';
import type { MessageKey } from './i18n/translate';
import type { VerificationNoteModel } from './i18n/verification-notes';
import type { AmendmentOperation, WordSegment } from '#libs/text';

/*
 * What the pages show, as the gateway's queries answer it: only the fields a page reads, so
 * that the rendering depends on the shape of the answers and not on the gateway's classes.
 */

/** Who looks at the page: the actor the session's token names. */
export interface Viewer {
  readonly id: string;
  readonly name?: string;
  readonly role: string;
  readonly roles: readonly string[];
}

export interface ConsultationModel {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly subject: string;
  readonly originalLanguage: string;
  readonly registeredAt: string;
  readonly phase: string;
  readonly chairs: readonly string[];
  readonly deadlines: Readonly<Record<string, string>>;
  readonly participants: readonly string[];
}

export interface StakeholderModel {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly region: string;
  readonly memberIds: readonly string[];
}

export interface DocumentSummaryModel {
  readonly id: string;
  readonly consultationId: string;
  readonly symbol: string;
  readonly title: string;
  readonly language: string;
  readonly currentVersion: number;
  readonly currentVersionLabel: string;
}

export interface VersionModel {
  readonly number: number;
  readonly label: string;
  readonly adoptedMeeting: string | null;
  readonly adoptedDate: string | null;
  /** How it was adopted, and the tally of a recorded vote (absent where a page does not show it). */
  readonly adoptionMethod?: 'consensus' | 'recorded-vote' | null;
  readonly tally?: { readonly yes: number; readonly no: number; readonly abstain: number } | null;
  readonly adoptionLine?: string | null;
}

export interface ContributionModel {
  readonly id: string;
  readonly symbol: string;
  readonly title: string;
  readonly revision: number;
  readonly status: string;
  readonly cover: {
    readonly date: string;
    readonly originalLanguage: string;
    readonly submitters: readonly string[];
    readonly coSponsors?: readonly string[];
    readonly onBehalfOf?: string;
    readonly agendaItem?: string;
  };
  readonly substance: { readonly kind: string };
  readonly submittedAt: string;
}

export interface PartyModel {
  readonly id: string;
  readonly name: string;
  readonly category: string | null;
}

export interface DecisionRecordModel {
  readonly id: string;
  readonly kind: string;
  readonly ruling: string;
  readonly compromise?: AmendmentOperation;
  readonly reason?: string;
  readonly corrects?: string;
  readonly meeting?: string;
  readonly date?: string;
  readonly decidedBy: string;
  readonly recordedAt: string;
}

export interface ProposalModel {
  readonly amendmentId: string;
  readonly operation: AmendmentOperation;
  readonly change: {
    readonly tag: string;
    readonly segments?: readonly WordSegment[];
    readonly text?: string;
    readonly place?: { readonly relation: string; readonly id: string; readonly label: string };
  };
  readonly proposers: readonly PartyModel[];
  readonly coSponsors: readonly PartyModel[];
  readonly onBehalfOf: PartyModel | null;
  readonly contribution: { readonly id: string; readonly symbol: string } | null;
  readonly status: string;
  readonly revision: number;
  readonly explanation: string | null;
  readonly draftedAgainst: number;
  readonly decision: DecisionRecordModel | null;
  readonly proposedAt: string;
}

export interface ConflictModel {
  readonly amendmentIds: readonly [string, string] | readonly string[];
  readonly reason: string;
  /** The message's key and parameters, rendered in the page's language; `message` is the English. */
  readonly key?: string;
  readonly params?: Readonly<Record<string, string>>;
  readonly message: string;
}

/** A stakeholder's written input as the compilation lists it beside what it concerns. */
export interface CompilationInputModel {
  readonly inputId: string;
  readonly stakeholderName: string;
  readonly title: string;
  readonly language: string;
}

export interface CompilationProvisionModel {
  readonly id: string;
  readonly label: string;
  readonly depth: number;
  readonly text: string;
  readonly footnotes: readonly string[];
  readonly proposals: readonly ProposalModel[];
  readonly conflicts: readonly ConflictModel[];
  readonly inputs?: readonly CompilationInputModel[];
  /** The provision as a reader cites it (the text engine's `citeProvision`). */
  readonly citation: string;
}

export interface CompilationModel {
  readonly documentId: string;
  readonly consultationId: string;
  readonly symbol: string;
  readonly title: string;
  readonly language: string;
  readonly version: {
    readonly number: number;
    readonly label: string;
    readonly current: boolean;
    readonly adoptedMeeting: string | null;
    readonly adoptedDate: string | null;
  };
  readonly sections: readonly {
    readonly id: string;
    readonly part: string;
    readonly heading: string;
    /** The section as a reader cites it: its heading, or its first paragraph's opening words. */
    readonly citation: string;
    readonly proposals: readonly ProposalModel[];
    readonly conflicts: readonly ConflictModel[];
    readonly provisions: readonly CompilationProvisionModel[];
  }[];
  readonly unplaced: readonly ProposalModel[];
  readonly conflicts: readonly ConflictModel[];
  readonly statusCounts: Readonly<Record<string, number>>;
  /** Inputs on the version as a whole. */
  readonly inputs?: readonly CompilationInputModel[];
}

/** A stakeholder's written input, as the page of a document's inputs lists it. */
export interface StakeholderInputModel {
  readonly inputId: string;
  readonly stakeholderId: string;
  readonly stakeholderName: string;
  readonly category: string | null;
  readonly versionNumber: number;
  readonly provisionIds: readonly string[];
  readonly title: string;
  readonly text: string;
  readonly language: string;
  readonly submittedAt: string;
  readonly withdrawn: boolean;
}

export interface HistoryEntryModel {
  readonly position: number;
  readonly recordedAt: string;
  readonly kind: string;
  readonly actor: { readonly id: string; readonly role: string; readonly name?: string };
  readonly documentId: string | null;
  readonly provisions: readonly string[];
  /** In English. */
  readonly summary: string;
  /** The same line as a timeline message, rendered in the reader's language; null on rows written before there were any. */
  readonly message?: TimelineMessageModel | null;
}

export interface ProvenanceDecisionModel {
  readonly id: string;
  readonly kind: string;
  readonly ruling: string;
  readonly reason?: string;
  readonly meeting?: string;
  readonly date?: string;
  readonly decidedBy: string;
  readonly recordedAt: string;
  readonly corrects?: string;
  readonly correctedBy?: string;
  readonly effect?: string | null;
}

export interface ProvenanceAmendmentModel {
  readonly id: string;
  readonly operation: AmendmentOperation;
  readonly proposers: readonly PartyModel[];
  readonly coSponsors: readonly PartyModel[];
  readonly contribution: { readonly id: string; readonly symbol: string } | null;
  readonly status: string;
  readonly explanation: string | null;
  readonly proposedAt: string;
}

export interface ProvenanceModel {
  readonly documentId: string;
  readonly consultationId: string;
  readonly symbol: string;
  readonly provisionId: string;
  readonly current: {
    readonly label: string;
    readonly text: string;
    readonly heading: string;
    readonly footnotes: readonly string[];
  } | null;
  readonly origin: {
    readonly kind: string;
    readonly versionLabel?: string;
    readonly registeredBy?: string;
    readonly label?: string;
    readonly text?: string;
    readonly contribution?: { readonly id: string; readonly symbol: string };
    readonly submitters?: readonly PartyModel[];
    readonly amendments?: readonly ProvenanceAmendmentModel[];
    readonly decision?: ProvenanceDecisionModel;
    readonly recordedAt: string;
    readonly position: number;
  } | null;
  readonly changes: readonly {
    readonly amendment: ProvenanceAmendmentModel | null;
    readonly role: string | null;
    readonly decisions: readonly ProvenanceDecisionModel[];
    readonly settlement?: {
      readonly decisionId: string;
      readonly bracketIndex: number;
      readonly choice: number | 'none';
      readonly meeting?: string;
      readonly date?: string;
      readonly decidedBy: string;
      readonly recordedAt: string;
    };
    readonly withdrawal: { readonly by: string; readonly reason?: string; readonly recordedAt: string } | null;
    readonly changedText: boolean;
    readonly position: number;
  }[];
  readonly reservations: readonly {
    readonly stakeholder: PartyModel;
    readonly text: string;
    readonly meeting?: string;
    readonly date?: string;
    readonly recordedAt: string;
  }[];
  readonly versions: readonly {
    readonly versionNumber: number;
    readonly versionLabel: string;
    readonly meeting: string | null;
    readonly date: string | null;
    readonly label: string;
    readonly text: string;
  }[];
}

export interface AuditReportModel {
  readonly ok: boolean;
  readonly verifiedAt: string;
  readonly store: {
    readonly events: number;
    readonly headPosition: number;
    readonly rootHash: string;
    readonly chainHash: string;
    readonly divergences: number;
  };
  readonly kafka:
    | {
        readonly checked: true;
        readonly messages: number;
        readonly events: number;
        readonly headPosition: number;
        readonly divergences: number;
      }
    | { readonly checked: false; readonly reason: string; readonly reasonKey?: MessageKey };
  readonly checkpoints: {
    readonly count: number;
    readonly validSignatures: number;
    readonly coveredUpTo: number;
    readonly consistentWithLatest: number;
    readonly latest?: {
      readonly treeSize: number;
      readonly timestamp: string;
      readonly rootHash: string;
      readonly signatureValid: boolean;
    };
  };
  readonly firstDivergence?: { readonly kind: string; readonly position?: number; readonly eventId?: string; readonly detail: string };
  readonly divergences: readonly {
    readonly kind: string;
    readonly source: string;
    readonly position?: number;
    readonly eventId?: string;
    readonly detail: string;
  }[];
  readonly divergenceCount: number;
  readonly notes: readonly string[];
  /** The notes as message keys: shown in the reader's language. */
  readonly noteMessages?: readonly VerificationNoteModel[];
}
