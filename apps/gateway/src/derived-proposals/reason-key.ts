import { createHash } from 'node:crypto';
import { AmendmentOperation } from '#libs/text';

/**
 * What an amendment's reasons are kept under while a proposal goes from preview to submission:
 * the provision or section it amends, or for a new provision its words. The same amendments
 * derived again from the same text get the same keys, whatever new ids they were given; two
 * amendments on one provision share their reasons, as one proposal on it does in Word. Hashed:
 * the key travels in the page, which names provisions as printed, never by id.
 */
export function reasonKeyOf(operation: AmendmentOperation): string {
  return createHash('sha256').update(amendedBy(operation)).digest('base64url').slice(0, 22);
}

function amendedBy(operation: AmendmentOperation): string {
  if (operation.kind === 'addSection') return `new-section:${operation.heading.replace(/\s+/gu, ' ').trim()}`;
  if ('provisionId' in operation) return `provision:${operation.provisionId}`;
  if ('sectionId' in operation) return `section:${operation.sectionId}`;
  if (operation.kind === 'add') return `new:${operation.text.replace(/\s+/gu, ' ').trim()}`;
  const { kind, ...rest } = operation;
  return `${kind}:${JSON.stringify({ ...rest, newId: undefined })}`;
}

/** The reasons the form carries: each `reasonFor` key with the `reason` posted beside it, empty ones left out. */
export function reasonsFromForm(keys: readonly string[], texts: readonly string[]): Record<string, string> {
  const reasons: Record<string, string> = {};
  keys.forEach((key, i) => {
    const text = (texts[i] ?? '').normalize('NFC').trim();
    if (key !== '' && text !== '') reasons[key] = text;
  });
  return reasons;
}
