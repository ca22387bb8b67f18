import { CreateEventStore1732400000000 } from './1732400000000-create-event-store';
import { CreateCommandIdempotency1732400200000 } from './1732400200000-create-command-idempotency';
import { IndexAmendmentProposals1732400250000 } from './1732400250000-index-amendment-proposals';
import { AuditHashChain1732400700000 } from './1732400700000-audit-hash-chain';
import { AppendInOneStatement1733200000000 } from './1733200000000-append-in-one-statement';
import { IndexSilences1732401750000 } from './1732401750000-index-silences';
import { AppendInGroups1732402000000 } from './1732402000000-append-in-groups';
import { KeepCanonicalBytes1732402400000 } from './1732402400000-keep-canonical-bytes';

/** The write side's schema, in order; the ledger service runs them at start. */
export const EVENT_STORE_MIGRATIONS = [
  CreateEventStore1732400000000,
  CreateCommandIdempotency1732400200000,
  IndexAmendmentProposals1732400250000,
  AuditHashChain1732400700000,
  AppendInOneStatement1733200000000,
  IndexSilences1732401750000,
  AppendInGroups1732402000000,
  KeepCanonicalBytes1732402400000,
];
