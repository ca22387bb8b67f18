import { BundleDivergence } from './bundle-divergence';
import { BundleReport } from './bundle-report';
import { ProvenanceStep, ProvisionExplanation } from './replay';
import { AuditNoteText, englishNoteText, notesIn } from './audit-notes';

const short = (hex: string | undefined) => (hex ? `${hex.slice(0, 16)}…` : '—');
const count = (n: number) => n.toLocaleString('en-US');

function describe(d: BundleDivergence): string {
  const where =
    d.position !== undefined
      ? `position ${count(d.position)}`
      : d.range
        ? `positions ${count(d.range.from)}..${count(d.range.to)}`
        : d.checkpoint
          ? `checkpoint of ${count(d.checkpoint.treeSize)} events`
          : d.line !== undefined
            ? `line ${count(d.line)}`
            : 'the bundle';
  const event = d.eventId ? ` (event ${d.eventId})` : '';
  const values = d.expected || d.found ? `\n      expected ${short(d.expected)}  found ${short(d.found)}` : '';
  return `${where}${event}: ${d.kind}\n      ${d.detail}${values}`;
}

/** The verdict on a bundle as a person reads it in a terminal. */
export function formatBundleReport(report: BundleReport, maxListed = 20, noteText: AuditNoteText = englishNoteText): string {
  const lines: string[] = [];
  lines.push(`verify-bundle: ${report.ok ? 'OK' : `FAILED (${count(report.divergenceCount)} problem(s))`}`);
  lines.push(
    `  events       ${count(report.events)}, positions 1..${count(report.headPosition)}; root ${short(report.rootHash)} chain ${short(report.chainHash)}`,
  );
  const key = report.key;
  // Key ids shown are computed from the keys themselves; what the header states is shown only beside them, when it differs.
  const carried =
    key.bundledKeyId === undefined
      ? 'the bundle carries no usable key'
      : key.bundledKeyId === key.trustedKeyId
        ? 'the bundle carries the same key'
        : `the bundle carries ANOTHER key, ${short(key.bundledKeyId)}`;
  const stated =
    key.statedKeyId !== undefined && key.statedKeyId !== key.bundledKeyId
      ? `; its header names ${short(key.statedKeyId)}, which is NOT the key it carries`
      : '';
  lines.push(
    `  public key   ${
      key.checkedWith === 'trusted'
        ? `checked with the trusted key ${short(key.trustedKeyId)} given on the command line (${carried}${stated})`
        : key.checkedWith === 'bundled'
          ? `checked with the key the bundle carries (${short(key.bundledKeyId)}${stated}) — NOT INDEPENDENT: the bundle's own key proves nothing by itself; give the ledger's published key with --public-key`
          : 'none'
    }`,
  );
  lines.push(
    `  signed by    ${
      key.signedByKeyId
        ? `key ${short(key.signedByKeyId)}${key.checkedWith === 'trusted' ? ' (the trusted key)' : ' (the key the bundle carries)'}: ${count(report.checkpoints.validSignatures)} of ${count(report.checkpoints.count)} checkpoint signature(s) verify with it`
        : report.checkpoints.count === 0
          ? 'nothing: the bundle holds no checkpoint'
          : `no checkpoint signature verifies with the key checked${key.checkedWith === 'none' ? '' : ` (${short(key.checkedWith === 'trusted' ? key.trustedKeyId : key.bundledKeyId)})`}`
    }`,
  );
  const checkpoints = report.checkpoints;
  const latest = checkpoints.latest;
  lines.push(
    `  checkpoints  ${count(checkpoints.count)} (${count(checkpoints.validSignatures)} with a valid signature)` +
      (latest
        ? `; latest covers ${count(latest.treeSize)} events, signed ${latest.timestamp}: root ${latest.rootMatches ? 'matches' : latest.rootMatches === false ? 'DIFFERS' : 'not comparable'}, chain ${latest.chainMatches ? 'matches' : latest.chainMatches === false ? 'DIFFERS' : 'not comparable'}`
        : ''),
  );
  lines.push(
    `  inclusion    ${count(report.inclusion.valid)} of ${count(report.inclusion.checked)} proofs lead to the signed root of ${count(report.inclusion.treeSize)} events`,
  );
  lines.push(
    `  consistency  ${count(report.consistency.valid)} of ${count(report.consistency.checked)} proofs between successive checkpoints verify`,
  );
  if (report.firstDivergence) {
    lines.push('', `first divergence at ${describe(report.firstDivergence)}`);
    const others = report.divergences.slice(1, maxListed + 1);
    if (others.length > 0) {
      lines.push('', 'further divergences:');
      for (const d of others) lines.push(`  - ${describe(d)}`);
      const unlisted = report.divergenceCount - 1 - others.length;
      if (unlisted > 0) lines.push(`  … and ${count(unlisted)} more (use --json for the list kept)`);
    }
  }
  if (report.notes.length > 0) lines.push('', ...notesIn(report, noteText).map((note) => `note: ${note}`));
  return `${lines.join('\n')}\n`;
}

/** An event of an explanation with what proves it: its hash and its inclusion proof under a signed checkpoint. */
export interface CitedStep extends ProvenanceStep {
  /** The event hash recomputed from the event (lowercase hex). */
  readonly hash?: string;
  readonly inclusion?: {
    readonly treeSize: number;
    readonly proof: readonly string[];
    /** The signed root it leads to, when it does. */
    readonly rootHash?: string;
    readonly valid: boolean;
  };
}

export interface CitedExplanation extends Omit<ProvisionExplanation, 'steps'> {
  readonly steps: readonly CitedStep[];
}

/** Attaches to each step of an explanation its event's hash and inclusion proof. */
export function citeSteps(
  explanation: ProvisionExplanation,
  proofOf: (position: number) => Pick<CitedStep, 'hash' | 'inclusion'> | undefined,
): CitedExplanation {
  return { ...explanation, steps: explanation.steps.map((step) => ({ ...step, ...proofOf(step.position) })) };
}

/** The explanation as a person reads it. */
export function formatExplanation(explanation: CitedExplanation): string {
  const p = explanation.provision;
  const lines: string[] = [];
  const moment =
    explanation.at.position !== undefined
      ? `at position ${explanation.at.position}`
      : explanation.at.time !== undefined
        ? `as of ${explanation.at.time}`
        : 'now';
  lines.push(
    `why ${explanation.symbol ?? explanation.documentId} ${p.printedLabel || p.label || p.id} (${p.reference}, id ${p.id}, ${p.sectionHeading || 'untitled section'}) reads as it does ${moment}:`,
  );
  lines.push(
    `  version ${explanation.versionNumber} (${explanation.versionLabel}) with the decisions since; last event of the document: position ${explanation.at.lastPosition}`,
  );
  lines.push(`  text: ${p.printedLabel ? `${p.printedLabel} ` : ''}${p.text}`);
  for (const footnote of p.footnotes) lines.push(`  footnote: ${footnote}`);
  lines.push('');
  for (const step of explanation.steps) {
    const proof = step.inclusion
      ? step.inclusion.valid
        ? `included under the checkpoint of ${step.inclusion.treeSize} events (proof of ${step.inclusion.proof.length} hashes verifies)`
        : `inclusion proof DOES NOT verify`
      : 'no checkpoint covers it yet';
    lines.push(
      `  ${step.decisive ? '*' : '-'} position ${step.position} ${step.type} (event ${step.eventId}, hash ${short(step.hash)}): ${step.summary}`,
    );
    if (step.meeting || step.date)
      lines.push(`      at ${[step.meeting, step.date].filter(Boolean).join(', ')}${step.actor ? `, by ${step.actor}` : ''}`);
    else if (step.actor) lines.push(`      by ${step.actor}`);
    if (step.wordingBefore !== undefined && step.wordingAfter !== undefined && step.wordingBefore !== step.wordingAfter) {
      lines.push(`      before: ${step.wordingBefore}`, `      after:  ${step.wordingAfter}`);
    } else if (step.wordingAfter !== undefined && (step.kind === 'registered' || step.wordingBefore === undefined)) {
      lines.push(`      words:  ${step.wordingAfter}`);
    }
    lines.push(`      ${proof}`);
  }
  lines.push('', '  * gave the provision its words; - context (contribution, relettering, reservation)');
  return `${lines.join('\n')}\n`;
}
