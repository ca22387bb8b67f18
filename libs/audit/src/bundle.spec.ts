import { BundleReport, BundleVerifier } from './bundle-verifier';
import { formatBundleReport } from './bundle-report-text';
import { generateAuditSigningKey } from './checkpoint';
import {
  bundleEvents,
  bundleOf,
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
    expect(kinds).toEqual(['bundle', 'checkpoint', 'checkpoint', 'checkpoint', ...Array(n).fill('event'), 'consistency', 'consistency', ...Array(12).fill('inclusion'), 'end']);
    expect(JSON.parse(lines[0]).bundle).toMatchObject({ format: 'consultation-ledger/audit-bundle/v1', events: n, headPosition: n, checkpoints: 3, inclusionTreeSize: 12, publicKeyId: auditKeyId(ledgerKey.publicKeyPem) });
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
      checkpoints: { count: 3, validSignatures: 3, consistentWithLatest: 2, latest: { treeSize: 12, rootMatches: true, chainMatches: true } },
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

  const at = (report: BundleReport) => ({ kind: report.firstDivergence?.kind, position: report.firstDivergence?.position, eventId: report.firstDivergence?.eventId });
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
    const forged = { ...negotiation.events[6], eventId: '00000000-0000-4000-8000-000000000000', payload: { ...(negotiation.events[6].payload as object), ruling: 'accepted' } };
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
    expect(proof.divergences).toContainEqual(expect.objectContaining({ kind: 'consistency-proof-invalid', checkpoint: expect.objectContaining({ treeSize: 12 }) }));
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
    expect(verify(lines.slice(0, -5)).divergences.map((d) => d.kind)).toEqual(expect.arrayContaining(['bundle-incomplete', 'inclusion-proof-missing']));
    const garbled = [...lines];
    garbled.splice(6, 0, 'not json');
    expect(verify(garbled).firstDivergence).toMatchObject({ kind: 'bundle-malformed', line: 7 });
  });
});
