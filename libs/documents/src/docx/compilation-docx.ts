/**
 * The compilation of proposals as a Word table, the working document of a negotiation:
 * each provision as printed, beside it every proposal on it (marked as printed, with its
 * contribution), who proposed it, its status and the decision in force.
 */
import { Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { WordSegment } from '#libs/text';
import { ADOPTION_LAYOUT, HEADING_STYLE, TITLE_LAYOUT, TITLE_STYLE } from './layout';
import { segmentRuns } from './lines';
import { packageDocx } from './package';
import { languageOf, translated, wordsFor } from './reader-language';
import { RunWriter } from './runs';
import type { Translate } from '#libs/web';

export interface PartyForWord {
  readonly name: string;
}

export interface ProposalForWord {
  readonly change: {
    readonly tag: string;
    readonly segments?: readonly WordSegment[];
    readonly text?: string;
    readonly footnotes?: readonly string[];
  };
  readonly proposers: readonly PartyForWord[];
  readonly coSponsors: readonly PartyForWord[];
  readonly onBehalfOf: PartyForWord | null;
  readonly contribution: { readonly symbol: string } | null;
  readonly status: string;
  readonly decision: { readonly ruling: string; readonly meeting?: string; readonly date?: string } | null;
  readonly explanation: string | null;
}

export interface ProvisionForWord {
  /** As printed: "أ )", "3"; empty where none is printed. */
  readonly label: string;
  readonly depth: number;
  readonly text: string;
  readonly footnotes: readonly string[];
  readonly proposals: readonly ProposalForWord[];
}

/** What the compilation's read model gives (the gateway's CompilationView has this shape). */
export interface CompilationForWord {
  readonly title: string;
  readonly symbol: string;
  readonly language: string;
  readonly version: { readonly label: string };
  readonly sections: readonly {
    readonly heading: string;
    readonly proposals: readonly ProposalForWord[];
    readonly provisions: readonly ProvisionForWord[];
  }[];
  readonly unplaced: readonly ProposalForWord[];
}

const COLUMNS = 5;
const NO_AUTHORSHIP = { author: '', date: '' };
const DEPTH_STEP = 284;

/** The compilation as a .docx file, landscape, one table. */
export async function renderCompilationDocx(compilation: CompilationForWord): Promise<Uint8Array> {
  const language = languageOf(compilation.language);
  const writer = new RunWriter(language);
  const t = wordsFor(language);
  const cells = new CellWriter(writer, t);
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      children: [t('word.provision'), t('word.proposal'), t('word.proposedBy'), t('word.status'), t('word.decision')].map((head) =>
        cells.cell([cells.line(head, true)]),
      ),
    }),
  ];
  for (const section of compilation.sections) {
    if (section.heading)
      rows.push(
        new TableRow({
          children: [cells.cell([writer.paragraph([writer.text(section.heading, HEADING_STYLE)])], { columnSpan: COLUMNS })],
        }),
      );
    rows.push(...section.proposals.map((proposal) => cells.proposalRow(proposal)));
    for (const provision of section.provisions) rows.push(...cells.provisionRows(provision));
  }
  if (compilation.unplaced.length > 0) {
    rows.push(
      new TableRow({
        children: [cells.cell([writer.paragraph([writer.text(t('compilation.unplaced'), HEADING_STYLE)])], { columnSpan: COLUMNS })],
      }),
    );
    rows.push(...compilation.unplaced.map((proposal) => cells.proposalRow(proposal)));
  }
  const heading = [
    writer.paragraph([writer.text(t('compilation.title'), TITLE_STYLE)], TITLE_LAYOUT),
    writer.paragraph([writer.text(compilation.title, TITLE_STYLE)], TITLE_LAYOUT),
    writer.paragraph([writer.text(t('word.onVersion', { label: compilation.version.label }))], ADOPTION_LAYOUT),
  ];
  const table = new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(language === 'ar' ? { visuallyRightToLeft: true } : {}),
  });
  return packageDocx(writer, [...heading, table], { title: `${t('compilation.title')} — ${compilation.title}`, landscape: true });
}

class CellWriter {
  constructor(
    private readonly writer: RunWriter,
    private readonly t: Translate,
  ) {}

  cell(children: readonly Paragraph[], options: { columnSpan?: number; rowSpan?: number } = {}): TableCell {
    return new TableCell({ children: [...children], ...options });
  }

  line(text: string, bold = false): Paragraph {
    return this.writer.paragraph(text === '' ? [] : [this.writer.text(text, bold ? { bold: true } : {})]);
  }

  /** A provision's rows: its cell spans the rows of the proposals beside it. */
  provisionRows(provision: ProvisionForWord): TableRow[] {
    const labelled = provision.label === '' ? provision.text : `${provision.label}\t${provision.text}`;
    const text = [
      this.writer.paragraph([this.writer.text(labelled)], { indent: { start: DEPTH_STEP * provision.depth } }),
      ...provision.footnotes.map((note) => this.line(`(${note})`)),
    ];
    if (provision.proposals.length === 0) {
      return [
        new TableRow({ children: [this.cell(text), this.cell([this.line(this.t('word.noProposal'))], { columnSpan: COLUMNS - 1 })] }),
      ];
    }
    return provision.proposals.map(
      (proposal, index) =>
        new TableRow({
          cantSplit: true,
          children: [...(index === 0 ? [this.cell(text, { rowSpan: provision.proposals.length })] : []), ...this.proposalCells(proposal)],
        }),
    );
  }

  /** A proposal on a section itself (a heading, an item at its end): the provision's cell left empty. */
  proposalRow(proposal: ProposalForWord): TableRow {
    return new TableRow({ cantSplit: true, children: [this.cell([this.line('')]), ...this.proposalCells(proposal)] });
  }

  /** The proposal as printed, who proposed it, its status and the decision in force. */
  private proposalCells(proposal: ProposalForWord): TableCell[] {
    const { writer, t } = this;
    const change = proposal.change;
    const words = change.segments
      ? segmentRuns(writer, change.segments, { form: 'printed', by: NO_AUTHORSHIP })
      : change.text
        ? [writer.text(change.text, { underline: true })]
        : [];
    const proposalCell = [
      writer.paragraph([writer.text(change.tag, { bold: true })]),
      writer.paragraph(words),
      ...(change.footnotes ?? []).map((note) => writer.paragraph([writer.text(`(${note})`, { underline: true })])),
      ...(proposal.contribution ? [this.line(proposal.contribution.symbol)] : []),
      ...(proposal.explanation ? [this.line(`${t('word.reasons')}: ${proposal.explanation}`)] : []),
    ];
    const separator = writer.language === 'ar' ? '، ' : ', ';
    const names = (parties: readonly PartyForWord[]) => parties.map((party) => party.name).join(separator);
    const byCell = [
      this.line(names(proposal.proposers)),
      ...(proposal.coSponsors.length > 0 ? [this.line(`${t('word.coSponsoredBy')} ${names(proposal.coSponsors)}`)] : []),
      ...(proposal.onBehalfOf ? [this.line(`${t('word.onBehalfOf')} ${proposal.onBehalfOf.name}`)] : []),
    ];
    const decision = proposal.decision;
    const decisionCell = decision
      ? [
          this.line(translated(t, 'ruling', decision.ruling)),
          ...[decision.meeting, decision.date].filter((x): x is string => !!x).map((x) => this.line(x)),
        ]
      : [this.line('')];
    return [
      this.cell(proposalCell),
      this.cell(byCell),
      this.cell([this.line(translated(t, 'status', proposal.status))]),
      this.cell(decisionCell),
    ];
  }
}
