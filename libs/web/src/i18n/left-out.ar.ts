import type { leftOutEn } from './left-out.en';

/** سبب ترك تعديل: مما يقترحه نص كامل (لا يمكن تقديمه)، ومن النص بكل التعديلات المعلقة (لم يُطبق). */
export const leftOutAr: Record<keyof typeof leftOutEn, string> = {
  'derivedWarning.leftOut.refused': 'لا تقبل المساهمة هذه الأجزاء منه:',
  'derivedWarning.leftOut.notCarried': 'لا تحمل المساهمة هذه الأجزاء منه:',
  'derivedWarning.leftOut.doesNotApply': 'لا ينطبق بعد التعديلات التي قبله.',
  'derivedWarning.leftOut.doesNotApplyBecause': 'لا ينطبق بعد التعديلات التي قبله: {why}',
  'marked.notAppliedAmendment': '{tag} {provision} المقترح من {proposers}',
  'marked.unknownProposer': 'جهة لم تعد مدرجة',
  'marked.notAppliedTitle': '{tag} العنوان المقترح من {proposers}',
};
