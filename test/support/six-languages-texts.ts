import { ResolutionDocument, importResolution } from '#libs/text';

/**
 * Council Resolution 1334 (Modified 2023), shortened to the outline the six-languages test
 * negotiates: two preamble sections and two operative ones, eleven provisions. The English
 * original is the negotiating text; the Arabic version takes its provisions word for word
 * from the Council's Arabic text (shared/fixtures/seeds/itu-council-res1334-mod2023.ar.txt);
 * the French and Russian versions are their counterparts, lettered a b c and а б в as each
 * script prints them. Every version keeps the numbers of the original (resolutions, years),
 * which is what an aligner can rely on across scripts.
 */
const lines = (...all: string[]) => all.join('\n') + '\n';

export const ENGLISH_SOURCE = lines(
  'RESOLUTION 1334 (MODIFIED 2023)',
  '(adopted at the sixth Plenary Meeting)',
  "ITU's role in the overall review of the implementation of the outcomes of the World Summit on the Information Society",
  'The ITU Council,',
  'recalling',
  'a)\tResolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference, which achieved its objectives with regard to the holding of the two phases of the World Summit on the Information Society (WSIS);',
  "b)\tResolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference, on ITU's role in implementing the outcomes of WSIS and the 2030 Agenda for Sustainable Development, as well as in their follow-up and review processes;",
  'c)\tUnited Nations General Assembly (UNGA) Resolution 70/125, on the outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society,',
  'recalling further',
  'a)\tthe Geneva Declaration of Principles and Geneva Plan of Action, adopted in 2003, and the Tunis Commitment and Tunis Agenda for the Information Society, adopted in 2005, all of which were endorsed by UNGA;',
  'b)\tthat UNGA decided in its Resolution 70/125 to hold a high-level meeting on the overall review of the implementation of the WSIS outcomes in 2025, involving input from and participation of all stakeholders, to take stock of progress and identify areas of continued focus and challenges,',
  'resolves to instruct the Secretary-General',
  '1\tto take all possible measures to encourage the full involvement and participation of all United Nations organizations, in particular those entrusted with specific tasks by the Tunis Agenda, including all WSIS action line facilitators;',
  '2\tto present and promote the outcomes of the WSIS+20 High-Level Event, developed through a multistakeholder consultation process, within the framework of the UNGA overall review in 2025;',
  '3\tto submit an annual report to the Council on progress in implementing this resolution through CWG-WSIS&SDG, and to invite all Bureau Directors to participate actively in its implementation,',
  'encourages Member States to',
  '1\tcontribute to the work of the Council Working Group on WSIS and SDGs by providing examples of best practices in the use of ICT tools for sustainable development;',
  '2\tconsult non-governmental stakeholders and take their views into account.',
);

export const ARABIC_SOURCE = lines(
  'القرار 1334 (المعدَّل في 2023)',
  '(اعتُمد في الجلسة العامة السادسة)',
  'دور الاتحاد الدولي للاتصالات في الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات',
  'إن مجلس الاتحاد الدولي للاتصالات،',
  'إذ يذكّر',
  'أ )\tبالقرار 73 (مينيابوليس، 1998) لمؤتمر المندوبين المفوضين الذي حقق أهدافه فيما يتعلق بعقد مرحلتي القمة العالمية لمجتمع المعلومات (WSIS)؛',
  'ب)\tبالقرار 140 (المراجَع في بوخارست، 2022) لمؤتمر المندوبين المفوضين، بشأن دور الاتحاد في تنفيذ نواتج القمة العالمية لمجتمع المعلومات وخطة التنمية المستدامة لعام 2030، وكذلك في عمليات المتابعة والاستعراض ذات الصلة؛',
  'ج)\tبالقرار 70/125 للجمعية العامة للأمم المتحدة بخصوص الوثيقة الختامية للاجتماع رفيع المستوى للجمعية العامة للأمم المتحدة (UNGA) بشأن الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات،',
  'وإذ يذكّر أيضاً',
  'أ )\tبإعلان مبادئ جنيف وخطة عمل جنيف اللذين تم اعتمادهما في عام 2003، وبالتزام تونس وبرنامج عمل تونس بشأن مجتمع المعلومات، اللذين تم اعتمادهما في عام 2005، والتي صدقت عليها جميعاً الجمعية العامة للأمم المتحدة (UNGA)؛',
  'ب)\tبأن الجمعية العامة للأمم المتحدة قد قررت في قرارها رقم 70/125 عقد اجتماع رفيع المستوى بشأن الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات في 2025، يتضمن تقديم مدخلات من جميع أصحاب المصلحة ومشاركتهم، بما في ذلك في العملية التحضيرية، لتقييم التقدم المحرز في تنفيذ نواتج القمة العالمية وتحديد كل من مجالات التركيز المستمر والتحديات،',
  'يقرر أن يكلف الأمين العام',
  '1\tباتخاذ جميع التدابير الممكنة لتشجيع انخراط ومشاركة جميع منظمات الأمم المتحدة بصورة كاملة، لا سيما تلك التي كلفها برنامج عمل تونس بالقيام بمهام معينة تتعلق بتنفيذ نواتج القمة، بما في ذلك جميع الجهات الميسرة لخطوط العمل المنبثقة عن القمة؛',
  '2\tبعرض وترويج نواتج الحدث رفيع المستوى للمنتدى WSIS+20 التي تتم بلورتها من خلال عملية تشاور أصحاب المصلحة المتعددين، في إطار الاستعراض الشامل للجمعية العامة للأمم المتحدة في 2025؛',
  '3\tبتقديم تقرير سنوي إلى المجلس عن التقدم المحرز في تنفيذ هذا القرار من خلال الفريق CWG-WSIS&SDG، ودعوة مديري جميع المكاتب إلى المشاركة بنشاط في تنفيذ هذا القرار،',
  'يشجع الدول الأعضاء على',
  '1\tالمساهمة في عمل فريق العمل التابع للمجلس المعني بالقمة العالمية لمجتمع المعلومات وأهداف التنمية المستدامة، بتوفير أمثلة عن أفضل الممارسات في استخدام أدوات تكنولوجيا المعلومات والاتصالات من أجل التنمية المستدامة؛',
  '2\tالتشاور مع أصحاب المصلحة غير الحكوميين ومراعاة آرائهم.',
);

/** "c)" of "rappelant", the provision the first French draft leaves out. */
const FRENCH_RECALLING_C =
  "c)\tla Résolution 70/125 de l'Assemblée générale des Nations Unies (AGNU), sur le document final de la réunion de haut niveau de l'Assemblée générale sur l'examen d'ensemble de la mise en œuvre des résultats du Sommet mondial sur la société de l'information,";

const frenchSource = (withRecallingC: boolean) =>
  lines(
    'RÉSOLUTION 1334 (MODIFIÉE EN 2023)',
    '(adoptée à la sixième séance plénière)',
    "Rôle de l'UIT dans l'examen d'ensemble de la mise en œuvre des résultats du Sommet mondial sur la société de l'information",
    "Le Conseil de l'UIT,",
    'rappelant',
    "a)\tla Résolution 73 (Minneapolis, 1998) de la Conférence de plénipotentiaires, qui a atteint ses objectifs en ce qui concerne la tenue des deux phases du Sommet mondial sur la société de l'information (SMSI);",
    // The last of a section ends with a comma: without c), b) closes "rappelant".
    `b)\tla Résolution 140 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires, sur le rôle de l'UIT dans la mise en œuvre des résultats du SMSI et du Programme de développement durable à l'horizon 2030, ainsi que dans les processus de suivi et d'examen correspondants${withRecallingC ? ';' : ','}`,
    ...(withRecallingC ? [FRENCH_RECALLING_C] : []),
    'rappelant en outre',
    "a)\tla Déclaration de principes de Genève et le Plan d'action de Genève, adoptés en 2003, ainsi que l'Engagement de Tunis et l'Agenda de Tunis pour la société de l'information, adoptés en 2005, qui ont tous été approuvés par l'AGNU;",
    "b)\tque l'AGNU a décidé, dans sa Résolution 70/125, de tenir en 2025 une réunion de haut niveau sur l'examen d'ensemble de la mise en œuvre des résultats du SMSI, avec la contribution et la participation de toutes les parties prenantes, pour faire le point des progrès accomplis et recenser les domaines d'action prioritaires et les défis,",
    'décide de charger le Secrétaire général',
    "1\tde prendre toutes les mesures possibles pour encourager la pleine participation de toutes les organisations des Nations Unies, en particulier celles qui sont chargées de tâches précises par l'Agenda de Tunis, y compris tous les coordonnateurs des grandes orientations du SMSI;",
    "2\tde présenter et de promouvoir les résultats de la manifestation de haut niveau SMSI+20, élaborés dans le cadre d'un processus de consultation multi-parties prenantes, dans le cadre de l'examen d'ensemble de l'AGNU en 2025;",
    "3\tde soumettre chaque année au Conseil, par l'intermédiaire du GTC-SMSI&ODD, un rapport sur les progrès accomplis dans la mise en œuvre de la présente résolution, et d'inviter tous les Directeurs des Bureaux à participer activement à sa mise en œuvre,",
    'encourage les États Membres à',
    "1\tcontribuer aux travaux du Groupe de travail du Conseil sur le SMSI et les ODD en fournissant des exemples de bonnes pratiques concernant l'utilisation des outils des TIC au service du développement durable;",
    '2\tconsulter les parties prenantes non gouvernementales et tenir compte de leurs points de vue.',
  );

export const FRENCH_SOURCE = frenchSource(true);
/** The first French draft: "c)" of "rappelant" left out by mistake. */
export const FRENCH_SOURCE_MISSING_RECALLING_C = frenchSource(false);
/** A French draft with a paragraph the original does not have, at the end of "encourage les États Membres à". */
export const FRENCH_SOURCE_WITH_EXTRA = FRENCH_SOURCE.replace(
  'tenir compte de leurs points de vue.',
  "tenir compte de leurs points de vue;\n3\tpublier leurs contributions sur le site web de l'UIT d'ici à 2027.",
);

export const RUSSIAN_SOURCE = lines(
  'РЕЗОЛЮЦИЯ 1334 (ИЗМЕНЕННАЯ В 2023 Г.)',
  '(принята на шестом пленарном заседании)',
  'Роль МСЭ в общем обзоре хода выполнения решений Всемирной встречи на высшем уровне по вопросам информационного общества',
  'Совет МСЭ,',
  'напоминая',
  'а)\tРезолюцию 73 (Миннеаполис, 1998 г.) Полномочной конференции, которая достигла своих целей в отношении проведения двух этапов Всемирной встречи на высшем уровне по вопросам информационного общества (ВВУИО);',
  'б)\tРезолюцию 140 (Пересм. Бухарест, 2022 г.) Полномочной конференции о роли МСЭ в выполнении решений ВВУИО и Повестки дня в области устойчивого развития на период до 2030 года, а также в процессах последующей деятельности и обзора;',
  'в)\tРезолюцию 70/125 Генеральной Ассамблеи (ГА ООН) об итоговом документе совещания высокого уровня Генеральной Ассамблеи по общему обзору хода выполнения решений Всемирной встречи на высшем уровне по вопросам информационного общества,',
  'напоминая далее',
  'а)\tЖеневскую декларацию принципов и Женевский план действий, принятые в 2003 году, а также Тунисское обязательство и Тунисскую программу для информационного общества, принятые в 2005 году, которые были одобрены ГА ООН;',
  'б)\tчто ГА ООН в своей Резолюции 70/125 постановила провести в 2025 году совещание высокого уровня по общему обзору хода выполнения решений ВВУИО при участии всех заинтересованных сторон, с тем чтобы оценить достигнутый прогресс и определить области дальнейшего внимания и проблемы,',
  'решает поручить Генеральному секретарю',
  '1\tпринять все возможные меры для содействия всестороннему участию всех организаций системы ООН, в частности тех, которым Тунисской программой поручены конкретные задачи, включая всех координаторов направлений деятельности ВВУИО;',
  '2\tпредставить и продвигать итоги Мероприятия высокого уровня ВВУИО+20, разработанные в рамках многостороннего консультационного процесса, в контексте общего обзора ГА ООН в 2025 году;',
  '3\tежегодно представлять Совету через РГС-ВВУИО&ЦУР отчет о ходе выполнения настоящей резолюции и предлагать всем Директорам Бюро принимать активное участие в ее выполнении,',
  'призывает Государства-Члены',
  '1\tвносить вклад в работу Рабочей группы Совета по ВВУИО и ЦУР, представляя примеры передового опыта в использовании инструментов ИКТ в целях устойчивого развития;',
  '2\tконсультироваться с неправительственными заинтересованными сторонами и принимать во внимание их мнения.',
);

/** A text as the text engine imports it. */
export function imported(source: string): ResolutionDocument {
  return importResolution(source).document;
}

/** The original as registered: provision ids and wordings are read from it. */
export const ORIGINAL = imported(ENGLISH_SOURCE);

/** The original's provisions by what a delegate calls them, as the importer numbers them. */
export const PROVISION = {
  recallingA: 'pre-1-1',
  recallingB: 'pre-1-2',
  recallingC: 'pre-1-3',
  recallingFurtherA: 'pre-2-1',
  recallingFurtherB: 'pre-2-2',
  allMeasures: 'op-1-1',
  promoteOutcomes: 'op-1-2',
  annualReport: 'op-1-3',
  contribute: 'op-2-1',
  consult: 'op-2-2',
  /** Added by Kenya's amendment, after "contribute". */
  highestLevel: 'op-2-kenya',
} as const;

/** The sections of the original, in order: each heading is a row of the side-by-side view. */
export const SECTIONS = {
  recalling: 'pre-1',
  recallingFurther: 'pre-2',
  resolvesToInstruct: 'op-1',
  encourages: 'op-2',
} as const;

/** The words of a provision (sub-items included) of any document whose sections hold `provisions` with `id` and `text`. */
export function wordingIn(doc: { preamble: readonly any[]; operative: readonly any[] }, provisionId: string): string {
  const find = (list: readonly any[]): string | undefined => {
    for (const p of list) {
      if (p.id === provisionId) return p.text;
      const inChildren = find(p.children ?? []);
      if (inChildren !== undefined) return inChildren;
    }
    return undefined;
  };
  for (const section of [...doc.preamble, ...doc.operative]) {
    const found = find(section.provisions);
    if (found !== undefined) return found;
  }
  throw new Error(`no provision ${provisionId} in the text`);
}

/** Some words of a provision's wording replaced, failing unless they occur exactly once. */
export function replaced(wording: string, words: string, replacement: string): string {
  if (wording.split(words).length !== 2) throw new Error(`"${words}" is not in "${wording}" exactly once`);
  return wording.replace(words, replacement);
}
