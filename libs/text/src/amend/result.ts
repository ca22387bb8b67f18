import { ResolutionDocument } from '../model';
import { citeProvision } from '../render/citation';
import { AmendmentRefusalKey, AmendmentRefusalParams, amendmentRefusalMessageEn } from './refusal-messages';

/** A value or the reason it could not be produced: refusals travel as values, never as thrown strings. */
export type Result<T, R> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: R };

export function success<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function failure<R>(refusal: R): { readonly ok: false; readonly refusal: R } {
  return { ok: false, refusal };
}

export type AmendmentRefusalCode =
  | 'unknown-provision'
  | 'unknown-section'
  | 'unknown-footnote'
  | 'stale-target'
  | 'duplicate-id'
  | 'invalid-range'
  | 'words-not-found'
  | 'words-ambiguous'
  | 'invalid-position'
  | 'invalid-alternatives'
  | 'bracket-not-found'
  | 'invalid-choice'
  | 'unsettled-brackets'
  | 'conflict';

/**
 * Why an amendment could not be applied: `code` is stable, `key` and `params` are the message a
 * person reads, rendered in their language (provisions cited as printed, words quoted), and
 * `message` is that message in English, for logs and API clients.
 */
export interface AmendmentRefusal {
  readonly code: AmendmentRefusalCode;
  readonly key: AmendmentRefusalKey;
  readonly params: AmendmentRefusalParams;
  readonly message: string;
  /** The provision the message cites as `{provision}`: cited by `citedIn` once the document is known. */
  readonly provisionId?: string;
}

export function refusal(
  code: AmendmentRefusalCode,
  key: AmendmentRefusalKey,
  params: AmendmentRefusalParams = {},
  provisionId?: string,
): { readonly ok: false; readonly refusal: AmendmentRefusal } {
  return failure({
    code,
    key,
    params,
    message: amendmentRefusalMessageEn(key, params),
    ...(provisionId !== undefined ? { provisionId } : {}),
  });
}

/** A refusal with its provision cited as printed in `document` (the text it was refused on), when it names one. */
export function citedIn<R extends AmendmentRefusal>(document: ResolutionDocument, refused: R): R {
  if (refused.provisionId === undefined || refused.params.provision !== undefined) return refused;
  const provision = citeProvision(document, refused.provisionId);
  if (provision === undefined) return refused;
  const params = { ...refused.params, provision };
  return { ...refused, params, message: amendmentRefusalMessageEn(refused.key, params) };
}
