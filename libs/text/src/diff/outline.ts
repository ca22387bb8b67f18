import { formatLabel, provisionLabelInSection } from '../labels';
import { PartName, Provision, ResolutionDocument } from '../model';

/** Where a provision stands, and the label that place gives it. */
export interface ProvisionPlace {
  readonly provision: Provision;
  readonly part: PartName;
  readonly sectionId: string;
  /** The provision it is a sub-item of; absent at the top of a section. */
  readonly parentId?: string;
  readonly depth: number;
  /** 0-based among its siblings. */
  readonly index: number;
  /** The bare label: "ب", "3", "-"; empty where none is printed. */
  readonly label: string;
  /** The label as printed: "ب)", "أ )", "3", "'1'", "-". */
  readonly printedLabel: string;
}

/**
 * Every provision of a document with its place and derived label, in reading order.
 * Labels come from position alone, which is why inserting, moving or suppressing a
 * provision reletters the ones after it without anyone touching them.
 */
export function outlineDocument(doc: ResolutionDocument): ProvisionPlace[] {
  const places: ProvisionPlace[] = [];
  const visit = (list: readonly Provision[], part: PartName, sectionId: string, parent: Provision | undefined, depth: number) => {
    list.forEach((provision, index) => {
      const label = labelAt(doc, part, depth, index, list.length, parent);
      const printedLabel = parent?.listMarker !== undefined ? label : formatLabel(doc.language, doc.style, part, depth, label);
      places.push({ provision, part, sectionId, parentId: parent?.id, depth, index, label, printedLabel });
      visit(provision.children, part, sectionId, provision, depth + 1);
    });
  };
  for (const part of ['preamble', 'operative'] as const) {
    for (const section of doc[part]) visit(section.provisions, part, section.id, undefined, 0);
  }
  return places;
}

/** The places of a document's provisions by id. */
export function placesById(doc: ResolutionDocument): Map<string, ProvisionPlace> {
  return new Map(outlineDocument(doc).map((place) => [place.provision.id, place]));
}

function labelAt(
  doc: ResolutionDocument,
  part: PartName,
  depth: number,
  index: number,
  siblings: number,
  parent: Provision | undefined,
): string {
  // Dashed and bulleted sub-items carry their marker, not a number.
  if (parent?.listMarker === 'dash') return '-';
  if (parent?.listMarker === 'bullet') return '•';
  return provisionLabelInSection(doc.language, doc.style, part, depth, index, siblings);
}
