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

/** Why an amendment could not be applied; `code` is stable, `message` is for people. */
export interface AmendmentRefusal {
  readonly code: AmendmentRefusalCode;
  readonly message: string;
}

export function refusal(code: AmendmentRefusalCode, message: string): { readonly ok: false; readonly refusal: AmendmentRefusal } {
  return failure({ code, message });
}
