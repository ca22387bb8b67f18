import { HttpStatus } from '@nestjs/common';
import { RefusalCode } from '#libs/contracts';

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

const REFUSAL_STATUS: Record<RefusalCode, { status: number; title: string }> = {
  'already-exists': { status: HttpStatus.CONFLICT, title: 'Already exists' },
  'not-found': { status: HttpStatus.NOT_FOUND, title: 'Not found' },
  invalid: { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'Refused by the rules of the consultation' },
  'not-allowed': { status: HttpStatus.FORBIDDEN, title: 'Not allowed' },
  'wrong-phase': { status: HttpStatus.CONFLICT, title: 'Not in this phase' },
  conflict: { status: HttpStatus.CONFLICT, title: 'Conflicting change' },
  'precondition-failed': { status: HttpStatus.PRECONDITION_FAILED, title: 'Changed meanwhile' },
  'idempotency-key-reused': { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'Idempotency key reused' },
};

/** The one place where a domain refusal becomes an HTTP problem. */
export function refusalProblem(code: RefusalCode, message: string): ProblemDetails {
  const { status, title } = REFUSAL_STATUS[code];
  return problem(status, code, title, message);
}
