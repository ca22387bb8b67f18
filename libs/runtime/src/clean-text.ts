import { Transform } from 'class-transformer';
import { ValidationArguments, registerDecorator } from 'class-validator';
import { TextKind, checkText } from '#libs/security';

/**
 * Why a text is refused by the input policy (libs/security), naming the character and
 * where it stands; undefined when it is clean. Prose unless another kind is named.
 */
export function textProblem(text: string, kind: TextKind = 'prose'): string | undefined {
  return checkText(text, kind)?.message;
}

/**
 * A human text field: trimmed and normalised to NFC, then refused if it breaks the input
 * policy for its kind (prose by default): bidi controls, invisible format characters, control
 * characters, lone surrogates; for a symbol, also a mix of Latin, Cyrillic and Greek letters.
 */
export function CleanText(kind: TextKind = 'prose'): PropertyDecorator {
  return (target, propertyKey) => {
    Transform(({ value }) => (typeof value === 'string' && checkText(value, kind) === undefined ? value.normalize('NFC').trim() : value))(
      target,
      propertyKey,
    );
    registerDecorator({
      name: 'cleanText',
      target: target.constructor,
      propertyName: propertyKey as string,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || checkText(value, kind) === undefined,
        defaultMessage: (args: ValidationArguments) =>
          `${args.property} ${checkText(String(args.value), kind)?.message ?? 'is not a clean text'}`,
      },
    });
  };
}
