/**
 * Refusals of commands on documents: amendments, the chair's decisions, adoption, revisions,
 * silence, statuses, explanations and language versions. An amendment is named by its
 * proposer and what it does ("Egypt's MOD of resolves, 5"), a provision as printed.
 */
export const documentRefusals = {
  'document.registerNotSecretariat': { en: 'only the secretariat registers base texts', ar: 'لا تسجّل النصوص الأساسية إلا الأمانة' },
  'document.alreadyRegistered': { en: 'the document “{title}” is already registered', ar: 'الوثيقة «{title}» مسجّلة من قبل' },
  'amendment.notProposing': {
    en: 'amendments are proposed while the consultation is open for contributions or in negotiation, not in the {phase} phase',
    ar: 'تُقترح التعديلات والمشاورة في مرحلة تلقي المساهمات أو التفاوض، لا في مرحلة {phase}',
  },
  'amendment.late': {
    en: 'the deadline of the {phase} phase passed on {deadline}; amendments are no longer accepted',
    ar: 'انقضى الموعد النهائي لمرحلة {phase} في {deadline}؛ لم تعد التعديلات تُقبل',
  },
  'amendment.proposesForItself': {
    en: 'a stakeholder proposes amendments for itself or for a group it belongs to',
    ar: 'يقترح صاحب المصلحة التعديلات باسمه أو باسم مجموعة ينتمي إليها',
  },
  'amendment.namesOthers': {
    en: 'a stakeholder names only itself or its groups as proposers; others co-sponsor the amendment themselves',
    ar: 'لا يذكر صاحب المصلحة مقترِحاً إلا نفسه أو مجموعاته؛ ويشارك الآخرون في تقديم التعديل بأنفسهم',
  },
  'amendment.alreadyProposed': { en: 'this amendment is already proposed', ar: 'هذا التعديل مقترح من قبل' },
  'amendment.notCurrentVersion': {
    en: 'version {number} is not the current version ({current}: {label}); an adopted version is frozen',
    ar: 'النسخة {number} ليست النسخة الحالية ({current}: {label})؛ النسخة المعتمدة لا تتغير',
  },
  'amendment.settleBracketsChairOnly': { en: 'only the chair settles brackets', ar: 'لا يحسم الأقواس المعقوفة إلا الرئيس' },
  'amendment.noLanguageVersion': {
    en: 'the document has no {language} version to amend',
    ar: 'ليست للوثيقة نسخة باللغة {language} لتعديلها',
  },
  'amendment.doesNotApplyInLanguage': {
    en: 'the amendment does not apply to the {language} text: {why}',
    ar: 'لا ينطبق التعديل على النص باللغة {language}: {why}',
  },
  'amendment.doesNotApply': {
    en: 'the amendment does not apply to {provision} in version {number}: {why}',
    ar: 'لا ينطبق التعديل على {provision} في النسخة {number}: {why}',
  },
  'amendment.doesNotApplyAfterContribution': {
    en: 'the amendment does not apply to {provision} in version {number} with the earlier amendments of its contribution: {why}',
    ar: 'لا ينطبق التعديل على {provision} في النسخة {number} مع التعديلات السابقة في مساهمته: {why}',
  },
  'amendment.notFound': { en: 'no such amendment on this document', ar: 'لا يوجد تعديل كهذا على هذه الوثيقة' },
  'amendment.coSponsorsForItself': {
    en: 'a stakeholder co-sponsors only for itself or its group',
    ar: 'لا يشارك صاحب المصلحة في تقديم تعديل إلا باسمه أو باسم مجموعته',
  },
  'amendment.decided': {
    en: '{amendment} is {status}',
    ar: 'حالة {amendment}: {status}',
  },
  'amendment.alreadySponsor': {
    en: '{stakeholder} is already a sponsor of {amendment}',
    ar: '{stakeholder} من مقدّمي {amendment} من قبل',
  },
  'amendment.notProposer': {
    en: 'only its proposers revise or withdraw an amendment',
    ar: 'لا يراجع التعديل أو يسحبه إلا مقترحوه',
  },
  'amendment.notRevisedInPhase': {
    en: 'amendments are not revised in the {phase} phase',
    ar: 'لا تُراجع التعديلات في مرحلة {phase}',
  },
  'amendment.revisionDoesNotApply': {
    en: 'the revised amendment does not apply: {why}',
    ar: 'لا ينطبق التعديل بصيغته المراجَعة: {why}',
  },
  'decision.notChair': {
    en: 'only a chair of this consultation takes decisions on its texts',
    ar: 'لا يتخذ القرارات بشأن نصوص هذه المشاورة إلا رئيسها',
  },
  'decision.alreadyRecorded': { en: 'this decision is already recorded', ar: 'هذا القرار مسجَّل من قبل' },
  'ruling.wrongPhase': {
    en: 'rulings are made in negotiation or adoption, not in the {phase} phase',
    ar: 'تصدر القرارات في مرحلة التفاوض أو الاعتماد، لا في مرحلة {phase}',
  },
  'ruling.alreadyDecided': {
    en: '{amendment} is already {status}',
    ar: '{amendment} بُتّ فيه من قبل: {status}',
  },
  'ruling.compromiseOnlyModified': {
    en: 'a compromise text goes with the ruling “accepted as modified” only',
    ar: 'لا يُرفق نص التسوية إلا بقرار القبول بصيغة معدَّلة',
  },
  'ruling.renderingOnlyOtherLanguage': {
    en: 'a rendering goes only with accepting as proposed an amendment proposed in another language version than the original',
    ar: 'لا تُرفق صيغة باللغة الأصلية إلا بقبول تعديل اقتُرح على نسخة بلغة غير لغة الأصل كما اقتُرح',
  },
  'ruling.needsRendering': {
    en: 'an amendment proposed in {language} is ruled on in {originalLanguage}: give its {originalLanguage} wording',
    ar: 'يُبتّ في التعديل المقترح باللغة {language} باللغة {originalLanguage}: أدخل صيغته باللغة {originalLanguage}',
  },
  'merge.needsTwo': { en: 'a merge takes two or more amendments', ar: 'يتطلب الدمج تعديلين أو أكثر' },
  'merge.doesNotApply': { en: 'the merged text does not apply: {why}', ar: 'لا ينطبق النص المدمج: {why}' },
  'brackets.wrongPhase': {
    en: 'brackets are settled in negotiation or adoption, not in the {phase} phase',
    ar: 'تُحسم الأقواس المعقوفة في مرحلة التفاوض أو الاعتماد، لا في مرحلة {phase}',
  },
  'brackets.doesNotApply': {
    en: 'the brackets of {provision} cannot be settled so: {why}',
    ar: 'لا يمكن حسم الأقواس المعقوفة في {provision} على هذا النحو: {why}',
  },
  'adoption.wrongPhase': {
    en: 'a version is adopted in the adoption phase, not in the {phase} phase',
    ar: 'تُعتمد النسخة في مرحلة الاعتماد، لا في مرحلة {phase}',
  },
  'revision.wrongPhase': {
    en: 'revisions are issued while the text is negotiated, not in the {phase} phase',
    ar: 'تصدر التنقيحات أثناء التفاوض على النص، لا في مرحلة {phase}',
  },
  'revision.underSilence': {
    en: '{label} is under silence until {until}; a revision follows once silence ends',
    ar: '{label} خاضع لإجراء الصمت حتى {until}؛ يصدر التنقيح بعد انتهاء الصمت',
  },
  'provision.notFound': { en: 'the provision named is not in the text', ar: 'الحكم المذكور ليس في النص' },
  'reservation.needsTerms': { en: 'a reservation states its terms', ar: 'يبيّن التحفظ نصه' },
  'correction.decisionNotFound': { en: 'no such decision on this document', ar: 'لا يوجد قرار كهذا على هذه الوثيقة' },
  'correction.alreadyCorrected': {
    en: 'the {decision} was already corrected',
    ar: '{decision} صُحّح من قبل',
  },
  'correction.onlyRulings': {
    en: 'only rulings on amendments are corrected this way',
    ar: 'لا تُصحَّح بهذه الطريقة إلا القرارات بشأن التعديلات',
  },
  'correction.carriedIntoAdoption': {
    en: 'the {decision} was carried into version {number} ({label}) by its adoption; propose an amendment to that version instead',
    ar: '{decision} أُدرج في النسخة {number} ({label}) باعتمادها؛ اقترح بدلاً من ذلك تعديلاً على تلك النسخة',
  },
  'correction.carriedIntoRevision': {
    en: 'the {decision} was carried into version {number} ({label}) by its revision; propose an amendment to that version instead',
    ar: '{decision} أُدرج في النسخة {number} ({label}) بتنقيحها؛ اقترح بدلاً من ذلك تعديلاً على تلك النسخة',
  },
  'correction.needsReason': { en: 'a correction states its reason', ar: 'يبيّن التصحيح سببه' },
  'correction.needsRendering': {
    en: 'an amendment proposed in {language} is accepted in its {originalLanguage} wording, which no ruling gave it: accept it as modified with that wording as the compromise',
    ar: 'يُقبل التعديل المقترح باللغة {language} بصيغته باللغة {originalLanguage}، ولم يُعطه إياها أي قرار: اقبله بصيغة معدَّلة تكون تلك الصيغة فيها نص التسوية',
  },
  'correction.laterDecisionsDepend': {
    en: 'later decisions depend on the one corrected: the {decision} no longer applies ({why})',
    ar: 'تعتمد قرارات لاحقة على القرار المصحَّح: {decision} لم يعد ينطبق ({why})',
  },
  'ruling.needsCompromise': { en: 'accepting as modified needs the compromise text', ar: 'يتطلب القبول بصيغة معدَّلة نص التسوية' },
  'ruling.compromiseDoesNotApply': { en: 'the compromise text does not apply: {why}', ar: 'لا ينطبق نص التسوية: {why}' },
  'ruling.noLongerApplies': {
    en: '{amendment} no longer applies to the text as decided so far ({why}); accept it as modified with a compromise text',
    ar: '{amendment} لم يعد ينطبق على النص بصيغته المقررة حتى الآن ({why})؛ اقبله بصيغة معدَّلة مع نص تسوية',
  },
  'adoption.needsLabelAndMeeting': {
    en: 'an adoption names its version label and the meeting',
    ar: 'يذكر الاعتماد تسمية النسخة والاجتماع',
  },
  'adoption.unchanged': {
    en: 'nothing has changed since {label} was adopted at the {meeting} on {date}: rule on an amendment, settle brackets or issue a revision before adopting again',
    ar: 'لم يتغير شيء منذ اعتماد {label} في {meeting} بتاريخ {date}: ابتّ في تعديل أو احسم أقواساً معقوفة أو أصدر تنقيحاً قبل الاعتماد مرة أخرى',
  },
  'adoption.undecidedRemain': {
    en: 'undecided amendments remain: {amendments}; rule on them or record them as left open',
    ar: 'ما زالت تعديلات لم يُبتّ فيها: {amendments}؛ ابتّ فيها أو سجّلها متروكة مفتوحة',
  },
  'adoption.bracketsRemain': {
    en: '{count} bracket group(s) remain unsettled; settle them or record them as left open',
    ar: 'عدد مجموعات الأقواس المعقوفة غير المحسومة: {count}؛ احسمها أو سجّلها متروكة مفتوحة',
  },
  'adoption.noLanguageVersion': {
    en: 'the document has no {languages} version to adopt provisionally',
    ar: 'ليست للوثيقة نسخة باللغة {languages} لاعتمادها مؤقتاً',
  },
  'adoption.printedInProvisional': {
    en: 'the {languages} version is adopted provisionally: its title and adoption line are recorded with its translation, not at adoption',
    ar: 'النسخة باللغة {languages} تُعتمد مؤقتاً: يُسجَّل عنوانها وسطر اعتمادها مع ترجمتها، لا عند الاعتماد',
  },
  'adoption.inStep': {
    en: 'the {languages} version is in step with the original: it is adopted as it stands, not provisionally',
    ar: 'النسخة باللغة {languages} مطابقة للأصل: تُعتمد كما هي، لا مؤقتاً',
  },
  'adoption.outOfStepOne': {
    en: 'the {languages} version is out of step with the original (1 provision awaiting translation): record the translation first, or adopt provisionally in {languages}',
    ar: 'النسخة باللغة {languages} غير مطابقة للأصل (حكم واحد ينتظر الترجمة): سجّل الترجمة أولاً، أو اعتمدها مؤقتاً باللغة {languages}',
  },
  'adoption.outOfStep': {
    en: 'the {languages} version is out of step with the original ({count} provisions awaiting translation): record the translations first, or adopt provisionally in {languages}',
    ar: 'النسخة باللغة {languages} غير مطابقة للأصل (عدد الأحكام التي تنتظر الترجمة: {count}): سجّل الترجمات أولاً، أو اعتمدها مؤقتاً باللغة {languages}',
  },
  'vote.noVotes': {
    en: 'a recorded vote lists the vote of each member state that voted',
    ar: 'يذكر التصويت المسجّل صوت كل دولة عضو صوّتت',
  },
  'vote.twice': {
    en: 'each member state votes once: {stakeholders} voted more than once',
    ar: 'تصوّت كل دولة عضو مرة واحدة: صوّت {stakeholders} أكثر من مرة',
  },
  'vote.badVote': {
    en: '{stakeholder} voted “{vote}”; a vote is yes, no or abstain',
    ar: 'صوّت {stakeholder} بـ «{vote}»؛ التصويت إما نعم أو لا أو امتناع',
  },
  'vote.notMemberStates': {
    en: 'only member states vote, each for itself: {stakeholders} cannot vote',
    ar: 'لا تصوّت إلا الدول الأعضاء، كلٌّ عن نفسها: لا يصوّت {stakeholders}',
  },
  'revision.needsDate': { en: 'a revision states its date of issue', ar: 'يذكر التنقيح تاريخ إصداره' },
  'revision.notReproduced': {
    en: 'the revision cannot be recorded as changes to the working text: the changes read from it do not give its text back',
    ar: 'لا يمكن تسجيل التنقيح تغييراتٍ على نص العمل: التغييرات المستخلصة منه لا تعيد نصه كما هو',
  },
  'revision.noChange': { en: 'the revision makes no change to the working text', ar: 'لا يغيّر التنقيح شيئاً في نص العمل' },
  'revision.unknownAmendments': {
    en: 'amendments named are not amendments of this document ({count} of them)',
    ar: 'تعديلات مذكورة ليست من تعديلات هذه الوثيقة (عددها {count})',
  },
  'revision.doesNotChange': {
    en: 'the revision does not change {provision}',
    ar: 'لا يغيّر التنقيح {provision}',
  },
  'revision.notUndecided': {
    en: 'not undecided amendments of this document: {amendments}',
    ar: 'تعديلات ليست قيد النظر في هذه الوثيقة: {amendments}',
  },
  'statuses.wrongPhase': {
    en: 'statuses are recorded in negotiation or adoption, not in the {phase} phase',
    ar: 'تُسجَّل الحالات في مرحلة التفاوض أو الاعتماد، لا في مرحلة {phase}',
  },
  'statuses.empty': {
    en: 'a round records the status of one provision or more',
    ar: 'تسجّل الجولة حالة حكم واحد أو أكثر',
  },
  'statuses.twice': {
    en: '{provision} is given two statuses in one round',
    ar: 'أُعطي {provision} حالتين في جولة واحدة',
  },
  'statuses.unknown': { en: 'a status is one of: {statuses}', ar: 'الحالة واحدة مما يلي: {statuses}' },
  'statuses.noBrackets': {
    en: '{provision} has no unsettled brackets in the text; bracket its words by an amendment first',
    ar: 'ليست في {provision} أقواس معقوفة غير محسومة؛ ضع كلماته بين أقواس معقوفة بتعديل أولاً',
  },
  'statuses.stillBracketed': {
    en: '{provision} still has unsettled brackets; settle them before recording it as {status}',
    ar: 'ما زالت في {provision} أقواس معقوفة غير محسومة؛ احسمها قبل تسجيله {status}',
  },
  'explanation.notAllowed': {
    en: 'an explanation is recorded by the stakeholder itself, by the secretariat or by a chair of the consultation',
    ar: 'يسجّل التعليل صاحبُ المصلحة نفسه أو الأمانة أو رئيس المشاورة',
  },
  'explanation.alreadyRecorded': { en: 'this explanation is already recorded', ar: 'هذا التعليل مسجَّل من قبل' },
  'explanation.empty': {
    en: 'an explanation states what the stakeholder explains',
    ar: 'يبيّن التعليل ما يعلّله صاحب المصلحة',
  },
  'explanation.voteMemberStatesOnly': {
    en: 'only member states explain their vote; {stakeholder} is not a member state',
    ar: 'لا تعلّل تصويتها إلا الدول الأعضاء؛ و{stakeholder} ليس دولة عضواً',
  },
  'explanation.nothingAdopted': {
    en: 'no version of the document has been adopted yet; explain before the adoption',
    ar: 'لم تُعتمد أي نسخة من الوثيقة بعد؛ قدّم التعليل قبل الاعتماد',
  },
  'explanation.adoptedWithoutVote': {
    en: 'version {number} ({label}) was adopted without a vote; explain the position instead',
    ar: 'اعتُمدت النسخة {number} ({label}) دون تصويت؛ علّل الموقف بدلاً من ذلك',
  },
  'explanation.closed': {
    en: 'the consultation is closed: nothing is before it for adoption',
    ar: 'المشاورة مغلقة: لا شيء معروض عليها للاعتماد',
  },
  'silence.notFound': { en: 'no such silence procedure on this document', ar: 'لا يوجد إجراء صمت كهذا على هذه الوثيقة' },
  'silence.over': {
    en: 'the silence on {label} is over: it {status}',
    ar: 'انتهى إجراء الصمت على {label}: {status}',
  },
  'silence.badDeadline': {
    en: 'the deadline “{given}” is not an ISO 8601 date and time with its offset, such as 2025-12-09T18:00:00-05:00',
    ar: 'الموعد النهائي «{given}» ليس تاريخاً ووقتاً بصيغة ISO 8601 مع فرق التوقيت، مثل 2025-12-09T18:00:00-05:00',
  },
  'silence.deadlinePassed': { en: 'the deadline {until} has already passed', ar: 'انقضى الموعد النهائي {until} من قبل' },
  'silence.badTimeZone': {
    en: '“{given}” is not an IANA time zone, such as America/New_York',
    ar: '«{given}» ليست منطقة زمنية من قائمة IANA، مثل America/New_York',
  },
  'silence.notChair': {
    en: 'only a chair of this consultation places a text under silence',
    ar: 'لا يُخضع النص لإجراء الصمت إلا رئيس هذه المشاورة',
  },
  'silence.wrongPhase': {
    en: 'a silence procedure runs in negotiation or adoption, not in the {phase} phase',
    ar: 'يجري إجراء الصمت في مرحلة التفاوض أو الاعتماد، لا في مرحلة {phase}',
  },
  'silence.alreadyStarted': { en: 'this silence procedure is already started', ar: 'إجراء الصمت هذا بدأ من قبل' },
  'silence.alreadyOpen': {
    en: 'a silence procedure is already open on {label}, until {until}',
    ar: 'إجراء صمت مفتوح من قبل على {label} حتى {until}',
  },
  'silence.needsAdoption': {
    en: 'a silence announces the adoption it leads to: its version label and the meeting',
    ar: 'يعلن إجراء الصمت الاعتماد الذي يفضي إليه: تسمية النسخة والاجتماع',
  },
  'silence.changesSinceVersion': {
    en: 'the working text has {count} change(s) decided since version {number} ({label}); a silence runs on a version as issued: issue a revision first',
    ar: 'في نص العمل تغييرات قُررت منذ النسخة {number} ({label}) عددها {count}؛ يجري الصمت على نسخة كما صدرت: أصدر تنقيحاً أولاً',
  },
  'silence.extendNotChair': {
    en: 'only a chair of this consultation extends a silence',
    ar: 'لا يمدّد إجراء الصمت إلا رئيس هذه المشاورة',
  },
  'silence.extendTooLate': {
    en: 'the deadline passed at {until}; a silence is extended before it ends',
    ar: 'انقضى الموعد النهائي في {until}؛ يُمدَّد الصمت قبل انتهائه',
  },
  'silence.extendNotLater': {
    en: 'an extension moves the deadline later than {until}',
    ar: 'ينقل التمديد الموعد النهائي إلى ما بعد {until}',
  },
  'silence.ended': {
    en: 'silence ended at {until}; it can no longer be broken',
    ar: 'انتهى الصمت في {until}؛ لم يعد ممكناً كسره',
  },
  'silence.breakForItself': {
    en: 'silence is broken by a member state for itself, or by a member for its group, not for {stakeholder}',
    ar: 'تكسر الدولة العضو الصمت عن نفسها، أو العضو عن مجموعته، لا عن {stakeholder}',
  },
  'silence.breakMemberStatesOnly': {
    en: 'only member states break silence; {stakeholder} is not a member state and may submit a written input instead',
    ar: 'لا تكسر الصمت إلا الدول الأعضاء؛ و{stakeholder} ليس دولة عضواً، وله أن يقدّم مداخلة مكتوبة بدلاً من ذلك',
  },
  'silence.breakNamesNothing': {
    en: 'a break of silence names the provisions it objects to',
    ar: 'يذكر كسر الصمت الأحكام التي يعترض عليها',
  },
  'silence.provisionsNotInText': {
    en: 'provisions named are not in the text under silence ({count} of them)',
    ar: 'أحكام مذكورة ليست في النص الخاضع للصمت (عددها {count})',
  },
  'silence.breakNeedsReasons': { en: 'a break of silence states its reasons', ar: 'يبيّن كسر الصمت أسبابه' },
  'silence.concludeSystemOnly': {
    en: 'the outcome of a silence is recorded by the system at its deadline',
    ar: 'يسجّل النظام نتيجة الصمت عند موعده النهائي',
  },
  'silence.alreadyConcluded': {
    en: 'the silence on {label} was already concluded: it {status}',
    ar: 'أُنهي الصمت على {label} من قبل: {status}',
  },
  'silence.stillRunning': { en: 'the silence on {label} runs until {until}', ar: 'يستمر الصمت على {label} حتى {until}' },
  'language.addNotAllowed': {
    en: 'the secretariat or its translators add a language version',
    ar: 'تضيف الأمانة أو مترجموها النسخ اللغوية',
  },
  'language.notUn': { en: '“{given}” is not one of the six UN languages', ar: '«{given}» ليست من لغات الأمم المتحدة الست' },
  'language.isOriginal': {
    en: "{language} is the original's language: the original is the text negotiated, not a version of it",
    ar: 'اللغة {language} هي لغة الأصل: الأصل هو النص الذي يُتفاوض عليه، لا نسخة منه',
  },
  'language.alreadyAdded': {
    en: 'the document already has its {language} version',
    ar: 'للوثيقة نسختها باللغة {language} من قبل',
  },
  'language.otherLayout': {
    en: 'the {language} text is laid out as a {style} text, the original as {originalStyle}',
    ar: 'النص باللغة {language} منسّق على نمط {style}، والأصل على نمط {originalStyle}',
  },
  'language.doesNotLineUp': {
    en: 'the {language} text does not line up with the original: {findings}',
    ar: 'النص باللغة {language} لا يتطابق مع الأصل: {findings}',
  },
  'translation.notTranslator': {
    en: 'translators record the wording of a language version',
    ar: 'يسجّل المترجمون صيغة النسخة اللغوية',
  },
  'translation.isOriginal': {
    en: "{language} is the original's language: its words change by the chair's decisions, not by translation",
    ar: 'اللغة {language} هي لغة الأصل: تتغير كلماتها بقرارات الرئيس، لا بالترجمة',
  },
  'translation.noVersion': { en: 'the document has no {language} version', ar: 'ليست للوثيقة نسخة باللغة {language}' },
  'translation.nothingGiven': {
    en: 'a translation gives the wording of at least one provision',
    ar: 'تعطي الترجمة صيغة حكم واحد على الأقل',
  },
  'translation.provisionTwice': { en: 'a translation gives each provision once', ar: 'تعطي الترجمة صيغة كل حكم مرة واحدة' },
  'translation.notInText': {
    en: 'provisions named are not in the working text, deleted or never there ({count} of them)',
    ar: 'أحكام مذكورة ليست في نص العمل، محذوفة أو لم تكن فيه قط (عددها {count})',
  },
  'translation.notHeadings': {
    en: 'headings named are not headings of the working text ({count} of them)',
    ar: 'عناوين مذكورة ليست عناوين في نص العمل (عددها {count})',
  },
  'amendment.doesNotApplyRenumbered': {
    en: 'the amendment does not apply to {provision} in version {number} ({current} in the working text): {why}',
    ar: 'لا ينطبق التعديل على {provision} في النسخة {number} ({current} في نص العمل): {why}',
  },
  'amendment.doesNotApplyAfterContributionRenumbered': {
    en: 'the amendment does not apply to {provision} in version {number} ({current} in the working text) with the earlier amendments of its contribution: {why}',
    ar: 'لا ينطبق التعديل على {provision} في النسخة {number} ({current} في نص العمل) مع التعديلات السابقة في مساهمته: {why}',
  },
} as const;

/** One line of an alignment report, as the refusal of a language version lists it. */
export const alignmentFindings = {
  'finding.missing': {
    en: '{provision} has no counterpart in the {language} text',
    ar: 'ليس لـ {provision} مقابل في النص باللغة {language}',
  },
  'finding.missingSection': {
    en: 'the section “{heading}” has no counterpart in the {language} text',
    ar: 'ليس للجزء «{heading}» مقابل في النص باللغة {language}',
  },
  'finding.extra': {
    en: 'the {language} text has {provision} that the original does not have',
    ar: 'في النص باللغة {language} {provision} ليس في الأصل',
  },
  'finding.extraSection': {
    en: 'the {language} text has a section “{heading}” that the original does not have',
    ar: 'في النص باللغة {language} جزء «{heading}» ليس في الأصل',
  },
  'finding.doubtful': {
    en: '{provision} and its {language} counterpart differ in {reasons}: check the pair and accept it, or correct the translation',
    ar: '{provision} ومقابله باللغة {language} يختلفان في {reasons}: راجع الزوج واقبله أو صحّح الترجمة',
  },
} as const;
