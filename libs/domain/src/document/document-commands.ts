/** The commands on a document (its amendments and decisions) and what deciding them needs beyond the document's stream. */
import { Actor, AmendmentProposedV1, DocumentRegisteredV1, Ruling } from '#libs/contracts';
import { AmendmentOperation, LanguageCode, ResolutionDocument, TextAdoption } from '#libs/text';
import type { LanguageVersionAddedV1, TranslationRecordedV1 } from '#libs/contracts';
import { ConsultationState } from '../consultation/consultation';
import { ContributionState } from '../contribution/contribution';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import type { AdoptionMethodInput } from './adoption-method';
import type { PrintedIn } from './adoption';
import type { ExplainPosition } from './explanation';
import type { RecordProvisionStatuses } from './state-of-play';
import type { RevisionRequest } from './revision';
import { SilenceCommand } from './silence-commands';

export interface Sitting {
  readonly meeting?: string;
  readonly date?: string;
  /** A meeting registered on the consultation; `meeting` stays the name as displayed. */
  readonly meetingId?: string;
}

/** The document a command acts on, when its sender knows it: for a command on an amendment the write side finds it. */
export interface OnDocument {
  readonly documentId?: string;
}

export type DocumentCommand =
  | { readonly kind: 'RegisterDocument'; readonly document: DocumentRegisteredV1 }
  | ({ readonly kind: 'ProposeAmendment' } & Omit<AmendmentProposedV1, 'documentId'> & OnDocument)
  | ({ readonly kind: 'CoSponsorAmendment'; readonly amendmentId: string; readonly stakeholderId: string } & OnDocument)
  | ({
      readonly kind: 'ReviseAmendment';
      readonly amendmentId: string;
      readonly operation: AmendmentOperation;
      readonly explanation?: string;
    } & OnDocument)
  | ({ readonly kind: 'WithdrawAmendment'; readonly amendmentId: string; readonly reason?: string } & OnDocument)
  | ({
      readonly kind: 'RuleOnAmendment';
      readonly decisionId: string;
      readonly amendmentId: string;
      readonly ruling: Ruling;
      readonly compromise?: AmendmentOperation;
      /** For an amendment proposed in another language version, accepted as proposed: its wording in the negotiating language. */
      readonly rendering?: AmendmentOperation;
      readonly reason?: string;
    } & Sitting &
      OnDocument)
  | ({
      readonly kind: 'MergeAmendments';
      readonly decisionId: string;
      readonly amendmentIds: readonly string[];
      readonly operation: AmendmentOperation;
    } & Sitting &
      OnDocument)
  | ({
      readonly kind: 'SettleBrackets';
      readonly decisionId: string;
      readonly provisionId: string;
      readonly bracketIndex: number;
      readonly choice: number | 'none';
    } & Sitting &
      OnDocument)
  | ({
      readonly kind: 'AdoptVersion';
      readonly decisionId: string;
      readonly label: string;
      readonly meeting: string;
      readonly date: string;
      readonly place?: string;
      readonly meetingId?: string;
      readonly leaveOpen?: { readonly amendmentIds?: readonly string[]; readonly brackets?: boolean };
      /** Without a vote, or by a recorded vote of the member states; the tally is counted from the votes. */
      readonly method?: AdoptionMethodInput;
      /**
       * Languages whose versions are out of step and adopted provisionally: their alignment is
       * recorded when translation catches up. Without it, adoption is refused while any is out of step.
       */
      readonly provisionalIn?: readonly LanguageCode[];
      /** How the adopted designation, title and adoption line are printed in each version in step. */
      readonly printedIn?: PrintedIn;
    } & Omit<TextAdoption, 'meeting' | 'method'> &
      OnDocument)
  | ({ readonly kind: 'IssueRevision' } & RevisionRequest & OnDocument)
  | ({
      readonly kind: 'RecordReservation';
      readonly decisionId: string;
      readonly stakeholderId: string;
      readonly provisionId: string;
      readonly text: string;
    } & Sitting &
      OnDocument)
  | ({
      readonly kind: 'CorrectDecision';
      readonly decisionId: string;
      readonly corrects: string;
      readonly ruling: Ruling;
      readonly compromise?: AmendmentOperation;
      readonly reason: string;
    } & Sitting &
      OnDocument)
  | {
      readonly kind: 'AddLanguageVersion';
      readonly documentId: string;
      /** The translated text as imported; the decider aligns it to the latest version of the original. */
      readonly translation: ResolutionDocument;
      readonly source: LanguageVersionAddedV1['source'];
      /** Doubtful pairs the secretariat looked at and accepts, by the original's provision ids. */
      readonly acceptDoubtful?: readonly string[];
      /** The ordinals the translation's printed labels stood for, by the translation's provision ids, as the importer read them. */
      readonly printedOrdinals?: Readonly<Record<string, number>>;
    }
  | ({ readonly kind: 'RecordTranslation'; readonly documentId: string } & Omit<
      TranslationRecordedV1,
      'documentId' | 'closes' | 'translatorId' | 'titleOf'
    >)
  | ExplainPosition
  | RecordProvisionStatuses
  | SilenceCommand;

/** The document a command names, if it names one. */
export function documentNamedBy(command: DocumentCommand): string | undefined {
  return command.kind === 'RegisterDocument' ? command.document.documentId : command.documentId;
}

/** What a document command needs to know beyond the document's own stream. */
export interface DocumentContext {
  readonly actor: Actor;
  readonly consultation: ConsultationState;
  readonly stakeholders: StakeholderDirectory;
  /** When the command was made (ISO 8601): deadlines are judged against it. */
  readonly now: string;
  /** The contributions that carry the amendments a ruling names, by id: one awaiting its co-submitters is not before the meeting. */
  readonly contributions?: ReadonlyMap<string, ContributionState>;
}
