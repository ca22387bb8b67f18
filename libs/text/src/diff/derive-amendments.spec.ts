import fc from 'fast-check';
import { AmendmentOperation } from '../amend/amendment';
import { applyAmendment, applyAmendments } from '../amend/apply-amendment';
import { hostileWording, resolutionDocument } from '../amend/testing/arbitraries';
import { ALL_KINDS, amendmentFor, amendmentSeed } from '../amend/testing/operations';
import { importResolution } from '../import';
import { FixtureName, readFixture } from '../import/fixtures/seeds';
import { Footnote, Provision, ResolutionDocument, Section } from '../model';
import { tokenTexts } from '../tokenize';
import { deriveAmendments, DerivedAmendments } from './derive-amendments';
import { diffDocuments } from './document-diff';
import { outlineDocument } from './outline';

const RUNS = 200;

/** Applies the derived operations to the base with the engine's own machinery. */
function applied(base: ResolutionDocument, derived: DerivedAmendments): ResolutionDocument {
  const result = applyAmendments(base, derived.operations);
  if (!result.ok) throw new Error(`operation ${result.refusal.index} refused: ${result.refusal.message}`);
  return result.value;
}

/** What the laws compare: the title, the outline with its labels as printed, every provision's words and footnotes (markers included). */
function reading(doc: ResolutionDocument) {
  return {
    title: doc.title,
    headings: [...doc.preamble, ...doc.operative].map((section) => [section.id, section.heading]),
    outline: outlineDocument(doc).map((place) => [
      place.provision.id,
      place.sectionId,
      place.parentId,
      place.printedLabel,
      place.provision.text,
      place.provision.footnotes.map(plainFootnote),
    ]),
  };
}

const plainFootnote = (footnote: Footnote) => (footnote.anchor === undefined ? { id: footnote.id, text: footnote.text } : { ...footnote });

/** The target as a proposer would send it beside the base: the same enacting formula, cover, language and style. */
const beside = (base: ResolutionDocument, target: ResolutionDocument): ResolutionDocument => ({
  ...target,
  language: base.language,
  style: base.style,
  body: base.body,
  metadata: base.metadata,
});

/** A generated document whose footnote markers stand after some word of their provision, or (undefined) at its end. */
const anchoredDocument = (text = hostileWording) =>
  fc
    .tuple(resolutionDocument({ text }), fc.array(fc.option(fc.nat(12), { nil: undefined }), { minLength: 40, maxLength: 40 }))
    .map(([doc, anchors]) => {
      let next = 0;
      return mapProvisions(doc, (p) => ({
        ...p,
        footnotes: p.footnotes.map((footnote) => {
          const anchor = anchors[next++ % anchors.length];
          return anchor === undefined ? footnote : { ...footnote, anchor: Math.min(anchor, p.text.split(' ').length) };
        }),
      }));
    });

/** The base amended by whatever random amendments apply: a target that shares the base's ids. */
const amendedPair = (text = hostileWording) =>
  fc.tuple(anchoredDocument(text), fc.array(amendmentSeed(ALL_KINDS), { maxLength: 12 })).map(([base, seeds]) => {
    let target = base;
    seeds.forEach((seed, serial) => {
      const op = amendmentFor(target, seed, serial);
      const result = op && applyAmendment(target, op);
      if (result?.ok) target = result.value;
    });
    return { base, target };
  });

/** Every id replaced by its place, the way an importer names what it reads: the text re-imported. */
function positionalIds(doc: ResolutionDocument): ResolutionDocument {
  let footnote = 0;
  const provision = (p: Provision, id: string): Provision => ({
    ...p,
    id,
    footnotes: p.footnotes.map((f) => ({ ...f, id: `fn${++footnote}` })),
    children: p.children.map((c, k) => provision(c, `${id}-${k + 1}`)),
  });
  const sections = (list: readonly Section[], prefix: string) =>
    list.map((s, i) => ({
      ...s,
      id: `${prefix}-${i + 1}`,
      provisions: s.provisions.map((p, k) => provision(p, `${prefix}-${i + 1}-${k + 1}`)),
    }));
  return { ...doc, preamble: sections(doc.preamble, 'pre'), operative: sections(doc.operative, 'op') };
}

describe('deriveAmendments: laws over generated texts', () => {
  it('gives back the target exactly, labels included, when the target kept the ids of the base', () => {
    fc.assert(
      fc.property(amendedPair(), ({ base, target }) => {
        const derived = deriveAmendments(base, target, { identities: 'ids' });
        expect(derived.unexpressed).toEqual([]);
        expect(reading(applied(base, derived))).toEqual(reading(target));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives back the target, recognised by its wording, when the ids were lost on the way', () => {
    fc.assert(
      fc.property(amendedPair(), ({ base, target }) => {
        const sent = positionalIds(target);
        const derived = deriveAmendments(base, sent);
        expect(derived.unexpressed).toEqual([]);
        expect(reading(applied(base, derived))).toEqual(reading(derived.expected));
        // The expected text is the one sent, but for ids.
        expect(reading(positionalIds(derived.expected))).toEqual(reading(sent));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives back an unrelated target built from the same pools of ids, or says which section stands elsewhere', () => {
    fc.assert(
      fc.property(anchoredDocument(), anchoredDocument(), (base, other) => {
        const target = beside(base, other);
        const derived = deriveAmendments(base, target, { identities: 'ids' });
        expect(derived.unexpressed.filter((item) => item.code !== 'section-moved')).toEqual([]);
        if (derived.unexpressed.length === 0) expect(reading(applied(base, derived))).toEqual(reading(target));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives back an unrelated target recognised by its wording, sections out of order added anew', () => {
    fc.assert(
      fc.property(anchoredDocument(), anchoredDocument(), (base, other) => {
        const derived = deriveAmendments(base, positionalIds(beside(base, other)));
        expect(derived.unexpressed).toEqual([]);
        expect(reading(applied(base, derived))).toEqual(reading(derived.expected));
      }),
      { numRuns: RUNS },
    );
  });

  it('names only what changed: every operation bears on a provision, section or footnote the revision lists as changed', () => {
    fc.assert(
      fc.property(amendedPair(), ({ base, target }) => {
        const { summary } = diffDocuments(base, target);
        const provisions = new Set([...summary.inserted, ...summary.deleted, ...summary.moved, ...summary.modified]);
        const footnotes = new Set(summary.footnotesChanged.map((change) => `${change.provisionId}/${change.footnoteId}`));
        // The revision's summary compares footnote wordings; a marker that moved is a change too.
        const markers = (doc: ResolutionDocument) =>
          new Map(
            outlineDocument(doc).flatMap((place) =>
              place.provision.footnotes.map((f) => [`${place.provision.id}/${f.id}`, f.anchor] as const),
            ),
          );
        const after = markers(target);
        for (const [key, anchor] of markers(base)) if (after.has(key) && after.get(key) !== anchor) footnotes.add(key);
        const sectionsBefore = new Set([...base.preamble, ...base.operative].map((section) => section.id));
        const sectionsAfter = new Set([...target.preamble, ...target.operative].map((section) => section.id));
        for (const op of deriveAmendments(base, target, { identities: 'ids' }).operations) {
          switch (op.kind) {
            case 'add':
              expect(provisions).toContain(op.newId);
              break;
            case 'addFootnote':
            case 'changeFootnote':
            case 'suppressFootnote':
              // A MOD of the words carries the markers with them: putting one back where it stood is a change of that provision too.
              if (!provisions.has(op.provisionId)) expect(footnotes).toContain(`${op.provisionId}/${op.footnoteId}`);
              break;
            case 'changeHeading':
              expect(summary.headingsChanged).toContain(op.sectionId);
              break;
            case 'addSection':
              expect(sectionsBefore.has(op.sectionId)).toBe(false);
              break;
            case 'suppressSection':
              expect(sectionsAfter.has(op.sectionId)).toBe(false);
              break;
            case 'changeTitle':
              expect(target.title).not.toBe(base.title);
              break;
            default:
              expect(provisions).toContain(op.provisionId);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('derives nothing from an unchanged text, and one MOD of one word from a one-word change', () => {
    fc.assert(
      fc.property(resolutionDocument(), fc.nat(), fc.nat(), (base, which, where) => {
        expect(deriveAmendments(base, base).operations).toEqual([]);
        expect(deriveAmendments(base, base, { identities: 'ids' }).operations).toEqual([]);
        const provisions = outlineDocument(base)
          .map((place) => place.provision)
          .filter((p) => tokenTexts(p.text).some(isWord));
        fc.pre(provisions.length > 0);
        const chosen = provisions[which % provisions.length];
        const tokens = tokenTexts(chosen.text);
        const words = tokens.map((token, index) => [token, index] as const).filter(([token]) => isWord(token));
        const [, index] = words[where % words.length];
        const text = [...tokens.slice(0, index), 'WSIS+20', ...tokens.slice(index + 1)].join('');
        const target = replaceText(base, chosen.id, text);
        const derived = deriveAmendments(base, target, { identities: 'ids' });
        expect(derived.operations).toEqual([
          {
            kind: 'modify',
            provisionId: chosen.id,
            baseText: chosen.text,
            replacements: [{ from: index, to: index + 1, text: 'WSIS+20' }],
          },
        ]);
      }),
      { numRuns: RUNS },
    );
  });
});

const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token) && token !== 'WSIS+20';

function mapProvisions(doc: ResolutionDocument, edit: (p: Provision) => Provision): ResolutionDocument {
  const walk = (p: Provision): Provision => edit({ ...p, children: p.children.map(walk) });
  const sections = (list: readonly Section[]) => list.map((s) => ({ ...s, provisions: s.provisions.map(walk) }));
  return { ...doc, preamble: sections(doc.preamble), operative: sections(doc.operative) };
}

const replaceText = (doc: ResolutionDocument, id: string, text: string) => mapProvisions(doc, (p) => (p.id === id ? { ...p, text } : p));

const SEEDS: FixtureName[] = ['wtdc17-23-rcc-rev-res30.ar.txt', 'itu-council-res1334-mod2023.ar.txt'];

describe.each(SEEDS)('deriveAmendments on the public seed %s', (name) => {
  const base = importResolution(readFixture(name)).document;
  const sections = [...base.preamble, ...base.operative].filter((s) => s.provisions.length >= 2);
  const withWords = outlineDocument(base)
    .map((place) => place.provision)
    .filter((p) => tokenTexts(p.text).filter(isWord).length >= 6);
  const middle = <T>(list: readonly T[]) => list[Math.floor(list.length / 2)];

  /** Checks both ways a target reaches the engine — ids kept, or re-imported with positional ids — and returns the operations. */
  function derivedFor(target: ResolutionDocument): AmendmentOperation[] {
    const byIds = deriveAmendments(base, target, { identities: 'ids' });
    expect(byIds.unexpressed).toEqual([]);
    expect(reading(applied(base, byIds))).toEqual(reading(target));
    const byText = deriveAmendments(base, positionalIds(target));
    expect(byText.unexpressed).toEqual([]);
    expect(reading(applied(base, byText))).toEqual(reading(derivedTargetOf(byText)));
    expect(byText.operations.map((op) => op.kind)).toEqual(byIds.operations.map((op) => op.kind));
    return [...byIds.operations];
  }
  const derivedTargetOf = (derived: DerivedAmendments) => derived.expected;

  it('has provisions to edit', () => {
    expect(sections.length).toBeGreaterThan(0);
    expect(withWords.length).toBeGreaterThan(0);
  });

  it('derives one MOD of the one word changed mid-sentence', () => {
    const provision = middle(withWords);
    const tokens = tokenTexts(provision.text);
    const wordIndexes = tokens.map((token, index) => (isWord(token) ? index : -1)).filter((index) => index >= 0);
    const index = middle(wordIndexes);
    const target = replaceText(base, provision.id, [...tokens.slice(0, index), 'الرقمية', ...tokens.slice(index + 1)].join(''));
    expect(derivedFor(target)).toEqual([
      {
        kind: 'modify',
        provisionId: provision.id,
        baseText: provision.text,
        replacements: [{ from: index, to: index + 1, text: 'الرقمية' }],
      },
    ]);
  });

  it('derives one MOD of a paragraph reworded beyond recognition where it stands, not a SUP and an ADD', () => {
    const section = middle(sections);
    const provision = section.provisions[1];
    const text = 'يطلب إلى الأمين العام تقديم تقرير سنوي إلى المجلس.';
    const [op] = derivedFor(replaceText(base, provision.id, text));
    expect(op).toMatchObject({ kind: 'modify', provisionId: provision.id, baseText: provision.text });
  });

  it('derives one ADD after the provision it follows, and a chain of ADDs for two paragraphs in a row, relettering the rest', () => {
    const section = middle(sections);
    const anchor = section.provisions[0];
    const added = (id: string, text: string): Provision => ({ id, text, children: [], footnotes: [] });
    const insert = (extra: Provision[]) => ({
      ...base,
      preamble: base.preamble.map((s) =>
        s.id === section.id ? { ...s, provisions: [s.provisions[0], ...extra, ...s.provisions.slice(1)] } : s,
      ),
      operative: base.operative.map((s) =>
        s.id === section.id ? { ...s, provisions: [s.provisions[0], ...extra, ...s.provisions.slice(1)] } : s,
      ),
    });
    const one = derivedFor(insert([added('new-1', 'بالقرار A/70/125 للجمعية العامة للأمم المتحدة؛')]));
    expect(one).toEqual([
      { kind: 'add', newId: 'new-1', position: { after: anchor.id }, text: 'بالقرار A/70/125 للجمعية العامة للأمم المتحدة؛' },
    ]);
    const two = derivedFor(insert([added('new-1', 'بالقرار 71؛'), added('new-2', 'بالقرار 140؛')]));
    expect(two).toEqual([
      { kind: 'add', newId: 'new-1', position: { after: anchor.id }, text: 'بالقرار 71؛' },
      { kind: 'add', newId: 'new-2', position: { after: 'new-1' }, text: 'بالقرار 140؛' },
    ]);
  });

  it('derives one SUP of a deleted paragraph', () => {
    const section = middle(sections);
    const gone = section.provisions[1];
    const target = {
      ...base,
      preamble: base.preamble.map((s) => (s.id === section.id ? { ...s, provisions: s.provisions.filter((p) => p.id !== gone.id) } : s)),
      operative: base.operative.map((s) => (s.id === section.id ? { ...s, provisions: s.provisions.filter((p) => p.id !== gone.id) } : s)),
    };
    expect(derivedFor(target)).toEqual([{ kind: 'suppress', provisionId: gone.id }]);
  });

  it('derives one MOVE of a paragraph that moved to another section', () => {
    const from = sections[0];
    const to = sections[sections.length - 1];
    const moved = from.provisions[0];
    const relocate = (s: Section): Section => {
      if (s.id === from.id && s.id === to.id) return { ...s, provisions: [...s.provisions.slice(1), moved] };
      if (s.id === from.id) return { ...s, provisions: s.provisions.slice(1) };
      if (s.id === to.id) return { ...s, provisions: [...s.provisions, moved] };
      return s;
    };
    const target = { ...base, preamble: base.preamble.map(relocate), operative: base.operative.map(relocate) };
    const last = to.provisions[to.provisions.length - 1];
    expect(derivedFor(target)).toEqual([{ kind: 'move', provisionId: moved.id, position: { after: last.id } }]);
  });

  it('recognises a paragraph moved and reworded by its near-identical wording: one MOVE carrying the MOD of its words', () => {
    const from = sections[0];
    const to = sections[sections.length - 1];
    const moved = from.provisions.find((p) => tokenTexts(p.text).filter(isWord).length >= 6) ?? from.provisions[0];
    const tokens = tokenTexts(moved.text);
    const index = tokens.findIndex(isWord);
    const reworded = { ...moved, text: [...tokens.slice(0, index), 'الرقمية', ...tokens.slice(index + 1)].join('') };
    const relocate = (s: Section): Section => {
      const without = s.id === from.id ? s.provisions.filter((p) => p.id !== moved.id) : s.provisions;
      return s.id === to.id ? { ...s, provisions: [reworded, ...without] } : { ...s, provisions: without };
    };
    const target = { ...base, preamble: base.preamble.map(relocate), operative: base.operative.map(relocate) };
    const ops = derivedFor(target);
    expect(ops).toEqual([
      {
        kind: 'move',
        provisionId: moved.id,
        position: { before: to.provisions[0].id },
        baseText: moved.text,
        replacements: [{ from: index, to: index + 1, text: 'الرقمية' }],
      },
    ]);
  });

  it('derives a heading change and a title change', () => {
    const section = middle(sections);
    const heading = `${section.heading} أيضاً`;
    const retitle = (s: Section) => (s.id === section.id ? { ...s, heading } : s);
    const target = {
      ...base,
      title: `${base.title} (المراجَع)`,
      preamble: base.preamble.map(retitle),
      operative: base.operative.map(retitle),
    };
    expect(derivedFor(target)).toEqual([
      { kind: 'changeTitle', title: `${base.title} (المراجَع)` },
      { kind: 'changeHeading', sectionId: section.id, heading },
    ]);
  });

  it('derives one footnote added before the footnote that follows it, the others untouched', () => {
    const holder = outlineDocument(base)
      .map((place) => place.provision)
      .find((p) => p.footnotes.length > 0);
    // Resolution 30 carries a footnote ("[footnoteRef:1]" with its body inline); Resolution 1334 none.
    expect(holder === undefined).toBe(name === 'itu-council-res1334-mod2023.ar.txt');
    if (holder === undefined) return;
    const footnote = { id: 'fn-new', text: 'انظر القرار 140.', anchor: 0 };
    const target = mapProvisions(base, (p) => (p.id === holder.id ? { ...p, footnotes: [footnote, ...p.footnotes] } : p));
    expect(derivedFor(target)).toEqual([
      { kind: 'addFootnote', provisionId: holder.id, footnoteId: 'fn-new', text: footnote.text, anchor: 0, before: holder.footnotes[0].id },
    ]);
  });

  it('derives one footnote added where its marker stands', () => {
    const provision = middle(withWords);
    const footnote = { id: 'fn-new', text: 'تشمل أقل البلدان نمواً.', anchor: 2 };
    const target = mapProvisions(base, (p) => (p.id === provision.id ? { ...p, footnotes: [...p.footnotes, footnote] } : p));
    expect(derivedFor(target)).toEqual([
      { kind: 'addFootnote', provisionId: provision.id, footnoteId: 'fn-new', text: footnote.text, anchor: 2 },
    ]);
  });
});

describe('deriveAmendments on the public seed sg-report-wsis20-roadmap.ar.txt (a report: its body is narrative, not provisions)', () => {
  const base = importResolution(readFixture('sg-report-wsis20-roadmap.ar.txt')).document;

  it('derives a title change, and says that a change to the narrative is not an amendment', () => {
    const narrative = [...(base.metadata.narrative ?? [])];
    narrative[1] = `${narrative[1]} (معدّل)`;
    const target = { ...base, title: `${base.title} - مشروع`, metadata: { ...base.metadata, narrative } };
    const derived = deriveAmendments(base, target);
    expect(derived.operations).toEqual([{ kind: 'changeTitle', title: `${base.title} - مشروع` }]);
    expect(derived.unexpressed.map((item) => item.code)).toEqual(['metadata-changed']);
    expect(reading(applied(base, derived))).toEqual(reading(target));
  });

  it('derives a new section with its paragraphs, footnote included, as one ADD section and a chain of ADDs', () => {
    const provisions: Provision[] = [
      {
        id: 'p1',
        text: 'مواصلة تنفيذ خطوط عمل القمة؛',
        children: [],
        footnotes: [{ id: 'f1', text: 'انظر الوثيقة A/70/125.', anchor: 2 }],
      },
      { id: 'p2', text: 'تقديم تقرير إلى المجلس.', children: [], footnotes: [] },
    ];
    const target = { ...base, operative: [{ id: 'resolves', heading: 'يقرر', provisions }] };
    const derived = deriveAmendments(base, target, { identities: 'ids' });
    expect(derived.operations).toEqual([
      { kind: 'addSection', part: 'operative', sectionId: 'resolves', heading: 'يقرر', position: { atEndOfPart: 'operative' } },
      { kind: 'add', newId: 'p1', position: { atEndOf: 'resolves' }, text: provisions[0].text, footnotes: provisions[0].footnotes },
      { kind: 'add', newId: 'p2', position: { after: 'p1' }, text: provisions[1].text },
    ]);
    expect(reading(applied(base, derived))).toEqual(reading(target));
  });
});

describe('deriveAmendments: a provision moved and reworded', () => {
  it('is one MOVE carrying the MOD of its words, and applying it gives the target exactly', () => {
    fc.assert(
      fc.property(resolutionDocument(), fc.nat(), fc.nat(), fc.constantFrom('الرقمية', 'digital'), (base, which, where, word) => {
        const top = [...base.preamble, ...base.operative].flatMap((section) => section.provisions);
        fc.pre(top.length >= 3);
        const moved = top[which % top.length];
        const others = top.filter((p) => p.id !== moved.id);
        const anchor = others[where % others.length];
        const reworded = { ...moved, text: `${moved.text} ${word}`.trim() };
        const relocate = (section: Section): Section => ({
          ...section,
          provisions: section.provisions.filter((p) => p.id !== moved.id).flatMap((p) => (p.id === anchor.id ? [reworded, p] : [p])),
        });
        const target = { ...base, preamble: base.preamble.map(relocate), operative: base.operative.map(relocate) };
        const derived = deriveAmendments(base, target, { identities: 'ids' });
        expect(derived.unexpressed).toEqual([]);
        expect(reading(applied(base, derived))).toEqual(reading(target));
        const touching = derived.operations.filter((op) => 'provisionId' in op && op.provisionId === moved.id);
        expect(touching).toHaveLength(1);
        const [op] = touching;
        // Unless the provision stays where it was (moved before the one that followed it), it is one reworded MOVE, no separate MOD.
        if (op.kind === 'move')
          expect(op).toMatchObject({
            baseText: moved.text,
            replacements: [expect.objectContaining({ text: expect.stringContaining(word) })],
          });
        else expect(op.kind).toBe('modify');
        expect(derived.operations.filter((o) => o.kind === 'move').length).toBeLessThanOrEqual(1);
      }),
      { numRuns: RUNS },
    );
  });
});
