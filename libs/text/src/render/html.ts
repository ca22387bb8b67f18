import { ProvisionPlace, outlineDocument } from '../diff/outline';
import { Footnote, Provision, ResolutionDocument, Section } from '../model';
import { tokenize } from '../tokenize';
import { directionOf, escapeHtml, htmlPage } from './html-escape';

export interface HtmlOptions {
  /** A whole page (doctype, head, styles) rather than an `<article>` fragment. */
  readonly page?: boolean;
}

/**
 * The clean text of a document as HTML: title, enacting body, headings, labelled
 * provisions with their sub-items, footnote references and the footnotes at the end.
 * Every piece of document text is escaped; `lang` and `dir` follow the document.
 */
export function renderHtml(doc: ResolutionDocument, options: HtmlOptions = {}): string {
  const places = new Map(outlineDocument(doc).map((place) => [place.provision.id, place]));
  const footnotes: { number: number; footnote: Footnote }[] = [];
  const provision = (item: Provision): string => {
    const place = places.get(item.id) as ProvisionPlace;
    const refs = item.footnotes.map((footnote) => {
      const number = footnotes.push({ number: footnotes.length + 1, footnote });
      return {
        anchor: footnote.anchor,
        html: `<sup class="footnote-ref"><a href="#fn-${number}" id="fnref-${number}">${number}</a></sup>`,
      };
    });
    const label = place.printedLabel === '' ? '' : `<span class="label">${escapeHtml(place.printedLabel)}</span> `;
    const children = item.children.length === 0 ? '' : `\n<ol class="provisions">\n${item.children.map(provision).join('\n')}\n</ol>`;
    return `<li class="provision" data-id="${escapeHtml(item.id)}">${label}<span class="text">${withFootnoteRefs(item.text, refs)}</span>${children}</li>`;
  };
  const section = (part: string, item: Section): string => {
    const heading = item.heading === '' ? '' : `<h2 class="heading">${escapeHtml(item.heading)}</h2>\n`;
    return `<section class="section ${part}" data-id="${escapeHtml(item.id)}">\n${heading}<ol class="provisions">\n${item.provisions.map(provision).join('\n')}\n</ol>\n</section>`;
  };

  const parts = (['preamble', 'operative'] as const).flatMap((part) => doc[part].map((item) => section(part, item)));
  const notes =
    footnotes.length === 0
      ? ''
      : `\n<aside class="footnotes">\n<ol class="footnotes">\n${footnotes
          .map(
            ({ number, footnote }) =>
              `<li id="fn-${number}" data-id="${escapeHtml(footnote.id)}"><a href="#fnref-${number}">${number}</a> ${escapeHtml(footnote.text)}</li>`,
          )
          .join('\n')}\n</ol>\n</aside>`;
  const lang = escapeHtml(doc.language);
  // ITU texts print "(adopted at ...)" under the title; UNGA texts close with the meeting and date.
  const adoption = doc.metadata.adoption ? escapeHtml(doc.metadata.adoption).replace(/\n/gu, '<br>') : '';
  const article =
    `<article class="resolution" lang="${lang}" dir="${directionOf(doc.language)}">\n` +
    `<h1 class="title">${escapeHtml(doc.title)}</h1>\n` +
    (adoption && doc.style === 'itu' ? `<p class="adoption">(${adoption})</p>\n` : '') +
    (doc.body === '' ? '' : `<p class="body">${escapeHtml(doc.body)}</p>\n`) +
    parts.join('\n') +
    (adoption && doc.style === 'unga' ? `\n<p class="adoption">${adoption}</p>` : '') +
    notes +
    `\n</article>`;
  return options.page ? htmlPage(article, doc.language, doc.title) : article;
}

/**
 * The escaped text with footnote references where their markers stand: after the
 * `anchor`-th word, words being what spaces separate (as the importer counts them), or
 * at the end.
 */
export function withFootnoteRefs(text: string, refs: readonly { anchor?: number; html: string }[]): string {
  if (refs.every((ref) => ref.anchor === undefined)) return escapeHtml(text) + refs.map((ref) => ref.html).join('');
  const tokens = tokenize(text);
  let html = '';
  let words = 0;
  const placeAt = (count: number) => refs.filter((ref) => ref.anchor === count).forEach((ref) => (html += ref.html));
  placeAt(0);
  tokens.forEach((token, i) => {
    html += escapeHtml(token.text);
    const next = tokens[i + 1];
    if (token.kind !== 'space' && (next === undefined || next.kind === 'space')) placeAt(++words);
  });
  refs.filter((ref) => ref.anchor === undefined || ref.anchor > words).forEach((ref) => (html += ref.html));
  return html;
}
