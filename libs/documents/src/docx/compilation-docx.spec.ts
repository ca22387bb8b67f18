import { diffWords, outlineDocument } from '#libs/text';
import { CompilationForWord, ProposalForWord, renderCompilationDocx } from './compilation-docx';
import { paragraphText, readDocx } from './docx-reader';
import { importSeed } from './testing/seeds';

const doc = importSeed('itu-council-res1334-mod2023.ar.txt');
const places = outlineDocument(doc);
const modified = places[2].provision;
const newWording = modified.text.replace(/ /u, ' والمتجددة ');

function proposal(overrides: Partial<ProposalForWord>): ProposalForWord {
  return {
    change: { tag: 'MOD' },
    proposers: [{ name: 'جمهورية مصر العربية' }],
    coSponsors: [],
    onBehalfOf: null,
    contribution: null,
    status: 'pending',
    decision: null,
    explanation: null,
    ...overrides,
  };
}

/** The compilation of version 1 of Resolution 1334 with a MOD ruled on and an ADD still pending, as the read model lays it out. */
function compilation(): CompilationForWord {
  const bySection = (sectionId: string) => places.filter((place) => place.sectionId === sectionId);
  const sections = [...doc.preamble, ...doc.operative].map((section) => ({
    heading: section.heading,
    proposals: [],
    provisions: bySection(section.id).map((place) => ({
      label: place.printedLabel,
      depth: place.depth,
      text: place.provision.text,
      footnotes: place.provision.footnotes.map((note) => note.text),
      proposals:
        place.provision.id === modified.id
          ? [
              proposal({
                change: { tag: 'MOD', segments: diffWords(modified.text, newWording) },
                coSponsors: [{ name: 'المملكة العربية السعودية' }],
                contribution: { symbol: 'C26/15-A' },
                status: 'accepted',
                decision: { ruling: 'accepted', meeting: 'CWG-WSIS&SDG-44', date: '2026-04-10' },
                explanation: 'لمواءمة النص مع خطة عام 2030.',
              }),
              proposal({ change: { tag: 'ADD', text: 'بأن يقدم تقريراً سنوياً؛' }, proposers: [{ name: 'الاتحاد الروسي' }] }),
            ]
          : [],
    })),
  }));
  return { title: doc.title, symbol: 'Resolution 1334', language: 'ar', version: { label: 'المعدَّل في 2023' }, sections, unplaced: [] };
}

describe('the compilation of proposals as Word', () => {
  it('lays every provision in a table in document order, each beside its proposals, proposers, status and decision, in Arabic', async () => {
    const content = readDocx(await renderCompilationDocx(compilation()));
    const cells = content.paragraphs.filter((p) => p.cell !== undefined);
    const column = (n: number) => cells.filter((p) => p.cell?.column === n && p.cell.row > 0).map(paragraphText);
    expect(cells.filter((p) => p.cell?.row === 0).map(paragraphText)).toEqual(['الحكم', 'المقترح', 'مقترَح من', 'الحالة', 'القرار المتخذ']);
    const provisionTexts = content.paragraphs.filter((p) => p.cell?.column === 0).map(paragraphText);
    const expected = places.map((place) => (place.printedLabel ? `${place.printedLabel}\t${place.provision.text}` : place.provision.text));
    expect(provisionTexts.filter((text) => expected.includes(text))).toEqual(expected);
    expect(column(2)).toEqual(expect.arrayContaining(['جمهورية مصر العربية', 'بمشاركة المملكة العربية السعودية', 'الاتحاد الروسي']));
    expect(content.paragraphs.map(paragraphText)).toEqual(
      expect.arrayContaining(['مقبول', 'القبول', 'قيد النظر', 'CWG-WSIS&SDG-44', '2026-04-10', 'C26/15-A']),
    );
    const proposalRuns = cells.filter((p) => p.cell?.column === 1).flatMap((p) => p.runs);
    expect(proposalRuns.some((run) => run.underline && run.text.includes('والمتجددة'))).toBe(true);
    expect(proposalRuns.some((run) => run.underline && run.text === 'بأن يقدم تقريراً سنوياً؛')).toBe(true);
    expect(content.paragraphs.every((p) => p.rightToLeft)).toBe(true);
  });
});
