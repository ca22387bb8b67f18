import { CompilationView } from '../../apps/gateway/src/compilation';
import { findConflicts } from '#libs/text';
import { Said, SaidAmendment, listedUnder, provisionsOf } from './said-by-events';

/** The compilation an answer gives, reduced to what the events decide: per provision and section, the proposals in order with who, what and where they stand. */
export function reduced(view: CompilationView) {
  const proposal = (p: CompilationView['unplaced'][number]) => ({
    id: p.amendmentId,
    status: p.status,
    proposers: p.proposers.map((party) => [party.id, party.name, party.category]),
    coSponsors: p.coSponsors.map((party) => [party.id, party.name, party.category]),
    symbol: p.contribution?.symbol ?? null,
    draftedAgainst: p.draftedAgainst,
    decision: p.decision && {
      id: p.decision.id,
      ruling: p.decision.ruling,
      meeting: p.decision.meeting,
      date: p.decision.date,
      corrects: p.decision.corrects,
    },
    decisions: p.decisions.map((d) => [d.id, d.ruling, d.correctedBy ?? null]),
  });
  return {
    sections: view.sections.map((s) => ({ id: s.id, heading: s.heading, proposals: s.proposals.map(proposal) })),
    provisions: view.sections.flatMap((s) =>
      s.provisions.map((p) => ({
        id: p.id,
        sectionId: s.id,
        label: p.label,
        text: p.text,
        footnotes: p.footnotes,
        proposals: p.proposals.map(proposal),
      })),
    ),
    unplaced: view.unplaced.map(proposal),
  };
}

/** The same, computed from the events: the version's text, and the amendments drafted against it (with those left open at the current one). */
export function expectedCompilation(said: Said, versionNumber: number) {
  const current = Math.max(...said.versions.keys());
  const text = said.versions.get(versionNumber)!.text;
  const party = (id: string) => [id, said.stakeholders.get(id)?.name ?? id, said.stakeholders.get(id)?.category ?? null];
  const undecided = (a: SaidAmendment) => a.status === 'pending' || a.status === 'deferred';
  const on = [...said.amendments.values()]
    .filter((a) => a.versionNumber === versionNumber || (versionNumber === current && a.versionNumber < versionNumber && undecided(a)))
    .sort((a, b) => a.proposedPosition - b.proposedPosition);
  const proposal = (a: SaidAmendment) => {
    const inForce = [...a.decisions].reverse().find((d) => d.correctedBy === undefined);
    return {
      id: a.id,
      status: a.status,
      proposers: a.proposers.map(party),
      coSponsors: a.coSponsors.map(party),
      symbol: a.contributionSymbol ?? null,
      draftedAgainst: a.versionNumber,
      decision: inForce
        ? { id: inForce.id, ruling: inForce.ruling, meeting: inForce.meeting, date: inForce.date, corrects: inForce.corrects }
        : null,
      decisions: a.decisions.map((d) => [d.id, d.ruling, d.correctedBy ?? null]),
    };
  };
  const under = (where: { provision: string } | { section: string }) =>
    on.filter((a) => JSON.stringify(listedUnder(a.operation)) === JSON.stringify(where)).map(proposal);
  const provisions = provisionsOf(text);
  const sections = [...text.preamble, ...text.operative];
  return {
    expected: {
      sections: sections.map((s) => ({ id: s.id, heading: s.heading, proposals: under({ section: s.id }) })),
      provisions: provisions.map((p) => ({
        id: p.id,
        sectionId: p.sectionId,
        label: p.label,
        text: p.text,
        footnotes: p.footnotes.map((f) => f.text),
        proposals: under({ provision: p.id }),
      })),
      unplaced: on
        .filter((a) => {
          const where = listedUnder(a.operation);
          return 'provision' in where ? !provisions.some((p) => p.id === where.provision) : !sections.some((s) => s.id === where.section);
        })
        .map(proposal),
    },
    conflicts: findConflicts(
      on.filter(undecided).map((a) => ({ id: a.id, op: a.operation })),
      text,
    ),
  };
}
