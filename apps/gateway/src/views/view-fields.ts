/*
 * What the workflow's queries answer: plain JSON (camelCase fields, dates as ISO 8601
 * strings, texts in the text engine's interchange format), one class per shape so the
 * controllers can name them in OpenAPI. The handlers return plain objects of these shapes.
 * These are the OpenAPI descriptions of the fields the views of several features share.
 */

export const INTERCHANGE = {
  type: 'object',
  additionalProperties: true,
  description: "The text in the text engine's interchange format (labels written out, ids as identities).",
} as const;
export const OPERATION = {
  type: 'object',
  additionalProperties: true,
  description: 'An amendment operation of the text engine (add, modify, replaceText, suppress, move, ...).',
} as const;
export const AT = { format: 'date-time' } as const;
export const POSITION = { description: 'Global position of the last event applied to this read model.' } as const;
