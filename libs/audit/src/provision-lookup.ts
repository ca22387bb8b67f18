import { ProvisionPlace, ResolutionDocument, foldPresentationForms, outlineDocument, searchKey } from '#libs/text';

/*
 * Finding a provision by what the auditor calls it: its id, or its label path as printed,
 * optionally after its section.
 */

export interface FoundProvision {
  readonly place: ProvisionPlace;
  readonly sectionHeading: string;
  /** 1-based among the sections of its part. */
  readonly sectionNumber: number;
  /** How to name it unambiguously: "operative 1/3", "preamble 2/ب". */
  readonly reference: string;
}

export type ProvisionLookup =
  | { readonly ok: true; readonly found: FoundProvision }
  | { readonly ok: false; readonly reason: string; readonly candidates: readonly string[] };

/** A label as typed or printed, reduced to what tells labels apart: "هـ )", "ﻫ)", "ه" → "ه"; "(a)" → "a"; "'1'", "1 -", "١" → "1". */
export function labelKey(label: string): string {
  return foldPresentationForms(label)
    .normalize('NFC')
    .replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/gu, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0640\u064B-\u065F\u0670]/gu, '')
    .replace(/[\s\u00A0()（）.'’‘`´"“”\-–—]/gu, '')
    .toLowerCase();
}

const PART_WORDS: Record<string, 'preamble' | 'operative'> = {
  preamble: 'preamble',
  operative: 'operative',
  الديباجة: 'preamble',
  المنطوق: 'operative',
};

interface SectionFilter {
  readonly part?: 'preamble' | 'operative';
  readonly sectionNumber?: number;
  readonly heading?: string;
  /** Whether the heading must be the whole heading rather than a part of it. */
  readonly exact?: boolean;
}

function sectionFilter(segment: string): SectionFilter | undefined {
  const words = segment.trim().split(/\s+/u);
  const part = PART_WORDS[words[0]?.toLowerCase() ?? ''];
  if (part && words.length === 1) return { part };
  if (part && words.length === 2 && /^\d+$/u.test(labelKey(words[1]))) return { part, sectionNumber: Number(labelKey(words[1])) };
  const heading = searchKey(segment);
  return heading === '' ? undefined : { heading };
}

/**
 * A provision of a document by its id, or by its label path at this moment: "3", "ب",
 * "هـ)", "3/'1'" (a sub-item), optionally after its section: "operative 2/1",
 * "preamble/ب", "recalling further/a" or the heading in Arabic ("وإذ يذكّر أيضاً/أ"). A label
 * that several sections print answers the unambiguous references of each.
 */
export function findProvision(doc: ResolutionDocument, reference: string): ProvisionLookup {
  const places = outlineDocument(doc);
  const sectionOf = new Map<string, { heading: string; number: number }>();
  for (const part of ['preamble', 'operative'] as const)
    doc[part].forEach((section, i) => sectionOf.set(section.id, { heading: section.heading, number: i + 1 }));
  const describe = (place: ProvisionPlace): FoundProvision => {
    const section = sectionOf.get(place.sectionId)!;
    const path: string[] = [];
    for (let p: ProvisionPlace | undefined = place; p; p = p.parentId ? places.find((q) => q.provision.id === p!.parentId) : undefined)
      path.unshift(p.label || '-');
    return {
      place,
      sectionHeading: section.heading,
      sectionNumber: section.number,
      reference: `${place.part} ${section.number}/${path.join('/')}`,
    };
  };

  const byId = places.find((place) => place.provision.id === reference);
  if (byId) return { ok: true, found: describe(byId) };

  const segments = reference.split('/').map((s) => s.trim());
  const attempts: { filter?: SectionFilter; labels: string[] }[] = [{ labels: segments }];
  if (segments.length >= 2) {
    const filter = sectionFilter(segments[0]);
    if (filter) attempts.unshift({ filter, labels: segments.slice(1) });
  }
  for (const attempt of attempts) {
    const { labels } = attempt;
    let filter = attempt.filter;
    // A heading named in full picks its own section, not the others that contain it ("إذ يذكّر" and "وإذ يذكّر أيضاً").
    if (filter?.heading !== undefined && [...sectionOf.values()].some((section) => searchKey(section.heading) === filter!.heading))
      filter = { ...filter, exact: true };
    const keys = labels.map((l) => (l === '-' ? '' : labelKey(l)));
    let candidates = places.filter(
      (place) => place.depth === 0 && inSection(place, filter, sectionOf) && labelKey(place.label) === keys[0],
    );
    for (const key of keys.slice(1)) {
      const parents = new Set(candidates.map((c) => c.provision.id));
      candidates = places.filter((place) => place.parentId !== undefined && parents.has(place.parentId) && labelKey(place.label) === key);
    }
    if (candidates.length === 1) return { ok: true, found: describe(candidates[0]) };
    if (candidates.length > 1) {
      return {
        ok: false,
        reason: `"${reference}" names ${candidates.length} provisions at this moment; say which by its section`,
        candidates: candidates
          .map((c) => describe(c))
          .map((f) => `${f.reference} (${f.sectionHeading || 'untitled'}): ${f.place.provision.text.slice(0, 60)}`),
      };
    }
  }
  return {
    ok: false,
    reason: `no provision is labelled or identified "${reference}" at this moment`,
    candidates: places.filter((p) => p.depth === 0).map((p) => describe(p).reference),
  };
}

function inSection(
  place: ProvisionPlace,
  filter: SectionFilter | undefined,
  sections: ReadonlyMap<string, { heading: string; number: number }>,
): boolean {
  if (!filter) return true;
  const section = sections.get(place.sectionId)!;
  if (filter.part && place.part !== filter.part) return false;
  if (filter.sectionNumber !== undefined && section.number !== filter.sectionNumber) return false;
  if (filter.heading !== undefined) {
    const heading = searchKey(section.heading);
    if (heading !== filter.heading && (filter.exact || !heading.includes(filter.heading))) return false;
  }
  return true;
}
