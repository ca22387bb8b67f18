import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeletedTextRun, Document, FootnoteReferenceRun, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import { importResolution, toInterchange } from '#libs/text';
import type { InterchangeProvision } from '#libs/text';

/** The seed the contributions are written against: Council Resolution 1334 (Modified 2023), in Arabic, as extracted from the Council's Word file (the copy that travels with the repository). */
export const RES1334_AR_SEED = join(__dirname, '..', '..', '..', 'text', 'src', 'import', 'fixtures', 'itu-council-res1334-mod2023.ar.txt');

export function res1334ArSource(): string {
  return readFileSync(RES1334_AR_SEED, 'utf8');
}

const AUTHOR = 'Egypt (Arab Republic of)';
const DATE = '2026-03-02T10:00:00Z';
let change = 0;
const tracked = () => ({ id: ++change, author: AUTHOR, date: DATE });

/** The edits a delegation makes by hand, with tracking on, to the seed. */
export const RES1334_EDITS = {
  /** op-1-1: a word changed mid-sentence. */
  changedWord: { provisionId: 'op-1-1', deleted: 'الممكنة', inserted: 'المناسبة' },
  /** After op-3-4 ("يشجع الدول الأعضاء على"): a paragraph added. */
  addedAfter: { provisionId: 'op-3-4', text: 'دعم مشاركة البلدان النامية في عملية الاستعراض؛' },
  /** pre-1-2: a paragraph deleted. */
  deletedProvisionId: 'pre-1-2',
  /** pre-1-3, the item after it, relettered: a label changed alone is no amendment. */
  relettered: { provisionId: 'pre-1-3', from: 'ج)', to: 'ب)' },
  /** op-1-2: a footnote added after its third word. */
  footnote: { provisionId: 'op-1-2', afterWords: 3, text: 'عُقد الحدث رفيع المستوى WSIS+20 في جنيف في يوليو 2025.' },
} as const;

const rtl = { bidirectional: true } as const;
const arabic = { rightToLeft: true, language: { bidirectional: 'ar-SA' } } as const;

/**
 * Resolution 1334 as a delegation sends it back from Word with tracked changes (author and
 * date on each): the whole text, labels typed before a tab as in the Council's file, and the
 * four edits of RES1334_EDITS.
 */
export async function trackedRes1334Contribution(): Promise<Buffer> {
  const doc = toInterchange(importResolution(res1334ArSource()).document);
  const paragraphs: Paragraph[] = [
    new Paragraph({ ...rtl, children: [new TextRun({ text: doc.title, ...arabic })] }),
    new Paragraph({ ...rtl, children: [new TextRun({ text: doc.body, ...arabic })] }),
  ];
  for (const section of [...doc.preamble, ...doc.operative]) {
    paragraphs.push(new Paragraph({ ...rtl, children: [new TextRun({ text: section.heading, italics: true, ...arabic })] }));
    const walk = (list: readonly InterchangeProvision[]) => {
      for (const provision of list) {
        paragraphs.push(...provisionParagraphs(provision));
        walk(provision.children);
      }
    };
    walk(section.provisions);
  }
  const document = new Document({
    footnotes: {
      1: { children: [new Paragraph({ ...rtl, children: [new InsertedTextRun({ text: RES1334_EDITS.footnote.text, ...tracked() })] })] },
    },
    sections: [{ properties: {}, children: paragraphs }],
  });
  return Packer.toBuffer(document);
}

function provisionParagraphs(provision: InterchangeProvision): Paragraph[] {
  const label = `${provision.label}\t`;
  const { changedWord, addedAfter, deletedProvisionId, footnote } = RES1334_EDITS;
  if (provision.id === deletedProvisionId) {
    // The whole paragraph struck, its mark with it.
    return [
      new Paragraph({
        ...rtl,
        run: { deletion: tracked() },
        children: [new DeletedTextRun({ text: label + provision.text, ...arabic, ...tracked() })],
      }),
    ];
  }
  if (provision.id === changedWord.provisionId) {
    const [head, tail] = provision.text.split(changedWord.deleted);
    return [
      new Paragraph({
        ...rtl,
        children: [
          new TextRun({ text: label + head, ...arabic }),
          new DeletedTextRun({ text: changedWord.deleted, ...arabic, ...tracked() }),
          new InsertedTextRun({ text: changedWord.inserted, ...arabic, ...tracked() }),
          new TextRun({ text: tail, ...arabic }),
        ],
      }),
    ];
  }
  if (provision.id === footnote.provisionId) {
    const words = provision.text.split(' ');
    return [
      new Paragraph({
        ...rtl,
        children: [
          new TextRun({ text: label + words.slice(0, footnote.afterWords).join(' '), ...arabic }),
          new InsertedTextRun({ children: [new FootnoteReferenceRun(1)], ...tracked() }),
          new TextRun({ text: ' ' + words.slice(footnote.afterWords).join(' '), ...arabic }),
        ],
      }),
    ];
  }
  if (provision.id === RES1334_EDITS.relettered.provisionId) {
    // The next item relettered by hand, as the delegate would: the old letter struck, the new one inserted.
    const { from, to } = RES1334_EDITS.relettered;
    return [
      new Paragraph({
        ...rtl,
        children: [
          new DeletedTextRun({ text: from, ...arabic, ...tracked() }),
          new InsertedTextRun({ text: to, ...arabic, ...tracked() }),
          new TextRun({ text: `\t${provision.text}`, ...arabic }),
        ],
      }),
    ];
  }
  const plain = new Paragraph({ ...rtl, children: [new TextRun({ text: label + provision.text, ...arabic })] });
  if (provision.id !== addedAfter.provisionId) return [plain];
  // Enter pressed at the end of the paragraph: its mark is new, the new words follow it.
  return [
    new Paragraph({ ...rtl, run: { insertion: tracked() }, children: [new TextRun({ text: label + provision.text, ...arabic })] }),
    new Paragraph({
      ...rtl,
      children: [new InsertedTextRun({ text: `${Number(provision.label) + 1}\t${addedAfter.text}`, ...arabic, ...tracked() })],
    }),
  ];
}
