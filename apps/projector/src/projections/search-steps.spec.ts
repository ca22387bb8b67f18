import {
  Actor,
  NewEvent,
  RecordedEvent,
  amendmentRuled,
  contributionSubmitted,
  contributionWithdrawn,
  documentRegistered,
  languageVersionAdded,
  translationRecorded,
  versionAdopted,
} from '#libs/contracts';
import { replay } from '#libs/domain';
import type { SearchDocumentRow, SearchEntryRow } from '#libs/read-models';
import { AmendmentOperation, LanguageVersionText, importResolution } from '#libs/text';
import { ProvisionEntries, SearchState, searchStep } from './search-steps';

const TEXT = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to report annually to the Council,
`).document;

const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const D = 'd-1';
const wording = (id: string) => TEXT.operative.flatMap((s) => s.provisions).find((p) => p.id === id)!.text;
const modify = (id: string, from: string, to: string): AmendmentOperation => ({
  kind: 'modify',
  provisionId: id,
  oldText: wording(id),
  newText: wording(id).replace(from, to),
});
const insert: AmendmentOperation = { kind: 'add', newId: 'op-1-0', position: { before: 'op-1-1' }, text: 'to consult the membership;' };

/** The search tables in memory, folded one event at a time as a batch folds them. */
class Tables implements SearchState {
  readonly documents = new Map<string, SearchDocumentRow>();
  readonly entries = new Map<string, SearchEntryRow>();
  readonly provisionsOf = new Map<string, ProvisionEntries>();
  private position = 0;

  document = (id: string) => this.documents.get(id);
  provisions = (id: string) => this.provisionsOf.get(id) ?? new Map();
  entry = (key: string) => this.entries.get(key);

  record(actor: Actor, event: NewEvent): this {
    this.position++;
    const recorded: RecordedEvent = {
      ...event,
      position: this.position,
      eventId: `e-${this.position}`,
      streamId: `document-${D}`,
      streamVersion: this.position,
      recordedAt: '2026-04-10T09:00:00.000Z',
      metadata: { actor, correlationId: 'c', occurredAt: '2026-04-10T09:00:00.000Z' },
    };
    const changes = searchStep(recorded, this);
    if (changes.document) this.documents.set(changes.document.documentId, changes.document);
    for (const entry of changes.entries) this.entries.set(entry.entryKey, entry);
    if (changes.provisions) this.provisionsOf.set(changes.provisions.documentId, changes.provisions.entries);
    return this;
  }

  /** The provision entries of the document that read so: [provision id, text, in the working text, versions, position]. */
  provisionRows(): [string, string, boolean | null, number[] | null, number][] {
    return [...this.provisions(D).values()].map((row) => [row.id, row.text, row.inWorking, row.versionNumbers, row.position]);
  }
}

const registered = () =>
  new Tables().record(
    secretariat,
    documentRegistered({
      documentId: D,
      consultationId: 'c-1',
      symbol: 'Resolution 1334',
      versionLabel: 'Modified 2023',
      text: TEXT,
      source: { kind: 'import', warnings: 0 },
    }),
  );
const ruled = (tables: Tables, decisionId: string, applied: AmendmentOperation) =>
  tables.record(chair, amendmentRuled({ documentId: D, decisionId, amendmentId: `a-${decisionId}`, ruling: 'accepted', applied }));

describe('the search index, one event at a time', () => {
  it('enters every provision of a registered text as a wording of version 1 and of the working text', () => {
    expect(registered().provisionRows()).toEqual([
      ['op-1-1', wording('op-1-1'), true, [1], 1],
      ['op-1-2', wording('op-1-2'), true, [1], 1],
    ]);
  });

  it('drops a working wording that a later decision replaced before any adoption, and keeps the versions', () => {
    const tables = ruled(registered(), 'dec-1', modify('op-1-1', 'all possible', 'all appropriate'));
    const appropriate = wording('op-1-1').replace('all possible', 'all appropriate');
    ruled(tables, 'dec-2', {
      kind: 'modify',
      provisionId: 'op-1-1',
      oldText: appropriate,
      newText: appropriate.replace('all appropriate', 'all necessary'),
    });
    expect(tables.provisionRows()).toEqual([
      ['op-1-1', wording('op-1-1'), false, [1], 1],
      ['op-1-2', wording('op-1-2'), true, [1], 1],
      ['op-1-1', wording('op-1-1').replace('all possible', 'all necessary'), true, [], 3],
    ]);
  });

  it('enters a renumbered provision as a new wording of the same text, and adds the adopted version to every working wording', () => {
    const tables = ruled(registered(), 'dec-1', insert);
    const adopted = replay(TEXT, [{ decisionId: 'dec-1', operation: insert }]);
    tables.record(
      chair,
      versionAdopted({
        documentId: D,
        decisionId: 'dec-2',
        versionNumber: 2,
        label: 'Modified 2026',
        meeting: 'plenary',
        date: '2026-06-12',
        leftOpen: { amendmentIds: [], brackets: 0 },
        text: adopted,
      }),
    );
    const rows = [...tables.provisions(D).values()];
    const renumbered = rows.filter((row) => row.id === 'op-1-1');
    expect(renumbered.map((row) => [row.label, row.inWorking, row.versionNumbers])).toEqual([
      ['1', false, [1]],
      ['2', true, [2]],
    ]);
    expect(renumbered[1].searchText).toBe(renumbered[0].searchText);
    expect(tables.entries.get(`document:${D}`)).toMatchObject({ label: 'Resolution 1334 (Modified 2026)', position: 3 });
  });

  it('returns the entries a decision leaves as they were as the same objects', () => {
    const tables = registered();
    const before = tables.provisions(D);
    ruled(tables, 'dec-1', modify('op-1-2', 'annually', 'every two years'));
    expect(tables.provisions(D).get([...before.keys()][0])).toBe(before.get([...before.keys()][0]));
  });

  it('marks a withdrawn contribution, and leaves one it never entered alone', () => {
    const cover = {
      symbol: 'C26/1-E',
      date: '2026-02-20',
      originalLanguage: 'en' as const,
      submitters: ['kenya'],
      coSponsors: [],
      title: 'Input',
    };
    const tables = new Tables()
      .record(
        secretariat,
        contributionSubmitted({
          contributionId: 'k-1',
          consultationId: 'c-1',
          ...cover,
          substance: { kind: 'report', text: 'An open review.' },
        }),
      )
      .record(secretariat, contributionWithdrawn({ contributionId: 'k-1', consultationId: 'c-1', by: 'kenya' }))
      .record(secretariat, contributionWithdrawn({ contributionId: 'k-2', consultationId: 'c-1', by: 'kenya' }));
    expect([...tables.entries.values()].map((entry) => [entry.entryKey, entry.status, entry.position])).toEqual([
      ['contribution:k-1', 'withdrawn', 1],
    ]);
  });
});

/** The French version, without words yet for the second item. */
const FRENCH: LanguageVersionText = {
  language: 'fr',
  title: 'Résolution 1334 (modifiée en 2023)',
  body: 'Le Conseil de l’UIT,',
  headings: { [TEXT.operative[0].id]: 'charge le Secrétaire général' },
  provisions: { 'op-1-1': { text: 'de prendre toutes les mesures possibles pour encourager la participation;', footnotes: [] } },
};
const withFrench = () =>
  registered().record(
    secretariat,
    languageVersionAdded({
      documentId: D,
      versionNumber: 1,
      text: FRENCH,
      source: { format: 'plain', importWarnings: 0 },
      alignment: { matched: 1, acceptedDoubtful: [] },
    }),
  );
const frenchRows = (tables: Tables) =>
  [...tables.provisions(D).values()]
    .filter((row) => row.language === 'fr')
    .map((row) => [row.id, row.label, row.title, row.text, row.position]);

describe('the search index of language versions', () => {
  it('enters each provision a version has words for, in its language, labelled as its place prints it there', () => {
    const tables = withFrench();
    expect(frenchRows(tables)).toEqual([['op-1-1', '1', 'charge le Secrétaire général', FRENCH.provisions['op-1-1'].text, 2]]);
    expect(tables.provisionRows().filter(([id]) => id === 'op-1-1')).toHaveLength(2);
  });

  it('enters a translator’s wording in place of the one it replaces, and a provision translated for the first time', () => {
    const tables = withFrench().record(
      { id: 'tr-1', role: 'translator' },
      translationRecorded({
        documentId: D,
        language: 'fr',
        provisions: [{ provisionId: 'op-1-2', text: 'de faire rapport chaque année au Conseil,' }],
        closes: [],
        translatorId: 'tr-1',
      }),
    );
    expect(frenchRows(tables)).toEqual([
      ['op-1-1', '1', 'charge le Secrétaire général', FRENCH.provisions['op-1-1'].text, 2],
      ['op-1-2', '2', 'charge le Secrétaire général', 'de faire rapport chaque année au Conseil,', 3],
    ]);
  });

  it('reletters a version’s entries when a decision inserts a provision before them in the original', () => {
    const tables = ruled(withFrench(), 'dec-1', insert);
    expect(frenchRows(tables)).toEqual([['op-1-1', '2', 'charge le Secrétaire général', FRENCH.provisions['op-1-1'].text, 3]]);
  });
});
