import { Answer } from './negotiation-steps';
import { HttpClient } from './http';
import { smallResolution } from './security-fixtures';
import { OP_1_1, Role, SecurityIds, UNKNOWN } from './security-scenario';

/*
 * The tables of the security suite: every command with the roles that may send it, the reads
 * of a restricted consultation's drafts, the fields a caller may not set, the text fields
 * that must refuse invisible characters, and every filter a query takes.
 */

/** Every command endpoint with the roles allowed to use it, sent as a client. */
export function roleCommands(ids: SecurityIds): { route: string; roles: Role[]; send: (client: HttpClient) => Promise<Answer> }[] {
  return [
    {
      route: 'POST /stakeholders',
      roles: ['secretariat'],
      send: (c) => c.post('/api/v1/stakeholders', { id: 'itu-d', name: 'ITU-D', category: 'international-organization', region: 'global' }),
    },
    {
      route: 'POST /consultations',
      roles: ['secretariat'],
      send: (c) => c.post('/api/v1/consultations', { title: 'x', body: 'ITU Council', subject: 'x', originalLanguage: 'en' }),
    },
    {
      route: 'POST /consultations/{id}/phase',
      roles: ['secretariat', 'chair'],
      send: (c) => c.post(`/api/v1/consultations/${ids.open}/phase`, { to: 'negotiation' }),
    },
    {
      route: 'POST /consultations/{id}/participants',
      roles: ['secretariat'],
      send: (c) => c.post(`/api/v1/consultations/${ids.restricted}/participants`, { stakeholderId: 'apc' }),
    },
    {
      route: 'POST /consultations/{id}/documents',
      roles: ['secretariat'],
      send: (c) =>
        c.post(`/api/v1/consultations/${ids.open}/documents`, { symbol: 'Resolution 2', versionLabel: 'x', document: smallResolution() }),
    },
    {
      route: 'POST /contributions',
      roles: ['stakeholder'],
      send: (c) =>
        c.post('/api/v1/contributions', {
          consultationId: ids.open,
          symbol: 'C26/90-E',
          date: '2026-02-21',
          originalLanguage: 'en',
          title: 't',
          substance: { kind: 'report', text: 'r' },
        }),
    },
    {
      route: 'POST /contributions/{id}/revisions',
      roles: ['stakeholder'],
      send: (c) =>
        c.post(`/api/v1/contributions/${ids.openContribution}/revisions`, {
          symbol: 'C26/71(Rev.1)-E',
          date: '2026-02-22',
          originalLanguage: 'en',
          title: 't',
          substance: { kind: 'report', text: 'r' },
        }),
    },
    {
      route: 'POST /contributions/{id}/withdrawal',
      roles: ['stakeholder'],
      send: (c) => c.post(`/api/v1/contributions/${ids.openContribution}/withdrawal`, {}),
    },
    {
      route: 'POST /documents/{id}/amendments',
      roles: ['stakeholder'],
      send: (c) =>
        c.post(`/api/v1/documents/${ids.openDocument}/amendments`, {
          versionNumber: 1,
          operation: { kind: 'suppress', provisionId: 'op-1-2' },
        }),
    },
    {
      route: 'POST /amendments/{id}/co-sponsors',
      roles: ['stakeholder'],
      send: (c) => c.post(`/api/v1/amendments/${ids.egyptAmendment}/co-sponsors`, {}),
    },
    {
      route: 'POST /amendments/{id}/revisions',
      roles: ['stakeholder'],
      send: (c) => c.post(`/api/v1/amendments/${ids.egyptAmendment}/revisions`, { operation: { kind: 'suppress', provisionId: 'op-1-1' } }),
    },
    {
      route: 'POST /amendments/{id}/withdrawal',
      roles: ['stakeholder'],
      send: (c) => c.post(`/api/v1/amendments/${ids.egyptAmendment}/withdrawal`, {}),
    },
    {
      route: 'POST /amendments/{id}/decision',
      roles: ['chair'],
      send: (c) => c.post(`/api/v1/amendments/${ids.egyptAmendment}/decision`, { ruling: 'accepted' }),
    },
    {
      route: 'POST /documents/{id}/merges',
      roles: ['chair'],
      send: (c) =>
        c.post(`/api/v1/documents/${ids.openDocument}/merges`, {
          amendmentIds: [ids.egyptAmendment, ids.kenyaAmendment],
          operation: { kind: 'suppress', provisionId: 'op-1-1' },
        }),
    },
    {
      route: 'POST /documents/{id}/bracket-settlements',
      roles: ['chair'],
      send: (c) =>
        c.post(`/api/v1/documents/${ids.openDocument}/bracket-settlements`, { provisionId: 'op-1-1', bracketIndex: 0, choice: 0 }),
    },
    {
      route: 'POST /documents/{id}/adoptions',
      roles: ['chair'],
      send: (c) =>
        c.post(`/api/v1/documents/${ids.openDocument}/adoptions`, {
          label: 'Modified 2026',
          meeting: 'sixth Plenary Meeting',
          date: '2026-06-12',
        }),
    },
    {
      route: 'POST /documents/{id}/reservations',
      roles: ['chair'],
      send: (c) =>
        c.post(`/api/v1/documents/${ids.openDocument}/reservations`, {
          stakeholderId: 'egypt',
          provisionId: 'op-1-1',
          text: 'Egypt reserves its position.',
        }),
    },
    {
      route: 'POST /documents/{id}/corrections',
      roles: ['chair'],
      send: (c) =>
        c.post(`/api/v1/documents/${ids.openDocument}/corrections`, {
          corrects: 'decision-1',
          ruling: 'rejected',
          reason: 'wrong amendment',
        }),
    },
    {
      route: 'POST /documents/{id}/silences',
      roles: ['chair'],
      send: (c) =>
        c.post(`/api/v1/documents/${ids.openDocument}/silences`, {
          deadline: '2099-12-09T18:00:00-05:00',
          timeZone: 'America/New_York',
          adoption: { label: 'Rev.3', meeting: 'plenary' },
        }),
    },
    {
      route: 'POST /documents/{id}/silences/{silenceId}/extensions',
      roles: ['chair'],
      send: (c) =>
        c.post(`/api/v1/documents/${ids.openDocument}/silences/silence-1/extensions`, {
          deadline: '2099-12-10T18:00:00-05:00',
          timeZone: 'America/New_York',
        }),
    },
    {
      route: 'POST /documents/{id}/silences/{silenceId}/breaks',
      roles: ['stakeholder'],
      send: (c) =>
        c.post(`/api/v1/documents/${ids.openDocument}/silences/silence-1/breaks`, {
          stakeholderId: 'egypt',
          provisionIds: ['op-1-1'],
          reasons: 'Egypt cannot join consensus.',
        }),
    },
    {
      route: 'POST /documents/{id}/revisions/preview',
      roles: ['chair'],
      send: (c) => c.post(`/api/v1/documents/${ids.openDocument}/revisions/preview`, { text: 'Resolution 2 (revised)' }),
    },
    {
      route: 'POST /documents/{id}/revisions',
      roles: ['chair'],
      send: (c) => c.post(`/api/v1/documents/${ids.openDocument}/revisions`, { text: 'Resolution 2 (revised)', date: '2026-05-01' }),
    },
    {
      route: 'POST /documents/{id}/statuses',
      roles: ['chair'],
      send: (c) =>
        c.post(`/api/v1/documents/${ids.openDocument}/statuses`, { statuses: [{ provisionId: 'op-1-1', status: 'agreed-ad-ref' }] }),
    },
    {
      route: 'POST /consultations/{id}/meetings',
      roles: ['secretariat', 'chair'],
      send: (c) =>
        c.post(`/api/v1/consultations/${ids.open}/meetings`, {
          kind: 'informal-consultation',
          number: 9,
          name: 'Ninth',
          date: '2026-05-02',
        }),
    },
    {
      route: 'POST /consultations/{id}/meetings/{meetingId}/readings',
      roles: ['secretariat', 'chair'],
      send: (c) =>
        c.post(`/api/v1/consultations/${ids.open}/meetings/meeting-1/readings`, { documentId: ids.openDocument, provisionIds: ['op-1-1'] }),
    },
    {
      route: 'POST /documents/{id}/inputs',
      roles: ['stakeholder'],
      send: (c) =>
        c.post(`/api/v1/documents/${ids.openDocument}/inputs`, {
          stakeholderId: 'isoc',
          title: 'Input',
          text: 'The technical community asks for open standards.',
          language: 'en',
        }),
    },
    {
      route: 'POST /inputs/{inputId}/withdrawal',
      roles: ['stakeholder'],
      send: (c) => c.post(`/api/v1/inputs/${UNKNOWN}/withdrawal`, {}),
    },
    {
      route: 'POST /documents/{id}/explanations',
      roles: ['stakeholder', 'secretariat', 'chair'],
      send: (c) =>
        c.post(`/api/v1/documents/${ids.openDocument}/explanations`, {
          stakeholderId: 'egypt',
          kind: 'position',
          timing: 'before-adoption',
          text: 'Egypt will join the consensus.',
        }),
    },
    {
      route: 'POST /documents/{id}/language-versions/preview',
      roles: ['secretariat', 'translator'],
      send: (c) => c.post(`/api/v1/documents/${ids.openDocument}/language-versions/preview`, { format: 'plain', text: 'Résolution 2' }),
    },
    {
      route: 'POST /documents/{id}/language-versions',
      roles: ['secretariat', 'translator'],
      send: (c) => c.post(`/api/v1/documents/${ids.openDocument}/language-versions`, { format: 'plain', text: 'Résolution 2' }),
    },
    {
      route: 'POST /documents/{id}/translations',
      roles: ['translator'],
      send: (c) =>
        c.post(`/api/v1/documents/${ids.openDocument}/translations`, {
          language: 'fr',
          provisions: [{ provisionId: 'op-1-1', text: 'de prendre des mesures;' }],
        }),
    },
    { route: 'POST /audit/checkpoints', roles: ['auditor', 'secretariat'], send: (c) => c.post('/api/v1/audit/checkpoints', {}) },
    {
      route: 'POST /projections/{name}/rebuild',
      roles: ['auditor', 'secretariat'],
      send: (c) => c.post('/api/v1/projections/stakeholders/rebuild', {}),
    },
    { route: 'GET /audit/verify', roles: ['auditor', 'secretariat'], send: (c) => c.get('/api/v1/audit/verify') },
    { route: 'GET /audit/bundle', roles: ['auditor'], send: (c) => c.get('/api/v1/audit/bundle') },
    {
      route: 'GET /audit/documents/{id}/provisions/{p}/why',
      roles: ['auditor', 'secretariat'],
      send: (c) => c.get(`/api/v1/audit/documents/${ids.openDocument}/provisions/op-1-1/why`),
    },
    { route: 'GET /audit/refusals', roles: ['auditor'], send: (c) => c.get('/api/v1/audit/refusals') },
  ];
}

/** Every read of the restricted consultation's drafts. */
export function draftReads(ids: SecurityIds): string[] {
  return [
    `/api/v1/consultations/${ids.restricted}/documents`,
    `/api/v1/consultations/${ids.restricted}/contributions`,
    `/api/v1/consultations/${ids.restricted}/history`,
    `/api/v1/consultations/${ids.restricted}/participation`,
    `/api/v1/consultations/${ids.restricted}/participation-figures`,
    `/api/v1/consultations/${ids.restricted}/progress`,
    `/api/v1/documents/${ids.restrictedDocument}`,
    `/api/v1/documents/${ids.restrictedDocument}/versions`,
    `/api/v1/documents/${ids.restrictedDocument}/versions/1`,
    `/api/v1/documents/${ids.restrictedDocument}/amendments`,
    `/api/v1/documents/${ids.restrictedDocument}/decisions`,
    `/api/v1/documents/${ids.restrictedDocument}/text`,
    `/api/v1/documents/${ids.restrictedDocument}/text?format=html`,
    `/api/v1/documents/${ids.restrictedDocument}/text?version=1&format=text`,
    `/api/v1/documents/${ids.restrictedDocument}/marked?to=pending`,
    `/api/v1/documents/${ids.restrictedDocument}/compilation`,
    `/api/v1/documents/${ids.restrictedDocument}/compilation?format=html`,
    `/api/v1/documents/${ids.restrictedDocument}/contention`,
    `/api/v1/documents/${ids.restrictedDocument}/provisions/op-1-1/provenance`,
    `/api/v1/documents/${ids.restrictedDocument}/language-versions`,
    `/api/v1/documents/${ids.restrictedDocument}/translation-tasks?status=all`,
    `/api/v1/amendments/${ids.restrictedAmendment}`,
    `/api/v1/contributions/${ids.restrictedContribution}`,
    `/api/v1/contributions/${ids.restrictedContribution}/revisions`,
  ];
}

/** Requests that set a field the caller may not: what, the request, and the field the refusal must name. */
export function massAssignmentCases(as: Record<string, HttpClient>, ids: SecurityIds): [string, () => Promise<Answer>, string][] {
  return [
    [
      'a consultation with its phase',
      () =>
        as.secretariat.post('/api/v1/consultations', { title: 'x', body: 'x', subject: 'x', originalLanguage: 'en', phase: 'adoption' }),
      'phase',
    ],
    [
      'a consultation with its participants',
      () =>
        as.secretariat.post('/api/v1/consultations', {
          title: 'x',
          body: 'x',
          subject: 'x',
          originalLanguage: 'en',
          participants: ['apc'],
        }),
      'participants',
    ],
    [
      'a consultation with its id and author',
      () => as.secretariat.post('/api/v1/consultations', { title: 'x', body: 'x', subject: 'x', originalLanguage: 'en', id: UNKNOWN }),
      'id',
    ],
    [
      'a stakeholder with its registration time',
      () =>
        as.secretariat.post('/api/v1/stakeholders', {
          id: 'itu-t',
          name: 'ITU-T',
          category: 'international-organization',
          region: 'global',
          registeredAt: '2020-01-01',
        }),
      'registeredAt',
    ],
    [
      'an amendment with its status',
      () =>
        as.egypt.post(`/api/v1/documents/${ids.openDocument}/amendments`, {
          versionNumber: 1,
          operation: { kind: 'suppress', provisionId: 'op-1-2' },
          status: 'accepted',
        }),
      'status',
    ],
    [
      'an amendment with its decision',
      () =>
        as.egypt.post(`/api/v1/documents/${ids.openDocument}/amendments`, {
          versionNumber: 1,
          operation: { kind: 'suppress', provisionId: 'op-1-2' },
          decisionId: 'd-1',
        }),
      'decisionId',
    ],
    [
      'an operation with a status inside',
      () =>
        as.egypt.post(`/api/v1/documents/${ids.openDocument}/amendments`, {
          versionNumber: 1,
          operation: { kind: 'suppress', provisionId: 'op-1-2', status: 'accepted' },
        }),
      'operation.status',
    ],
    [
      'a co-sponsorship with its proposers',
      () => as.kenya.post(`/api/v1/amendments/${ids.egyptAmendment}/co-sponsors`, { proposers: ['kenya'] }),
      'proposers',
    ],
    [
      'a ruling with the chair who decided',
      () => as.chairOpen.post(`/api/v1/amendments/${ids.egyptAmendment}/decision`, { ruling: 'accepted', decidedBy: 'chair-restricted' }),
      'decidedBy',
    ],
    [
      'a contribution whose report carries a status',
      () =>
        as.egypt.post('/api/v1/contributions', {
          consultationId: ids.open,
          symbol: 'C26/94-E',
          date: '2026-02-21',
          originalLanguage: 'en',
          title: 't',
          substance: { kind: 'report', text: 'r', status: 'adopted' },
        }),
      'substance.status',
    ],
    [
      'a contribution whose amendments carry their proposers',
      () =>
        as.egypt.post('/api/v1/contributions', {
          consultationId: ids.open,
          symbol: 'C26/95-E',
          date: '2026-02-21',
          originalLanguage: 'en',
          title: 't',
          substance: {
            kind: 'amendments',
            documentId: ids.openDocument,
            versionNumber: 1,
            amendments: [{ operation: { kind: 'suppress', provisionId: 'op-1-2' }, proposers: ['kenya'], status: 'accepted' }],
          },
        }),
      'substance.amendments[0].proposers',
    ],
    [
      'a contribution with its revision number',
      () =>
        as.egypt.post('/api/v1/contributions', {
          consultationId: ids.open,
          symbol: 'C26/96-E',
          date: '2026-02-21',
          originalLanguage: 'en',
          title: 't',
          revision: 3,
          substance: { kind: 'report', text: 'r' },
        }),
      'revision',
    ],
    [
      'a prototype key',
      () =>
        as.secretariat.post(
          '/api/v1/consultations',
          '{"title":"x","body":"x","subject":"x","originalLanguage":"en","__proto__":{"restricted":true}}',
        ),
      '__proto__',
    ],
  ];
}

/** Every text field, with a request that puts the given text in it, and the field the refusal must name. */
export function textFieldCases(as: Record<string, HttpClient>, ids: SecurityIds): [string, (text: string) => Promise<Answer>, string][] {
  return [
    [
      'a consultation title',
      (t) => as.secretariat.post('/api/v1/consultations', { title: `Resolution ${t}30`, body: 'x', subject: 'x', originalLanguage: 'en' }),
      'title',
    ],
    [
      'a consultation subject',
      (t) => as.secretariat.post('/api/v1/consultations', { title: 'x', body: 'x', subject: `WSIS${t}+20`, originalLanguage: 'en' }),
      'subject',
    ],
    [
      'a stakeholder name',
      (t) =>
        as.secretariat.post('/api/v1/stakeholders', {
          id: 'itu-r',
          name: `ITU${t}-R`,
          category: 'international-organization',
          region: 'global',
        }),
      'name',
    ],
    [
      'a stakeholder id',
      (t) =>
        as.secretariat.post('/api/v1/stakeholders', {
          id: `itu${t}r`,
          name: 'ITU-R',
          category: 'international-organization',
          region: 'global',
        }),
      'id',
    ],
    [
      'a document symbol',
      (t) =>
        as.secretariat.post(`/api/v1/consultations/${ids.open}/documents`, {
          symbol: `Resolution ${t}1334`,
          versionLabel: 'x',
          document: smallResolution(),
        }),
      'symbol',
    ],
    [
      'a provision of an interchange text',
      (t) =>
        as.secretariat.post(`/api/v1/consultations/${ids.open}/documents`, {
          symbol: 'Resolution 9',
          versionLabel: 'x',
          document: smallResolution({ operative: `to act${t} now;` }),
        }),
      'document.operative[0].provisions[0].text',
    ],
    [
      'an amendment text',
      (t) =>
        as.egypt.post(`/api/v1/documents/${ids.openDocument}/amendments`, {
          versionNumber: 1,
          operation: { kind: 'modify', provisionId: 'op-1-1', oldText: OP_1_1, newText: `en${t}courage` },
        }),
      'operation.newText',
    ],
    [
      'an amendment explanation',
      (t) =>
        as.egypt.post(`/api/v1/documents/${ids.openDocument}/amendments`, {
          versionNumber: 1,
          operation: { kind: 'suppress', provisionId: 'op-1-2' },
          explanation: `because${t}`,
        }),
      'explanation',
    ],
    [
      'a provision id in an operation',
      (t) =>
        as.egypt.post(`/api/v1/documents/${ids.openDocument}/amendments`, {
          versionNumber: 1,
          operation: { kind: 'suppress', provisionId: `op-1${t}-2` },
        }),
      'operation.provisionId',
    ],
    [
      'a contribution reference',
      (t) =>
        as.egypt.post('/api/v1/contributions', {
          consultationId: ids.open,
          symbol: 'C26/97-E',
          date: '2026-02-21',
          originalLanguage: 'en',
          title: 't',
          references: [`UNGA ${t}70/125`],
          substance: { kind: 'report', text: 'r' },
        }),
      'references[0]',
    ],
    [
      'a contribution report',
      (t) =>
        as.egypt.post('/api/v1/contributions', {
          consultationId: ids.open,
          symbol: 'C26/98-E',
          date: '2026-02-21',
          originalLanguage: 'en',
          title: 't',
          substance: { kind: 'report', text: `r${t}` },
        }),
      'substance.text',
    ],
    [
      'a ruling reason',
      (t) => as.chairOpen.post(`/api/v1/amendments/${ids.egyptAmendment}/decision`, { ruling: 'rejected', reason: `no${t}` }),
      'reason',
    ],
    ['a search query', (t) => as.egypt.get(`/api/v1/search?q=${encodeURIComponent(`wsis${t}`)}`), 'q'],
    [
      'a history filter',
      (t) => as.egypt.get(`/api/v1/consultations/${ids.open}/history?provision=${encodeURIComponent(`op${t}1`)}`),
      'provision',
    ],
    ['a path parameter', (t) => as.egypt.get(`/api/v1/stakeholders/${encodeURIComponent(`egy${t}pt`)}`), 'id'],
    [
      'a language version previewed',
      (t) =>
        as.secretariat.post(`/api/v1/documents/${ids.openDocument}/language-versions/preview`, {
          format: 'plain',
          text: `Résolution${t} 2`,
        }),
      'text',
    ],
    [
      'a translated provision',
      (t) =>
        as.translator.post(`/api/v1/documents/${ids.openDocument}/translations`, {
          language: 'fr',
          provisions: [{ provisionId: 'op-1-1', text: `de prendre${t} des mesures;` }],
        }),
      'provisions[0].text',
    ],
    [
      'a translated heading',
      (t) =>
        as.translator.post(`/api/v1/documents/${ids.openDocument}/translations`, {
          language: 'fr',
          provisions: [{ provisionId: 'op-1-1', text: 'de prendre des mesures;' }],
          headings: { 'sec-op-1': `charge${t} le Secrétaire général` },
        }),
      'headings.sec-op-1',
    ],
  ];
}

/** Every filter a query takes, with `value` in it, and who asks. */
export function filterRequests(as: Record<string, HttpClient>, ids: SecurityIds, value: string): [string, HttpClient][] {
  const q = encodeURIComponent;
  return [
    [`/api/v1/consultations/${ids.open}/history?stakeholder=${q(value)}`, as.egypt],
    [`/api/v1/consultations/${ids.open}/history?provision=${q(value)}`, as.egypt],
    [`/api/v1/consultations/${ids.open}/history?kind=${q(value)}`, as.egypt],
    [`/api/v1/consultations/${ids.open}/history?from=${q(value)}&to=${q(value)}`, as.egypt],
    [`/api/v1/consultations/${ids.open}/history?cursor=${q(value)}&limit=${q(value)}`, as.egypt],
    [`/api/v1/consultations?cursor=${q(value)}`, as.egypt],
    [`/api/v1/consultations?limit=${q(value)}`, as.egypt],
    [`/api/v1/consultations/${ids.open}/contributions?cursor=${q(value)}`, as.egypt],
    [`/api/v1/stakeholders?cursor=${q(value)}`, as.egypt],
    [`/api/v1/stakeholders/${q(value)}`, as.egypt],
    [`/api/v1/documents/${ids.openDocument}/amendments?status=${q(value)}`, as.egypt],
    [`/api/v1/documents/${ids.openDocument}/text?asOf=${q(value)}`, as.egypt],
    [`/api/v1/documents/${ids.openDocument}/text?position=${q(value)}`, as.egypt],
    [`/api/v1/documents/${ids.openDocument}/text?version=${q(value)}`, as.egypt],
    [`/api/v1/documents/${ids.openDocument}/marked?from=${q(value)}&to=${q(value)}`, as.egypt],
    [`/api/v1/documents/${ids.openDocument}/compilation?version=${q(value)}`, as.egypt],
    [`/api/v1/documents/${ids.openDocument}/provisions/${q(value)}/provenance`, as.egypt],
    [`/api/v1/documents/${ids.openDocument}/translation-tasks?language=${q(value)}&status=${q(value)}`, as.egypt],
    [`/api/v1/documents/${ids.openDocument}/side-by-side?left=${q(value)}&right=${q(value)}&version=${q(value)}`, as.egypt],
    [`/api/v1/documents/${q(value)}`, as.egypt],
    [`/api/v1/search?q=${q(value)}`, as.egypt],
    [`/api/v1/search?q=wsis&consultation=${q(value)}`, as.egypt],
    [`/api/v1/search?q=wsis&kind=${q(value)}`, as.egypt],
    [`/api/v1/search?q=wsis&cursor=${q(value)}`, as.egypt],
    [`/api/v1/audit/refusals?actor=${q(value)}`, as.auditor],
    [`/api/v1/audit/refusals?reason=${q(value)}&status=${q(value)}`, as.auditor],
    [`/api/v1/audit/refusals?from=${q(value)}&cursor=${q(value)}`, as.auditor],
    [`/api/v1/audit/documents/${ids.openDocument}/provisions/${q(value)}/why`, as.auditor],
  ];
}
