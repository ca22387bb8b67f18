import { Provider } from '@nestjs/common';
import { AppConfig } from '#libs/platform';
import { PdfPrinter } from './pdf-printer';

export { PdfPrinter, PrintablePage } from './pdf-printer';

/** One printer per gateway: its browser is launched on the first PDF and closed with the module. */
export function pdfPrinterProvider(config: AppConfig): Provider {
  return { provide: PdfPrinter, useFactory: () => new PdfPrinter(config.pdf) };
}
