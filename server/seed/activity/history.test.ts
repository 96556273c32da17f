import { addCalendarDays, businessDateOf } from '@core/calendar';
import { ticketOutcomes } from '@core/queue/ticket-status';
import { describe, expect, it } from 'vitest';
import { generateHistory, TICKET_TO_MATTER_SHARE } from './history';

describe('generateHistory: the hall keeps the official calendar', () => {
  const days = [
    ...generateHistory({
      from: '2026-09-18',
      to: '2026-10-12',
      today: '2026-10-13',
      seed: 'calendar-test',
      centers: [
        {
          orgId: 'center',
          windows: [{ id: 'w1', services: ['consultation', 'legal-aid'] }],
          ticketsPerDay: 40,
        },
      ],
      agencies: [
        { orgId: 'agency', prefix: '包', regionCode: '150200', mattersPerDay: 3, personIds: ['p1', 'p2'] },
      ],
      lawyers: [{ id: 'l1', name: '周志远' }],
      consultationUserIds: ['u1'],
      settleAll: true,
    }),
  ];
  const busy = (date: string) => {
    const day = days.find((d) => d.date === date)!;
    return day.tickets.length + day.matters.length;
  };

  it('has no visitors on 中秋 (09-25), 国庆 (10-01…10-07) or an ordinary weekend (10-11)', () => {
    for (const date of ['2026-09-25', '2026-10-01', '2026-10-04', '2026-10-07', '2026-10-11'])
      expect([date, busy(date)]).toEqual([date, 0]);
  });

  it('has visitors on the make-up working days (Sunday 09-20, Saturday 10-10) and ordinary weekdays', () => {
    for (const date of ['2026-09-20', '2026-10-10', '2026-09-18', '2026-10-09', '2026-10-12'])
      expect(busy(date), date).toBeGreaterThan(0);
  });
});

describe('generateHistory: visits become matters, the work spreads over the team', () => {
  const lawyers = Array.from({ length: 12 }, (_, i) => ({
    id: `l${i}`,
    name: `律师${i}`,
    weight: 0.5 + (i % 3) * 0.5,
  }));
  const duty = ['u1', 'u2', 'u3', 'u4', 'u5'];
  const shape = {
    from: '2026-03-02',
    to: '2026-05-29',
    today: '2026-05-30',
    seed: 'links-test',
    centers: [
      {
        orgId: 'center',
        windows: [
          { id: 'w1', services: ['consultation'] },
          { id: 'w2', services: ['legal-aid'] },
          { id: 'w3', services: ['mediation', 'notarization'] },
        ],
        ticketsPerDay: 50,
        legalAidAgencyOrgId: 'aid',
      },
    ],
    agencies: [
      { orgId: 'aid', prefix: '包', regionCode: '150200', mattersPerDay: 1.5, personIds: ['p1', 'p2'] },
      { orgId: 'county-aid', prefix: '东', regionCode: '150202', mattersPerDay: 0.6, personIds: ['p3'] },
    ],
    lawyers,
    consultationUserIds: duty,
    settleAll: true,
  };
  const days = [...generateHistory(shape)];
  const tickets = days.flatMap((d) => d.tickets);
  const matters = days.flatMap((d) => d.matters);

  it('links a share of the finished legal-aid tickets to the applications they became, both ways', () => {
    const finishedAid = tickets.filter(
      (t) => t.ticket.serviceCode === 'legal-aid' && t.ticket.status === 'finished',
    );
    const linked = tickets.filter((t) => t.ticket.matterId !== null);
    expect(linked.length).toBeGreaterThan(50);
    // Only finished legal-aid tickets at the hall with an agency, about TICKET_TO_MATTER_SHARE of them.
    expect(linked.every((t) => t.ticket.serviceCode === 'legal-aid' && t.ticket.status === 'finished')).toBe(
      true,
    );
    const share = linked.length / finishedAid.length;
    expect(share).toBeGreaterThan(TICKET_TO_MATTER_SHARE - 0.1);
    expect(share).toBeLessThan(TICKET_TO_MATTER_SHARE + 0.1);
    const byNumber = new Map(matters.map((m) => [m.matter.number, m.matter]));
    for (const { ticket, actions } of linked) {
      const matter = byNumber.get(ticket.matterId!);
      expect(matter, ticket.matterId!).toBeDefined();
      // The application was made at the window (the agency the hall registers for) as the visit ended.
      expect(matter!).toMatchObject({ ticketId: ticket.id, orgId: 'aid', channel: 'window' });
      expect(matter!.appliedAt).toEqual(ticket.finishedAt);
      expect(ticket.outcome).toBe('matter-opened');
      expect(actions.find((a) => a.action === 'finish')!.payload).toEqual({
        outcome: 'matter-opened',
        matterId: ticket.matterId,
      });
    }
    // Every matter with a ticket is the one its ticket names; others came from elsewhere.
    const withTicket = matters.filter((m) => m.matter.ticketId);
    expect(withTicket).toHaveLength(linked.length);
    expect(matters.filter((m) => m.matter.orgId === 'county-aid').every((m) => !m.matter.ticketId)).toBe(
      true,
    );
  });

  it('numbers each agency’s applications, from the hall and elsewhere, in the order they were made', () => {
    for (const orgId of ['aid', 'county-aid']) {
      const own = matters.map((m) => m.matter).filter((m) => m.orgId === orgId);
      expect(own.map((m) => m.seq)).toEqual(own.map((_, i) => i + 1));
      const times = own.map((m) => (m.appliedAt as Date).getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('spreads legal aid over the team (weighted) and consultations over the rota: nobody above 25 %', () => {
    const count = (ids: (string | null | undefined)[]) => {
      const n = new Map<string, number>();
      for (const id of ids) if (id) n.set(id, (n.get(id) ?? 0) + 1);
      return n;
    };
    const assigned = count(matters.map((m) => m.matter.assignedLawyerId));
    const assignedTotal = [...assigned.values()].reduce((a, b) => a + b, 0);
    expect(assignedTotal).toBeGreaterThan(200);
    expect(assigned.size).toBe(lawyers.length);
    expect(Math.max(...assigned.values()) / assignedTotal).toBeLessThanOrEqual(0.25);
    // Weighted: the weight-1.5 lawyers together take more than the weight-0.5 ones.
    const sumOf = (weight: number) =>
      lawyers.filter((l) => l.weight === weight).reduce((s, l) => s + (assigned.get(l.id) ?? 0), 0);
    expect(sumOf(1.5)).toBeGreaterThan(sumOf(0.5));
    const consulted = count(
      tickets.flatMap((t) => t.actions.filter((a) => a.action === 'finish').map((a) => a.actorId)),
    );
    const consultedTotal = [...consulted.values()].reduce((a, b) => a + b, 0);
    expect([...consulted.keys()].sort()).toEqual(duty);
    expect(Math.max(...consulted.values()) / consultedTotal).toBeLessThanOrEqual(0.25);
  });

  it('ends every finished ticket with one of the console’s outcomes (core ticketOutcomes)', () => {
    const finished = tickets.filter((t) => t.ticket.status === 'finished');
    expect(finished.length).toBeGreaterThan(100);
    for (const { ticket } of finished) expect(ticketOutcomes).toContain(ticket.outcome);
    expect(
      finished.filter((t) => t.ticket.matterId === null).every((t) => t.ticket.outcome === 'resolved'),
    ).toBe(true);
  });

  it('is the same history again from the same seed', () => {
    const view = (list: typeof days) =>
      list.flatMap((d) => [
        ...d.tickets.map((t) => [t.ticket.number, t.ticket.status, t.ticket.finishedAt, t.ticket.matterId]),
        ...d.matters.map((m) => [
          m.matter.number,
          m.matter.status,
          m.matter.appliedAt,
          m.matter.assignedLawyerId,
        ]),
      ]);
    expect(view([...generateHistory(shape)])).toEqual(view(days));
  });
});

describe('generateHistory: the recent applications of a settled history are still open', () => {
  const today = '2026-06-03';
  const shape = {
    from: '2026-03-02',
    to: '2026-06-02',
    today,
    seed: 'open-test',
    centers: [],
    agencies: [
      { orgId: 'aid', prefix: '包', regionCode: '150200', mattersPerDay: 4, personIds: ['p1'] },
      { orgId: 'county-aid', prefix: '东', regionCode: '150202', mattersPerDay: 2, personIds: ['p2'] },
    ],
    lawyers: [
      { id: 'l1', name: '周志远', userId: 'u1' },
      { id: 'l2', name: '律师2', userId: null },
      { id: 'l3', name: '律师3' },
    ],
    featuredLawyerId: 'l1',
    consultationUserIds: [],
    settleAll: true,
    openDays: 10,
  };
  const matters = [...generateHistory(shape)].flatMap((d) => d.matters.map((m) => m.matter));
  const appliedOn = (m: (typeof matters)[number]) => businessDateOf(m.appliedAt as Date);

  it('leaves matters at each open stage, the newest before the decision, none of the last 3 days archived', () => {
    const statuses = new Set(matters.map((m) => m.status));
    for (const stage of ['applied', 'under-review', 'reviewed', 'granted', 'assigned', 'in-progress'])
      expect(statuses, stage).toContain(stage);
    const yesterday = matters.filter((m) => appliedOn(m) === '2026-06-02');
    expect(yesterday.length).toBeGreaterThan(0);
    for (const m of yesterday) expect(['applied', 'under-review', 'reviewed']).toContain(m.status);
    const lastThree = matters.filter((m) => appliedOn(m) >= addCalendarDays(today, -3));
    expect(lastThree.filter((m) => m.status === 'archived' || m.status === 'closed')).toEqual([]);
    // Older than the open band: settled.
    const old = matters.filter((m) => appliedOn(m) < '2026-05-15');
    expect(old.every((m) => ['archived', 'refused', 'deemed-withdrawn'].includes(m.status))).toBe(true);
  });

  it('gives the featured lawyer a share of the open assigned matters, with their account', () => {
    const open = matters.filter((m) => m.status === 'assigned' || m.status === 'in-progress');
    const featured = open.filter((m) => m.assignedLawyerId === 'l1');
    expect(featured.length).toBeGreaterThan(0);
    expect(featured.length).toBeLessThan(open.length);
    expect(featured.every((m) => m.assignedUserId === 'u1')).toBe(true);
    expect(matters.filter((m) => m.assignedLawyerId === 'l2').every((m) => m.assignedUserId === null)).toBe(
      true,
    );
  });

  it('puts the signed commitment on file for commitment-evidenced matters at or past the grant', () => {
    const rows = [...generateHistory(shape)].flatMap((d) => d.matters);
    const past = rows.filter(
      (r) =>
        r.matter.hardshipMethod === 'commitment' &&
        ['granted', 'assigned', 'in-progress', 'archived'].includes(r.matter.status),
    );
    expect(past.length).toBeGreaterThan(20);
    for (const { matter, documents, actions } of past) {
      expect(
        documents.map((d) => d.kind),
        matter.number,
      ).toEqual(['commitment-signature']);
      const attach = actions.findIndex((a) => a.type === 'attach');
      expect(attach).toBeGreaterThan(-1);
      expect(attach).toBeLessThan(actions.findIndex((a) => a.type === 'grant'));
    }
  });
});
