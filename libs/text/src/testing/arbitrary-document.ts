/**
 * fast-check arbitraries for whole documents in every language and style, shaped as the
 * field writes them (headings from the language's own tables, clauses that end with a
 * clause mark, sub-lists introduced by a colon), for the text engine's property tests.
 */
import fc from 'fast-check';
import { languageProfile } from '../languages';
import type { DocumentMetadata, DocumentStyle, Footnote, LanguageCode, ListMarker, Provision, ResolutionDocument, Section } from '../model';

const vocabulary: Readonly<Record<LanguageCode, readonly string[]>> = {
  ar: [
    'الاتحاد',
    'التنمية',
    'المعلومات',
    'الدول',
    'الأعضاء',
    'القمة',
    'العالمية',
    'تنفيذ',
    'نواتج',
    'الشامل',
    'الاستعراض',
    'خطة',
    'المستدامة',
    'الإقليمية',
  ],
  en: [
    'the',
    'Union',
    'development',
    'information',
    'society',
    'Member',
    'States',
    'summit',
    'implementation',
    'outcomes',
    'review',
    'regional',
    'digital',
    'divide',
  ],
  fr: [
    'le',
    'Union',
    'développement',
    'société',
    'information',
    'États',
    'Membres',
    'sommet',
    'mise',
    'œuvre',
    'examen',
    'régional',
    'numérique',
  ],
  es: [
    'la',
    'Unión',
    'desarrollo',
    'sociedad',
    'información',
    'Estados',
    'Miembros',
    'cumbre',
    'aplicación',
    'examen',
    'regional',
    'digital',
  ],
  ru: [
    'Союз',
    'развития',
    'информационного',
    'общества',
    'Государства',
    'Члены',
    'встречи',
    'выполнения',
    'обзора',
    'региональный',
    'цифровой',
  ],
  zh: ['国际电联', '发展', '信息社会', '成员国', '峰会', '落实', '成果', '审议', '区域', '数字', '鸿沟'],
};

const enactingFormula: Readonly<Record<DocumentStyle, Readonly<Record<LanguageCode, string>>>> = {
  itu: {
    ar: 'إن مجلس الاتحاد الدولي للاتصالات،',
    en: 'The ITU Council,',
    fr: "Le Conseil de l'UIT,",
    es: 'El Consejo de la UIT,',
    ru: 'Совет МСЭ,',
    zh: '国际电联理事会，',
  },
  unga: {
    ar: 'إن الجمعية العامة،',
    en: 'The General Assembly,',
    fr: "L'Assemblée générale,",
    es: 'La Asamblea General,',
    ru: 'Генеральная Ассамблея,',
    zh: '大会，',
  },
};

const participle: Readonly<Record<LanguageCode, string>> = {
  ar: 'إذ تشير',
  en: 'Recalling',
  fr: 'Rappelant',
  es: 'Recordando',
  ru: 'Напоминая',
  zh: '忆及',
};

const punctuation: Readonly<Record<LanguageCode, { clause: string; comma: string; colon: string; stop: string }>> = {
  ar: { clause: '؛', comma: '،', colon: ':', stop: '.' },
  en: { clause: ';', comma: ',', colon: ':', stop: '.' },
  fr: { clause: ';', comma: ',', colon: ':', stop: '.' },
  es: { clause: ';', comma: ',', colon: ':', stop: '.' },
  ru: { clause: ';', comma: ',', colon: ':', stop: '.' },
  zh: { clause: '；', comma: '，', colon: '：', stop: '。' },
};

function words(language: LanguageCode, min: number, max: number): fc.Arbitrary<string> {
  const joiner = languageProfile(language).spacedWords ? ' ' : '';
  return fc.array(fc.constantFrom(...vocabulary[language]), { minLength: min, maxLength: max }).map((ws) => ws.join(joiner));
}

interface ProvisionShape {
  readonly text: string;
  readonly children: readonly { readonly text: string }[];
  readonly listMarker?: ListMarker;
  /** `anchor` absent: the marker follows the last word, the model's one form for that place. */
  readonly footnote?: { readonly text: string; readonly anchor?: number };
}

function provisionShape(language: LanguageCode, opener: string, withChildren: boolean): fc.Arbitrary<ProvisionShape> {
  const p = punctuation[language];
  const childTexts = withChildren ? fc.array(words(language, 2, 6), { minLength: 0, maxLength: 3 }) : fc.constant([] as string[]);
  return fc
    .record({
      body: words(language, 2, 10),
      children: childTexts,
      marker: fc.constantFrom<ListMarker | undefined>(undefined, undefined, 'dash', 'bullet'),
      footnote: fc.option(fc.record({ text: words(language, 1, 6), at: fc.nat() }), { nil: undefined }),
    })
    .map(({ body, children, marker, footnote }) => {
      const text = `${opener}${opener ? ' ' : ''}${body}${children.length > 0 ? p.colon : p.clause}`;
      const wordCount = text.split(' ').length;
      return {
        text,
        children: children.map((c, i) => ({ text: `${c}${i === children.length - 1 ? p.comma : p.clause}` })),
        listMarker: children.length > 0 ? marker : undefined,
        footnote: footnote && {
          text: `${footnote.text}${p.stop}`,
          ...(footnote.at % wordCount === wordCount - 1 ? {} : { anchor: 1 + (footnote.at % wordCount) }),
        },
      };
    });
}

function toProvision(shape: ProvisionShape, id: string): Provision {
  const footnotes: Footnote[] = shape.footnote
    ? [{ id: `${id}-fn1`, text: shape.footnote.text, ...(shape.footnote.anchor === undefined ? {} : { anchor: shape.footnote.anchor }) }]
    : [];
  const provision: Provision = {
    id,
    text: shape.text,
    children: shape.children.map((c, i) => ({ id: `${id}-${i + 1}`, text: c.text, children: [], footnotes: [] })),
    footnotes,
  };
  return shape.listMarker ? { ...provision, listMarker: shape.listMarker } : provision;
}

function sections(shapes: readonly { heading: string; provisions: readonly ProvisionShape[] }[], prefix: string): Section[] {
  return shapes.map((s, i) => ({
    id: `${prefix}-${i + 1}`,
    heading: s.heading,
    provisions: s.provisions.map((p, k) => toProvision(p, `${prefix}-${i + 1}-${k + 1}`)),
  }));
}

function ituSections(
  language: LanguageCode,
  part: 'preamble' | 'operative',
  min: number,
): fc.Arbitrary<{ heading: string; provisions: ProvisionShape[] }[]> {
  const headings = languageProfile(language).headings[part];
  const section = fc.record({
    heading: fc.constantFrom(...headings),
    provisions: fc.array(provisionShape(language, '', true), { minLength: 1, maxLength: 6 }),
  });
  return fc.array(section, { minLength: min, maxLength: 3 });
}

function metadata(language: LanguageCode, style: DocumentStyle): fc.Arbitrary<DocumentMetadata> {
  const profile = languageProfile(language);
  const adoption =
    style === 'itu'
      ? words(language, 1, 4).map((w) => `${profile.keywords.adoption[0]} ${w}`)
      : fc.nat({ max: 90 }).map((n) => `${n + 1} ${profile.keywords.meeting[0]}\n19 December 2023`);
  return fc
    .record({
      symbol: fc.option(fc.constant(style === 'itu' ? 'C23/71-E' : 'A/RES/78/132'), { nil: undefined }),
      originalLanguage: fc.option(fc.constantFrom<LanguageCode>('ar', 'en', 'fr', 'es', 'ru', 'zh'), { nil: undefined }),
      adoption: fc.option(adoption, { nil: undefined }),
      summary: fc.option(
        fc
          .array(
            words(language, 3, 8).map((w) => `${w}${punctuation[language].stop}`),
            { minLength: 1, maxLength: 2 },
          )
          .map((ls) => ls.join('\n')),
        { nil: undefined },
      ),
      references: fc.option(words(language, 2, 6), { nil: undefined }),
    })
    .map((m) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)) as DocumentMetadata);
}

/** A document in the given language and style, with sections, sub-items, footnotes and cover metadata. */
export function arbitraryDocument(language: LanguageCode, style: DocumentStyle): fc.Arbitrary<ResolutionDocument> {
  const profile = languageProfile(language);
  const title =
    style === 'itu'
      ? fc
          .record({ n: fc.nat({ max: 2000 }), subject: fc.option(words(language, 2, 8), { nil: undefined }) })
          .map(({ n, subject }) => `${profile.titleOpeners[0]} ${n}${subject ? ` — ${subject}` : ''}`)
      : fc.tuple(fc.nat({ max: 300 }), words(language, 2, 8)).map(([n, w]) => `78/${n + 1}. ${w}`);
  const parts =
    style === 'itu'
      ? fc.tuple(ituSections(language, 'preamble', 0), ituSections(language, 'operative', 1))
      : fc.tuple(
          fc
            .array(provisionShape(language, participle[language], false), { maxLength: 4 })
            .map((ps) =>
              ps.length === 0
                ? []
                : [{ heading: '', provisions: ps.map((p) => ({ ...p, text: p.text.replace(/.$/u, punctuation[language].comma) })) }],
            ),
          fc.array(provisionShape(language, '', true), { minLength: 1, maxLength: 5 }).map((ps) => [{ heading: '', provisions: ps }]),
        );
  return fc.record({ title, parts, metadata: metadata(language, style) }).map(({ title: t, parts: [pre, op], metadata: m }) => ({
    language,
    style,
    title: t,
    body: enactingFormula[style][language],
    preamble: sections(pre, 'pre'),
    operative: sections(op, 'op'),
    metadata: m,
  }));
}

/** Any language, any style. */
export const anyDocument: fc.Arbitrary<ResolutionDocument> = fc
  .tuple(fc.constantFrom<LanguageCode>('ar', 'en', 'fr', 'es', 'ru', 'zh'), fc.constantFrom<DocumentStyle>('itu', 'unga'))
  .chain(([language, style]) => arbitraryDocument(language, style));
