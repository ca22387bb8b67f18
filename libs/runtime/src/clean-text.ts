import { Transform } from 'class-transformer';
import { ValidationArguments, registerDecorator } from 'class-validator';

// Characters that can make a text read differently from what it is: bidi embeddings,
// overrides and isolates, zero-width characters, the BOM. Arabic text never needs them
// when it is stored with its language marked.
const DISGUISING = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Why a text is refused, naming the character and where it stands; undefined when it is clean. */
export function textProblem(text: string): string | undefined {
  const lone = LONE_SURROGATE.exec(text);
  if (lone) return `contains a lone surrogate U+${lone[0].charCodeAt(0).toString(16).toUpperCase()} at offset ${lone.index}`;
  const hidden = DISGUISING.exec(text);
  if (hidden) {
    const code = hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `contains the invisible formatting character U+${code} at offset ${hidden.index}; remove it`;
  }
  const control = CONTROL.exec(text);
  if (control) return `contains the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at offset ${control.index}`;
  return undefined;
}

/**
 * A human text field: trimmed and normalised to NFC, then refused if it carries invisible
 * bidi controls, zero-width or control characters, or lone surrogates.
 */
export function CleanText(): PropertyDecorator {
  return (target, propertyKey) => {
    Transform(({ value }) => (typeof value === 'string' && textProblem(value) === undefined ? value.normalize('NFC').trim() : value))(
      target,
      propertyKey,
    );
    registerDecorator({
      name: 'cleanText',
      target: target.constructor,
      propertyName: propertyKey as string,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || textProblem(value) === undefined,
        defaultMessage: (args: ValidationArguments) => `${args.property} ${textProblem(String(args.value))}`,
      },
    });
  };
}
