/** Refusals of commands on consultations, their meetings and the stakeholder registry. */
export const consultationRefusals = {
  'consultation.registerNotSecretariat': {
    en: 'only the secretariat registers consultations',
    ar: 'لا تسجّل المشاورات إلا الأمانة',
  },
  'consultation.alreadyRegistered': {
    en: 'the consultation “{title}” is already registered',
    ar: 'المشاورة «{title}» مسجّلة من قبل',
  },
  'consultation.notFound': { en: 'no such consultation', ar: 'لا توجد مشاورة كهذه' },
  'consultation.closed': { en: 'the consultation is closed', ar: 'المشاورة مغلقة' },
  'consultation.alreadyInPhase': {
    en: 'the consultation is already in the {phase} phase',
    ar: 'المشاورة في مرحلة {phase} من قبل',
  },
  'consultation.phaseNotAllowed': {
    en: 'only the secretariat or a chair of this consultation moves it between phases',
    ar: 'لا ينقل المشاورة من مرحلة إلى أخرى إلا الأمانة أو رئيس هذه المشاورة',
  },
  'consultation.phaseSkipped': {
    en: 'the next phase after {fromPhase} is {nextPhase}, not {toPhase}',
    ar: 'المرحلة التالية لمرحلة {fromPhase} هي {nextPhase}، لا {toPhase}',
  },
  'consultation.reopenNotChair': {
    en: 'only a chair of this consultation reopens an earlier phase',
    ar: 'لا يعيد فتح مرحلة سابقة إلا رئيس هذه المشاورة',
  },
  'consultation.reopenNeedsReason': {
    en: 'reopening an earlier phase needs a reason on the record',
    ar: 'إعادة فتح مرحلة سابقة تقتضي تسجيل سببها في المحضر',
  },
  'consultation.admitNotSecretariat': {
    en: 'only the secretariat admits participants',
    ar: 'لا يقبل المشاركين إلا الأمانة',
  },
  'consultation.alreadyParticipant': {
    en: 'the stakeholder is already a participant',
    ar: 'صاحب المصلحة مشارك من قبل',
  },
  'meeting.notOrganiser': {
    en: 'only the secretariat or a chair of this consultation registers meetings and readings',
    ar: 'لا يسجّل الاجتماعات والقراءات إلا الأمانة أو رئيس هذه المشاورة',
  },
  'meeting.needsId': { en: 'a meeting needs an identifier', ar: 'يحتاج الاجتماع إلى معرِّف' },
  'meeting.alreadyRegistered': {
    en: 'the meeting “{meeting}” is already registered',
    ar: 'الاجتماع «{meeting}» مسجّل من قبل',
  },
  'meeting.unknownKind': {
    en: 'a meeting is one of: {kinds}',
    ar: 'الاجتماع واحد مما يلي: {kinds}',
  },
  'meeting.needsName': { en: 'a meeting needs its name as displayed', ar: 'يحتاج الاجتماع إلى اسمه كما يُعرض' },
  'meeting.needsDate': { en: 'a meeting needs its date (ISO 8601)', ar: 'يحتاج الاجتماع إلى تاريخه (ISO 8601)' },
  'meeting.badNumber': {
    en: 'a meeting number is a positive whole number',
    ar: 'رقم الاجتماع عدد صحيح موجب',
  },
  'meeting.numberTaken': {
    en: '{kind} {number} is already registered as “{meeting}”',
    ar: '{kind} {number} مسجّل من قبل باسم «{meeting}»',
  },
  'meeting.notFound': { en: 'no such meeting is registered', ar: 'لا يوجد اجتماع مسجّل كهذا' },
  'meeting.documentNotInConsultation': {
    en: 'the document is not one of this consultation',
    ar: 'الوثيقة ليست من وثائق هذه المشاورة',
  },
  'meeting.readingNamesNothing': { en: 'a reading names the provisions read', ar: 'تسمّي القراءة الأحكام المقروءة' },
  'meeting.provisionTwice': { en: '{provision} is named twice', ar: 'ذُكر {provision} مرتين' },
  'provision.notInText': {
    en: 'provisions named are not in the text, deleted or never there ({count} of them)',
    ar: 'أحكام مذكورة ليست في النص، محذوفة أو لم تكن فيه قط (عددها {count})',
  },
  'stakeholder.registerNotSecretariat': {
    en: 'only the secretariat registers stakeholders',
    ar: 'لا تسجّل أصحاب المصلحة إلا الأمانة',
  },
  'stakeholder.alreadyRegistered': {
    en: '{stakeholder} is already registered',
    ar: '{stakeholder} مسجّل من قبل',
  },
  'stakeholder.membersNotRegistered': {
    en: 'members not registered: {members}',
    ar: 'أعضاء غير مسجّلين: {members}',
  },
  'stakeholder.notRegistered': {
    en: '“{stakeholder}” is not a registered stakeholder',
    ar: '«{stakeholder}» ليس من أصحاب المصلحة المسجّلين',
  },
} as const;
