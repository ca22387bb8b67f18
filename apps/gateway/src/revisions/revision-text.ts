import { ImportWarning, ResolutionDocument, fromInterchange, importResolution, toInterchange } from '#libs/text';
import { ProblemException, problem } from '#libs/runtime';
import { RevisionTextDto } from './revision.dtos';
import { interchangeProblem } from '../http/interchange-problem';

function invalid(detail: string): ProblemException {
  return new ProblemException(problem(400, 'validation', 'Invalid request', detail));
}

/**
 * The revision's text as sent: plain text imported with the document's language and style
 * (read back through the interchange form, as versions are kept), or the interchange format.
 */
export function revisionTextOf(
  dto: RevisionTextDto,
  working: ResolutionDocument,
  acceptLanguage?: string,
): { text: ResolutionDocument; importWarnings: readonly ImportWarning[] } {
  if (dto.format === 'interchange') {
    if (typeof dto.text !== 'object' || dto.text === null || Array.isArray(dto.text))
      throw invalid('text: with format interchange, text is the document in the interchange format');
    try {
      return { text: fromInterchange(dto.text), importWarnings: [] };
    } catch (error) {
      throw interchangeProblem('text', error, acceptLanguage);
    }
  }
  if (typeof dto.text !== 'string' || !dto.text.trim()) throw invalid('text: the whole revised text, as plain text');
  if (dto.text.length > 500_000) throw invalid('text must be at most 500000 characters');
  const imported = importResolution(dto.text, { language: working.language, style: working.style });
  return { text: fromInterchange(toInterchange(imported.document)), importWarnings: imported.warnings };
}
