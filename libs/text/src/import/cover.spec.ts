import { languageProfile } from '../languages';
import { readCover } from './cover';

const lines = (...texts: string[]) => texts.map((text, i) => ({ number: i + 1, text }));

describe('readCover', () => {
  const en = languageProfile('en');

  it('reads fields inline, under their keyword, and without a colon where the field allows it', () => {
    const { metadata } = readCover(
      lines(
        'Document C23/71-E',
        '4 May 2023',
        'Original: French',
        'Agenda item PL 2',
        '',
        'Contribution from Brazil',
        '',
        'DRAFT RESOLUTION',
        '',
        'Summary:',
        'First line.',
        'Second line.',
        'Action required: The Council is invited to adopt the draft.',
      ),
      en,
    );
    expect(metadata).toEqual({
      symbol: 'C23/71-E',
      date: '4 May 2023',
      originalLanguage: 'fr',
      agendaItem: 'PL 2',
      documentKind: 'contribution',
      submitters: ['Brazil'],
      summary: 'First line.\nSecond line.',
      actionRequested: 'The Council is invited to adopt the draft.',
    });
  });

  it('keeps an original language it does not know as written', () => {
    expect(readCover(lines('Original: German'), en).metadata.originalLanguage).toBe('German');
  });

  it('reads the block before the designation as the submitters and the prose after the fields as narrative', () => {
    const { title, metadata, warnings } = readCover(
      lines(
        'Member States of the RCC',
        '',
        'Draft revision of Resolution 30 -',
        'ITU-D and WSIS',
        '',
        'References: Res 140',
        '',
        'I\tIntroduction',
        'The RCC proposes a revision.',
      ),
      en,
    );
    expect(metadata.submitters).toEqual(['Member States of the RCC']);
    expect(title).toBe('Draft revision of Resolution 30 - ITU-D and WSIS');
    expect(metadata.narrative).toEqual(['I\tIntroduction', 'The RCC proposes a revision.']);
    expect(warnings).toEqual([]);
  });

  it('keeps a cover line it cannot interpret, and warns with its line number', () => {
    const { metadata, warnings } = readCover(lines('Seventy-eighth session', 'Other cover text', '', '78/1. Title'), en);
    expect(metadata.cover).toEqual(['Seventy-eighth session', 'Other cover text']);
    expect(warnings.map((w) => w.line)).toEqual([1, 2]);
  });
});
