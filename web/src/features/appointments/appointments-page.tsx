import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMe } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage } from '../../lib/api';

interface Appointment {
  id: string;
  reference: string;
  serviceLabel: string;
  date: string;
  start: string;
  end: string;
  name: string;
  phoneMasked: string;
  note: string | null;
  status: string;
}
interface Settings {
  service: string;
  serviceLabel: string;
  slots: { start: string; end: string }[];
  capacity: number;
  daysAhead: number;
  leadMinutes: number;
  version: number;
}

/** 预约名单 and, for administrators, each service's slot times and capacity per slot. */
export default function AppointmentsPage() {
  const { message } = AntApp.useApp();
  const me = useMe();
  const queryClient = useQueryClient();
  const [date, setDate] = useState<Dayjs | null>(null);
  const [editing, setEditing] = useState<Settings>();
  const [form] = Form.useForm();
  const list = useQuery({
    queryKey: ['appointments', date?.format('YYYY-MM-DD') ?? ''],
    queryFn: () =>
      api.get<{ items: Appointment[] }>('/api/appointments', { date: date?.format('YYYY-MM-DD') }),
  });
  const settings = useQuery({
    queryKey: ['appointments', 'settings'],
    queryFn: () => api.get<{ items: Settings[] }>('/api/appointments/settings'),
  });
  const save = useMutation({
    mutationFn: (body: Settings) => api.put<Settings>(`/api/appointments/settings/${body.service}`, body),
    onSuccess: async () => {
      setEditing(undefined);
      void message.success('已保存');
      await queryClient.invalidateQueries({ queryKey: ['appointments', 'settings'] });
    },
    onError: (error) => void message.error(errorMessage(error)),
  });
  const manage = me.abilities.includes('appointment.manage');
  return (
    <div>
      <PageHeader
        title="预约名单"
        subtitle="群众在手机上预约的公证、人民调解和律师团咨询（仅工作日，每个时段限额）"
      />
      <Card
        title="预约"
        extra={<DatePicker value={date} onChange={setDate} placeholder="自今日起" />}
        style={{ marginBottom: 16 }}
      >
        <Table<Appointment>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          columns={[
            { title: '预约号', dataIndex: 'reference' },
            { title: '服务', dataIndex: 'serviceLabel' },
            { title: '时间', render: (_v, r) => `${r.date} ${r.start}–${r.end}` },
            { title: '姓名', dataIndex: 'name' },
            { title: '手机', dataIndex: 'phoneMasked' },
            { title: '备注', dataIndex: 'note' },
            {
              title: '状态',
              render: (_v, r) => (
                <Tag color={r.status === 'booked' ? 'green' : 'default'}>
                  {r.status === 'booked' ? '已预约' : '已取消'}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
      <Card title="时段设置">
        <Table<Settings>
          rowKey="service"
          loading={settings.isPending}
          dataSource={settings.data?.items ?? []}
          pagination={false}
          columns={[
            { title: '服务', dataIndex: 'serviceLabel' },
            { title: '时段', render: (_v, r) => r.slots.map((s) => `${s.start}–${s.end}`).join('、') },
            { title: '每时段人数', dataIndex: 'capacity' },
            { title: '可提前预约（天）', dataIndex: 'daysAhead' },
            { title: '截止（开始前分钟）', dataIndex: 'leadMinutes' },
            {
              title: '',
              render: (_v, r) =>
                manage ? (
                  <Button
                    size="small"
                    onClick={() => {
                      setEditing(r);
                      form.setFieldsValue({
                        ...r,
                        slots: r.slots.map((s) => `${s.start}-${s.end}`).join(', '),
                      });
                    }}
                  >
                    修改
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Modal
        open={editing !== undefined}
        title={`设置${editing?.serviceLabel ?? ''}预约`}
        okText="保存"
        confirmLoading={save.isPending}
        onCancel={() => setEditing(undefined)}
        onOk={async () => {
          const v = await form.validateFields();
          if (!editing) return;
          const slots = String(v.slots)
            .split(/[,，、\s]+/)
            .filter(Boolean)
            .map((part) => {
              const [start = '', end = ''] = part.split(/[-–~]/);
              return { start: start.trim(), end: end.trim() };
            });
          save.mutate({
            ...editing,
            slots,
            capacity: v.capacity,
            daysAhead: v.daysAhead,
            leadMinutes: v.leadMinutes,
          });
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="slots" label="时段（如 09:00-10:00, 14:30-15:30）" rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="capacity" label="每时段人数" rules={[{ required: true }]}>
            <InputNumber min={1} max={200} />
          </Form.Item>
          <Form.Item name="daysAhead" label="可提前预约天数" rules={[{ required: true }]}>
            <InputNumber min={1} max={60} />
          </Form.Item>
          <Form.Item name="leadMinutes" label="开始前多少分钟停止预约" rules={[{ required: true }]}>
            <InputNumber min={0} max={1440} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
