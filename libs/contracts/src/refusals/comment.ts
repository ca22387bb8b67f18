/**
 * Refusals of comment threads: posting a comment or a reply, and the secretariat hiding one.
 * A comment is "the comment"; a document is named by its symbol when it has one.
 */
export const commentRefusals = {
  'comment.notFound': { en: 'no such comment', ar: 'لا يوجد تعليق كهذا' },
  'comment.alreadyPosted': { en: 'the comment is already posted', ar: 'التعليق منشور من قبل' },
  'comment.hideSecretariatOnly': { en: 'only the secretariat hides a comment', ar: 'لا يخفي التعليقات إلا الأمانة' },
  'comment.alreadyHidden': { en: 'the comment is already hidden', ar: 'التعليق مخفي من قبل' },
  'comment.tooLong': {
    en: 'the {field} has {length} characters; at most {max} are kept',
    ar: 'يتألف {field} من {length} حرفاً، ولا يُحفظ منه أكثر من {max}',
  },
  'comment.theDocument': { en: 'the document', ar: 'الوثيقة' },
  'comment.amendmentNotOnDocument': {
    en: 'the amendment commented on is not one proposed to {document}',
    ar: 'التعديل المعلَّق عليه ليس من التعديلات المقترحة على {document}',
  },
  'comment.provisionNotInText': {
    en: 'the provision commented on is not in the text of {document}',
    ar: 'الحكم المعلَّق عليه ليس في نص {document}',
  },
  'comment.doesNotActFor': {
    en: '{actor} does not act for {stakeholder}',
    ar: '{actor} لا يعمل باسم {stakeholder}',
  },
  'comment.notAdmitted': {
    en: 'the consultation is restricted to its participants, and {stakeholder} is not admitted to it',
    ar: 'المشاورة مقصورة على المشاركين فيها، و{stakeholder} غير مقبول فيها',
  },
  'comment.replyNotInThread': {
    en: 'the comment replied to is not in this thread',
    ar: 'التعليق الذي يُرَدّ عليه ليس في هذا النقاش',
  },
  'comment.unknownLanguage': {
    en: '“{given}” is not one of the six languages ({languages})',
    ar: '«{given}» ليست من اللغات الست ({languages})',
  },
} as const;
