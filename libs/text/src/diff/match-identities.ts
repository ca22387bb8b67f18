import { Footnote, PartName, Provision, ResolutionDocument, Section } from '../model';
import { tokenize } from '../tokenize';
import { alignLists } from './align-lists';

/**
 * How the provisions of a whole text sent back by a stakeholder are recognised as those of
 * the base. `text`: by their wording — identical, then near-identical — since a text
 * re-imported from a file gets ids from its positions, and a paragraph added before
 * another shifts them. `ids`: the target keeps the base's ids (it was edited from it).
 */
export type IdentityMatching = 'text' | 'ids';

export interface MatchedIdentities {
  /** The target, with the ids of the base wherever a provision, section or footnote is recognised as the base's. */
  readonly document: ResolutionDocument;
  /** `provision:`, `section:` or `footnote:` plus the target's id → the id it has in `document`, for every id that changed. */
  readonly renamed: ReadonlyMap<string, string>;
}

/** The least word overlap (Dice coefficient of the word multisets) at which two wordings are taken for one provision reworded. */
export const NEAR_IDENTICAL = 0.6;

/** Gives the target the ids of the base for what it recognises as the same provision, section or footnote. */
export function matchIdentities(
  base: ResolutionDocument,
  target: ResolutionDocument,
  matching: IdentityMatching = 'text',
): MatchedIdentities {
  if (matching === 'ids') return { document: target, renamed: new Map() };
  const baseProvisions = flatten(base);
  const targetProvisions = flatten(target);
  const provisionIds = matchProvisions(baseProvisions, targetProvisions);
  const sectionIds = matchSections(base, target, provisionIds, baseProvisions);
  const footnoteIds = matchFootnotes(base, target, provisionIds);

  const renamed = new Map<string, string>();
  const rename = (namespace: string, matched: Map<string, string>, baseIds: Iterable<string>, targetIds: readonly string[]) => {
    const used = new Set([...baseIds, ...matched.values()]);
    const fresh = (id: string) => {
      let candidate = id;
      for (let n = 1; used.has(candidate); n++) candidate = `${id}-new${n === 1 ? '' : `-${n}`}`;
      used.add(candidate);
      return candidate;
    };
    const ids = new Map<string, string>();
    for (const id of targetIds) ids.set(id, matched.get(id) ?? fresh(id));
    for (const [from, to] of ids) if (from !== to) renamed.set(`${namespace}:${from}`, to);
    return ids;
  };
  const provisionMap = rename(
    'provision',
    provisionIds,
    baseProvisions.map((p) => p.provision.id),
    targetProvisions.map((p) => p.provision.id),
  );
  const sectionMap = rename(
    'section',
    sectionIds,
    sectionsOf(base).map((s) => s.section.id),
    sectionsOf(target).map((s) => s.section.id),
  );
  const footnoteMap = rename(
    'footnote',
    footnoteIds,
    footnotesOf(base).map((f) => f.footnote.id),
    footnotesOf(target).map((f) => f.footnote.id),
  );

  const provision = (p: Provision): Provision => ({
    ...p,
    id: provisionMap.get(p.id) ?? p.id,
    footnotes: p.footnotes.map((f) => ({ ...f, id: footnoteMap.get(f.id) ?? f.id })),
    children: p.children.map(provision),
  });
  const section = (s: Section): Section => ({ ...s, id: sectionMap.get(s.id) ?? s.id, provisions: s.provisions.map(provision) });
  return { document: { ...target, preamble: target.preamble.map(section), operative: target.operative.map(section) }, renamed };
}

interface Placed {
  readonly provision: Provision;
  readonly part: PartName;
  readonly sectionId: string;
  readonly parentId?: string;
  /** Position in reading order. */
  readonly rank: number;
}

function flatten(doc: ResolutionDocument): Placed[] {
  const out: Placed[] = [];
  const walk = (list: readonly Provision[], part: PartName, sectionId: string, parentId?: string) =>
    list.forEach((provision) => {
      out.push({ provision, part, sectionId, rank: out.length, ...(parentId === undefined ? {} : { parentId }) });
      walk(provision.children, part, sectionId, provision.id);
    });
  for (const part of ['preamble', 'operative'] as const) for (const section of doc[part]) walk(section.provisions, part, section.id);
  return out;
}

function sectionsOf(doc: ResolutionDocument): { section: Section; part: PartName; index: number }[] {
  return (['preamble', 'operative'] as const).flatMap((part) => doc[part].map((section, index) => ({ section, part, index })));
}

function footnotesOf(doc: ResolutionDocument): { footnote: Footnote; provisionId: string }[] {
  return flatten(doc).flatMap(({ provision }) => provision.footnotes.map((footnote) => ({ footnote, provisionId: provision.id })));
}

const normalized = (text: string) => text.replace(/\s+/gu, ' ').trim();

function wordKeys(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokenize(text)) if (token.kind === 'word') counts.set(token.key, (counts.get(token.key) ?? 0) + 1);
  return counts;
}

/** The Dice coefficient of two word multisets: 1 for the same words, 0 for none in common. */
export function wordSimilarity(x: string, y: string): number {
  return dice(wordKeys(x), wordKeys(y), x, y);
}

function dice(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, x: string, y: string): number {
  let total = 0;
  let common = 0;
  for (const count of a.values()) total += count;
  for (const [key, count] of b) {
    total += count;
    common += Math.min(count, a.get(key) ?? 0);
  }
  return total === 0 ? (normalized(x) === normalized(y) ? 1 : 0) : (2 * common) / total;
}

/** Target id → base id: identical wordings first (the same id, else the first in reading order), then near-identical ones, best first. */
function matchProvisions(base: readonly Placed[], target: readonly Placed[]): Map<string, string> {
  const matched = new Map<string, string>();
  const used = new Set<string>();
  const byText = new Map<string, Placed[]>();
  for (const place of base) {
    const key = normalized(place.provision.text);
    byText.set(key, [...(byText.get(key) ?? []), place]);
  }
  for (const place of target) {
    const candidates = (byText.get(normalized(place.provision.text)) ?? []).filter((candidate) => !used.has(candidate.provision.id));
    const chosen = candidates.find((candidate) => candidate.provision.id === place.provision.id) ?? candidates[0];
    if (chosen !== undefined) {
      matched.set(place.provision.id, chosen.provision.id);
      used.add(chosen.provision.id);
    }
  }
  const pairs: { t: Placed; b: Placed; score: number }[] = [];
  const leftBase = base.filter((place) => !used.has(place.provision.id)).map((b) => ({ b, keys: wordKeys(b.provision.text) }));
  for (const t of target) {
    if (matched.has(t.provision.id)) continue;
    const keys = wordKeys(t.provision.text);
    for (const { b, keys: baseKeys } of leftBase) {
      const score = dice(baseKeys, keys, b.provision.text, t.provision.text);
      if (score >= NEAR_IDENTICAL) pairs.push({ t, b, score });
    }
  }
  const sameId = (pair: { t: Placed; b: Placed }) => (pair.t.provision.id === pair.b.provision.id ? 0 : 1);
  pairs.sort((x, y) => y.score - x.score || sameId(x) - sameId(y) || Math.abs(x.t.rank - x.b.rank) - Math.abs(y.t.rank - y.b.rank));
  for (const { t, b } of pairs) {
    if (matched.has(t.provision.id) || used.has(b.provision.id)) continue;
    matched.set(t.provision.id, b.provision.id);
    used.add(b.provision.id);
  }
  matchRewordedInPlace(base, target, matched, used);
  return matched;
}

/**
 * A provision reworded beyond recognition but standing where the old one stood — between
 * the same two neighbours, or alone under the same parent — is that provision reworded
 * (a MOD, as a chair's compromise text is), not a SUP and an ADD.
 */
function matchRewordedInPlace(base: readonly Placed[], target: readonly Placed[], matched: Map<string, string>, used: Set<string>): void {
  const siblings = (places: readonly Placed[]) => {
    const lists = new Map<string, string[]>();
    const where = new Map<string, { list: string[]; index: number }>();
    for (const place of places) {
      const key = `${place.sectionId}\u0000${place.parentId ?? ''}`;
      const list = lists.get(key) ?? [];
      lists.set(key, list);
      where.set(place.provision.id, { list, index: list.length });
      list.push(place.provision.id);
    }
    return where;
  };
  const baseWhere = siblings(base);
  const targetWhere = siblings(target);
  const baseChildren = new Map<string, string[]>();
  for (const place of base)
    if (place.parentId !== undefined) baseChildren.set(place.parentId, [...(baseChildren.get(place.parentId) ?? []), place.provision.id]);
  for (const t of target) {
    if (matched.has(t.provision.id)) continue;
    const { list, index } = targetWhere.get(t.provision.id)!;
    const before = index > 0 ? matched.get(list[index - 1]) : undefined;
    const after = index + 1 < list.length ? matched.get(list[index + 1]) : undefined;
    let candidate: string | undefined;
    if (before !== undefined) {
      const at = baseWhere.get(before)!;
      const next = at.list[at.index + 1];
      const fits = after !== undefined ? at.list[at.index + 2] === after : index + 1 === list.length && at.index + 2 === at.list.length;
      if (next !== undefined && fits) candidate = next;
    } else if (after !== undefined) {
      const at = baseWhere.get(after)!;
      if (index === 0 && at.index === 1) candidate = at.list[0];
    } else if (list.length === 1 && t.parentId !== undefined) {
      const parent = matched.get(t.parentId);
      const children = parent === undefined ? [] : (baseChildren.get(parent) ?? []);
      if (children.length === 1) candidate = children[0];
    }
    if (candidate === undefined || used.has(candidate)) continue;
    matched.set(t.provision.id, candidate);
    used.add(candidate);
  }
}

/**
 * Target section id → base section id, within one part: the base section most of its
 * recognised provisions come from, else the same heading. A section recognised but out
 * of order among the others is taken as new (added, its provisions moved into it, the old
 * one suppressed), since a section itself has no MOVE.
 */
function matchSections(
  base: ResolutionDocument,
  target: ResolutionDocument,
  provisionIds: ReadonlyMap<string, string>,
  baseProvisions: readonly Placed[],
): Map<string, string> {
  const baseSectionOf = new Map(baseProvisions.map((place) => [place.provision.id, place.sectionId]));
  const matched = new Map<string, string>();
  for (const part of ['preamble', 'operative'] as const) {
    const used = new Set<string>();
    const votes: { t: string; b: string; count: number; index: number }[] = [];
    target[part].forEach((section, index) => {
      const counts = new Map<string, number>();
      for (const place of flatten({ ...target, preamble: [section], operative: [] })) {
        const from = provisionIds.get(place.provision.id);
        const sectionId = from === undefined ? undefined : baseSectionOf.get(from);
        if (sectionId !== undefined && base[part].some((s) => s.id === sectionId)) counts.set(sectionId, (counts.get(sectionId) ?? 0) + 1);
      }
      for (const [b, count] of counts) votes.push({ t: section.id, b, count, index });
    });
    votes.sort((x, y) => y.count - x.count || x.index - y.index);
    for (const { t, b } of votes) {
      if (matched.has(t) || used.has(b)) continue;
      matched.set(t, b);
      used.add(b);
    }
    for (const section of target[part]) {
      if (matched.has(section.id)) continue;
      const same = base[part].find((candidate) => !used.has(candidate.id) && normalized(candidate.heading) === normalized(section.heading));
      if (same !== undefined) {
        matched.set(section.id, same.id);
        used.add(same.id);
      }
    }
    const order = alignLists(
      base[part].map((s) => s.id),
      target[part].filter((s) => matched.has(s.id)).map((s) => matched.get(s.id) as string),
      () => false,
      () => false,
    );
    for (const { id, change } of order) {
      if (change !== 'moved-here') continue;
      const t = [...matched].find(([, b]) => b === id);
      if (t !== undefined) matched.delete(t[0]);
    }
  }
  return matched;
}

/** Target footnote id → base footnote id: on a recognised provision the same wording, then the same wording anywhere, then the rest of a recognised provision's footnotes in order. */
function matchFootnotes(
  base: ResolutionDocument,
  target: ResolutionDocument,
  provisionIds: ReadonlyMap<string, string>,
): Map<string, string> {
  const baseByProvision = new Map<string, Footnote[]>();
  for (const { footnote, provisionId } of footnotesOf(base))
    baseByProvision.set(provisionId, [...(baseByProvision.get(provisionId) ?? []), footnote]);
  const targetFootnotes = footnotesOf(target);
  const matched = new Map<string, string>();
  const used = new Set<string>();
  const take = (t: Footnote, b: Footnote | undefined) => {
    if (b === undefined || matched.has(t.id)) return;
    matched.set(t.id, b.id);
    used.add(b.id);
  };
  const onSame = (provisionId: string) =>
    (baseByProvision.get(provisionIds.get(provisionId) ?? '\u0000') ?? []).filter((b) => !used.has(b.id));
  for (const { footnote, provisionId } of targetFootnotes)
    take(
      footnote,
      onSame(provisionId).find((b) => normalized(b.text) === normalized(footnote.text)),
    );
  const allBase = footnotesOf(base).map((entry) => entry.footnote);
  for (const { footnote } of targetFootnotes) {
    if (!matched.has(footnote.id))
      take(
        footnote,
        allBase.find((b) => !used.has(b.id) && normalized(b.text) === normalized(footnote.text)),
      );
  }
  for (const { footnote, provisionId } of targetFootnotes) if (!matched.has(footnote.id)) take(footnote, onSame(provisionId)[0]);
  return matched;
}
