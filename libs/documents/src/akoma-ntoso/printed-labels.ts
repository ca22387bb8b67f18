import { DocumentStyle, LanguageCode, PartName, Provision, formatLabel, provisionLabelInSection } from '#libs/text';

/** Where labels are printed: the document's language and style. */
export interface LabelPlace {
  readonly language: LanguageCode;
  readonly style: DocumentStyle;
}

/** A provision's label as printed at its place ("a)", "أ )", "هـ )", "1", "'1'", "-"), '' where none is printed. */
export function printedLabel(
  place: LabelPlace,
  part: PartName,
  depth: number,
  index: number,
  siblings: number,
  marker: Provision['listMarker'],
): string {
  if (marker === 'dash') return '-';
  if (marker === 'bullet') return '•';
  return formatLabel(
    place.language,
    place.style,
    part,
    depth,
    provisionLabelInSection(place.language, place.style, part, depth, index, siblings),
  );
}
