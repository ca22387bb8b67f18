import { AmendmentOperation } from '#libs/text';
import { ProblemException, problem } from '#libs/runtime';
import { CommandRequest } from '../commands/command-sender';
import { parseAmendmentOperation } from './amendment-operation';

/**
 * Reads an operation from the body, or answers 400 naming each wrong field, or 422 when
 * well-formed fields do not match the text (quoted words absent or ambiguous).
 */
export function operationFrom(value: unknown, field: string, context: CommandRequest): AmendmentOperation {
  const {
    operation,
    errors,
    refusals = [],
  } = parseAmendmentOperation(value, field, (purpose) => `p-${context.newId(purpose ? `${field}.${purpose}` : field).slice(0, 8)}`);
  if (errors.length > 0) {
    throw new ProblemException(
      problem(400, 'validation', 'Invalid request', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors }),
    );
  }
  if (!operation) {
    throw new ProblemException(
      problem(422, 'invalid', 'Refused by the rules of the consultation', refusals.map((e) => `${e.field}: ${e.message}`).join('; '), {
        errors: refusals,
      }),
    );
  }
  return operation;
}
