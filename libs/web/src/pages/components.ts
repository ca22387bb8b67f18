import { randomBytes } from 'node:crypto';
import { formatDate, formatDateTime } from '../format';
import { Html, HtmlPart, attr, escapeHtml, html } from '../html';
import { directionOf } from '../i18n/locale';
import { Translate, isMessageKey } from '../i18n/translate';
import { PartyModel } from '../models';
import { PageContext } from './context';

/** The words of a value of the field (a phase, a status, a role, a category): from the catalogue when it has them, else the value itself. */
export function term(
  t: Translate,
  group:
    | 'role'
    | 'phase'
    | 'status'
    | 'contributionStatus'
    | 'category'
    | 'region'
    | 'ruling'
    | 'historyKind'
    | 'relation'
    | 'language'
    | 'effect'
    | 'searchKind',
  value: string,
): string {
  const key = `${group}.${value}`;
  return isMessageKey(key) ? t(key) : value;
}

/**
 * The hidden fields every form posts back: the token against cross-site requests, and the
 * idempotency key that makes a form sent twice (a double click, a reload) record once.
 */
export function csrfField(ctx: PageContext, key: string = randomBytes(16).toString('hex')): Html {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="key" value="${key}">`;
}

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/** Whether a typed text has a letter that reads in the direction given (an Arabic text may start with "WSIS+20"). */
export function hasLetterOf(direction: 'rtl' | 'ltr', text: string): boolean {
  return [...text.matchAll(/\p{L}/gu)].some(([letter]) => RTL_LETTER.test(letter) === (direction === 'rtl'));
}

/**
 * Text in a known language: marked with it and its direction, whatever the interface's. A typed
 * text with no letter of its declared language's direction (an English purpose on a cover
 * declared Arabic) is not in that language: it is isolated, its direction its own (dir="auto").
 */
export function inLanguage(language: string, text: HtmlPart, tag: 'span' | 'p' | 'div' | 'h1' | 'h2' | 'h3' = 'span'): Html {
  if (typeof text === 'string' && /\p{L}/u.test(text) && !hasLetterOf(directionOf(language), text))
    return new Html(`<${tag} dir="auto">${html`${text}`.markup}</${tag}>`);
  return new Html(`<${tag} lang="${escapeHtml(language)}" dir="${directionOf(language)}">${html`${text}`.markup}</${tag}>`);
}

/**
 * Text of unknown language or direction (a name, a meeting, a symbol, quoted words): isolated
 * so it cannot reorder the line around it, the one way the pages embed a run of the other
 * direction. A document's symbol ("C26/WG-WSIS/12") is also kept on one line.
 */
export function bidi(text: string, kind?: 'symbol'): Html {
  return kind === 'symbol' ? html`<bdi class="symbol">${text}</bdi>` : html`<bdi>${text}</bdi>`;
}

/** The same isolation for text that cannot carry markup (an attribute a script shows, a title): between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE. */
export function bidiText(text: string): string {
  return `\u2068${text}\u2069`;
}

export function dateTime(ctx: PageContext, iso: string): Html {
  return html`<time datetime="${iso}">${formatDateTime(ctx.locale, iso)}</time>`;
}

export function date(ctx: PageContext, day: string): Html {
  return html`<time datetime="${day}">${formatDate(ctx.locale, day)}</time>`;
}

/** The sign beside an amendment's status word, so that colour is never the only sign. */
export const STATUS_ICONS: Readonly<Record<string, string>> = {
  pending: '…',
  accepted: '✓',
  'accepted-as-modified': '✓',
  merged: '⇉',
  rejected: '✗',
  deferred: '⏸',
  withdrawn: '↩',
};

/**
 * An amendment's status: an icon and a word, so that colour is never the only sign. A label,
 * not a control: plain text with a rule at its start (no rounded box or shadow that reads as a
 * button), never focusable, in colours of at least 4.5:1 on the page.
 */
export function statusBadge(t: Translate, status: string): Html {
  return html`<span class="status status-${status}"><span aria-hidden="true">${STATUS_ICONS[status] ?? '•'}</span> ${term(t, 'status', status)}</span>`;
}

/** The separator of a list of names in the interface language: the Arabic comma in Arabic. */
export function comma(ctx: PageContext): string {
  return ctx.locale === 'ar' ? '، ' : ', ';
}

/** Names, each isolated from the text around it, separated as the interface language separates them. */
export function names(ctx: PageContext, list: readonly string[]): Html {
  return html`${list.map((name, i) => html`${i > 0 ? comma(ctx) : ''}<bdi>${name}</bdi>`)}`;
}

export function parties(list: readonly PartyModel[], ctx?: PageContext): Html {
  return html`${list.map((party, i) => html`${i > 0 ? (ctx ? comma(ctx) : ', ') : ''}<bdi>${party.name}</bdi>`)}`;
}

interface FieldOptions {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value?: string;
  readonly required?: boolean;
  readonly hint?: string;
  /** The language of what is typed, when it is a text of the document. */
  readonly lang?: string;
  readonly type?: 'text' | 'date' | 'password';
  readonly autocomplete?: string;
  readonly rows?: number;
  readonly readonly?: boolean;
  readonly extra?: Html;
}

function described(options: FieldOptions): Html {
  return options.hint ? html` aria-describedby="${options.id}-hint"` : html``;
}

function languageAttributes(lang: string | undefined): Html {
  return lang ? html` lang="${lang}" dir="${directionOf(lang)}"` : html` dir="auto"`;
}

export function textField(options: FieldOptions): Html {
  return html`<label for="${options.id}">${options.label}</label>
${options.hint ? html`<p class="hint" id="${options.id}-hint">${options.hint}</p>` : ''}
<input type="${options.type ?? 'text'}" id="${options.id}" name="${options.name}" value="${options.value ?? ''}"${attr('required', options.required)}${described(options)}${languageAttributes(options.lang)}${
    options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''
  }${options.extra ?? ''}>`;
}

export function textArea(options: FieldOptions): Html {
  return html`<label for="${options.id}">${options.label}</label>
${options.hint ? html`<p class="hint" id="${options.id}-hint">${options.hint}</p>` : ''}
<textarea id="${options.id}" name="${options.name}" rows="${options.rows ?? 3}"${attr('required', options.required)}${attr('readonly', options.readonly)}${described(options)}${languageAttributes(options.lang)}${options.extra ?? ''}>${options.value ?? ''}</textarea>`;
}

export function selectField(
  options: FieldOptions & { readonly choices: readonly { readonly value: string; readonly label: string; readonly lang?: string }[] },
): Html {
  return html`<label for="${options.id}">${options.label}</label>
${options.hint ? html`<p class="hint" id="${options.id}-hint">${options.hint}</p>` : ''}
<select id="${options.id}" name="${options.name}"${attr('required', options.required)}${described(options)}>${options.choices.map(
    (choice) =>
      html`<option value="${choice.value}"${attr('selected', choice.value === options.value)}${choice.lang ? html` lang="${choice.lang}"` : ''}>${choice.label}</option>`,
  )}</select>`;
}

/** A group of radio buttons or check boxes, under a legend. */
export function choiceGroup(options: {
  readonly legend: string;
  readonly name: string;
  readonly type: 'radio' | 'checkbox';
  readonly idPrefix: string;
  readonly choices: readonly { readonly value: string; readonly label: HtmlPart; readonly checked?: boolean }[];
  readonly required?: boolean;
  readonly hint?: string;
}): Html {
  return html`<fieldset><legend>${options.legend}</legend>${options.hint ? html`<p class="hint">${options.hint}</p>` : ''}${options.choices.map(
    (choice, i) =>
      html`<div class="choice"><input type="${options.type}" id="${options.idPrefix}-${i}" name="${options.name}" value="${choice.value}"${attr('checked', choice.checked)}${attr(
        'required',
        options.required && options.type === 'radio',
      )}><label for="${options.idPrefix}-${i}" class="choice-label">${choice.label}</label></div>`,
  )}</fieldset>`;
}

export function submitButton(label: string, options: { name?: string; value?: string; secondary?: boolean } = {}): Html {
  return html`<button type="submit"${options.name ? html` name="${options.name}" value="${options.value ?? ''}"` : ''}${options.secondary ? html` class="secondary"` : ''}>${label}</button>`;
}

/** A definition list of facts: term, then value. */
export function facts(rows: readonly (readonly [string, HtmlPart] | false | undefined)[]): Html {
  return html`<dl class="facts">${rows.map((row) => (row ? html`<dt>${row[0]}</dt><dd>${row[1]}</dd>` : ''))}</dl>`;
}

/** Links to download what the page shows as files (Word). */
export function downloadLinks(links: readonly { readonly href: string; readonly label: string }[]): Html {
  return html`<p class="downloads">${links.map((link, i) => html`${i > 0 ? ' · ' : ''}<a href="${link.href}" download>${link.label}</a>`)}</p>`;
}
