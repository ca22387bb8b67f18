import { readFixture } from '../import/fixtures/seeds';
import { importResolution } from '../import/import-resolution';
import type { ResolutionDocument } from '../model';
import { renderCleanText } from '../render/clean-text';
import { renderHtml } from '../render/html';
import { adoptedText, adoptedTitle } from './adopted-text';

const seed = importResolution(readFixture('itu-council-res1334-mod2023.ar.txt')).document;
const SUBJECT = 'دور الاتحاد الدولي للاتصالات في الاستعراض الشامل لتنفيذ نواتج القمة العالمية لمجتمع المعلومات';
const NUMBER = 'القرار 1334 (المعدَّل في 2023)';

/** The seed as a contribution would have carried it before the Council adopted it. */
function draftOf(adopted: ResolutionDocument): ResolutionDocument {
  const { adoption: _adoption, ...metadata } = adopted.metadata;
  return {
    ...adopted,
    title: `مشروع مراجعة القرار 1334 — ${SUBJECT}`,
    metadata: {
      ...metadata,
      symbol: 'C23/71',
      date: '2023-06-05',
      agendaItem: 'PL 2',
      documentKind: 'contribution',
      submitters: ['الأمين العام'],
      purpose: 'يُدعى المجلس إلى اعتماد مشروع القرار المراجَع.',
      references: 'القرار 140 (المراجَع في بوخارست، 2022)',
      narrative: ['مقدمة', 'يقترح الأمين العام مراجعة القرار 1334.'],
    },
  };
}

describe('the adopted text of Council Resolution 1334 (Modified 2023)', () => {
  const draft = draftOf(seed);
  const adopted = adoptedText(draft, {
    meeting: 'الجلسة العامة السادسة',
    number: NUMBER,
    title: SUBJECT,
    adoptionLine: 'اعتُمد في الجلسة العامة السادسة',
  });

  it('takes the number and subject as the title and the adoption line the seed prints', () => {
    expect(seed.title).toBe(`${NUMBER} — ${SUBJECT}`);
    expect(adopted.title).toBe(seed.title);
    expect(adopted.metadata.adoption).toBe(seed.metadata.adoption);
  });

  it("drops the contribution's cover and symbol, keeping the original language", () => {
    expect(adopted.metadata).toEqual({ originalLanguage: 'en', adoption: 'اعتُمد في الجلسة العامة السادسة' });
    expect(adopted.metadata).toEqual(seed.metadata);
  });

  it('keeps the enacting body, the sections and their provisions as the draft had them', () => {
    expect(adopted.body).toBe(seed.body);
    expect(adopted.preamble).toBe(draft.preamble);
    expect(adopted.operative).toEqual(seed.operative);
  });

  it('renders as the body printed it: original language, number, (adoption line), subject, enacting body, sections', () => {
    const printed = renderCleanText(adopted);
    expect(printed).toBe(renderCleanText(seed));
    expect(printed.split('\n').slice(0, 6)).toEqual(['الأصل: بالإنكليزية', '', NUMBER, '(اعتُمد في الجلسة العامة السادسة)', SUBJECT, '']);
    expect(printed).not.toContain('C23/71');
    expect(printed).not.toContain('مشروع مراجعة');
  });

  it('composes the adoption line from the meeting in Arabic when the chair gives none', () => {
    expect(adoptedText(draft, { meeting: 'الجلسة العامة السادسة', number: NUMBER }).metadata.adoption).toBe(
      'اعتُمد في الجلسة العامة السادسة',
    );
  });

  it("keeps the draft's subject when only the number is given, and the subject alone when only the subject is", () => {
    expect(adoptedTitle(draft, { meeting: 'x', number: NUMBER })).toBe(seed.title);
    expect(adoptedTitle(draft, { meeting: 'x', title: SUBJECT })).toBe(SUBJECT);
    expect(adoptedTitle(draft, { meeting: 'x' })).toBe(draft.title);
  });

  it('shows the adoption line under the title in HTML', () => {
    const html = renderHtml(adopted);
    const title = html.indexOf(NUMBER);
    const line = html.indexOf('(اعتُمد في الجلسة العامة السادسة)');
    expect(title).toBeGreaterThanOrEqual(0);
    expect(line).toBeGreaterThan(title);
    expect(line).toBeLessThan(html.indexOf(seed.body));
  });
});

describe('the adopted text of a General Assembly resolution', () => {
  const imported = importResolution(readFixture('unga-res78-132-excerpt.en.txt')).document;
  const draft: ResolutionDocument = {
    ...imported,
    title: 'Information and communications technologies for sustainable development',
    metadata: {
      symbol: 'A/C.2/78/L.37',
      date: '10 November 2023',
      submitters: ['Cuba (on behalf of the Group of 77 and China)'],
      agendaItem: '18',
      purpose: 'Draft resolution',
    },
  };
  const adopted = adoptedText(draft, { meeting: '51st plenary meeting', number: '78/132', symbol: 'A/RES/78/132' });

  it('numbers the title as the Assembly prints it and takes the resolution symbol', () => {
    expect(adopted.title).toBe(imported.title);
    expect(adopted.metadata).toEqual({ symbol: 'A/RES/78/132', adoption: 'adopted at the 51st plenary meeting' });
  });

  it('prints the adoption at the end, after the operative paragraphs, without the draft cover', () => {
    const printed = renderCleanText(adopted);
    expect(
      printed.startsWith(
        'United Nations\tA/RES/78/132\n\n78/132. Information and communications technologies for sustainable development\n\nThe General Assembly,',
      ),
    ).toBe(true);
    expect(printed.indexOf('adopted at the 51st plenary meeting')).toBeGreaterThan(printed.indexOf('Decides to include'));
    expect(printed).not.toContain('A/C.2/78/L.37');
    expect(printed).not.toContain('Group of 77');
  });

  it('renumbers a title that already carries a number rather than repeating it', () => {
    expect(adoptedTitle({ ...draft, title: imported.title }, { meeting: 'x', number: '78/133' })).toBe(
      '78/133. Information and communications technologies for sustainable development',
    );
  });
});

describe('an adopted text that says how it was adopted', () => {
  const draft = importResolution(readFixture('itu-council-res1334-mod2023.ar.txt')).document;
  const unga = importResolution(readFixture('unga-res78-132-excerpt.en.txt')).document;

  it('prints the Arabic line of a recorded vote under the title, and reads it back as printed', () => {
    const adopted = adoptedText(draft, {
      meeting: 'الجلسة العامة السادسة',
      number: NUMBER,
      method: { kind: 'recorded-vote', tally: { yes: 150, no: 5, abstain: 10 } },
    });
    const line = 'اعتُمد في الجلسة العامة السادسة بتصويت مسجل بأغلبية 150 صوتا مقابل 5 أصوات، مع امتناع 10 أعضاء عن التصويت';
    expect(adopted.metadata.adoption).toBe(line);
    expect(renderCleanText(adopted)).toContain(`(${line})`);
    expect(importResolution(renderCleanText(adopted)).document.metadata.adoption).toBe(line);
  });

  it('prints a General Assembly adoption without a vote after the operative paragraphs, and reads it back', () => {
    const adopted = adoptedText(unga, { meeting: '51st plenary meeting', number: '78/132', method: { kind: 'consensus' } });
    const printed = renderCleanText(adopted);
    expect(printed.indexOf('adopted without a vote at the 51st plenary meeting')).toBeGreaterThan(printed.indexOf('Decides to include'));
    expect(importResolution(printed).document.metadata.adoption).toBe('adopted without a vote at the 51st plenary meeting');
  });
});
