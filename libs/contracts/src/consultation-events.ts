import { NewEvent } from './recorded-event';

/** The six official languages of the United Nations. */
export const UN_LANGUAGES = ['ar', 'en', 'fr', 'es', 'ru', 'zh'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

export const CONSULTATION_REGISTERED = 'ConsultationRegistered';

export interface ConsultationRegisteredV1 {
  readonly consultationId: string;
  readonly title: string;
  /** The body that holds the consultation: "ITU Council", "CWG-WSIS&SDG", "UNGA Second Committee". */
  readonly body: string;
  readonly subject: string;
  readonly originalLanguage: UnLanguage;
}

export type ConsultationRegistered = NewEvent<ConsultationRegisteredV1> & {
  readonly type: typeof CONSULTATION_REGISTERED;
  readonly schemaVersion: 1;
};

export function consultationRegistered(payload: ConsultationRegisteredV1): ConsultationRegistered {
  return { type: CONSULTATION_REGISTERED, schemaVersion: 1, payload };
}

export function consultationStreamId(consultationId: string): string {
  return `consultation-${consultationId}`;
}
