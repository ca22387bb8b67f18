/** Refusals of stakeholder inputs, and of texts a person wrote that cannot be published as they are. */
export const inputRefusals = {
  'input.notFound': { en: 'no such input', ar: 'لا توجد مداخلة كهذه' },
  'input.alreadyWithdrawn': { en: 'the input was already withdrawn', ar: 'سُحبت المداخلة من قبل' },
  'input.notSubmitter': {
    en: 'only {stakeholder}, which submitted it, withdraws this input',
    ar: 'لا يسحب هذه المداخلة إلا {stakeholder} الذي قدّمها',
  },
  'input.alreadySubmitted': { en: 'the input “{title}” is already submitted', ar: 'المداخلة «{title}» مقدَّمة من قبل' },
  'document.notFound': { en: 'no such document', ar: 'لا توجد وثيقة كهذه' },
  'input.doesNotActFor': {
    en: '{actor} does not act for {stakeholder}: a stakeholder sends its own inputs',
    ar: '{actor} لا يعمل باسم {stakeholder}: يرسل كل صاحب مصلحة مداخلاته بنفسه',
  },
  'input.memberStates': {
    en: '{stakeholder} speaks for member states, which propose amendments to the text; inputs are for non-state stakeholders',
    ar: '{stakeholder} يتكلم باسم دول أعضاء، وهي تقترح تعديلات على النص؛ المداخلات لأصحاب المصلحة من غير الدول',
  },
  'input.wrongPhase': {
    en: 'inputs are sent while the consultation is open for contributions or in negotiation, not in the {phase} phase',
    ar: 'تُرسل المداخلات والمشاورة في مرحلة تلقي المساهمات أو التفاوض، لا في مرحلة {phase}',
  },
  'input.late': {
    en: 'the deadline of the {phase} phase passed on {deadline}; inputs are no longer accepted',
    ar: 'انقضى الموعد النهائي لمرحلة {phase} في {deadline}؛ لم تعد المداخلات تُقبل',
  },
  'input.notAdmitted': {
    en: 'the consultation is restricted to its participants, and {stakeholder} is not admitted to it',
    ar: 'المشاورة مقصورة على المشاركين فيها، و{stakeholder} غير مقبول فيها',
  },
  'input.notCurrentVersion': {
    en: 'version {number} is not the current version ({current}: {label}); inputs comment on the current one',
    ar: 'النسخة {number} ليست النسخة الحالية ({current}: {label})؛ تعلّق المداخلات على النسخة الحالية',
  },
  'input.provisionsNotInVersion': {
    en: 'provisions named are not in the text of {label} ({count} of them)',
    ar: 'أحكام مذكورة ليست في نص {label} (عددها {count})',
  },
  'input.unknownLanguage': {
    en: '“{given}” is not one of the six languages ({languages})',
    ar: '«{given}» ليست من اللغات الست ({languages})',
  },
  'text.empty': { en: 'the {field} is empty', ar: '{field} فارغ' },
  'text.loneSurrogate': {
    en: 'the {field} holds half of a UTF-16 pair, which is not a character',
    ar: '{field} يتضمن نصف زوج UTF-16، وهو ليس حرفاً',
  },
  'text.control': { en: 'the {field} holds a control character', ar: '{field} يتضمن حرف تحكّم' },
  'text.disguising': {
    en: 'the {field} holds the invisible character {codePoint} at offset {offset}, which can make it read differently from what it is; remove it',
    ar: '{field} يتضمن الحرف غير المرئي {codePoint} في الموضع {offset}، وقد يجعل النص يُقرأ على غير حقيقته؛ احذفه',
  },
  'translation.empty': {
    en: 'the {language} {field} of {provision} is empty',
    ar: '{field} باللغة {language} لـ {provision} فارغ',
  },
  'translation.loneSurrogate': {
    en: 'the {language} {field} of {provision} holds half of a UTF-16 pair, which is not a character',
    ar: '{field} باللغة {language} لـ {provision} يتضمن نصف زوج UTF-16، وهو ليس حرفاً',
  },
  'translation.control': {
    en: 'the {language} {field} of {provision} holds a control character',
    ar: '{field} باللغة {language} لـ {provision} يتضمن حرف تحكّم',
  },
  'translation.disguising': {
    en: 'the {language} {field} of {provision} holds the invisible character {codePoint} at offset {offset}, which can make it read differently from what it is; remove it',
    ar: '{field} باللغة {language} لـ {provision} يتضمن الحرف غير المرئي {codePoint} في الموضع {offset}، وقد يجعل النص يُقرأ على غير حقيقته؛ احذفه',
  },
} as const;
