import fc from 'fast-check';
import { anyDocument } from '../../../text/src/testing/arbitrary-document';
import { bareContext } from './context';
import { exportAkomaNtoso } from './export-document';
import { importAkomaNtoso } from './import-document';
import { negotiatedDocument } from './testing/arbitrary-negotiated';
import { SEED_NAMES, importedSeed } from './testing/seeds';

const context = bareContext('document-1', '2026-03-01', 'ITU Council');

describe('Akoma Ntoso out and in', () => {
  it.each(SEED_NAMES)('gives back the same document for the seed %s', (name) => {
    const doc = importedSeed(name);
    expect(importAkomaNtoso(exportAkomaNtoso(doc, context))).toEqual(doc);
  });

  it('gives back the same document for generated documents in every language and style', () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        expect(importAkomaNtoso(exportAkomaNtoso(doc, context))).toEqual(doc);
      }),
      { numRuns: 80 },
    );
  });

  it('gives back brackets, footnotes inside them, odd ids, empty headings and stray list markers', () => {
    fc.assert(
      fc.property(negotiatedDocument, (doc) => {
        expect(importAkomaNtoso(exportAkomaNtoso(doc, context))).toEqual(doc);
      }),
      { numRuns: 50 },
    );
  });
});
