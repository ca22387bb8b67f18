import type { conflictsEn } from './conflicts.en';

/** سبب التعارض بين تعديلين، بالعربية: الأحكام كما طُبعت والكلمات المعنية بين علامتي تنصيص. */
export const conflictsAr: Record<keyof typeof conflictsEn, string> = {
  'conflict.differentBase': 'كلاهما يغيّر {provision}، وقد اقتُرحا على صيغتين مختلفتين له',
  'conflict.wholeWording': 'كلاهما يغيّر كلمات {provision}، وأحدهما يغيّر صيغته كلها',
  'conflict.overlappingWords': 'كلاهما يغيّر «{words}» في {provision}، أو كلمات مجاورة لها',
  'conflict.suppressedUsed': 'أحدهما يحذف {provision} والآخر يستند إليه',
  'conflict.suppressedSubItemUsed': 'أحدهما يحذف {provision} والآخر يستند إلى بنده الفرعي {subItem}',
  'conflict.movedModified': 'أحدهما ينقل {provision} والآخر يعدّله',
  'conflict.bothMove': 'كلاهما ينقل {provision}',
  'conflict.placedNextToMoved': 'أحدهما يضع حكماً بجانب {provision}، والآخر ينقله',
  'conflict.movedInsideEachOther': 'كلٌّ منهما ينقل {provision} و{other} إلى داخل الآخر',
  'conflict.samePlace': 'كلاهما يضع شيئاً في الموضع نفسه؛ ولم يتحدد ترتيبهما',
  'conflict.samePlaceNextTo': 'كلاهما يضع شيئاً في الموضع نفسه بجانب {provision}؛ ولم يتحدد ترتيبهما',
  'conflict.sameNewProvision': 'كلاهما ينشئ الحكم الجديد نفسه',
  'conflict.sameNewSection': 'كلاهما ينشئ الجزء الجديد نفسه',
  'conflict.sameNewFootnote': 'كلاهما ينشئ الحاشية الجديدة نفسها',
  'conflict.sameFootnote': 'كلاهما يغيّر الحاشية نفسها من {provision}',
  'conflict.sectionSuppressedHeading': 'أحدهما يحذف الجزء {section} والآخر يغيّر عنوانه',
  'conflict.sectionSuppressedPlaced': 'أحدهما يحذف الجزء {section} والآخر يضع فيه حكماً',
  'conflict.sectionSuppressedUsed': 'أحدهما يحذف الجزء {section} والآخر يستند إلى حكمه {provision}',
  'conflict.bothTitle': 'كلاهما يغيّر العنوان',
  'conflict.bothHeading': 'كلاهما يغيّر العنوان {section}',
};
