import { Footnote, PartName, Provision, ResolutionDocument, Section } from '#libs/text';

/**
 * Whole-text edits as a delegation makes them in its word processor: each takes a text and
 * gives a new one, naming provisions and sections by id and words by quoting them, and fails
 * naming what it did not find, so that a fixture cannot silently drift from the seed.
 */
export type TextEdit = (doc: ResolutionDocument) => ResolutionDocument;

/** A text with `edits` made one after another. */
export function edited(doc: ResolutionDocument, ...edits: TextEdit[]): ResolutionDocument {
  return edits.reduce((text, edit) => edit(text), doc);
}

/** Some words of a provision replaced by others. */
export const reword =
  (provisionId: string, words: string, replacement: string): TextEdit =>
  (doc) =>
    mapProvision(doc, provisionId, (p) => {
      if (p.text.split(words).length !== 2) throw new Error(`"${words}" is not in provision ${provisionId} exactly once`);
      return { ...p, text: p.text.replace(words, replacement) };
    });

/** A provision taken out of the text. */
export const remove =
  (provisionId: string): TextEdit =>
  (doc) => {
    provisionOf(doc, provisionId);
    return mapSections(doc, (s) => ({ ...s, provisions: s.provisions.filter((p) => p.id !== provisionId) }));
  };

/** A provision put in next to another one. */
export const insert =
  (provision: Provision, where: { before: string } | { after: string }): TextEdit =>
  (doc) => {
    const neighbour = 'before' in where ? where.before : where.after;
    provisionOf(doc, neighbour);
    return mapSections(doc, (s) => ({
      ...s,
      provisions: s.provisions.flatMap((p) => (p.id !== neighbour ? [p] : 'before' in where ? [provision, p] : [p, provision])),
    }));
  };

/** A provision taken from where it stands and put in next to another one. */
export const move =
  (provisionId: string, where: { before: string } | { after: string }): TextEdit =>
  (doc) =>
    insert(provisionOf(doc, provisionId), where)(remove(provisionId)(doc));

/** A section's heading worded otherwise. */
export const rehead =
  (sectionId: string, heading: string): TextEdit =>
  (doc) =>
    mapSection(doc, sectionId, (s) => ({ ...s, heading }));

/** A whole section, its heading and its provisions, put in after another section of the same part. */
export const insertSection =
  (part: PartName, section: Section, after: string): TextEdit =>
  (doc) => {
    sectionOf(doc, after);
    return { ...doc, [part]: doc[part].flatMap((s) => (s.id === after ? [s, section] : [s])) };
  };

/** A whole section, its heading and its provisions, taken out of the text. */
export const removeSection =
  (sectionId: string): TextEdit =>
  (doc) => {
    sectionOf(doc, sectionId);
    return { ...doc, preamble: doc.preamble.filter((s) => s.id !== sectionId), operative: doc.operative.filter((s) => s.id !== sectionId) };
  };

/** A footnote attached to a provision. */
export const annotate =
  (provisionId: string, footnote: Footnote): TextEdit =>
  (doc) =>
    mapProvision(doc, provisionId, (p) => ({ ...p, footnotes: [...p.footnotes, footnote] }));

/** A footnote, found by its words, taken off its provision. */
export const unannotate =
  (provisionId: string, footnoteText: string): TextEdit =>
  (doc) =>
    mapProvision(doc, provisionId, (p) => {
      if (!p.footnotes.some((f) => f.text === footnoteText)) throw new Error(`no footnote "${footnoteText}" on provision ${provisionId}`);
      return { ...p, footnotes: p.footnotes.filter((f) => f.text !== footnoteText) };
    });

/** The title and the cover as the text prints them. */
export const recover =
  (title: string, metadata: ResolutionDocument['metadata']): TextEdit =>
  (doc) => ({ ...doc, title, metadata });

/** A provision of the text, or a failure naming the id. */
export function provisionOf(doc: ResolutionDocument, provisionId: string): Provision {
  const found = [...doc.preamble, ...doc.operative].flatMap((s) => s.provisions).find((p) => p.id === provisionId);
  if (!found) throw new Error(`no provision ${provisionId} in the text`);
  return found;
}

/** A section of the text, or a failure naming the id. */
export function sectionOf(doc: ResolutionDocument, sectionId: string): Section {
  const found = [...doc.preamble, ...doc.operative].find((s) => s.id === sectionId);
  if (!found) throw new Error(`no section ${sectionId} in the text`);
  return found;
}

function mapSections(doc: ResolutionDocument, change: (s: Section) => Section): ResolutionDocument {
  return { ...doc, preamble: doc.preamble.map(change), operative: doc.operative.map(change) };
}

function mapSection(doc: ResolutionDocument, sectionId: string, change: (s: Section) => Section): ResolutionDocument {
  sectionOf(doc, sectionId);
  return mapSections(doc, (s) => (s.id === sectionId ? change(s) : s));
}

function mapProvision(doc: ResolutionDocument, provisionId: string, change: (p: Provision) => Provision): ResolutionDocument {
  provisionOf(doc, provisionId);
  return mapSections(doc, (s) => ({ ...s, provisions: s.provisions.map((p) => (p.id === provisionId ? change(p) : p)) }));
}

const provision = (id: string, text: string, footnotes: Footnote[] = []): Provision => ({ id, text, children: [], footnotes });

/** The subject of Resolution 1334, as its title prints it after the designation. */
export const RES1334_SUBJECT = 'دور الاتحاد الدولي للاتصالات في الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات';

/** The cover of contribution C23/71: the Arab States' draft revision of Resolution 1334, the Arabic version of an English original. */
export const C23_71_COVER = {
  symbol: 'C23/71',
  date: '2023-06-26',
  agendaItem: 'PL 2',
  originalLanguage: 'en',
  submitters: ['الدول العربية'],
  purpose: 'تحديث القرار 1334 في ضوء التحضير للاستعراض الشامل WSIS+20.',
  actionRequested: 'يُدعى المجلس إلى النظر في مشروع القرار المرفق واعتماده.',
  references: 'القرار 1334 (المعدَّل في 2019)؛ القرار 140 (المراجَع في بوخارست، 2022)',
};

/**
 * The wording the Arab States' draft had where the adopted text reads otherwise: an older
 * word or two in six provisions (the adopted wording first, the draft's second).
 */
export const OLDER_WORDING = {
  'op-1-2': ['التي تتم بلورتها', 'التي تتم صياغتها'],
  'op-1-3': ['التنسيق والتعاون بكفاءة وفعالية مع', 'التنسيق والتعاون مع'],
  'pre-5-1': ['والمقرر أن تستضيفه سويسرا', 'والمقرر عقده في جنيف'],
  'op-4-2': ['تعبر إلى أعلى درجة عن', 'تعبر قدر الإمكان عن'],
  'op-3-4': ['مع أصحاب المصلحة غير الحكوميين', 'مع جميع أصحاب المصلحة'],
  'op-1-9': ['تعزيز التعاون الوثيق والتنسيق الفعّال', 'تعزيز التعاون والتنسيق'],
} as const;

/** The provision the draft has and the adopted text does not: a report to PP-22, overtaken by events. */
export const REPORT_TO_PP22 = provision(
  'op-1-pp22',
  'بتقديم تقرير إلى مؤتمر المندوبين المفوضين لعام 2022 عن التقدم المحرز في تنفيذ هذا القرار؛',
);

/** The section the draft has and the adopted text does not, with its two provisions. */
export const INVITES_SECTOR_MEMBERS: Section = {
  id: 'op-invites',
  heading: 'يدعو أعضاء القطاعات والهيئات الأكاديمية إلى',
  provisions: [
    provision('op-invites-1', 'المشاركة في الحدث رفيع المستوى للمنتدى WSIS+20 وتقديم مساهماتهم فيه؛'),
    provision('op-invites-2', 'إطلاع الفريق CWG-WSIS&SDG على ممارساتهم الجيدة في تنفيذ خطوط عمل القمة؛'),
  ],
};

/** The footnote the draft carries and the adopted text does not. */
export const UNGA_70_125_FOOTNOTE: Footnote = { id: 'fn-70-125', text: 'اعتمدته الجمعية العامة في 16 ديسمبر 2015.' };

/** The heading of "appreciating" as the draft words it. */
export const OLDER_APPRECIATING = 'وإذ يعرب عن تقديره';

/**
 * The draft revision of Resolution 1334 that contribution C23/71 carried, made from the
 * adopted text by undoing what the negotiation changed: its own title and cover, older
 * words in five provisions, a heading worded otherwise, two provisions not yet written, one
 * provision and one section dropped later, operative 9 after 10, a footnote since taken out.
 */
export function makeDraft(adopted: ResolutionDocument): ResolutionDocument {
  const { adoption: _adoptionLine, ...metadata } = adopted.metadata;
  return edited(
    adopted,
    recover(`مشروع مراجعة القرار 1334 — ${RES1334_SUBJECT}`, { ...metadata, ...C23_71_COVER }),
    ...Object.entries(OLDER_WORDING).map(([id, [adoptedWords, draftWords]]) => reword(id, adoptedWords, draftWords)),
    rehead('pre-5', OLDER_APPRECIATING),
    remove('op-4-4'),
    remove('op-4-5'),
    insert(REPORT_TO_PP22, { after: 'op-1-11' }),
    insertSection('operative', INVITES_SECTOR_MEMBERS, 'op-3'),
    move('op-1-9', { after: 'op-1-11' }),
    annotate('pre-1-3', UNGA_70_125_FOOTNOTE),
  );
}
