import { ProblemException, problem } from '#libs/runtime';
import { InterchangeFormatError } from '#libs/text';
import { fromAcceptLanguage, interchangeProblemText } from '#libs/web';

const TITLE = { en: 'Invalid request', ar: 'طلب غير صالح' } as const;

/**
 * A value sent as `field` that is not an interchange document, as problem details: `detail` names
 * the field in words and by its JSON path, and says why, in the language Accept-Language prefers
 * among Arabic and English (`language` says which); `errors` keeps the path and the English reason.
 */
export function interchangeProblem(field: string, error: unknown, acceptLanguage?: string): ProblemException {
  if (!(error instanceof InterchangeFormatError))
    return new ProblemException(
      problem(400, 'validation', TITLE.en, `${field}: ${error instanceof Error ? error.message : String(error)}`),
    );
  const language = fromAcceptLanguage(acceptLanguage) ?? 'en';
  return new ProblemException(
    problem(400, 'validation', TITLE[language], interchangeProblemText(field, error, language), {
      language,
      errors: [{ field: `${field}${error.path.slice(1)}`, message: error.reason }],
    }),
  );
}
