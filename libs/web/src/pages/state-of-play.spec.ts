import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { ConsultationModel, DocumentSummaryModel, Viewer } from '../models';
import { PageContext } from './context';
import { StateOfPlayData, stateOfPlayPage } from './state-of-play';

function contextOf(locale: Locale, viewer: Partial<Viewer>): PageContext {
  return {
    locale,
    t: translator(locale),
    csrf: 'csrf-token-of-the-session',
    url: '/web/documents/d/state-of-play',
    viewer: { id: 'egypt', role: 'stakeholder', roles: ['stakeholder'], ...viewer },
  };
}

const consultation: ConsultationModel = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'WSIS+20',
  body: 'General Assembly',
  subject: 'WSIS+20 review',
  originalLanguage: 'en',
  registeredAt: '2025-06-10T09:00:00.000Z',
  phase: 'negotiation',
  chairs: ['co-facilitator'],
  deadlines: {},
  participants: [],
};
const document: DocumentSummaryModel = {
  id: '22222222-2222-4222-8222-222222222222',
  consultationId: consultation.id,
  symbol: 'A/80/L.1',
  title: 'Outcome document',
  language: 'en',
  currentVersion: 2,
  currentVersionLabel: 'Rev.1',
};

const data: StateOfPlayData = {
  document,
  consultation,
  versions: [],
  isChair: false,
  meetings: [
    { meetingId: 'ic-2', kind: 'informal-consultation', number: 2, name: 'Second informal consultation', date: '2025-11-17', place: null },
  ],
  state: {
    versionNumber: 2,
    versionLabel: 'Rev.1',
    round: 2,
    counts: { pending: 1, 'agreed-ad-ref': 1, agreed: 0, bracketed: 1, deleted: 0 },
    provisions: [
      { provisionId: 'pp-1', label: '1', section: '', status: 'agreed-ad-ref', since: 1, meetingId: null, inputs: 0, inText: true },
      { provisionId: 'op-1', label: '1', section: 'Decides', status: 'bracketed', since: 2, meetingId: 'ic-2', inputs: 2, inText: true },
      { provisionId: 'op-2', label: '2', section: 'Decides', status: 'pending', since: null, meetingId: null, inputs: 0, inText: true },
    ],
    open: ['op-1', 'op-2'],
    changedSinceLastRound: [{ provisionId: 'op-1', label: '1', section: 'Decides', from: 'pending', to: 'bracketed' }],
    rounds: [{ round: 2, versionNumber: 2, meetingId: 'ic-2', meeting: 'Second informal consultation', date: '2025-11-17', provisions: 1 }],
  },
};

describe('the state-of-play page', () => {
  it('shows the counts, the open provisions, the last round’s changes and the rounds, in English', () => {
    const page = stateOfPlayPage(contextOf('en', {}), data);
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(page).toContain('State of play');
    expect(page).toContain('Bracketed');
    expect(page).toContain('Changed in the last round');
    expect(page).toContain('Second informal consultation');
    expect(page).toMatch(/provenance\?provision=op-1" lang="en">1<\/a> <span class="meta" lang="en">\(Decides\)<\/span>/u);
    expect(page).not.toContain('action="/web/documents/22222222-2222-4222-8222-222222222222/statuses"');
  });

  it('speaks Arabic right to left, and gives a chair the forms to record a round and register a meeting', () => {
    const page = stateOfPlayPage(contextOf('ar', { id: 'co-facilitator', role: 'chair', roles: ['chair'] }), { ...data, isChair: true });
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('حالة المفاوضات');
    expect(page).toContain('بين معقوفين');
    expect(page).toContain('action="/web/documents/22222222-2222-4222-8222-222222222222/statuses"');
    expect(page).toContain('action="/web/consultations/11111111-1111-4111-8111-111111111111/meetings"');
    expect(page.match(/<select id="status-\d+" name="status:[^"]+">/gu)).toHaveLength(3);
    for (const form of page.match(/<form method="post"[\s\S]*?<\/form>/gu) ?? [])
      expect(form).toContain('<input type="hidden" name="_csrf" value="csrf-token-of-the-session">');
  });
});
