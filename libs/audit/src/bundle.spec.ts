import { BundleReport, BundleVerifier } from './bundle-verifier';
import { formatBundleReport } from './bundle-report-text';
import { generateAuditSigningKey } from './checkpoint';
import {
  addEventMember,
  bundleEvents,
  bundleOf,
  changeHeader,
  duplicatePayloadMember,
  proveUnderOlderCheckpoint,
  repeatCheckpoint,
  restateKeyIds,
  reverseCheckpoints,
  changeConsistencyProof,
  changePayload,
  changePayloadAndRehash,
  deleteEvent,
  insertForgedEvent,
  joinLines,
  parseLines,
  rehashFrom,
  reexportAs,
  reorderEvents,
  replaceCheckpoint,
  swapEventLines,
  swapPublicKey,
  truncateTail,
} from './testing/bundle-tampering';
import { RecordedNegotiation, recordedNegotiation } from './testing/recorded-negotiation';
import { auditKeyId } from './checkpoint';

const ledgerKey = generateAuditSigningKey();
const forgerKey = generateAuditSigningKey();

/** Verifies with the ledger's key unless told otherwise; null: with the key the bundle carries. */
function verify(lines: readonly string[], trusted: string | null = ledgerKey.publicKeyPem): BundleReport {
  const verifier = new BundleVerifier({ trustedPublicKey: trusted ?? undefined });
  for (const line of joinLines(lines).split('\n')) verifier.addLine(line);
  return verifier.finish();
}

describe('the audit bundle and its offline verifier', () => {
  let negotiation: RecordedNegotiation;
  let lines: string[];
  const sizes = [4, 9, 12];

  beforeAll(async () => {
    negotiation = recordedNegotiation();
    expect(negotiation.events.length).toBeGreaterThan(12);
    lines = parseLines(await bundleOf(negotiation.events, sizes, ledgerKey.privateKeyPem));
  });

  it('writes a header, the checkpoints, the events, the proofs and a closing line, in that order', () => {
    const kinds = lines.map((line) => Object.keys(JSON.parse(line))[0]);
    const n = negotiation.events.length;
    expect(kinds).toEqual([
      'bundle',
      'checkpoint',
      'checkpoint',
      'checkpoint',
      ...Array(n).fill('event'),
      'consistency',
      'consistency',
      ...Array(12).fill('inclusion'),
      'end',
    ]);
    expect(JSON.parse(lines[0]).bundle).toMatchObject({
      format: 'consultation-ledger/audit-bundle/v1',
      events: n,
      headPosition: n,
      checkpoints: 3,
      inclusionTreeSize: 12,
      publicKeyId: auditKeyId(ledgerKey.publicKeyPem),
    });
    expect(JSON.parse(lines[lines.length - 1]).end).toEqual({ events: n, checkpoints: 3, consistencyProofs: 2, inclusionProofs: 12 });
    // Events as recorded: the same objects, hashes included.
    expect(bundleEvents(lines)).toEqual(negotiation.events);
  });

  it('verifies an untouched bundle against the trusted key: every hash, link, root, signature and proof', () => {
    const report = verify(lines);
    expect(report.divergences).toEqual([]);
    expect(report).toMatchObject({
      ok: true,
      events: negotiation.events.length,
      key: { checkedWith: 'trusted', trustedKeyId: auditKeyId(ledgerKey.publicKeyPem), bundledKeyId: auditKeyId(ledgerKey.publicKeyPem) },
      checkpoints: {
        count: 3,
        validSignatures: 3,
        consistentWithLatest: 2,
        latest: { treeSize: 12, rootMatches: true, chainMatches: true },
      },
      inclusion: { treeSize: 12, checked: 12, valid: 12 },
      consistency: { checked: 2, valid: 2 },
      beyondLatestCheckpoint: negotiation.events.length - 12,
    });
    expect(formatBundleReport(report)).toMatch(/^verify-bundle: OK\n/);
  });

  it("says that the bundle's own key proves nothing by itself when no key is given", () => {
    const report = verify(lines, null);
    expect(report.ok).toBe(true);
    expect(report.key.checkedWith).toBe('bundled');
    expect(report.notes.join(' ')).toMatch(/own key proves nothing by itself/);
    expect(formatBundleReport(report)).toMatch(/NOT INDEPENDENT/);
  });

  const at = (report: BundleReport) => ({
    kind: report.firstDivergence?.kind,
    position: report.firstDivergence?.position,
    eventId: report.firstDivergence?.eventId,
  });
  const eventIdAt = (position: number) => negotiation.events[position - 1].eventId;

  it('finds a payload changed after it was recorded at its position', () => {
    const report = verify(changePayload(lines, 6, (p) => ({ ...p, ruling: 'rejected' })));
    expect(report.ok).toBe(false);
    expect(at(report)).toEqual({ kind: 'event-hash-mismatch', position: 6, eventId: eventIdAt(6) });
    expect(report.divergences.map((d) => d.kind)).toEqual(expect.arrayContaining(['inclusion-proof-invalid', 'checkpoint-root-mismatch']));
  });

  it('finds a change whose hashes and chain were recomputed by the inclusion proof of the event changed', () => {
    const report = verify(changePayloadAndRehash(lines, 6, (p) => ({ ...p, proposers: ['egypt'] })));
    expect(at(report)).toEqual({ kind: 'inclusion-proof-invalid', position: 6, eventId: eventIdAt(6) });
    expect(report.divergences.filter((d) => d.kind === 'inclusion-proof-invalid').map((d) => d.position)).toEqual([6]);
  });

  it('finds a deleted event, two event lines swapped, and two events reordered and renumbered, at the first position concerned', () => {
    expect(at(verify(deleteEvent(lines, 7)))).toMatchObject({ kind: 'event-position-gap', position: 7 });
    expect(at(verify(swapEventLines(lines, 7, 8)))).toEqual({ kind: 'event-out-of-order', position: 7, eventId: undefined });
    const reordered = verify(reorderEvents(lines, 7));
    expect(at(reordered)).toEqual({ kind: 'inclusion-proof-invalid', position: 7, eventId: eventIdAt(8) });
  });

  it('finds a forged event inserted with every later event renumbered and rehashed, at the position of the forgery', () => {
    const forged = {
      ...negotiation.events[6],
      eventId: '00000000-0000-4000-8000-000000000000',
      payload: { ...(negotiation.events[6].payload as object), ruling: 'accepted' },
    };
    const report = verify(insertForgedEvent(lines, 7, forged));
    expect(at(report)).toEqual({ kind: 'inclusion-proof-invalid', position: 7, eventId: forged.eventId });
    expect(report.divergences.some((d) => d.kind.startsWith('event-'))).toBe(false);
  });

  it('finds a truncated tail by the checkpoint that covers it', () => {
    const report = verify(truncateTail(lines, 10));
    expect(at(report)).toMatchObject({ kind: 'event-truncated', position: 11 });
    expect(report.firstDivergence?.detail).toMatch(/covers positions 1 to 12; the bundle ends at position 10/);
  });

  it('finds a replaced checkpoint and a changed consistency proof', () => {
    const replaced = verify(replaceCheckpoint(lines, 9, (c) => ({ ...c, rootHash: 'ab'.repeat(32) })));
    expect(replaced.firstDivergence).toMatchObject({ kind: 'checkpoint-bad-signature', checkpoint: { treeSize: 9 } });
    const proof = verify(changeConsistencyProof(lines, 12));
    expect(proof.divergences).toContainEqual(
      expect.objectContaining({ kind: 'consistency-proof-invalid', checkpoint: expect.objectContaining({ treeSize: 12 }) }),
    );
  });

  it('finds a swapped public key, and a forger who signs again with their own key only with the trusted key', async () => {
    const swapped = verify(swapPublicKey(lines, forgerKey.publicKeyPem, auditKeyId(forgerKey.publicKeyPem)), null);
    expect(swapped.ok).toBe(false);
    expect(swapped.divergences.filter((d) => d.kind === 'checkpoint-bad-signature')).toHaveLength(3);

    const events = rehashFrom(bundleEvents(changePayload(lines, 6, (p) => ({ ...p, ruling: 'rejected' }))), 5);
    const forged = parseLines(await reexportAs(lines, events, forgerKey.privateKeyPem));
    // Consistent in itself: only a key obtained apart from the bundle tells it from the ledger's.
    expect(verify(forged, null).ok).toBe(true);
    const trusted = verify(forged, ledgerKey.publicKeyPem);
    expect(trusted.ok).toBe(false);
    expect(trusted.divergences.map((d) => d.kind)).toEqual(expect.arrayContaining(['public-key-mismatch', 'checkpoint-bad-signature']));
    expect(formatBundleReport(trusted)).toMatch(/public-key-mismatch/);
  });

  it('finds a file cut short and lines that are not records', () => {
    expect(verify(lines.slice(0, -5)).divergences.map((d) => d.kind)).toEqual(
      expect.arrayContaining(['bundle-incomplete', 'inclusion-proof-missing']),
    );
    const garbled = [...lines];
    garbled.splice(6, 0, 'not json');
    expect(verify(garbled).firstDivergence).toMatchObject({ kind: 'bundle-malformed', line: 7 });
  });

  describe('refuses what no hash, signature or count vouches for, each with its own finding', () => {
    const kinds = (report: BundleReport) => report.divergences.map((d) => d.kind);
    let forgedUnderOperatorId: string[];

    beforeAll(async () => {
      // A ruling rewritten, everything after it rehashed and signed again with the forger's key, the operator's key id kept everywhere.
      const events = rehashFrom(bundleEvents(changePayload(lines, 6, (p) => ({ ...p, ruling: 'rejected' }))), 5);
      forgedUnderOperatorId = restateKeyIds(
        parseLines(await reexportAs(lines, events, forgerKey.privateKeyPem)),
        auditKeyId(ledgerKey.publicKeyPem),
      );
    });

    it("refuses a bundle re-signed with another key that keeps the operator's key id, and names the key that really signed", () => {
      const own = verify(forgedUnderOperatorId, null);
      expect(own.ok).toBe(false);
      expect(kinds(own)).toContain('public-key-id-mismatch');
      expect(kinds(own).filter((k) => k === 'checkpoint-key-id-mismatch')).toHaveLength(3);
      expect(own.key).toMatchObject({
        bundledKeyId: auditKeyId(forgerKey.publicKeyPem),
        statedKeyId: auditKeyId(ledgerKey.publicKeyPem),
        signedByKeyId: auditKeyId(forgerKey.publicKeyPem),
      });
      const text = formatBundleReport(own);
      expect(text).toMatch(/^verify-bundle: FAILED/);
      expect(text).toContain(
        `checked with the key the bundle carries (${auditKeyId(forgerKey.publicKeyPem).slice(0, 16)}…; its header names ${auditKeyId(ledgerKey.publicKeyPem).slice(0, 16)}…, which is NOT the key it carries)`,
      );
      expect(text).toContain(`signed by    key ${auditKeyId(forgerKey.publicKeyPem).slice(0, 16)}…`);
    });

    it('with the trusted key, says the bundle carries another key rather than the same one', () => {
      const trusted = verify(forgedUnderOperatorId);
      expect(trusted.ok).toBe(false);
      expect(kinds(trusted)).toEqual(expect.arrayContaining(['public-key-mismatch', 'public-key-id-mismatch', 'checkpoint-bad-signature']));
      const text = formatBundleReport(trusted);
      expect(text).not.toContain('the bundle carries the same key');
      expect(text).toContain(`the bundle carries ANOTHER key, ${auditKeyId(forgerKey.publicKeyPem).slice(0, 16)}…`);
      expect(text).toContain('signed by    no checkpoint signature verifies with the key checked');
      expect(formatBundleReport(verify(lines))).toContain('(the bundle carries the same key)');
    });

    it('refuses a checkpoint naming another key id than the key it is checked with', () => {
      const report = verify(replaceCheckpoint(lines, 9, (c) => ({ ...c, keyId: auditKeyId(forgerKey.publicKeyPem) })));
      expect(kinds(report)).toEqual(['checkpoint-key-id-mismatch']);
      expect(report.firstDivergence).toMatchObject({ checkpoint: { treeSize: 9 }, found: auditKeyId(forgerKey.publicKeyPem) });
    });

    it('refuses an event member no hash covers', () => {
      const report = verify(addEventMember(lines, 6, 'note', 'the ruling was accepted'));
      expect(kinds(report)).toEqual(['event-unhashed-member']);
      expect(report.firstDivergence).toMatchObject({ position: 6, line: 4 + 6 });
      expect(report.firstDivergence?.detail).toContain('"note"');
    });

    it('refuses a member written twice in an event line, though JSON.parse keeps the recorded value', () => {
      // Position 11 records a rejection; a reader keeping the first of two members would read an acceptance.
      expect(bundleEvents(lines)[10].payload).toMatchObject({ ruling: 'rejected' });
      const report = verify(duplicatePayloadMember(lines, 11, 'ruling', 'accepted'));
      expect(kinds(report)).toEqual(['duplicate-member']);
      expect(report.firstDivergence).toMatchObject({ position: 11, detail: expect.stringContaining('event.payload.ruling twice') });
    });

    it('refuses members the format does not define in a checkpoint and in other lines', () => {
      expect(kinds(verify(replaceCheckpoint(lines, 9, (c) => ({ ...c, note: 'approved' }) as never)))).toEqual([
        'checkpoint-unsigned-member',
      ]);
      expect(kinds(verify(changeHeader(lines, (h) => ({ ...h, operator: 'itu' }))))).toEqual(['unknown-member']);
    });

    it('refuses a header whose counts are not what the bundle holds', () => {
      const report = verify(changeHeader(lines, (h) => ({ ...h, events: h.events + 1, checkpoints: 2 })));
      expect(kinds(report)).toEqual(['header-count-mismatch']);
      expect(report.firstDivergence?.detail).toMatch(/states events \d+, checkpoints 2; the bundle holds events \d+, checkpoints 3/);
      expect(kinds(verify(changeHeader(lines, (h) => ({ ...h, inclusionTreeSize: 9 }))))).toContain('header-count-mismatch');
    });

    it('refuses a repeated checkpoint and checkpoints out of order', () => {
      expect(kinds(verify(repeatCheckpoint(lines, 9)))).toEqual(expect.arrayContaining(['checkpoint-repeated']));
      expect(kinds(verify(reverseCheckpoints(lines)))).toEqual(expect.arrayContaining(['checkpoint-out-of-order']));
    });

    it('refuses inclusion proofs given under an older checkpoint than the latest the events reach', () => {
      const report = verify(proveUnderOlderCheckpoint(lines, 9));
      expect(kinds(report)).toEqual(expect.arrayContaining(['inclusion-proof-stale', 'header-count-mismatch']));
      expect(report.divergences.find((d) => d.kind === 'inclusion-proof-stale')).toMatchObject({ expected: '12', found: '9' });
    });
  });
});
