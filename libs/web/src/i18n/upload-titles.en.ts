/** The title of a refused upload's problem details, in English (as the API documents it, PROBLEM_TYPES). */
export const uploadTitlesEn = {
  'uploadTitle.upload-too-large': 'Upload too large',
  'uploadTitle.not-a-zip': 'Not a Word document',
  'uploadTitle.not-a-word-document': 'Not a Word document',
  'uploadTitle.too-many-entries': 'Refused upload: too many entries',
  'uploadTitle.uncompressed-too-large': 'Refused upload: too large once decompressed',
  'uploadTitle.compression-ratio-too-high': 'Refused upload: compression ratio too high',
  'uploadTitle.damaged-archive': 'Refused upload: damaged archive',
  'uploadTitle.xml-doctype-refused': 'Refused upload: document type declaration',
  'uploadTitle.xml-malformed': 'Refused upload: malformed XML',
} as const;
