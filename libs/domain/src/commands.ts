import { CommentCommand } from './comment/comment-commands';
import { ConsultationCommand } from './consultation/consultation';
import { ContributionCommand } from './contribution/contribution-commands';
import { DocumentCommand } from './document/document-decide';
import { InputCommand } from './input/input-commands';
import { StakeholderCommand } from './stakeholder/stakeholder';

/** Every command the ledger decides, as the gateway sends it and `decide` receives it. */
export type LedgerCommand =
  StakeholderCommand | ConsultationCommand | DocumentCommand | ContributionCommand | InputCommand | CommentCommand;

/** The name of a ledger command: `RegisterStakeholder`, `ProposeAmendment`, … */
export type CommandKind = LedgerCommand['kind'];
