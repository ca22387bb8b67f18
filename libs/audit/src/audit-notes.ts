/*
 * The notes of a verification (what could not be checked, and why) as message keys with
 * their parameters, beside the English sentences the JSON report has always carried: the
 * audit page and the command line print them in the reader's language
 * (libs/web/src/i18n/verification.*.ts holds the words).
 */

export const AUDIT_NOTE_KEYS = [
  'verification.note.kafkaNotChecked',
  'verification.note.noCheckpoint',
  'verification.note.awaitingPublication',
  'verification.note.appendedDuringVerification',
  'verification.note.noPublicKey',
  'verification.note.bundleKeyUntrusted',
  'verification.note.beyondCheckpoint',
  'verification.note.bundleNoCheckpoint',
] as const;
export type AuditNoteKey = (typeof AUDIT_NOTE_KEYS)[number];

/** A note of a verification: its key, its parameters, and the English sentence of the JSON report. */
export interface AuditNote {
  readonly key: AuditNoteKey;
  readonly params: Readonly<Record<string, string | number>>;
  readonly text: string;
}

/** Renders a note in a reader's language; the English sentence when none is given. */
export type AuditNoteText = (note: AuditNote) => string;

export const englishNoteText: AuditNoteText = (note) => note.text;

/** The notes of a store verification. */
export const auditNotes = {
  kafkaNotChecked: (reason: string): AuditNote => ({
    key: 'verification.note.kafkaNotChecked',
    params: { reason },
    text: `Kafka was not checked: ${reason}; the store and the checkpoints were.`,
  }),
  noCheckpoint: (): AuditNote => ({
    key: 'verification.note.noCheckpoint',
    params: {},
    text: 'There is no checkpoint yet: the history is checked against itself (and Kafka), not against a signed head.',
  }),
  awaitingPublication: (count: number): AuditNote => ({
    key: 'verification.note.awaitingPublication',
    params: { count },
    text: `${count} event(s) at the store's head are still in the outbox, not yet on the topic.`,
  }),
  appendedDuringVerification: (count: number): AuditNote => ({
    key: 'verification.note.appendedDuringVerification',
    params: { count },
    text: `${count} event(s) were appended while the verification ran; they were compared but are not in the recomputed tree.`,
  }),
  noPublicKey: (): AuditNote => ({
    key: 'verification.note.noPublicKey',
    params: {},
    text: 'No public key: the checkpoints could not be checked.',
  }),
  bundleKeyUntrusted: (): AuditNote => ({
    key: 'verification.note.bundleKeyUntrusted',
    params: { option: '--public-key <pem>' },
    text:
      "The checkpoints were checked against the public key the bundle carries. A bundle's own key proves nothing by itself: whoever could change the bundle " +
      "could replace the key and sign again. Give the ledger operator's published key (--public-key <pem>) to know the bundle comes from the ledger.",
  }),
  beyondCheckpoint: (beyond: number, covered: number): AuditNote => ({
    key: 'verification.note.beyondCheckpoint',
    params: { beyond, covered },
    text: `${beyond} event(s) after the latest checkpoint (${covered} events) are chained but no signed checkpoint covers them yet.`,
  }),
  bundleNoCheckpoint: (): AuditNote => ({
    key: 'verification.note.bundleNoCheckpoint',
    params: {},
    text: 'The bundle holds no checkpoint: the history is checked against its own hash chain only, not against a signed head.',
  }),
};

/** The notes of a report in a reader's language: each keyed note rendered, the others (free notes) as they are. */
export function notesIn(
  report: { readonly notes: readonly string[]; readonly noteMessages?: readonly AuditNote[] },
  noteText: AuditNoteText,
): string[] {
  const keyed = new Map((report.noteMessages ?? []).map((note) => [note.text, note]));
  return report.notes.map((note) => {
    const message = keyed.get(note);
    return message ? noteText(message) : note;
  });
}
