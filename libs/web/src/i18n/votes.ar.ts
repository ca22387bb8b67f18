import type { votesEn } from './votes.en';

/** اختيار الرئيس لطريقة اعتماد النص، والتصويت المسجل، وتعليل المواقف والتصويت، بالعربية. */
export const votesAr: Record<keyof typeof votesEn, string> = {
  'vote.method': 'طريقة اعتماد النص',
  'vote.methodHint':
    'إذا تُرك سطر الاعتماد فارغاً ذكر الطريقة: "اعتُمد دون تصويت"، أو "اعتُمد بتصويت مسجل بأغلبية 150 صوتا مقابل 5 أصوات، مع امتناع 10 أعضاء عن التصويت".',
  'vote.methodUnstated': 'غير مذكورة (يذكر السطر الاجتماع وحده، كما تطبعه نصوص الاتحاد)',
  'vote.consensus': 'دون تصويت (بتوافق الآراء)',
  'vote.recorded': 'بتصويت مسجل',
  'vote.votes': 'التصويت المسجل، دولة عضواً دولة عضواً',
  'vote.votesHint': 'لا تصوت إلا الدول الأعضاء، كلٌّ عن نفسها؛ ولا تصوت المجموعات. وتُحصى الأصوات عند تسجيل الاعتماد.',
  'vote.noVoters': 'لا توجد دولة عضو مسجلة مشاركةً: لا يمكن إجراء تصويت مسجل هنا.',
  'vote.memberState': 'الدولة العضو',
  'vote.yes': 'نعم',
  'vote.no': 'لا',
  'vote.abstain': 'امتناع',
  'vote.absent': 'لم تصوت',
  'vote.needsVotes': 'يقتضي التصويت المسجل صوت دولة عضو واحدة على الأقل.',
  'vote.votesWithoutVote': 'أُدخلت أصوات، لكن الطريقة المختارة ليست تصويتاً مسجلاً.',
  'vote.adoptions': 'طريقة اعتماد كل صيغة',
  'vote.tally': 'تصويت مسجل: {yes} مؤيدون، {no} معارضون، {abstain} ممتنعون',
  'vote.withoutVote': 'اعتُمد دون تصويت',
  'vote.notRecorded': 'اعتُمد (لم تُسجَّل الطريقة)',
  'explanation.title': 'تعليل المواقف والتصويت',
  'explanation.none': 'لم يُقدَّم أي تعليل للموقف أو للتصويت على هذه الوثيقة.',
  'explanation.kind.position': 'تعليل موقف',
  'explanation.kind.vote': 'تعليل تصويت',
  'explanation.timing.before-adoption': 'قبل الاعتماد',
  'explanation.timing.after-adoption': 'بعد الاعتماد',
  'explanation.on': 'على الصيغة {number}',
};
