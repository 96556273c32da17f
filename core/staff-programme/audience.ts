/**
 * Who the staff programme (队伍教育整顿, issue #8) is for: the bureau's own staff — the bureau, its public legal
 * service center, its legal-aid agency, the notary office it runs, the mediation committees it guides. Not
 * the lawyers of private law firms (律师事务所): they practise in firms the bureau licenses and supervises
 * (律师法 第四条: 司法行政部门依照本法对律师、律师事务所和律师协会进行监督、指导), they are not its staff, and
 * they have their own trade's education (the bar association's). Their accounts exist for legal-aid
 * assignments and the lawyer team; they are never due (应到) at a session and see no plan.
 *
 * Organisation kinds as `organisations.kind` stores them (server/use-cases/organisations/org-kinds.ts).
 */
export const ORG_KINDS_OUTSIDE_PROGRAMME = ['law-firm'] as const;

/** Whether staff of an organisation of `kind` belong to the programme's audience. */
export function isProgrammeOrgKind(kind: string): boolean {
  return !(ORG_KINDS_OUTSIDE_PROGRAMME as readonly string[]).includes(kind);
}
