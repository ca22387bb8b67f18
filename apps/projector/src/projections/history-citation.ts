import { ResolutionDocument, citeProvisionOr } from '#libs/text';

/**
 * A provision as the document prints it (libs/text `citeProvision`: its section's heading and
 * its labels, "resolves to instruct the Secretary-General, 5"), or empty when the text has no
 * such provision: the history then says so in words.
 */
export function citeProvision(document: ResolutionDocument, provisionId: string): string {
  return citeProvisionOr(document, provisionId, '');
}

/** A section's heading as printed, or undefined when the text has no such section. */
export function sectionHeading(document: ResolutionDocument, sectionId: string): string | undefined {
  return [...document.preamble, ...document.operative].find((section) => section.id === sectionId)?.heading;
}
