import { LikeOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, QRCode, Space } from 'antd';
import { useMessages } from '../../app/i18n';
import { api } from '../../lib/api';

const MESSAGES = {
  title: ['请群众评价 {number}', 'Ask the citizen to rate {number}'],
  hint: [
    '请群众扫码评价（好差评），或在评价器上评价。',
    'The citizen scans the code to rate, or rates on the pad.',
  ],
  code: ['评价码 {code}', 'Rating code {code}'],
  openOnPad: ['在评价器上打开', 'Open on the rating pad'],
} as const;

/**
 * 邀请评价 at the window: after a ticket is finished, its rating page as a QR code for the citizen's phone,
 * and a button that opens it on the window's 评价器 (a tablet facing the citizen, `?via=window-pad`).
 */
export function EvaluationInvite({ ticket }: { ticket: { id: string; number: string } | undefined }) {
  const m = useMessages(MESSAGES);
  const link = useQuery({
    queryKey: ['evaluations', 'link', ticket?.id],
    queryFn: () =>
      api.get<{ token: string; code: string; path: string }>(`/api/evaluations/tickets/${ticket!.id}/link`),
    enabled: ticket !== undefined,
  });
  if (!ticket || !link.data) return null;
  const url = `${window.location.origin}${link.data.path}`;
  return (
    <Card
      size="small"
      title={
        <span>
          <LikeOutlined /> {m('title', { number: ticket.number })}
        </span>
      }
      data-testid="evaluation-invite"
    >
      <Space align="start">
        <QRCode value={url} size={120} />
        <div>
          <div>{m('hint')}</div>
          <div className="lhq-muted">{m('code', { code: link.data.code })}</div>
          <Button
            style={{ marginTop: 8 }}
            onClick={() => window.open(`${link.data.path}?via=window-pad`, 'lawhall-rating-pad')}
          >
            {m('openOnPad')}
          </Button>
        </div>
      </Space>
    </Card>
  );
}
