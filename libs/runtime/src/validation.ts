import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ProblemException, problem } from './problem-details';

function flatten(errors: readonly ValidationError[], parent = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Validation at the edge: unknown fields are refused, and every failure is listed in one problem. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      return new ProblemException(
        problem(400, 'validation', 'Invalid request', fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; '), {
          errors: fieldErrors,
        }),
      );
    },
  });
}
