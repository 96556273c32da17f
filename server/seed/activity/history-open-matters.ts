import { addCalendarDays } from '@core/calendar';
import type { MatterSpec } from './activity-rows';
import { at, type HistoryDraws, later, MINUTE } from './history-draws';
import type { HistoryLawyer } from './history-shape';
import { FEATURED_LAWYER_SHARE, OPEN_STAGES } from './history-shares';

/**
 * Leaves a recent matter at a stage matching its age (OPEN_STAGES), for a settled history's last working
 * days (HistoryShape.openDays): `days` are the working days from its application (days[0]) to yesterday.
 * Every step is on one of them, after the one before, and within its deadline. `fromTicket`: applied at the
 * hall's window. The assigned lawyer is from `team.lawyers`, the featured one (if any) for a share.
 */
export function openMatter(
  spec: MatterSpec,
  days: string[],
  fromTicket: boolean,
  draws: HistoryDraws,
  team: { lawyers: readonly HistoryLawyer[]; featured?: HistoryLawyer | undefined },
): void {
  const { random } = draws;
  const age = days.length;
  const x = random();
  const table = OPEN_STAGES.find((s) => age <= s.maxAge)!.stages;
  let stage = table.find(([p]) => x < p)![1];
  // An application made at the hall's window was accepted there; an 'applied' one came online.
  if (stage === 'applied' && fromTicket) stage = 'under-review';
  const last = age - 1;
  const dayAt = (j: number, minutes: number, after: Date, gap: number) =>
    later(at(days[Math.max(0, Math.min(last, j))]!, minutes), after, gap);
  const daytime = () => 9 * 60 + Math.floor(random() * 7 * 60);
  spec.status = stage;
  if (stage === 'applied') {
    spec.channel = 'online';
    spec.acceptedAt = null;
    return;
  }
  const accepted = spec.acceptedAt!;
  if (stage === 'under-review') return;
  if (stage === 'materials-requested') {
    spec.materials = {
      requestedAt: dayAt(last, daytime(), accepted, 20),
      dueDate: addCalendarDays(days[0]!, 7),
      withdrawnAt: null,
    };
    return;
  }
  if (stage === 'reviewed') {
    spec.reviewedAt = dayAt(last, daytime(), accepted, 20);
    return;
  }
  // The decision within the first three working days (7 calendar days at most); a grant still awaiting
  // assignment was made on the last one, an assignment not yet accepted is of the last two.
  const assignDay =
    stage === 'assigned' ? last - (random() < 0.5 ? 1 : 0) : Math.min(last, Math.floor(random() * 3));
  const decideDay =
    stage === 'granted'
      ? last
      : stage === 'assigned'
        ? Math.max(0, assignDay - Math.floor(random() * 2))
        : Math.min(last, Math.floor(random() * 3));
  const decidedAt = dayAt(decideDay, 10 * 60 + Math.floor(random() * 5 * 60), accepted, 30);
  if (stage === 'refused') {
    spec.refusedAt = decidedAt;
    return;
  }
  spec.approvedAt = decidedAt;
  if (stage === 'granted') return;
  const assignedAt = dayAt(Math.max(assignDay, decideDay), daytime(), decidedAt, 30);
  const lawyer =
    team.featured && random() < FEATURED_LAWYER_SHARE
      ? team.featured
      : team.lawyers.length
        ? draws.pickLawyer()
        : undefined;
  spec.assignedAt = assignedAt;
  spec.assignedLawyerId = lawyer?.id ?? null;
  spec.assignedLawyerName = lawyer?.name ?? null;
  if (stage === 'assigned') return;
  // In progress: the 委托协议 signed and aid started, the same or the next working day.
  const startDay = Math.min(last, Math.max(assignDay, decideDay) + (random() < 0.5 ? 1 : 0));
  spec.agreementSignedAt = dayAt(startDay, 14 * 60 + Math.floor(random() * 150), assignedAt, 30);
  spec.aidStartedAt = new Date(spec.agreementSignedAt.getTime() + 10 * MINUTE);
}
