import { adoptionMethodOf, provisionalLanguagesOf, uncoveredLanguages, votersAmong } from './adoption-form';

describe("the chair's adoption form", () => {
  it('reads no method, an adoption without a vote, and a recorded vote from the radios of each member state', () => {
    expect(adoptionMethodOf({ method: '', 'vote-egypt': '' })).toEqual({});
    expect(adoptionMethodOf({ method: 'consensus' })).toEqual({ method: { kind: 'consensus' } });
    expect(
      adoptionMethodOf({ method: 'recorded-vote', 'vote-egypt': 'yes', 'vote-norway': 'no', 'vote-brazil': 'abstain', 'vote-kenya': '' }),
    ).toEqual({
      method: {
        kind: 'recorded-vote',
        votes: [
          { stakeholderId: 'egypt', vote: 'yes' },
          { stakeholderId: 'norway', vote: 'no' },
          { stakeholderId: 'brazil', vote: 'abstain' },
        ],
      },
    });
  });

  it('names what is wrong: a recorded vote without votes, votes without a recorded vote, a vote that is not one', () => {
    expect(adoptionMethodOf({ method: 'recorded-vote', 'vote-egypt': '' })).toEqual({ problem: 'vote.needsVotes' });
    expect(adoptionMethodOf({ method: 'consensus', 'vote-egypt': 'yes' })).toEqual({ problem: 'vote.votesWithoutVote' });
    expect(adoptionMethodOf({ method: 'recorded-vote', 'vote-egypt': 'maybe' })).toEqual({ problem: 'vote.needsVotes' });
  });

  it('lets the member states among the participants vote, not groups or other stakeholders; all member states when none is admitted', () => {
    const registry = [
      { id: 'egypt', name: 'Egypt', category: 'member-state', region: 'arab-states', memberIds: [] },
      { id: 'norway', name: 'Norway', category: 'member-state', region: 'europe', memberIds: [] },
      { id: 'g77', name: 'Group of 77', category: 'member-state', region: 'global', memberIds: ['egypt'] },
      { id: 'apc', name: 'APC', category: 'civil-society', region: 'global', memberIds: [] },
    ];
    expect(votersAmong(registry, ['egypt', 'g77', 'apc'])).toEqual([{ id: 'egypt', name: 'Egypt' }]);
    expect(votersAmong(registry, []).map((v) => v.id)).toEqual(['egypt', 'norway']);
  });

  it('reads the languages ticked for a provisional adoption, official languages only, each once', () => {
    expect(provisionalLanguagesOf({})).toEqual({});
    expect(provisionalLanguagesOf({ provisionalIn: 'fr' })).toEqual({ provisionalIn: ['fr'] });
    expect(provisionalLanguagesOf({ provisionalIn: ['fr', 'zh', 'fr', 'de', ''] })).toEqual({ provisionalIn: ['fr', 'zh'] });
  });

  it('names the versions out of step that an adoption leaves unnamed', () => {
    const outOfStep = [
      { language: 'fr', awaiting: 2 },
      { language: 'zh', awaiting: 1 },
    ] as const;
    expect(uncoveredLanguages(outOfStep)).toEqual(['fr', 'zh']);
    expect(uncoveredLanguages(outOfStep, ['zh'])).toEqual(['fr']);
    expect(uncoveredLanguages(outOfStep, ['fr', 'zh'])).toEqual([]);
  });
});
