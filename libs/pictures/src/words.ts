/**
 * The words of a picture in the page's language: a message of the interface's catalogue by
 * its key, placeholders filled. The pictures name their keys ("pictures.…", "category.…",
 * "region.…", "phase.…"); the catalogues live with the interface's (libs/web).
 */
export type PictureWords = (key: string, parameters?: Readonly<Record<string, string | number>>) => string;

/** The page's language and its words. */
export interface PictureLanguage {
  readonly locale: string;
  readonly direction: 'rtl' | 'ltr';
  readonly t: PictureWords;
}

/** A rate as a whole percentage ("67%"), or the dash of "nothing decided". */
export function percentage(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}
