/**
 * Reading the cover page that stands before a resolution's enacting formula: the
 * document symbol, the original language, the submitters, the title and adoption line,
 * the fields of a contribution (summary, action requested, references...) and the prose
 * that accompanies the text (a contribution's introduction, a report's body).
 */
import type { LanguageProfile } from '../languages';
import { languageProfiles } from '../languages';
import type { DocumentMetadata, ImportWarning, LanguageCode } from '../model';
import { collapseWhitespace } from '../normalize';
import { comparable, comparableWords } from './headings';
import { importWarningKeys, keyedWarning } from './import-warnings';
import { splitLabel } from './line-label';
import { isRuleLine } from './rule-lines';
import type { SourceLine } from './source-lines';
import { isDateOnlyLine, isNumberedTitle, isUnAdoptionLine } from './un-resolution-lines';

export interface CoverReading {
  readonly title: string;
  readonly metadata: DocumentMetadata;
  readonly warnings: readonly ImportWarning[];
}

type FieldName = keyof LanguageProfile['keywords'];

/** Fields whose value may follow on the next lines when the keyword stands alone ("Summary:"). */
const blockFields: ReadonlySet<FieldName> = new Set([
  'purpose',
  'summary',
  'actionRequested',
  'expectedResults',
  'references',
  'priorityArea',
  'agendaItem',
  'date',
]);
/** Fields whose keyword may be followed by the value without a colon ("Agenda item 18", "تقرير من الأمين العام"). */
const runOnFields: ReadonlySet<FieldName> = new Set(['symbol', 'agendaItem', 'contributionFrom', 'reportFrom']);

const symbolToken = /(?<![\p{L}\p{N}])[A-Z][A-Za-z0-9]*(?:[-/.][A-Za-z0-9]+)*\/[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)*(?![\p{L}\p{N}])/u;

interface FieldMatch {
  readonly field: FieldName;
  readonly value: string;
}

/** Reads the cover lines (everything before the enacting formula, or the whole of a report). */
export function readCover(lines: readonly SourceLine[], profile: LanguageProfile): CoverReading {
  const metadata: DocumentMetadata = {};
  const warnings: ImportWarning[] = [];
  const narrative: string[] = [];
  const unrecognised: string[] = [];
  const titleLines: string[] = [];
  const blocks = toBlocks(lines);
  // A UN resolution's numbered title ("78/132. ...", "78/132 - ...") wins over lines that merely open with
  // "Resolution" (the adoption line above it does): the title starts at that line, even when PDF extraction
  // left no blank line between the masthead and the title.
  const numberedTitleBlock = blocks.findIndex((b) => b.some((l) => isNumberedTitle(flat(l))));
  const numberedTitleLine = numberedTitleBlock >= 0 ? blocks[numberedTitleBlock].findIndex((l) => isNumberedTitle(flat(l))) : -1;
  const firstTitleBlock =
    numberedTitleBlock >= 0 ? numberedTitleBlock : blocks.findIndex((b) => b.some((l) => isTitleOpener(flat(l), profile)));
  let titleFound = false;

  const keepUnrecognised = (line: SourceLine) => {
    const text = flat(line);
    unrecognised.push(text);
    warnings.push(keyedWarning(importWarningKeys.coverLineKept, line.number, text));
  };
  // A field met a second time (a running header repeating the symbol, a second date) does not overwrite the first: the line is kept as printed.
  const setField = ({ field, value }: FieldMatch, line: SourceLine) =>
    fieldTaken(metadata, field) ? keepUnrecognised(line) : applyField(metadata, field, value, profile);

  blocks.forEach((block, blockIndex) => {
    let i = 0;
    while (i < block.length) {
      const line = block[i];
      const text = flat(line);
      if (narrative.length > 0) {
        narrative.push(paragraph(line));
        i++;
        continue;
      }
      const field = matchField(text, profile);
      if (field) {
        i++;
        if (field.value === '' && blockFields.has(field.field) && !fieldTaken(metadata, field.field)) {
          const values: string[] = [];
          while (i < block.length && !matchField(flat(block[i]), profile)) values.push(flat(block[i++]));
          setField({ field: field.field, value: values.join('\n') }, line);
        } else setField(field, line);
        continue;
      }
      const adoption = matchAdoption(text, profile);
      if (adoption !== undefined) {
        addAdoption(metadata, adoption);
        i++;
        continue;
      }
      if (
        !titleFound &&
        (blockIndex === firstTitleBlock || firstTitleBlock < 0) &&
        (blockIndex !== numberedTitleBlock || i >= numberedTitleLine)
      ) {
        for (; i < block.length; i++) {
          const rest = flat(block[i]);
          const restField = matchField(rest, profile);
          const restAdoption = matchAdoption(rest, profile);
          if (restField) setField(restField, block[i]);
          else if (restAdoption !== undefined) addAdoption(metadata, restAdoption);
          // A numbered or lettered line is a provision or a list item out of place, never a line of the title.
          else if (splitLabel(block[i].text).raw !== '') keepUnrecognised(block[i]);
          else titleLines.push(rest);
        }
        titleFound = true;
        continue;
      }
      // ITU contributions name their submitters in the block right above the designation; UN resolutions have none there.
      const submittersPlace = numberedTitleBlock < 0 && blockIndex === firstTitleBlock - 1;
      if (!titleFound && metadata.submitters === undefined && submittersPlace && block.every((l) => isPlainLine(flat(l), profile))) {
        metadata.submitters = [block.map(flat).join(' ')];
        i = block.length;
        continue;
      }
      if (!titleFound) {
        keepUnrecognised(line);
        i++;
        continue;
      }
      narrative.push(paragraph(line));
      i++;
    }
  });

  if (narrative.length > 0) metadata.narrative = narrative;
  if (unrecognised.length > 0) metadata.cover = unrecognised;
  return { title: assembleTitle(titleLines, profile), metadata, warnings };
}

/** A second adoption line goes under the first: none of its words is dropped. */
function addAdoption(metadata: DocumentMetadata, adoption: string): void {
  metadata.adoption = metadata.adoption === undefined ? adoption : `${metadata.adoption}\n${adoption}`;
}

/** A line that is neither a field, an adoption line nor a designation: what a submitters block is made of. */
function isPlainLine(text: string, profile: LanguageProfile): boolean {
  return !matchField(text, profile) && matchAdoption(text, profile) === undefined && !isTitleOpener(text, profile);
}

/** Splits lines into blocks at blank lines and separator rules ("_________"), which carry no words. */
function toBlocks(lines: readonly SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    const text = flat(line);
    if (text === '' || isRuleLine(text)) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function flat(line: SourceLine): string {
  return collapseWhitespace(line.text);
}

/** A narrative paragraph as printed: a label kept apart from its text by one tab; a list item whose marker was lost keeps its leading tab. */
function paragraph(line: SourceLine): string {
  const cells = line.text.split('\t').map(collapseWhitespace);
  const tabLed = cells.length > 1 && cells[0] === '';
  const text = cells.filter((cell) => cell !== '').join('\t');
  return tabLed ? `\t${text}` : text;
}

function isTitleOpener(text: string, profile: LanguageProfile): boolean {
  if (isNumberedTitle(text)) return true;
  const first = profile.spacedWords ? comparableWords(text)[0] : undefined;
  if (first !== undefined) return profile.titleOpeners.map(comparable).includes(first);
  return profile.titleOpeners.some((o) => text.startsWith(o));
}

/** A designation line and its subject lines: "القرار 1334 (المعدَّل في 2023) — دور الاتحاد ...". */
function assembleTitle(lines: readonly string[], profile: LanguageProfile): string {
  if (lines.length === 0) return '';
  const [first, ...rest] = lines;
  if (rest.length === 0) return first;
  // A UN title ("78/132. Information and communications technologies ...") wrapped by the page goes on in the same sentence.
  if (isNumberedTitle(first)) return lines.join(' ');
  const designation = isTitleOpener(first, profile) && !/[-–—:]$/u.test(first);
  return designation ? `${first} — ${rest.join(' ')}` : lines.join(' ');
}

/** The adoption line: ITU "(adopted at the sixth Plenary Meeting)", UN "Resolution adopted by the General Assembly on ...". */
function matchAdoption(text: string, profile: LanguageProfile): string | undefined {
  if (isUnAdoptionLine(text)) return text;
  const inner = /^\((.+)\)$/u.exec(text);
  if (!inner) return undefined;
  const keywords = profile.keywords.adoption.map(comparable);
  const adopted = profile.spacedWords
    ? comparableWords(inner[1]).some((w) => keywords.includes(w))
    : keywords.some((k) => comparable(inner[1]).includes(k));
  return adopted ? inner[1].trim() : undefined;
}

function matchField(text: string, profile: LanguageProfile): FieldMatch | undefined {
  const candidates = (Object.keys(profile.keywords) as FieldName[])
    .filter((f) => f !== 'adoption' && f !== 'meeting')
    .flatMap((field) => profile.keywords[field].map((keyword) => ({ field, keyword })))
    .sort((a, b) => b.keyword.length - a.keyword.length);
  for (const { field, keyword } of candidates) {
    const after = afterKeyword(text, keyword, profile);
    if (after === undefined) continue;
    const value = after.rest.trim();
    if (!after.colon && value !== '' && !runOnFields.has(field)) continue;
    if (field === 'symbol') {
      const symbol = symbolToken.exec(value);
      if (!symbol) continue;
      return { field, value: symbol[0] };
    }
    if ((field === 'contributionFrom' || field === 'reportFrom') && value === '') continue;
    return { field, value };
  }
  const bareSymbol = symbolLine(text);
  if (bareSymbol !== undefined) return { field: 'symbol', value: bareSymbol };
  return isDateOnlyLine(text) ? { field: 'date', value: text } : undefined;
}

/** What follows a keyword that opens the line (and whether a colon came first), or undefined. */
function afterKeyword(text: string, keyword: string, profile: LanguageProfile): { colon: boolean; rest: string } | undefined {
  if (!profile.spacedWords) {
    if (!text.startsWith(keyword)) return undefined;
    const rest = text.slice(keyword.length);
    return { colon: /^[:：]/u.test(rest), rest: rest.replace(/^[:：]/u, '') };
  }
  const wanted = keyword.split(/\s+/u).map(comparable);
  const tokens = text.split(' ');
  for (let k = 0; k < wanted.length; k++) {
    const token = tokens[k];
    if (token === undefined) return undefined;
    const bare = token.replace(/[:：]$/u, '');
    if (comparable(bare) !== wanted[k]) return undefined;
    if (bare !== token && k < wanted.length - 1) return undefined;
  }
  let rest = tokens.slice(wanted.length).join(' ');
  let colon = /[:：]$/u.test(tokens[wanted.length - 1]);
  if (!colon && /^[:：]/u.test(rest)) {
    colon = true;
    rest = rest.replace(/^[:：]/u, '');
  }
  return { colon, rest };
}

/**
 * A line that is a document symbol, alone or after "United Nations" (in any official
 * language: the masthead may keep it in English): "United Nations A/RES/78/132", "A/78/459".
 * Other words before a symbol are not dropped for it: such a line is no symbol line.
 */
function symbolLine(text: string): string | undefined {
  const words = text.split(' ');
  const last = words[words.length - 1];
  const m = symbolToken.exec(last);
  if (!m || m[0] !== last) return undefined;
  const before = comparable(words.slice(0, -1).join(' '));
  const masthead = (Object.values(languageProfiles) as LanguageProfile[]).flatMap((p) => p.keywords.unitedNations.map(comparable));
  return before === '' || masthead.includes(before) ? last : undefined;
}

/** Whether the metadata already holds what a field would set. */
function fieldTaken(metadata: DocumentMetadata, field: FieldName): boolean {
  const key =
    field === 'original'
      ? 'originalLanguage'
      : field === 'contributionFrom' || field === 'reportFrom'
        ? 'submitters'
        : field === 'meeting'
          ? 'adoption'
          : field;
  return metadata[key] !== undefined;
}

function applyField(metadata: DocumentMetadata, field: FieldName, value: string, profile: LanguageProfile): void {
  switch (field) {
    case 'original':
      metadata.originalLanguage = languageNamed(value, profile) ?? value;
      return;
    case 'contributionFrom':
    case 'reportFrom':
      metadata.documentKind = field === 'reportFrom' ? 'report' : 'contribution';
      metadata.submitters = [value];
      return;
    case 'adoption':
    case 'meeting':
      metadata.adoption = value;
      return;
    default:
      metadata[field] = value;
  }
}

/** The code of a language named as after "Original:" ("بالإنكليزية", "English"). */
export function languageNamed(name: string, profile: LanguageProfile): LanguageCode | undefined {
  const wanted = comparable(name.replace(/[.\s]+$/u, '').trim());
  const codes = Object.keys(languageProfiles) as LanguageCode[];
  return codes.find((code) => profile.languageNames[code].some((n) => comparable(n) === wanted));
}
