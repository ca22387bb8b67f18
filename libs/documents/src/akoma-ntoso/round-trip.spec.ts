import fc from 'fast-check';
import { anyDocument } from '../../../text/src/testing/arbitrary-document';
import { anyCodePoint } from '../../../text/src/testing/code-points';
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

  it('carries any text XML can hold: markup characters, carriage returns, spaces at the ends, every script', () => {
    // XML 1.0 has no way to write most C0 controls, U+FFFE, U+FFFF or lone surrogates; the input policy refuses them anyway.
    const xmlChar = anyCodePoint.filter((c) => /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]$/u.test(c));
    const anyText = fc.string({
      unit: fc.oneof(xmlChar, fc.constantFrom('&', '<', '>', '"', "'", ']]>', '\r', ' ', '&amp;')),
      maxLength: 40,
    });
    fc.assert(
      fc.property(anyDocument, anyText, anyText, anyText, anyText, (doc, title, body, heading, words) => {
        const [section, ...rest] = doc.operative;
        const [first, ...others] = section.provisions;
        const edited = {
          ...doc,
          title,
          body,
          operative: [{ ...section, heading, provisions: [{ ...first, text: words }, ...others] }, ...rest],
          metadata: { ...doc.metadata, purpose: words, narrative: [title, body] },
        };
        expect(importAkomaNtoso(exportAkomaNtoso(edited, context))).toEqual(edited);
      }),
      { numRuns: 60 },
    );
  });
});
