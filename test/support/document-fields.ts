import { InterchangeDocument, InterchangeProvision, Provision, ResolutionDocument, outlineDocument } from '#libs/text';

/**
 * A text as fields named by where they stand ("operative[0].provisions[8].text"), so that a
 * difference names the field: headings, provision counts, printed labels, wordings, sub-items
 * and footnotes (words and marker), in reading order.
 */
export function fieldsOf(doc: ResolutionDocument, printedLabels: ReadonlyMap<string, string>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const provision = (p: Provision, path: string) => {
    fields[`${path}.label`] = printedLabels.get(p.id);
    fields[`${path}.text`] = p.text;
    fields[`${path}.footnotes`] = p.footnotes.length;
    p.footnotes.forEach((f, k) => {
      fields[`${path}.footnotes[${k}].text`] = f.text;
      fields[`${path}.footnotes[${k}].anchor`] = f.anchor ?? 'after the last word';
    });
    fields[`${path}.children`] = p.children.length;
    p.children.forEach((child, k) => provision(child, `${path}.children[${k}]`));
  };
  for (const part of ['preamble', 'operative'] as const) {
    fields[`${part}.sections`] = doc[part].length;
    doc[part].forEach((section, i) => {
      fields[`${part}[${i}].heading`] = section.heading;
      fields[`${part}[${i}].provisions`] = section.provisions.length;
      section.provisions.forEach((p, j) => provision(p, `${part}[${i}].provisions[${j}]`));
    });
  }
  return fields;
}

/** The labels a text prints, by provision id, as the text engine derives them from position. */
export const derivedLabels = (doc: ResolutionDocument) =>
  new Map(outlineDocument(doc).map((place) => [place.provision.id, place.printedLabel]));

/** The labels the API printed in the interchange document it answered, by provision id. */
export function answeredLabels(text: InterchangeDocument): Map<string, string> {
  const labels = new Map<string, string>();
  const visit = (p: InterchangeProvision) => {
    labels.set(p.id, p.label);
    p.children.forEach(visit);
  };
  [...text.preamble, ...text.operative].forEach((section) => section.provisions.forEach(visit));
  return labels;
}

/** The fields whose names match `which`. */
export const only = (fields: Record<string, unknown>, which: RegExp) =>
  Object.fromEntries(Object.entries(fields).filter(([name]) => which.test(name)));
