/*
 * The figures each picture draws, as the JSON API answers them: the pictures and the tables
 * beside them are drawn from the same figures, so that what one shows the other says.
 */

/** How contested one provision is at the moment asked. */
export interface ContentionCounts {
  /** Amendments on it not yet ruled on for good (pending or deferred). */
  readonly pendingAmendments: number;
  /** Conflicts between those amendments (pairs that cannot both be accepted). */
  readonly conflicts: number;
  /** Groups of square brackets still in its words. */
  readonly brackets: number;
  /** Distinct stakeholders proposing or co-sponsoring those amendments. */
  readonly proposers: number;
}

/** One provision of the outline, cited as printed, with its counts and its shade (0 uncontested to 4 most contested). */
export interface ContentionProvision extends ContentionCounts {
  readonly provisionId: string;
  /** Its citation as printed ("resolves to instruct the Secretary-General, 5"), in the document's language. */
  readonly citation: string;
  /** Its label as printed ("5", "أ )"); empty where none is printed. */
  readonly label: string;
  /** 0 for the items of a section, 1 for their sub-items ... */
  readonly depth: number;
  /** Its opening words. */
  readonly opening: string;
  readonly level: number;
}

export interface ContentionSection extends ContentionCounts {
  readonly sectionId: string;
  readonly part: 'preamble' | 'operative';
  /** The heading as printed; empty for UNGA paragraphs. */
  readonly heading: string;
  readonly provisions: readonly ContentionProvision[];
}

/** The contention map of a document at one moment of its history. */
export interface ContentionFigures {
  readonly documentId: string;
  readonly symbol: string;
  readonly title: string;
  /** The document's language: its provisions are cited in it. */
  readonly language: string;
  /** The moment: the event that last changed the text or the amendments on it, at or before the moment asked. */
  readonly asOf: { readonly position: number; readonly recordedAt: string };
  readonly versionNumber: number;
  readonly versionLabel: string;
  readonly sections: readonly ContentionSection[];
  readonly totals: ContentionCounts & { readonly provisions: number; readonly contested: number };
}

/** Participation counts of one stakeholder category or region (direct participation). */
export interface ParticipationBar {
  /** The category or region key ("member-state", "arab-states"). */
  readonly key: string;
  readonly stakeholders: number;
  readonly contributions: number;
  readonly amendments: number;
  /** Amendments ruled on for good (accepted, accepted as modified, merged, rejected). */
  readonly decided: number;
  /** Accepted, accepted as modified or merged, over decided; null while nothing is decided. */
  readonly acceptanceRate: number | null;
}

/** Contributions and amendments of one week (weeks start on Monday, UTC). */
export interface ParticipationWeek {
  /** The Monday, YYYY-MM-DD. */
  readonly week: string;
  readonly contributions: number;
  readonly amendments: number;
}

/** Who took part in a consultation: every category and region listed, zeros included, and the weeks from the first to the last. */
export interface ParticipationFigures {
  readonly consultationId: string;
  readonly title: string;
  readonly byCategory: readonly ParticipationBar[];
  readonly byRegion: readonly ParticipationBar[];
  /** Distinct contributions and amendments (one two categories share counts once here). */
  readonly totals: { readonly stakeholders: number; readonly contributions: number; readonly amendments: number };
  readonly weeks: readonly ParticipationWeek[];
}

/** The provisions of a consultation's documents by standing, at the end of one day. */
export interface ProgressPoint {
  /** YYYY-MM-DD (UTC). */
  readonly date: string;
  /** With undecided amendments on them (and no brackets). */
  readonly open: number;
  /** With square brackets still in their words. */
  readonly bracketed: number;
  /** Neither: no undecided amendment, no bracket. */
  readonly agreed: number;
}

export type ProgressMarkKind = 'phase' | 'deadline' | 'revision' | 'meeting';

/** Something marked on the time axis: a phase change, a deadline, a revision or adoption, a meeting. */
export interface ProgressMark {
  readonly kind: ProgressMarkKind;
  /** YYYY-MM-DD (UTC). */
  readonly date: string;
  /**
   * What it is: the phase key for a phase change or a deadline ("negotiation"), the
   * version label for a revision, the meeting's name.
   */
  readonly name: string;
}

/** How far a negotiation has come: the provisions by standing, day by day, with what happened marked. */
export interface ProgressFigures {
  readonly consultationId: string;
  readonly title: string;
  readonly points: readonly ProgressPoint[];
  readonly marks: readonly ProgressMark[];
}
