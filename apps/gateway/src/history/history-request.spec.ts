import { decodeHistoryCursor, encodeHistoryCursor, parseHistoryRequest } from './history-request';

const fieldsOf = (query: Record<string, unknown>) => {
  const parsed = parseHistoryRequest(query);
  return parsed.ok ? [] : parsed.errors.map((error) => error.field);
};

describe('a request for the history of a consultation', () => {
  it('defaults to the first 20 rows, unfiltered', () => {
    expect(parseHistoryRequest({})).toEqual({ ok: true, value: { filter: {}, limit: 20 } });
  });

  it('reads every filter, a comma list or repeated kinds, and the page', () => {
    const cursor = encodeHistoryCursor({ after: 42 });
    expect(
      parseHistoryRequest({
        stakeholder: 'african-group',
        provision: 'op-1-ericsson',
        kind: ['amendment-ruled, decision-corrected', 'amendment-ruled'],
        from: '2026-04-10T09:00:00+02:00',
        to: '2026-04-11',
        limit: '50',
        cursor,
      }),
    ).toEqual({
      ok: true,
      value: {
        filter: {
          stakeholder: 'african-group',
          provision: 'op-1-ericsson',
          kinds: ['amendment-ruled', 'decision-corrected'],
          from: new Date('2026-04-10T07:00:00.000Z'),
          // A date names the whole day.
          to: new Date('2026-04-12T00:00:00.000Z'),
        },
        limit: 50,
        cursor: { after: 42 },
      },
    });
  });

  it('lets quotes, semicolons and percent signs through in a provision id, as characters of a value', () => {
    const parsed = parseHistoryRequest({ provision: "op-1-1';DROP%" });
    expect(parsed).toEqual({ ok: true, value: { filter: { provision: "op-1-1';DROP%" }, limit: 20 } });
  });

  it('refuses a stakeholder id with quotes or spaces, unknown kinds, and a provision id with spaces or controls', () => {
    expect(fieldsOf({ stakeholder: "egypt' OR '1'='1" })).toEqual(['stakeholder']);
    expect(fieldsOf({ stakeholder: '' })).toEqual(['stakeholder']);
    expect(fieldsOf({ kind: "amendment-ruled'; DROP TABLE consultation_history; --" })).toEqual(['kind']);
    expect(fieldsOf({ kind: 'amendment-ruled,,decision-corrected' })).toEqual(['kind']);
    expect(fieldsOf({ provision: 'op 1' })).toEqual(['provision']);
    expect(fieldsOf({ provision: 'op-1\u0000' })).toEqual(['provision']);
    expect(fieldsOf({ provision: 'x'.repeat(201) })).toEqual(['provision']);
  });

  it('refuses impossible dates, a period that ends before it starts, a bad page and unknown parameters', () => {
    expect(fieldsOf({ from: '2026-02-30' })).toEqual(['from']);
    expect(fieldsOf({ to: '10/04/2026' })).toEqual(['to']);
    expect(fieldsOf({ from: '2026-04-10T09:00:00' })).toEqual(['from']);
    expect(fieldsOf({ from: '2026-04-12', to: '2026-04-11' })).toEqual(['from']);
    expect(fieldsOf({ limit: '0' })).toEqual(['limit']);
    expect(fieldsOf({ limit: '101' })).toEqual(['limit']);
    expect(fieldsOf({ limit: '1e1' })).toEqual(['limit']);
    expect(fieldsOf({ cursor: 'bm90IGEgY3Vyc29y' })).toEqual(['cursor']);
    expect(fieldsOf({ stakeholder: ['egypt', 'kenya'] })).toEqual(['stakeholder']);
    expect(fieldsOf({ stakeholders: 'egypt' })).toEqual(['stakeholders']);
  });

  it('reads back only the cursors it issued', () => {
    expect(decodeHistoryCursor(encodeHistoryCursor({ after: 7 }))).toEqual({ after: 7 });
    expect(decodeHistoryCursor(Buffer.from('{"after":-1}').toString('base64url'))).toBeUndefined();
    expect(decodeHistoryCursor(Buffer.from('{"after":"7"}').toString('base64url'))).toBeUndefined();
    expect(decodeHistoryCursor('not a cursor')).toBeUndefined();
  });
});
