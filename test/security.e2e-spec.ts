/**
 * The security suite: for each role every endpoint it must not use, object-level access to
 * another stakeholder's proposals and to the drafts of a restricted consultation, tampered
 * tokens, mass assignment, oversize and deep bodies, invisible characters, lone surrogates
 * and invalid UTF-8, script injection in every text rendered as HTML, SQL metacharacters in
 * every filter (rate limits: security-rate-limits.e2e-spec.ts). Each is refused or
 * neutralised, and a refused command records nothing. One process (the embedded composition)
 * on the test PostgreSQL, in the production auth mode, verifying tokens with a shared secret
 * and an identity provider's key set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tokenCommand } from '../apps/cli/commands/token';
import { eventually } from './support/eventually';
import { Answer } from './support/negotiation-steps';
import { HttpClient } from './support/http';
import { SecuredService, startSecuredService } from './support/secured-service';
import {
  draftReads as restrictedDraftReads,
  filterRequests,
  massAssignmentCases,
  roleCommands,
  textFieldCases,
} from './support/security-cases';
import { DISGUISES, LIVE_MARKUP, SCRIPT_INJECTIONS, SQL_METACHARACTERS, smallResolution } from './support/security-fixtures';
import { TestIdentityProvider, tamperedTokens } from './support/security-idp';
import {
  OP_1_1,
  RESTRICTED_OP_1_1,
  Role,
  SecurityIds,
  expectProblem,
  recordScriptInjections,
  recorded,
  securityActors,
  recordSecurityScenario,
} from './support/security-scenario';
import { TEST_JWT_SECRET, tokenFor } from './support/tokens';

describe('security: who may do what, and hostile input', () => {
  const idp = new TestIdentityProvider();
  let service: SecuredService;
  let as: Record<string, HttpClient>;
  const ids = {} as SecurityIds;
  const eventCount = () => service.eventCount();

  /** Sends, then checks that nothing was recorded in the event store. */
  async function refusedAndNothingRecorded(send: () => Promise<Answer>): Promise<Answer> {
    const before = await eventCount();
    const answer = await send();
    expect(await eventCount()).toBe(before);
    return answer;
  }

  beforeAll(async () => {
    await idp.start();
    service = await startSecuredService('security', idp);
    as = await securityActors(new HttpClient(service.baseUrl));
    Object.assign(ids, await recordSecurityScenario(as));
  });

  afterAll(async () => {
    await service?.stop();
    await idp.stop();
  });

  describe('roles: every endpoint a role must not use answers 403 and records nothing', () => {
    const commands = () => roleCommands(ids);
    const actorOf: Record<Role, string> = {
      stakeholder: 'egypt',
      chair: 'chairOpen',
      secretariat: 'secretariat',
      translator: 'translator',
      auditor: 'auditor',
    };

    it.each(['stakeholder', 'chair', 'secretariat', 'translator', 'auditor'] as Role[])(
      'refuses a %s every endpoint of another role, and records each refusal for auditors',
      async (role) => {
        const forbidden = commands().filter((command) => !command.roles.includes(role));
        expect(forbidden.length).toBeGreaterThan(3);
        for (const command of forbidden) {
          const answer = await refusedAndNothingRecorded(() => command.send(as[actorOf[role]]));
          try {
            expectProblem(answer, 403, 'forbidden');
          } catch (error) {
            throw new Error(`${role} on ${command.route}: ${(error as Error).message}`, { cause: error });
          }
        }
        const sub = {
          stakeholder: 'egypt',
          chair: 'chair-open',
          secretariat: 'itu-secretariat',
          translator: 'translator-1',
          auditor: 'auditor-1',
        }[role];
        const log = await as.auditor.get(`/api/v1/audit/refusals?actor=${sub}&reason=forbidden&limit=200`);
        expect(log.status).toBe(200);
        expect(log.json.items.length).toBeGreaterThanOrEqual(forbidden.length);
        expect(log.json.items[0]).toMatchObject({
          actorId: sub,
          roles: [role],
          status: 403,
          reason: 'forbidden',
          method: expect.any(String),
          path: expect.stringMatching(/^\/api\/v1\//),
          address: expect.any(String),
          recordedAt: expect.any(String),
        });
      },
    );

    it('lets an auditor read everything and change nothing', async () => {
      for (const path of [
        `/api/v1/documents/${ids.restrictedDocument}/text`,
        `/api/v1/consultations/${ids.restricted}/history`,
        '/api/v1/audit/verify',
        '/api/v1/audit/refusals',
      ]) {
        expect((await as.auditor.get(path)).status).toBe(200);
      }
      const allCommands = commands().filter((command) => command.route.startsWith('POST') && !command.roles.includes('auditor'));
      expect(allCommands.length).toBe(32);
    });

    it('refuses a command without a token (401, Bearer challenge)', async () => {
      const answer = await refusedAndNothingRecorded(() =>
        as.anonymous.post('/api/v1/consultations', { title: 'x', body: 'x', subject: 'x', originalLanguage: 'en' }),
      );
      expectProblem(answer, 401, 'unauthorized');
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    });
  });

  describe('objects: a stakeholder acts for itself or its groups, a chair decides only in its consultations', () => {
    it('refuses a stakeholder withdrawing or revising another stakeholder\u2019s amendment', async () => {
      expectProblem(
        await refusedAndNothingRecorded(() => as.kenya.post(`/api/v1/amendments/${ids.egyptAmendment}/withdrawal`, {})),
        403,
        'not-allowed',
      );
      expectProblem(
        await refusedAndNothingRecorded(() =>
          as.egypt.post(`/api/v1/amendments/${ids.kenyaAmendment}/revisions`, { operation: { kind: 'suppress', provisionId: 'op-1-1' } }),
        ),
        403,
        'not-allowed',
      );
      expectProblem(
        await refusedAndNothingRecorded(() => as.apc.post(`/api/v1/amendments/${ids.kenyaAmendment}/withdrawal`, { reason: 'not ours' })),
        403,
        'not-allowed',
      );
    });

    it('refuses a stakeholder withdrawing or revising another stakeholder\u2019s contribution', async () => {
      expectProblem(
        await refusedAndNothingRecorded(() => as.kenya.post(`/api/v1/contributions/${ids.openContribution}/withdrawal`, {})),
        403,
        'not-allowed',
      );
      const revision = {
        symbol: 'C26/71(Rev.1)-E',
        date: '2026-02-22',
        originalLanguage: 'en',
        title: 'Hijacked',
        submitters: ['egypt'],
        substance: { kind: 'report', text: 'r' },
      };
      expectProblem(
        await refusedAndNothingRecorded(() => as.kenya.post(`/api/v1/contributions/${ids.openContribution}/revisions`, revision)),
        403,
        'not-allowed',
      );
    });

    it('refuses a stakeholder naming another as proposer, submitter or co-sponsor', async () => {
      const proposal = { versionNumber: 1, operation: { kind: 'suppress', provisionId: 'op-1-2' } };
      expectProblem(
        await refusedAndNothingRecorded(() =>
          as.kenya.post(`/api/v1/documents/${ids.openDocument}/amendments`, { ...proposal, proposers: ['egypt'] }),
        ),
        403,
        'not-allowed',
      );
      expectProblem(
        await refusedAndNothingRecorded(() =>
          as.kenya.post(`/api/v1/documents/${ids.openDocument}/amendments`, { ...proposal, proposers: ['kenya', 'egypt'] }),
        ),
        403,
        'not-allowed',
      );
      expectProblem(
        await refusedAndNothingRecorded(() =>
          as.apc.post(`/api/v1/documents/${ids.openDocument}/amendments`, { ...proposal, proposers: ['african-group'] }),
        ),
        403,
        'not-allowed',
      );
      expectProblem(
        await refusedAndNothingRecorded(() =>
          as.kenya.post(`/api/v1/amendments/${ids.egyptAmendment}/co-sponsors`, { stakeholderId: 'ericsson' }),
        ),
        403,
        'not-allowed',
      );
      const contribution = {
        consultationId: ids.open,
        symbol: 'C26/91-E',
        date: '2026-02-21',
        originalLanguage: 'en',
        title: 'Forged',
        submitters: ['egypt'],
        substance: { kind: 'report', text: 'r' },
      };
      expectProblem(await refusedAndNothingRecorded(() => as.kenya.post('/api/v1/contributions', contribution)), 403, 'not-allowed');
    });

    it('lets a member act for its group', async () => {
      const answer = await as.kenya.post(`/api/v1/documents/${ids.openDocument}/amendments`, {
        versionNumber: 1,
        proposers: ['african-group'],
        operation: { kind: 'suppress', provisionId: 'op-1-2' },
      });
      expect(answer.status).toBe(201);
    });

    it('refuses a chair deciding in a consultation it does not chair', async () => {
      expectProblem(
        await refusedAndNothingRecorded(() =>
          as.chairRestricted.post(`/api/v1/amendments/${ids.egyptAmendment}/decision`, { ruling: 'rejected' }),
        ),
        403,
        'not-allowed',
      );
      expectProblem(
        await refusedAndNothingRecorded(() =>
          as.chairRestricted.post(`/api/v1/documents/${ids.openDocument}/adoptions`, {
            label: 'Modified 2026',
            meeting: 'sixth Plenary Meeting',
            date: '2026-06-12',
          }),
        ),
        403,
        'not-allowed',
      );
      expectProblem(
        await refusedAndNothingRecorded(() => as.chairRestricted.post(`/api/v1/consultations/${ids.open}/phase`, { to: 'negotiation' })),
        403,
        'not-allowed',
      );
    });

    it('records each refusal of an object for auditors', async () => {
      const log = await as.auditor.get('/api/v1/audit/refusals?actor=kenya&reason=not-allowed');
      expect(log.json.items.map((item: { path: string }) => item.path)).toEqual(
        expect.arrayContaining([
          `/api/v1/amendments/${ids.egyptAmendment}/withdrawal`,
          `/api/v1/contributions/${ids.openContribution}/withdrawal`,
          '/api/v1/contributions',
        ]),
      );
      expect(log.json.items[0]).toMatchObject({ actorId: 'kenya', status: 403, reason: 'not-allowed', detail: expect.any(String) });
    });
  });

  describe('restricted consultations: drafts for participants only', () => {
    const draftReads = () => restrictedDraftReads(ids);

    it('refuses every draft of it to a stakeholder that is not a participant, and to the chair of another consultation', async () => {
      for (const client of [as.apc, as.ericsson, as.chairOpen]) {
        for (const path of draftReads()) {
          const answer = await client.get(path);
          try {
            expectProblem(answer, 403, 'restricted');
          } catch (error) {
            throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
          }
          expect(answer.text).not.toMatch(/zanzibarcable/i);
        }
      }
    });

    it('shows them to its participants (directly or through a group), its chair, the secretariat, its translators and auditors', async () => {
      for (const client of [as.egypt, as.kenya, as.chairRestricted, as.secretariat, as.translator, as.auditor]) {
        for (const path of draftReads()) {
          // Each read model catches up on its own; what matters is that none is refused.
          await eventually(async () => {
            const answer = await client.get(path);
            if (answer.status !== 200) throw new Error(`${path}: expected 200, got ${answer.status}: ${answer.text}`);
          });
        }
      }
    });

    it('keeps its drafts out of search and of participation across consultations for those kept out', async () => {
      const hits = async (client: HttpClient, q: string) =>
        (await client.get(`/api/v1/search?q=${encodeURIComponent(q)}`)).json.items as { consultationId: string }[];
      expect((await hits(as.egypt, 'zanzibarcable')).map((hit) => hit.consultationId)).toContain(ids.restricted);
      expect(await hits(as.apc, 'zanzibarcable')).toEqual([]);
      expect((await as.apc.get(`/api/v1/search?q=zanzibarcable&consultation=${ids.restricted}`)).json.items).toEqual([]);
      expect((await hits(as.apc, 'Resolution')).every((hit) => hit.consultationId !== ids.restricted)).toBe(true);

      // Across consultations, Egypt proposed one amendment in each; an outsider counts only the open one.
      const egyptProposed = async (client: HttpClient, expected: number) =>
        eventually(async () => {
          const report = (await client.get('/api/v1/participation')).json as {
            stakeholders: { id: string; direct: { amendments: { proposed: number } } }[];
          };
          expect(report.stakeholders.find((s) => s.id === 'egypt')?.direct.amendments.proposed).toBe(expected);
        });
      await egyptProposed(as.egypt, 2);
      await egyptProposed(as.apc, 1);
    });

    it('takes a proposal from a stakeholder that is not a participant, and tells it nothing of the drafts in the answer', async () => {
      // Restriction is about reading: an outsider may still submit, as to a secretariat, but the
      // pending amendments its proposal conflicts with are a draft it may not see.
      const conflicting = (newText: string) => ({
        versionNumber: 1,
        operation: { kind: 'modify', provisionId: 'op-1-1', oldText: RESTRICTED_OP_1_1, newText },
      });
      const outsider = recorded(
        await as.apc.post(`/api/v1/documents/${ids.restrictedDocument}/amendments`, conflicting('to study the proposal;')),
      );
      expect(outsider).not.toHaveProperty('conflicts');
      const insider = recorded(
        await as.kenya.post(`/api/v1/documents/${ids.restrictedDocument}/amendments`, {
          versionNumber: 1,
          operation: { kind: 'suppress', provisionId: 'op-1-1' },
        }),
      );
      expect(insider.conflicts.length).toBeGreaterThan(0);
      expect(JSON.stringify(insider.conflicts)).toContain(ids.restrictedAmendment);
      // Its own amendment is a draft of the restricted consultation too: not found while unprojected, then refused.
      await eventually(async () => expectProblem(await as.apc.get(`/api/v1/amendments/${outsider.id}`), 403, 'restricted'));
    });

    it('records the refused reads for auditors', async () => {
      const log = await as.auditor.get('/api/v1/audit/refusals?actor=apc&reason=restricted&limit=100');
      expect(log.json.items.length).toBeGreaterThanOrEqual(draftReads().length);
      expect(log.json.items[0]).toMatchObject({ actorId: 'apc', method: 'GET', status: 403, reason: 'restricted' });
    });
  });

  describe('tokens', () => {
    it('accepts a token from the identity provider\u2019s key set (ES256)', async () => {
      const answer = await as.anonymous.as(await idp.issue('egypt', ['stakeholder'])).get(`/api/v1/documents/${ids.restrictedDocument}`);
      expect(answer.status).toBe(200);
      expect(idp.keySetRequests).toBeGreaterThan(0);
    });

    it('refuses every tampered token with 401 invalid_token, records the refusal, and records nothing else', async () => {
      for (const [what, token, reason] of await tamperedTokens(idp, 'egypt', ['stakeholder'])) {
        const client = as.anonymous.as(token);
        for (const answer of [
          await client.get('/api/v1/consultations'),
          await refusedAndNothingRecorded(() =>
            client.post(`/api/v1/documents/${ids.openDocument}/amendments`, {
              versionNumber: 1,
              operation: { kind: 'suppress', provisionId: 'op-1-2' },
            }),
          ),
        ]) {
          try {
            expectProblem(answer, 401, 'unauthorized');
            expect(answer.json.reason).toBe(reason);
            expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token", error_description="[^"]+"$/);
          } catch (error) {
            throw new Error(`${what}: ${(error as Error).message}`, { cause: error });
          }
        }
      }
      const log = await as.auditor.get('/api/v1/audit/refusals?status=401&limit=200');
      expect(new Set(log.json.items.map((item: { reason: string }) => item.reason))).toEqual(
        new Set([
          'bad-signature',
          'algorithm-not-allowed',
          'expired',
          'not-yet-valid',
          'wrong-audience',
          'wrong-issuer',
          'missing-claim',
          'unknown-key',
          'invalid-claim',
        ]),
      );
      expect(log.json.items.every((item: { actorId?: string }) => item.actorId === undefined)).toBe(true);
    });

    it('refuses a bearer credential that is not a token, and one too long to be one', async () => {
      expectProblem(
        await as.anonymous.request('GET', '/api/v1/consultations', undefined, { authorization: 'Bearer not a token' }),
        401,
        'unauthorized',
      );
      expectProblem(await as.anonymous.as('e'.repeat(9000)).get('/api/v1/consultations'), 401, 'unauthorized');
    });

    it('keeps the development token command to the development auth mode', async () => {
      const io = (env: Record<string, string>) => {
        const out = { stdout: '', stderr: '' };
        return {
          out,
          io: {
            stdout: (t: string) => void (out.stdout += t),
            stderr: (t: string) => void (out.stderr += t),
            env,
            dataDir: mkdtempSync(join(tmpdir(), 'security-token-')),
          },
        };
      };
      const production = io({ AUTH_MODE: 'production', JWT_SECRET: TEST_JWT_SECRET });
      expect(await tokenCommand(['--role', 'secretariat', '--sub', 'intruder'], production.io)).toBe(2);
      expect(production.out.stdout).toBe('');
      expect(production.out.stderr).toMatch(/refused in the production auth mode/);
      const full = io({ RUN_MODE: 'full', JWT_SECRET: TEST_JWT_SECRET });
      expect(await tokenCommand(['--role', 'secretariat', '--sub', 'intruder'], full.io)).toBe(2);
      const development = io({ AUTH_MODE: 'development', JWT_SECRET: TEST_JWT_SECRET });
      expect(await tokenCommand(['--role', 'secretariat', '--sub', 'person-17'], development.io)).toBe(0);
      for (const { io: used } of [production, full, development]) rmSync(used.dataDir, { recursive: true, force: true });
    });
  });

  describe('mass assignment: fields a caller may not set are refused', () => {
    const cases = () => massAssignmentCases(as, ids);

    it.each(cases().map(([what], i) => [what, i] as const))('refuses %s (400 naming the field) and records nothing', async (_, i) => {
      const [, send, field] = cases()[i];
      const answer = await refusedAndNothingRecorded(send);
      expectProblem(answer, 400, 'validation');
      expect(answer.text).toContain(field);
    });
  });

  describe('sizes: per field, per request, and nesting', () => {
    it('refuses a body over the limit (413), a field over its length, and a list over its size (400)', async () => {
      expectProblem(
        await refusedAndNothingRecorded(() =>
          as.secretariat.post('/api/v1/consultations', { title: 'x', body: 'x', subject: 'x'.repeat(70_000), originalLanguage: 'en' }),
        ),
        413,
        'body-too-large',
      );
      expectProblem(
        await refusedAndNothingRecorded(() =>
          as.secretariat.post('/api/v1/consultations', { title: 'x'.repeat(501), body: 'x', subject: 'x', originalLanguage: 'en' }),
        ),
        400,
        'validation',
      );
      expectProblem(
        await refusedAndNothingRecorded(() =>
          as.secretariat.post('/api/v1/consultations', {
            title: 'x',
            body: 'x',
            subject: 'x',
            originalLanguage: 'en',
            chairs: Array.from({ length: 11 }, (_, i) => `chair-${i}`),
          }),
        ),
        400,
        'validation',
      );
      const longExplanation = {
        versionNumber: 1,
        operation: { kind: 'modify', provisionId: 'op-1-1', oldText: OP_1_1, newText: 'x'.repeat(20_001) },
      };
      expectProblem(
        await refusedAndNothingRecorded(() => as.egypt.post(`/api/v1/documents/${ids.openDocument}/amendments`, longExplanation)),
        400,
        'validation',
      );
    });

    it('refuses JSON nested deeper than the limit, anywhere in the body, before it is parsed', async () => {
      const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const answer = await refusedAndNothingRecorded(() =>
        as.egypt.post(
          `/api/v1/documents/${ids.openDocument}/amendments`,
          `{"versionNumber":1,"operation":{"kind":"suppress","provisionId":"op-1-2","x":${deep(40)}}}`,
        ),
      );
      expectProblem(answer, 400, 'too-deep');
      expect(answer.json.detail).toMatch(/deeper than 32 levels \(at byte \d+\)/);
      expectProblem(await as.egypt.post(`/api/v1/documents/${ids.openDocument}/amendments`, deep(30_000)), 400, 'too-deep');
    });
  });

  describe('text: NFC, invisible characters, lone surrogates, invalid UTF-8', () => {
    const fields = () => textFieldCases(as, ids);
    it.each(DISGUISES)('refuses %s in every text field, naming the field, the character and its offset', async (codePoint, char) => {
      for (const [what, send, field] of fields()) {
        const answer = await refusedAndNothingRecorded(() => send(char));
        try {
          expectProblem(answer, 400, 'validation');
          expect(answer.json.errors).toEqual(
            expect.arrayContaining([expect.objectContaining({ field, message: expect.stringContaining(`${codePoint} at offset`) })]),
          );
        } catch (error) {
          throw new Error(`${what}: ${(error as Error).message}`, { cause: error });
        }
      }
    });

    it('accepts the right-to-left mark in prose and refuses it in a symbol', async () => {
      expect(
        (
          await as.secretariat.post('/api/v1/consultations', {
            title: 'مراجعة القرار \u200F1334',
            body: 'ITU Council',
            subject: 'x',
            originalLanguage: 'ar',
          })
        ).status,
      ).toBe(201);
      expectProblem(
        await as.secretariat.post(`/api/v1/consultations/${ids.open}/documents`, {
          symbol: 'C23/71\u200F-A',
          versionLabel: 'x',
          document: smallResolution(),
        }),
        400,
        'validation',
      );
    });

    it('refuses a symbol that mixes Latin and Cyrillic letters', async () => {
      const answer = await refusedAndNothingRecorded(() =>
        as.secretariat.post(`/api/v1/consultations/${ids.open}/documents`, {
          symbol: 'A/RES/7О/125',
          versionLabel: 'x',
          document: smallResolution(),
        }),
      );
      expectProblem(answer, 400, 'validation');
      expect(answer.json.errors[0]).toMatchObject({ field: 'symbol', codePoint: 'U+041E' });
    });

    it('refuses lone surrogates sent as JSON escapes, high or low', async () => {
      for (const escape of ['\\ud800', '\\udfff', 'x\\ud83d']) {
        const answer = await refusedAndNothingRecorded(() =>
          as.secretariat.post('/api/v1/consultations', `{"title":"Resolution ${escape}","body":"x","subject":"x","originalLanguage":"en"}`),
        );
        expectProblem(answer, 400, 'validation');
        expect(answer.json.errors[0]).toMatchObject({ field: 'title', message: expect.stringContaining('lone surrogate') });
      }
    });

    it('refuses invalid UTF-8, naming the byte', async () => {
      for (const bytes of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff], [0xe4, 0xb8]]) {
        const body = Buffer.concat([
          Buffer.from('{"title":"Resolution '),
          Buffer.from(bytes),
          Buffer.from('","body":"x","subject":"x","originalLanguage":"en"}'),
        ]);
        const answer = await refusedAndNothingRecorded(async () => {
          const response = await fetch(`${service.baseUrl}/api/v1/consultations`, {
            method: 'POST',
            headers: { authorization: `Bearer ${await tokenFor('itu-secretariat', 'secretariat')}`, 'content-type': 'application/json' },
            body,
          });
          const text = await response.text();
          return { status: response.status, headers: response.headers, text, json: JSON.parse(text) };
        });
        expectProblem(answer, 400, 'invalid-utf8');
        expect(answer.json.detail).toBe('The request body is not valid UTF-8 (at byte 21).');
      }
    });

    it('records texts in NFC', async () => {
      const created = recorded(
        await as.secretariat.post('/api/v1/consultations', {
          title: 'Re\u0301vision de la Re\u0301solution 30',
          body: 'UIT',
          subject: 'x',
          originalLanguage: 'fr',
        }),
      );
      await eventually(async () =>
        expect((await as.secretariat.get(`/api/v1/consultations/${created.id}`)).json?.title).toBe('Révision de la Résolution 30'),
      );
    });
  });

  describe('HTML: every text rendered as a page is escaped', () => {
    it('escapes script injected into every text field of a document, its amendments, contributions and decisions', async () => {
      const [a] = SCRIPT_INJECTIONS;
      const { document, proposed } = await recordScriptInjections(as);
      expect(proposed.id).toBeDefined();

      const pages = [
        `/api/v1/documents/${document}/text?format=html`,
        `/api/v1/documents/${document}/text?version=1&format=html`,
        `/api/v1/documents/${document}/marked?to=working&format=html`,
        `/api/v1/documents/${document}/marked?to=pending&format=html`,
        `/api/v1/documents/${document}/compilation?format=html`,
      ];
      await eventually(async () => {
        expect((await as.chairOpen.get(pages[4])).text).toContain('Reason');
        expect((await as.chairOpen.get(pages[0])).text).toContain('Compromise');
      });
      for (const page of pages) {
        const answer = await as.chairOpen.get(page);
        expect(answer.status).toBe(200);
        expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
        expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
        expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
        for (const live of LIVE_MARKUP) {
          if (live.test(answer.text)) throw new Error(`${page} renders live markup ${live}:\n${answer.text.slice(0, 2000)}`);
        }
        expect(answer.text).toContain('&lt;');
      }
      // The injected texts are kept as they were written: escaped on the way out, not altered on the way in.
      expect((await as.chairOpen.get(`/api/v1/documents/${document}/text`)).json.text.title).toBe(`Title ${a}`);
    });
  });

  describe('SQL metacharacters in every filter are refused or matched literally', () => {
    it('never executes them, never fails with 500, and finds nothing they do not literally name', async () => {
      const before = await eventCount();
      for (const value of SQL_METACHARACTERS) {
        const requests = filterRequests(as, ids, value);
        for (const [path, client] of requests) {
          const answer = await client.get(path);
          if (![200, 400, 404].includes(answer.status)) throw new Error(`${path}: ${answer.status} ${answer.text}`);
          // A filter that takes any visible text matches it literally: the metacharacters name no stakeholder, provision or actor.
          if (answer.status === 200 && /[?&](stakeholder|provision|actor)=/.test(path))
            expect({ path, items: answer.json.items }).toEqual({ path, items: [] });
        }
      }
      expect(await eventCount()).toBe(before);
      const { rows } = await service.pg.query(
        "SELECT to_regclass('public.events') AS events, to_regclass('public.access_refusals') AS refusals",
      );
      expect(rows[0]).toEqual({ events: 'events', refusals: 'access_refusals' });
    });
  });
});
