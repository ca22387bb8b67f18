import { AKN_MEDIA_TYPE, AknContext, AknTranslation, exportAkomaNtoso } from '#libs/documents';
import type { ResolutionDocument } from '#libs/text';
import { aknFilename } from './akoma-ntoso-context';

/** An Akoma Ntoso file as an HTTP answer: its body, media type, language and the name to save it under. */
export interface AkomaNtosoFile {
  readonly body: string;
  readonly contentType: string;
  readonly language: string;
  readonly filename: string;
}

export const AKN_CONTENT_TYPE = `${AKN_MEDIA_TYPE}; charset=utf-8`;

/** A document's text as an Akoma Ntoso statement; with `translation`, a language version's expression of the same work. */
export function akomaNtosoOfText(document: ResolutionDocument, context: AknContext, translation?: AknTranslation): AkomaNtosoFile {
  return {
    body: exportAkomaNtoso(document, context, translation),
    contentType: AKN_CONTENT_TYPE,
    language: document.language,
    filename: aknFilename(document.metadata.symbol ?? context.symbol ?? '', context.documentId, context.version.number, document.language),
  };
}
