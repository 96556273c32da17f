import { FileAddOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { useCan } from '../../app/auth';
import { useLegalAidMessages } from './messages';

/**
 * 受理法律援助申请 from the queue console: opens the intake form for the ticket being served at the
 * legal-aid window, carrying the ticket id (linked on submit) and the citizen's name (router state, not URL).
 */
export function StartLegalAidButton({
  ticket,
}: {
  ticket: { id: string; number: string; serviceCode: string; personName?: string | null; status: string };
}) {
  const navigate = useNavigate();
  const canIntake = useCan('legal-aid.intake');
  const m = useLegalAidMessages();
  if (!canIntake || ticket.serviceCode !== 'legal-aid') return null;
  const active = ticket.status === 'called' || ticket.status === 'serving';
  return (
    <Button
      size="large"
      type="primary"
      ghost
      icon={<FileAddOutlined />}
      disabled={!active}
      data-testid="start-legal-aid"
      onClick={() =>
        void navigate(
          `/legal-aid/new?ticketId=${encodeURIComponent(ticket.id)}&ticketNumber=${encodeURIComponent(ticket.number)}`,
          { state: { personName: ticket.personName ?? undefined, ticketNumber: ticket.number } },
        )
      }
    >
      {m('startFromTicket')}
    </Button>
  );
}
