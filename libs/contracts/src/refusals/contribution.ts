/** Refusals of commands on contributions and the inputs stakeholders submit. */
export const contributionRefusals = {
  'contribution.alreadySubmitted': {
    en: 'the contribution {symbol} is already submitted',
    ar: 'المساهمة {symbol} مقدَّمة من قبل',
  },
  'contribution.notOpen': {
    en: 'contributions are accepted while the consultation is open for contributions, not in the {phase} phase',
    ar: 'لا تُقبل المساهمات إلا والمشاورة في مرحلة تلقي المساهمات، لا في مرحلة {phase}',
  },
  'contribution.lateSubmit': {
    en: 'the deadline of the {phase} phase passed on {deadline}; contributions are no longer accepted',
    ar: 'انقضى الموعد النهائي لمرحلة {phase} في {deadline}؛ لم تعد المساهمات تُقبل',
  },
  'contribution.notFound': { en: 'no such contribution', ar: 'لا توجد مساهمة كهذه' },
  'contribution.withdrawn': { en: 'the contribution {symbol} was withdrawn', ar: 'سُحبت المساهمة {symbol}' },
  'contribution.notSubmitter': {
    en: 'only its submitters revise or withdraw a contribution',
    ar: 'لا يراجع المساهمة أو يسحبها إلا مقدّموها',
  },
  'contribution.notOpenForRevision': {
    en: 'contributions are revised while the consultation is open for contributions, not in the {phase} phase',
    ar: 'لا تُراجع المساهمات إلا والمشاورة في مرحلة تلقي المساهمات، لا في مرحلة {phase}',
  },
  'contribution.lateRevise': {
    en: 'the deadline of the {phase} phase passed on {deadline}; contributions are no longer revised',
    ar: 'انقضى الموعد النهائي لمرحلة {phase} في {deadline}؛ لم تعد المساهمات تُراجع',
  },
  'contribution.doesNotSpeakFor': {
    en: '{actor} does not speak for {party}: a co-submitter answers for itself, or a member for its group',
    ar: '{actor} لا يتكلم باسم {party}: يجيب المقدِّم المشارك عن نفسه، أو العضو عن مجموعته',
  },
  'contribution.letterReference': {
    en: "the secretariat records the answer of {party} from its letter: give the letter's reference",
    ar: 'تسجّل الأمانة جواب {party} من رسالته: أدخل مرجع الرسالة',
  },
  'contribution.notNamedSubmitter': {
    en: '{party} is not named among the submitters of {symbol}',
    ar: '{party} ليس مذكوراً بين مقدّمي {symbol}',
  },
  'contribution.declinedCoSubmission': {
    en: '{party} declined to co-submit {symbol}',
    ar: 'رفض {party} المشاركة في تقديم {symbol}',
  },
  'contribution.alreadyCoSubmits': {
    en: '{party} already submits {symbol}',
    ar: '{party} يشارك في تقديم {symbol} من قبل',
  },
  'contribution.submitsForItself': {
    en: 'a stakeholder submits for itself or for a group it belongs to',
    ar: 'يقدّم صاحب المصلحة باسمه أو باسم مجموعة ينتمي إليها',
  },
  'stakeholders.notRegistered': {
    en: 'not registered stakeholders: {stakeholders}',
    ar: 'أصحاب مصلحة غير مسجّلين: {stakeholders}',
  },
  'stakeholder.notAMember': {
    en: '{actor} is not a member of {group} and does not speak on its behalf',
    ar: '{actor} ليس عضواً في {group} ولا يتكلم باسمها',
  },
  'contribution.coSubmissionDeclined': {
    en: 'the amendment is not before the meeting: {parties} declined to co-submit {symbol}: its submitters revise it without them or withdraw it',
    ar: 'التعديل غير معروض على الاجتماع: رفض {parties} المشاركة في تقديم {symbol}؛ يراجعها مقدّموها من دونهم أو يسحبونها',
  },
  'contribution.awaitingCoSubmitters': {
    en: 'the amendment is not before the meeting: {symbol} awaits the confirmation of its co-submitters ({parties})',
    ar: 'التعديل غير معروض على الاجتماع: {symbol} في انتظار تأكيد المقدّمين المشاركين ({parties})',
  },
} as const;
