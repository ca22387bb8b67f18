import { ProblemException, problem } from '#libs/runtime';

/** A query or path parameter the route cannot read, and why. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** 400 problem details for a request the route cannot read, naming each wrong field. */
export function invalidRequest(detail: string, errors: readonly FieldError[] = []): ProblemException {
  return new ProblemException(problem(400, 'validation', 'Invalid request', detail, errors.length > 0 ? { errors } : {}));
}
