import { renderCompilationHtml } from './compilation.html';
import { CompilationView, ProposalView } from './compilation.view';

const proposal = (extra: Partial<ProposalView> = {}): ProposalView => ({
  amendmentId: 'a-1',
  role: 'modify',
  operation: { kind: 'replaceText', provisionId: 'pre-1-1', text: 'x' },
  change: {
    tag: 'MOD',
    segments: [
      { kind: 'equal', text: 'بالقرار ' },
      { kind: 'delete', text: '73' },
      { kind: 'insert', text: '<b>74</b>' },
    ],
  },
  proposers: [{ id: 'evil', name: '<script>alert("name")</script>', category: 'civil-society', region: 'global' }],
  coSponsors: [],
  onBehalfOf: null,
  contribution: { id: 'c', symbol: 'C26/12-A & "Add.1"' },
  status: 'pending',
  revision: 0,
  explanation: null,
  draftedAgainst: 1,
  decision: null,
  decisions: [],
  withdrawal: null,
  proposedAt: '2026-02-20T09:00:00.000Z',
  position: 12,
  ...extra,
});

function view(language: string, proposals: ProposalView[]): CompilationView {
  return {
    documentId: 'd-1',
    consultationId: 'c-1',
    symbol: 'Resolution 1334',
    title: 'القرار 1334 <i>(المعدَّل في 2023)</i>',
    language,
    direction: language === 'ar' ? 'rtl' : 'ltr',
    version: { number: 1, label: 'Modified 2023', current: true, adoptedMeeting: null, adoptedDate: null, decisionId: null },
    sections: [
      {
        id: 'pre-1',
        part: 'preamble',
        heading: 'إذ يذكّر',
        citation: 'إذ يذكّر',
        proposals: [],
        conflicts: [],
        provisions: [
          {
            id: 'pre-1-1',
            label: 'أ )',
            citation: 'إذ يذكّر، أ )',
            depth: 0,
            parentId: null,
            text: 'بالقرار 73 <img src=x onerror=alert(1)> & CWG-WSIS&SDG',
            footnotes: ['"quoted" note'],
            proposals,
            conflicts: [],
            inputs: [],
          },
          {
            id: 'pre-1-2',
            label: 'ب)',
            citation: 'إذ يذكّر، ب)',
            depth: 0,
            parentId: null,
            text: 'بالقرار 140',
            footnotes: [],
            proposals: [],
            conflicts: [],
            inputs: [],
          },
        ],
      },
    ],
    unplaced: [],
    conflicts: [],
    statusCounts: {},
    awaitingCoSubmitters: [],
    inputs: [],
  };
}

describe('the compilation of proposals as HTML', () => {
  it('is a two-column table, provision beside proposals, in the language and direction of the document', () => {
    const html = renderCompilationHtml(view('ar', [proposal()]));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/);
    expect(html).toContain('<th scope="col" lang="en">Provision</th><th scope="col" lang="en">Proposals</th>');
    expect(html.match(/<tr class="provision"/g)).toHaveLength(2);
    expect(html).toContain('<td lang="ar" dir="rtl"><span class="label">أ )</span>');
    expect(html).toContain(
      '<tr class="provision" id="provision-pre-1-2" data-id="pre-1-2"><td lang="ar" dir="rtl"><span class="label">ب)</span> <span class="text">بالقرار 140</span></td><td><span class="none" lang="en" dir="ltr">—</span></td></tr>',
    );
    expect(renderCompilationHtml(view('en', []))).toMatch(/^<!DOCTYPE html>\n<html lang="en" dir="ltr">/);
  });

  it('escapes every text: provisions, footnotes, proposals, names and symbols are never markup', () => {
    const html = renderCompilationHtml(view('ar', [proposal()]));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>74</b>');
    expect(html).not.toContain('<i>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; CWG-WSIS&amp;SDG');
    expect(html).toContain('<bdi>&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;</bdi> (civil-society)');
    expect(html).toContain('<bdi>C26/12-A &amp; &quot;Add.1&quot;</bdi>');
    expect(html).toContain('<li>&quot;quoted&quot; note</li>');
    expect(html).toContain(
      'بالقرار <del><span class="visually-hidden">deleted: </span>73</del><ins><span class="visually-hidden">inserted: </span>&lt;b&gt;74&lt;/b&gt;</ins>',
    );
  });

  it('shows the decision with its sitting, and the conflicts of a proposal', () => {
    const decided = proposal({
      status: 'accepted',
      decision: {
        id: 'dec-2',
        kind: 'correction',
        ruling: 'accepted',
        corrects: 'dec-1',
        meeting: 'CWG-WSIS&SDG-45',
        date: '2026-04-11',
        reason: 'announced in error',
        decidedBy: 'chair-1',
        recordedAt: '',
        position: 30,
      },
    });
    const withConflict = view('ar', [decided]);
    withConflict.sections[0].provisions[0].conflicts = [
      {
        amendmentIds: ['a-1', 'a-2'],
        reason: 'overlapping-words',
        key: 'conflict.overlappingWords',
        params: { provision: 'recalling, a)', words: 'the outcomes' },
        message: 'both change “the outcomes” in recalling, a), or words next to them',
      },
    ];
    const html = renderCompilationHtml(withConflict);
    expect(html).toContain(
      '<p class="decision" lang="en" dir="ltr">accepted at <bdi>CWG-WSIS&amp;SDG-45</bdi> on 2026-04-11 (correcting dec-1): announced in error</p>',
    );
    expect(html).toContain(
      '<p class="conflict" lang="en" dir="ltr">conflicts with a-2: both change “the outcomes” in recalling, a), or words next to them</p>',
    );
  });

  it('lists the stakeholder inputs on a provision in a row beneath it, and those on the whole text at the end, names and titles escaped', () => {
    const withInputs = view('ar', []);
    withInputs.sections[0].provisions[0].inputs = [
      { inputId: 'in-1', stakeholderId: 'apc', stakeholderName: 'APC <b>', title: 'حقوق الإنسان & "الفجوة"', language: 'ar' },
    ];
    withInputs.inputs = [{ inputId: 'in-2', stakeholderId: 'aub', stakeholderName: 'AUB', title: 'Overall views', language: 'en' }];
    const html = renderCompilationHtml(withInputs);
    expect(html).toContain(
      '<tr class="inputs" data-for="pre-1-1"><th scope="row" lang="en" dir="ltr">Stakeholder inputs</th><td><ul class="inputs"><li id="input-in-1" data-id="in-1"><bdi>APC &lt;b&gt;</bdi>: <q lang="ar" dir="rtl">حقوق الإنسان &amp; &quot;الفجوة&quot;</q></li></ul></td></tr>',
    );
    expect(html).toContain('<th scope="row" lang="en" dir="ltr">Stakeholder inputs on the text as a whole</th>');
    expect(html).toContain('<bdi>AUB</bdi>: <q lang="en" dir="ltr">Overall views</q>');
    expect(html.match(/<tr class="inputs"/g)).toHaveLength(2);
    expect(renderCompilationHtml(view('ar', []))).not.toContain('Stakeholder inputs');
  });
});
