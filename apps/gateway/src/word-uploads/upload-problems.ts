import { UploadRefusalCode, UploadRefused } from '#libs/documents';
import { ProblemException, problem } from '#libs/runtime';

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

/** The one place where a refused upload becomes problem details: its `type` names the refusal, `code` repeats it. */
export function uploadProblem(refusal: UploadRefused): ProblemException {
  const { status, title } = STATUS[refusal.code];
  return new ProblemException(
    problem(status, refusal.code, title, refusal.message, { code: refusal.code, ...(refusal.part ? { part: refusal.part } : {}) }),
  );
}

/** Runs a reader of an uploaded file, its refusals turned into problem details. */
export function readingUpload<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof UploadRefused) throw uploadProblem(error);
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
