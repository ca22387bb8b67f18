import { createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BundleEvent,
  CitedExplanation,
  auditKeyId,
  eventHash,
  explainProvision,
  generateAuditSigningKey,
  replayDocument,
  verifyCheckpointSignature,
  verifyInclusion,
} from '#libs/audit';
import { AmendmentOperation, renderCleanText } from '#libs/text';
import {
  addEventMember,
  bundleCheckpoints,
  bundleEvents,
  changeHeader,
  changePayload,
  deleteEvent,
  duplicatePayloadMember,
  insertForgedEvent,
  joinLines,
  parseLines,
  proveUnderOlderCheckpoint,
  reexportAs,
  rehashFrom,
  reorderEvents,
  repeatCheckpoint,
  replaceCheckpoint,
  restateKeyIds,
  reverseCheckpoints,
  swapEventLines,
  swapPublicKey,
  truncateTail,
} from '../libs/audit/src/testing/bundle-tampering';
import { auditCli, verifyBundle } from './support/audit-processes';
import { verifyIndependently } from './support/independent-verifier';
import { wsis20Consultation } from './support/consultations';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { TEST_AUDIT_SIGNING_KEY, fullModeEnvironment, startService } from './support/ledger-cluster';
import { STAKEHOLDERS, amendmentsTo, contributionCover, negotiationActors } from './support/negotiation-parties';
import { recorded, scenarioSteps } from './support/negotiation-steps';
import { modifyWords, offerAlternatives, res1334, res1334Source } from './support/negotiation-text';
import { ServiceProcess } from './support/service-process';
import { createTestDatabase } from './support/test-database';
import { tokenFor } from './support/tokens';

const PUBLIC_KEY = createPublicKey(TEST_AUDIT_SIGNING_KEY).export({ type: 'spki', format: 'pem' }).toString();

/**
 * The audit bundle end to end: a negotiation of Council Resolution 1334 on its Arabic text,
 * recorded in the full mode (gateway, ledger and projector as processes on a real Kafka and
 * PostgreSQL), exported by the command line and over HTTP, then checked by the standalone
 * verifier as an auditor would run it on a machine of their own; each tampered copy is
 * rejected and the position named. The texts replayed from the bundle are the read models'
 * texts, and "why" cites the decisive events with proofs that verify.
 */
describe('the audit bundle: export, offline verification, replay and why', () => {
  const step = scenarioSteps();
  let database: { url: string; drop: () => Promise<void> };
  let services: ServiceProcess[] = [];
  let env: Record<string, string>;
  let as: Awaited<ReturnType<typeof negotiationActors>>;
  let auditor: HttpClient;
  let dir: string;
  let publicKeyFile: string;
  let bundlePath: string;
  let lines: string[];
  let events: BundleEvent[];

  let consultationId: string;
  let documentId: string;
  const amendment: Record<string, string> = {};
  const decision: Record<string, string> = {};
  /** Global positions of the moments the replay is checked at. */
  const moments: Record<string, number> = {};
  const base = res1334();
  const SITTING = { meeting: 'CWG-WSIS&SDG, first meeting of 2026', date: '2026-03-10' };

  beforeAll(async () => {
    database = await createTestDatabase('audit_bundle');
    env = await fullModeEnvironment(database.url);
    services = await Promise.all([startService('ledger', env), startService('projector', env)]);
    services.push(await startService('gateway', env));
    const gateway = new HttpClient(`http://127.0.0.1:${env.PORT}`);
    as = await negotiationActors(gateway);
    auditor = gateway.as(await tokenFor('auditor-1', 'auditor'));
    dir = mkdtempSync(join(tmpdir(), 'audit-bundle-'));
    publicKeyFile = join(dir, 'ledger-public-key.pem');
    writeFileSync(publicKeyFile, PUBLIC_KEY);
  });

  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const until = (path: string, check: (json: any) => void = () => undefined) =>
    eventually(async () => {
      const answer = await as.secretariat.get(`/api/v1${path}`);
      expect(answer.status).toBe(200);
      check(answer.json);
      return answer.json;
    });
  /** The global position a command's answer reports. */
  const positionOf = (created: { position: number | string }) => Number(created.position);

  async function contribute(
    actor: HttpClient,
    symbol: string,
    cover: Record<string, unknown>,
    operations: Record<string, AmendmentOperation>,
  ): Promise<void> {
    const created = recorded(
      `contribution ${symbol}`,
      await actor.post('/api/v1/contributions', {
        consultationId,
        ...contributionCover(symbol, `Proposals on Resolution 1334 (${symbol})`, cover),
        substance: amendmentsTo(documentId, 1, ...Object.values(operations).map((operation) => ({ operation }))),
      }),
    );
    const read = await until(`/contributions/${created.id}`);
    Object.keys(operations).forEach((name, i) => (amendment[name] = read.substance.amendmentIds[i]));
  }

  async function rule(name: string, ruling: string, extra: Record<string, unknown> = {}): Promise<number> {
    const answer = await as.chair.post(`/api/v1/amendments/${amendment[name]}/decision`, { ruling, ...SITTING, ...extra });
    const created = recorded(`ruling ${ruling} on ${name}`, answer);
    decision[name] = created.id;
    return positionOf(created);
  }

  step(
    'a negotiation of Resolution 1334 is recorded: contributions, rulings, brackets, a correction, a reservation, the adoption',
    async () => {
      for (const stakeholder of Object.values(STAKEHOLDERS))
        recorded(`register ${stakeholder.id}`, await as.secretariat.post('/api/v1/stakeholders', stakeholder));
      consultationId = recorded(
        'the consultation',
        await as.secretariat.post('/api/v1/consultations', wsis20Consultation({ chairs: ['chair-cwg-wsis'] })),
      ).id;
      const registered = await as.secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        source: res1334Source(),
        language: 'ar',
        style: 'itu',
      });
      documentId = recorded('the base text', registered).id;
      moments.registered = positionOf(registered.json);
      for (const { id } of Object.values(STAKEHOLDERS))
        recorded(`admit ${id}`, await as.secretariat.post(`/api/v1/consultations/${consultationId}/participants`, { stakeholderId: id }));
      recorded('open', await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'open-for-contributions' }), 200);

      await contribute(
        as.egypt,
        'C26/12-A',
        {},
        {
          'egypt: add before pre-1-1': {
            kind: 'add',
            newId: 'pre-1-egypt',
            position: { before: 'pre-1-1' },
            text: 'بقرار الجمعية العامة للأمم المتحدة بشأن الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات (2025)؛',
          },
          'egypt: MOD op-1-1': modifyWords(base, 'op-1-1', 'جميع التدابير الممكنة', 'جميع التدابير المناسبة'),
        },
      );
      await contribute(
        as.kenya,
        'C26/15-A',
        { submitters: ['african-group'] },
        {
          'african group: MOD op-1-1': modifyWords(base, 'op-1-1', 'جميع التدابير الممكنة', 'كل التدابير اللازمة'),
          'african group: add at the end of op-3': {
            kind: 'add',
            newId: 'op-3-african',
            position: { atEndOf: 'op-3' },
            text: 'دعم مشاركة البلدان النامية في عملية القمة العالمية لمجتمع المعلومات بعد عام 2025؛',
          },
        },
      );
      await contribute(
        as.apc,
        'C26/20-E',
        { originalLanguage: 'en' },
        { 'apc: alternatives in op-3-4': offerAlternatives(base, 'op-3-4', 'غير الحكوميين', ['غير الحكوميين', 'من جميع الفئات']) },
      );
      recorded('negotiation', await as.chair.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'negotiation' }), 200);

      moments.egyptAdd = await rule('egypt: add before pre-1-1', 'accepted');
      moments.egyptMod = await rule('egypt: MOD op-1-1', 'accepted');
      await rule('african group: MOD op-1-1', 'rejected', { reason: 'the wording of Egypt was preferred' });
      moments.africanAddRejected = await rule('african group: add at the end of op-3', 'rejected', { reason: 'out of time' });
      moments.alternatives = await rule('apc: alternatives in op-3-4', 'accepted');
      const correction = await as.chair.post(`/api/v1/documents/${documentId}/corrections`, {
        corrects: decision['african group: add at the end of op-3'],
        ruling: 'accepted',
        reason: 'the plenary had agreed to the addition',
      });
      moments.correction = positionOf(recorded('the correction', correction));
      recorded(
        'the reservation',
        await as.chair.post(`/api/v1/documents/${documentId}/reservations`, {
          stakeholderId: 'kenya',
          provisionId: 'op-1-1',
          text: 'Kenya reserves its position on "جميع التدابير المناسبة".',
          ...SITTING,
        }),
      );
      recorded('adoption phase', await as.chair.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'adoption' }), 200);
      const settled = await as.chair.post(`/api/v1/documents/${documentId}/bracket-settlements`, {
        provisionId: 'op-3-4',
        bracketIndex: 0,
        choice: 1,
        meeting: 'seventh Plenary Meeting',
        date: '2026-06-18',
      });
      moments.settled = positionOf(recorded('the settlement', settled));
      const adopted = await as.chair.post(`/api/v1/documents/${documentId}/adoptions`, {
        label: 'Modified 2026',
        meeting: 'seventh Plenary Meeting',
        date: '2026-06-18',
      });
      moments.adopted = positionOf(recorded('the adoption', adopted));
      await until(`/documents/${documentId}`, (d) => expect(d.currentVersion).toBe(2));
      // Two checkpoints at least: one now, one after one more event, so that a consistency proof is owed.
      recorded('a checkpoint', await as.secretariat.post('/api/v1/audit/checkpoints', {}), 200);
      recorded(
        'one more stakeholder',
        await as.secretariat.post('/api/v1/stakeholders', {
          id: 'isoc',
          name: 'Internet Society',
          category: 'technical-community',
          region: 'global',
        }),
      );
      const latest = recorded('the latest checkpoint', await as.secretariat.post('/api/v1/audit/checkpoints', {}), 200);
      moments.head = latest.treeSize;
    },
  );

  step('the command line exports the bundle; the auditor downloads the same history over HTTP; others may not', async () => {
    bundlePath = join(dir, 'bundle.jsonl');
    const exported = await auditCli(['export', '--out', bundlePath], { DATABASE_URL: database.url, AUDIT_PUBLIC_KEY: PUBLIC_KEY });
    expect(exported).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`^audit bundle .*: ${moments.head} events`)) });
    lines = parseLines(readFileSync(bundlePath, 'utf8'));
    events = bundleEvents(lines);
    expect(events.map((e) => e.position)).toEqual(Array.from({ length: moments.head }, (_, i) => i + 1));
    expect(JSON.parse(lines[0]).bundle).toMatchObject({ publicKeyId: auditKeyId(PUBLIC_KEY), inclusionTreeSize: moments.head });
    const checkpoints = bundleCheckpoints(lines);
    expect(checkpoints.length).toBeGreaterThanOrEqual(2);
    expect(checkpoints.every((c) => verifyCheckpointSignature(c, PUBLIC_KEY))).toBe(true);

    const downloaded = await auditor.get('/api/v1/audit/bundle');
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(downloaded.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-bundle-/);
    // The same file but for the moment of export in the header.
    expect(parseLines(downloaded.text).slice(1)).toEqual(lines.slice(1));
    expect((await as.secretariat.get('/api/v1/audit/bundle')).status).toBe(403);
    expect((await as.egypt.get('/api/v1/audit/bundle')).status).toBe(403);
  });

  step(
    "the offline verifier accepts the bundle with the ledger's key, and says that the bundle's own key proves nothing by itself",
    async () => {
      const trusted = await verifyBundle([bundlePath, '--public-key', publicKeyFile]);
      expect(trusted.stderr).toBe('');
      expect(trusted.code).toBe(0);
      expect(trusted.stdout).toMatch(/^verify-bundle: OK\n/);
      expect(trusted.stdout).toContain(`${moments.head} of ${moments.head} proofs lead to the signed root`);
      expect(trusted.stdout).toContain('checked with the trusted key');

      const own = await verifyBundle([bundlePath]);
      expect(own.code).toBe(0);
      expect(own.stdout).toMatch(/NOT INDEPENDENT/);
      expect(own.stdout).toMatch(/own key proves nothing by itself/);

      const json = await verifyBundle([bundlePath, '--public-key', publicKeyFile, '--json']);
      expect(JSON.parse(json.stdout)).toMatchObject({
        ok: true,
        events: moments.head,
        inclusion: { valid: moments.head },
        consistency: { checked: expect.any(Number) },
      });
    },
  );

  step('the offline verifier rejects each tampered copy and names the position', async () => {
    const forgerKey = generateAuditSigningKey();
    const ruling = moments.egyptMod;
    const forgedEvent = {
      ...events[ruling - 1],
      eventId: '00000000-0000-4000-8000-00000000f0f0',
      payload: { ...(events[ruling - 1].payload as object), ruling: 'rejected' },
    };
    const tampered: [string, string[], string][] = [
      [
        'changed payload',
        changePayload(lines, ruling, (p) => ({ ...p, ruling: 'rejected' })),
        `first divergence at position ${ruling} (event ${events[ruling - 1].eventId}): event-hash-mismatch`,
      ],
      ['deleted event', deleteEvent(lines, ruling), `first divergence at position ${ruling}: event-position-gap`],
      ['two events swapped', swapEventLines(lines, ruling, ruling + 1), `first divergence at position ${ruling}: event-out-of-order`],
      [
        'two events reordered and rehashed',
        reorderEvents(lines, ruling),
        `first divergence at position ${ruling} (event ${events[ruling].eventId}): inclusion-proof-invalid`,
      ],
      [
        'forged inserted event',
        insertForgedEvent(lines, ruling, forgedEvent),
        `first divergence at position ${ruling} (event ${forgedEvent.eventId}): inclusion-proof-invalid`,
      ],
      ['truncated tail', truncateTail(lines, moments.head - 3), `first divergence at position ${moments.head - 2}: event-truncated`],
      [
        'replaced checkpoint',
        replaceCheckpoint(lines, moments.head, (c) => ({ ...c, rootHash: 'ab'.repeat(32) })),
        `first divergence at checkpoint of ${moments.head} events: checkpoint-bad-signature`,
      ],
      [
        'swapped public key',
        swapPublicKey(lines, forgerKey.publicKeyPem, auditKeyId(forgerKey.publicKeyPem)),
        'first divergence at line 1: public-key-mismatch',
      ],
    ];
    for (const [name, copy, expected] of tampered) {
      const path = join(dir, `${name.replace(/ /g, '-')}.jsonl`);
      writeFileSync(path, joinLines(copy));
      const result = await verifyBundle([path, '--public-key', publicKeyFile]);
      expect({ name, code: result.code }).toEqual({ name, code: 1 });
      expect({ name, verdict: result.stdout.split('\n')[0] }).toEqual({ name, verdict: expect.stringMatching(/^verify-bundle: FAILED/) });
      expect({ name, first: result.stdout.match(/first divergence at [^\n]*/)?.[0] }).toEqual({ name, first: expected });
    }

    // A forger who changes a ruling, rehashes everything after it and signs again with their own key makes a bundle consistent in itself:
    // only the ledger's key, obtained apart from the bundle, tells it apart.
    const forged = await reexportAs(
      lines,
      rehashFrom(bundleEvents(changePayload(lines, ruling, (p) => ({ ...p, ruling: 'rejected' }))), ruling - 1),
      forgerKey.privateKeyPem,
    );
    const forgedPath = join(dir, 'forged-with-own-key.jsonl');
    writeFileSync(forgedPath, forged);
    expect((await verifyBundle([forgedPath])).code).toBe(0);
    const caught = await verifyBundle([forgedPath, '--public-key', publicKeyFile]);
    expect(caught.code).toBe(1);
    expect(caught.stdout).toMatch(/public-key-mismatch/);
    expect(caught.stdout).toMatch(/checkpoint-bad-signature/);
    expect(caught.stdout).toContain(`the bundle carries ANOTHER key, ${auditKeyId(forgerKey.publicKeyPem).slice(0, 16)}…`);

    // The same forgery wearing the operator's key id (header and checkpoints): refused even without the key, and the summary names the key that signed.
    const borrowedPath = join(dir, 'forged-with-operator-key-id.jsonl');
    writeFileSync(borrowedPath, joinLines(restateKeyIds(parseLines(forged), auditKeyId(PUBLIC_KEY))));
    const alone = await verifyBundle([borrowedPath]);
    expect(alone.code).toBe(1);
    expect(alone.stdout).toMatch(/^verify-bundle: FAILED/);
    expect(alone.stdout).toMatch(/public-key-id-mismatch/);
    expect(alone.stdout).toMatch(/checkpoint-key-id-mismatch/);
    expect(alone.stdout).toContain(
      `checked with the key the bundle carries (${auditKeyId(forgerKey.publicKeyPem).slice(0, 16)}…; its header names ${auditKeyId(PUBLIC_KEY).slice(0, 16)}…, which is NOT the key it carries)`,
    );
    expect(alone.stdout).toContain(`signed by    key ${auditKeyId(forgerKey.publicKeyPem).slice(0, 16)}…`);
    const withKey = await verifyBundle([borrowedPath, '--public-key', publicKeyFile]);
    expect(withKey.code).toBe(1);
    expect(withKey.stdout).not.toContain('the bundle carries the same key');
    expect(withKey.stdout).toContain('signed by    no checkpoint signature verifies with the key checked');
  });

  step('the offline verifier refuses what no hash, signature or count vouches for, each with its own finding', async () => {
    const olderCheckpoint = bundleCheckpoints(lines)[0].treeSize;
    expect(olderCheckpoint).toBeLessThan(moments.head);
    const refused: [string, string[], string][] = [
      [
        'an event member no hash covers',
        addEventMember(lines, moments.egyptMod, 'note', 'the ruling was rejected'),
        'event-unhashed-member',
      ],
      [
        'a ruling written twice in one event',
        duplicatePayloadMember(lines, moments.africanAddRejected, 'ruling', 'accepted'),
        'duplicate-member',
      ],
      ['a header that miscounts the events', changeHeader(lines, (h) => ({ ...h, events: h.events - 1 })), 'header-count-mismatch'],
      ['a repeated checkpoint', repeatCheckpoint(lines, moments.head), 'checkpoint-repeated'],
      ['checkpoints out of order', reverseCheckpoints(lines), 'checkpoint-out-of-order'],
      ['inclusion proofs under an older checkpoint', proveUnderOlderCheckpoint(lines, olderCheckpoint), 'inclusion-proof-stale'],
    ];
    for (const [name, copy, kind] of refused) {
      const path = join(dir, `${name.replace(/ /g, '-')}.jsonl`);
      writeFileSync(path, joinLines(copy));
      const result = await verifyBundle([path, '--public-key', publicKeyFile, '--json']);
      expect({ name, code: result.code }).toEqual({ name, code: 1 });
      expect({ name, kinds: JSON.parse(result.stdout).divergences.map((d: { kind: string }) => d.kind) }).toEqual({
        name,
        kinds: expect.arrayContaining([kind]),
      });
    }
  });

  step(
    'a verifier written from the specification alone accepts the exported bundle and refuses the tampered copies, as ours does',
    async () => {
      expect(verifyIndependently(readFileSync(bundlePath, 'utf8'), PUBLIC_KEY)).toEqual({ ok: true, failures: [] });
      const forgerKey = generateAuditSigningKey();
      const copies: [string, string[]][] = [
        ['changed payload', changePayload(lines, moments.egyptMod, (p) => ({ ...p, ruling: 'rejected' }))],
        ['two events reordered and rehashed', reorderEvents(lines, moments.egyptMod)],
        ['truncated tail', truncateTail(lines, moments.head - 3)],
        ['swapped public key', swapPublicKey(lines, forgerKey.publicKeyPem, auditKeyId(forgerKey.publicKeyPem))],
        ['a ruling written twice in one event', duplicatePayloadMember(lines, moments.africanAddRejected, 'ruling', 'accepted')],
        ['inclusion proofs under an older checkpoint', proveUnderOlderCheckpoint(lines, bundleCheckpoints(lines)[0].treeSize)],
      ];
      for (const [name, copy] of copies) {
        const path = join(dir, `independent-${name.replace(/ /g, '-')}.jsonl`);
        writeFileSync(path, joinLines(copy));
        const ours = await verifyBundle([path, '--public-key', publicKeyFile]);
        expect({ name, independent: verifyIndependently(joinLines(copy), PUBLIC_KEY).ok, ours: ours.code }).toEqual({
          name,
          independent: false,
          ours: 1,
        });
      }
    },
  );

  step('the text replayed from the bundle at each moment is the text the read models give', async () => {
    for (const [name, position] of Object.entries(moments)) {
      const replayed = replayDocument(events, documentId, { position })!;
      // The JSON answer once the texts are projected that far, then the clean text of the same moment.
      const json = await until(`/documents/${documentId}/text?position=${position}`);
      expect({ name, version: json.versionNumber, decisions: json.appliedDecisionIds }).toEqual({
        name,
        version: replayed.versionNumber,
        decisions: replayed.state.applied.map((c) => c.decisionId),
      });
      const plain = await as.secretariat.request('GET', `/api/v1/documents/${documentId}/text?position=${position}&format=text`);
      expect(plain.status).toBe(200);
      expect({ name, text: renderCleanText(replayed.text) }).toEqual({ name, text: plain.text });
    }
    // The offline verifier prints the same text.
    const offline = await verifyBundle([
      bundlePath,
      '--public-key',
      publicKeyFile,
      '--text',
      documentId,
      '--at',
      String(moments.correction),
    ]);
    expect(offline.code).toBe(0);
    expect(offline.stdout).toContain(renderCleanText(replayDocument(events, documentId, { position: moments.correction })!.text));
  });

  /** Each cited step's hash is its event's in the bundle, and its proof leads to the root the ledger signed. */
  function expectProven(explanation: CitedExplanation): void {
    const checkpoints = bundleCheckpoints(lines);
    for (const step of explanation.steps) {
      const event = events[step.position - 1];
      expect({ position: step.position, eventId: step.eventId, hash: step.hash }).toEqual({
        position: event.position,
        eventId: event.eventId,
        hash: eventHash(event).toString('hex'),
      });
      const signed = checkpoints.find((c) => c.treeSize === step.inclusion!.treeSize)!;
      expect(verifyCheckpointSignature(signed, PUBLIC_KEY)).toBe(true);
      expect(step.inclusion!.valid).toBe(true);
      expect(
        verifyInclusion(
          Buffer.from(step.hash!, 'hex'),
          step.position - 1,
          signed.treeSize,
          step.inclusion!.proof.map((h) => Buffer.from(h, 'hex')),
          Buffer.from(signed.rootHash, 'hex'),
        ),
      ).toBe(true);
    }
  }

  step('"why" cites the decisive events of a provision, by its Arabic label, with proofs that verify, offline and over HTTP', async () => {
    // op-1-1, the first item under "يقرر أن يكلف الأمين العام": its words are Egypt's MOD as ruled.
    const offline = await verifyBundle([
      bundlePath,
      '--public-key',
      publicKeyFile,
      '--why',
      documentId,
      'يقرر أن يكلف الأمين العام/1',
      '--json',
    ]);
    expect(offline.code).toBe(0);
    const why: CitedExplanation = JSON.parse(offline.stdout).why;
    expect(why.provision).toMatchObject({ id: 'op-1-1', reference: 'operative 1/1' });
    expect(why.provision.text).toContain('جميع التدابير المناسبة');
    const decisive = why.steps.filter((s) => s.decisive).map((s) => [s.kind, s.position]);
    expect(decisive).toEqual([
      ['registered', moments.registered],
      ['proposed', expect.any(Number)],
      ['ruled', moments.egyptMod],
      ['adopted', moments.adopted],
    ]);
    expect(why.steps.find((s) => s.kind === 'proposed')!.amendmentIds).toEqual([amendment['egypt: MOD op-1-1']]);
    expect(why.steps.map((s) => s.kind)).toEqual(expect.arrayContaining(['contribution', 'reservation']));
    expect(why.steps.find((s) => s.kind === 'ruled')).toMatchObject({
      decisionId: decision['egypt: MOD op-1-1'],
      meeting: SITTING.meeting,
      actor: 'chair-cwg-wsis',
    });
    expectProven(why);

    // The old recital ب) of "إذ يذكّر" reads ج) since Egypt's item was added before the first; asked by its label now, and as it stood before.
    const now = await auditor.get(`/api/v1/audit/documents/${documentId}/provisions/${encodeURIComponent('إذ يذكّر/ج')}/why`);
    expect(now.status).toBe(200);
    expect(now.json.provision).toMatchObject({ id: 'pre-1-2', printedLabel: 'ج)' });
    expect(now.json.steps.map((s: any) => s.kind)).toEqual(['registered', 'relettered', 'adopted']);
    expectProven(now.json);
    const before = await auditor.get(
      `/api/v1/audit/documents/${documentId}/provisions/${encodeURIComponent('إذ يذكّر/ب')}/why?position=${moments.egyptAdd - 1}`,
    );
    expect(before.json.provision).toMatchObject({ id: 'pre-1-2' });

    // op-3-4: the bracketed alternatives accepted, then settled.
    const settled = await auditor.get(`/api/v1/audit/documents/${documentId}/provisions/op-3-4/why`);
    expect(settled.json.steps.filter((s: any) => s.decisive).map((s: any) => [s.kind, s.position])).toEqual([
      ['registered', moments.registered],
      ['proposed', expect.any(Number)],
      ['ruled', moments.alternatives],
      ['brackets-settled', moments.settled],
      ['adopted', moments.adopted],
    ]);
    // The added item came in by the correction of a rejection.
    const added = await auditor.get(`/api/v1/audit/documents/${documentId}/provisions/op-3-african/why`);
    expect(added.json.steps.filter((s: any) => s.decisive).map((s: any) => s.kind)).toEqual(['proposed', 'corrected', 'adopted']);

    // The same answer offline and over HTTP, and the same as the replay in this process.
    const http = await auditor.get(`/api/v1/audit/documents/${documentId}/provisions/${encodeURIComponent('operative 1/1')}/why`);
    expect(http.json.steps.map((s: any) => [s.position, s.kind, s.hash])).toEqual(why.steps.map((s) => [s.position, s.kind, s.hash]));
    const local = explainProvision(events, documentId, 'op-1-1');
    expect(local.ok && local.explanation.steps.map((s) => s.position)).toEqual(why.steps.map((s) => s.position));

    const ambiguous = await auditor.get(`/api/v1/audit/documents/${documentId}/provisions/${encodeURIComponent('هـ')}/why`);
    expect(ambiguous.status).toBe(404);
    expect(ambiguous.json.candidates.length).toBeGreaterThan(1);
    expect((await as.egypt.get(`/api/v1/audit/documents/${documentId}/provisions/op-1-1/why`)).status).toBe(403);
  });
});
