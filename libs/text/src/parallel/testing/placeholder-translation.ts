/**
 * Counterparts of a real document in another language, for the aligner's tests and bench:
 * the same outline, each word replaced by a made-up word of the target script (of a length
 * that follows the language), the numbers, years and symbols kept as any translator keeps
 * them, the punctuation as the script writes it. Rendered as clean text and imported again,
 * the counterpart carries the labels as that language prints them ("г)", "ii)", "'1'").
 */
import { importResolution } from '../../import';
import type { ImportResult } from '../../import';
import { languageProfile } from '../../languages';
import type { LanguageCode, PartName, Provision, ResolutionDocument, Section } from '../../model';
import { renderCleanText } from '../../render/clean-text';

interface Script {
  readonly syllables: readonly string[];
  /** Letters of the target for one letter of the source, roughly. */
  readonly lengthFactor: number;
  readonly joiner: string;
  readonly punctuation: Readonly<Record<string, string>>;
  readonly body: string;
}

const latin =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu sa se si so su ta te ti to tu'.split(
    ' ',
  );
const cyrillic = 'ба бе бо ву да де до зу ка ке ко лу ма ме мо ну па пе по су та те то фу'.split(' ');
// Characters that open no Chinese heading or paragraph ("请", "决", "忆" ...).
const han = '山水木火土石风云花草江河湖海林田月星雪雨竹松桥路城门'.split('');
// Letters that begin no Arabic heading or conjunction ("إذ", "و").
const arabic = 'بت ثج حخ دذ رز سش صض طظ عغ فق كل من'.split(' ');
const ascii = { '،': ',', '؛': ';', '؟': '?', '，': ',', '；': ';', '：': ':', '。': '.' };

const scripts: Record<LanguageCode, Script> = {
  en: { syllables: latin, lengthFactor: 1, joiner: ' ', punctuation: ascii, body: 'The ITU Council,' },
  fr: { syllables: latin, lengthFactor: 1.15, joiner: ' ', punctuation: ascii, body: 'Le Conseil de l’UIT,' },
  es: { syllables: latin, lengthFactor: 1.1, joiner: ' ', punctuation: ascii, body: 'El Consejo de la UIT,' },
  ru: { syllables: cyrillic, lengthFactor: 1.05, joiner: ' ', punctuation: ascii, body: 'Совет МСЭ,' },
  zh: {
    syllables: han,
    lengthFactor: 0.4,
    joiner: ' ',
    punctuation: { '،': '，', ',': '，', '؛': '；', ';': '；', ':': '：', '؟': '？' },
    body: '国际电联理事会，',
  },
  ar: {
    syllables: arabic,
    lengthFactor: 0.85,
    joiner: ' ',
    punctuation: { ',': '،', ';': '؛', '?': '؟', '，': '،', '；': '؛', '：': ':' },
    body: 'إن مجلس الاتحاد الدولي للاتصالات،',
  },
};

/** The document in made-up words of another language, outline, numbers and footnotes kept, headings of that language. */
export function placeholderTranslation(doc: ResolutionDocument, language: LanguageCode): ResolutionDocument {
  const script = scripts[language];
  const profile = languageProfile(language);
  const words = (text: string): string => translateWords(text, script);
  const provision = (p: Provision): Provision => ({
    ...p,
    text: words(p.text),
    footnotes: p.footnotes.map((n) => ({ ...n, text: words(n.text) })),
    children: p.children.map(provision),
  });
  // A UN preambular paragraph is known by its opening participle ("Rappelant", "إذ"): the counterpart keeps one.
  const paragraph = (p: Provision, k: number): Provision => {
    const translated = provision(p);
    const opener = profile.preambleOpeners[k % profile.preambleOpeners.length];
    return { ...translated, text: `${opener.charAt(0).toUpperCase()}${opener.slice(1)} ${translated.text}` };
  };
  const section = (part: PartName) => (s: Section, k: number) => ({
    ...s,
    heading: s.heading === '' ? '' : profile.headings[part][k % profile.headings[part].length],
    provisions: doc.style === 'unga' && part === 'preamble' ? s.provisions.map(paragraph) : s.provisions.map(provision),
  });
  return {
    ...doc,
    language,
    title: `${profile.titleOpeners[0]} ${(doc.title.match(/\d+/gu) ?? []).join(' ')}`.trim(),
    body: doc.body === '' ? '' : script.body,
    metadata: {},
    preamble: doc.preamble.map(section('preamble')),
    operative: doc.operative.map(section('operative')),
  };
}

/** The counterpart as a translator's plain text would reach the importer. */
export function placeholderTranslationText(doc: ResolutionDocument, language: LanguageCode): string {
  return renderCleanText(placeholderTranslation(doc, language));
}

/** The counterpart's text imported again, with the labels its language prints. */
export function importedPlaceholderTranslation(doc: ResolutionDocument, language: LanguageCode): ImportResult {
  return importResolution(placeholderTranslationText(doc, language), { language, style: doc.style });
}

function translateWords(text: string, script: Script): string {
  return text
    .split(' ')
    .filter((token) => token !== '')
    .map((token) => translateToken(token, script))
    .join(script.joiner);
}

/** A token with digits is a number or a symbol ("2023", "A/RES/78/132", "WSIS+20"): its digits and Latin letters are kept. */
function translateToken(token: string, script: Script): string {
  const western = token.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660));
  const punctuated = [...western].map((c) => script.punctuation[c] ?? c).join('');
  const replaced = /\p{N}/u.test(punctuated) ? /(?![A-Za-z])\p{L}[\p{L}\p{M}]*/gu : /\p{L}[\p{L}\p{M}]*/gu;
  return punctuated.replace(replaced, (word) => madeUpWord(word, script));
}

function madeUpWord(word: string, script: Script): string {
  const letters = [...word].length;
  const wanted = Math.max(1, Math.round(letters * script.lengthFactor));
  let seed = 0;
  for (const c of word) seed = (seed * 31 + c.codePointAt(0)!) % 1_000_003;
  let out = '';
  while ([...out].length < wanted) {
    out += script.syllables[seed % script.syllables.length];
    seed = (seed * 17 + 7) % 1_000_003;
  }
  return [...out].slice(0, wanted).join('');
}
