/** A .docx package from paragraphs and tables, in the document's language, with the footnotes its runs registered. */
import { Document, Packer, Paragraph, Table } from 'docx';
import { scriptRunOptions } from './script';
import type { RunWriter } from './runs';

export interface PackageOptions {
  /** The document's title, for the file's properties. */
  readonly title: string;
  /** Word records every further edit as a tracked change (for a text sent out in track changes). */
  readonly trackRevisions?: boolean;
  readonly landscape?: boolean;
}

/** 2 cm margins, A4, as the ITU and UN print. */
const MARGIN = 1134;

export async function packageDocx(
  writer: RunWriter,
  children: readonly (Paragraph | Table)[],
  options: PackageOptions,
): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Consultation ledger',
    title: options.title,
    styles: { default: { document: { run: scriptRunOptions(writer.language) } } },
    features: { trackRevisions: options.trackRevisions ?? false },
    footnotes: writer.footnotes,
    sections: [
      {
        properties: {
          page: {
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
            ...(options.landscape ? { size: { orientation: 'landscape' as const } } : {}),
          },
        },
        children: [...children],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
