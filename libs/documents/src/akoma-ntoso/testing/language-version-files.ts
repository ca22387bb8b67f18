/**
 * The same version of a document in its original (English) and in its Arabic version,
 * one provision of the Arabic awaiting translation, as the gateway exports them.
 */
import { languageEdition } from '../../language-edition';
import { arabicComposed, englishOriginal } from '../../language-edition/testing/two-languages';
import { exportAkomaNtoso } from '../export-document';
import { negotiationContext } from './sample-files';

export function languageVersionFiles(): { readonly en: string; readonly ar: string } {
  const edition = languageEdition(arabicComposed(), englishOriginal, ['res-2']);
  return {
    en: exportAkomaNtoso(englishOriginal, negotiationContext),
    ar: exportAkomaNtoso(edition.document, negotiationContext, {
      originalLanguage: 'en',
      originalTitle: englishOriginal.title,
      awaiting: edition.awaiting,
    }),
  };
}
