import { decodeConsultationCursor, encodeConsultationCursor } from '../consultations/list-consultations';
import { decodeHistoryCursor, encodeHistoryCursor } from '../history/history-request';
import { decodeContributionCursor } from '../contributions/list-contributions';
import { decodeKeysetCursor, encodeKeysetCursor, openCursor, sealCursor, useCursorSecret } from './keyset-cursor';

const ID = '5b0f3c1e-6a43-4b8e-9d0a-1f2e3d4c5b6a';
const unsigned = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('cursors', () => {
  beforeAll(() => useCursorSecret('a-secret-every-gateway-shares-of-32-characters'));

  it('read back what they carry, and are opaque', () => {
    const cursor = encodeKeysetCursor({ key: '2026-04-10T09:00:00.000Z', id: ID });
    expect(decodeKeysetCursor(cursor)).toEqual({ key: '2026-04-10T09:00:00.000Z', id: ID });
    expect(decodeConsultationCursor(encodeConsultationCursor(new Date('2026-04-10T09:00:00Z'), ID))).toEqual({
      registeredAt: new Date('2026-04-10T09:00:00Z'),
      id: ID,
    });
    expect(decodeHistoryCursor(encodeHistoryCursor({ after: 42 }))).toEqual({ after: 42 });
  });

  it('are honoured by every gateway that shares the secret, and by no other', () => {
    const cursor = sealCursor({ after: 7 });
    useCursorSecret('a-secret-every-gateway-shares-of-32-characters');
    expect(openCursor(cursor)).toEqual({ after: 7 });
    useCursorSecret('another-deployment-s-secret-of-32-characters');
    expect(openCursor(cursor)).toBeUndefined();
    useCursorSecret('a-secret-every-gateway-shares-of-32-characters');
  });

  it('refuse a cursor made or changed by a client: unsigned, tampered, truncated, oversized', () => {
    const cursor = sealCursor(['2026-04-10T09:00:00.000Z', ID]);
    const [payload, tag] = cursor.split('.');
    expect(openCursor(unsigned(['2026-04-10T09:00:00.000Z', ID]))).toBeUndefined();
    expect(openCursor(`${unsigned(['-271821-04-20T00:00:00.000Z', ID])}.${tag}`)).toBeUndefined();
    expect(openCursor(`${payload}.${tag[0] === 'A' ? 'B' : 'A'}${tag.slice(1)}`)).toBeUndefined();
    expect(openCursor(`${payload}.${tag.slice(0, -1)}${tag.endsWith('A') ? 'B' : 'A'}`)).toBeUndefined(); // the spare bits of the last character
    expect(openCursor(`${payload}.${tag}`)).toEqual(['2026-04-10T09:00:00.000Z', ID]);
    expect(openCursor(payload)).toBeUndefined();
    expect(openCursor(`${'a'.repeat(5000)}.${tag}`)).toBeUndefined();
    expect(openCursor('not a cursor')).toBeUndefined();
  });

  it('refuse a signed cursor whose date is out of range or whose id is not of its kind', () => {
    expect(decodeConsultationCursor(sealCursor(['-271821-04-20T00:00:00.000Z', ID]))).toBeUndefined();
    expect(decodeConsultationCursor(sealCursor(['2026-04-10T09:00:00.000Z', 'x']))).toBeUndefined();
    expect(decodeContributionCursor(sealCursor(['-271821-04-20T00:00:00.000Z', ID]))).toBeUndefined();
    expect(decodeContributionCursor(sealCursor(['0000-01-01T00:00:00.000Z', ID]))).toBeUndefined();
    expect(decodeContributionCursor(sealCursor(['2026-04-10T09:00:00.000Z', ID]))).toEqual({
      submittedAt: new Date('2026-04-10T09:00:00Z'),
      id: ID,
    });
    expect(decodeHistoryCursor(sealCursor({ after: -1 }))).toBeUndefined();
    expect(decodeHistoryCursor(sealCursor({ after: 2 ** 60 }))).toBeUndefined();
  });
});
