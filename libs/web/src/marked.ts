import { DocumentDiff, WordSegment, renderMarkedText } from '#libs/text';
import { Html, escapeHtml, trusted } from './html';
import { Translate } from './i18n/translate';
import { Locale } from './i18n/locale';

/*
 * Marked text in the interface: the text engine's renderer writes the document's words in
 * <ins> and <del> (underlined, struck through) with "inserted:" / "deleted:" hidden words
 * for screen readers; here those words are put in the interface language, and the styles
 * (app.css) add a visible + or − before each change, so that neither colour nor the
 * direction of the script is needed to tell them apart.
 */

const HIDDEN_INSERTED = '<span class="visually-hidden" lang="en">inserted: </span>';
const HIDDEN_DELETED = '<span class="visually-hidden" lang="en">deleted: </span>';

/** The engine's margin tags explain themselves in English (`title="added"`); the interface explains them in its language. */
const TAG_TITLES = { ADD: 'added', MOD: 'modified', SUP: 'suppressed' } as const;

function hiddenWord(locale: Locale, word: string): string {
  return `<span class="visually-hidden" lang="${locale}">${escapeHtml(word)} </span>`;
}

/** The marked text of a whole document (a version against another) as an <article>, with the document's lang and dir. */
export function markedDocument(diff: DocumentDiff, locale: Locale, t: Translate): Html {
  let markup = renderMarkedText(diff, 'html');
  // The engine marks a footnote by its id (op-1-2-fn1); a reader knows footnotes by their number in the text.
  let footnote = 0;
  markup = markup.replace(/<span class="footnote-id">\[[^\]<]*\]<\/span>/gu, () => `<span class="footnote-id">[${++footnote}]</span>`);
  for (const [tag, title] of Object.entries(TAG_TITLES))
    markup = markup
      .split(` title="${title}">${tag}</abbr>`)
      .join(` title="${escapeHtml(t(`marks.${tag as keyof typeof TAG_TITLES}`))}">${tag}</abbr>`);
  return trusted(
    markup
      .split(HIDDEN_INSERTED)
      .join(hiddenWord(locale, t('marks.inserted')))
      .split(HIDDEN_DELETED)
      .join(hiddenWord(locale, t('marks.deleted'))),
  );
}

/** Words kept, struck and added, as the marked text shows them (for a preview or a compilation). */
export function markedWords(segments: readonly WordSegment[], locale: Locale, t: Translate): Html {
  return trusted(
    segments
      .map((segment) =>
        segment.kind === 'equal'
          ? escapeHtml(segment.text)
          : segment.kind === 'insert'
            ? `<ins>${hiddenWord(locale, t('marks.inserted'))}${escapeHtml(segment.text)}</ins>`
            : `<del>${hiddenWord(locale, t('marks.deleted'))}${escapeHtml(segment.text)}</del>`,
      )
      .join(''),
  );
}
