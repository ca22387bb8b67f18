/** Why an uploaded file was refused: each code is one kind of hostile or wrong file, stable for clients. */
export type UploadRefusalCode =
  /** More bytes than the upload limit allows. */
  | 'upload-too-large'
  /** Not a zip container (a PDF, an image, text...), whatever name or content type it was sent with. */
  | 'not-a-zip'
  /** A zip, but not a Word document: no `[Content_Types].xml` naming a WordprocessingML main part. */
  | 'not-a-word-document'
  /** More entries in the archive than the limit allows. */
  | 'too-many-entries'
  /** More bytes once decompressed than the limit allows (a zip bomb). */
  | 'uncompressed-too-large'
  /** An entry that decompresses to many times its size (a zip bomb). */
  | 'compression-ratio-too-high'
  /** A damaged archive: an entry does not decompress. */
  | 'damaged-archive'
  /** XML carrying a document type declaration: entities and DTDs are never processed (XXE, billion laughs). */
  | 'xml-doctype-refused'
  /** XML that does not parse. */
  | 'xml-malformed';

/** A refusal of an uploaded file; the gateway turns it into problem details and records nothing. */
export class UploadRefused extends Error {
  constructor(
    readonly code: UploadRefusalCode,
    message: string,
    /** The archive entry concerned, where there is one. */
    readonly part?: string,
  ) {
    super(message);
    this.name = 'UploadRefused';
  }
}
