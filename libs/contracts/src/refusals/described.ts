/** How refusals name the things they concern: an amendment by its proposer and what it does, a decision by its kind and date. */
export const describedThings = {
  'amendment.described': {
    en: "{proposer}'s {action} of {provision}",
    ar: '{action} {provision} المقترح من {proposer}',
  },
  'decision.ruling': { en: 'ruling of {date} on {amendment}', ar: 'القرار الصادر في {date} بشأن {amendment}' },
  'decision.rulingUndated': { en: 'ruling on {amendment}', ar: 'القرار الصادر بشأن {amendment}' },
  'decision.correction': {
    en: 'correction of {date} of the ruling on {amendment}',
    ar: 'التصحيح الصادر في {date} للقرار بشأن {amendment}',
  },
  'decision.correctionUndated': { en: 'correction of the ruling on {amendment}', ar: 'تصحيح القرار بشأن {amendment}' },
  'decision.other': { en: 'decision on this text', ar: 'قرار بشأن هذا النص' },
} as const;

/** What a change concerns when it names no provision or section. */
export const describedParts = {
  'part.title': { en: 'the title', ar: 'العنوان' },
  'part.text': { en: 'the text', ar: 'النص' },
  'part.newProvision': { en: 'a new provision', ar: 'حكم جديد' },
  'part.gone': { en: 'a provision no longer in the text', ar: 'حكم لم يعد في النص' },
  'part.notInText': { en: 'a provision not in the text', ar: 'حكم ليس في النص' },
  'part.quotedWording': { en: 'the wording quoted as its base', ar: 'الصيغة المقتبسة أساساً له' },
} as const;
