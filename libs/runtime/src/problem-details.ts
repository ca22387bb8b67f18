import { HttpStatus } from '@nestjs/common';
import { CommandRefusal, RefusalCode, RefusalLanguage, refusalLanguageOf, renderRefusal } from '#libs/contracts';

/** RFC 9457 problem details, with our extension members. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  /** Field-level reasons, for validation problems. */
  readonly errors?: readonly { readonly field: string; readonly message: string }[];
  readonly [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const PROBLEM_BASE = 'https://consultation-ledger.example/problems/';

/** The `type` URI of a problem, from the slug that names it. */
export function problemTypeUri(slug: string): string {
  return PROBLEM_BASE + slug;
}

/** An error that already knows the problem it stands for. */
export class ProblemException extends Error {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
  }
}

export function problem(status: number, slug: string, title: string, detail?: string, extra: Record<string, unknown> = {}): ProblemDetails {
  return { type: problemTypeUri(slug), title, status, ...(detail ? { detail } : {}), ...extra };
}

const REFUSAL_STATUS: Record<RefusalCode, { status: number; title: Record<RefusalLanguage, string> }> = {
  'already-exists': { status: HttpStatus.CONFLICT, title: { en: 'Already exists', ar: 'موجود من قبل' } },
  'not-found': { status: HttpStatus.NOT_FOUND, title: { en: 'Not found', ar: 'غير موجود' } },
  invalid: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: { en: 'Refused by the rules of the consultation', ar: 'رفضته قواعد المشاورة' },
  },
  'not-allowed': { status: HttpStatus.FORBIDDEN, title: { en: 'Not allowed', ar: 'غير مسموح' } },
  'wrong-phase': { status: HttpStatus.CONFLICT, title: { en: 'Not in this phase', ar: 'ليس في هذه المرحلة' } },
  conflict: { status: HttpStatus.CONFLICT, title: { en: 'Conflicting change', ar: 'تغيير متعارض' } },
  'precondition-failed': { status: HttpStatus.PRECONDITION_FAILED, title: { en: 'Changed meanwhile', ar: 'تغيّر في الأثناء' } },
  'idempotency-key-reused': {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: { en: 'Idempotency key reused', ar: 'أُعيد استعمال مفتاح منع التكرار' },
  },
};

/**
 * The one place where a domain refusal becomes an HTTP problem: `detail` in the language
 * Accept-Language prefers (Arabic or English; any other gets English), and the refusal's
 * `key` and `params` as extension members for clients that render it themselves. A refusal
 * recorded before keys existed keeps its English message.
 */
export function refusalProblem(refusal: CommandRefusal, acceptLanguage?: string): ProblemDetails {
  const language = refusalLanguageOf(acceptLanguage);
  const { status, title } = REFUSAL_STATUS[refusal.code];
  const detail = (refusal.key && renderRefusal(refusal.key, refusal.params, language)) || refusal.message;
  const extra = refusal.key ? { key: refusal.key, params: refusal.params ?? {}, language } : {};
  return problem(status, refusal.code, title[language], detail, extra);
}
