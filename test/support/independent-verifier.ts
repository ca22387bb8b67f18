/**
 * A second verifier of audit bundles, written from docs/audit-bundle-format.md alone: it
 * imports nothing of the ledger (only node:crypto), so that where it and libs/audit agree,
 * the specification says enough. Section numbers (§) are the specification's.
 */
import { createHash, createPublicKey, verify as verifySignature } from 'node:crypto';

export interface IndependentVerdict {
  readonly ok: boolean;
  /** What failed, one entry per check (§10), in the order found. */
  readonly failures: readonly string[];
}

type Json = null | boolean | number | string | Json[] | { [name: string]: Json };
const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const HEX64 = /^[0-9a-f]{64}$/;

/** §3: a JSON parser that refuses a member name written twice in one object. */
function parseStrict(text: string): Json {
  let i = 0;
  const ws = () => {
    while (/[ \t\r\n]/.test(text[i] ?? '')) i++;
  };
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${i}`);
  };
  const value = (): Json => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const object: { [name: string]: Json } = {};
      const names = new Set<string>();
      ws();
      if (text[i] === '}') {
        i++;
        return object;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a member name expected');
        const name = string();
        if (names.has(name)) fail(`duplicate member ${JSON.stringify(name)}`);
        names.add(name);
        ws();
        if (text[i++] !== ':') fail('":" expected');
        Object.defineProperty(object, name, { value: value(), enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i++] === '}') return object;
        if (text[i - 1] !== ',') fail('"," or "}" expected');
      }
    }
    if (c === '[') {
      i++;
      const array: Json[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return array;
      }
      for (;;) {
        array.push(value());
        ws();
        if (text[i++] === ']') return array;
        if (text[i - 1] !== ',') fail('"," or "]" expected');
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) return fail('a JSON value expected');
    i += literal[0].length;
    return literal[0] === 'true' ? true : literal[0] === 'false' ? false : literal[0] === 'null' ? null : Number(literal[0]);
  };
  const string = (): string => {
    const match = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(text.slice(i));
    if (!match) return fail('a string expected');
    i += match[0].length;
    return JSON.parse(match[0]) as string;
  };
  const result = value();
  ws();
  if (i !== text.length) fail('text after the value');
  return result;
}

/** §4: RFC 8785 canonical JSON. */
export function canonical(value: Json): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('not a JSON number');
    return Object.is(value, -0) ? '0' : String(value);
  }
  if (typeof value === 'string') {
    if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value)) throw new Error('lone surrogate');
    const short: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };
    return `"${value.replace(/["\\\u0000-\u001f]/g, (c) => short[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
  }
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  // Names compared as sequences of UTF-16 code units.
  const names = Object.keys(value).sort((a, b) => {
    for (let k = 0; k < Math.min(a.length, b.length); k++)
      if (a.charCodeAt(k) !== b.charCodeAt(k)) return a.charCodeAt(k) - b.charCodeAt(k);
    return a.length - b.length;
  });
  return `{${names.map((name) => `${canonical(name)}:${canonical(value[name])}`).join(',')}}`;
}

/** §6: MTH over leaf hashes (the event hashes are the leaf hashes). */
function mth(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0];
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return sha256(Buffer.from([1]), mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}
const node = (left: Buffer, right: Buffer) => sha256(Buffer.from([1]), left, right);

/** §7.1: the root an inclusion proof leads to (RFC 9162 2.1.3.2). */
function inclusionRoot(leaf: Buffer, index: number, size: number, path: Buffer[]): Buffer | undefined {
  if (index >= size) return undefined;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return undefined;
    if (fn % 2 === 1 || fn === sn) {
      r = node(p, r);
      while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn / 2, Math.floor(sn / 2)];
    } else r = node(r, p);
    [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  }
  return sn === 0 ? r : undefined;
}

/** §7.2: a consistency proof (RFC 9162 2.1.4.2), for 0 < m < n. */
function consistent(m: number, n: number, oldRoot: Buffer, newRoot: Buffer, proof: Buffer[]): boolean {
  if (!(0 < m && m < n)) return false;
  const path = Number.isInteger(Math.log2(m)) ? [oldRoot, ...proof] : proof;
  if (path.length === 0) return false;
  let fn = m - 1;
  let sn = n - 1;
  while (fn % 2 === 1) [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      [fr, sr] = [node(c, fr), node(c, sr)];
      while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn / 2, Math.floor(sn / 2)];
    } else sr = node(sr, c);
    [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  }
  return sn === 0 && fr.equals(oldRoot) && sr.equals(newRoot);
}

const MEMBERS: Record<string, string[]> = {
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
};
const ORDER = ['bundle', 'checkpoint', 'event', 'proof', 'end'];
const EVENT_FIELDS = ['eventId', 'metadata', 'payload', 'position', 'recordedAt', 'schemaVersion', 'streamId', 'streamVersion', 'type'];
const BASE64 = /^[A-Za-z0-9+/]{86}==$/;

/** Verifies a bundle's text (§10); `trustedPublicKeyPem` is the operator's published key, when the auditor has it. */
export function verifyIndependently(text: string, trustedPublicKeyPem?: string): IndependentVerdict {
  const failures: string[] = [];
  const check = (condition: unknown, failure: string) => {
    if (!condition) failures.push(failure);
    return Boolean(condition);
  };
  const records: [string, any][] = [];
  const lines = text.split('\n');
  for (const [n, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let record: Json;
    try {
      record = parseStrict(line);
    } catch (error) {
      failures.push(`line ${n + 1} is not strict JSON: ${(error as Error).message}`);
      continue;
    }
    const names = record && typeof record === 'object' && !Array.isArray(record) ? Object.keys(record) : [];
    const kind = names[0];
    if (!check(names.length === 1 && MEMBERS[kind], `line ${n + 1} is not a record`)) continue;
    const body = (record as Record<string, any>)[kind];
    if (!check(body && typeof body === 'object' && !Array.isArray(body), `line ${n + 1}: not an object`)) continue;
    check(
      Object.keys(body).every((m) => MEMBERS[kind].includes(m)) && MEMBERS[kind].every((m) => m in body),
      `line ${n + 1}: the ${kind} members are not exactly ${MEMBERS[kind].join(', ')}`,
    );
    records.push([kind, body]);
  }
  const sectionOf = (kind: string) => ORDER.indexOf(kind === 'consistency' || kind === 'inclusion' ? 'proof' : kind);
  check(
    records.every(([k], i) => i === 0 || sectionOf(records[i - 1][0]) <= sectionOf(k)),
    'records out of section order',
  );
  check(records.filter(([k]) => k === 'bundle').length === 1 && records[0]?.[0] === 'bundle', 'not exactly one header, first');
  check(
    records.filter(([k]) => k === 'end').length === 1 && records[records.length - 1]?.[0] === 'end',
    'not exactly one closing line, last',
  );
  const header = records.find(([k]) => k === 'bundle')?.[1] ?? {};
  const of = (kind: string) => records.filter(([k]) => k === kind).map(([, v]) => v);
  const checkpoints = of('checkpoint');
  const events = of('event');
  const consistency = of('consistency');
  const inclusion = of('inclusion');
  const end = records.find(([k]) => k === 'end')?.[1] ?? {};
  check(header.format === 'consultation-ledger/audit-bundle/v1', 'unknown format');

  // §8: the key, its id, and the key the signatures are checked with.
  let carried: ReturnType<typeof createPublicKey> | undefined;
  try {
    carried = createPublicKey(String(header.publicKey));
  } catch {
    failures.push('the header carries no public key');
  }
  const keyIdOf = (key: ReturnType<typeof createPublicKey>) => sha256(key.export({ type: 'spki', format: 'der' })).toString('hex');
  check(carried?.asymmetricKeyType === 'ed25519', 'the carried key is not Ed25519');
  check(carried && header.publicKeyId === keyIdOf(carried), 'publicKeyId is not the id of the carried key');
  const trusted = trustedPublicKeyPem ? createPublicKey(trustedPublicKeyPem) : undefined;
  check(!trusted || (carried && keyIdOf(carried) === keyIdOf(trusted)), 'the carried key is not the trusted key');
  const key = trusted ?? carried;

  // §5: each event's hash and the chain, in position order from 1.
  const leaves: Buffer[] = [];
  const chains: Buffer[] = [Buffer.alloc(32)];
  events.forEach((event, i) => {
    check(event.position === i + 1, `event ${i + 1} is listed at position ${event.position}`);
    let hash: Buffer;
    try {
      hash = sha256(Buffer.from([0]), Buffer.from(canonical(Object.fromEntries(EVENT_FIELDS.map((f) => [f, event[f]]))), 'utf8'));
    } catch {
      hash = Buffer.alloc(32);
      failures.push(`event ${i + 1} cannot be canonicalized`);
    }
    check(event.hash === hash.toString('hex'), `event ${i + 1}: hash mismatch`);
    const chain = sha256(chains[i], hash);
    check(event.chainHash === chain.toString('hex'), `event ${i + 1}: chain mismatch`);
    leaves.push(hash);
    chains.push(chain);
  });

  // §9: every checkpoint: order, key id, signature, root and chain.
  checkpoints.forEach((c, i) => {
    check(i === 0 || c.treeSize > checkpoints[i - 1].treeSize, `checkpoint ${i + 1} is repeated or out of order`);
    check(key && c.keyId === keyIdOf(key), `checkpoint ${c.treeSize}: keyId is not the checking key's`);
    const statement = `{"chainHash":"${c.chainHash}","format":"consultation-ledger/audit-checkpoint/v1","rootHash":"${c.rootHash}","timestamp":"${c.timestamp}","treeSize":${c.treeSize}}`;
    const wellFormed =
      Number.isSafeInteger(c.treeSize) &&
      c.treeSize >= 0 &&
      HEX64.test(c.rootHash) &&
      HEX64.test(c.chainHash) &&
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(c.timestamp);
    const signed =
      wellFormed &&
      BASE64.test(c.signature) &&
      key !== undefined &&
      verifySignature(null, Buffer.from(statement, 'utf8'), key, Buffer.from(c.signature, 'base64'));
    check(signed, `checkpoint ${c.treeSize}: bad signature`);
    if (check(c.treeSize <= leaves.length, `checkpoint ${c.treeSize} covers events the bundle does not list`)) {
      check(mth(leaves.slice(0, c.treeSize)).toString('hex') === c.rootHash, `checkpoint ${c.treeSize}: root mismatch`);
      check(chains[c.treeSize].toString('hex') === c.chainHash, `checkpoint ${c.treeSize}: chain mismatch`);
    }
  });

  // §7: the proofs owed, exactly: consistency between successive checkpoints, inclusion of 1..T under the latest the events reach.
  const hexList = (proof: unknown) =>
    Array.isArray(proof) && proof.every((h) => typeof h === 'string' && HEX64.test(h))
      ? proof.map((h: string) => Buffer.from(h, 'hex'))
      : undefined;
  const reached = checkpoints.filter((c) => c.treeSize <= leaves.length);
  const pairs = reached
    .slice(1)
    .map((c, i) => [reached[i], c])
    .filter(([a, b]) => a.treeSize < b.treeSize);
  check(consistency.length === pairs.length, 'not one consistency proof per two successive checkpoints');
  for (const [a, b] of pairs) {
    const given = consistency.filter((p) => p.fromTreeSize === a.treeSize && p.toTreeSize === b.treeSize);
    const path = given.length === 1 ? hexList(given[0].proof) : undefined;
    check(
      path && consistent(a.treeSize, b.treeSize, Buffer.from(a.rootHash, 'hex'), Buffer.from(b.rootHash, 'hex'), path),
      `no valid consistency proof from ${a.treeSize} to ${b.treeSize}`,
    );
  }
  const latest = reached[reached.length - 1];
  const size = latest?.treeSize ?? 0;
  check(inclusion.length === size, `not one inclusion proof per position 1..${size}`);
  inclusion.forEach((p, i) => {
    const path = hexList(p.proof);
    const root = path && p.position === i + 1 && p.treeSize === size && leaves[i] ? inclusionRoot(leaves[i], i, size, path) : undefined;
    check(root && root.toString('hex') === latest.rootHash, `inclusion proof of position ${i + 1} does not verify`);
  });

  // §2: the counts the header and the closing line state.
  const lastPosition = events.length === 0 ? 0 : events[events.length - 1].position;
  check(
    header.events === events.length &&
      header.headPosition === lastPosition &&
      header.checkpoints === checkpoints.length &&
      header.inclusionTreeSize === size,
    'the header miscounts',
  );
  check(
    end.events === events.length &&
      end.checkpoints === checkpoints.length &&
      end.consistencyProofs === consistency.length &&
      end.inclusionProofs === inclusion.length,
    'the closing line miscounts',
  );
  return { ok: failures.length === 0, failures };
}
