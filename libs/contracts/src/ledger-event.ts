import type { CommentEvent } from './comment-events';
import type { ConsultationEvent } from './consultation-events';
import type { ContributionEvent } from './contribution-events';
import type { DocumentEvent } from './document-events';
import type { InputEvent } from './input-events';
import type { StakeholderEvent } from './stakeholder-events';

/** Every event the ledger records, in its current schema; `switch (event.type)` narrows the payload. */
export type LedgerEvent = StakeholderEvent | ConsultationEvent | DocumentEvent | ContributionEvent | InputEvent | CommentEvent;

/** The name of an event type the ledger records: `AmendmentProposed`. */
export type EventType = LedgerEvent['type'];
