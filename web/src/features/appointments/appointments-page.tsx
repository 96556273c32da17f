import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, DatePicker, Form, Input, InputNumber, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMe } from '../../app/auth';
import { FormModal } from '../../app/form-modal';
import { PageHeader } from '../../app/page-header';
import { api } from '../../lib/api';
import { useEvaluationMessages } from '../evaluations/messages';
import { parseSlots, type Slot, slotsText } from './slots';

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
  slots: Slot[];
  capacity: number;
  daysAhead: number;
  leadMinutes: number;
  version: number;
}

/** The settings form: the slots as typed (`09:00-10:00, 10:00-11:00`). */
interface SettingsValues {
  slots: string;
  capacity: number;
  daysAhead: number;
  leadMinutes: number;
}

/** 预约名单 and, for administrators, each service's slot times and capacity per slot. */
export default function AppointmentsPage() {
  const { message } = AntApp.useApp();
  const m = useEvaluationMessages();
  const me = useMe();
  const queryClient = useQueryClient();
  const [date, setDate] = useState<Dayjs | null>(null);
  const [editing, setEditing] = useState<Settings>();
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
    onSuccess: () => {
      void message.success(m('saved'));
      void queryClient.invalidateQueries({ queryKey: ['appointments', 'settings'] });
    },
  });
  const manage = me.abilities.includes('appointment.manage');
  return (
    <div>
      <PageHeader title={m('appointments')} subtitle={m('appointmentsSubtitle')} />
      <Card
        title={m('bookings')}
        extra={<DatePicker value={date} onChange={setDate} placeholder={m('fromToday')} />}
        style={{ marginBottom: 16 }}
      >
        <Table<Appointment>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          columns={[
            { title: m('reference'), dataIndex: 'reference' },
            { title: m('service'), dataIndex: 'serviceLabel' },
            { title: m('time'), render: (_v, r) => `${r.date} ${r.start}–${r.end}` },
            { title: m('name'), dataIndex: 'name' },
            { title: m('mobile'), dataIndex: 'phoneMasked' },
            { title: m('note'), dataIndex: 'note' },
            {
              title: m('status'),
              render: (_v, r) => (
                <Tag color={r.status === 'booked' ? 'green' : 'default'}>
                  {r.status === 'booked' ? m('booked') : m('cancelled')}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
      <Card title={m('slotSettings')}>
        <Table<Settings>
          rowKey="service"
          loading={settings.isPending}
          dataSource={settings.data?.items ?? []}
          pagination={false}
          columns={[
            { title: m('service'), dataIndex: 'serviceLabel' },
            {
              title: m('slots'),
              render: (_v, r) => r.slots.map((s) => `${s.start}–${s.end}`).join(m('listSeparator')),
            },
            { title: m('capacity'), dataIndex: 'capacity' },
            { title: m('daysAhead'), dataIndex: 'daysAhead' },
            { title: m('leadMinutes'), dataIndex: 'leadMinutes' },
            {
              title: '',
              render: (_v, r) =>
                manage ? (
                  <Button size="small" onClick={() => setEditing(r)}>
                    {m('change')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <FormModal<SettingsValues>
        open={editing !== undefined}
        title={m('setUp', { service: editing?.serviceLabel ?? '' })}
        okText={m('save')}
        initialValues={
          editing && {
            slots: slotsText(editing.slots),
            capacity: editing.capacity,
            daysAhead: editing.daysAhead,
            leadMinutes: editing.leadMinutes,
          }
        }
        onSubmit={(v) => editing && save.mutateAsync({ ...editing, ...v, slots: parseSlots(v.slots) })}
        onClose={() => setEditing(undefined)}
      >
        <Form.Item name="slots" label={m('slotsLabel')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="capacity" label={m('capacity')} rules={[{ required: true }]}>
          <InputNumber min={1} max={200} />
        </Form.Item>
        <Form.Item name="daysAhead" label={m('daysAheadLabel')} rules={[{ required: true }]}>
          <InputNumber min={1} max={60} />
        </Form.Item>
        <Form.Item name="leadMinutes" label={m('leadMinutesLabel')} rules={[{ required: true }]}>
          <InputNumber min={0} max={1440} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
