/**
 * Akoma Ntoso out and in on a resolution of the size the field produces: an 80 KB Arabic
 * resolution written as a statement with a negotiation's context, and read back. The
 * issue's aim is under 200 ms each.
 */
import { AknContext, exportAkomaNtoso, importAkomaNtoso } from '#libs/documents';
import { ResolutionDocument, allProvisions, importResolution, renderCleanText } from '#libs/text';
import { generateResolution } from '../factories/resolution-factory';
import { BenchSuite, benchCase } from '../harness';

const BUDGET_MS = 200;

const context: AknContext = {
  documentId: 'bench-document',
  author: { id: 'itu-council', name: 'ITU Council', kind: 'organization' },
  version: { number: 2, label: 'Modified 2026', date: '2026-06-12' },
  events: [
    { id: 'registration', kind: 'registration', date: '2026-03-02', versionNumber: 1 },
    { id: 'adoption', kind: 'adoption', date: '2026-06-12', versionNumber: 2 },
  ],
  decisions: Array.from({ length: 200 }, (_, i) => ({
    id: `decision-${i + 1}`,
    kind: 'ruling',
    date: '2026-05-20',
    decidedBy: 'chair-1',
    outcome: i % 3 === 0 ? 'rejected' : 'accepted',
    amendmentIds: [`amendment-${i + 1}`],
  })),
  parties: [{ id: 'chair-1', name: 'Chair', kind: 'person' }],
  generatedAt: '2026-07-01',
};

/** The 80 KB resolution as the importer reads it, so that it has what imported texts have. */
function resolution80kb(): ResolutionDocument {
  return importResolution(renderCleanText(generateResolution({ language: 'ar', targetBytes: 80 * 1024, seed: 30 })), { language: 'ar' })
    .document;
}

function facts(doc: ResolutionDocument, xml: string): Record<string, string | number> {
  return {
    text: `${(Buffer.byteLength(renderCleanText(doc)) / 1024).toFixed(1)} KB`,
    file: `${(Buffer.byteLength(xml) / 1024).toFixed(1)} KB`,
    provisions: [...allProvisions(doc)].length,
  };
}

export const akomaNtosoSuite: BenchSuite = {
  name: 'akoma-ntoso',
  description: 'Akoma Ntoso export and import of an 80 KB resolution (aim: 200 ms each, one core)',
  cases: [
    benchCase({
      name: 'export-80kb',
      description: 'write an 80 KB Arabic resolution as an Akoma Ntoso statement with 200 decisions (exportAkomaNtoso)',
      budgetMs: BUDGET_MS,
      setup: resolution80kb,
      run: (doc) => exportAkomaNtoso(doc, context),
      facts: (doc) => facts(doc, exportAkomaNtoso(doc, context)),
    }),
    benchCase({
      name: 'import-80kb',
      description: 'read that file back into the document (importAkomaNtoso, fast-xml-parser without entities)',
      budgetMs: BUDGET_MS,
      setup: () => {
        const doc = resolution80kb();
        return { doc, xml: exportAkomaNtoso(doc, context) };
      },
      run: ({ xml }) => importAkomaNtoso(xml),
      facts: ({ doc, xml }) => facts(doc, xml),
    }),
  ],
};
