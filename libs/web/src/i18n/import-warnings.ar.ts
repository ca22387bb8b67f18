import type { ImportWarningKey } from '#libs/text';

/** The importer's warnings in Arabic, by the key the text engine states (see import-warnings.en.ts). */
export const importWarningsAr: Readonly<Record<ImportWarningKey, string>> = {
  'import.line-not-placed': 'تعذّر وضع هذا السطر في النص؛ ولا تُحفظ كلماته إلا في هذا التنبيه.',
  'import.footnote-not-placed':
    'تعذّر إلحاق هذه الحاشية بفقرة (لا علامة لها في النص، أو علامتها في العنوان أو في الصيغة الاستهلالية أو في عنوان قسم أو في الغلاف)؛ ولا يُحفظ نصها إلا في هذا التنبيه.',
  'import.footnote-text-missing': 'وردت علامة الحاشية {footnote} في هذا السطر ولم يُعثر على نص الحاشية؛ فحُذفت العلامة.',
  'import.cover-line-kept': 'سطر من الغلاف لم يُتعرَّف عليه؛ حُفظ كما طُبع مع الغلاف، خارج النص.',
  'import.garbled-preamble-particle':
    'تبدأ هذه الفقرة بأداة الديباجة كما يشوّهها الاستخراج من ملف PDF ("إنه" أو "وإن" بدلاً من "إذ" أو "وإذ")؛ قُرئت فقرةً من الديباجة وحُفظت كلماتها كما طُبعت.',
  'import.invisible-character-removed': 'حُذف حرف غير مرئي ({character}) في العمود {column}.',
  'import.no-enacting-formula': 'لا صيغة استهلالية قبل العنوان الأول؛ يُقرأ النص ابتداءً من هذا العنوان.',
  'import.no-resolution-text': 'لم يُعثر على نص قرار (لا صيغة استهلالية ولا عنوان): قُرئ الغلاف وحُفظ الباقي سرداً.',
  'import.text-before-first-heading': 'نص قبل العنوان الأول؛ حُفظ في قسم بلا عنوان.',
  'import.paragraph-without-label': 'فقرة بلا ترقيم؛ حُفظت فقرةً قائمة بذاتها.',
  'import.preamble-heading-after-operative': 'عنوان من عناوين الديباجة بعد الجزء التنفيذي؛ حُفظ في الجزء التنفيذي.',
  'import.old-and-new-labels': 'يرد الترقيمان القديم والجديد جنباً إلى جنب في "{label}" (ضاعت علامات المراجعة)؛ قُرئ "{readAs}".',
  'import.label-out-of-sequence': 'الترقيم "{label}" في موضع يُنتظر فيه "{expected}"؛ تبقى الفقرة في مكانها وتأخذ ترقيم موضعها.',
  'import.label-kind-unexpected': 'الترقيم "{label}" ليس من النوع الذي يستعمله هذا الجزء في مستواه الأول.',
  'import.lost-revision-marks.number-runs-into-word': 'لعل علامات المراجعة ضاعت في "{excerpt}": رقم ملتصق بكلمة. حُفظت الكلمات كما هي.',
  'import.lost-revision-marks.years-run-together': 'لعل علامات المراجعة ضاعت في "{excerpt}": سنتان ملتصقتان. حُفظت الكلمات كما هي.',
  'import.lost-revision-marks.years-side-by-side': 'لعل علامات المراجعة ضاعت في "{excerpt}": سنتان متجاورتان. حُفظت الكلمات كما هي.',
  'import.lost-revision-marks.clause-marks-side-by-side':
    'لعل علامات المراجعة ضاعت في "{excerpt}": فاصلتان متجاورتان. حُفظت الكلمات كما هي.',
  'import.lost-revision-marks.clause-mark-runs-into-word':
    'لعل علامات المراجعة ضاعت في "{excerpt}": فاصلة ملتصقة بكلمة. حُفظت الكلمات كما هي.',
};
