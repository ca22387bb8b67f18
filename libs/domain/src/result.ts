import { RefusalCode } from '#libs/contracts';

/** Why the domain refused a command; `code` is stable and mapped once to an HTTP status. */
export interface Refusal {
  readonly code: RefusalCode;
  readonly message: string;
}

export type Decision<E> = { readonly ok: true; readonly events: readonly E[] } | { readonly ok: false; readonly refusal: Refusal };

export function accept<E>(...events: E[]): Decision<E> {
  return { ok: true, events };
}

export function refuse<E = never>(code: RefusalCode, message: string): Decision<E> {
  return { ok: false, refusal: { code, message } };
}
