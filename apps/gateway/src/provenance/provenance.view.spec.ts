import type { AmendmentDecisionRecord, ProvenanceAmendmentRow, ProvenanceRecord } from '#libs/read-models';
import { AmendmentOperation, ResolutionDocument, applyAmendment, importResolution } from '#libs/text';
import { PartyView } from '../views/party.view';
import { ProvenanceSource, ProvisionRecord } from './provenance.view';
import { provisionProvenance } from './provision-provenance';

const TEXT: ResolutionDocument = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to present the outcomes of the WSIS+20 High-Level Event,
`).document;
const o1 = 'to take all possible measures to encourage the full participation of all United Nations organizations;';
const mod: AmendmentOperation = {
  kind: 'modify',
  provisionId: 'op-1-1',
  oldText: o1,
  newText: o1.replace('all possible', 'all appropriate'),
};
const add: AmendmentOperation = { kind: 'add', newId: 'op-1-new', position: { after: 'op-1-2' }, text: 'to report to the Council;' };
const apply = (doc: ResolutionDocument, op: AmendmentOperation) => (applyAmendment(doc, op) as { value: ResolutionDocument }).value;

const at = (position: number) => new Date(Date.UTC(2026, 3, 10, 9, 0, position));
const record = (position: number, r: ProvenanceRecord, amendmentId: string | null = null): ProvisionRecord => ({
  position,
  recordedAt: at(position),
  amendmentId,
  record: r,
});
const decision = (
  id: string,
  position: number,
  ruling: AmendmentDecisionRecord['ruling'],
  extra: Partial<AmendmentDecisionRecord> = {},
): AmendmentDecisionRecord => ({
  id,
  kind: 'ruling',
  ruling,
  meeting: 'CWG-WSIS&SDG-44',
  date: '2026-04-10',
  decidedBy: 'chair-1',
  recordedAt: at(position).toISOString(),
  position,
  ...extra,
});
function amendment(
  id: string,
  operation: AmendmentOperation,
  decisions: AmendmentDecisionRecord[],
  extra: Partial<ProvenanceAmendmentRow> = {},
): ProvenanceAmendmentRow {
  return {
    id,
    documentId: 'd-1',
    versionNumber: 1,
    operation,
    proposers: ['egypt'],
    coSponsors: [],
    onBehalfOf: null,
    contributionId: 'k-1',
    contributionSymbol: 'C26/12-A',
    status: decisions.length > 0 ? (decisions[decisions.length - 1].ruling as ProvenanceAmendmentRow['status']) : 'pending',
    revision: 0,
    explanation: null,
    decisions,
    withdrawal: null,
    proposedAt: at(5),
    proposedPosition: 5,
    ...extra,
  };
}
const parties = new Map<string, PartyView>([
  ['egypt', { id: 'egypt', name: 'Arab Republic of Egypt', category: 'member-state', region: 'arab-states' }],
]);
const printed = { footnotes: [], sectionId: 'op-1', heading: 'resolves to instruct the Secretary-General' };

function source(
  provisionId: string,
  records: ProvisionRecord[],
  amendments: ProvenanceAmendmentRow[],
  working: ResolutionDocument,
): ProvenanceSource {
  return {
    provisionId,
    document: { id: 'd-1', consultationId: 'c-1', symbol: 'Resolution 1334', currentVersion: 1, working },
    records,
    amendments: new Map(amendments.map((a) => [a.id, a])),
    contributions: new Map(),
    parties,
  };
}

describe('the provenance of a provision', () => {
  it('starts a provision of the base text at its registration, and lists every amendment on it with its decisions', () => {
    const accepted = decision('dec-2', 9, 'accepted', { applied: mod });
    const rejected = decision('dec-1', 8, 'rejected', { reason: 'no support' });
    const view = provisionProvenance(
      source(
        'op-1-1',
        [
          record(3, {
            kind: 'registered',
            versionNumber: 1,
            versionLabel: 'Modified 2023',
            source: { kind: 'import', warnings: 0 },
            registeredBy: 'itu-secretariat',
            printedLabel: '1',
            text: o1,
            ...printed,
          }),
          record(5, { kind: 'proposed', role: 'modify', operation: mod, revision: 0 }, 'a-1'),
          record(6, { kind: 'proposed', role: 'modify', operation: mod, revision: 0 }, 'a-2'),
          record(8, { kind: 'ruled', decision: rejected, amendmentIds: ['a-2'] }, 'a-2'),
          record(9, { kind: 'ruled', decision: accepted, amendmentIds: ['a-1'], effect: 'modify' }, 'a-1'),
          record(10, {
            kind: 'reservation',
            decisionId: 'dec-3',
            stakeholderId: 'egypt',
            text: 'Egypt reserves its position.',
            meeting: 'CWG-WSIS&SDG-44',
            decidedBy: 'chair-1',
          }),
          record(12, {
            kind: 'adopted',
            decisionId: 'dec-4',
            versionNumber: 2,
            versionLabel: 'Modified 2026',
            meeting: 'sixth Plenary Meeting',
            date: '2026-06-12',
            printedLabel: '1',
            text: mod.kind === 'modify' && 'newText' in mod ? mod.newText : '',
            ...printed,
          }),
        ],
        [amendment('a-1', mod, [accepted]), amendment('a-2', mod, [rejected], { proposedPosition: 6 })],
        apply(TEXT, mod),
      ),
    );
    expect(view.origin).toMatchObject({
      kind: 'base-text',
      versionNumber: 1,
      registeredBy: 'itu-secretariat',
      label: '1',
      text: o1,
      position: 3,
    });
    expect(view.changes.map((c) => [c.amendment!.id, c.role, c.changedText, c.position, c.decisions.map((d) => [d.id, d.effect])])).toEqual(
      [
        ['a-1', 'modify', true, 5, [['dec-2', 'modify']]],
        ['a-2', 'modify', false, 6, [['dec-1', null]]],
      ],
    );
    expect(view.changes[0].amendment).toMatchObject({
      proposers: [{ name: 'Arab Republic of Egypt' }],
      contribution: { id: 'k-1', symbol: 'C26/12-A' },
    });
    expect(view.reservations).toEqual([
      expect.objectContaining({
        decisionId: 'dec-3',
        stakeholder: expect.objectContaining({ name: 'Arab Republic of Egypt' }),
        position: 10,
      }),
    ]);
    expect(view.versions.map((v) => [v.versionNumber, v.versionLabel, v.decisionId, v.meeting])).toEqual([
      [1, 'Modified 2023', null, null],
      [2, 'Modified 2026', 'dec-4', 'sixth Plenary Meeting'],
    ]);
    expect(view.current).toMatchObject({ label: '1', text: expect.stringContaining('all appropriate'), sectionId: 'op-1', parentId: null });
  });

  it('traces a provision an amendment added to the decision in force that put it there', () => {
    const deferred = decision('dec-1', 8, 'deferred');
    const accepted = decision('dec-2', 9, 'accepted', { applied: add, meeting: 'CWG-WSIS&SDG-45' });
    const view = provisionProvenance(
      source(
        'op-1-new',
        [
          record(5, { kind: 'proposed', role: 'create', operation: add, revision: 0 }, 'a-3'),
          record(8, { kind: 'ruled', decision: deferred, amendmentIds: ['a-3'] }, 'a-3'),
          record(9, { kind: 'ruled', decision: accepted, amendmentIds: ['a-3'], effect: 'create' }, 'a-3'),
        ],
        [amendment('a-3', add, [deferred, accepted])],
        apply(TEXT, add),
      ),
    );
    expect(view.origin).toMatchObject({
      kind: 'amendment',
      amendments: [{ id: 'a-3' }],
      decision: { id: 'dec-2', effect: 'create', meeting: 'CWG-WSIS&SDG-45' },
      position: 9,
    });
    expect(view.origin!.decisions!.map((d) => d.id)).toEqual(['dec-1', 'dec-2']);
    expect(view.changes).toEqual([]);
    expect(view.current).toMatchObject({ label: '3', text: 'to report to the Council;' });
  });

  it('falls back to the proposal when the decision that added it was corrected, and the provision is no longer there', () => {
    const accepted = decision('dec-1', 8, 'accepted', { applied: add, correctedBy: 'dec-2' });
    const correction = decision('dec-2', 9, 'rejected', { kind: 'correction', corrects: 'dec-1', reason: 'announced in error' });
    const view = provisionProvenance(
      source(
        'op-1-new',
        [
          record(5, { kind: 'proposed', role: 'create', operation: add, revision: 0 }, 'a-3'),
          record(8, { kind: 'ruled', decision: { ...accepted, correctedBy: undefined }, amendmentIds: ['a-3'], effect: 'create' }, 'a-3'),
          record(9, { kind: 'corrected', decision: correction, amendmentIds: ['a-3'], undoes: 'create' }, 'a-3'),
        ],
        [amendment('a-3', add, [accepted, correction])],
        TEXT,
      ),
    );
    expect(view.origin).toMatchObject({ kind: 'proposal', amendments: [{ id: 'a-3', status: 'rejected' }], position: 5 });
    expect(view.current).toBeNull();
  });

  it('starts a provision of a draft new resolution at the contribution that brought it, with its submitters', () => {
    const draft = source(
      'op-1-2',
      [
        record(4, {
          kind: 'registered',
          versionNumber: 1,
          versionLabel: 'Draft',
          source: { kind: 'contribution', contributionId: 'k-9' },
          registeredBy: 'egypt',
          printedLabel: '2',
          text: 'to present the outcomes of the WSIS+20 High-Level Event,',
          ...printed,
        }),
      ],
      [],
      TEXT,
    );
    const view = provisionProvenance({ ...draft, contributions: new Map([['k-9', { symbol: 'C26/40-A', submitters: ['egypt'] }]]) });
    expect(view.origin).toMatchObject({
      kind: 'draft',
      contribution: { id: 'k-9', symbol: 'C26/40-A' },
      submitters: [{ id: 'egypt', name: 'Arab Republic of Egypt', category: 'member-state' }],
      versionLabel: 'Draft',
      position: 4,
    });
  });

  it('lists a settlement of brackets as a change the chair made without an amendment', () => {
    const view = provisionProvenance(
      source(
        'op-1-2',
        [
          record(11, {
            kind: 'brackets-settled',
            decisionId: 'dec-7',
            bracketIndex: 0,
            choice: 1,
            meeting: 'CWG-WSIS&SDG-44',
            decidedBy: 'chair-1',
          }),
        ],
        [],
        TEXT,
      ),
    );
    expect(view.changes).toEqual([
      {
        amendment: null,
        role: 'settle-brackets',
        decisions: [],
        settlement: {
          decisionId: 'dec-7',
          bracketIndex: 0,
          choice: 1,
          meeting: 'CWG-WSIS&SDG-44',
          decidedBy: 'chair-1',
          recordedAt: at(11).toISOString(),
        },
        withdrawal: null,
        changedText: true,
        position: 11,
      },
    ]);
    expect(view.origin).toBeNull();
  });
});
