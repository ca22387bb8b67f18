import { ResolutionDocument } from '#libs/text';
import {
  adoptionChoicesOf,
  adoptionMethodOf,
  carriedAdoptionFields,
  uncoveredLanguages,
  unchangedSinceAdoption,
  votersAmong,
} from './adoption-form';

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

  it('reads the preview\'s "leave open" boxes, dropping what is not an amendment id or a UN language', () => {
    const sup = '0b6c3f8e-4a1d-4c2e-9f3a-1e2d3c4b5a69';
    expect(adoptionChoicesOf({ leaveOpen: [sup, 'op-1-6', sup], leaveBrackets: 'yes', provisionalIn: ['fr', 'xx', 'fr'] })).toEqual({
      leaveOpen: [sup],
      leaveBrackets: true,
      provisionalIn: ['fr'],
    });
    expect(adoptionChoicesOf({})).toEqual({ leaveOpen: [], leaveBrackets: false, provisionalIn: [] });
  });

  it('carries the form as filled to the confirmation: its own fields and votes, not the token, key or empty fields', () => {
    expect(
      carriedAdoptionFields({
        _csrf: 't',
        key: 'k',
        label: 'Modified 2026',
        meeting: 'seventh Plenary Meeting',
        date: '2026-06-12',
        place: '',
        number: 'Resolution 1334 (Modified 2026)',
        method: 'recorded-vote',
        'vote-egypt': 'yes',
        'vote-kenya': '',
        leaveOpen: 'x',
      }),
    ).toEqual([
      ['label', 'Modified 2026'],
      ['meeting', 'seventh Plenary Meeting'],
      ['date', '2026-06-12'],
      ['number', 'Resolution 1334 (Modified 2026)'],
      ['method', 'recorded-vote'],
      ['vote-egypt', 'yes'],
    ]);
  });

  it('says nothing changed only when the latest version was adopted, no decision applied since and the provisions read the same', () => {
    const p = (id: string, text: string) => ({ id, text, children: [], footnotes: [] });
    const adopted: ResolutionDocument = {
      language: 'en',
      style: 'itu',
      title: 'Resolution 1334 (Modified 2023) — The role of ITU',
      body: 'The ITU Council,',
      preamble: [],
      operative: [{ id: 'instructs', heading: 'resolves to instruct the Secretary-General', provisions: [p('op-1', 'to report;')] }],
      metadata: {},
    };
    const latest = { label: 'Modified 2023', adoptedMeeting: 'sixth Plenary Meeting', adoptedDate: '2023-07-20' };
    const working = { appliedDecisionIds: [], text: { ...adopted, title: 'Resolution 1334' } };
    expect(unchangedSinceAdoption(latest, working, adopted)).toEqual({
      label: 'Modified 2023',
      meeting: 'sixth Plenary Meeting',
      date: '2023-07-20',
    });
    expect(unchangedSinceAdoption({ ...latest, adoptedMeeting: null, adoptedDate: null }, working, adopted)).toBeUndefined();
    expect(unchangedSinceAdoption(latest, { ...working, appliedDecisionIds: ['d-1'] }, adopted)).toBeUndefined();
    const changed = { ...adopted, operative: [{ ...adopted.operative[0], provisions: [p('op-1', 'to report every year;')] }] };
    expect(unchangedSinceAdoption(latest, { appliedDecisionIds: [], text: changed }, adopted)).toBeUndefined();
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
