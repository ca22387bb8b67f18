/**
 * Each picture in one call, figures in and SVG out, in an interface language: what the pages
 * embed and the downloads send (and what a raster export converts).
 */
import {
  ContentionFigures,
  ContentionMapOptions,
  ParticipationFigures,
  PictureLanguage,
  PictureWords,
  ProgressFigures,
  contentionMapSvg,
  participationSvg,
  progressSvg,
} from '#libs/pictures';
import { Locale, directionOf } from './i18n/locale';
import { translator } from './i18n/translate';

/** The words of the pictures in an interface language. */
export function pictureLanguage(locale: Locale): PictureLanguage {
  return { locale, direction: directionOf(locale), t: translator(locale) as PictureWords };
}

/** The contention map of a document as SVG. */
export function contentionPicture(figures: ContentionFigures, locale: Locale, options?: ContentionMapOptions): string {
  return contentionMapSvg(figures, pictureLanguage(locale), options);
}

/** The participation in a consultation as SVG. */
export function participationPicture(figures: ParticipationFigures, locale: Locale): string {
  return participationSvg(figures, pictureLanguage(locale));
}

/** The progress of a consultation's negotiation as SVG. */
export function progressPicture(figures: ProgressFigures, locale: Locale): string {
  return progressSvg(figures, pictureLanguage(locale));
}
