import type { akomaNtosoProblemsEn } from './akoma-ntoso-problems.en';

/** سبب رفض ملف ليس بياناً بصيغة Akoma Ntoso يقرؤه النظام، وعناصره بالكلمات، بالعربية. */
export const akomaNtosoProblemsAr: Record<keyof typeof akomaNtosoProblemsEn, string> = {
  'akn.rootElement': 'يجب أن يكون العنصر الجذر akomaNtoso',
  'akn.missing': 'العنصر {name} ناقص',
  'akn.style': 'يجب أن يكون أسلوب النص واحداً من {allowed}',
  'akn.language': 'يجب أن تكون اللغة واحدة من {allowed}',
  'akn.eIdNotA': 'المعرّف eId «{eId}» لا يسمي {kind}',
  'akn.eIdTwice': 'المعرّف eId «{eId}» مستعمل مرتين',
  'akn.listMarker': 'يجب أن تكون listMarker إما dash أو bullet، لا «{marker}»',
  'xml.doctype': 'لا يُقبل إعلان نوع وثيقة (لا DTD ولا كيانات)',
  'xml.malformed': 'ليس XML سليم البنية: {why} (السطر {line})',
  'xml.oneRoot': 'لوثيقة XML عنصر جذر واحد فقط',
  'xml.noCharacter': '&{entity}; ليس حرفاً',
  'akn.problem': 'في {where} ‏({element}): {reason}',
  'akn.element.file': 'الملف',
  'akn.element.akomaNtoso': 'الوثيقة',
  'akn.element.statement': 'البيان',
  'akn.element.meta': 'البيانات الوصفية',
  'akn.element.meta/proprietary': 'حقول السجل في البيانات الوصفية',
  'akn.element.preface': 'كتلة العنوان',
  'akn.element.preamble': 'الديباجة',
  'akn.element.mainBody': 'المنطوق',
  'akn.element.authorialNote': 'حاشية',
  'akn.element.other': 'العنصر {element}',
  'export.notInterchange': '{file} ليس وثيقة تبادل',
  'export.notAkomaNtoso': '{file} ليس بياناً بصيغة Akoma Ntoso كتبه هذا النظام',
};
