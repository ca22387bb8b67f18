import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource, FindOptionsWhere } from 'typeorm';
import { DocumentRow, DocumentVersionRow, LanguageVersionRow, LanguageVersionSnapshotRow, TranslationTaskRow } from '#libs/read-models';
import { LanguageCode, ResolutionDocument } from '#libs/text';
import {
  GetLanguageText,
  GetSideBySide,
  LanguageTextView,
  LanguageVersionSummaryView,
  ListLanguageVersions,
  ListTranslationTasks,
  SideBySideView,
  TranslationTaskView,
} from './language-queries';
import { LanguageReading, awaitingInOrder, languageSummaries, readingIn, sideBySideView, translationTaskView } from './language.view';

/** A text of the original (the working text or a version) and the languages read over it. */
interface Readings {
  readonly versionNumber: number;
  readonly versionLabel: string;
  readonly working: boolean;
  readonly readings: ReadonlyMap<LanguageCode, LanguageReading & { readonly provisional?: boolean }>;
}

/**
 * The original's text at the version asked and each language read over it: the working text
 * with each version's current words and open tasks, or an adopted or issued version with the
 * words that version had in each language. Undefined when the document, the version or a
 * language is not there.
 */
async function readingsOf(
  dataSource: DataSource,
  documentId: string,
  languages: readonly LanguageCode[],
  version: number | 'working',
): Promise<Readings | undefined> {
  const document = await dataSource.getRepository(DocumentRow).findOneBy({ id: documentId });
  if (!document) return undefined;
  let original: ResolutionDocument = document.working;
  let versionNumber = document.currentVersion;
  let versionLabel = document.currentLabel;
  if (version !== 'working') {
    const row = await dataSource.getRepository(DocumentVersionRow).findOneBy({ documentId, number: version });
    if (!row) return undefined;
    original = row.text;
    versionNumber = row.number;
    versionLabel = row.label;
  }
  const others = languages.filter((language) => language !== original.language);
  // One snapshot of the projection's tables: the words, the tasks and the texts per version as one batch left them.
  const { rows, openTasks, snapshots } = await dataSource.transaction('REPEATABLE READ', async (manager) => ({
    rows:
      others.length === 0
        ? []
        : await manager.getRepository(LanguageVersionRow).findBy(others.map((language) => ({ documentId, language }))),
    openTasks:
      others.length === 0
        ? []
        : await manager
            .getRepository(TranslationTaskRow)
            .findBy(others.map((language) => ({ documentId, language, status: 'open' as const }))),
    snapshots:
      version === 'working' || others.length === 0
        ? []
        : await manager
            .getRepository(LanguageVersionSnapshotRow)
            .findBy(others.map((language) => ({ documentId, versionNumber: version, language }))),
  }));
  const readings = new Map<LanguageCode, LanguageReading & { provisional?: boolean }>();
  for (const language of languages) {
    if (language === original.language) {
      readings.set(language, readingIn(original, undefined));
      continue;
    }
    const row = rows.find((r) => r.language === language);
    const snapshot = snapshots.find((s) => s.language === language);
    const awaitingNow = openTasks.filter((task) => task.language === language).map((task) => task.provisionId);
    if (snapshot) {
      readings.set(language, { ...readingIn(original, snapshot.text, snapshot.awaiting), provisional: snapshot.provisional });
    } else if (row?.text && (version === 'working' || (version === document.currentVersion && (row.alignedToVersion ?? 0) <= version))) {
      // The latest version, before any adoption or revision recorded its words: they are the version's words now.
      readings.set(language, readingIn(original, row.text, awaitingNow));
    } else {
      return undefined;
    }
  }
  return { versionNumber, versionLabel, working: version === 'working', readings };
}

@QueryHandler(ListLanguageVersions)
export class ListLanguageVersionsHandler implements IQueryHandler<ListLanguageVersions> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId }: ListLanguageVersions): Promise<LanguageVersionSummaryView[] | undefined> {
    const document = await this.dataSource.getRepository(DocumentRow).findOneBy({ id: documentId });
    if (!document) return undefined;
    const { versions, openTasks } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => ({
      versions: await manager.getRepository(LanguageVersionRow).findBy({ documentId }),
      openTasks: await manager.getRepository(TranslationTaskRow).findBy({ documentId, status: 'open' }),
    }));
    return languageSummaries(document.working, versions, openTasks);
  }
}

@QueryHandler(ListTranslationTasks)
export class ListTranslationTasksHandler implements IQueryHandler<ListTranslationTasks> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId, language, status }: ListTranslationTasks): Promise<TranslationTaskView[] | undefined> {
    const document = await this.dataSource.getRepository(DocumentRow).findOneBy({ id: documentId });
    if (!document) return undefined;
    const where: FindOptionsWhere<TranslationTaskRow> = {
      documentId,
      ...(language ? { language } : {}),
      ...(status === 'open' ? { status: 'open' as const } : {}),
    };
    const { tasks, versions } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => ({
      tasks: await manager.getRepository(TranslationTaskRow).find({ where, order: { position: 'ASC', taskId: 'ASC' } }),
      versions: await manager.getRepository(LanguageVersionRow).findBy({ documentId, ...(language ? { language } : {}) }),
    }));
    // A provision a later decision took out is cited as the latest version printed it.
    const latest = await this.dataSource.getRepository(DocumentVersionRow).findOneBy({ documentId, number: document.currentVersion });
    const wordsOf = new Map(versions.map((row) => [row.language, row.text ?? undefined]));
    return tasks.map((task) => translationTaskView(task, document.working, wordsOf.get(task.language), ...(latest ? [latest.text] : [])));
  }
}

@QueryHandler(GetSideBySide)
export class GetSideBySideHandler implements IQueryHandler<GetSideBySide> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId, left, right, version }: GetSideBySide): Promise<SideBySideView | undefined> {
    const found = await readingsOf(this.dataSource, documentId, [left, right], version);
    if (!found) return undefined;
    return sideBySideView(documentId, found.versionLabel, found.readings.get(left)!, found.readings.get(right)!);
  }
}

@QueryHandler(GetLanguageText)
export class GetLanguageTextHandler implements IQueryHandler<GetLanguageText> {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute({ documentId, language, version }: GetLanguageText): Promise<LanguageTextView | undefined> {
    const found = await readingsOf(this.dataSource, documentId, [language], version);
    if (!found) return undefined;
    const reading = found.readings.get(language)!;
    return {
      documentId,
      language,
      versionNumber: found.versionNumber,
      versionLabel: found.versionLabel,
      working: found.working,
      document: reading.document,
      awaiting: awaitingInOrder(reading),
      ...(reading.untranslatedTitle ? { untranslatedTitle: true } : {}),
      ...(reading.untranslatedAdoptionLine ? { untranslatedAdoptionLine: true } : {}),
      ...(reading.provisional !== undefined ? { provisional: reading.provisional } : {}),
    };
  }
}

export const LANGUAGE_QUERY_HANDLERS = [
  ListLanguageVersionsHandler,
  ListTranslationTasksHandler,
  GetSideBySideHandler,
  GetLanguageTextHandler,
];
