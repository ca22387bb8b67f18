/**
 * What the people of a test typed or imported: every free-text value the test sent to the
 * service, through the API (the secretariat registering names and documents) or through a form
 * in the browser (a cover, a meeting, a reason). A page may show these in whatever script they
 * were written in; the interface around them must be in the reader's language.
 *
 * Only values that read as text count: with a space, a capital or a slash ("Arab Republic of
 * Egypt", "C26/WG-WSIS/12", "WSIS+20"), and the account names of a consultation's chairs, which
 * are the only names a chair has. A bare lower-case token ("egypt", "op-1-1", "accepted",
 * "chair") is an identifier or a choice from a list, which a page must name in words.
 */
const typedWords = new Set<string>();
const NAMES_HOWEVER_WRITTEN = new Set(['chairs']);

/** A Latin-script word, as the page text check splits text (with the marks that belong to symbols). */
export const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*(?:[-_.+/&'][A-Za-z0-9]+)*\+?/gu;

const READS_AS_TEXT = /\s|[A-Z]|\//u;

/** Records every free-text string in a value sent to the service (a JSON body or a form's fields). */
export function recordTyped(value: unknown, isName = false, depth = 0): void {
  // The security tests send bodies nested thousands deep; nothing a page shows is that deep.
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    if (isName || READS_AS_TEXT.test(value)) for (const word of value.match(LATIN_WORD) ?? []) typedWords.add(word);
  } else if (Array.isArray(value)) value.forEach((item) => recordTyped(item, isName, depth + 1));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) recordTyped(item, NAMES_HOWEVER_WRITTEN.has(key), depth + 1);
}

const MAX_DEPTH = 32;

/** Records the fields of a form body the browser posted, URL-encoded or multipart (of a file, its name). */
export function recordTypedForm(contentType: string, body: string): void {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/u.exec(contentType);
  if (!boundary) {
    for (const [, value] of new URLSearchParams(body)) recordTyped(value);
    return;
  }
  for (const part of body.split(`--${boundary[1] ?? boundary[2]}`)) {
    const [head, ...value] = part.split('\r\n\r\n');
    // A file's name is typed by its person; its bytes are not text.
    const file = /\bfilename="([^"]*)"/iu.exec(head);
    if (file) recordTyped(file[1], true);
    else if (/content-disposition:[^\r]*\bname=/iu.test(head)) recordTyped(value.join('\r\n\r\n').replace(/\r\n$/u, ''));
  }
}

/** Whether a Latin word (or, when `cut`, the start of one) is part of what a person typed or imported in this test. */
export function wasTyped(word: string, cut = false): boolean {
  return typedWords.has(word) || (cut && [...typedWords].some((typed) => typed.startsWith(word)));
}
