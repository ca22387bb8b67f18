import { ResolutionDocument, longestCommonSubsequence, outlineDocument } from '#libs/text';
import { unique } from './history-entry';

/**
 * The provisions (and sections) an adopted version changes against the version before it:
 * added, removed, reworded, with footnotes changed, moved to another place; and the
 * sections added, removed or given another heading. A provision relettered because
 * another was inserted before it is not changed: its label is derived from its place.
 */
export function provisionsChangedBetween(before: ResolutionDocument, after: ResolutionDocument): string[] {
  const describe = (doc: ResolutionDocument) => {
    const map = new Map<string, { container: string; text: string; footnotes: string }>();
    const order = new Map<string, string[]>();
    for (const place of outlineDocument(doc)) {
      const container = place.parentId !== undefined ? `provision:${place.parentId}` : `section:${place.sectionId}`;
      map.set(place.provision.id, {
        container,
        text: place.provision.text,
        footnotes: JSON.stringify(place.provision.footnotes.map((footnote) => footnote.text)),
      });
      order.set(container, [...(order.get(container) ?? []), place.provision.id]);
    }
    return { map, order };
  };
  const old = describe(before);
  const now = describe(after);
  const changed = new Set<string>();
  for (const [id, place] of now.map) {
    const was = old.map.get(id);
    if (!was || was.container !== place.container || was.text !== place.text || was.footnotes !== place.footnotes) changed.add(id);
  }
  for (const id of old.map.keys()) if (!now.map.has(id)) changed.add(id);
  // Within a list that kept its members, the ones out of the longest run still in order were moved.
  for (const [container, ids] of now.order) {
    const kept = ids.filter((id) => old.map.get(id)?.container === container);
    const previously = (old.order.get(container) ?? []).filter((id) => kept.includes(id));
    const inOrder = new Set(longestCommonSubsequence(previously, kept));
    kept.filter((id) => !inOrder.has(id)).forEach((id) => changed.add(id));
  }
  const sections = (doc: ResolutionDocument) =>
    new Map([...doc.preamble, ...doc.operative].map((section) => [section.id, section.heading]));
  const oldSections = sections(before);
  const newSections = sections(after);
  for (const [id, heading] of newSections) if (oldSections.get(id) !== heading) changed.add(id);
  for (const id of oldSections.keys()) if (!newSections.has(id)) changed.add(id);
  const order = [
    ...outlineDocument(after).map((place) => place.provision.id),
    ...outlineDocument(before).map((place) => place.provision.id),
    ...newSections.keys(),
    ...oldSections.keys(),
  ];
  return unique(order.filter((id) => changed.has(id)));
}
