/** What the OpenAPI document says of one problem type: its status, its title, when it is answered. */
export interface ProblemTypeDoc {
  readonly status: number;
  readonly title: string;
  readonly when: string;
  /** The detail of the example the document shows. */
  readonly exampleDetail: string;
  /** Extension members of the example, beyond type, title, status, detail and instance. */
  readonly exampleExtra?: Readonly<Record<string, unknown>>;
}

/**
 * Every problem type this project answers, by the slug that ends its `type` URI. The titles
 * are the ones `problem()` is called with; a unit test checks each call in the sources
 * against this list, so a new type cannot reach a client undocumented.
 */
export const PROBLEM_TYPES = {
  validation: {
    status: 400,
    title: 'Invalid request',
    when: 'a field, query or path parameter or header fails validation or the input policy; `errors` names each field when there are fields to name',
    exampleDetail: 'title: title must be shorter than or equal to 300 characters',
    exampleExtra: { errors: [{ field: 'title', message: 'title must be shorter than or equal to 300 characters' }] },
  },
  'bad-request': {
    status: 400,
    title: 'Bad request',
    when: 'a path parameter is not of its kind (a UUID, a whole number)',
    exampleDetail: 'Validation failed (uuid is expected)',
  },
  'malformed-json': {
    status: 400,
    title: 'Malformed JSON',
    when: 'the request body is not valid JSON',
    exampleDetail: 'The request body is not valid JSON.',
  },
  'invalid-utf8': {
    status: 400,
    title: 'Invalid UTF-8',
    when: 'the request body is not valid UTF-8',
    exampleDetail: 'The request body is not valid UTF-8.',
  },
  'too-deep': {
    status: 400,
    title: 'Nested too deep',
    when: 'the request body nests arrays and objects deeper than the limit',
    exampleDetail: 'The request body nests arrays and objects too deep.',
  },
  'duplicate-key': {
    status: 400,
    title: 'Repeated key',
    when: 'a key is repeated in one object of the request body (a parser would keep the last one silently); `key` and `errors` name it and its JSON path',
    exampleDetail: 'The key "restricted" is repeated in one object, at restricted (byte 44).',
    exampleExtra: { key: 'restricted', errors: [{ field: 'restricted', message: 'the key "restricted" is repeated in its object' }] },
  },
  'repeated-field': {
    status: 400,
    title: 'Repeated field',
    when: 'a field of a web form that is not meant to repeat is sent more than once (answered as a page)',
    exampleDetail: 'The form field to is sent more than once.',
    exampleExtra: { field: 'to', errors: [{ field: 'to', message: 'is sent more than once' }] },
  },
  'malformed-request': {
    status: 400,
    title: 'Malformed request',
    when: "Node's HTTP parser cannot read the request: an unknown method, CR or NUL in a header value, Content-Length with Transfer-Encoding, two Content-Lengths, a folded header; the connection is closed",
    exampleDetail: 'The request is not well-formed HTTP/1.1 (its method, a header, or how its body is framed).',
  },
  'headers-too-large': {
    status: 431,
    title: 'Request headers too large',
    when: 'the request line (a long query) or the headers exceed what the server reads; the connection is closed',
    exampleDetail: 'The request line or the headers are longer than this server reads.',
  },
  'request-timeout': {
    status: 408,
    title: 'Request timeout',
    when: 'the request headers did not arrive in time; the connection is closed',
    exampleDetail: 'The request did not arrive in time.',
  },
  unauthorized: {
    status: 401,
    title: 'Unauthorized',
    when: 'no bearer token, or a refused one (`reason` says why: expired, bad-signature, wrong-audience…); WWW-Authenticate goes with it',
    exampleDetail: 'The bearer token was refused: the token has expired.',
    exampleExtra: { reason: 'expired' },
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    when: 'the token grants none of the roles the route needs',
    exampleDetail: 'This needs the role chair; the token grants stakeholder.',
  },
  restricted: {
    status: 403,
    title: 'Restricted consultation',
    when: 'the drafts read belong to a restricted consultation the actor does not take part in',
    exampleDetail:
      'Consultation 5b0f3c1e-6a43-4b8e-9d0a-1f2e3d4c5b6a is restricted: its drafts are for its participants, its chairs, the secretariat and auditors.',
  },
  'not-allowed': {
    status: 403,
    title: 'Not allowed',
    when: 'the rules of the consultation do not let this actor do this',
    exampleDetail: 'only its submitters revise or withdraw a contribution',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    when: 'what the request names does not exist, or is not projected yet',
    exampleDetail: 'No document 5b0f3c1e-6a43-4b8e-9d0a-1f2e3d4c5b6a (yet: what was just recorded appears once projected).',
  },
  'not-acceptable': {
    status: 406,
    title: 'Not acceptable',
    when: 'the Accept header allows none of the representations',
    exampleDetail: 'The Accept header allows none of the representations: application/pdf.',
  },
  'already-exists': {
    status: 409,
    title: 'Already exists',
    when: 'what the command creates exists already',
    exampleDetail: 'already a participant',
  },
  'wrong-phase': {
    status: 409,
    title: 'Not in this phase',
    when: 'the consultation is not in a phase that allows the command',
    exampleDetail: 'contributions are accepted while the consultation is open for contributions, not in negotiation',
  },
  conflict: {
    status: 409,
    title: 'Conflicting change',
    when: 'the change conflicts with another, or the stream stayed too busy to record it',
    exampleDetail: 'the provision op-3 changed meanwhile; too busy, try again',
  },
  'no-checkpoint': {
    status: 409,
    title: 'No checkpoint signed',
    when: 'no audit checkpoint could be signed (no signing key, or nothing new to sign)',
    exampleDetail: 'No checkpoint could be signed.',
  },
  'audit-unavailable': {
    status: 409,
    title: 'Audit bundle unavailable',
    when: 'the audit bundle cannot be produced (no signed checkpoint yet)',
    exampleDetail: 'no signed checkpoint yet',
  },
  'precondition-failed': {
    status: 412,
    title: 'Changed meanwhile',
    when: 'If-Match names a version the stream is no longer at',
    exampleDetail: 'document-5b0f3c1e is at version 4, not 3; reload and try again',
  },
  'body-too-large': {
    status: 413,
    title: 'Request body too large',
    when: 'the request body exceeds the configured limit',
    exampleDetail: 'The request body exceeds 1048576 bytes.',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    when: 'the request body is not JSON',
    exampleDetail: 'Send the request body as application/json.',
  },
  'upload-too-large': {
    status: 413,
    title: 'Upload too large',
    when: 'an uploaded file (a .docx) exceeds MAX_UPLOAD_BYTES',
    exampleDetail: 'The file exceeds 10485760 bytes.',
    exampleExtra: { code: 'upload-too-large' },
  },
  'not-a-zip': {
    status: 415,
    title: 'Not a Word document',
    when: 'an uploaded file is not a zip container by its bytes (a PDF or an image renamed .docx), whatever its content type',
    exampleDetail: 'The file is not a zip container, so not a Word document.',
    exampleExtra: { code: 'not-a-zip' },
  },
  'not-a-word-document': {
    status: 415,
    title: 'Not a Word document',
    when: 'an uploaded zip does not declare a WordprocessingML main part in [Content_Types].xml (a spreadsheet, a bare zip)',
    exampleDetail: 'The archive does not declare a Word document as its main part.',
    exampleExtra: { code: 'not-a-word-document' },
  },
  'too-many-entries': {
    status: 422,
    title: 'Refused upload: too many entries',
    when: 'an uploaded archive has more entries than MAX_UPLOAD_ENTRIES',
    exampleDetail: 'The archive has 5000 entries; at most 1000 are accepted.',
    exampleExtra: { code: 'too-many-entries' },
  },
  'uncompressed-too-large': {
    status: 422,
    title: 'Refused upload: too large once decompressed',
    when: 'an uploaded archive declares, or its parts really inflate to, more than MAX_UPLOAD_UNCOMPRESSED_BYTES (a zip bomb)',
    exampleDetail: 'The parts read decompress to more than 52428800 bytes.',
    exampleExtra: { code: 'uncompressed-too-large', part: 'word/document.xml' },
  },
  'compression-ratio-too-high': {
    status: 422,
    title: 'Refused upload: compression ratio too high',
    when: 'a part of an uploaded archive inflates past 1 MiB to more than MAX_UPLOAD_COMPRESSION_RATIO times its compressed size (a zip bomb)',
    exampleDetail: 'The part word/document.xml decompresses to more than 100 times its size.',
    exampleExtra: { code: 'compression-ratio-too-high', part: 'word/document.xml' },
  },
  'damaged-archive': {
    status: 422,
    title: 'Refused upload: damaged archive',
    when: 'an uploaded archive has no readable directory or a part that does not decompress',
    exampleDetail: 'The archive has no readable directory.',
    exampleExtra: { code: 'damaged-archive' },
  },
  'xml-doctype-refused': {
    status: 422,
    title: 'Refused upload: document type declaration',
    when: 'an XML part of an uploaded file declares a document type or entities (XXE, billion laughs): DTDs are never processed',
    exampleDetail: 'The part word/document.xml declares a document type; entities and DTDs are not processed.',
    exampleExtra: { code: 'xml-doctype-refused', part: 'word/document.xml' },
  },
  'xml-malformed': {
    status: 422,
    title: 'Refused upload: malformed XML',
    when: 'an XML part of an uploaded file is not well-formed',
    exampleDetail: 'The part word/document.xml is not well-formed XML (line 1).',
    exampleExtra: { code: 'xml-malformed', part: 'word/document.xml' },
  },
  'unsupported-encoding': {
    status: 415,
    title: 'Unsupported encoding',
    when: 'the JSON request body is in another charset than UTF-8',
    exampleDetail: 'Send the request body as UTF-8 JSON.',
  },
  invalid: {
    status: 422,
    title: 'Refused by the rules of the consultation',
    when: 'the command is well formed but the rules of the consultation refuse it',
    exampleDetail: 'reopening an earlier phase needs a reason on the record',
  },
  'idempotency-key-reused': {
    status: 422,
    title: 'Idempotency key reused',
    when: 'the Idempotency-Key was used before for a different request',
    exampleDetail: 'this Idempotency-Key was used for a different request',
  },
  'too-many-requests': {
    status: 429,
    title: 'Too many requests',
    when: 'the rate limit of the client address or of the actor is spent; Retry-After (and `retryAfter`) say when to try again',
    exampleDetail: 'Too many requests from actor egypt; try again in 2 s.',
    exampleExtra: { retryAfter: 2 },
  },
  internal: {
    status: 500,
    title: 'Internal error',
    when: 'an unexpected failure; nothing of it leaks',
    exampleDetail: 'The server could not complete the request.',
  },
  'ledger-error': {
    status: 502,
    title: 'Write side error',
    when: 'the ledger service answered with an error (full mode)',
    exampleDetail: 'The ledger service answered 500.',
  },
  'ledger-unavailable': {
    status: 503,
    title: 'Write side unavailable',
    when: 'the ledger service did not answer (full mode)',
    exampleDetail: 'The ledger service did not answer; retry later.',
  },
  'identity-provider-unavailable': {
    status: 503,
    title: 'Identity provider unavailable',
    when: "the identity provider's keys cannot be fetched to verify the token; Retry-After goes with it",
    exampleDetail: 'The keys to verify bearer tokens with cannot be fetched now; try again shortly.',
  },
  'pdf-unavailable': {
    status: 503,
    title: 'PDF is not available',
    when: 'PDF was asked for and this server has no Chromium to print it with (or it is switched off, or failed to start)',
    exampleDetail:
      "PDF is printed by a headless Chromium and none is installed here: install Debian's chromium package or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  },
} as const satisfies Record<string, ProblemTypeDoc>;

export type ProblemType = keyof typeof PROBLEM_TYPES;
