import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { ConsultationModel, DocumentSummaryModel, Viewer } from '../models';
import {
  AmendmentActionsData,
  amendmentActionsAllowed,
  amendmentActionsPage,
  contributionWithdrawalForm,
  mayWithdrawContribution,
} from './amendment-actions';
import { PageContext } from './context';

function contextOf(locale: Locale, viewer: Partial<Viewer>): PageContext {
  return {
    locale,
    t: translator(locale),
    csrf: 'csrf-token-of-the-session',
    url: '/web/amendments/a',
    viewer: { id: 'egypt', role: 'stakeholder', roles: ['stakeholder'], ...viewer },
  };
}

const consultation: ConsultationModel = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'WSIS+20',
  body: 'ITU Council',
  subject: 'WSIS',
  originalLanguage: 'ar',
  registeredAt: '2026-01-10T09:00:00.000Z',
  phase: 'negotiation',
  chairs: ['chair-1'],
  deadlines: {},
  participants: ['egypt', 'apc'],
};
const document: DocumentSummaryModel = {
  id: '22222222-2222-4222-8222-222222222222',
  consultationId: consultation.id,
  symbol: 'Resolution 1334',
  title: 'دور الاتحاد',
  language: 'ar',
  currentVersion: 1,
  currentVersionLabel: 'Modified 2023',
};
const AMENDMENT_ID = '33333333-3333-4333-8333-333333333333';
const data: AmendmentActionsData = {
  document,
  consultation,
  versions: [],
  amendment: {
    id: AMENDMENT_ID,
    status: 'pending',
    revision: 0,
    explanation: 'أدق',
    proposers: ['egypt'],
    coSponsors: ['kenya'],
  },
  names: new Map([
    ['egypt', 'جمهورية مصر العربية'],
    ['kenya', 'Republic of Kenya'],
    ['apc', 'Association for Progressive Communications'],
  ]),
};

const forms = (page: string) => page.match(/<form method="post" action="\/web\/amendments[\s\S]*?<\/form>/gu) ?? [];
const main = (page: string) => page.slice(page.indexOf('<main'));

describe('the page of an amendment', () => {
  it('names the proposers and co-sponsors, and gives its proposer the forms to revise and withdraw it, in Arabic', () => {
    const page = amendmentActionsPage(contextOf('ar', {}), data);
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('جمهورية مصر العربية');
    expect(page).toContain('Republic of Kenya');
    expect(main(page)).not.toMatch(/>egypt</u);
    expect(page).toContain(`action="/web/amendments/${AMENDMENT_ID}/revisions"`);
    expect(page).toContain(`action="/web/amendments/${AMENDMENT_ID}/withdrawal"`);
    expect(page).not.toContain(`action="/web/amendments/${AMENDMENT_ID}/co-sponsors"`);
    expect(page).toContain('سحب هذا المقترح');
    for (const form of forms(page)) expect(form).toContain('<input type="hidden" name="_csrf" value="csrf-token-of-the-session">');
  });

  it('offers another stakeholder to co-sponsor it, in English', () => {
    const page = amendmentActionsPage(contextOf('en', { id: 'apc' }), data);
    expect(forms(page)).toHaveLength(1);
    expect(page).toContain(`action="/web/amendments/${AMENDMENT_ID}/co-sponsors"`);
    expect(page).toContain('Co-sponsor this proposal');
  });

  it('offers nothing once the chair has decided, nor to a co-sponsor again, nor to a chair', () => {
    const decided = { ...data.amendment, status: 'accepted' };
    expect(amendmentActionsAllowed(contextOf('en', {}), decided)).toEqual({ revise: false, withdraw: false, coSponsor: false });
    expect(amendmentActionsAllowed(contextOf('en', { id: 'kenya' }), data.amendment).coSponsor).toBe(false);
    expect(amendmentActionsAllowed(contextOf('en', { id: 'chair-1', role: 'chair', roles: ['chair'] }), data.amendment)).toEqual({
      revise: false,
      withdraw: false,
      coSponsor: false,
    });
    expect(forms(amendmentActionsPage(contextOf('en', {}), { ...data, amendment: decided }))).toHaveLength(0);
  });

  it('offers the proposed words to retype, in the language of the document', () => {
    const page = amendmentActionsPage(contextOf('en', {}), { ...data, wording: 'جميع التدابير المناسبة' });
    expect(page).toMatch(/<textarea id="wording" name="wording" rows="4"[^>]*lang="ar" dir="rtl"[^>]*>جميع التدابير المناسبة<\/textarea>/u);
    expect(amendmentActionsPage(contextOf('en', {}), data)).toContain('revised by its explanation only');
  });

  it('keeps a refused explanation in the form', () => {
    const page = amendmentActionsPage(contextOf('en', {}), { ...data, explanation: 'Clearer & shorter' });
    expect(page).toContain('>Clearer &amp; shorter</textarea>');
  });
});

describe('withdrawing a contribution', () => {
  const contribution = {
    id: '44444444-4444-4444-8444-444444444444',
    symbol: 'C26/12-A',
    status: 'submitted',
    cover: { submitters: ['egypt'] },
  };

  it('is offered to its submitters while it stands, and to nobody else', () => {
    expect(mayWithdrawContribution(contextOf('en', {}), contribution)).toBe(true);
    expect(mayWithdrawContribution(contextOf('en', { id: 'apc' }), contribution)).toBe(false);
    expect(mayWithdrawContribution(contextOf('en', {}), { ...contribution, status: 'withdrawn' })).toBe(false);
  });

  it('folds its form under a summary that names the contribution to a screen reader', () => {
    const form = contributionWithdrawalForm(contextOf('ar', {}), contribution).markup;
    expect(form).toContain('<summary>سحب هذه المساهمة<span class="visually-hidden">: C26/12-A</span></summary>');
    expect(form).toContain(`action="/web/contributions/${contribution.id}/withdrawal"`);
    expect(form).toContain('name="_csrf" value="csrf-token-of-the-session"');
  });
});
