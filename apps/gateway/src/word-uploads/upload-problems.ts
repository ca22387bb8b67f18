import { UploadRefusalCode, UploadRefused } from '#libs/documents';
import { ProblemException, problem } from '#libs/runtime';
import { fromAcceptLanguage, translator } from '#libs/web';

const STATUS: Readonly<Record<UploadRefusalCode, { status: number; title: string }>> = {
  'upload-too-large': { status: 413, title: 'Upload too large' },
  'not-a-zip': { status: 415, title: 'Not a Word document' },
  'not-a-word-document': { status: 415, title: 'Not a Word document' },
  'too-many-entries': { status: 422, title: 'Refused upload: too many entries' },
  'uncompressed-too-large': { status: 422, title: 'Refused upload: too large once decompressed' },
  'compression-ratio-too-high': { status: 422, title: 'Refused upload: compression ratio too high' },
  'damaged-archive': { status: 422, title: 'Refused upload: damaged archive' },
  'xml-doctype-refused': { status: 422, title: 'Refused upload: document type declaration' },
  'xml-malformed': { status: 422, title: 'Refused upload: malformed XML' },
};

/**
 * The one place where a refused upload becomes problem details: its `type` names the refusal,
 * `code` repeats it. `detail` is in Arabic when Accept-Language prefers it (the pages' `upload.*`
 * message), else the English sentence with the figures of the refusal.
 */
export function uploadProblem(refusal: UploadRefused, acceptLanguage?: string): ProblemException {
  const { status, title } = STATUS[refusal.code];
  const language = fromAcceptLanguage(acceptLanguage) ?? 'en';
  const detail = language === 'ar' ? translator('ar')(`upload.${refusal.code}`) : refusal.message;
  return new ProblemException(
    problem(status, refusal.code, title, detail, { code: refusal.code, language, ...(refusal.part ? { part: refusal.part } : {}) }),
  );
}

/** Runs a reader of an uploaded file, its refusals turned into problem details in the language of `acceptLanguage`. */
export function readingUpload<T>(read: () => T, acceptLanguage?: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof UploadRefused) throw uploadProblem(error, acceptLanguage);
    throw error;
  }
}

/** The upload's type refused before reading: the body was not sent as a Word document. */
export function notSentAsWord(contentType: string): ProblemException {
  return new ProblemException(
    problem(
      415,
      'unsupported-media-type',
      'Unsupported media type',
      `Send the .docx as the request body with Content-Type ${contentType}.`,
    ),
  );
}
