/**
 * How an amendment file points into the text it amends: a `ref` to the target's eId in
 * the amended expression, showing the provision's label as printed (or, where none is
 * printed, its first words), the section's heading, never an internal id.
 */
import { ResolutionDocument, locateProvision, locateSection } from '#libs/text';
import { eIdOf } from './identifiers';
import { printedLabel } from './printed-labels';
import { XmlElement, inline } from './xml-tree';

const OPENING_WORDS = 6;

/** A `ref` to a provision of the amended text; undefined when it is not in that text. */
export function provisionRef(doc: ResolutionDocument, expressionUri: string, provisionId: string): XmlElement | undefined {
  const located = locateProvision(doc, provisionId);
  if (!located) return undefined;
  const { container, index, ancestors } = located;
  const depth = container.provisionPath.length;
  const parent = ancestors.length > 0 ? locateProvision(doc, ancestors[ancestors.length - 1])?.provision : undefined;
  const siblings = (parent?.children ?? doc[container.part][container.sectionIndex].provisions).length;
  const label = printedLabel({ language: doc.language, style: doc.style }, container.part, depth, index, siblings, parent?.listMarker);
  const kind = container.part === 'preamble' ? (depth === 0 ? 'recital' : 'item') : depth === 0 ? 'paragraph' : 'point';
  const words = located.provision.text.split(/\s+/u).filter(Boolean);
  const shown = label !== '' ? label : `${words.slice(0, OPENING_WORDS).join(' ')}${words.length > OPENING_WORDS ? ' …' : ''}`;
  return inline('ref', { href: `${expressionUri}/!main#${eIdOf(kind, provisionId)}` }, [shown]);
}

/** A `ref` to a section of the amended text, showing its heading. */
export function sectionRef(doc: ResolutionDocument, expressionUri: string, sectionId: string): XmlElement | undefined {
  const located = locateSection(doc, sectionId);
  if (!located) return undefined;
  const kind = located.part === 'operative' ? 'section' : located.section.provisions.length === 0 ? 'emptyRecitals' : 'recitals';
  return inline('ref', { href: `${expressionUri}/!main#${eIdOf(kind, sectionId)}` }, [located.section.heading]);
}
