import { Controller, Get, Inject, Optional, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { textProblem } from '#libs/runtime';
import { searchQuery } from '#libs/text';
import { searchPage } from '#libs/web';
import { DraftAccess } from '../access';
import { MAX_QUERY_CHARS, SearchPageView, SearchTexts, decodeSearchCursor } from '../search';
import { WebPageFilter } from './web-page.filter';
import { sendPage } from './web-pages';
import { WebSession } from './web-session';

const HITS_PER_PAGE = 20;

/**
 * The search of the pages: the API's search (Arabic letter variants, diacritics and the article
 * ignored; the provisions of language versions found with their original), under the same
 * rules of who reads which drafts, with the session of the pages.
 */
@ApiExcludeController()
@Controller('web/search')
@UseFilters(WebPageFilter)
export class WebSearchController {
  constructor(
    @Inject(WebSession) private readonly session: WebSession,
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Optional() @Inject(DraftAccess) private readonly drafts?: DraftAccess,
  ) {}

  @Get()
  async search(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { ctx, actor } = await this.session.open(request, response);
    const typed = typeof request.query.q === 'string' ? request.query.q : '';
    const q = textProblem(typed) ? '' : typed.normalize('NFC').trim();
    if (q === '') return sendPage(response, searchPage(ctx, { query: '', hits: [] }));
    const query = searchQuery(q);
    if ([...q].length > MAX_QUERY_CHARS || query.key === '')
      return sendPage(
        response,
        searchPage(ctx, { query: '', hits: [], notices: [{ kind: 'error', text: ctx.t('search.tooShort') }] }),
        400,
      );
    const cursorParam = typeof request.query.cursor === 'string' ? request.query.cursor : undefined;
    const cursor = cursorParam ? decodeSearchCursor(cursorParam) : undefined;
    // The drafts of restricted consultations are found only by those who may read them.
    const hidden = (await this.drafts?.hiddenConsultations(actor!)) ?? [];
    const found: SearchPageView = await this.queries.execute(
      new SearchTexts(query, hidden.length ? { hiddenConsultationIds: hidden } : {}, HITS_PER_PAGE, cursor),
    );
    const nextHref = found.next ? `/web/search?${new URLSearchParams({ q, cursor: found.next }).toString()}` : undefined;
    sendPage(response, searchPage(ctx, { query: q, hits: found.items, ...(nextHref ? { nextHref } : {}) }));
  }
}
