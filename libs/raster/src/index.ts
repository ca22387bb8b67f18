/**
 * SVG to PNG on the server, without a browser (resvg), with bundled openly licensed fonts
 * (DejaVu Sans, which covers Latin and Arabic) so Arabic is shaped and laid out right to left on any machine.
 * No NestJS here.
 */
export * from './bundled-fonts';
export * from './svg-to-png';
export * from './rtl-text-anchors';
export * from './bundled-typeface';
