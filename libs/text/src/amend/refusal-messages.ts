import { languageNameIn } from '../languages/language-names';
import { LanguageCode } from '../model';
import { quoteWords } from '../render/citation';

/**
 * Why the text engine could not apply an amendment, by a stable key, in English: the pages and
 * the API render the key in the reader's language (libs/contracts refusals, text-engine.ts),
 * with the provision cited as printed and the words concerned quoted, never an id or a word index.
 * `{provision}` is a citation (`citeProvision`), `{words}` words as printed, already quoted,
 * `{part}` the preamble or the operative part (named in the reader's words), counts are numbers.
 */
export const AMENDMENT_REFUSAL_MESSAGES_EN = {
  'amendment.refused.unknownProvision': 'a provision it names is not in the text',
  'amendment.refused.unknownSection': 'a section it names is not in the text',
  'amendment.refused.unknownFootnote': 'the footnote it names is not in {provision}',
  'amendment.refused.staleTarget':
    '{provision} no longer reads as it did when the amendment was proposed; carry the amendment over to its present wording',
  'amendment.refused.provisionExists': 'the text already holds {provision}, which it adds',
  'amendment.refused.footnoteExists': 'the text already holds a footnote it adds',
  'amendment.refused.sectionExists': 'the text already holds the section {section}, which it adds',
  'amendment.refused.wordsOutside': 'the words it changes are not all in {provision} as it reads',
  'amendment.refused.replacementsOverlap': 'two of its changes to {provision} concern the same words',
  'amendment.refused.cutsBrackets': 'the words it changes cut through the bracketed words {words} of {provision}',
  'amendment.refused.noWordsQuoted': 'no words were quoted',
  'amendment.refused.wordsNotFound': 'the words {words} are not in {provision}',
  'amendment.refused.wordsAmbiguous': 'the words {words} occur {count} times in {provision}; say which occurrence (1 to {count})',
  'amendment.refused.noSuchOccurrence': 'the words {words} occur {count} time(s) in {provision}; there is no occurrence {occurrence}',
  'amendment.refused.placedInsideItself': '{provision} cannot be placed next to itself or among its own sub-items',
  'amendment.refused.positionOutside': 'the place it names is outside the list it names',
  'amendment.refused.sectionCannotEndPart': 'a section of the {part} cannot be placed at the end of the {otherPart}',
  'amendment.refused.sectionInOtherPart': 'the section {section} is in the {otherPart}, not the {part}',
  'amendment.refused.noBracketGroup': '{provision} has no bracketed words number {number}',
  'amendment.refused.noSuchAlternative':
    'the bracketed words of {provision} offer {count} alternative(s); there is no alternative {choice}',
  'amendment.refused.noAlternatives': 'at least one alternative is needed',
  'amendment.refused.nestedBrackets': 'an alternative may not contain brackets: {words}',
  'amendment.refused.unsettledBrackets': '{count} bracketed passage(s) remain unsettled, in {provisions}',
  'amendment.rebase.provisionExists': 'the text holds {provision} meanwhile, which it adds',
  'amendment.rebase.footnoteExists': 'the text holds a footnote it adds meanwhile',
  'amendment.rebase.sectionExists': 'the text holds the section {section} meanwhile, which it adds',
  'amendment.rebase.provisionGone': '{provision} is no longer in the text',
  'amendment.rebase.sectionGone': 'the section {section} is no longer in the text',
  'amendment.rebase.footnoteGone': 'the footnote of {provision} it concerns is no longer in the text',
  'amendment.rebase.footnoteChanged': 'the footnote of {provision} it rewrites was changed meanwhile',
  'amendment.rebase.headingChanged': 'the heading {section} was changed meanwhile',
  'amendment.rebase.titleChanged': 'the title was changed meanwhile',
  'amendment.rebase.sectionProvisionsChanged': 'the provisions of the section {section} changed meanwhile',
  'amendment.rebase.notInBase': 'a provision it changes is not in the version it was proposed against',
  'amendment.rebase.otherWording': '{provision} was proposed against another wording',
  'amendment.rebase.wordsChanged': 'the words it changes in {provision}, or words next to them, were changed meanwhile',
  'amendment.rebase.bracketsChanged': 'the bracketed words of {provision} were changed meanwhile',
} as const;

export type AmendmentRefusalKey = keyof typeof AMENDMENT_REFUSAL_MESSAGES_EN;

/**
 * What the amendments derived from a revised text cannot say, by key, in English (rendered in
 * the reader's language like the refusals above). `{provision}` and `{section}` are citations;
 * `{language}`, `{originalLanguage}`, `{style}` and `{originalStyle}` codes named in the reader's words.
 */
export const UNEXPRESSED_MESSAGES_EN = {
  'revision.unexpressed.bodyChanged': 'the enacting formula changed; no amendment changes it',
  'revision.unexpressed.coverChanged': 'the cover changed; it is registered, not amended',
  'revision.unexpressed.languageChanged': 'the language changed from {originalLanguage} to {language}',
  'revision.unexpressed.styleChanged': 'the style changed from {originalStyle} to {style}',
  'revision.unexpressed.notReproduced': 'applying the derived amendments does not give the revised text',
  'revision.unexpressed.sectionMoved': 'the section {section} stands elsewhere among the sections; no amendment moves a section',
  'revision.unexpressed.newListMarker': 'the sub-items of the new {provision} are marked “{marker}”; an ADD does not say so',
  'revision.unexpressed.listMarkerChanged': 'the sub-items of {provision} change their marker; no amendment does that',
} as const;

export type UnexpressedKey = keyof typeof UNEXPRESSED_MESSAGES_EN;

const STYLES_EN: Readonly<Record<string, string>> = { itu: 'ITU', unga: 'UN General Assembly' };

/** A note of a derivation in English, from its key and parameters. */
export function unexpressedMessageEn(key: UnexpressedKey, params: AmendmentRefusalParams): string {
  return UNEXPRESSED_MESSAGES_EN[key].replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (/^(language|originalLanguage)$/u.test(name)) return languageNameIn('en', value as LanguageCode);
    if (/^(style|originalStyle)$/u.test(name)) return STYLES_EN[value] ?? String(value);
    return String(value);
  });
}

/** What a refusal's message names, by the names its templates use. */
export type AmendmentRefusalParams = Readonly<Record<string, string | number>>;

/** How a refusal names a provision before the document it is cited in is known. */
export const UNCITED_PROVISION = 'the provision';

const PARTS_EN: Readonly<Record<string, string>> = { preamble: 'preamble', operative: 'operative part' };

/** A refusal's message in English, from its key and parameters. */
export function amendmentRefusalMessageEn(key: AmendmentRefusalKey, params: AmendmentRefusalParams): string {
  return AMENDMENT_REFUSAL_MESSAGES_EN[key].replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return name === 'provision' ? UNCITED_PROVISION : whole;
    return /^(part|otherPart)$/u.test(name) ? (PARTS_EN[value] ?? String(value)) : String(value);
  });
}

const QUOTE_LENGTH = 80;

/** Words a refusal quotes, in the quotation marks of their own script («…» for Arabic, “…” otherwise), cut short when long. */
export function quotedInRefusal(words: string): string {
  const shown = words.length > QUOTE_LENGTH ? `${words.slice(0, QUOTE_LENGTH)}…` : words;
  return quoteWords(/\p{Script=Arabic}/u.test(shown) ? 'ar' : 'en', shown);
}
