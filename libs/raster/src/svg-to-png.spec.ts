import { RasterError } from './bundled-fonts';
import { svgToPng } from './svg-to-png';
import { decodePng, inkBox, type DecodedPng } from './testing/decode-png';

const RESOLUTION_AR = 'القرار ١٣١ مشروع';
const RESOLUTION_EN = 'Resolution 131 (Rev.)';

function svgDocument(widthPx: number, heightPx: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${widthPx} ${heightPx}">${body}</svg>`;
}

/** One line of text in the web pages' font stack, anchored at its start (the right edge for Arabic). */
function line(text: string, x: number, y: number, direction: 'rtl' | 'ltr' = 'ltr'): string {
  const family = `system-ui,&quot;Segoe UI&quot;,&quot;Noto Sans&quot;,&quot;Noto Naskh Arabic&quot;,sans-serif`;
  return `<text x="${x}" y="${y}" font-size="32" direction="${direction}" font-family="${family}">${text}</text>`;
}

async function draw(svg: string): Promise<DecodedPng> {
  return decodePng(await svgToPng(svg));
}

describe('svgToPng', () => {
  const bilingual = svgDocument(
    400,
    120,
    `<text x="380" y="50" font-size="32" direction="rtl" font-family="Noto Naskh Arabic">${RESOLUTION_AR}</text>` +
      `<text x="20" y="100" font-size="24" font-family="Noto Sans">${RESOLUTION_EN}</text>`,
  );

  it('answers a valid PNG of the SVG size, or of the width asked for', async () => {
    const image = await draw(bilingual);
    expect([image.widthPx, image.heightPx]).toEqual([400, 120]);

    const wide = decodePng(await svgToPng(bilingual, { widthPx: 800 }));
    expect([wide.widthPx, wide.heightPx]).toEqual([800, 240]);
    const sharp = decodePng(await svgToPng(bilingual, { scale: 1.5 }));
    expect([sharp.widthPx, sharp.heightPx]).toEqual([600, 180]);
  });

  it('draws ink where each line of text is and nowhere else', async () => {
    const image = await draw(bilingual);
    const arabic = inkBox(image, { x: 0, y: 0, widthPx: 400, heightPx: 66 });
    const latin = inkBox(image, { x: 0, y: 66, widthPx: 400, heightPx: 54 });

    // Arabic starts at x = 380 and runs leftwards; Latin starts at x = 20 and runs rightwards.
    expect(arabic).toBeDefined();
    expect(arabic!.right).toBeLessThanOrEqual(381);
    expect(arabic!.right).toBeGreaterThan(370);
    expect(arabic!.left).toBeGreaterThan(100);
    expect(latin).toBeDefined();
    expect(latin!.left).toBeGreaterThanOrEqual(19);
    expect(latin!.left).toBeLessThan(30);
    expect(latin!.right).toBeGreaterThan(200);
    expect(latin!.bottom).toBeLessThanOrEqual(108);
    // The background stays transparent: no ink in the corners away from the text.
    expect(inkBox(image, { x: 0, y: 0, widthPx: 90, heightPx: 60 })).toBeUndefined();
    expect(inkBox(image, { x: 320, y: 70, widthPx: 80, heightPx: 50 })).toBeUndefined();
  });

  it('paints the background asked for', async () => {
    const image = decodePng(await svgToPng(svgDocument(10, 10, ''), { background: '#ffffff' }));
    expect(Array.from(image.rgba.subarray(0, 4))).toEqual([255, 255, 255, 255]);
  });

  it('joins the letters of an Arabic word (shaped, not a row of isolated letters)', async () => {
    // A zero-width non-joiner (U+200C) between letters forbids joining: each letter is drawn in
    // its isolated or final form, which is what an unshaped rendering would show for the whole
    // word. Joined letters overlap at their connections, so the shaped word is clearly narrower.
    const word = 'مستشار';
    const unjoined = [...word].join('\u200c');
    const joinedImage = await draw(svgDocument(400, 60, line(word, 20, 45)));
    const unjoinedImage = await draw(svgDocument(400, 60, line(unjoined, 20, 45)));
    const joinedWidth = inkBox(joinedImage)!.right - inkBox(joinedImage)!.left;
    const unjoinedWidth = inkBox(unjoinedImage)!.right - inkBox(unjoinedImage)!.left;

    expect(joinedWidth).toBeGreaterThan(40);
    expect(joinedWidth).toBeLessThan(unjoinedWidth * 0.8);
  });

  it('lays Arabic out right to left: the first letter is at the right', async () => {
    // An alef (a tall stroke) then a run of tatweel (a low joining line): read right to left,
    // the tall stroke must stand at the right end of the ink, not the left.
    const image = await draw(svgDocument(400, 80, line('ا ـــــــــــ', 380, 55, 'rtl')));
    const all = inkBox(image)!;
    const tallStroke = inkBox(image, { x: 0, y: all.top, widthPx: 400, heightPx: 8 })!;

    expect(all.right - all.left).toBeGreaterThan(60);
    expect(tallStroke.left).toBeGreaterThan(all.right - 20);
  });

  it('draws Arabic in a text whose first font has no Arabic (the pages’ font stack)', async () => {
    const image = await draw(svgDocument(400, 60, line(RESOLUTION_AR, 380, 45, 'rtl')));
    expect(inkBox(image)!.inkPixels).toBeGreaterThan(500);
  });

  it('draws a line that mixes Arabic with vowel marks, digits, brackets and Latin as one shaped line', async () => {
    // The marks (fatha, shadda) take no width: with them the line is as wide as without them.
    // (With a font stack, resvg drew such a line's letters as empty boxes, or nothing at all.)
    const marked = 'بالقرار 1332 (المعدَّل في 2019) CWG-WSIS&amp;SDG';
    const plain = 'بالقرار 1332 (المعدل في 2019) CWG-WSIS&amp;SDG';
    const markedInk = inkBox(await draw(svgDocument(700, 60, line(marked, 680, 45, 'rtl'))))!;
    const plainInk = inkBox(await draw(svgDocument(700, 60, line(plain, 680, 45, 'rtl'))))!;

    expect(plainInk.right - plainInk.left).toBeGreaterThan(400);
    expect(Math.abs(markedInk.right - markedInk.left - (plainInk.right - plainInk.left))).toBeLessThan(6);
    expect(markedInk.inkPixels).toBeGreaterThan(plainInk.inkPixels);
    expect(markedInk.inkPixels).toBeLessThan(plainInk.inkPixels * 1.1);
  });

  it('refuses what is not SVG, and sizes beyond the limit', async () => {
    await expect(svgToPng('<html>not svg</html>')).rejects.toBeInstanceOf(RasterError);
    await expect(svgToPng(bilingual, { widthPx: 100_000 })).rejects.toMatchObject({ code: 'too-large' });
    await expect(svgToPng(svgDocument(20_000, 10, ''))).rejects.toMatchObject({ code: 'too-large' });
  });
});
