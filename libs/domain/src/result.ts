import { RefusalArgs, RefusalCode, RefusalKey, RefusalParams, renderRefusal } from '#libs/contracts';

/**
 * Why the domain refused a command: `code` is stable and mapped once to an HTTP status;
 * `key` and `params` name the reason, rendered in the reader's language; `message` is the
 * English rendering, for logs and API clients.
 */
export interface Refusal {
  readonly code: RefusalCode;
  readonly key: RefusalKey;
  readonly params: RefusalParams;
  readonly message: string;
}

export type Decision<E> = { readonly ok: true; readonly events: readonly E[] } | { readonly ok: false; readonly refusal: Refusal };

export function accept<E>(...events: E[]): Decision<E> {
  return { ok: true, events };
}

/** A refusal value, its English message rendered from the catalogue. */
export function refusalOf<K extends RefusalKey>(code: RefusalCode, key: K, ...args: RefusalArgs<K>): Refusal {
  const params: RefusalParams = args[0] ?? {};
  return { code, key, params, message: renderRefusal(key, params, 'en') ?? key };
}

export function refuse<E = never, K extends RefusalKey = RefusalKey>(code: RefusalCode, key: K, ...args: RefusalArgs<K>): Decision<E> {
  return { ok: false, refusal: refusalOf(code, key, ...args) };
}
