import type { SchemaObject } from '@nestjs/swagger';
import { problemTypeUri } from '../problem-details';
import { PROBLEM_TYPES } from './problem-types';

export const PROBLEM_SCHEMA_NAME = 'Problem';

function typeList(): string {
  return Object.entries(PROBLEM_TYPES)
    .map(([slug, doc]) => `- \`${problemTypeUri(slug)}\` (${doc.status} ${doc.title}): ${doc.when}.`)
    .join('\n');
}

/** RFC 9457 problem details as this project emits them (problem-details.ts), with its extension members. */
export function problemSchema(): SchemaObject {
  return {
    type: 'object',
    description:
      'RFC 9457 problem details: every refusal and error is answered with these, as `application/problem+json`. ' +
      'Clients branch on `type`; a type not listed here is to be handled by its status, as RFC 9457 asks.',
    required: ['type', 'title', 'status', 'instance'],
    properties: {
      type: { type: 'string', format: 'uri', description: `What went wrong, as a URI. The types this API answers:\n${typeList()}` },
      title: { type: 'string', description: 'A short summary of the problem type; the same for every occurrence of it.' },
      status: { type: 'integer', minimum: 400, maximum: 599, description: 'The HTTP status code, repeated.' },
      detail: {
        type: 'string',
        description:
          'What went wrong with this request, for a person to read; a refusal of the rules in the language Accept-Language prefers (Arabic or English; English otherwise).',
      },
      key: {
        type: 'string',
        description:
          "A refusal of the rules: its message's stable key (`consultation.closed`), for clients that say it in their reader's language.",
      },
      params: {
        type: 'object',
        additionalProperties: true,
        description:
          'What the refusal names: provisions cited as printed, stakeholders by name, phases, dates and languages as codes, nested messages as { key, params }.',
      },
      language: { type: 'string', enum: ['ar', 'en'], description: 'The language `detail` and `title` of a refusal are written in.' },
      instance: { type: 'string', format: 'uri-reference', description: 'The path (and query) of the request refused.' },
      errors: {
        type: 'array',
        description:
          'Validation problems (`validation`): each field refused and why; for the input policy, the character refused and its offset.',
        items: {
          type: 'object',
          required: ['field', 'message'],
          properties: {
            field: { type: 'string', description: 'The field, dotted for nested ones (`deadlines.contributions`), or the parameter.' },
            message: { type: 'string' },
            codePoint: { type: 'string', description: 'The character the input policy refuses, as U+XXXX.' },
            offset: { type: 'integer', minimum: 0, description: 'Where that character stands in the field, in UTF-16 code units.' },
          },
        },
      },
      reason: {
        type: 'string',
        description:
          'Why a bearer token was refused (`unauthorized`): malformed, expired, bad-signature, wrong-issuer, wrong-audience, unknown-key, …',
      },
      retryAfter: {
        type: 'integer',
        minimum: 0,
        description: 'Seconds to wait before trying again (`too-many-requests`); the Retry-After header says the same.',
      },
      candidates: {
        type: 'array',
        items: { type: 'string' },
        description: 'The provisions an ambiguous provision label could name (`not-found` of an audit explanation).',
      },
    },
    // RFC 9457 lets problem types add members; a client ignores those it does not know.
    additionalProperties: true,
  };
}
