/**
 * Word in on documents of the size the field produces: an 80 KB Arabic resolution read from
 * a .docx through the importer, and a contribution with tracked changes on every tenth
 * provision read against it into amendments. The aim for each is 200 ms on one core.
 */
import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import { importWordDocument, readDocxContribution, readWordPackage } from '#libs/documents';
import { InterchangeDocument, InterchangeProvision, ResolutionDocument, deriveAmendments, toInterchange } from '#libs/text';
import { wordOfText } from '../../libs/documents/src/testing/word-of-text';
import { generateResolution } from '../factories/resolution-factory';
import { BenchSuite, benchCase } from '../harness';

const BUDGET_MS = 200;
const change = { author: 'Egypt (Arab Republic of)', date: '2026-03-02T10:00:00Z' };

/** The text as a delegation sends it back: every tenth provision's second word replaced, tracked. */
async function trackedContribution(doc: InterchangeDocument): Promise<Buffer> {
  let id = 0;
  let n = 0;
  const paragraphs: Paragraph[] = [
    new Paragraph({ bidirectional: true, children: [new TextRun(doc.title)] }),
    new Paragraph({ bidirectional: true, children: [new TextRun(doc.body)] }),
  ];
  const walk = (list: readonly InterchangeProvision[]) => {
    for (const provision of list) {
      const words = provision.text.split(' ');
      const label = `${provision.label}\t`;
      const children =
        ++n % 10 === 0 && words.length > 2
          ? [
              new TextRun(`${label}${words[0]} `),
              new DeletedTextRun({ text: words[1], id: ++id, ...change }),
              new InsertedTextRun({ text: 'المناسبة', id: ++id, ...change }),
              new TextRun(` ${words.slice(2).join(' ')}`),
            ]
          : [new TextRun(label + provision.text)];
      paragraphs.push(new Paragraph({ bidirectional: true, children }));
      walk(provision.children);
    }
  };
  for (const section of [...doc.preamble, ...doc.operative]) {
    paragraphs.push(new Paragraph({ bidirectional: true, children: [new TextRun(section.heading)] }));
    walk(section.provisions);
  }
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export const wordInSuite: BenchSuite = {
  name: 'word-in',
  description: 'reading Word documents of realistic size: a base text, a contribution with tracked changes (aim: 200 ms each, one core)',
  cases: [
    benchCase({
      name: 'word-import-80kb',
      description: 'read an 80 KB Arabic resolution from a .docx (typed labels, footnotes) through the importer (importWordDocument)',
      budgetMs: BUDGET_MS,
      setup: async () => wordOfText(toInterchange(generateResolution({ language: 'ar', targetBytes: 80 * 1024, seed: 30 })), 'typed'),
      run: (file) => importWordDocument(file, { language: 'ar' }),
      facts: (file) => ({ docx: kilobytes(file.length), warnings: importWordDocument(file, { language: 'ar' }).warnings.length }),
    }),
    benchCase({
      name: 'word-contribution-80kb',
      description:
        'read a contribution with tracked changes on every tenth provision of an 80 KB Arabic resolution into amendments (readDocxContribution, deriveAmendments)',
      budgetMs: BUDGET_MS,
      setup: async () => {
        const version: ResolutionDocument = generateResolution({ language: 'ar', targetBytes: 80 * 1024, seed: 30 });
        return { version, file: await trackedContribution(toInterchange(version)) };
      },
      run: ({ version, file }) =>
        deriveAmendments(version, readDocxContribution(readWordPackage(file), version).target, { identities: 'ids' }),
      facts: ({ version, file }) => {
        const read = readDocxContribution(readWordPackage(file), version);
        return {
          docx: kilobytes(file.length),
          amendments: deriveAmendments(version, read.target, { identities: 'ids' }).operations.length,
          warnings: read.warnings.length,
        };
      },
    }),
  ],
};
