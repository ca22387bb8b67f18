import { strToU8, zipSync } from 'fflate';
import { acceptedText } from './accept-all';
import { UploadRefused } from '../upload-safety';
import { readDocx } from './docx-reader';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

function docx(body: string, footnotes?: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    ...(footnotes ? { 'word/footnotes.xml': strToU8(`<?xml version="1.0"?><w:footnotes ${W}>${footnotes}</w:footnotes>`) } : {}),
  });
}

describe('reading Word', () => {
  it('accepts all changes as Word does: insertions kept, deletions dropped, a paragraph whose mark was deleted joined to the next', () => {
    const bytes = docx(
      '<w:p><w:r><w:t xml:space="preserve">to take </w:t></w:r><w:del w:id="1" w:author="Egypt" w:date="2026-04-10T00:00:00Z"><w:r><w:delText>all possible</w:delText></w:r></w:del>' +
        '<w:ins w:id="2" w:author="Egypt" w:date="2026-04-10T00:00:00Z"><w:r><w:t>appropriate</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> measures</w:t></w:r>' +
        '<w:r><w:footnoteReference w:id="3"/></w:r></w:p>' +
        '<w:p><w:pPr><w:rPr><w:del w:id="4" w:author="Egypt" w:date="2026-04-10T00:00:00Z"/></w:rPr></w:pPr><w:del w:id="5" w:author="Egypt" w:date="2026-04-10T00:00:00Z"><w:r><w:delText>a struck item;</w:delText></w:r></w:del></w:p>' +
        '<w:p><w:r><w:t>1</w:t><w:tab/><w:t>to report &amp; invite;</w:t></w:r></w:p>',
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>A/RES/70/125.</w:t></w:r></w:p></w:footnote>',
    );
    expect(acceptedText(bytes)).toEqual({
      paragraphs: ['to take appropriate measures', '1\tto report & invite;'],
      footnotes: ['A/RES/70/125.'],
    });
    const [first] = readDocx(bytes).paragraphs;
    expect(first.runs.map((run) => [run.revision, run.text, run.author ?? ''])).toEqual([
      ['plain', 'to take ', ''],
      ['delete', 'all possible', 'Egypt'],
      ['insert', 'appropriate', 'Egypt'],
      ['plain', ' measures', ''],
      ['plain', '', ''],
    ]);
  });

  it('opens the file as an upload: refuses what is not a Word package, and a part that declares a DTD, expanding no entity', () => {
    const refusal = (bytes: Uint8Array) => {
      try {
        readDocx(bytes);
      } catch (error) {
        return error instanceof UploadRefused ? error.code : 'other';
      }
      return 'read';
    };
    expect(refusal(strToU8('not a zip'))).toBe('not-a-zip');
    expect(refusal(zipSync({ 'word/other.xml': strToU8('<x/>') }))).toBe('not-a-word-document');
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><w:document ${W}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;
    expect(refusal(zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'word/document.xml': strToU8(laughs) }))).toBe(
      'xml-doctype-refused',
    );
    expect(refusal(docx('<w:p><w:r><w:t>unclosed</w:r></w:p>'))).toBe('xml-malformed');
  });
});
