/*
 * A document's text in one of its language versions, as the text endpoints answer it:
 * the version's words over the original's structure, the provisions awaiting translation
 * printed in the original's words with a note in the reader's language (languageEdition).
 */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LanguageEdition, awaitingTranslationNote, withAwaitingNotes } from '#libs/documents';
import {
  InterchangeDocument,
  Provision,
  ResolutionDocument,
  directionOf,
  escapeHtml,
  locateProvision,
  placesById,
  renderCleanText,
  renderHtml,
  replaceProvision,
  toInterchange,
} from '#libs/text';
import type { LanguageTextView } from '../languages/language-queries';
import { TextFormat } from './text-request';
import { Rendered, fileLabel } from './text.view';

/** A language version's text ready to render: what the query answered and the edition made of it. */
export interface LanguageTextAt {
  readonly view: LanguageTextView;
  readonly edition: LanguageEdition;
}

export class AwaitingProvisionView {
  @ApiProperty({ description: 'For links and forms, not for reading.' }) provisionId: string;
  @ApiProperty({ description: 'The label as printed in this language; empty for an unlabelled paragraph.', example: 'ب)' }) label: string;
  @ApiProperty({ description: 'The heading of its section as printed in this language; empty for UNGA paragraphs.', example: 'إذ يذكّر' })
  heading: string;
}

export class LanguageTextJsonView {
  @ApiProperty() documentId: string;
  @ApiProperty({ example: 'ar' }) language: string;
  @ApiProperty({ description: 'The negotiating language, whose structure every version follows.', example: 'en' }) originalLanguage: string;
  @ApiProperty({ example: 2 }) versionNumber: number;
  @ApiProperty({ example: 'Modified 2026' }) versionLabel: string;
  @ApiProperty({ description: 'Whether this is the working text (the latest version with the decisions since).' }) working: boolean;
  @ApiPropertyOptional({ description: 'An adopted version: whether this language was adopted provisionally and is not aligned yet.' })
  provisional?: boolean;
  @ApiProperty({
    type: [AwaitingProvisionView],
    description:
      "Provisions awaiting translation: the text holds the original's words for them until a translator records the new wording.",
  })
  awaiting: AwaitingProvisionView[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The text in the text engine's interchange format." })
  text: InterchangeDocument;
}

/** The JSON answer: where the text stands, what awaits translation (as printed), the text. */
export function languageTextJson({ view, edition }: LanguageTextAt): LanguageTextJsonView {
  const places = placesById(edition.document);
  const headings = new Map<string, string>();
  for (const section of [...edition.document.preamble, ...edition.document.operative]) {
    const walk = (p: Provision): void => {
      headings.set(p.id, section.heading);
      p.children.forEach(walk);
    };
    section.provisions.forEach(walk);
  }
  return {
    documentId: view.documentId,
    language: view.language,
    originalLanguage: edition.originalLanguage,
    versionNumber: view.versionNumber,
    versionLabel: view.versionLabel,
    working: view.working,
    ...(view.provisional !== undefined ? { provisional: view.provisional } : {}),
    awaiting: [...edition.awaiting].map((provisionId) => ({
      provisionId,
      label: places.get(provisionId)?.printedLabel ?? '',
      heading: headings.get(provisionId) ?? '',
    })),
    text: toInterchange(edition.document),
  };
}

/**
 * The HTML of the edition: each provision awaiting translation keeps the original's words,
 * marked in the original's language and direction, followed by the note in the page's
 * language, so that a reader sees at once what is not translated yet.
 */
export function languageTextHtml(edition: LanguageEdition, options: { page?: boolean } = {}): string {
  let html = renderHtml(edition.document, options);
  const note = escapeHtml(awaitingTranslationNote(edition.document.language, edition.originalLanguage));
  const lang = escapeHtml(edition.originalLanguage);
  for (const id of edition.awaiting) {
    const item = html.indexOf(`<li class="provision" data-id="${escapeHtml(id)}">`);
    if (item < 0) continue;
    const open = html.indexOf('<span class="text">', item);
    // The words are escaped and their footnote references carry no span: the next closing span ends them.
    const close = html.indexOf('</span>', open);
    if (open < 0 || close < 0) continue;
    const end = close + '</span>'.length;
    html =
      html.slice(0, open) +
      `<span class="text" lang="${lang}" dir="${directionOf(edition.originalLanguage)}">` +
      html.slice(open + '<span class="text">'.length, end) +
      ` <em class="awaiting-translation" role="note">${note}</em>` +
      html.slice(end);
  }
  return html;
}

/** The text in a language version, in the representation asked for (Word and Akoma Ntoso are answered apart). */
export function renderLanguageText(text: LanguageTextAt, format: TextFormat): Rendered {
  const { view, edition } = text;
  const language = view.language;
  if (format === 'text') return { body: renderCleanText(withAwaitingNotes(edition)), contentType: 'text/plain; charset=utf-8', language };
  if (format === 'html') return { body: languageTextHtml(edition, { page: true }), contentType: 'text/html; charset=utf-8', language };
  if (format === 'pdf')
    return {
      body: languageTextHtml(edition, { page: true }),
      contentType: 'application/pdf',
      language,
      print: true,
      filename: `${view.documentId}-${language}-${fileLabel(view.versionLabel)}.pdf`,
    };
  return { body: languageTextJson(text), language };
}

/**
 * The earlier text of a language version for a marked comparison: a provision that awaited
 * translation then, whose original did not change since, reads in the later words, so the
 * translation arriving is not marked as if the chair had changed the provision.
 */
export function settledTranslations(
  before: { readonly document: ResolutionDocument; readonly awaiting: readonly string[] },
  after: { readonly document: ResolutionDocument; readonly awaiting: readonly string[] },
  original: { readonly before: ResolutionDocument; readonly after: ResolutionDocument },
): ResolutionDocument {
  const stillAwaiting = new Set(after.awaiting);
  let document = before.document;
  for (const id of before.awaiting) {
    if (stillAwaiting.has(id)) continue;
    const was = locateProvision(original.before, id)?.provision.text;
    if (was === undefined || was !== locateProvision(original.after, id)?.provision.text) continue;
    const here = locateProvision(document, id);
    const later = locateProvision(after.document, id);
    if (!here || !later) continue;
    document = replaceProvision(document, here, { ...here.provision, text: later.provision.text, footnotes: later.provision.footnotes });
  }
  return document;
}
