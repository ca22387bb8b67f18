/** The notes of a verification (what could not be checked, and why), in English: the keys libs/audit gives each note. */
export const verificationEn = {
  'verification.note.kafkaNotChecked': 'Kafka was not checked: {reason}; the store and the checkpoints were.',
  'verification.note.noCheckpoint':
    'There is no checkpoint yet: the history is checked against itself (and Kafka), not against a signed head.',
  'verification.note.awaitingPublication': "{count} event(s) at the store's head are still in the outbox, not yet on the topic.",
  'verification.note.appendedDuringVerification':
    '{count} event(s) were appended while the verification ran; they were compared but are not in the recomputed tree.',
  'verification.note.noPublicKey': 'No public key: the checkpoints could not be checked.',
  'verification.note.bundleKeyUntrusted':
    "The checkpoints were checked against the public key the bundle carries. A bundle's own key proves nothing by itself: whoever could change the bundle could replace the key and sign again. Give the ledger operator's published key ({option}) to know the bundle comes from the ledger.",
  'verification.note.beyondCheckpoint':
    '{beyond} event(s) after the latest checkpoint ({covered} events) are chained but no signed checkpoint covers them yet.',
  'verification.note.bundleNoCheckpoint':
    'The bundle holds no checkpoint: the history is checked against its own hash chain only, not against a signed head.',
};
