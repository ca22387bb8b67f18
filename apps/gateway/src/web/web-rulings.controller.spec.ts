import { CompilationModel } from '#libs/web';
import { rulingsAsked } from './web-rulings.controller';

const proposal = (amendmentId: string, status: string) => ({ amendmentId, status }) as CompilationModel['unplaced'][number];

describe('the rulings a batch form asks for', () => {
  const compilation = {
    sections: [
      { proposals: [], provisions: [{ proposals: [proposal('a1', 'pending'), proposal('a2', 'deferred'), proposal('a3', 'accepted')] }] },
    ],
    unplaced: [proposal('a4', 'pending')],
  } as unknown as CompilationModel;

  it('keeps the plain rulings chosen for undecided proposals of the document, in the order printed', () => {
    const form = { 'ruling-a4': 'rejected', 'ruling-a1': 'accepted', 'ruling-a2': '', 'ruling-a3': 'rejected', 'ruling-zz': 'accepted' };
    expect(rulingsAsked(form, compilation)).toEqual([
      { amendmentId: 'a1', ruling: 'accepted' },
      { amendmentId: 'a4', ruling: 'rejected' },
    ]);
  });

  it('leaves out what is not a plain ruling: a compromise or a merge has its own form', () => {
    expect(rulingsAsked({ 'ruling-a1': 'accepted-as-modified', 'ruling-a2': 'merged' }, compilation)).toEqual([]);
  });
});
