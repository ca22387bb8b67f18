import type { chairSafetyEn } from './chair-safety.en';

/** خطوات الأمان في أعمال الرئيس: تأكيد الانتقال بين المراحل، ومعاينة الاعتماد قبل تسجيله. */
export const chairSafetyAr: Record<keyof typeof chairSafetyEn, string> = {
  'chairSafety.phaseTitle': 'تأكيد الانتقال إلى مرحلة أخرى',
  'chairSafety.phaseForward': 'تنتقل المشاورة من مرحلة {from} إلى مرحلة {to}.',
  'chairSafety.phaseBack': 'تعود المشاورة من مرحلة {from} إلى مرحلة {to}، للسبب التالي: {reason}',
  'chairSafety.whatHappens': 'ما الذي يحدث',
  'chairSafety.effect.drafting': 'يعود النص إلى الصياغة: لا يُقترح شيء حتى تُفتح المشاورة من جديد.',
  'chairSafety.effect.open-for-contributions': 'يمكن لأصحاب المصلحة تقديم المساهمات واقتراح التعديلات وإرسال المدخلات.',
  'chairSafety.effect.negotiation':
    'يُغلق باب المساهمات: لا تُقبل مساهمة جديدة ولا مراجعة لمساهمة. ويظل بوسع أصحاب المصلحة اقتراح التعديلات وإرسال المدخلات، ويبت الرئيس فيها.',
  'chairSafety.effect.adoption':
    'يُغلق باب التعديلات والمدخلات: لا يُقبل جديد منها. ويبت الرئيس فيما بقي، ويحسم البدائل بين معقوفين، ويعتمد النص.',
  'chairSafety.effect.closed': 'تُختتم المشاورة: لا يُقترح شيء بعد ذلك ولا يُبت فيه ولا يُعتمد. ويبقى السجل متاحاً للقراءة.',
  'chairSafety.reopenNote': 'تُسجَّل العودة مع سببها، ويبقى ما تقرر في السجل.',
  'chairSafety.deadline.open-for-contributions':
    'الموعد النهائي لتقديم المساهمات هو {date}؛ والانتقال إلى مرحلة {to} الآن يغلق باب المساهمات قبل موعده بـ{days}.',
  'chairSafety.deadline.negotiation':
    'الموعد النهائي لاقتراح التعديلات هو {date}؛ والانتقال إلى مرحلة {to} الآن يغلق باب التعديلات قبل موعده بـ{days}.',
  'chairSafety.deadline.other': 'الموعد النهائي لمرحلة {from} هو {date}؛ والانتقال إلى مرحلة {to} الآن ينهيها قبل موعدها بـ{days}.',
  'chairSafety.deadlineToday': 'الموعد النهائي لمرحلة {from} هو {date}، في وقت لاحق اليوم؛ والانتقال إلى مرحلة {to} الآن ينهيها قبل ذلك.',
  'chairSafety.days.one': 'يوم واحد',
  'chairSafety.days.two': 'يومين',
  'chairSafety.days.few': '{count} أيام',
  'chairSafety.days.many': '{count} يوماً',
  'chairSafety.confirmPhase': 'تأكيد الانتقال إلى مرحلة {phase}',
  'chairSafety.cancelPhase': 'إلغاء: تبقى المشاورة في مرحلة {phase}',
  'chairSafety.previewTitle': 'معاينة الاعتماد',
  'chairSafety.previewIntro': 'راجع ما سيُعتمد. لا يُسجَّل شيء قبل أن تؤكد.',
  'chairSafety.asPrinted': 'كما سيُطبع',
  'chairSafety.printedTitle': 'العنوان',
  'chairSafety.printedLine': 'عبارة الاعتماد',
  'chairSafety.newVersion': 'النسخة {number}',
  'chairSafety.marks': 'النص المعروض للاعتماد، مع بيان التغييرات مقارنةً بالنسخة {number} ({label})',
  'chairSafety.noMarks': 'لم تتغير كلمة من النص منذ النسخة {number}.',
  'chairSafety.unchanged':
    'لم يتغير شيء منذ اعتماد {version} في {meeting} بتاريخ {date}: واعتماده مرة أخرى يسجل نسخة مطابقة. ابتَّ أولاً في تعديل، أو احسم البدائل بين معقوفين، أو أصدر تنقيحاً.',
  'chairSafety.openPoints': 'المسائل المعلقة',
  'chairSafety.noOpenPoints': 'لا شيء معلق: بُتَّ في كل التعديلات، ولم يبقَ ما بين معقوفين، والنسخ اللغوية متسقة مع الأصل.',
  'chairSafety.undecided': 'تعديلات لم يُبتَّ فيها: {count}',
  'chairSafety.undecidedHint': 'ابتَّ فيها أولاً، أو اختر «تُترك معلقة»: فيسجل الاعتماد أنها تُركت معلقة.',
  'chairSafety.leaveOpen': 'تُترك معلقة',
  'chairSafety.brackets': 'بدائل بين معقوفين لم تُحسم: {count}',
  'chairSafety.leaveBrackets': 'تُترك المعقوفات معلقة: يُعتمد النص ببدائله بين معقوفين',
  'chairSafety.languages': 'نسخ لغوية غير متسقة مع الأصل',
  'chairSafety.languageAwaiting': '{language}: أحكام تنتظر الترجمة: {count}',
  'chairSafety.adoptProvisionally': 'اعتماد مؤقت باللغة {language}',
  'chairSafety.confirmAdoption': 'تأكيد الاعتماد',
  'chairSafety.cancelAdoption': 'إلغاء: العودة إلى التجميع',
  'chairSafety.refused': 'لم يُسجَّل الاعتماد',
  'chairSafety.needsLeaveOpen': 'بقيت تعديلات لم يُبتَّ فيها ولم تُترك معلقة: ابتَّ فيها، أو اختر «تُترك معلقة» أدناه.',
  'chairSafety.needsBrackets': 'بقيت بدائل بين معقوفين لم تُحسم: احسمها، أو اختر ترك المعقوفات معلقة أدناه.',
};
