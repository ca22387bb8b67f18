/**
 * The lines of an audit bundle (docs/audit-bundle-format.md) as records: each an object with
 * one member naming the record, in the order of the sections, with the members the format
 * defines and no other.
 */
import { fromHex } from './digest';
import { firstDuplicateMember } from './duplicate-members';
import { BundleDivergenceLog } from './bundle-divergence';

export type Section = 'header' | 'checkpoints' | 'events' | 'proofs' | 'ended';

/** The members each record may have (bundle-format: docs/audit-bundle-format.md). */
const MEMBERS = {
  bundle: ['format', 'exportedAt', 'events', 'headPosition', 'checkpoints', 'inclusionTreeSize', 'publicKey', 'publicKeyId'],
  checkpoint: ['treeSize', 'rootHash', 'chainHash', 'timestamp', 'keyId', 'signature'],
  event: [
    'position',
    'eventId',
    'streamId',
    'streamVersion',
    'type',
    'schemaVersion',
    'payload',
    'metadata',
    'recordedAt',
    'hash',
    'chainHash',
  ],
  consistency: ['fromTreeSize', 'toTreeSize', 'proof'],
  inclusion: ['position', 'treeSize', 'proof'],
  end: ['events', 'checkpoints', 'consistencyProofs', 'inclusionProofs'],
} as const satisfies Record<string, readonly string[]>;
const MEMBER_SETS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(MEMBERS).map(([name, members]) => [name, new Set<string>(members)]),
);

export const SECTION_ORDER: Record<Section, number> = { header: 0, checkpoints: 1, events: 2, proofs: 3, ended: 4 };

/** One line of the bundle as its record's name and value; undefined (and reported) when it is not a record. */
export function readBundleLine(
  text: string,
  line: number,
  log: BundleDivergenceLog,
): { readonly name: string; readonly value: object } | undefined {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    log.malformed(line, 'it is not JSON');
    return undefined;
  }
  if (!record || typeof record !== 'object' || Array.isArray(record) || Object.keys(record).length !== 1) {
    log.malformed(
      line,
      'it is not a record of the bundle (an object with one member: bundle, checkpoint, event, consistency, inclusion or end)',
    );
    return undefined;
  }
  const [name, value] = Object.entries(record)[0];
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    log.malformed(line, `its ${name} is not an object`);
    return undefined;
  }
  checkMembers(name, value as Record<string, unknown>, text, line, log);
  return { name, value };
}

/** Every member defined by the format, once: what no hash or signature covers could say anything. */
function checkMembers(name: string, value: Record<string, unknown>, text: string, line: number, log: BundleDivergenceLog): void {
  const position = name === 'event' && Number.isSafeInteger(value.position) ? (value.position as number) : undefined;
  const eventId = name === 'event' && typeof value.eventId === 'string' ? value.eventId : undefined;
  const duplicate = firstDuplicateMember(text);
  if (duplicate !== undefined) {
    log.add({
      kind: 'duplicate-member',
      source: name === 'event' ? 'event' : 'bundle',
      line,
      position,
      eventId,
      detail: `line ${line} names ${duplicate} twice: a JSON reader keeps one or the other, so the line says two things and a hash covers only one of them`,
    });
  }
  const allowed = MEMBER_SETS[name];
  if (!allowed) return;
  // An event lacking a field is reported by what its hash then fails to be (event-malformed, event-hash-missing).
  const missing = name === 'event' ? [] : MEMBERS[name as keyof typeof MEMBERS].filter((member) => !(member in value));
  if (missing.length > 0) log.malformed(line, `the ${name} record lacks ${missing.map((member) => JSON.stringify(member)).join(', ')}`);
  const extra = Object.keys(value).filter((member) => !allowed.has(member));
  if (extra.length === 0) return;
  const names = extra.map((member) => JSON.stringify(member)).join(', ');
  if (name === 'event') {
    log.add({
      kind: 'event-unhashed-member',
      source: 'event',
      line,
      position,
      eventId,
      detail: `line ${line}: the event has ${names} besides its nine hashed fields and its recorded hashes; no hash covers ${extra.length === 1 ? 'it' : 'them'}, so nothing proves what ${extra.length === 1 ? 'it says' : 'they say'}`,
    });
  } else if (name === 'checkpoint') {
    const treeSize = Number.isSafeInteger(value.treeSize) ? (value.treeSize as number) : undefined;
    log.add({
      kind: 'checkpoint-unsigned-member',
      source: 'checkpoint',
      line,
      detail: `line ${line}: the checkpoint has ${names}, which its signature does not cover`,
      ...(treeSize !== undefined ? { checkpoint: { treeSize, timestamp: String(value.timestamp) } } : {}),
    });
  } else {
    log.add({
      kind: 'unknown-member',
      source: name === 'bundle' || name === 'end' ? 'bundle' : 'proof',
      line,
      detail: `line ${line}: the ${name} record has ${names}, which the format does not define`,
    });
  }
}

export const LOWERCASE_DIGEST = /^[0-9a-f]{64}$/;

/** A proof's path of digests; undefined when it is not one. */
export function parseProof(proof: unknown): Buffer[] | undefined {
  if (!Array.isArray(proof)) return undefined;
  const path: Buffer[] = [];
  for (const node of proof) {
    // The format writes digests in lowercase hex only; another spelling is not a proof node.
    const digest = typeof node === 'string' && LOWERCASE_DIGEST.test(node) ? fromHex(node) : undefined;
    if (!digest) return undefined;
    path.push(digest);
  }
  return path;
}
