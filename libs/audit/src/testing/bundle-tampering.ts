/**
 * Audit bundles made and changed the ways someone holding a copy could change them, for the
 * tests of the offline verifier (unit here, end to end in test/audit-bundle.e2e-spec.ts).
 * A bundle is handled as its lines; each change answers new lines and leaves the old alone.
 */
import { AuditBundleWriter, BundleEvent } from '../bundle';
import { SignedCheckpoint, signCheckpoint } from '../checkpoint';
import { GENESIS_CHAIN_HASH, chainHash, eventHash } from '../event-hash';
import { MerkleTree, merkleRoot } from '../merkle';

type Record = { [name: string]: any };

export const parseLines = (bundle: string): string[] => bundle.split('\n').filter((line) => line !== '');
export const joinLines = (lines: readonly string[]): string => `${lines.join('\n')}\n`;
const recordOf = (line: string): Record => JSON.parse(line);
const isEvent = (line: string) => line.startsWith('{"event":');

/** The events a bundle lists, in the order listed. */
export function bundleEvents(lines: readonly string[]): BundleEvent[] {
  return lines.filter(isEvent).map((line) => recordOf(line).event);
}

/** The checkpoints a bundle lists. */
export function bundleCheckpoints(lines: readonly string[]): SignedCheckpoint[] {
  return lines.filter((l) => l.startsWith('{"checkpoint":')).map((line) => recordOf(line).checkpoint);
}

/** Replaces the event lines with these events, in this order, keeping every other line where it was. */
function withEvents(lines: readonly string[], events: readonly BundleEvent[]): string[] {
  const first = lines.findIndex(isEvent);
  const rest = lines.filter((line) => !isEvent(line));
  const before = rest.slice(0, first);
  const after = rest.slice(first);
  return [...before, ...events.map((event) => JSON.stringify({ event })), ...after];
}

/** Recomputes the hashes and the chain of every event from index `from` on, as a forger who knows the scheme would. */
export function rehashFrom(events: readonly BundleEvent[], from = 0): BundleEvent[] {
  let chain: Buffer = from === 0 ? GENESIS_CHAIN_HASH : Buffer.from(events[from - 1].chainHash, 'hex');
  return events.map((event, i) => {
    if (i < from) return event;
    const hash = eventHash(event);
    chain = chainHash(chain, hash);
    return { ...event, hash: hash.toString('hex'), chainHash: chain.toString('hex') };
  });
}

/** Changes an event's payload and leaves its recorded hashes as they were. */
export function changePayload(lines: readonly string[], position: number, change: (payload: any) => any): string[] {
  return withEvents(
    lines,
    bundleEvents(lines).map((e) => (e.position === position ? { ...e, payload: change(JSON.parse(JSON.stringify(e.payload))) } : e)),
  );
}

/** Changes an event's payload and recomputes every hash and chain hash from it on. */
export function changePayloadAndRehash(lines: readonly string[], position: number, change: (payload: any) => any): string[] {
  const events = bundleEvents(lines).map((e) =>
    e.position === position ? { ...e, payload: change(JSON.parse(JSON.stringify(e.payload))) } : e,
  );
  return withEvents(lines, rehashFrom(events, position - 1));
}

/** Removes the event at a position. */
export function deleteEvent(lines: readonly string[], position: number): string[] {
  return withEvents(
    lines,
    bundleEvents(lines).filter((e) => e.position !== position),
  );
}

/** Swaps the lines of the events at two positions, as they are. */
export function swapEventLines(lines: readonly string[], a: number, b: number): string[] {
  const events = bundleEvents(lines);
  const i = events.findIndex((e) => e.position === a);
  const j = events.findIndex((e) => e.position === b);
  [events[i], events[j]] = [events[j], events[i]];
  return withEvents(lines, events);
}

/** Puts the event at `position` after the next one, renumbered so that positions still run in order, and rehashes: the order of two facts changed. */
export function reorderEvents(lines: readonly string[], position: number): string[] {
  const events = bundleEvents(lines);
  const i = events.findIndex((e) => e.position === position);
  const [first, second] = [events[i], events[i + 1]];
  events[i] = { ...second, position: first.position };
  events[i + 1] = { ...first, position: second.position };
  return withEvents(lines, rehashFrom(events, i));
}

/** Inserts a forged event at a position, renumbers the events after it and rehashes from there. */
export function insertForgedEvent(
  lines: readonly string[],
  position: number,
  forged: Omit<BundleEvent, 'position' | 'hash' | 'chainHash'>,
): string[] {
  const events = bundleEvents(lines);
  const i = events.findIndex((e) => e.position === position);
  const shifted = [
    ...events.slice(0, i),
    { ...forged, position, hash: '', chainHash: '' },
    ...events.slice(i).map((e) => ({ ...e, position: e.position + 1 })),
  ];
  return withEvents(lines, rehashFrom(shifted, i));
}

/** Removes every event after position `keep`, and their inclusion proofs, as if the history ended there. */
export function truncateTail(lines: readonly string[], keep: number): string[] {
  return withEvents(
    lines,
    bundleEvents(lines).filter((e) => e.position <= keep),
  ).filter((line) => !(line.startsWith('{"inclusion":') && recordOf(line).inclusion.position > keep));
}

/** Changes a checkpoint (its root, its size...) and keeps its signature. */
export function replaceCheckpoint(
  lines: readonly string[],
  treeSize: number,
  change: (checkpoint: SignedCheckpoint) => SignedCheckpoint,
): string[] {
  return lines.map((line) =>
    line.startsWith('{"checkpoint":') && recordOf(line).checkpoint.treeSize === treeSize
      ? JSON.stringify({ checkpoint: change(recordOf(line).checkpoint) })
      : line,
  );
}

/** Puts another public key in the header and nothing else. */
export function swapPublicKey(lines: readonly string[], publicKeyPem: string, publicKeyId: string): string[] {
  return lines.map((line) =>
    line.startsWith('{"bundle":') ? JSON.stringify({ bundle: { ...recordOf(line).bundle, publicKey: publicKeyPem, publicKeyId } }) : line,
  );
}

/** Changes a single line of a proof: the first hash of the consistency proof to the given size. */
export function changeConsistencyProof(lines: readonly string[], toTreeSize: number): string[] {
  return lines.map((line) => {
    if (!line.startsWith('{"consistency":')) return line;
    const { consistency } = recordOf(line);
    if (consistency.toTreeSize !== toTreeSize) return line;
    return JSON.stringify({ consistency: { ...consistency, proof: ['00'.repeat(32), ...consistency.proof.slice(1)] } });
  });
}

/** Checkpoints over a history at these sizes, as the ledger signs them. */
export function checkpointsOver(events: readonly BundleEvent[], sizes: readonly number[], privateKeyPem: string): SignedCheckpoint[] {
  return sizes.map((size, i) =>
    signCheckpoint(
      {
        treeSize: size,
        rootHash: merkleRoot(events.slice(0, size).map((e) => Buffer.from(e.hash, 'hex'))).toString('hex'),
        chainHash: size === 0 ? GENESIS_CHAIN_HASH.toString('hex') : events[size - 1].chainHash,
        timestamp: new Date(Date.UTC(2026, 5, 12, 10) + i * 60_000).toISOString(),
      },
      privateKeyPem,
    ),
  );
}

/** A whole bundle of these events with checkpoints at these sizes, signed with this key: what the export writes. */
export async function bundleOf(events: readonly BundleEvent[], sizes: readonly number[], privateKeyPem: string): Promise<string> {
  let text = '';
  const head = events.length === 0 ? 0 : events[events.length - 1].position;
  const writer = new AuditBundleWriter(
    {
      publicKey: privateKeyPem,
      checkpoints: checkpointsOver(events, sizes, privateKeyPem),
      headPosition: head,
      events: events.length,
      exportedAt: '2026-06-12T12:00:00.000Z',
    },
    (chunk) => {
      text += chunk;
    },
  );
  await writer.start();
  for (const event of events) await writer.event(event);
  await writer.finish();
  return text;
}

/** The bundle a forger makes with a key of their own: the events as they want them, rehashed, checkpoints of the same sizes signed again. */
export function reexportAs(lines: readonly string[], events: readonly BundleEvent[], forgerPrivateKeyPem: string): Promise<string> {
  return bundleOf(
    events,
    bundleCheckpoints(lines).map((c) => c.treeSize),
    forgerPrivateKeyPem,
  );
}

/** Makes the header and every checkpoint name this key id, whatever key they carry and were signed with: a forger borrowing the operator's fingerprint. */
export function restateKeyIds(lines: readonly string[], keyId: string): string[] {
  return lines.map((line) => {
    if (line.startsWith('{"bundle":')) return JSON.stringify({ bundle: { ...recordOf(line).bundle, publicKeyId: keyId } });
    if (line.startsWith('{"checkpoint":')) return JSON.stringify({ checkpoint: { ...recordOf(line).checkpoint, keyId } });
    return line;
  });
}

/** Adds a member to an event line, outside the fields its hash covers. */
export function addEventMember(lines: readonly string[], position: number, name: string, value: unknown): string[] {
  return lines.map((line) =>
    isEvent(line) && recordOf(line).event.position === position
      ? JSON.stringify({ event: { ...recordOf(line).event, [name]: value } })
      : line,
  );
}

/**
 * Writes a member of an event's payload twice, the forged value first and the recorded one
 * last: JSON.parse keeps the last (the hash still matches), a reader keeping the first sees the forgery.
 */
export function duplicatePayloadMember(lines: readonly string[], position: number, name: string, forged: unknown): string[] {
  return lines.map((line) => {
    if (!isEvent(line) || recordOf(line).event.position !== position) return line;
    const at = line.indexOf('"payload":{') + '"payload":{'.length;
    return `${line.slice(0, at)}${JSON.stringify(name)}:${JSON.stringify(forged)},${line.slice(at)}`;
  });
}

/** Changes the header as given and nothing else. */
export function changeHeader(lines: readonly string[], change: (header: Record) => Record): string[] {
  return lines.map((line) => (line.startsWith('{"bundle":') ? JSON.stringify({ bundle: change(recordOf(line).bundle) }) : line));
}

/** Lists the checkpoint of this tree size a second time, right after itself. */
export function repeatCheckpoint(lines: readonly string[], treeSize: number): string[] {
  return lines.flatMap((line) =>
    line.startsWith('{"checkpoint":') && recordOf(line).checkpoint.treeSize === treeSize ? [line, line] : [line],
  );
}

/** Lists the checkpoints largest tree first. */
export function reverseCheckpoints(lines: readonly string[]): string[] {
  const checkpoints = lines.filter((l) => l.startsWith('{"checkpoint":'));
  const first = lines.findIndex((l) => l.startsWith('{"checkpoint":'));
  const rest = lines.filter((l) => !l.startsWith('{"checkpoint":'));
  return [...rest.slice(0, first), ...checkpoints.reverse(), ...rest.slice(first)];
}

/** Replaces the inclusion proofs by proofs of positions 1..treeSize under the checkpoint of that size (an older one), the header and closing line saying so. */
export function proveUnderOlderCheckpoint(lines: readonly string[], treeSize: number): string[] {
  const tree = new MerkleTree();
  for (const event of bundleEvents(lines)) tree.append(Buffer.from(event.hash, 'hex'));
  const proofs = Array.from({ length: treeSize }, (_, index) =>
    JSON.stringify({
      inclusion: { position: index + 1, treeSize, proof: tree.inclusionProof(index, treeSize).map((p) => p.toString('hex')) },
    }),
  );
  const withoutProofs = lines.filter((l) => !l.startsWith('{"inclusion":'));
  const end = withoutProofs.pop()!;
  const header = changeHeader(withoutProofs, (h) => ({ ...h, inclusionTreeSize: treeSize }));
  return [...header, ...proofs, JSON.stringify({ end: { ...recordOf(end).end, inclusionProofs: treeSize } })];
}
