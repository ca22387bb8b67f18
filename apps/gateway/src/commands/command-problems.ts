import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, JSON_BODY_PROBLEMS, ProblemType } from '#libs/runtime';

/**
 * What every command route can answer besides its own refusals: its role (BearerAuthGuard),
 * a malformed Idempotency-Key or If-Match (`validation`), and from the write side the role
 * check again (`not-allowed`), If-Match (`precondition-failed`), a stream too busy
 * (`conflict`), a reused idempotency key, and in the full mode the ledger service down or failing.
 */
const COMMAND_PROBLEMS = [
  ...AUTHENTICATION_PROBLEMS,
  ...JSON_BODY_PROBLEMS,
  'forbidden',
  'not-allowed',
  'conflict',
  'precondition-failed',
  'idempotency-key-reused',
  'ledger-error',
  'ledger-unavailable',
] as const satisfies readonly ProblemType[];

/** The problems of a command route: those of every command, and the refusals of its own decider (`not-found`, `invalid`, …). */
export const ApiCommandProblems = (...refusals: ProblemType[]): MethodDecorator & ClassDecorator =>
  ApiProblemResponses(...COMMAND_PROBLEMS, ...refusals);

/** The refusals of the document decider (libs/domain/src/document), which every document command goes through. */
export const DOCUMENT_REFUSALS = ['not-found', 'already-exists', 'invalid', 'wrong-phase'] as const satisfies readonly ProblemType[];
