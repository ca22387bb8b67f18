import { refusalProblem } from './problem-details';

const amendmentRuled = {
  code: 'conflict' as const,
  key: 'ruling.alreadyDecided',
  params: {
    amendment: {
      key: 'amendment.described',
      params: { proposer: ['Egypt'], action: 'modify', provision: 'resolves to instruct the Secretary-General, 5' },
    },
    status: 'rejected',
  },
  message: "Egypt's MOD of resolves to instruct the Secretary-General, 5 is already rejected",
};

describe('refusalProblem', () => {
  it('renders the detail in Arabic when Accept-Language prefers Arabic, with the key and parameters beside it', () => {
    const answered = refusalProblem(amendmentRuled, 'ar-EG,ar;q=0.9,en;q=0.5');
    expect(answered).toEqual({
      type: 'https://consultation-ledger.example/problems/conflict',
      title: 'تغيير متعارض',
      status: 409,
      detail: 'تعديل resolves to instruct the Secretary-General, 5 المقترح من Egypt بُتّ فيه من قبل: مرفوض',
      key: 'ruling.alreadyDecided',
      params: amendmentRuled.params,
      language: 'ar',
    });
  });

  it('renders the detail in English for English and for languages it has no text in', () => {
    for (const header of ['en-GB', 'fr-FR,fr;q=0.9', undefined, 'ar;q=0.1,en;q=0.8']) {
      const answered = refusalProblem(amendmentRuled, header);
      expect({ title: answered.title, detail: answered.detail, language: answered.language }).toEqual({
        title: 'Conflicting change',
        detail: "Egypt's MOD of resolves to instruct the Secretary-General, 5 is already rejected",
        language: 'en',
      });
    }
  });

  it('picks Arabic after a language it has no text in', () => {
    expect(refusalProblem(amendmentRuled, 'fr, ar;q=0.8, en;q=0.5').detail).toMatch(/^تعديل /u);
  });

  it('keeps the English message of a refusal recorded before keys existed', () => {
    const answered = refusalProblem({ code: 'not-found', message: 'no amendment a1' }, 'ar');
    expect(answered).toEqual({
      type: 'https://consultation-ledger.example/problems/not-found',
      title: 'غير موجود',
      status: 404,
      detail: 'no amendment a1',
    });
  });
});
