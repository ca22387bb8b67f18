import { AUDIT_NOTE_KEYS, AuditNote, auditNotes, notesIn } from '#libs/audit';
import { CATALOGUES, localeOfEnvironment, verificationNoteText } from '#libs/web';

/** One note of each kind, as the verifications make them. */
const NOTES: AuditNote[] = [
  auditNotes.kafkaNotChecked('no brokers given'),
  auditNotes.noCheckpoint(),
  auditNotes.awaitingPublication(3),
  auditNotes.appendedDuringVerification(2),
  auditNotes.noPublicKey(),
  auditNotes.bundleKeyUntrusted(),
  auditNotes.beyondCheckpoint(12, 400),
  auditNotes.bundleNoCheckpoint(),
];

describe('the notes of a verification, in the reader’s language', () => {
  it('has a note of every key, and every key in both catalogues', () => {
    expect(NOTES.map((note) => note.key).sort()).toEqual([...AUDIT_NOTE_KEYS].sort());
    for (const key of AUDIT_NOTE_KEYS) {
      expect({ key, en: key in CATALOGUES.en, ar: key in CATALOGUES.ar }).toEqual({ key, en: true, ar: true });
    }
  });

  it('says in English, from the catalogue, exactly the sentence the JSON report carries', () => {
    for (const note of NOTES) expect(verificationNoteText('en')(note)).toBe(note.text);
  });

  it('says each in Arabic, every placeholder filled with its value', () => {
    for (const note of NOTES) {
      const arabic = verificationNoteText('ar')(note);
      expect({ key: note.key, leftover: /\{\w+\}/u.test(arabic), arabic: /[\u0600-\u06FF]/u.test(arabic) }).toEqual({
        key: note.key,
        leftover: false,
        arabic: true,
      });
      for (const value of Object.values(note.params)) expect(arabic).toContain(String(value));
    }
  });

  it('prints the notes of a bundle report in Arabic on the command line, leaving a note without a key as it is', () => {
    const keyed = [auditNotes.noPublicKey(), auditNotes.beyondCheckpoint(12, 400)];
    const report = { notes: ['a free note', ...keyed.map((note) => note.text)], noteMessages: keyed };
    expect(notesIn(report, verificationNoteText('ar'))).toEqual([
      'a free note',
      CATALOGUES.ar['verification.note.noPublicKey'],
      'عدد الأحداث بعد آخر نقطة تحقق موقعة (التي تغطي 400 حدثاً): 12؛ وهي مسلسلة لكن لا تغطيها بعد أي نقطة تحقق موقعة.',
    ]);
  });

  it('takes the language of the command line from the environment, English otherwise', () => {
    expect(localeOfEnvironment({ LANG: 'ar_EG.UTF-8' })).toBe('ar');
    expect(localeOfEnvironment({ LC_ALL: 'en_GB.UTF-8', LANG: 'ar_EG.UTF-8' })).toBe('en');
    expect(localeOfEnvironment({ LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(localeOfEnvironment({})).toBe('en');
  });
});
