/**
 * Akoma Ntoso over HTTP (issue 19, item 4), on the embedded composition and the test
 * PostgreSQL: a document's text as a statement (format=akn or Accept: application/akn+xml)
 * with the lifecycle and the chair's decisions up to the moment asked, read back into the
 * same text; an amendment as an amendment document; every file valid against the schema.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { importAkomaNtoso } from '#libs/documents';
import { fromInterchange } from '#libs/text';
import { EmbeddedService, startEmbeddedService } from './support/embedded-service';
import { eventually } from './support/eventually';
import { HttpClient } from './support/http';
import { Answer } from './support/negotiation-steps';
import { smallResolution } from './support/security-fixtures';
import { tokenFor } from './support/tokens';

const SCHEMA = join(__dirname, 'schemas', 'akoma-ntoso', 'akomantoso30.xsd');
const OP_1_1 = smallResolution().operative[0].provisions[0].text;

function answered(answer: Answer, status = 200): Answer {
  if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${answer.text}`);
  return answer;
}

function expectProblem(answer: Answer, status: number, slug: string): void {
  if (answer.status !== status) throw new Error(`expected ${status} ${slug}, got ${answer.status}: ${answer.text}`);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.json.type).toMatch(new RegExp(`/${slug}$`));
}

describe('Akoma Ntoso over HTTP: a text as a statement, an amendment as an amendment document', () => {
  const dir = mkdtempSync(join(tmpdir(), 'akn-http-'));
  let service: EmbeddedService;
  let as: Record<'secretariat' | 'chair' | 'egypt', HttpClient>;
  let documentId: string;
  let amendmentId: string;

  async function expectValid(name: string, xml: string): Promise<void> {
    const path = join(dir, name);
    writeFileSync(path, xml);
    const { stderr } = await promisify(execFile)('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, path]);
    expect(stderr.trim()).toBe(`${path} validates`);
  }

  beforeAll(async () => {
    service = await startEmbeddedService('akoma_ntoso_http');
    const { gateway } = service;
    as = {
      secretariat: gateway.as(await tokenFor('itu-secretariat', 'secretariat')),
      chair: gateway.as(await tokenFor('chair-1', 'chair')),
      egypt: gateway.as(await tokenFor('egypt', 'stakeholder')),
    };
    answered(
      await as.secretariat.post('/api/v1/stakeholders', {
        id: 'egypt',
        name: 'Arab Republic of Egypt',
        category: 'member-state',
        region: 'arab-states',
      }),
      201,
    );
    const consultationId = answered(
      await as.secretariat.post('/api/v1/consultations', {
        title: 'Review of Resolution 1334',
        body: 'ITU Council',
        subject: 'WSIS+20 review',
        originalLanguage: 'en',
        chairs: ['chair-1'],
      }),
      201,
    ).json.id;
    documentId = answered(
      await as.secretariat.post(`/api/v1/consultations/${consultationId}/documents`, {
        symbol: 'Resolution 1334',
        versionLabel: 'Modified 2023',
        document: smallResolution(),
      }),
      201,
    ).json.id;
    answered(await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'open-for-contributions' }));
    answered(await as.secretariat.post(`/api/v1/consultations/${consultationId}/phase`, { to: 'negotiation' }));
    amendmentId = answered(
      await as.egypt.post(`/api/v1/documents/${documentId}/amendments`, {
        versionNumber: 1,
        operation: {
          kind: 'offerAlternatives',
          provisionId: 'op-1-1',
          baseText: OP_1_1,
          words: 'all stakeholders',
          alternatives: ['all stakeholders', 'Member States'],
        },
        explanation: 'The review is intergovernmental.',
      }),
      201,
    ).json.id;
    await eventually(async () => answered(await as.secretariat.get(`/api/v1/amendments/${amendmentId}`)));
    answered(
      await as.chair.post(`/api/v1/amendments/${amendmentId}/decision`, {
        ruling: 'accepted',
        meeting: 'CWG-WSIS&SDG, first meeting of 2026',
        date: '2026-03-10',
      }),
      201,
    );
    await eventually(async () =>
      expect(answered(await as.secretariat.get(`/api/v1/documents/${documentId}/text`)).json.appliedDecisionIds).toHaveLength(1),
    );
  });

  afterAll(async () => {
    await service?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the working text as an Akoma Ntoso file that reads back into the same text, with the ruling as a workflow step', async () => {
    const json = answered(await as.secretariat.get(`/api/v1/documents/${documentId}/text`)).json;
    const file = answered(await as.secretariat.get(`/api/v1/documents/${documentId}/text?format=akn`));
    expect(file.headers.get('content-type')).toBe('application/akn+xml; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="Resolution-1334-v1.en.akn.xml"');
    expect(file.headers.get('content-language')).toBe('en');
    expect(importAkomaNtoso(file.text)).toEqual(fromInterchange(json.text));
    // The work is named by the symbol the document is registered under, and its body.
    expect(file.text).toContain('<docNumber>Resolution 1334</docNumber>');
    expect(file.text).toMatch(/<FRBRuri value="\/akn\/un\/statement\/resolution\/itu-council\/\d{4}-\d{2}-\d{2}\/resolution-1334"\/>/u);
    expect(file.text).toContain(
      '<span eId="para_op-1-1__brackets_1__alt_2" alternativeTo="para_op-1-1__brackets_1__alt_1">[Member States]</span>',
    );
    expect(file.text).toMatch(
      /<step eId="step_[^"]+" date="2026-03-10" by="#chair-1" as="#chair" refersTo="#concept_ruling" outcome="#concept_accepted"\/>/u,
    );
    expect(file.text).toContain('<TLCOrganization eId="body" href="/akn/ontology/organization/un/body" showAs="ITU Council"/>');
    // The proposer of the amendment ruled on is a party of the file.
    expect(file.text).toContain(
      '<TLCOrganization eId="egypt" href="/akn/ontology/organization/un/egypt" showAs="Arab Republic of Egypt"/>',
    );
    await expectValid('working.akn.xml', file.text);
  });

  it('answers Accept: application/akn+xml the same way, and version 1 as registered, before any decision', async () => {
    const byAccept = answered(
      await as.secretariat.request('GET', `/api/v1/documents/${documentId}/text`, undefined, { accept: 'application/akn+xml' }),
    );
    expect(byAccept.headers.get('content-type')).toBe('application/akn+xml; charset=utf-8');
    expect(byAccept.text).toContain('alternativeTo=');
    const registered = answered(await as.secretariat.get(`/api/v1/documents/${documentId}/text?version=1&format=akn`));
    expect(importAkomaNtoso(registered.text)).toEqual(fromInterchange({ ...smallResolution(), warnings: [] }));
    expect(registered.text).not.toContain('<workflow');
    expect(registered.text).not.toContain('showAs="Arab Republic of Egypt"');
    expect(registered.text).toMatch(/<eventRef eId="event_registration-1" date="\d{4}-\d{2}-\d{2}" source="#original" type="generation"/u);
    await expectValid('version-1.akn.xml', registered.text);
  });

  it('refuses Akoma Ntoso for the marked text (400) and an Accept header that allows no representation (406), as problem details', async () => {
    expectProblem(await as.secretariat.get(`/api/v1/documents/${documentId}/marked?format=akn`), 400, 'validation');
    expectProblem(
      await as.secretariat.request('GET', `/api/v1/documents/${documentId}/text`, undefined, { accept: 'application/xml' }),
      406,
      'not-acceptable',
    );
  });

  it('answers an amendment as an Akoma Ntoso amendment document: the MOD with its alternatives, the proposer, the ruling, the justification', async () => {
    const file = answered(await as.secretariat.get(`/api/v1/amendments/${amendmentId}?format=akn`));
    expect(file.headers.get('content-type')).toBe('application/akn+xml; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="amendment-${amendmentId}.en.akn.xml"`);
    expect(file.text).toContain('<docProponent refersTo="#egypt">Arab Republic of Egypt</docProponent>');
    expect(file.text).toContain(
      '<del>all stakeholders</del><ins><span eId="mod_1__alt_1">[all stakeholders]</span> <span eId="mod_1__alt_2" alternativeTo="mod_1__alt_1">[Member States]</span></ins>',
    );
    expect(file.text).toMatch(/<amendmentJustification>\s*<p>The review is intergovernmental\.<\/p>\s*<\/amendmentJustification>/u);
    expect(file.text).toContain('outcome="#concept_accepted"');
    await expectValid('amendment.akn.xml', file.text);
    const json = answered(
      await as.secretariat.request('GET', `/api/v1/amendments/${amendmentId}`, undefined, { accept: 'application/json' }),
    );
    expect(json.json.id).toBe(amendmentId);
    expectProblem(await as.secretariat.get(`/api/v1/amendments/${amendmentId}?format=pdf`), 400, 'validation');
  });
});
