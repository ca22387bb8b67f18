import { QueryBus } from '@nestjs/cqrs';
import { ProblemException } from '#libs/runtime';
import { SearchController } from './search.controller';
import { SearchTexts, encodeSearchCursor } from './search-texts';

/** The controller with a query bus that records what it is asked, for an actor kept out of the `hidden` consultations. */
function controller(hidden: string[] = []): { search: SearchController; asked: SearchTexts[] } {
  const asked: SearchTexts[] = [];
  const bus = { execute: async (query: SearchTexts) => (asked.push(query), { key: query.query.key, items: [] }) } as unknown as QueryBus;
  const drafts = { hiddenConsultations: async () => hidden };
  return { search: new SearchController(bus, drafts), asked };
}

async function refusal(run: () => Promise<unknown>): Promise<{ status: number; detail?: string }> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ProblemException) return { status: error.problem.status, detail: error.problem.detail };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the search endpoint', () => {
  it('passes the query on as a search key, with its filters and page', async () => {
    const { search, asked } = controller();
    const consultation = '0b5e4a52-5d3f-4f55-a3f4-0a5c37a2f7a1';
    const cursor = encodeSearchCursor({ rank: 3, position: 120, entryKey: 'provision:d:op-1-1:abc' });
    await search.search('  بالقرار  ', consultation, 'provision', '5', cursor);
    expect(asked).toHaveLength(1);
    expect(asked[0].query.key).toBe('قرار');
    expect(asked[0].filter).toEqual({ consultationId: consultation, kind: 'provision' });
    expect(asked[0].limit).toBe(5);
    expect(asked[0].cursor).toEqual({ rank: 3, position: 120, entryKey: 'provision:d:op-1-1:abc' });
  });

  it('leaves out the restricted consultations the actor may not read', async () => {
    const hidden = ['7d0c2f57-3a43-4c89-9c2e-1f0e2a7b9a10'];
    const { search, asked } = controller(hidden);
    await search.search('wsis', undefined, undefined, undefined, undefined, { id: 'apc', role: 'stakeholder' });
    expect(asked[0].filter).toEqual({ hiddenConsultationIds: hidden });
  });

  it('refuses a missing, empty or too long query, and one with nothing to search for', async () => {
    const { search, asked } = controller();
    expect(await refusal(() => search.search(undefined))).toEqual({ status: 400, detail: 'q is required' });
    expect(await refusal(() => search.search('   '))).toEqual({ status: 400, detail: 'q is required' });
    expect((await refusal(() => search.search('ق'.repeat(201)))).detail).toBe('q must be at most 200 characters');
    expect(await refusal(() => search.search('؛ … !'))).toEqual({ status: 400, detail: 'q has no letters or digits to search for' });
    expect(await refusal(() => search.search(['a', 'b']))).toMatchObject({ status: 400, detail: 'q must be given once, as text' });
    expect(asked).toEqual([]);
  });

  it('refuses bidi controls and control characters in the query, naming the character', async () => {
    const { search } = controller();
    expect((await refusal(() => search.search('القرار\u202E'))).detail).toMatch(/U\+202E at offset 6/u);
    expect((await refusal(() => search.search('a\u0000b'))).detail).toMatch(/control character U\+0000/u);
  });

  it('refuses an unknown kind, a consultation that is not an id, and a cursor it did not issue', async () => {
    const { search } = controller();
    expect((await refusal(() => search.search('wsis', undefined, 'amendment'))).detail).toBe(
      'kind must be one of document, provision, contribution, input',
    );
    expect((await refusal(() => search.search('wsis', "x' OR 1=1 --"))).detail).toBe('consultation must be a consultation id (a UUID)');
    expect((await refusal(() => search.search('wsis', undefined, undefined, '0'))).status).toBe(400);
    expect((await refusal(() => search.search('wsis', undefined, undefined, undefined, 'bm90IG91cnM'))).detail).toBe(
      'cursor is not one this service issued',
    );
  });
});
