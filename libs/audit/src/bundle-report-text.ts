import { BundleDivergence } from './bundle-divergence';
import { BundleReport } from './bundle-report';
import { ProvenanceStep, ProvisionExplanation } from './replay';
import { AuditNoteText, englishNoteText, notesIn } from './audit-notes';
import { BundleReportSay, sayInEnglish } from './bundle-report-words';

const short = (hex: string | undefined) => (hex ? `${hex.slice(0, 16)}…` : '—');
const count = (n: number) => n.toLocaleString('en-US');

function describe(d: BundleDivergence, say: BundleReportSay): string {
  const where =
    d.position !== undefined
      ? say('bundle.where.position', { position: count(d.position) })
      : d.range
        ? say('bundle.where.positions', { from: count(d.range.from), to: count(d.range.to) })
        : d.checkpoint
          ? say('bundle.where.checkpoint', { size: count(d.checkpoint.treeSize) })
          : d.line !== undefined
            ? say('bundle.where.line', { line: count(d.line) })
            : say('bundle.where.bundle');
  const head = d.eventId
    ? say('bundle.divergence.ofEvent', { where, eventId: d.eventId, kind: d.kind })
    : say('bundle.divergence', { where, kind: d.kind });
  const values =
    d.expected || d.found ? `\n${say('bundle.divergence.values', { expected: short(d.expected), found: short(d.found) })}` : '';
  return `${head}\n      ${d.detail}${values}`;
}

function matching(matches: boolean | undefined, say: BundleReportSay): string {
  return say(matches ? 'bundle.match.matches' : matches === false ? 'bundle.match.differs' : 'bundle.match.notComparable');
}

/** The verdict on a bundle as a person reads it in a terminal, in English unless `say` gives another language. */
export function formatBundleReport(
  report: BundleReport,
  maxListed = 20,
  noteText: AuditNoteText = englishNoteText,
  say: BundleReportSay = sayInEnglish,
): string {
  const lines: string[] = [];
  lines.push(report.ok ? say('bundle.verdict.ok') : say('bundle.verdict.failed', { count: count(report.divergenceCount) }));
  lines.push(
    say('bundle.events', {
      events: count(report.events),
      head: count(report.headPosition),
      root: short(report.rootHash),
      chain: short(report.chainHash),
    }),
  );
  const key = report.key;
  // Key ids shown are computed from the keys themselves; what the header states is shown only beside them, when it differs.
  const carried =
    key.bundledKeyId === undefined
      ? say('bundle.key.carriesNone')
      : key.bundledKeyId === key.trustedKeyId
        ? say('bundle.key.carriesSame')
        : say('bundle.key.carriesAnother', { key: short(key.bundledKeyId) });
  const stated =
    key.statedKeyId !== undefined && key.statedKeyId !== key.bundledKeyId
      ? say('bundle.key.headerNames', { key: short(key.statedKeyId) })
      : '';
  lines.push(
    key.checkedWith === 'trusted'
      ? say('bundle.key.trusted', { key: short(key.trustedKeyId), carried, stated })
      : key.checkedWith === 'bundled'
        ? say('bundle.key.bundled', { key: short(key.bundledKeyId), stated })
        : say('bundle.key.none'),
  );
  const signatures = { valid: count(report.checkpoints.validSignatures), count: count(report.checkpoints.count) };
  lines.push(
    key.signedByKeyId
      ? say(key.checkedWith === 'trusted' ? 'bundle.signedBy.trusted' : 'bundle.signedBy.bundled', {
          key: short(key.signedByKeyId),
          ...signatures,
        })
      : report.checkpoints.count === 0
        ? say('bundle.signedBy.noCheckpoint')
        : key.checkedWith === 'none'
          ? say('bundle.signedBy.none')
          : say('bundle.signedBy.noneWithKey', { key: short(key.checkedWith === 'trusted' ? key.trustedKeyId : key.bundledKeyId) }),
  );
  const checkpoints = report.checkpoints;
  const latest = checkpoints.latest;
  lines.push(
    say('bundle.checkpoints', { count: count(checkpoints.count), valid: count(checkpoints.validSignatures) }) +
      (latest
        ? say('bundle.checkpoints.latest', {
            size: count(latest.treeSize),
            timestamp: latest.timestamp,
            root: matching(latest.rootMatches, say),
            chain: matching(latest.chainMatches, say),
          })
        : ''),
  );
  lines.push(
    say('bundle.inclusion', {
      valid: count(report.inclusion.valid),
      checked: count(report.inclusion.checked),
      size: count(report.inclusion.treeSize),
    }),
  );
  lines.push(say('bundle.consistency', { valid: count(report.consistency.valid), checked: count(report.consistency.checked) }));
  if (report.firstDivergence) {
    lines.push('', say('bundle.firstDivergence', { divergence: describe(report.firstDivergence, say) }));
    const others = report.divergences.slice(1, maxListed + 1);
    if (others.length > 0) {
      lines.push('', say('bundle.furtherDivergences'));
      for (const d of others) lines.push(`  - ${describe(d, say)}`);
      const unlisted = report.divergenceCount - 1 - others.length;
      if (unlisted > 0) lines.push(say('bundle.moreDivergences', { count: count(unlisted) }));
    }
  }
  if (report.notes.length > 0) lines.push('', ...notesIn(report, noteText).map((note) => say('bundle.note', { note })));
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

/** The explanation as a person reads it, in English unless `say` gives another language. */
export function formatExplanation(explanation: CitedExplanation, say: BundleReportSay = sayInEnglish): string {
  const p = explanation.provision;
  const lines: string[] = [];
  const moment =
    explanation.at.position !== undefined
      ? say('bundle.why.atPosition', { position: explanation.at.position })
      : explanation.at.time !== undefined
        ? say('bundle.why.asOf', { time: explanation.at.time })
        : say('bundle.why.now');
  lines.push(
    say('bundle.why.heading', {
      document: explanation.symbol ?? explanation.documentId,
      label: p.printedLabel || p.label || p.id,
      reference: p.reference,
      id: p.id,
      section: p.sectionHeading || say('bundle.why.untitledSection'),
      moment,
    }),
  );
  lines.push(
    say('bundle.why.version', {
      number: explanation.versionNumber,
      label: explanation.versionLabel,
      position: explanation.at.lastPosition,
    }),
  );
  lines.push(say('bundle.why.text', { text: `${p.printedLabel ? `${p.printedLabel} ` : ''}${p.text}` }));
  for (const footnote of p.footnotes) lines.push(say('bundle.why.footnote', { footnote }));
  lines.push('');
  for (const step of explanation.steps) {
    const proof = step.inclusion
      ? step.inclusion.valid
        ? say('bundle.why.included', { size: step.inclusion.treeSize, hashes: step.inclusion.proof.length })
        : say('bundle.why.proofFails')
      : say('bundle.why.notCovered');
    lines.push(
      say('bundle.why.step', {
        mark: step.decisive ? '*' : '-',
        position: step.position,
        type: step.type,
        eventId: step.eventId,
        hash: short(step.hash),
        summary: step.summary,
      }),
    );
    const where = [step.meeting, step.date].filter(Boolean).join(', ');
    if (where) lines.push(step.actor ? say('bundle.why.atBy', { where, actor: step.actor }) : say('bundle.why.at', { where }));
    else if (step.actor) lines.push(say('bundle.why.by', { actor: step.actor }));
    if (step.wordingBefore !== undefined && step.wordingAfter !== undefined && step.wordingBefore !== step.wordingAfter) {
      lines.push(say('bundle.why.before', { words: step.wordingBefore }), say('bundle.why.after', { words: step.wordingAfter }));
    } else if (step.wordingAfter !== undefined && (step.kind === 'registered' || step.wordingBefore === undefined)) {
      lines.push(say('bundle.why.words', { words: step.wordingAfter }));
    }
    lines.push(proof);
  }
  lines.push('', say('bundle.why.legend'));
  return `${lines.join('\n')}\n`;
}
