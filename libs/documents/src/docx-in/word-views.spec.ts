import { strToU8 } from 'fflate';
import { parseUploadedXml } from '../upload-safety';
import { readNumbering } from './word-numbering';
import { readBody } from './word-paragraphs';
import { View, paragraphsInView } from './word-views';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const body = (paragraphs: string, sectionProperties = '') =>
  parseUploadedXml(strToU8(`<w:document ${W}><w:body>${paragraphs}${sectionProperties}</w:body></w:document>`), 'word/document.xml');
const change = (tag: string, inner: string) => `<w:${tag} w:id="1" w:author="Kenya" w:date="2026-03-02T10:00:00Z">${inner}</w:${tag}>`;
const run = (text: string, properties = '') =>
  `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const deletedRun = (text: string) => `<w:r><w:delText xml:space="preserve">${text}</w:delText></w:r>`;
const numbered = (numId: number, level = 0) => `<w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`;

function linesOf(document: string, view: View, numbering = ''): string[] {
  const definitions = readNumbering(
    numbering ? parseUploadedXml(strToU8(`<w:numbering ${W}>${numbering}</w:numbering>`), 'word/numbering.xml') : undefined,
  );
  return paragraphsInView(readBody(body(document)).paragraphs, view, definitions).map(
    (p) => (p.numberLabel ? `${p.numberLabel}\t` : '') + p.text,
  );
}

const levels = (...formats: [string, string][]) =>
  formats
    .map(
      ([format, text], level) =>
        `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`,
    )
    .join('');

describe('the paragraphs of a Word body, as they read before and after the changes', () => {
  it('insertions stand only after, deletions only before; moves and hidden text too; entities resolved', () => {
    const paragraph = `<w:p>${run('to take all ')}${change('del', deletedRun('possible'))}${change('ins', run('appropriate'))}${run(' measures &amp; steps')}${run('(hidden)', '<w:vanish/>')}${change('moveFrom', deletedRun(' now'))}</w:p>`;
    expect(linesOf(paragraph, 'before')).toEqual(['to take all possible measures & steps now']);
    expect(linesOf(paragraph, 'after')).toEqual(['to take all appropriate measures & steps']);
    expect(readBody(body(paragraph)).hasTrackedChanges).toBe(true);
  });

  it('a paragraph whose mark is deleted joins the next after the changes; one whose mark is inserted, before them', () => {
    const deletedMark = `<w:p><w:pPr><w:rPr>${change('del', '')}</w:rPr></w:pPr>${change('del', deletedRun('b)\tResolution 140;'))}</w:p><w:p>${run('c)\tResolution 70/125,')}</w:p>`;
    expect(linesOf(deletedMark, 'before')).toEqual(['b)\tResolution 140;', 'c)\tResolution 70/125,']);
    expect(linesOf(deletedMark, 'after')).toEqual(['c)\tResolution 70/125,']);
    const insertedMark = `<w:p><w:pPr><w:rPr>${change('ins', '')}</w:rPr></w:pPr>${run('4\tconsult stakeholders,')}</w:p><w:p>${change('ins', run('5\tsupport developing countries;'))}</w:p>`;
    expect(linesOf(insertedMark, 'before')).toEqual(['4\tconsult stakeholders,']);
    expect(linesOf(insertedMark, 'after')).toEqual(['4\tconsult stakeholders,', '5\tsupport developing countries;']);
  });

  it('counts automatic numbers per list and level in each view, as Word prints them: abjad letters, numbers, quoted sub-items', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${levels(['arabicAbjad', '%1 )'], ['decimal', '&apos;%2&apos;'])}</w:abstractNum><w:abstractNum w:abstractNumId="1">${levels(['lowerRoman', '%1)'])}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const document = [
      `<w:p>${numbered(1)}${run('first')}</w:p>`,
      `<w:p>${numbered(1)}${change('ins', run('inserted'))}</w:p>`,
      `<w:p>${numbered(1, 1)}${run('sub-item')}</w:p>`,
      `<w:p>${numbered(1)}${run('third')}</w:p>`,
      `<w:p>${numbered(2)}${run('one')}</w:p>`,
      `<w:p>${numbered(2)}${run('two')}</w:p>`,
    ].join('');
    // Only its words were inserted, not its mark: before the changes it is an empty paragraph, not counted.
    expect(linesOf(document, 'before', numbering)).toEqual(['أ )\tfirst', '', "'1'\tsub-item", 'ب )\tthird', 'i)\tone', 'ii)\ttwo']);
    expect(linesOf(document, 'after', numbering)).toEqual([
      'أ )\tfirst',
      'ب )\tinserted',
      "'1'\tsub-item",
      'ج )\tthird',
      'i)\tone',
      'ii)\ttwo',
    ]);
  });

  it('reads the direction from the section, or from most paragraphs', () => {
    expect(readBody(body(`<w:p>${run('x')}</w:p>`, '<w:sectPr><w:bidi/></w:sectPr>')).rightToLeft).toBe(true);
    expect(readBody(body(`<w:p><w:pPr><w:bidi/></w:pPr>${run('x')}</w:p><w:p>${run('y')}</w:p>`)).rightToLeft).toBe(false);
    expect(readBody(body(`<w:p><w:pPr><w:bidi/></w:pPr>${run('x')}</w:p>`)).rightToLeft).toBe(true);
  });
});
