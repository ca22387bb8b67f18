/**
 * The cover of a document in clean text: symbol, original language, submitters, title and
 * adoption, contribution fields, unrecognised cover lines and the accompanying prose, in
 * the words of the document's language (the first keyword of each list in its profile).
 */
import type { LanguageProfile } from '../languages';
import type { DocumentMetadata, LanguageCode, ResolutionDocument } from '../model';

/** Where an ITU title's designation ends and its subject begins: "Resolution 1334 (Modified 2023) — The role of ITU ...". */
export const TITLE_BREAK = ' — ';

/** Cover blocks in reading order; each block is a list of lines, blocks are separated by a blank line. */
export function coverBlocks(doc: ResolutionDocument, profile: LanguageProfile): string[][] {
  const meta = doc.metadata;
  const k = profile.keywords;
  const header = [
    meta.symbol ? symbolLine(meta.symbol, doc, profile) : undefined,
    meta.date ? `${k.date[0]}: ${meta.date}` : undefined,
    meta.originalLanguage ? `${k.original[0]}: ${languageName(meta.originalLanguage, profile)}` : undefined,
    meta.agendaItem ? `${k.agendaItem[0]}: ${meta.agendaItem}` : undefined,
  ];
  const fields: (string | undefined)[] = [
    ...field(k.priorityArea[0], meta.priorityArea),
    ...field(k.purpose[0], meta.purpose),
    ...field(k.summary[0], meta.summary),
    ...field(k.expectedResults[0], meta.expectedResults),
    ...field(k.actionRequested[0], meta.actionRequested),
    ...field(k.references[0], meta.references),
  ];
  return [present(header), meta.cover ?? [], submitterLines(meta, profile), titleLines(doc), present(fields), meta.narrative ?? []].filter(
    (block) => block.length > 0,
  );
}

function present(lines: readonly (string | undefined)[]): string[] {
  return lines.filter((l): l is string => l !== undefined && l !== '');
}

/** A field on one line ("References: ...") or, when its value has several lines, under its keyword. */
function field(keyword: string, value: string | undefined): string[] {
  if (value === undefined || value === '') return [];
  const lines = value.split('\n');
  return lines.length === 1 ? [`${keyword}: ${value}`] : [`${keyword}:`, ...lines];
}

function submitterLines(meta: DocumentMetadata, profile: LanguageProfile): string[] {
  if (!meta.submitters || meta.submitters.length === 0) return [];
  const names = meta.submitters.join(`${profile.commas[0]} `);
  if (meta.documentKind === 'report') return [`${profile.keywords.reportFrom[0]} ${names}`];
  if (meta.documentKind === 'contribution') return [`${profile.keywords.contributionFrom[0]} ${names}`];
  return [names];
}

/** ITU: designation, "(adopted at ...)", subject; UNGA: the numbered title, the adoption coming at the end. */
function titleLines(doc: ResolutionDocument): string[] {
  const breakAt = doc.title.indexOf(TITLE_BREAK);
  const [designation, subject] =
    breakAt >= 0 ? [doc.title.slice(0, breakAt), doc.title.slice(breakAt + TITLE_BREAK.length)] : [doc.title, ''];
  const adoption = doc.style === 'itu' && doc.metadata.adoption ? `(${doc.metadata.adoption})` : '';
  return present([designation, adoption, subject]);
}

/** ITU covers say "Document C23/71-E"; UN documents open with "United Nations  A/RES/78/132". */
function symbolLine(symbol: string, doc: ResolutionDocument, profile: LanguageProfile): string {
  return doc.style === 'unga' ? `${profile.keywords.unitedNations[0]}\t${symbol}` : `${profile.keywords.symbol[0]} ${symbol}`;
}

function languageName(original: string, profile: LanguageProfile): string {
  const names = profile.languageNames[original as LanguageCode];
  return names ? names[0] : original;
}
