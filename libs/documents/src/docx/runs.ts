/**
 * Runs in a document's language, plain or as tracked changes, and the footnotes they
 * reference. One writer per .docx: revision and footnote ids are unique within it.
 */
import {
  DeletedTextRun,
  FootnoteReference,
  IParagraphRunOptions,
  IRunOptions,
  InsertedTextRun,
  Paragraph,
  ParagraphChild,
  Tab,
  TextRun,
} from 'docx';
import type { LanguageCode } from '#libs/text';
import { scriptParagraphOptions, scriptRunOptions } from './script';

/** Who made a tracked change and when: the proposer, and the date of the decision that carried it. */
export interface RevisionAuthorship {
  readonly author: string;
  /** ISO 8601 date-time. */
  readonly date: string;
}

/** A tracked insertion or deletion. */
export interface TrackedChange {
  readonly kind: 'insert' | 'delete';
  readonly by: RevisionAuthorship;
}

export interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly underline?: boolean;
  readonly strike?: boolean;
}

type FootnoteContent = { readonly children: readonly Paragraph[] };

export class RunWriter {
  private nextRevisionId = 1;
  private nextFootnoteId = 1;
  private readonly notes: Record<string, FootnoteContent> = {};

  constructor(readonly language: LanguageCode) {}

  /** A run of text; `language` sets a run quoted in another language than the document's (the original's words in a translation). */
  text(text: string, style: RunStyle = {}, change?: TrackedChange, language: LanguageCode = this.language): ParagraphChild {
    return this.run({ text }, style, change, language);
  }

  tab(style: RunStyle = {}, change?: TrackedChange): ParagraphChild {
    return this.run({ children: [new Tab()] }, style, change);
  }

  /** The reference mark of a footnote, where it is anchored in the text. */
  footnoteReference(footnoteId: number, style: RunStyle = {}, change?: TrackedChange): ParagraphChild {
    return this.run({ style: 'FootnoteReference', children: [new FootnoteReference(footnoteId)] }, style, change);
  }

  /** Registers a footnote's body; Word numbers footnotes in the order their references stand. */
  footnote(children: readonly ParagraphChild[]): number {
    const id = this.nextFootnoteId++;
    this.notes[String(id)] = { children: [this.paragraph(children)] };
    return id;
  }

  /** The footnotes registered, for `new Document({ footnotes })`. */
  get footnotes(): Readonly<Record<string, FootnoteContent>> {
    return this.notes;
  }

  /** A paragraph in the language's direction; a tracked paragraph mark when the paragraph itself is added or deleted. */
  paragraph(
    children: readonly ParagraphChild[],
    options: Omit<ConstructorParameters<typeof Paragraph>[0] & object, 'children'> = {},
    mark?: TrackedChange,
  ): Paragraph {
    // OOXML wants a tracked mark first in the mark's properties, and docx writes it last: a tracked mark carries nothing else.
    const run: IParagraphRunOptions = mark ? this.markOf(mark) : scriptRunOptions(this.language);
    return new Paragraph({ ...scriptParagraphOptions(this.language), ...options, run, children: [...children] });
  }

  private markOf(change: TrackedChange): Pick<IParagraphRunOptions, 'insertion' | 'deletion'> {
    const attributes = this.revision(change);
    return change.kind === 'insert' ? { insertion: attributes } : { deletion: attributes };
  }

  private revision(change: TrackedChange): { id: number; author: string; date: string } {
    return { id: this.nextRevisionId++, author: change.by.author, date: change.by.date };
  }

  private run(content: IRunOptions, style: RunStyle, change?: TrackedChange, language: LanguageCode = this.language): ParagraphChild {
    const options: IRunOptions = {
      ...scriptRunOptions(language),
      ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
      ...(style.italics ? { italics: true, italicsComplexScript: true } : {}),
      ...(style.underline ? { underline: { type: 'single' as const } } : {}),
      ...(style.strike ? { strike: true } : {}),
      ...content,
    };
    if (!change) return new TextRun(options);
    const attributes = this.revision(change);
    return change.kind === 'insert'
      ? new InsertedTextRun({ ...options, ...attributes })
      : new DeletedTextRun({ ...options, ...attributes });
  }
}
