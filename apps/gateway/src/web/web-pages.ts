import type { Request, Response } from 'express';
import { MessageKey, Notice, PageContext, isMessageKey } from '#libs/web';
import { RefusalParams, refusalLanguageOf, renderRefusal } from '#libs/contracts';
import { FormBody } from './form-bodies';
import { notFound } from './web-errors';
import { WebReads } from './web-reads';
import { DOCX_MEDIA_TYPE, attachmentDisposition } from '#libs/documents';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOTICES = [
  'signedOut',
  'contributionSubmitted',
  'amendmentProposed',
  'conflicts',
  'phaseChanged',
  'ruled',
  'merged',
  'settled',
  'adopted',
  'statusesRecorded',
  'meetingRegistered',
  'revised',
  'silenceStarted',
  'silenceExtended',
  'silenceBroken',
  'inputSubmitted',
  'sittingKept',
  'amendmentCoSponsored',
  'amendmentWithdrawn',
  'amendmentRevised',
  'contributionWithdrawn',
  'contributionRevised',
  'languageAdded',
  'translationRecorded',
] as const;

/** An id in a page's address: a UUID, or the page does not exist. */
export function idParameter(value: string): string {
  if (!UUID.test(value)) throw notFound();
  return value;
}

/** A form's field as one text ('' when absent; the first when repeated). */
export function field(form: FormBody, name: string): string {
  const value = form[name];
  return typeof value === 'string' ? value : Array.isArray(value) ? (value[0] ?? '') : '';
}

/** A repeated field's values (check boxes, the drafted amendments). */
export function fields(form: FormBody, name: string): string[] {
  const value = form[name];
  return typeof value === 'string' ? [value] : Array.isArray(value) ? [...value] : [];
}

export function sendPage(response: Response, page: string, status = 200): void {
  response.status(status).type('text/html; charset=utf-8').send(page);
}

/** A Word download from a page: an attachment with its name and the language of its text. */
export function sendWordFile(
  response: Response,
  file: { readonly bytes: Uint8Array; readonly fileName: string; readonly language: string },
): void {
  response
    .status(200)
    .setHeader('Content-Type', DOCX_MEDIA_TYPE)
    .setHeader('Content-Disposition', attachmentDisposition(file.fileName))
    .setHeader('Content-Language', file.language)
    .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}

/** After a post: the page to see the result on, with what was done and where the log stood (PRG). */
export function redirectAfter(
  response: Response,
  path: string,
  notices: readonly (typeof NOTICES)[number][],
  position?: number,
  anchor?: string,
): void {
  const url = new URL(path, 'http://page.invalid');
  if (notices.length > 0) url.searchParams.set('notice', notices.join(','));
  if (position !== undefined) url.searchParams.set('after', String(position));
  response.redirect(303, `${url.pathname}${url.search}${anchor ? `#${anchor}` : ''}`);
}

/**
 * The notices a page shows after a redirect: what was done (named in its address, from a
 * fixed list) and, when the read models have not caught up with what was recorded yet, a
 * word that it is on its way. The page waits a moment for them first.
 */
export async function noticesAfter(request: Request, ctx: PageContext, reads: WebReads): Promise<Notice[]> {
  const notices: Notice[] = [];
  const named = typeof request.query.notice === 'string' ? request.query.notice.split(',') : [];
  for (const name of named) {
    const key = `notice.${name}`;
    if ((NOTICES as readonly string[]).includes(name) && isMessageKey(key))
      notices.push({ kind: name === 'conflicts' ? 'info' : 'success', text: ctx.t(key as MessageKey) });
  }
  const after = typeof request.query.after === 'string' && /^\d{1,15}$/.test(request.query.after) ? Number(request.query.after) : undefined;
  if (after !== undefined && !(await reads.caughtUp(after))) notices.push({ kind: 'info', text: ctx.t('notice.stillProjecting') });
  return notices;
}

/** A refusal of the write side as the page shows it: in the interface language, with the rule's own words. */
export function refusalNotice(ctx: PageContext, refusal: { code: string; detail: string; key?: string; params?: RefusalParams }): Notice {
  const key = `refusal.${refusal.code}`;
  const text = isMessageKey(key) ? ctx.t(key as MessageKey) : ctx.t('error.badRequest');
  const inPageLanguage = refusal.key ? renderRefusal(refusal.key, refusal.params, ctx.locale) : undefined;
  return inPageLanguage
    ? { kind: 'error', text, detail: inPageLanguage, detailLanguage: refusalLanguageOf(ctx.locale) }
    : { kind: 'error', text, detail: refusal.detail };
}
