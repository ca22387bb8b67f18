import type { Response } from 'express';
import { pngDownload } from './png-download';

function recordingResponse(): { response: Response; headers: Map<string, string> } {
  const headers = new Map<string, string>();
  const response = { setHeader: (name: string, value: string) => headers.set(name, value) } as unknown as Response;
  return { response, headers };
}

describe('pngDownload', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

  it('answers the PNG as an attachment named in ASCII and UTF-8, in the language of its words', () => {
    const { response, headers } = recordingResponse();
    const file = pngDownload(response, png, 'خريطة-الخلاف.png', 'ar');
    const options = file.getHeaders();

    expect(options.type).toBe('image/png');
    expect(options.length).toBe(4);
    expect(options.disposition).toBe(`attachment; filename="_____-______.png"; filename*=UTF-8''${encodeURIComponent('خريطة-الخلاف.png')}`);
    expect(headers.get('Content-Language')).toBe('ar');
  });

  it('shows the picture in place when asked', () => {
    const { response } = recordingResponse();
    expect(pngDownload(response, png, 'contention.png', 'en', 'inline').getHeaders().disposition).toBe('inline; filename="contention.png"');
  });
});
