/** The Akoma Ntoso 3.0 namespace (OASIS LegalDocML, Akoma Ntoso Version 1.0). */
export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** The namespace of the ledger's fields in `proprietary` and of its few foreign attributes. */
export const LEDGER_NAMESPACE = 'urn:consultation-ledger:akoma-ntoso:1';
export const LEDGER_PREFIX = 'ledger';

/** The media type of an Akoma Ntoso file. */
export const AKN_MEDIA_TYPE = 'application/akn+xml';
