/**
 * What an Akoma Ntoso file says about a text beyond its words: whose work it is, which
 * version, when it was registered and adopted, what the chair decided, and who took part.
 * Plain data, so that the gateway can fill it from its read models and the CLI from a file.
 */

/** A body, stakeholder or person named in the file (`TLCOrganization` / `TLCPerson`). */
export interface AknParty {
  readonly id: string;
  readonly name: string;
  readonly kind: 'organization' | 'person';
}

/** A registration, an adoption or an amendment's proposal: each is a `lifecycle/eventRef`. */
export interface AknLifecycleEvent {
  readonly id: string;
  readonly kind: 'registration' | 'adoption' | 'proposal';
  /** ISO 8601 date or date-time. */
  readonly date: string;
  readonly versionNumber: number;
  /** "sixth Plenary Meeting", for an adoption. */
  readonly meeting?: string;
}

/** One of the chair's decisions: a `workflow/step`. */
export interface AknDecision {
  readonly id: string;
  /** ruling, merge, brackets, adoption, reservation, correction. */
  readonly kind: string;
  /** ISO 8601 date or date-time. */
  readonly date: string;
  /** The party (by id) who took it. */
  readonly decidedBy: string;
  /** accepted, rejected, accepted-as-modified ... when the decision has one. */
  readonly outcome?: string;
  readonly amendmentIds: readonly string[];
}

/** The version the file holds. */
export interface AknVersion {
  readonly number: number;
  /** "Modified 2023". */
  readonly label: string;
  /** When it was registered or adopted (ISO 8601). */
  readonly date: string;
}

export interface AknContext {
  /** The document's stable id: the work's number when it has no symbol. */
  readonly documentId: string;
  /** The symbol it is registered under ("Resolution 1334", "A/RES/78/132"), when its text does not carry one. */
  readonly symbol?: string;
  /** The body whose resolution it is ("ITU Council"): the work's author. */
  readonly author: AknParty;
  readonly version: AknVersion;
  readonly events: readonly AknLifecycleEvent[];
  readonly decisions: readonly AknDecision[];
  /** Every other party the file names: proposers, chairs, the secretariat. */
  readonly parties: readonly AknParty[];
  /** When the file is made (ISO 8601): the manifestation's date. */
  readonly generatedAt: string;
}

/** The system that writes the files: the `source` of every metadata block. */
export const LEDGER_PARTY: AknParty = { id: 'consultation-ledger', name: 'Consultation ledger', kind: 'organization' };

/** A context for a text known only by itself (a file exported from the command line, a test). */
export function bareContext(documentId: string, date: string, authorName = 'Unknown body'): AknContext {
  return {
    documentId,
    author: { id: 'author', name: authorName, kind: 'organization' },
    version: { number: 1, label: '', date },
    events: [{ id: 'registration', kind: 'registration', date, versionNumber: 1 }],
    decisions: [],
    parties: [],
    generatedAt: date,
  };
}

/** The number that names the work: the text's own symbol, the one it is registered under, or its id. */
export function workNumber(symbolInText: string | undefined, context: AknContext): string {
  return symbolInText ?? context.symbol ?? context.documentId;
}
