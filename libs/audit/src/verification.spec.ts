import fc from 'fast-check';
import { generateAuditSigningKey, signCheckpoint } from './checkpoint';
import { digestRange } from './range-digests';
import { GENESIS_CHAIN_HASH, chainHash, eventHash } from './event-hash';
import { merkleRoot } from './merkle';
import { formatAuditReport } from './report-text';
import { RecordedWithHashes, asKafkaMessages, negotiationEvents, withHashes } from './testing/history-factory';
import { AuditReport, HashedEvent, StoreAudit, StoredCheckpoint, verifyHistory } from './verification';

const key = generateAuditSigningKey();
const otherKey = generateAuditSigningKey();

/** Checkpoints the ledger would have signed over this history at these sizes. */
function checkpointsOf(
  events: readonly RecordedWithHashes[],
  sizes: readonly number[],
  privateKeyPem = key.privateKeyPem,
): StoredCheckpoint[] {
  return sizes.map((size, i) => ({
    id: String(i + 1),
    ...signCheckpoint(
      {
        treeSize: size,
        rootHash: merkleRoot(events.slice(0, size).map((e) => e.hash)).toString('hex'),
        chainHash: (size === 0 ? GENESIS_CHAIN_HASH : events[size - 1].chainHash).toString('hex'),
        timestamp: new Date(Date.UTC(2026, 3, 10, 10) + i * 60_000).toISOString(),
      },
      privateKeyPem,
    ),
  }));
}

const withPayload = (event: RecordedWithHashes, change: object): RecordedWithHashes => ({
  ...event,
  payload: { ...(event.payload as object), ...change },
});

describe('verification of a recorded history', () => {
  const history = withHashes(negotiationEvents(40));
  const checkpoints = checkpointsOf(history, [10, 25, 40]);
  const kafka = asKafkaMessages(history);

  function verify(
    overrides: { events?: HashedEvent[]; kafka?: HashedEvent[] | null; checkpoints?: StoredCheckpoint[]; pendingFrom?: number } = {},
  ): AuditReport {
    return verifyHistory({
      events: overrides.events ?? history,
      kafka: overrides.kafka === null ? undefined : (overrides.kafka ?? kafka),
      checkpoints: overrides.checkpoints ?? checkpoints,
      publicKey: key.publicKeyPem,
      pendingFrom: overrides.pendingFrom,
    });
  }

  it('finds an untouched history clean, against Kafka (with redeliveries) and every checkpoint', () => {
    const redelivered = [...kafka.slice(0, 30), ...kafka.slice(20, 40)];
    const report = verify({ kafka: redelivered });
    expect(report.divergences).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.store).toMatchObject({
      events: 40,
      headPosition: 40,
      rootHash: checkpoints[2].rootHash,
      chainHash: checkpoints[2].chainHash,
    });
    expect(report.kafka).toMatchObject({ checked: true, messages: 50, events: 40, redelivered: 10, headPosition: 40 });
    expect(report.checkpoints).toMatchObject({
      count: 3,
      validSignatures: 3,
      consistentWithLatest: 2,
      latest: { treeSize: 40, rootMatches: true, chainMatches: true, kafkaMatches: true },
    });
    expect(formatAuditReport(report)).toMatch(/^audit verify: CLEAN\n/);
  });

  it('locates a payload changed in the store by the hash recorded with it, and Kafka tells the difference too', () => {
    const events = [...history];
    events[16] = withPayload(events[16], { ruling: 'rejected', reason: 'recorded otherwise by an insider' });
    const report = verify({ events });
    expect(report.ok).toBe(false);
    expect(report.firstDivergence).toMatchObject({
      kind: 'store-hash-mismatch',
      position: 17,
      eventId: history[16].eventId,
      expected: history[16].hash.toString('hex'),
    });
    expect(report.divergences.map((d) => [d.kind, d.position])).toEqual([
      ['store-hash-mismatch', 17],
      ['kafka-differs', 17],
      ['checkpoint-root-mismatch', undefined],
      ['checkpoint-chain-mismatch', undefined],
      ['checkpoint-root-mismatch', undefined],
      ['checkpoint-chain-mismatch', undefined],
    ]);
    expect(report.divergences[2]).toMatchObject({ range: { from: 11, to: 25 }, checkpoint: { treeSize: 25 } });
    expect(report.divergences[4]).toMatchObject({ range: { from: 11, to: 40 }, checkpoint: { treeSize: 40 } });
  });

  it('locates a payload changed together with its recorded hash by the chain, and a wholly rewritten chain by the checkpoint and Kafka', () => {
    const events = [...history];
    const changed = withPayload(events[16], { ruling: 'rejected', reason: 'recorded otherwise by an insider' });
    events[16] = { ...changed, hash: eventHash(changed) };
    expect(verify({ events }).firstDivergence).toMatchObject({ kind: 'store-chain-break', position: 17, eventId: history[16].eventId });

    const rewritten = withHashes([...history.slice(0, 16), changed, ...history.slice(17)]);
    const report = verify({ events: rewritten });
    expect(report.firstDivergence).toMatchObject({ kind: 'kafka-differs', position: 17, eventId: history[16].eventId });
    expect(verify({ events: rewritten, kafka: null }).firstDivergence).toMatchObject({
      kind: 'checkpoint-root-mismatch',
      range: { from: 11, to: 25 },
    });
  });

  it('locates a deleted event as a gap, naming the event Kafka still holds there', () => {
    const events = history.filter((e) => e.position !== 23);
    const report = verify({ events });
    expect(report.firstDivergence).toMatchObject({ kind: 'store-position-gap', position: 23, eventId: history[22].eventId });
    expect(report.divergences.map((d) => [d.kind, d.position])).toContainEqual(['store-chain-break', 24]);
    const withoutKafka = verify({ events, kafka: null }).firstDivergence;
    expect(withoutKafka).toMatchObject({ kind: 'store-position-gap', position: 23 });
    expect(withoutKafka?.eventId).toBeUndefined();
  });

  it('locates two events swapped in the store at the first of them', () => {
    const events = [...history];
    [events[11], events[29]] = [
      { ...history[29], position: 12 },
      { ...history[11], position: 30 },
    ];
    const report = verify({ events });
    expect(report.firstDivergence).toMatchObject({ kind: 'store-hash-mismatch', position: 12, eventId: history[29].eventId });
    expect(report.divergences.filter((d) => d.source === 'store').map((d) => [d.kind, d.position])).toEqual([
      ['store-hash-mismatch', 12],
      ['store-chain-break', 12],
      ['store-chain-break', 13],
      ['store-hash-mismatch', 30],
      ['store-chain-break', 30],
      ['store-chain-break', 31],
    ]);
  });

  it('locates an event forged into Kafka, at an existing position or a new one', () => {
    const forged = { ...kafka[16], payload: { ...(kafka[16].payload as object), ruling: 'rejected', reason: 'forged' }, hash: undefined };
    const report = verify({ kafka: [...kafka, forged] });
    expect(report.firstDivergence).toMatchObject({
      kind: 'kafka-conflicting-duplicate',
      position: 17,
      eventId: kafka[16].eventId,
      kafka: { offset: '40' },
    });
    expect(report.divergences).toHaveLength(1);

    const invented = { ...kafka[39], position: 41, eventId: '0b7e4c1a-5d2f-4a8e-9c3b-0000deadbeef', streamVersion: 41 };
    const extra = {
      ...invented,
      hash: eventHash(invented).toString('hex'),
      chainHash: chainHash(history[39].chainHash, eventHash(invented)).toString('hex'),
    };
    const beyond = verify({ kafka: [...kafka, extra] });
    expect(beyond.firstDivergence).toMatchObject({ kind: 'kafka-only', position: 41, eventId: extra.eventId });
  });

  it('flags a Kafka message whose content no longer matches the hash it carries', () => {
    const messages = [...kafka];
    messages[5] = { ...messages[5], payload: { changed: true } };
    const report = verify({ kafka: messages });
    expect(report.divergences.map((d) => [d.kind, d.position])).toEqual([
      ['kafka-differs', 6],
      ['kafka-hash-mismatch', 6],
    ]);
  });

  it('locates a truncated tail from the latest checkpoint, naming the first lost event from Kafka', () => {
    const report = verify({ events: history.slice(0, 36) });
    expect(report.firstDivergence).toMatchObject({
      kind: 'store-truncated',
      position: 37,
      eventId: history[36].eventId,
      range: { from: 37, to: 40 },
    });
    expect(report.divergences).toHaveLength(1);
    expect(verify({ events: history.slice(0, 36), kafka: null }).firstDivergence).toMatchObject({ kind: 'store-truncated', position: 37 });
    // Two checkpoints beyond the head: one finding, up to the larger.
    const shorter = verify({ events: history.slice(0, 20) });
    expect(shorter.divergences).toEqual([
      expect.objectContaining({ kind: 'store-truncated', position: 21, eventId: history[20].eventId, range: { from: 21, to: 40 } }),
    ]);
  });

  it('does not mistake events still in the outbox for events missing from Kafka', () => {
    expect(verify({ kafka: kafka.slice(0, 35), pendingFrom: 36 }).ok).toBe(true);
    expect(verify({ kafka: kafka.slice(0, 35), pendingFrom: 36 }).kafka).toMatchObject({ awaitingPublication: 5 });
    expect(verify({ kafka: kafka.slice(0, 35) }).firstDivergence).toMatchObject({
      kind: 'kafka-missing',
      position: 36,
      range: { from: 36, to: 40 },
    });
    expect(verify({ kafka: kafka.filter((e) => e.position !== 8) }).firstDivergence).toMatchObject({
      kind: 'kafka-missing',
      position: 8,
      eventId: history[7].eventId,
    });
  });

  it('refuses a replaced checkpoint by its signature, and one signed over another history by its root', () => {
    const replaced = [...checkpoints];
    replaced[1] = { ...replaced[1], rootHash: checkpoints[0].rootHash };
    expect(verify({ checkpoints: replaced }).firstDivergence).toMatchObject({
      kind: 'checkpoint-bad-signature',
      checkpoint: { id: '2', treeSize: 25 },
    });

    const reSigned = [...checkpoints];
    reSigned[2] = { ...checkpointsOf(history, [40], otherKey.privateKeyPem)[0], id: '3' };
    expect(verify({ checkpoints: reSigned }).divergences).toEqual([
      expect.objectContaining({ kind: 'checkpoint-bad-signature', checkpoint: expect.objectContaining({ id: '3' }) }),
    ]);

    const otherHistory = withHashes(negotiationEvents(40).map((e) => (e.position === 3 ? { ...e, type: 'Forged' } : e)));
    const signedOverOther = [...checkpoints.slice(0, 2), { ...checkpointsOf(otherHistory, [40])[0], id: '3' }];
    const report = verify({ checkpoints: signedOverOther });
    expect(report.firstDivergence).toMatchObject({
      kind: 'checkpoint-root-mismatch',
      range: { from: 26, to: 40 },
      checkpoint: { id: '3' },
    });
  });

  it('proves every earlier checkpoint consistent with the latest', () => {
    const many = checkpointsOf(history, [1, 2, 3, 7, 8, 16, 17, 33, 40]);
    const report = verify({ checkpoints: many });
    expect(report.ok).toBe(true);
    expect(report.checkpoints.consistentWithLatest).toBe(8);
  });

  it('notes what it could not check', () => {
    const report = verify({ kafka: null, checkpoints: [] });
    expect(report.ok).toBe(true);
    expect(report.kafka).toEqual({ checked: false, reason: 'no topic given' });
    expect(report.notes).toEqual([expect.stringMatching(/Kafka was not checked/), expect.stringMatching(/no checkpoint yet/)]);
  });
});

describe('the store pass', () => {
  it('maps positions to leaves across gaps', () => {
    const history = withHashes(negotiationEvents(10));
    const audit = new StoreAudit();
    for (const event of history.filter((e) => e.position !== 4 && e.position !== 5)) audit.add(event);
    expect(audit.size).toBe(8);
    expect(audit.headPosition).toBe(10);
    expect(audit.hashAt(3)).toEqual(history[2].hash);
    expect(audit.hashAt(4)).toBeUndefined();
    expect(audit.hashAt(6)).toEqual(history[5].hash);
    expect(audit.eventIdAt(10)).toBe(history[9].eventId);
    expect(audit.isMissing(5)).toBe(true);
    expect(audit.divergences[0]).toMatchObject({ kind: 'store-position-gap', position: 4, range: { from: 4, to: 5 } });
  });

  it('recomputes the chain the store records', () => {
    const history = withHashes(negotiationEvents(5));
    const audit = new StoreAudit();
    for (const event of history) audit.add(event);
    expect(audit.chainAt(5)).toEqual(history[4].chainHash);
    expect(audit.chainAt(2)).toEqual(chainHash(chainHash(GENESIS_CHAIN_HASH, history[0].hash), history[1].hash));
    expect(audit.divergenceCount).toBe(0);
  });
});

describe('the store pass over ranges digested elsewhere (worker threads)', () => {
  const history = withHashes(negotiationEvents(70));

  /** Ways an insider changes the store's rows, as the e2e tests do in PostgreSQL. */
  const tamperings: Record<string, (events: RecordedWithHashes[], at: number) => HashedEvent[]> = {
    untouched: (events) => events,
    'payload changed': (events, at) => events.map((e, i) => (i === at ? withPayload(e, { changed: true }) : e)),
    'event deleted': (events, at) => events.filter((_, i) => i !== at),
    'hash rewritten': (events, at) =>
      events.map((e, i) => (i === at ? { ...withPayload(e, { changed: true }), hash: eventHash(withPayload(e, { changed: true })) } : e)),
    'hash missing': (events, at) => events.map((e, i) => (i === at ? { ...e, hash: undefined } : e)),
    'two swapped': (events, at) =>
      events.map((e, i) =>
        i === at
          ? { ...events[(at + 5) % events.length], position: e.position }
          : i === (at + 5) % events.length
            ? { ...events[at], position: e.position }
            : e,
      ),
    'tail cut': (events, at) => events.slice(0, at),
  };

  it('finds exactly what the event-by-event pass finds, and builds the same tree and chain', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(tamperings)),
        fc.integer({ min: 0, max: 69 }),
        fc.constantFrom(8, 16, 13, 64),
        (tampering, at, rangeSize) => {
          const events = tamperings[tampering](history, at);
          const single = new StoreAudit();
          for (const event of events) single.add(event);
          const ranged = new StoreAudit();
          // Ranges of positions, as the workers read them: a deleted event makes one shorter.
          for (let after = 0; after < 70; after += rangeSize)
            ranged.addRange(digestRange(events.filter((e) => e.position > after && e.position <= after + rangeSize)));
          expect(ranged.divergences).toEqual(single.divergences);
          expect(ranged.summary()).toEqual(single.summary());
          for (let size = 1; size <= single.size; size += 7) {
            expect(ranged.tree.root(size)).toEqual(single.tree.root(size));
            expect(ranged.chainAt(size)).toEqual(single.chainAt(size));
          }
          expect(ranged.tree.consistencyProof(Math.min(5, single.size), single.size)).toEqual(
            single.tree.consistencyProof(Math.min(5, single.size), single.size),
          );
          expect(ranged.eventIdAt(single.headPosition)).toBe(single.eventIdAt(single.headPosition));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('takes a consistent range whole, with its subtree, and reads the recorded chain as the recomputed one', () => {
    const audit = new StoreAudit();
    const first = digestRange(history.slice(0, 64));
    expect(first.subtree).toHaveLength(7);
    audit.addRange(first);
    expect(audit.size).toBe(64);
    expect(audit.tree.root()).toEqual(first.subtree![6] && Buffer.from(first.subtree![6]));
    expect(audit.chainAt(64)).toEqual(history[63].chainHash);
    expect(digestRange(history.slice(64)).subtree).toBeUndefined();
  });
});
