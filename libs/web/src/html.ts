/**
 * HTML as values: a template tag that escapes every interpolated text, so that a page
 * written with it cannot carry markup from a document, a name or a form field. Markup made
 * elsewhere (the text engine's renderers) enters only through `trusted`, by name.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => ENTITIES[char]);
}

/** Markup that is already safe: built by `html`, or handed over by a renderer that escapes its own text. */
export class Html {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

/** What a template may interpolate: text (escaped), markup, numbers, and lists of them; nothing for null, undefined and false. */
export type HtmlPart = Html | string | number | boolean | null | undefined | readonly HtmlPart[];

function render(part: HtmlPart): string {
  if (part === null || part === undefined || part === false || part === true) return '';
  if (part instanceof Html) return part.markup;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/** The template tag: `html\`<p>${text}</p>\`` escapes `text`. */
export function html(strings: TemplateStringsArray, ...parts: readonly HtmlPart[]): Html {
  let markup = strings[0];
  for (let i = 0; i < parts.length; i++) markup += render(parts[i]) + strings[i + 1];
  return new Html(markup);
}

/** Markup from a renderer that escapes the text it writes (the text engine's HTML renderers). */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** A boolean attribute, present or absent. */
export function attr(name: string, present: boolean | undefined): Html {
  return new Html(present ? ` ${name}` : '');
}

/** Joins parts with a separator (escaped like any text). */
export function join(parts: readonly HtmlPart[], separator: HtmlPart): Html {
  return new Html(parts.map((part, i) => (i === 0 ? '' : render(separator)) + render(part)).join(''));
}
