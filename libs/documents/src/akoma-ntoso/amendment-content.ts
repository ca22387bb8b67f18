/**
 * What an amendment does, as Akoma Ntoso inline content: a `mod` holding the ITU mark,
 * `ref`s to where it acts and a `quotedText` with the words struck (`del`) and added
 * (`ins`); bracketed alternatives as `span`s, later ones `alternativeTo` the first.
 */
import {
  AmendmentOperation,
  ModifyText,
  ModifyWords,
  ProvisionPosition,
  ResolutionDocument,
  SectionPosition,
  bracketGroups,
  diffWords,
  locateProvision,
  rewordingOf,
  settlement,
  tokenTexts,
} from '#libs/text';
import { AMENDMENT_WORDS } from './amendment-words';
import { provisionRef, sectionRef } from './target-references';
import { XmlElement, XmlNode, inline } from './xml-tree';

/** The ITU mark of an operation: ADD, MOD or SUP. */
export function ituMark(op: AmendmentOperation): 'ADD' | 'MOD' | 'SUP' {
  switch (op.kind) {
    case 'add':
    case 'addSection':
    case 'addFootnote':
      return 'ADD';
    case 'suppress':
    case 'suppressSection':
    case 'suppressFootnote':
      return 'SUP';
    default:
      return 'MOD';
  }
}

interface Segment {
  readonly kind: 'equal' | 'delete' | 'insert';
  readonly nodes: readonly XmlNode[];
}

/** The `mod` of one amendment against the text it was drafted on (`target`, published at `expressionUri`). */
export function amendmentMod(op: AmendmentOperation, target: ResolutionDocument, expressionUri: string, eId: string): XmlElement {
  const words = AMENDMENT_WORDS[target.language];
  const ref = (id: string) => provisionRef(target, expressionUri, id) ?? id;
  const section = (id: string) => sectionRef(target, expressionUri, id) ?? id;
  const provisionText = (id: string) => locateProvision(target, id)?.provision.text ?? '';
  const mark = ituMark(op);
  const mod = (...content: (XmlNode | undefined)[]) =>
    inline('mod', { eId }, [`${mark} `, ...content.filter((node): node is XmlNode => node !== undefined)]);
  const spaced = (...parts: XmlNode[]) => parts.flatMap((part, i) => (i === 0 ? [part] : [' ', part]));

  const position = (where: ProvisionPosition): XmlNode[] => {
    if ('before' in where) return spaced(words.before, ref(where.before));
    if ('after' in where) return spaced(words.after, ref(where.after));
    if ('atEndOf' in where) return spaced(words.atEndOf, section(where.atEndOf));
    return spaced(words.asSubItemOf, ref(where.asChildOf));
  };
  const sectionPosition = (where: SectionPosition): XmlNode[] => {
    if ('beforeSection' in where) return spaced(words.before, section(where.beforeSection));
    if ('afterSection' in where) return spaced(words.after, section(where.afterSection));
    return [words.endOfPart[where.atEndOfPart]];
  };

  switch (op.kind) {
    case 'add':
      return mod(...position(op.position), ': ', quoted([{ kind: 'insert', nodes: [op.text] }], eId));
    case 'modify':
      return mod(ref(op.provisionId), ': ', quoted(rewording(op, provisionText(op.provisionId)), eId));
    case 'replaceText':
      return mod(ref(op.provisionId), ': ', quoted(textSegments(provisionText(op.provisionId), op.text), eId));
    case 'suppress':
      return mod(ref(op.provisionId), ': ', quoted([{ kind: 'delete', nodes: [provisionText(op.provisionId)] }], eId));
    case 'move': {
      const reworded = rewordingOf(op);
      return mod(
        ref(op.provisionId),
        ` ${words.movedTo} `,
        ...position(op.position),
        ...(reworded ? [': ', quoted(rewording(reworded, provisionText(op.provisionId)), eId)] : []),
      );
    }
    case 'addSection':
      return mod(`${words.heading} `, ...sectionPosition(op.position), ': ', quoted([{ kind: 'insert', nodes: [op.heading] }], eId));
    case 'changeHeading':
      return mod(section(op.sectionId), ': ', quoted(textSegments(headingOf(target, op.sectionId), op.heading), eId));
    case 'suppressSection':
      return mod(section(op.sectionId), ': ', quoted([{ kind: 'delete', nodes: [headingOf(target, op.sectionId)] }], eId));
    case 'addFootnote':
      return mod(`${words.footnoteOf} `, ref(op.provisionId), ': ', quoted([{ kind: 'insert', nodes: [op.text] }], eId));
    case 'changeFootnote':
      return mod(
        `${words.footnoteOf} `,
        ref(op.provisionId),
        ': ',
        quoted(textSegments(footnoteText(target, op.provisionId, op.footnoteId), op.text), eId),
      );
    case 'suppressFootnote':
      return mod(
        `${words.footnoteOf} `,
        ref(op.provisionId),
        ': ',
        quoted([{ kind: 'delete', nodes: [footnoteText(target, op.provisionId, op.footnoteId)] }], eId),
      );
    case 'changeTitle':
      return mod(`${words.title}: `, quoted(textSegments(target.title, op.title), eId));
    case 'offerAlternatives':
      return mod(ref(op.provisionId), ': ', quoted(alternativesOffered(op.baseText, op.from, op.to, op.alternatives, eId), eId));
    case 'settleBrackets':
      return mod(ref(op.provisionId), ': ', quoted(bracketsSettled(provisionText(op.provisionId), op.bracketIndex, op.choice, eId), eId));
  }
}

function quoted(segments: readonly Segment[], eId: string): XmlElement {
  return inline(
    'quotedText',
    { eId: `${eId}__qtext_1` },
    segments.flatMap((segment) =>
      segment.kind === 'equal' ? segment.nodes : [inline(segment.kind === 'delete' ? 'del' : 'ins', {}, segment.nodes)],
    ),
  );
}

function textSegments(before: string, after: string): Segment[] {
  return diffWords(before, after).map((segment) => ({ kind: segment.kind, nodes: [segment.text] }));
}

/** A MOD's words: its replacements on the wording proposed against, or its old and new wording. */
function rewording(op: ModifyWords | ModifyText, current: string): Segment[] {
  if ('oldText' in op) return textSegments(op.oldText, op.newText);
  const tokens = tokenTexts(op.baseText);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const replacement of [...op.replacements].sort((a, b) => a.from - b.from)) {
    if (replacement.from > cursor) segments.push({ kind: 'equal', nodes: [tokens.slice(cursor, replacement.from).join('')] });
    const struck = tokens.slice(replacement.from, replacement.to).join('');
    if (struck !== '') segments.push({ kind: 'delete', nodes: [struck] });
    if (replacement.text !== '') segments.push({ kind: 'insert', nodes: [replacement.text] });
    cursor = Math.max(cursor, replacement.to);
  }
  if (cursor < tokens.length) segments.push({ kind: 'equal', nodes: [tokens.slice(cursor).join('')] });
  return segments.length > 0 ? segments : [{ kind: 'equal', nodes: [current] }];
}

/** The words offered instead, each alternative a span in its brackets; the second and later are alternatives to the first. */
function alternativeSpans(alternatives: readonly string[], eId: string): XmlNode[] {
  const first = `${eId}__alt_1`;
  return alternatives.flatMap((alternative, i) => [
    ...(i > 0 ? [' '] : []),
    inline('span', { eId: `${eId}__alt_${i + 1}`, alternativeTo: i === 0 ? undefined : first }, [`[${alternative}]`]),
  ]);
}

function alternativesOffered(baseText: string, from: number, to: number, alternatives: readonly string[], eId: string): Segment[] {
  const tokens = tokenTexts(baseText);
  const segments: Segment[] = [
    { kind: 'equal', nodes: [tokens.slice(0, from).join('')] },
    { kind: 'delete', nodes: [tokens.slice(from, to).join('')] },
    { kind: 'insert', nodes: alternativeSpans(alternatives, eId) },
    { kind: 'equal', nodes: [tokens.slice(to).join('')] },
  ];
  return segments.filter(hasWords);
}

function hasWords(segment: Segment): boolean {
  return segment.nodes.some((node) => node !== '');
}

function bracketsSettled(text: string, bracketIndex: number, choice: number | 'none', eId: string): Segment[] {
  const tokens = tokenTexts(text);
  const group = bracketGroups(tokens)[bracketIndex];
  if (!group) return [{ kind: 'equal', nodes: [text] }];
  const settled = settlement(tokens, group, choice);
  if (!settled.ok) return [{ kind: 'equal', nodes: [text] }];
  const { from, to, text: kept } = settled.value;
  const segments: Segment[] = [
    { kind: 'equal', nodes: [tokens.slice(0, from).join('')] },
    {
      kind: 'delete',
      nodes: [...tokens.slice(from, group.from), ...alternativeSpans(group.alternatives, eId), ...tokens.slice(group.to, to)],
    },
    { kind: 'insert', nodes: [kept] },
    { kind: 'equal', nodes: [tokens.slice(to).join('')] },
  ];
  return segments.filter(hasWords);
}

function headingOf(doc: ResolutionDocument, sectionId: string): string {
  return [...doc.preamble, ...doc.operative].find((section) => section.id === sectionId)?.heading ?? '';
}

function footnoteText(doc: ResolutionDocument, provisionId: string, footnoteId: string): string {
  return locateProvision(doc, provisionId)?.provision.footnotes.find((footnote) => footnote.id === footnoteId)?.text ?? '';
}
