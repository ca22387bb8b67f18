import { translator } from '../i18n/translate';
import { ConsultationModel, DocumentSummaryModel, ProvenanceModel } from '../models';
import { PageContext } from './context';
import { provenancePage } from './provenance';

const ctx: PageContext = {
  locale: 'ar',
  t: translator('ar'),
  csrf: 'csrf',
  url: '/web',
  viewer: { id: 'egypt', role: 'stakeholder', roles: ['stakeholder'] },
};
const EGYPT = { id: 'egypt', name: 'جمهورية مصر العربية', category: 'member-state' };

const consultation = { id: 'c', title: 'WSIS+20', chairs: ['chair-cwg-wsis'], phase: 'negotiation' } as unknown as ConsultationModel;
const document = {
  id: 'd',
  consultationId: 'c',
  symbol: 'C26/EGYPT-1',
  title: 'مشروع',
  language: 'ar',
  currentVersion: 1,
  currentVersionLabel: 'مشروع',
} as DocumentSummaryModel;

function provenance(origin: ProvenanceModel['origin']): ProvenanceModel {
  return {
    documentId: 'd',
    consultationId: 'c',
    symbol: 'C26/EGYPT-1',
    provisionId: 'op-1-1',
    current: { label: '1', text: 'يقرر', heading: 'يقرر', footnotes: [] },
    origin,
    changes: [
      {
        amendment: {
          id: 'a1',
          operation: { kind: 'suppress', provisionId: 'op-1-1' },
          proposers: [EGYPT],
          coSponsors: [],
          contribution: null,
          status: 'withdrawn',
          explanation: null,
          proposedAt: '2026-02-01T10:00:00.000Z',
        },
        role: 'target',
        decisions: [{ id: 'x', kind: 'ruling', ruling: 'deferred', decidedBy: 'chair-cwg-wsis', recordedAt: '2026-02-02T10:00:00.000Z' }],
        withdrawal: { by: 'egypt', recordedAt: '2026-02-03T10:00:00.000Z' },
        changedText: false,
        position: 3,
      },
    ],
    reservations: [],
    versions: [],
  };
}

const page = (origin: ProvenanceModel['origin']) =>
  provenancePage(ctx, { document, consultation, versions: [], provenance: provenance(origin), language: 'ar', previews: new Map() });

describe('the provenance page names people, never their accounts', () => {
  it('a draft by the submitter who registered it, a ruling by the chair, a withdrawal by its proposer', () => {
    const draft = page({ kind: 'draft', registeredBy: 'egypt', submitters: [EGYPT], recordedAt: '2026-01-10T09:00:00.000Z', position: 1 });
    expect(draft).toContain(`<dd><bdi>${EGYPT.name}</bdi></dd>`);
    expect(draft).toContain(`${ctx.t('provenance.by')} ${ctx.t('role.chair')}`);
    const main = draft.slice(draft.indexOf('<main'));
    expect(main).not.toMatch(/>[^<]*\b(egypt|chair-cwg-wsis)\b/u);
  });

  it('a document the secretariat registered by the role', () => {
    const base = page({ kind: 'draft', registeredBy: 'itu-secretariat', recordedAt: '2026-01-10T09:00:00.000Z', position: 1 });
    expect(base).toContain(`<dd>${ctx.t('role.secretariat')}</dd>`);
    expect(base).not.toContain('itu-secretariat');
  });
});
