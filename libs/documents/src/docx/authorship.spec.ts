import { authorshipByTarget, operationTargets } from './authorship';

describe('who is named on a tracked change', () => {
  it('names the provision or section each kind of amendment writes to', () => {
    expect(operationTargets({ kind: 'add', newId: 'op-9', position: { after: 'op-1' }, text: 'x' })).toEqual(['op-9']);
    expect(operationTargets({ kind: 'suppress', provisionId: 'pre-1-2' })).toEqual(['pre-1-2']);
    expect(operationTargets({ kind: 'changeHeading', sectionId: 'op-2', heading: 'invites' })).toEqual(['op-2']);
    expect(operationTargets({ kind: 'addFootnote', provisionId: 'op-1-1', footnoteId: 'f', text: 'n' })).toEqual(['op-1-1']);
  });

  it('keeps the proposers of the last amendment decided on a provision, with its decision date as a date-time', () => {
    const byTarget = authorshipByTarget([
      { operation: { kind: 'replaceText', provisionId: 'op-1-1', text: 'a' }, proposers: ['Egypt'], date: '2026-04-10' },
      {
        operation: { kind: 'replaceText', provisionId: 'op-1-1', text: 'b' },
        proposers: ['Brazil', 'India'],
        date: '2026-04-11T10:00:00.000Z',
      },
    ]);
    expect(byTarget.get('op-1-1')).toEqual({ author: 'Brazil, India', date: '2026-04-11T10:00:00.000Z' });
  });
});
