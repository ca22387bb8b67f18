/** What a text query answers: the text, or why there is none to give (404) or the question does not hold (400). */
export type TextAnswer<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly status: 400 | 404; readonly detail: string };

export function answered<T>(value: T): TextAnswer<T> {
  return { ok: true, value };
}

export function notFound<T>(detail: string): TextAnswer<T> {
  return { ok: false, status: 404, detail };
}

export function badRequest<T>(detail: string): TextAnswer<T> {
  return { ok: false, status: 400, detail };
}

/** The wording of every "not (yet) there", so that it reads the same on each read endpoint. */
export function noDocument(documentId: string): string {
  return `No document ${documentId} (yet: what was just recorded appears once projected).`;
}
