import { AlignmentType, Document, FootnoteReferenceRun, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import type { InterchangeDocument, InterchangeProvision } from '#libs/text';

/** How the labels stand in the Word file: typed before a tab, or Word's automatic numbering. */
export type LabelForm = 'typed' | 'automatic';

const LIST = 'provisions';

/**
 * A text as a secretariat keeps it in Word, built with the `docx` package: title, enacting
 * formula, headings, provisions with their labels (typed, or automatic numbering restarting
 * under each heading: a) b) in the preamble, 1 2 in the operative part, '1' for sub-items),
 * real footnotes at their word, right to left for Arabic.
 */
export async function wordOfText(doc: InterchangeDocument, labels: LabelForm): Promise<Buffer> {
  const rightToLeft = doc.language === 'ar';
  const run = (text: string) => new TextRun({ text, rightToLeft });
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let footnoteCount = 0;
  let instance = 0;
  const paragraphs: Paragraph[] = [doc.title, doc.body].map((text) => new Paragraph({ bidirectional: rightToLeft, children: [run(text)] }));
  for (const [part, sections] of [
    ['preamble', doc.preamble],
    ['operative', doc.operative],
  ] as const) {
    for (const section of sections) {
      paragraphs.push(
        new Paragraph({ bidirectional: rightToLeft, children: [new TextRun({ text: section.heading, italics: true, rightToLeft })] }),
      );
      const list = ++instance;
      const walk = (provisions: readonly InterchangeProvision[], depth: number) => {
        for (const provision of provisions) {
          const words = provision.text.split(' ');
          const children: (TextRun | FootnoteReferenceRun)[] = [];
          let from = 0;
          for (const footnote of provision.footnotes) {
            const at = footnote.anchor ?? words.length;
            children.push(run((from > 0 ? ' ' : '') + words.slice(from, at).join(' ')));
            footnotes[++footnoteCount] = { children: [new Paragraph({ bidirectional: rightToLeft, children: [run(footnote.text)] })] };
            children.push(new FootnoteReferenceRun(footnoteCount));
            from = at;
          }
          if (from < words.length) children.push(run((from > 0 ? ' ' : '') + words.slice(from).join(' ')));
          const typed = labels === 'typed' && provision.label !== '' ? [run(`${provision.label}\t`)] : [];
          const numbering =
            labels === 'automatic' && provision.label !== ''
              ? { numbering: { reference: `${LIST}-${part}`, level: depth, instance: list } }
              : {};
          paragraphs.push(new Paragraph({ bidirectional: rightToLeft, ...numbering, children: [...typed, ...children] }));
          walk(provision.children, depth + 1);
        }
      };
      walk(section.provisions, 0);
    }
  }
  const level = (level: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    level,
    format,
    text,
    alignment: AlignmentType.START,
  });
  const subItems = level(1, LevelFormat.DECIMAL, "'%2'");
  return Packer.toBuffer(
    new Document({
      numbering: {
        config: [
          { reference: `${LIST}-preamble`, levels: [level(0, LevelFormat.LOWER_LETTER, '%1)'), subItems] },
          { reference: `${LIST}-operative`, levels: [level(0, LevelFormat.DECIMAL, '%1'), subItems] },
        ],
      },
      footnotes,
      sections: [{ properties: {}, children: paragraphs }],
    }),
  );
}
