import { UploadRefusalCode, UploadRefused } from '#libs/documents';
import { ProblemException, problem } from '#libs/runtime';
import { fromAcceptLanguage, translator } from '#libs/web';

const STATUS: Readonly<Record<UploadRefusalCode, number>> = {
  'upload-too-large': 413,
  'not-a-zip': 415,
  'not-a-word-document': 415,
  'too-many-entries': 422,
  'uncompressed-too-large': 422,
  'compression-ratio-too-high': 422,
  'damaged-archive': 422,
  'xml-doctype-refused': 422,
  'xml-malformed': 422,
};

/**
 * The one place where a refused upload becomes problem details: its `type` names the refusal,
 * `code` repeats it. `title` and `detail` are in Arabic when Accept-Language prefers it (the pages'
 * `uploadTitle.*` and `upload.*` messages), else the English title and the sentence with the figures of the refusal.
 */
export function uploadProblem(refusal: UploadRefused, acceptLanguage?: string): ProblemException {
  const status = STATUS[refusal.code];
  const language = fromAcceptLanguage(acceptLanguage) ?? 'en';
  const detail = language === 'ar' ? translator('ar')(`upload.${refusal.code}`) : refusal.message;
  const title = translator(language)(`uploadTitle.${refusal.code}`);
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
