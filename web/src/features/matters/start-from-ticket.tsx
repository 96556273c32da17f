import { FileAddOutlined, TagOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../../app/auth';
import { useMatterMessages } from './messages';
import { useProcedures } from './queries';

/** The new-matter page of a ticket's window, carrying the ticket (linked and finished on submit). */
export function newMatterFromTicketPath(ticket: { id: string; number: string; serviceCode: string }): string {
  const search = new URLSearchParams({ ticketId: ticket.id, ticketNumber: ticket.number });
  return `/matters/w/${ticket.serviceCode}/new?${search.toString()}`;
}

/**
 * 登记事项 from the queue console: for the ticket being served at a window with a procedure, opens that
 * window's new-matter page with the ticket carried along; the server finishes the ticket with the
 * matter linked in the same transaction (POST /api/matters `ticketId`). Legal aid has its own intake
 * (features/legal-aid/start-from-ticket.tsx).
 */
export function RegisterMatterButton({
  ticket,
}: {
  ticket: { id: string; number: string; serviceCode: string; status: string };
}) {
  const navigate = useNavigate();
  const canManage = useCan('matter.manage');
  const m = useMatterMessages();
  // A window with a procedure (the nine of core/procedures/registry.ts), as the server lists them.
  const procedures = useProcedures(canManage).data?.items;
  if (!canManage || !procedures?.some((p) => p.service === ticket.serviceCode)) return null;
  return (
    <Button
      size="large"
      type="primary"
      ghost
      icon={<FileAddOutlined />}
      disabled={ticket.status !== 'serving'}
      data-testid="register-matter"
      onClick={() => void navigate(newMatterFromTicketPath(ticket))}
    >
      {m('registerFromTicket')}
    </Button>
  );
}

/**
 * The ticket a new matter is registered from (`?ticketId=&ticketNumber=`, set by `RegisterMatterButton`):
 * its id goes with the opening (`ticketId`), and after it the console is where the user returns.
 */
export function useFromTicket(): { ticketId: string; ticketNumber: string } | undefined {
  const [search] = useSearchParams();
  const ticketId = search.get('ticketId');
  if (!ticketId) return undefined;
  return { ticketId, ticketNumber: search.get('ticketNumber') ?? '' };
}

/** The banner of a new matter registered from a ticket, with the way back to the console. */
export function FromTicketBanner({ ticketNumber }: { ticketNumber: string }) {
  const m = useMatterMessages();
  return (
    <Alert
      type="info"
      showIcon
      icon={<TagOutlined />}
      style={{ marginBottom: 16 }}
      data-testid="from-ticket"
      title={m('fromTicket', { number: ticketNumber })}
      action={<Link to="/queue/console">{m('backToConsole')}</Link>}
    />
  );
}
