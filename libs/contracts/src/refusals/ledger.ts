/** Refusals the write side gives before or after a decision: what the command names is unknown, the record changed, the request repeats. */
export const ledgerRefusals = {
  'ledger.noSuchTarget': { en: 'no such amendment or document', ar: 'لا يوجد تعديل أو وثيقة كهذه' },
  'ledger.unknownCommand': { en: 'not a command this ledger knows', ar: 'ليس أمراً يعرفه هذا السجل' },
  'access.needsRole': {
    en: 'this needs the role of {roles}',
    ar: 'يتطلب هذا دور {roles}',
  },
  'stakeholder.notFound': { en: 'no such stakeholder is registered', ar: 'لا يوجد صاحب مصلحة مسجّل كهذا' },
  'ledger.changedMeanwhile': {
    en: 'the record changed meanwhile (it is at version {version}, not {expected}); reload and try again',
    ar: 'تغيّر السجل في الأثناء (هو في الإصدار {version}، لا {expected})؛ أعد التحميل وحاول مرة أخرى',
  },
  'ledger.changedWhileWriting': {
    en: 'the record changed while this was being recorded; reload and try again',
    ar: 'تغيّر السجل أثناء التسجيل؛ أعد التحميل وحاول مرة أخرى',
  },
  'ledger.tooBusy': {
    en: 'others changed the same record at the same moment, again and again; try again',
    ar: 'غيّر آخرون السجل نفسه في اللحظة نفسها مرة بعد مرة؛ حاول مرة أخرى',
  },
  'ledger.idempotencyKeyReused': {
    en: 'this Idempotency-Key was used for a different request',
    ar: 'استُعمل مفتاح Idempotency-Key هذا لطلب مختلف',
  },
} as const;
