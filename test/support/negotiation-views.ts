import { INestApplication } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { createLogger } from '#libs/platform';
import { configureHttpApp } from '#libs/runtime';
import {
  COMPILATION_QUERY_HANDLERS,
  CompilationController,
  GetCompilation,
  GetCompilationHandler,
} from '../../apps/gateway/src/compilation';
import {
  HISTORY_QUERY_HANDLERS,
  HistoryController,
  HistoryCursor,
  HistoryEntryView,
  HistoryFilter,
  ListConsultationHistory,
  ListConsultationHistoryHandler,
  decodeHistoryCursor,
} from '../../apps/gateway/src/history';
import { PdfPrinter } from '../../apps/gateway/src/pdf';
import {
  GetProvisionProvenance,
  GetProvisionProvenanceHandler,
  PROVENANCE_QUERY_HANDLERS,
  ProvenanceController,
} from '../../apps/gateway/src/provenance';
import { HttpClient } from './http';

/** The tables the compilation, history and provenance projections write, each with the key that orders its rows. */
export const NEGOTIATION_VIEW_TABLES: Record<string, string> = {
  compilation_stakeholders: 'id',
  compilation_contributions: 'id',
  compilation_versions: 'document_id, number',
  compilation_amendments: 'id',
  consultation_history: 'position',
  history_subjects: 'kind, id',
  provenance_stakeholders: 'id',
  provenance_contributions: 'id',
  provenance_documents: 'id',
  provenance_amendments: 'id',
  provenance_records: 'document_id, provision_id, position',
};

/**
 * The compilation, history and provenance queries on one consultation and its document, answered
 * as the gateway's handlers answer them; `database` is asked when a query runs, so the queries can
 * be named before the database is opened.
 */
export function negotiationViews(database: () => DataSource, consultationId: string, documentId: string) {
  return {
    compilation: (versionNumber?: number) => new GetCompilationHandler(database()).execute(new GetCompilation(documentId, versionNumber)),
    provenance: (provisionId: string) =>
      new GetProvisionProvenanceHandler(database()).execute(new GetProvisionProvenance(documentId, provisionId)),
    /** The whole history under a filter, read page by page. */
    async history(filter: HistoryFilter = {}, limit = 100): Promise<HistoryEntryView[]> {
      const items: HistoryEntryView[] = [];
      let cursor: HistoryCursor | undefined;
      for (;;) {
        const page = await new ListConsultationHistoryHandler(database()).execute(
          new ListConsultationHistory(consultationId, filter, limit, cursor),
        );
        items.push(...page!.items);
        if (!page!.next) return items;
        cursor = decodeHistoryCursor(page!.next);
      }
    },
  };
}

/** The compilation, history and provenance controllers of the gateway over HTTP, on a free port. */
export async function startNegotiationViewsGateway(dataSource: DataSource): Promise<{ app: INestApplication; http: HttpClient }> {
  const module = await Test.createTestingModule({
    imports: [CqrsModule.forRoot()],
    controllers: [CompilationController, HistoryController, ProvenanceController],
    // No browser: these specs read HTML and JSON; the PDF is the pdf-export spec's.
    providers: [
      { provide: DataSource, useValue: dataSource },
      { provide: PdfPrinter, useValue: new PdfPrinter({ source: 'off', timeoutMs: 30_000 }) },
      ...COMPILATION_QUERY_HANDLERS,
      ...HISTORY_QUERY_HANDLERS,
      ...PROVENANCE_QUERY_HANDLERS,
    ],
  }).compile();
  const app = configureHttpApp(module.createNestApplication<NestExpressApplication>(), {
    maxBodyBytes: 1_048_576,
    logger: createLogger('gateway-test', 'error'),
  });
  await app.listen(0, '127.0.0.1');
  return { app, http: new HttpClient(await app.getUrl()) };
}
