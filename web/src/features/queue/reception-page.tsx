import { PrinterOutlined, StarOutlined, TagsOutlined, UserAddOutlined } from '@ant-design/icons';
import { parseResidentId } from '@core/identity';
import { formatPeopleAhead } from '@core/queue/call-order';
import { priorityGroups } from '@core/queue/priority';
import { services as allServices } from '@core/queue/services';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  Col,
  Form,
  Input,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { api, applyFieldErrors, errorMessage } from '../../lib/api';
import { formatInstant, todayIso } from '../../lib/dates';
import { PrintSlip, priorityLabels, waitText } from '../../screens/kiosk/ticket-slip';
import { QUEUE_KEY, usePublicServices, useTickets } from './queries';
import { ServiceIcon } from './service-icon';
import { PriorityTags } from './ticket-bits';
import type { IssuedTicket, ReceptionTicket, Ticket } from './types';
import { useQueueEvents } from './use-queue-events';
import './queue.css';

interface IssueValues {
  serviceCode: string;
  idNumber?: string;
  priorityGroup?: string;
  priorityReason?: string;
}

const GROUP_OPTIONS = priorityGroups.map((g) => ({ value: g.code, label: g.labelZh }));

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
  const groups = priorityLabels(ticket.priorityGroups);
  return (
    <Card
      className="lhq-issued"
      title="已取号"
      extra={
        <Space>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            打印号票
          </Button>
          <Button onClick={onClose}>继续取号</Button>
        </Space>
      }
    >
      <div className="lhq-issued-body" data-testid="reception-issued">
        <div className="lhq-issued-number">{ticket.number}</div>
        <div>
          <div className="lhq-issued-service">
            {ticket.serviceName}
            {ticket.priority ? (
              <Tag color="red" variant="solid" style={{ marginLeft: 8 }}>
                优先{groups.length ? `（${groups.join('、')}）` : ''}
              </Tag>
            ) : null}
          </div>
          <div>
            前面还有 <b>{formatPeopleAhead(ticket.peopleAhead)}</b> 人，预计等候 {waitText(ticket)}
          </div>
          <div className="lhq-muted">取号时间 {formatInstant(ticket.issuedAt)}</div>
        </div>
      </div>
      <PrintSlip ticket={ticket} />
    </Card>
  );
}

function IssueForm() {
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<IssueValues>();
  const [issued, setIssued] = useState<IssuedTicket>();
  const group = Form.useWatch('priorityGroup', form);
  const publicServices = usePublicServices();
  const counts = new Map(publicServices.data?.services.map((s) => [s.code, s]) ?? []);

  const issue = useMutation({
    mutationFn: (values: IssueValues) =>
      api.post<ReceptionTicket>('/api/queue/reception/tickets', {
        serviceCode: values.serviceCode,
        idNumber: values.idNumber?.trim() || undefined,
        priorityGroup: values.priorityGroup || undefined,
        priorityReason: values.priorityGroup ? values.priorityReason?.trim() : undefined,
      }),
    onSuccess: (ticket) => {
      setIssued(ticket);
      form.resetFields();
      void message.success(`已取号 ${ticket.number}`);
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
          <UserAddOutlined /> 代为取号
        </span>
      }
      extra={
        publicServices.data && !publicServices.data.open ? (
          <Tag color="orange">{publicServices.data.closedReason || '当前不在取号时间'}</Tag>
        ) : null
      }
    >
      <Form form={form} layout="vertical" onFinish={(values) => issue.mutate(values)}>
        <Form.Item
          name="serviceCode"
          label="办理事项"
          rules={[{ required: true, message: '请选择办理事项' }]}
        >
          <Radio.Group className="lhq-service-radios">
            {allServices.map((s) => {
              const live = counts.get(s.code);
              return (
                <Radio.Button key={s.code} value={s.code} className="lhq-service-radio">
                  <ServiceIcon code={s.code} /> <b>{s.ticketPrefix}</b> {s.nameZh}
                  {live ? <span className="lhq-service-radio-count">等候 {live.waiting}</span> : null}
                </Radio.Button>
              );
            })}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="idNumber"
          label="身份证号（可选）"
          extra="填写后按出生日期自动识别老年人、未成年人，并核对重点群体登记"
          rules={[idRule()]}
        >
          <Input
            maxLength={18}
            placeholder="18 位公民身份号码"
            autoComplete="off"
            style={{ maxWidth: 360 }}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="priorityGroup" label="优先群体（可选）">
              <Select allowClear options={GROUP_OPTIONS} placeholder="核验证件后选择" />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item
              name="priorityReason"
              label="优先依据"
              rules={[{ required: Boolean(group), whitespace: true, message: '请写明核验了什么证件或情况' }]}
            >
              <Input disabled={!group} maxLength={200} placeholder="例如：出示残疾人证 1502…" />
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
          取号
        </Button>
      </Form>
    </Card>
  );
}

function PriorityList() {
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [date] = useState(todayIso);
  const [search, setSearch] = useState('');
  const tickets = useTickets({ date, status: 'waiting' });
  const [target, setTarget] = useState<Ticket>();
  const [form] = Form.useForm<{ group: string; reason: string }>();
  useQueueEvents({ onBoard: () => void queryClient.invalidateQueries({ queryKey: QUEUE_KEY }) });

  const setPriority = useMutation({
    mutationFn: ({ ticket, group, reason }: { ticket: Ticket; group: string; reason: string }) =>
      api.post<Ticket>(`/api/queue/tickets/${ticket.id}/priority`, { group, reason }),
    onSuccess: (ticket) => {
      setTarget(undefined);
      void message.success(`${ticket.number} 已设为优先`);
      void queryClient.invalidateQueries({ queryKey: QUEUE_KEY });
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) void message.error(errorMessage(error));
    },
  });

  const q = search.trim().toUpperCase();
  const rows = (tickets.data?.items ?? []).filter((t) => !q || t.number.includes(q));
  return (
    <Card
      title={
        <span>
          <StarOutlined /> 设置优先
        </span>
      }
      extra={
        <Input.Search
          allowClear
          placeholder="号码，如 B017"
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
        locale={{ emptyText: tickets.isError ? errorMessage(tickets.error) : '暂无等候的号' }}
        columns={[
          { title: '号码', dataIndex: 'number', render: (n: string) => <b>{n}</b> },
          { title: '事项', dataIndex: 'serviceName' },
          { title: '取号时间', dataIndex: 'issuedAt', render: (v: string) => formatInstant(v).slice(11) },
          {
            title: '优先',
            key: 'priority',
            render: (_v, t) => <PriorityTags priority={t.priority} groups={t.priorityGroups} />,
          },
          {
            title: '操作',
            key: 'actions',
            render: (_v, t) => (
              <Button
                size="small"
                onClick={() => {
                  form.resetFields();
                  setTarget(t);
                }}
              >
                设为优先
              </Button>
            ),
          },
        ]}
      />
      <Modal
        title={`设为优先：${target?.number ?? ''}`}
        open={Boolean(target)}
        okText="确定"
        confirmLoading={setPriority.isPending}
        onCancel={() => setTarget(undefined)}
        onOk={() =>
          void form.validateFields().then((values) => {
            if (target)
              setPriority.mutate({ ticket: target, group: values.group, reason: values.reason.trim() });
          })
        }
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="group" label="优先群体" rules={[{ required: true, message: '请选择优先群体' }]}>
            <Select options={GROUP_OPTIONS} />
          </Form.Item>
          <Form.Item
            name="reason"
            label="优先依据"
            rules={[{ required: true, whitespace: true, message: '请写明核验了什么证件或情况' }]}
          >
            <Input.TextArea rows={2} maxLength={200} placeholder="例如：出示退役军人优待证" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/** /queue/reception: the reception desk (导服台) issues tickets and grants priority with a reason. */
export default function ReceptionPage() {
  const canIssue = useCan('queue.issue');
  return (
    <div className="lhq-page">
      <PageHeader title="导服台" subtitle="为不便使用取号机的群众代为取号；核验证件后为重点群体设置优先" />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          {canIssue ? <IssueForm /> : <Card>您的账号没有取号权限</Card>}
        </Col>
        <Col xs={24} xl={11}>
          <PriorityList />
        </Col>
      </Row>
    </div>
  );
}
