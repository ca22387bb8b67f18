/** How an adoption prints its designation, title and adoption line in each language version in step. */
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ValidationArguments, registerDecorator } from 'class-validator';
import { UN_LANGUAGES } from '#libs/contracts';
import { checkText } from '#libs/security';

const FIELDS = { number: 200, title: 1000, adoptionLine: 500 } as const;
type Field = keyof typeof FIELDS;

export class PrintedAdoptionDto {
  @ApiPropertyOptional({ example: 'القرار 1334 (المعدَّل في 2026)', description: 'The designation as printed in that language.' })
  number?: string;

  @ApiPropertyOptional({ description: "The subject in that language, without the number. Absent: the version's subject." })
  title?: string;

  @ApiPropertyOptional({
    example: 'اعتُمد في الجلسة العامة السابعة',
    description: 'The adoption line in that language, without parentheses.',
  })
  adoptionLine?: string;
}

/** Why a `printedIn` value is refused, or undefined: UN languages only, each with known fields of clean text. */
export function printedInProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object by language';
  for (const [language, printed] of Object.entries(value)) {
    if (!(UN_LANGUAGES as readonly string[]).includes(language)) return `${language} is not a UN language code`;
    if (typeof printed !== 'object' || printed === null || Array.isArray(printed)) return `${language} must be an object`;
    const entries = Object.entries(printed as Record<string, unknown>);
    if (entries.length === 0) return `${language} gives nothing: number, title or adoptionLine`;
    for (const [field, text] of entries) {
      if (!(field in FIELDS)) return `${language}.${field} is not number, title or adoptionLine`;
      if (typeof text !== 'string' || !text.trim()) return `${language}.${field} must be a non-empty string`;
      if (text.length > FIELDS[field as Field]) return `${language}.${field} is longer than ${FIELDS[field as Field]} characters`;
      const problem = checkText(text, 'prose');
      if (problem) return `${language}.${field} ${problem.message}`;
    }
  }
  return undefined;
}

/** Each text of `printedIn` trimmed and NFC-normalised once it is clean; then validated by `printedInProblem`. */
export function PrintedInLanguages(): PropertyDecorator {
  return (target, propertyKey) => {
    Transform(({ value }) =>
      printedInProblem(value) === undefined
        ? Object.fromEntries(
            Object.entries(value as Record<string, Record<string, string>>).map(([language, printed]) => [
              language,
              Object.fromEntries(Object.entries(printed).map(([field, text]) => [field, text.normalize('NFC').trim()])),
            ]),
          )
        : value,
    )(target, propertyKey);
    registerDecorator({
      name: 'printedIn',
      target: target.constructor,
      propertyName: propertyKey as string,
      validator: {
        validate: (value: unknown) => value === undefined || printedInProblem(value) === undefined,
        defaultMessage: (args: ValidationArguments) => `${args.property}: ${printedInProblem(args.value) ?? 'is not valid'}`,
      },
    });
  };
}
