import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';

/** The English excerpt of Resolution 1334 beside the importer (libs/text fixtures). */
export function res1334ExcerptEn(): string {
  return readFileSync(join(__dirname, '..', '..', '..', 'text', 'src', 'import', 'fixtures', 'itu-res1334-excerpt.en.txt'), 'utf8');
}

const plain = (text: string) => new TextRun({ text });
const added = (text: string) => new TextRun({ text, underline: {} });
const struck = (text: string) => new TextRun({ text, strike: true });
const paragraph = (...children: TextRun[]) => new Paragraph({ children });

/**
 * A contribution in the body's printed convention, no tracked changes: a cover with an
 * underlined title, then MOD (a word struck and one underlined), ADD (an underlined
 * paragraph), SUP (a struck one), each followed by its reasons, and one MOD of a provision
 * the text does not have; a reasons paragraph before any proposal.
 */
export async function printedMarksContribution(): Promise<Buffer> {
  const children = [
    paragraph(added('Proposals for the revision of Resolution 1334')),
    paragraph(plain('Egypt (Arab Republic of)')),
    paragraph(plain('Reasons: This contribution updates the resolution for the WSIS+20 review.')),
    paragraph(plain('MOD\tEGY/1')),
    paragraph(
      plain('2\tparticipate '),
      struck('actively'),
      added('fully'),
      plain(' in the preparatory process of the UNGA overall review.'),
    ),
    paragraph(plain('Reasons: Full participation is what the review asks of Member States.')),
    paragraph(plain('ADD\tEGY/2')),
    paragraph(added('3\tshare their national experience with the Council Working Group;')),
    paragraph(plain('Reasons: Experience shared helps the review.')),
    paragraph(plain('SUP\tEGY/3')),
    paragraph(
      plain(
        "b)\tResolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference, on ITU's role in implementing the outcomes of WSIS and the 2030 Agenda for Sustainable Development, as well as in their follow-up and review processes;",
      ),
    ),
    paragraph(plain('Reasons: Recalled elsewhere.')),
    paragraph(plain('MOD\tEGY/4')),
    paragraph(plain('7\tto publish the '), struck('yearly'), added('monthly'), plain(' bulletin of the Bureau in all six languages;')),
    paragraph(plain('Reasons: Timeliness.')),
  ];
  return Packer.toBuffer(new Document({ sections: [{ properties: {}, children }] }));
}
