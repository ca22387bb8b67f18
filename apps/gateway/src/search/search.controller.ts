import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Actor } from '#libs/contracts';
import { AUTHENTICATION_PROBLEMS, ApiProblemResponses, CurrentActor, ProblemException, problem, textProblem } from '#libs/runtime';
import { searchQuery } from '#libs/text';
import { pageParameters } from '../http/pagination';
import { SearchTexts, decodeSearchCursor } from './search-texts';
import { SEARCH_KINDS, SearchKind, SearchPageView } from './search.view';
import { DraftAccess, ReadsNoDrafts } from '../access';

/** The longest query accepted, in characters: a few words or a sentence, not a document. */
export const MAX_QUERY_CHARS = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

function invalid(field: string, message: string): ProblemException {
  return new ProblemException(
    problem(400, 'validation', 'Invalid request', `${field} ${message}`, { errors: [{ field, message: `${field} ${message}` }] }),
  );
}

/** A single query parameter: repeated ones are refused rather than one picked silently. */
function single(field: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(field, 'must be given once, as text');
  return value;
}

/** Search across documents, provisions and contributions, in the six languages. */
@ApiTags('reading')
@ApiBearerAuth()
@ApiProblemResponses(...AUTHENTICATION_PROBLEMS)
@Controller('api/v1')
export class SearchController {
  constructor(
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(DraftAccess) private readonly drafts: Pick<DraftAccess, 'hiddenConsultations'>,
  ) {}

  @Get('search')
  @ApiProblemResponses('validation')
  @ReadsNoDrafts('leaves out the consultations the actor may not read')
  @ApiOperation({
    summary: 'Search documents, provisions (of the working text and of every version) and contributions.',
    description:
      'Arabic letter variants (أ إ آ ا, ى ي, ة ه, ؤ ئ ء), diacritics, tatweel, presentation forms and Arabic-Indic digits are ignored, ' +
      'and the article with its proclitics (ال، وال، بال، كال، فال، لل) is taken off: "قرار" finds "القرار" and "بالقرار". Latin and Cyrillic ' +
      'ignore case and accents; Chinese matches runs of characters. Hits are ranked whole word > start of a word > inside a word > ' +
      'every term apart, then the most recent first.',
  })
  @ApiQuery({ name: 'q', required: true, description: `What to look for (at most ${MAX_QUERY_CHARS} characters).`, example: 'القرار' })
  @ApiQuery({ name: 'consultation', required: false, description: 'Only in this consultation.' })
  @ApiQuery({ name: 'kind', required: false, enum: SEARCH_KINDS })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ type: SearchPageView })
  async search(
    @Query('q') qParam?: unknown,
    @Query('consultation') consultationParam?: unknown,
    @Query('kind') kindParam?: unknown,
    @Query('limit') limitParam?: unknown,
    @Query('cursor') cursorParam?: unknown,
    @CurrentActor() actor?: Actor,
  ): Promise<SearchPageView> {
    const raw = single('q', qParam);
    if (raw === undefined) throw invalid('q', 'is required');
    const problemOfText = textProblem(raw);
    if (problemOfText) throw invalid('q', problemOfText);
    const q = raw.normalize('NFC').trim();
    if (q === '') throw invalid('q', 'is required');
    if ([...q].length > MAX_QUERY_CHARS) throw invalid('q', `must be at most ${MAX_QUERY_CHARS} characters`);
    const query = searchQuery(q);
    if (query.key === '') throw invalid('q', 'has no letters or digits to search for');

    const consultationId = single('consultation', consultationParam);
    if (consultationId !== undefined && !UUID.test(consultationId)) throw invalid('consultation', 'must be a consultation id (a UUID)');
    const kind = single('kind', kindParam);
    if (kind !== undefined && !(SEARCH_KINDS as readonly string[]).includes(kind))
      throw invalid('kind', `must be one of ${SEARCH_KINDS.join(', ')}`);
    const page = pageParameters(single('limit', limitParam), single('cursor', cursorParam), decodeSearchCursor);

    // The drafts of restricted consultations are found only by those who may read them.
    const hidden = actor ? await this.drafts.hiddenConsultations(actor) : [];
    return this.queries.execute(
      new SearchTexts(
        query,
        {
          ...(consultationId ? { consultationId: consultationId.toLowerCase() } : {}),
          ...(kind ? { kind: kind as SearchKind } : {}),
          ...(hidden.length ? { hiddenConsultationIds: hidden } : {}),
        },
        page.limit,
        page.cursor,
      ),
    );
  }
}
