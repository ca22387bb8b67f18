import type { DocxWarningKey } from '#libs/documents';

/** The Word reader's warnings in Arabic, by the key libs/documents states (see docx-warnings.en.ts). */
export const docxWarningsAr: Readonly<Record<DocxWarningKey, string>> = {
  'docx.paragraph-not-matched':
    'لا تطابق هذه الفقرة المعدَّلة أو المحذوفة أي فقرة من الصيغة الحالية، لا بترقيمها "{label}" ولا بكلماتها؛ فلم يُستخلص منها أي تعديل.',
  'docx.added-paragraph-not-placed': 'لا تسبق هذه الفقرةَ المضافة فقرةٌ أو عنوان من الصيغة الحالية تُوضع بعده؛ فلم يُستخلص منها أي تعديل.',
  'docx.footnote-not-matched': 'حاشية مُعلَّمة في هذه الفقرة لا تطابق أي حاشية من حواشي الفقرة؛ فبقيت على حالها.',
  'docx.change-refused': 'لا يمكن إجراء هذا التغيير على الصيغة الحالية كما هي؛ فلم يُستخلص منه أي تعديل.',
  'docx.reasons-without-proposal': 'لا يسبق هذه الأسبابَ أي مقترح.',
};
