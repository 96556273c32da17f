import { PrinterOutlined, StarOutlined, TagsOutlined, UserAddOutlined } from '@ant-design/icons';
import { parseResidentId } from '@core/identity';
import { formatPeopleAhead } from '@core/queue/call-order';
import { priorityGroups } from '@core/queue/priority';
import { services as allServices } from '@core/queue/services';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Col, Form, Input, Radio, Row, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useCan, useMe } from '../../app/auth';
import { FormModal } from '../../app/form-modal';
import { useI18n } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { api, applyFieldErrors, errorMessage } from '../../lib/api';
import { formatInstant, todayIso } from '../../lib/dates';
import { PrintSlip, priorityLabels } from '../../screens/kiosk/ticket-slip';
import { waitText } from '../../screens/kiosk/wait-text';
import { useQueueMessages, useServiceName } from './messages';
import { QUEUE_KEY, usePublicServices, useTickets } from './queries';
import { ServiceIcon } from './service-icon';
import { groupLabel, PriorityTags } from './ticket-bits';
import type { IssuedTicket, ReceptionTicket, Ticket } from './types';
import { useQueueEvents } from './use-queue-events';
import './queue.css';

interface IssueValues {
  serviceCode: string;
  idNumber?: string;
  priorityGroup?: string;
  priorityReason?: string;
}

function useGroupOptions() {
  const { locale } = useI18n();
  return priorityGroups.map((g) => ({ value: g.code, label: groupLabel(g.code, locale) }));
}

function idRule() {
  return {
    validator: (_: unknown, value: string | undefined) => {
      if (!value?.trim()) return Promise.resolve();
      const result = parseResidentId(value);
      return result.ok ? Promise.resolve() : Promise.reject(new Error(result.message));
    },
  };
}

function IssuedCard({ ticket, onClose }: { ticket: IssuedTicket; onClose: () => void }) {
  const { locale } = useI18n();
  const m = useQueueMessages();
  const serviceName = useServiceName();
  const groups =
    locale === 'zh-CN'
      ? priorityLabels(ticket.priorityGroups)
      : ticket.priorityGroups.map((g) => groupLabel(g, locale));
  return (
    <Card
      className="lhq-issued"
      title={m('ticketIssued')}
      extra={
        <Space>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {m('printTicket')}
          </Button>
          <Button onClick={onClose}>{m('issueAnother')}</Button>
        </Space>
      }
    >
      <div className="lhq-issued-body" data-testid="reception-issued">
        <div className="lhq-issued-number">{ticket.number}</div>
        <div>
          <div className="lhq-issued-service">
            {serviceName(ticket.serviceCode, ticket.serviceName)}
            {ticket.priority ? (
              <Tag color="red" variant="solid" style={{ marginLeft: 8 }}>
                {groups.length
                  ? m('priorityWith', { groups: groups.join(m('listSeparator')) })
                  : m('priority')}
              </Tag>
            ) : null}
          </div>
          <div>
            {locale === 'zh-CN' ? (
              <>
                前面还有 <b>{formatPeopleAhead(ticket.peopleAhead)}</b> 人，预计等候 {waitText(ticket)}
              </>
            ) : (
              m('peopleAhead', { n: formatPeopleAhead(ticket.peopleAhead), wait: waitText(ticket, locale) })
            )}
          </div>
          <div className="lhq-muted">{m('issuedAtValue', { at: formatInstant(ticket.issuedAt) })}</div>
        </div>
      </div>
      {/* The slip is the citizen's: Chinese, whatever language the clerk's console is in. */}
      <PrintSlip ticket={ticket} locale="zh-CN" />
    </Card>
  );
}

function IssueForm() {
  const { message } = AntApp.useApp();
  const m = useQueueMessages();
  const serviceName = useServiceName();
  const groupOptions = useGroupOptions();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<IssueValues>();
  const [issued, setIssued] = useState<IssuedTicket>();
  const group = Form.useWatch('priorityGroup', form);
  const publicServices = usePublicServices();
  const hallId = useMe().hall?.id;
  const counts = new Map(publicServices.data?.services.map((s) => [s.code, s]) ?? []);

  const issue = useMutation({
    mutationFn: (values: IssueValues) =>
      api.post<ReceptionTicket>('/api/queue/reception/tickets', {
        serviceCode: values.serviceCode,
        idNumber: values.idNumber?.trim() || undefined,
        priorityGroup: values.priorityGroup || undefined,
        priorityReason: values.priorityGroup ? values.priorityReason?.trim() : undefined,
        centerId: hallId,
      }),
    onSuccess: (ticket) => {
      setIssued(ticket);
      form.resetFields();
      void message.success(m('issuedNumber', { number: ticket.number }));
      void queryClient.invalidateQueries({ queryKey: QUEUE_KEY });
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) void message.error(errorMessage(error));
    },
  });

  if (issued) return <IssuedCard ticket={issued} onClose={() => setIssued(undefined)} />;

  return (
    <Card
      title={
        <span>
          <UserAddOutlined /> {m('issueForCitizen')}
        </span>
      }
      extra={
        publicServices.data && !publicServices.data.open ? (
          <Tag color="orange">{publicServices.data.closedReason || m('notIssuingNow')}</Tag>
        ) : null
      }
    >
      <Form form={form} layout="vertical" onFinish={(values) => issue.mutate(values)}>
        <Form.Item
          name="serviceCode"
          label={m('serviceToDo')}
          rules={[{ required: true, message: m('serviceToDoRequired') }]}
        >
          <Radio.Group className="lhq-service-radios">
            {allServices.map((s) => {
              const live = counts.get(s.code);
              return (
                <Radio.Button key={s.code} value={s.code} className="lhq-service-radio">
                  <ServiceIcon code={s.code} /> <b>{s.ticketPrefix}</b> {serviceName(s.code)}
                  {live ? (
                    <span className="lhq-service-radio-count">{m('waitingN', { n: live.waiting })}</span>
                  ) : null}
                </Radio.Button>
              );
            })}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="idNumber" label={m('idOptional')} extra={m('idExtra')} rules={[idRule()]}>
          <Input
            maxLength={18}
            placeholder={m('idPlaceholder')}
            autoComplete="off"
            style={{ maxWidth: 360 }}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="priorityGroup" label={m('priorityGroupOptional')}>
              <Select allowClear options={groupOptions} placeholder={m('priorityGroupPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item
              name="priorityReason"
              label={m('priorityBasis')}
              rules={[{ required: Boolean(group), whitespace: true, message: m('priorityBasisRequired') }]}
            >
              <Input disabled={!group} maxLength={200} placeholder={m('priorityBasisPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          icon={<TagsOutlined />}
          loading={issue.isPending}
        >
          {m('issue')}
        </Button>
      </Form>
    </Card>
  );
}

function PriorityList() {
  const { message } = AntApp.useApp();
  const m = useQueueMessages();
  const serviceName = useServiceName();
  const groupOptions = useGroupOptions();
  const queryClient = useQueryClient();
  const [date] = useState(todayIso);
  const [search, setSearch] = useState('');
  const tickets = useTickets({ date, status: 'waiting' });
  const [target, setTarget] = useState<Ticket>();
  useQueueEvents({ onBoard: () => void queryClient.invalidateQueries({ queryKey: QUEUE_KEY }) });

  const setPriority = useMutation({
    mutationFn: ({ ticket, group, reason }: { ticket: Ticket; group: string; reason: string }) =>
      api.post<Ticket>(`/api/queue/tickets/${ticket.id}/priority`, { group, reason }),
    onSuccess: (ticket) => {
      void message.success(m('prioritySet', { number: ticket.number }));
      void queryClient.invalidateQueries({ queryKey: QUEUE_KEY });
    },
  });

  const q = search.trim().toUpperCase();
  const rows = (tickets.data?.items ?? []).filter((t) => !q || t.number.includes(q));
  return (
    <Card
      title={
        <span>
          <StarOutlined /> {m('setPriority')}
        </span>
      }
      extra={
        <Input.Search
          allowClear
          placeholder={m('numberPlaceholder')}
          onSearch={setSearch}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 180 }}
        />
      }
    >
      <Table<Ticket>
        size="middle"
        rowKey="id"
        loading={tickets.isPending}
        dataSource={rows}
        pagination={{ pageSize: 10, size: 'small', hideOnSinglePage: true }}
        locale={{ emptyText: tickets.isError ? errorMessage(tickets.error) : m('noWaitingTickets') }}
        columns={[
          { title: m('number'), dataIndex: 'number', render: (n: string) => <b>{n}</b> },
          {
            title: m('matter'),
            dataIndex: 'serviceName',
            render: (v: string, t) => serviceName(t.serviceCode, v),
          },
          { title: m('issuedAt'), dataIndex: 'issuedAt', render: (v: string) => formatInstant(v).slice(11) },
          {
            title: m('priority'),
            key: 'priority',
            render: (_v, t) => <PriorityTags priority={t.priority} groups={t.priorityGroups} />,
          },
          {
            title: m('actions'),
            key: 'actions',
            render: (_v, t) => (
              <Button size="small" onClick={() => setTarget(t)}>
                {m('makePriority')}
              </Button>
            ),
          },
        ]}
      />
      <FormModal<{ group: string; reason: string }>
        title={m('makePriorityTitle', { number: target?.number ?? '' })}
        open={Boolean(target)}
        okText={m('ok')}
        onSubmit={(values) =>
          target &&
          setPriority.mutateAsync({ ticket: target, group: values.group, reason: values.reason.trim() })
        }
        onClose={() => setTarget(undefined)}
      >
        <Form.Item
          name="group"
          label={m('priorityGroup')}
          rules={[{ required: true, message: m('priorityGroupRequired') }]}
        >
          <Select options={groupOptions} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={m('priorityBasis')}
          rules={[{ required: true, whitespace: true, message: m('priorityBasisRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={200} placeholder={m('priorityBasisPlaceholder2')} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

/** /queue/reception: the reception desk (导服台) issues tickets and grants priority with a reason. */
export default function ReceptionPage() {
  const canIssue = useCan('queue.issue');
  const m = useQueueMessages();
  return (
    <div className="lhq-page">
      <PageHeader title={m('receptionTitle')} subtitle={m('receptionSubtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          {canIssue ? <IssueForm /> : <Card>{m('noIssueRight')}</Card>}
        </Col>
        <Col xs={24} xl={11}>
          <PriorityList />
        </Col>
      </Row>
    </div>
  );
}
