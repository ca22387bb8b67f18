import { PartName, Provision, ResolutionDocument, Section } from '../model';

/** A list of provisions: a section's items or a provision's sub-items. */
export interface ContainerPath {
  readonly part: PartName;
  readonly sectionIndex: number;
  /** Sibling indexes from the section down to the parent provision; empty for a section's own items. */
  readonly provisionPath: readonly number[];
}

export interface LocatedProvision {
  readonly provision: Provision;
  readonly container: ContainerPath;
  readonly index: number;
  /** Ids of the provisions above it, outermost first. */
  readonly ancestors: readonly string[];
}

export const PARTS: readonly PartName[] = ['preamble', 'operative'];

/** Finds a provision anywhere in the document by its id. */
export function locateProvision(doc: ResolutionDocument, id: string): LocatedProvision | undefined {
  // Depth first with one reused path; the path is copied, and the ancestors read off it, only for the hit.
  const path: number[] = [];
  for (const part of PARTS) {
    const sections = doc[part];
    for (let s = 0; s < sections.length; s++) {
      const provisions = sections[s].provisions;
      const provision = search(provisions, id, path);
      if (provision !== undefined) {
        const ancestors: string[] = [];
        let list = provisions;
        for (let depth = 0; depth < path.length - 1; depth++) {
          ancestors.push(list[path[depth]].id);
          list = list[path[depth]].children;
        }
        return {
          provision,
          container: { part, sectionIndex: s, provisionPath: path.slice(0, -1) },
          index: path[path.length - 1],
          ancestors,
        };
      }
    }
  }
  return undefined;
}

function search(list: readonly Provision[], id: string, path: number[]): Provision | undefined {
  for (let i = 0; i < list.length; i++) {
    const provision = list[i];
    if (provision.id === id) {
      path.push(i);
      return provision;
    }
    if (provision.children.length > 0) {
      path.push(i);
      const found = search(provision.children, id, path);
      if (found !== undefined) return found;
      path.pop();
    }
  }
  return undefined;
}

export interface LocatedSection {
  readonly section: Section;
  readonly part: PartName;
  readonly index: number;
}

export function locateSection(doc: ResolutionDocument, id: string): LocatedSection | undefined {
  for (const part of PARTS) {
    const index = doc[part].findIndex((section) => section.id === id);
    if (index >= 0) return { section: doc[part][index], part, index };
  }
  return undefined;
}

/** The provisions of a container. */
export function containerItems(doc: ResolutionDocument, container: ContainerPath): readonly Provision[] {
  let list = doc[container.part][container.sectionIndex].provisions;
  for (const index of container.provisionPath) list = list[index].children;
  return list;
}

/** A new document whose container holds `edit(items)`; everything off the path is shared, not copied. */
export function editContainer(
  doc: ResolutionDocument,
  container: ContainerPath,
  edit: (items: readonly Provision[]) => readonly Provision[],
): ResolutionDocument {
  const sections = doc[container.part];
  const section = sections[container.sectionIndex];
  const provisions =
    container.provisionPath.length === 0 ? edit(section.provisions) : editPath(section.provisions, container.provisionPath, 0, edit);
  const edited = replaceAt(sections, container.sectionIndex, { ...section, provisions });
  return container.part === 'preamble' ? { ...doc, preamble: edited } : { ...doc, operative: edited };
}

function editPath(
  list: readonly Provision[],
  path: readonly number[],
  depth: number,
  edit: (items: readonly Provision[]) => readonly Provision[],
): readonly Provision[] {
  if (depth === path.length) return edit(list);
  const index = path[depth];
  const parent = list[index];
  return replaceAt(list, index, { ...parent, children: editPath(parent.children, path, depth + 1, edit) });
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice();
  copy[index] = item;
  return copy;
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  const copy = list.slice();
  copy.splice(index, 1);
  return copy;
}

export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice();
  copy.splice(index, 0, item);
  return copy;
}

/** Replaces one provision (found by `locateProvision`) with another. */
export function replaceProvision(doc: ResolutionDocument, located: LocatedProvision, provision: Provision): ResolutionDocument {
  return editContainer(doc, located.container, (items) => replaceAt(items, located.index, provision));
}

/** Whether `id` names `root` or one of its sub-items at any depth. */
export function subtreeContains(root: Provision, id: string): boolean {
  if (root.id === id) return true;
  return root.children.some((child) => subtreeContains(child, id));
}

/** Every provision of the document, depth first in reading order. */
export function* allProvisions(doc: ResolutionDocument): Generator<Provision> {
  for (const part of PARTS) for (const section of doc[part]) yield* walk(section.provisions);
}

function* walk(list: readonly Provision[]): Generator<Provision> {
  for (const provision of list) {
    yield provision;
    yield* walk(provision.children);
  }
}
