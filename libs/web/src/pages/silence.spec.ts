import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { ConsultationModel, DocumentSummaryModel, Viewer } from '../models';
import { resolution1334 } from '../testing/documents';
import { PageContext } from './context';
import { SilenceModel, silencePage } from './silence';

function contextOf(locale: Locale, viewer: Partial<Viewer>): PageContext {
  return {
    locale,
    t: translator(locale),
    csrf: 'csrf-token-of-the-session',
    url: '/web/documents/d/silence',
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
  chairs: ['chair-1'],
  deadlines: {},
  participants: [],
};
const document: DocumentSummaryModel = {
  id: '22222222-2222-4222-8222-222222222222',
  consultationId: consultation.id,
  symbol: 'A/80/L.12',
  title: 'WSIS+20',
  language: 'ar',
  currentVersion: 1,
  currentVersionLabel: 'Rev.3',
};
const text = resolution1334();
const provision = text.operative[0].provisions[0].id;
const open: SilenceModel = {
  silenceId: 's1',
  versionNumber: 1,
  deadline: '2025-12-09T18:00:00-05:00',
  timeZone: 'America/New_York',
  state: 'open',
  breaks: [{ stakeholderId: 'egypt', provisionIds: [provision], reasons: '<b>financing</b>' }],
  adoption: { label: 'Rev.3 (adopted under silence)' },
};
const data = (silences: SilenceModel[]) => ({
  document,
  consultation,
  versions: [],
  silences,
  text,
  stakeholderName: (id: string) => (id === 'egypt' ? 'Egypt' : id),
});

describe('the silence page', () => {
  it('shows the deadline in the zone it was announced in and in UTC, and who broke silence on which provisions', () => {
    const page = silencePage(contextOf('en', {}), data([open]));
    expect(page).toContain('18:00:00');
    expect(page).toContain('America/New_York');
    expect(page).toContain('23:00:00');
    expect(page).toContain('Egypt');
    expect(page).toContain('&lt;b&gt;financing&lt;/b&gt;');
    expect(page).toContain('action="/web/documents/22222222-2222-4222-8222-222222222222/silences/s1/breaks"');
    expect(page).not.toContain('/extensions');
  });

  it('gives a chair of the consultation the forms to extend, or to start when none is open, in Arabic too', () => {
    const chair = contextOf('ar', { id: 'chair-1', role: 'chair', roles: ['chair'] });
    const page = silencePage(chair, data([open]));
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('تمديد المهلة');
    expect(page).toContain('/silences/s1/extensions');
    expect(page).not.toContain('/silences/s1/breaks');
    const after = silencePage(chair, data([{ ...open, state: 'broken', concludedAt: '2025-12-09T23:00:01.000Z' }]));
    expect(after).toContain('كُسر الصمت');
    expect(after).toContain('action="/web/documents/22222222-2222-4222-8222-222222222222/silences"');
    for (const form of after.match(/<form method="post"[\s\S]*?<\/form>/gu) ?? [])
      expect(form).toContain('name="_csrf" value="csrf-token-of-the-session"');
  });
});
