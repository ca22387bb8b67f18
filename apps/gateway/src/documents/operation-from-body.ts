import { AmendmentOperation } from '#libs/text';
import { nestedMessage, refusalLanguageOf, renderRefusal } from '#libs/contracts';
import { ProblemException, problem, refusalProblem } from '#libs/runtime';
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
    const acceptLanguage = context.request.headers['accept-language'];
    const refused = refusalProblem({ code: 'invalid', message: '' }, acceptLanguage);
    const language = refusalLanguageOf(acceptLanguage);
    // The words were sought in the wording the client quotes as its base: the text itself is not read here.
    const errors = refusals.map(({ field, message, refusal }) => ({
      field,
      message: renderRefusal(refusal.key, { ...refusal.params, provision: nestedMessage('part.quotedWording') }, language) ?? message,
      key: refusal.key,
      params: refusal.params,
    }));
    throw new ProblemException(
      problem(422, 'invalid', refused.title, errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors, language }),
    );
  }
  return operation;
}
