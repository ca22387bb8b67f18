import {
  Actor,
  NewEvent,
  RecordedEvent,
  adoptedVersionAligned,
  documentRegistered,
  languageVersionAdded,
  revisionIssued,
  translationRecorded,
  translationTasksOpened,
  versionAdopted,
} from '#libs/contracts';
import { LanguageVersionText, ResolutionDocument, importResolution, languageVersionOf } from '#libs/text';
import {
  EMPTY_LANGUAGE_STATE,
  LanguageDocumentState,
  languageVersionStep,
  snapshotKey,
  withLanguageChanges,
} from './language-versions-steps';

const ORIGINAL: ResolutionDocument = importResolution(`RESOLUTION 1334 (MODIFIED 2023)
ITU's role in the overall review of the implementation of the outcomes of the WSIS
The ITU Council,
resolves to instruct the Secretary-General
1	to take all possible measures to encourage the full participation of all United Nations organizations;
2	to submit an annual report to the Council.
`).document;
const [FIRST, SECOND] = ORIGINAL.operative[0].provisions.map((p) => p.id);

function frenchVersion(): LanguageVersionText {
  const version = languageVersionOf(ORIGINAL);
  return {
    ...version,
    language: 'fr',
    title: 'Résolution 1334',
    body: 'Le Conseil de l’UIT,',
    headings: { [ORIGINAL.operative[0].id]: 'charge le Secrétaire général' },
    provisions: {
      [FIRST]: { text: 'de prendre toutes les mesures possibles;', footnotes: [] },
      [SECOND]: { text: 'de soumettre un rapport annuel au Conseil.', footnotes: [] },
    },
  };
}

const secretariat: Actor = { id: 'sec', role: 'secretariat' };
let position = 0;
function recorded(event: NewEvent): RecordedEvent {
  position++;
  return {
    ...event,
    position,
    eventId: `e-${position}`,
    streamId: 'document-d1',
    streamVersion: position,
    recordedAt: `2026-12-0${Math.min(position, 9)}T10:00:00.000Z`,
    metadata: { actor: secretariat, correlationId: 'c', occurredAt: '2026-12-01T10:00:00.000Z' },
  } as RecordedEvent;
}

/** Folds events from nothing, as the projection does batch after batch. */
function fold(events: readonly NewEvent[], from: LanguageDocumentState = EMPTY_LANGUAGE_STATE): LanguageDocumentState {
  return events.reduce((state, event) => {
    const r = recorded(event);
    return withLanguageChanges(state, languageVersionStep(state, r));
  }, from);
}

const registered = documentRegistered({
  documentId: 'd1',
  consultationId: 'c1',
  symbol: 'Resolution 1334',
  versionLabel: 'Modified 2023',
  text: ORIGINAL,
  source: { kind: 'import', warnings: 0 },
});
const added = languageVersionAdded({
  documentId: 'd1',
  versionNumber: 1,
  text: frenchVersion(),
  source: { format: 'plain', importWarnings: 0 },
  alignment: { matched: 2, acceptedDoubtful: [] },
});
const opened = translationTasksOpened({
  documentId: 'd1',
  decisionId: 'dec-1',
  tasks: [
    {
      taskId: 't1',
      language: 'fr',
      provisionId: SECOND,
      reason: 'changed',
      originalBefore: 'to submit an annual report to the Council.',
      originalAfter: 'to submit a biennial report to the Council.',
      currentWording: 'de soumettre un rapport annuel au Conseil.',
    },
  ],
  replaces: [],
});

describe('the language versions read model', () => {
  it('keeps the original as the registered language, without words of its own, and each added version with its words', () => {
    const state = fold([registered, added]);
    expect(state.versions.get('en')).toMatchObject({ original: true, text: null });
    expect(state.versions.get('fr')).toMatchObject({ original: false, alignedToVersion: 1 });
    expect(state.versions.get('fr')!.text!.provisions[FIRST].text).toBe('de prendre toutes les mesures possibles;');
  });

  it('keeps the words a version came in with as its text of the version it was aligned to', () => {
    const state = fold([registered, added]);
    expect(state.snapshots.get(snapshotKey(1, 'fr'))).toMatchObject({ kind: 'added', decisionId: null, text: frenchVersion() });
  });

  it('opens a task per provision a decision changed, with the words before and after', () => {
    const state = fold([registered, added, opened]);
    expect([...state.openTasks.values()]).toEqual([
      expect.objectContaining({
        taskId: 't1',
        language: 'fr',
        provisionId: SECOND,
        reason: 'changed',
        decisionId: 'dec-1',
        status: 'open',
        currentWording: 'de soumettre un rapport annuel au Conseil.',
        originalAfter: 'to submit a biennial report to the Council.',
      }),
    ]);
  });

  it('closes a replaced task without a wording when a later decision changes the provision again', () => {
    const state = fold([registered, added, opened]);
    const r = recorded(
      translationTasksOpened({
        documentId: 'd1',
        decisionId: 'dec-2',
        tasks: [{ taskId: 't2', language: 'fr', provisionId: SECOND, reason: 'changed', originalAfter: 'to report every two years.' }],
        replaces: ['t1'],
      }),
    );
    const changes = languageVersionStep(state, r);
    expect(changes.tasks.map((t) => [t.taskId, t.status, t.wording])).toEqual([
      ['t1', 'replaced', null],
      ['t2', 'open', null],
    ]);
    expect([...withLanguageChanges(state, changes).openTasks.keys()]).toEqual(['t2']);
  });

  it('records a translation in the version words and closes the tasks it names with the wording and the translator', () => {
    const before = fold([registered, added, opened]);
    const r = recorded(
      translationRecorded({
        documentId: 'd1',
        language: 'fr',
        provisions: [{ provisionId: SECOND, text: 'de soumettre un rapport biennal au Conseil.' }],
        headings: { [ORIGINAL.operative[0].id]: 'charge le Secrétaire général de l’UIT' },
        closes: ['t1'],
        translatorId: 'tr-1',
      }),
    );
    const changes = languageVersionStep(before, r);
    expect(changes.tasks).toEqual([
      expect.objectContaining({
        taskId: 't1',
        status: 'done',
        wording: 'de soumettre un rapport biennal au Conseil.',
        translatorId: 'tr-1',
      }),
    ]);
    const after = withLanguageChanges(before, changes);
    const text = after.versions.get('fr')!.text!;
    expect(text.provisions[SECOND].text).toBe('de soumettre un rapport biennal au Conseil.');
    expect(text.provisions[FIRST].text).toBe('de prendre toutes les mesures possibles;');
    expect(text.headings[ORIGINAL.operative[0].id]).toBe('charge le Secrétaire général de l’UIT');
    expect(after.openTasks.size).toBe(0);
  });

  it('keeps the texts adopted in step, marks a provisional language with what it awaits, and fills it when aligned', () => {
    const adoption = versionAdopted({
      documentId: 'd1',
      decisionId: 'adopt-2',
      versionNumber: 2,
      label: 'Modified 2026',
      meeting: 'sixth Plenary Meeting',
      date: '2026-12-05',
      leftOpen: { amendmentIds: [], brackets: 0 },
      text: ORIGINAL,
      languages: { inStep: [], provisional: ['fr'] },
    });
    const adopted = fold([registered, added, opened, adoption]);
    expect(adopted.snapshots.get(snapshotKey(2, 'fr'))).toMatchObject({ kind: 'adopted', provisional: true, awaiting: [SECOND] });

    const aligned = frenchVersion();
    const after = fold(
      [adoptedVersionAligned({ documentId: 'd1', versionNumber: 2, language: 'fr', text: aligned })],
      adopted,
    ).snapshots.get(snapshotKey(2, 'fr'))!;
    expect(after).toMatchObject({ provisional: false, awaiting: [], decisionId: 'adopt-2', text: aligned });
    expect(after.alignedAt).toBeInstanceOf(Date);
  });

  it('records a language adopted in step with the text the adoption carries', () => {
    const adoption = versionAdopted({
      documentId: 'd1',
      decisionId: 'adopt-2',
      versionNumber: 2,
      label: 'Modified 2026',
      meeting: 'sixth Plenary Meeting',
      date: '2026-12-05',
      leftOpen: { amendmentIds: [], brackets: 0 },
      text: ORIGINAL,
      languages: { inStep: [frenchVersion()], provisional: [] },
    });
    const state = fold([registered, added, adoption]);
    expect(state.snapshots.get(snapshotKey(2, 'fr'))).toMatchObject({ provisional: false, awaiting: [], text: frenchVersion() });
  });

  it('reads a version adopted in step with the title and adoption line printed in it, and a translator’s title and line later', () => {
    const printed: LanguageVersionText = {
      ...frenchVersion(),
      title: 'Résolution 1334 (modifiée en 2026)',
      titleOf: 'Resolution 1334 (Modified 2026)',
      adoptionLine: 'adoptée à la septième séance plénière',
    };
    const adoption = versionAdopted({
      documentId: 'd1',
      decisionId: 'adopt-2',
      versionNumber: 2,
      label: 'Modified 2026',
      meeting: 'seventh Plenary Meeting',
      date: '2026-12-05',
      leftOpen: { amendmentIds: [], brackets: 0 },
      text: ORIGINAL,
      languages: { inStep: [printed], provisional: [] },
    });
    const adopted = fold([registered, added, adoption]);
    expect(adopted.snapshots.get(snapshotKey(2, 'fr'))?.text).toEqual(printed);
    expect(adopted.versions.get('fr')?.text).toEqual(printed);

    const later = fold(
      [
        translationRecorded({
          documentId: 'd1',
          language: 'fr',
          provisions: [],
          title: 'Résolution 1334 (modifiée en 2026) — rôle de l’UIT',
          titleOf: 'Resolution 1334 (Modified 2026) — ITU’s role',
          adoptionLine: 'adoptée sans vote à la septième séance plénière',
          closes: [],
          translatorId: 'tr-1',
        }),
      ],
      adopted,
    );
    expect(later.versions.get('fr')?.text).toMatchObject({
      title: 'Résolution 1334 (modifiée en 2026) — rôle de l’UIT',
      titleOf: 'Resolution 1334 (Modified 2026) — ITU’s role',
      adoptionLine: 'adoptée sans vote à la septième séance plénière',
    });
  });

  it('gives a revision the words each language had, awaiting the provisions the revision itself opened', () => {
    const revision = revisionIssued({
      documentId: 'd1',
      decisionId: 'rev-1',
      versionNumber: 2,
      revision: 1,
      label: 'Rev.1',
      date: '2026-12-04',
      changes: [],
      text: ORIGINAL,
      reflects: [],
      rebased: [],
      overtaken: [],
    });
    const byRevision = translationTasksOpened({
      documentId: 'd1',
      decisionId: 'rev-1',
      tasks: [{ taskId: 't9', language: 'fr', provisionId: FIRST, reason: 'changed', originalAfter: 'to act.' }],
      replaces: [],
    });
    const state = fold([registered, added, opened, revision, byRevision]);
    expect(state.snapshots.get(snapshotKey(2, 'fr'))).toMatchObject({ kind: 'revision', decisionId: 'rev-1', awaiting: [SECOND, FIRST] });
    expect(state.snapshots.get(snapshotKey(2, 'en'))).toBeUndefined();
  });
});
