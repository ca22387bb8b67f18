import { AMENDMENT_REFUSAL_MESSAGES_EN, AmendmentRefusalKey, UNEXPRESSED_MESSAGES_EN, UnexpressedKey } from '#libs/text';
import { RefusalText } from './render';

const ar: Readonly<Record<AmendmentRefusalKey | UnexpressedKey, string>> = {
  'amendment.refused.unknownProvision': 'حكم يذكره ليس في النص',
  'amendment.refused.unknownSection': 'جزء يذكره ليس في النص',
  'amendment.refused.unknownFootnote': 'الحاشية التي يذكرها ليست في {provision}',
  'amendment.refused.staleTarget': 'لم يعد {provision} يُقرأ كما كان حين اقتُرح التعديل؛ انقل التعديل إلى صيغته الحالية',
  'amendment.refused.provisionExists': 'النص يتضمن من قبل {provision} الذي يضيفه',
  'amendment.refused.footnoteExists': 'النص يتضمن من قبل حاشية يضيفها',
  'amendment.refused.sectionExists': 'النص يتضمن من قبل الجزء {section} الذي يضيفه',
  'amendment.refused.wordsOutside': 'ليست كل الكلمات التي يغيّرها في {provision} بصيغته الحالية',
  'amendment.refused.replacementsOverlap': 'تغييران من تغييراته على {provision} يتناولان الكلمات نفسها',
  'amendment.refused.cutsBrackets': 'الكلمات التي يغيّرها تقطع الكلمات الواردة بين أقواس معقوفة {words} في {provision}',
  'amendment.refused.noWordsQuoted': 'لم تُقتبس أي كلمات',
  'amendment.refused.wordsNotFound': 'الكلمات {words} ليست في {provision}',
  'amendment.refused.wordsAmbiguous': 'ترد الكلمات {words} في {provision} عدد {count} من المرات؛ حدّد أيّها المقصود (من 1 إلى {count})',
  'amendment.refused.noSuchOccurrence': 'ترد الكلمات {words} في {provision} عدد {count} من المرات؛ ولا يوجد ورود رقم {occurrence}',
  'amendment.refused.placedInsideItself': 'لا يمكن وضع {provision} بجانب نفسه أو بين بنوده الفرعية',
  'amendment.refused.positionOutside': 'الموضع الذي يذكره خارج القائمة التي يذكرها',
  'amendment.refused.sectionCannotEndPart': 'لا يمكن وضع جزء من {part} في آخر {otherPart}',
  'amendment.refused.sectionInOtherPart': 'الجزء {section} في {otherPart} لا في {part}',
  'amendment.refused.noBracketGroup': 'لا توجد في {provision} كلمات بين أقواس معقوفة رقمها {number}',
  'amendment.refused.noSuchAlternative':
    'تعرض الكلمات الواردة بين أقواس معقوفة في {provision} عدد {count} من البدائل؛ ولا يوجد البديل {choice}',
  'amendment.refused.noAlternatives': 'يلزم بديل واحد على الأقل',
  'amendment.refused.nestedBrackets': 'لا يجوز أن يتضمن البديل أقواساً معقوفة: {words}',
  'amendment.refused.unsettledBrackets': 'ما زال عدد {count} من المقاطع بين أقواس معقوفة غير محسوم، في {provisions}',
  'amendment.rebase.provisionExists': 'أصبح النص يتضمن في الأثناء {provision} الذي يضيفه',
  'amendment.rebase.footnoteExists': 'أصبح النص يتضمن في الأثناء حاشية يضيفها',
  'amendment.rebase.sectionExists': 'أصبح النص يتضمن في الأثناء الجزء {section} الذي يضيفه',
  'amendment.rebase.provisionGone': 'لم يعد {provision} في النص',
  'amendment.rebase.sectionGone': 'لم يعد الجزء {section} في النص',
  'amendment.rebase.footnoteGone': 'لم تعد الحاشية المعنية من {provision} في النص',
  'amendment.rebase.footnoteChanged': 'غُيّرت في الأثناء الحاشية التي يعيد صياغتها من {provision}',
  'amendment.rebase.headingChanged': 'غُيّر العنوان {section} في الأثناء',
  'amendment.rebase.titleChanged': 'غُيّر العنوان في الأثناء',
  'amendment.rebase.sectionProvisionsChanged': 'تغيّرت أحكام الجزء {section} في الأثناء',
  'amendment.rebase.notInBase': 'حكم يغيّره ليس في النسخة التي اقتُرح عليها',
  'amendment.rebase.otherWording': 'اقتُرح على صيغة أخرى لـ{provision}',
  'amendment.rebase.wordsChanged': 'غُيّرت في الأثناء الكلمات التي يغيّرها في {provision}، أو كلمات مجاورة لها',
  'revision.unexpressed.bodyChanged': 'تغيّرت الصيغة التمهيدية؛ ولا يغيّرها أي تعديل',
  'revision.unexpressed.coverChanged': 'تغيّر الغلاف؛ وهو يُسجَّل ولا يُعدَّل',
  'revision.unexpressed.languageChanged': 'تغيّرت اللغة من {originalLanguage} إلى {language}',
  'revision.unexpressed.styleChanged': 'تغيّر الأسلوب من {originalStyle} إلى {style}',
  'revision.unexpressed.notReproduced': 'تطبيق التعديلات المستخلصة لا يعطي النص المنقّح',
  'revision.unexpressed.sectionMoved': 'الجزء {section} يقع في موضع آخر بين الأجزاء؛ ولا يوجد تعديل ينقل جزءاً',
  'revision.unexpressed.newListMarker': 'البنود الفرعية في {provision} الجديد معلَّمة بـ«{marker}»؛ ولا تذكر الإضافة ذلك',
  'revision.unexpressed.listMarkerChanged': 'تتغيّر علامة البنود الفرعية في {provision}؛ ولا يوجد تعديل يفعل ذلك',
  'amendment.rebase.bracketsChanged': 'غُيّرت في الأثناء الكلمات الواردة بين أقواس معقوفة في {provision}',
};

const TEXT_ENGINE_MESSAGES_EN = { ...AMENDMENT_REFUSAL_MESSAGES_EN, ...UNEXPRESSED_MESSAGES_EN } as const;

/**
 * Why the text engine could not apply an amendment, and what a derivation could not say, in both
 * languages: the English is the engine's own (libs/text refusal-messages.ts); a refusal of the
 * domain names one as its `why`.
 */
export const textEngineRefusals = Object.fromEntries(
  (Object.keys(TEXT_ENGINE_MESSAGES_EN) as (AmendmentRefusalKey | UnexpressedKey)[]).map((key) => [
    key,
    { en: TEXT_ENGINE_MESSAGES_EN[key], ar: ar[key] },
  ]),
) as {
  readonly [K in AmendmentRefusalKey]: { readonly en: (typeof AMENDMENT_REFUSAL_MESSAGES_EN)[K]; readonly ar: string };
} satisfies Readonly<Record<string, RefusalText>>;
