import { partsOfCover, partsOfProposal } from './participation-parts';

describe('the parts stakeholders take', () => {
  it('reads a cover as its submitters, its co-sponsors and the group it speaks for', () => {
    expect(partsOfCover({ submitters: ['kenya', 'nigeria'], coSponsors: ['egypt'], onBehalfOf: 'african-group' })).toEqual([
      { stakeholderId: 'kenya', role: 'submitter' },
      { stakeholderId: 'nigeria', role: 'submitter' },
      { stakeholderId: 'egypt', role: 'co-sponsor' },
      { stakeholderId: 'african-group', role: 'on-behalf-of' },
    ]);
  });

  it('counts a stakeholder named twice in one part once', () => {
    expect(partsOfCover({ submitters: ['egypt', 'egypt'], coSponsors: [] })).toEqual([{ stakeholderId: 'egypt', role: 'submitter' }]);
  });

  it("counts the contribution's co-sponsors among an amendment's proposers as co-sponsors", () => {
    expect(partsOfProposal({ proposers: ['egypt', 'saudi-arabia', 'uae'], onBehalfOf: undefined }, ['uae'])).toEqual([
      { stakeholderId: 'egypt', role: 'proposer' },
      { stakeholderId: 'saudi-arabia', role: 'proposer' },
      { stakeholderId: 'uae', role: 'co-sponsor' },
    ]);
  });

  it('keeps the first proposer a proposer, and names the group proposed for', () => {
    expect(partsOfProposal({ proposers: ['kenya'], onBehalfOf: 'african-group' }, ['kenya'])).toEqual([
      { stakeholderId: 'kenya', role: 'proposer' },
      { stakeholderId: 'african-group', role: 'on-behalf-of' },
    ]);
  });
});
