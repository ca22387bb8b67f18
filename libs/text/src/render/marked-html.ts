import { DocumentDiff } from '../diff/document-diff';
import { WordSegment } from '../diff/word-diff';
import { directionOf, escapeHtml, htmlPage } from './html-escape';
import { MarkedDocument, MarkedFootnote, MarkedLine, MarkedProvision, MarkedSection, RevisionTag, markRevision } from './marked-model';
import { HtmlOptions } from './html';

const TAG_MEANING: Readonly<Record<Exclude<RevisionTag, ''>, string>> = { ADD: 'added', MOD: 'modified', SUP: 'suppressed' };
const CHANGE_ATTRIBUTE: Readonly<Record<RevisionTag, string>> = { ADD: 'add', MOD: 'mod', SUP: 'sup', '': 'none' };

/**
 * The marked text as HTML: added words in `<ins>`, struck words in `<del>` (underlined
 * and struck through, so colour is not needed to tell them apart), each opening with a
 * visually hidden "inserted:" or "deleted:" for screen readers; the ITU tag in the
 * margin as an `<abbr>`; `lang` and `dir` from the document. All document text is
 * escaped.
 */
export function renderMarkedHtml(diff: DocumentDiff, options: HtmlOptions = {}): string {
  const marked = markRevision(diff);
  const article = writeMarkedHtml(marked);
  return options.page ? htmlPage(article, marked.language, textOf(marked.title.words)) : article;
}

export function writeMarkedHtml(marked: MarkedDocument): string {
  const out: string[] = [];
  out.push(`<article class="marked-text" lang="${escapeHtml(marked.language)}" dir="${directionOf(marked.language)}">`);
  out.push(`<h1 class="title"${changeAttribute(marked.title)}>${tag(marked.title)}${content(marked.title)}</h1>`);
  if (marked.body.words.length > 0)
    out.push(`<p class="body"${changeAttribute(marked.body)}>${tag(marked.body)}${content(marked.body)}</p>`);
  for (const part of ['preamble', 'operative'] as const) {
    for (const section of marked.parts[part]) out.push(markedSectionHtml(part, section));
  }
  out.push('</article>');
  return out.join('\n');
}

/** One section of a marked text: its heading (tagged when it changed) and its provisions. */
export function markedSectionHtml(part: string, section: MarkedSection): string {
  const heading =
    section.words.length === 0 && section.tag === '' ? '' : `<h2 class="heading">${tag(section)}${content(section)}${note(section)}</h2>\n`;
  return (
    `<section class="section ${part}" data-id="${escapeHtml(section.id)}"${changeAttribute(section)}>\n${heading}` +
    `<ol class="provisions">\n${section.provisions.map(markedProvisionHtml).join('\n')}\n</ol>\n</section>`
  );
}

/** One provision of a marked text, with its tag, footnotes and sub-items. */
export function markedProvisionHtml(provision: MarkedProvision): string {
  const label = provision.label.length === 0 ? '' : `<span class="label">${segments(provision.label)}</span> `;
  const words = `<span class="text">${segments(provision.words)}</span>`;
  const body = provision.whole === undefined ? `${label}${words}` : wrap(provision.whole, `${label}${words}`);
  const footnotes =
    provision.footnotes.length === 0 ? '' : `\n<ol class="footnotes">\n${provision.footnotes.map(footnoteHtml).join('\n')}\n</ol>`;
  const children =
    provision.children.length === 0 ? '' : `\n<ol class="provisions">\n${provision.children.map(markedProvisionHtml).join('\n')}\n</ol>`;
  return `<li class="provision" data-id="${escapeHtml(provision.id)}"${changeAttribute(provision)}>${tag(provision)}${body}${note(provision)}${footnotes}${children}</li>`;
}

function footnoteHtml(footnote: MarkedFootnote): string {
  const marker = `<span class="footnote-id">[${escapeHtml(footnote.id)}]</span> `;
  const body =
    footnote.whole === undefined ? `${marker}${segments(footnote.words)}` : wrap(footnote.whole, `${marker}${segments(footnote.words)}`);
  return `<li class="footnote" data-id="${escapeHtml(footnote.id)}"${changeAttribute(footnote)}>${tag(footnote)}${body}</li>`;
}

function content(line: MarkedLine): string {
  return line.whole === undefined ? segments(line.words) : wrap(line.whole, segments(line.words));
}

function segments(words: readonly WordSegment[]): string {
  return words
    .map((segment) => (segment.kind === 'equal' ? escapeHtml(segment.text) : wrap(segment.kind, escapeHtml(segment.text))))
    .join('');
}

function wrap(kind: 'insert' | 'delete', html: string): string {
  if (html === '') return '';
  return kind === 'insert'
    ? `<ins><span class="visually-hidden" lang="en">inserted: </span>${html}</ins>`
    : `<del><span class="visually-hidden" lang="en">deleted: </span>${html}</del>`;
}

function tag(line: MarkedLine): string {
  return line.tag === '' ? '' : `<abbr class="tag" lang="en" title="${TAG_MEANING[line.tag]}">${line.tag}</abbr> `;
}

function note(line: MarkedLine): string {
  return line.note === undefined ? '' : ` <span class="note">(${escapeHtml(line.note)})</span>`;
}

function changeAttribute(line: MarkedLine): string {
  return line.tag === '' ? '' : ` data-change="${CHANGE_ATTRIBUTE[line.tag]}"`;
}

function textOf(words: readonly WordSegment[]): string {
  return words
    .filter((segment) => segment.kind !== 'delete')
    .map((segment) => segment.text)
    .join('');
}
