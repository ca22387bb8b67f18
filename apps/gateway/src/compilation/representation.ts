import { DOCX_MEDIA_TYPE } from '#libs/documents';
import { Chosen, chooseRepresentation } from '../http/representation';

/**
 * The representations the compilation of proposals is answered in, JSON preferred; Word and
 * PDF only when named or preferred: a browser accepting any type is not asking for a download.
 */
export const COMPILATION_FORMATS = [
  ['json', 'application/json'],
  ['html', 'text/html'],
  ['docx', DOCX_MEDIA_TYPE],
  ['pdf', 'application/pdf'],
] as const;

export type CompilationFormat = (typeof COMPILATION_FORMATS)[number][0];

/** The representation of the compilation to answer (see chooseRepresentation). */
export function chooseCompilationFormat(format: string | undefined, accept: string | undefined): Chosen<CompilationFormat> {
  return chooseRepresentation(COMPILATION_FORMATS, format, accept);
}
