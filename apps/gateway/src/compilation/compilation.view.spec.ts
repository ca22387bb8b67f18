import type {
  AmendmentDecisionRecord,
  AmendmentPlacement,
  AmendmentStatusColumn,
  CompilationAmendmentRow,
  CompilationVersionRow,
} from '#libs/read-models';
import { AmendmentOperation, ResolutionDocument, importResolution } from '#libs/text';
import { CompilationView } from './compilation.view';
import { compileProposals } from './compile-proposals';
import { PartyView } from '../views/party.view';

const TEXT: ResolutionDocument = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
recalling
a)	Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference;
b)	Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to present the outcomes of the WSIS+20 High-Level Event within the framework of the UNGA overall review in 2025,
`).document;

function version(text = TEXT, number = 1): CompilationVersionRow {
  return {
    documentId: 'd-1',
    number,
    consultationId: 'c-1',
    symbol: 'Resolution 1334',
    label: 'Modified 2023',
    text,
    adoptedMeeting: null,
    adoptedDate: null,
    decisionId: null,
    recordedAt: new Date('2026-02-01T00:00:00Z'),
  };
}

let position = 10;
/** An amendment as the compilation projection keeps it, pending unless told otherwise. */
function amendment(
  id: string,
  operation: AmendmentOperation,
  placement: AmendmentPlacement,
  extra: Partial<CompilationAmendmentRow> = {},
): CompilationAmendmentRow {
  position += 1;
  return {
    id,
    documentId: 'd-1',
    versionNumber: 1,
    operation,
    placement,
    proposers: ['egypt'],
    coSponsors: [],
    onBehalfOf: null,
    contributionId: null,
    contributionSymbol: null,
    status: 'pending',
    revision: 0,
    explanation: null,
    decisions: [],
    withdrawal: null,
    proposedAt: new Date('2026-02-20T09:00:00Z'),
    proposedPosition: position,
    lastPosition: position,
    ...extra,
  };
}

const decision = (
  id: string,
  ruling: AmendmentDecisionRecord['ruling'],
  extra: Partial<AmendmentDecisionRecord> = {},
): AmendmentDecisionRecord => ({
  id,
  kind: 'ruling',
  ruling,
  decidedBy: 'chair-1',
  recordedAt: '2026-04-10T10:00:00.000Z',
  position: 100,
  ...extra,
});

const parties = new Map<string, PartyView>([
  ['egypt', { id: 'egypt', name: 'Arab Republic of Egypt', category: 'member-state', region: 'arab-states' }],
  ['apc', { id: 'apc', name: 'Association for Progressive Communications', category: 'civil-society', region: 'global' }],
]);
const o1 = 'to take all possible measures to encourage the full participation of all United Nations organizations;';
const provision = (view: CompilationView, id: string) => view.sections.flatMap((s) => s.provisions).find((p) => p.id === id)!;
const section = (view: CompilationView, id: string) => view.sections.find((s) => s.id === id)!;

describe('the compilation of proposals', () => {
  it('reads as the whole text: every provision in order with its printed label, those without proposals included', () => {
    const view = compileProposals({ version: version(), currentVersion: 1, amendments: [], parties });
    expect(view.sections.map((s) => [s.id, s.heading, s.provisions.map((p) => [p.id, p.label, p.depth])])).toEqual([
      [
        'pre-1',
        'recalling',
        [
          ['pre-1-1', 'a)', 0],
          ['pre-1-2', 'b)', 0],
        ],
      ],
      [
        'op-1',
        'resolves to instruct the Secretary-General',
        [
          ['op-1-1', '1', 0],
          ['op-1-2', '2', 0],
        ],
      ],
    ]);
    expect(view).toMatchObject({
      language: 'en',
      direction: 'ltr',
      version: { number: 1, current: true },
      unplaced: [],
      conflicts: [],
      statusCounts: {},
    });
  });

  it('puts each proposal beside what it bears on, section-level ones under the heading, and what this version lacks apart', () => {
    const view = compileProposals({
      version: version(),
      currentVersion: 1,
      parties,
      amendments: [
        amendment(
          'mod',
          { kind: 'modify', provisionId: 'op-1-1', oldText: o1, newText: o1.replace('all possible', 'all appropriate') },
          { provisionId: 'op-1-1', role: 'modify' },
        ),
        amendment(
          'add',
          { kind: 'add', newId: 'op-1-new', position: { after: 'op-1-2' }, text: 'to report to the Council;' },
          { provisionId: 'op-1-2', role: 'add-after' },
        ),
        amendment(
          'end',
          { kind: 'add', newId: 'pre-1-new', position: { atEndOf: 'pre-1' }, text: 'Resolution 70/125;' },
          { sectionId: 'pre-1', role: 'add-at-end' },
        ),
        amendment(
          'heading',
          { kind: 'changeHeading', sectionId: 'op-1', heading: 'instructs the Secretary-General' },
          { sectionId: 'op-1', role: 'change-heading' },
        ),
        amendment(
          'section',
          { kind: 'addSection', part: 'operative', sectionId: 'op-9', heading: 'invites', position: { atEndOfPart: 'operative' } },
          { part: 'operative', role: 'add-section-at-end' },
        ),
        amendment('gone', { kind: 'suppress', provisionId: 'op-3-1' }, { provisionId: 'op-3-1', role: 'suppress' }),
      ],
    });
    expect(provision(view, 'op-1-1').proposals.map((p) => [p.amendmentId, p.change.tag])).toEqual([['mod', 'MOD']]);
    expect(provision(view, 'op-1-1').proposals[0].change.segments).toEqual([
      { kind: 'equal', text: 'to take all ' },
      { kind: 'delete', text: 'possible' },
      { kind: 'insert', text: 'appropriate' },
      { kind: 'equal', text: ' measures to encourage the full participation of all United Nations organizations;' },
    ]);
    expect(provision(view, 'op-1-2').proposals[0].change).toEqual({
      tag: 'ADD',
      text: 'to report to the Council;',
      place: { relation: 'after', id: 'op-1-2', label: '2' },
    });
    expect(section(view, 'pre-1').proposals[0].change).toEqual({
      tag: 'ADD',
      text: 'Resolution 70/125;',
      place: { relation: 'at-end-of', id: 'pre-1', label: 'recalling' },
    });
    expect(section(view, 'op-1').proposals.map((p) => [p.amendmentId, p.role])).toEqual([
      ['heading', 'change-heading'],
      ['section', 'add-section-at-end'],
    ]);
    expect(section(view, 'op-1').proposals[0].change.segments).toEqual([
      { kind: 'delete', text: 'resolves to instruct' },
      { kind: 'insert', text: 'instructs' },
      { kind: 'equal', text: ' the Secretary-General' },
    ]);
    expect(view.unplaced.map((p) => p.amendmentId)).toEqual(['gone']);
  });

  it('shows a move that rewords the provision with its new place and its struck and new words', () => {
    const view = compileProposals({
      version: version(),
      currentVersion: 1,
      parties,
      amendments: [
        amendment(
          'moved',
          {
            kind: 'move',
            provisionId: 'op-1-1',
            position: { after: 'op-1-2' },
            oldText: o1,
            newText: o1.replace('all possible', 'all appropriate'),
          },
          { provisionId: 'op-1-1', role: 'move' },
        ),
      ],
    });
    expect(provision(view, 'op-1-1').proposals[0].change).toEqual({
      tag: 'MOVE',
      place: { relation: 'after', id: 'op-1-2', label: '2' },
      segments: [
        { kind: 'equal', text: 'to take all ' },
        { kind: 'delete', text: 'possible' },
        { kind: 'insert', text: 'appropriate' },
        { kind: 'equal', text: ' measures to encourage the full participation of all United Nations organizations;' },
      ],
    });
  });

  it('names who stands behind a proposal, its contribution, and the decision in force after a correction', () => {
    const corrected = amendment(
      'sup',
      { kind: 'suppress', provisionId: 'op-1-2' },
      { provisionId: 'op-1-2', role: 'suppress' },
      {
        proposers: ['apc'],
        coSponsors: ['kenya'],
        contributionId: 'k-1',
        contributionSymbol: 'C26/20(Rev.1)-E',
        status: 'accepted',
        decisions: [
          decision('dec-1', 'rejected', { correctedBy: 'dec-2', meeting: 'CWG-WSIS&SDG-44' }),
          decision('dec-2', 'accepted', {
            kind: 'correction',
            corrects: 'dec-1',
            reason: 'announced in error',
            applied: { kind: 'suppress', provisionId: 'op-1-2' },
          }),
        ],
      },
    );
    const [proposal] = provision(
      compileProposals({ version: version(), currentVersion: 1, amendments: [corrected], parties }),
      'op-1-2',
    ).proposals;
    expect(proposal).toMatchObject({
      proposers: [{ id: 'apc', name: 'Association for Progressive Communications', category: 'civil-society' }],
      coSponsors: [{ id: 'kenya', name: 'kenya', category: null, region: null }],
      contribution: { id: 'k-1', symbol: 'C26/20(Rev.1)-E' },
      decision: { id: 'dec-2', kind: 'correction', ruling: 'accepted', corrects: 'dec-1' },
      change: { tag: 'SUP', segments: [{ kind: 'delete', text: expect.stringContaining('to present the outcomes') }] },
    });
    expect(proposal.decisions.map((d) => [d.id, d.correctedBy])).toEqual([
      ['dec-1', 'dec-2'],
      ['dec-2', undefined],
    ]);
    // The compilation shows what was proposed and decided, not how the engine rebased it.
    expect(proposal.decision).not.toHaveProperty('applied');
  });

  it('names the conflicts between undecided amendments beside each of them, and not those of decided ones', () => {
    const words = (id: string, replacement: string, status: AmendmentStatusColumn = 'pending') =>
      amendment(
        id,
        { kind: 'modify', provisionId: 'op-1-1', oldText: o1, newText: o1.replace('all possible', replacement) },
        { provisionId: 'op-1-1', role: 'modify' },
        { status },
      );
    const view = compileProposals({
      version: version(),
      currentVersion: 1,
      parties,
      amendments: [
        words('a', 'all appropriate'),
        words('b', 'every necessary', 'deferred'),
        words('c', 'all feasible', 'rejected'),
        amendment(
          'd',
          { kind: 'add', newId: 'x', position: { after: 'op-1-1' }, text: 'x;' },
          { provisionId: 'op-1-1', role: 'add-after' },
        ),
        amendment(
          'e',
          { kind: 'add', newId: 'y', position: { before: 'op-1-2' }, text: 'y;' },
          { provisionId: 'op-1-2', role: 'add-before' },
        ),
      ],
    });
    expect(view.conflicts.map((c) => [c.amendmentIds, c.reason])).toEqual([
      [['a', 'b'], 'overlapping-words'],
      [['d', 'e'], 'same-place'],
    ]);
    expect(provision(view, 'op-1-1').conflicts.map((c) => c.amendmentIds)).toEqual([
      ['a', 'b'],
      ['d', 'e'],
    ]);
    expect(provision(view, 'op-1-2').conflicts.map((c) => c.amendmentIds)).toEqual([['d', 'e']]);
    expect(view.statusCounts).toEqual({ pending: 3, deferred: 1, rejected: 1 });
  });

  it('reads a proposal left open from an earlier version against the wording it was drafted on', () => {
    const v2Text = {
      ...TEXT,
      operative: [
        {
          ...TEXT.operative[0],
          provisions: [{ ...TEXT.operative[0].provisions[0], text: 'to take all appropriate measures;' }, TEXT.operative[0].provisions[1]],
        },
      ],
    };
    const leftOpen = amendment(
      'old',
      { kind: 'modify', provisionId: 'op-1-1', oldText: o1, newText: o1.replace('organizations', 'entities') },
      { provisionId: 'op-1-1', role: 'modify' },
      { status: 'deferred' },
    );
    const view = compileProposals({ version: version(v2Text, 2), currentVersion: 2, amendments: [leftOpen], parties });
    const [proposal] = provision(view, 'op-1-1').proposals;
    expect(proposal.draftedAgainst).toBe(1);
    expect(proposal.change.segments!.filter((s) => s.kind !== 'equal')).toEqual([
      { kind: 'delete', text: 'organizations' },
      { kind: 'insert', text: 'entities' },
    ]);
    expect(view.conflicts).toEqual([]);
  });

  it('lays each stakeholder input beside every provision it concerns, and those on the whole text apart, as sent', () => {
    const sent = (inputId: string, provisionIds: string[]) => ({
      inputId,
      stakeholderId: 'apc',
      stakeholderName: 'Association for Progressive Communications',
      title: `Input ${inputId}`,
      language: 'en',
      provisionIds,
    });
    const view = compileProposals({
      version: version(),
      currentVersion: 1,
      amendments: [],
      parties,
      inputs: [sent('in-1', ['op-1-1', 'pre-1-2']), sent('in-2', []), sent('in-3', ['op-1-1'])],
    });
    const ref = (inputId: string) => ({
      inputId,
      stakeholderId: 'apc',
      stakeholderName: 'Association for Progressive Communications',
      title: `Input ${inputId}`,
      language: 'en',
    });
    expect(provision(view, 'op-1-1').inputs).toEqual([ref('in-1'), ref('in-3')]);
    expect(provision(view, 'pre-1-2').inputs).toEqual([ref('in-1')]);
    expect(provision(view, 'op-1-2').inputs).toEqual([]);
    expect(view.inputs).toEqual([ref('in-2')]);
    expect(compileProposals({ version: version(), currentVersion: 1, amendments: [], parties }).inputs).toEqual([]);
  });
});
