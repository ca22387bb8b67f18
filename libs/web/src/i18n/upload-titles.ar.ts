import type { uploadTitlesEn } from './upload-titles.en';

/** عنوان تفاصيل المشكلة لملف مرفوع مرفوض، بالعربية. */
export const uploadTitlesAr: Record<keyof typeof uploadTitlesEn, string> = {
  'uploadTitle.upload-too-large': 'الملف المرفوع كبير جداً',
  'uploadTitle.not-a-zip': 'ليس وثيقة Word',
  'uploadTitle.not-a-word-document': 'ليس وثيقة Word',
  'uploadTitle.too-many-entries': 'رُفض الملف: أجزاؤه كثيرة جداً',
  'uploadTitle.uncompressed-too-large': 'رُفض الملف: كبير جداً بعد فك ضغطه',
  'uploadTitle.compression-ratio-too-high': 'رُفض الملف: نسبة ضغطه عالية جداً',
  'uploadTitle.damaged-archive': 'رُفض الملف: أرشيف تالف',
  'uploadTitle.xml-doctype-refused': 'رُفض الملف: إعلان نوع وثيقة',
  'uploadTitle.xml-malformed': 'رُفض الملف: XML غير سليم البنية',
};
