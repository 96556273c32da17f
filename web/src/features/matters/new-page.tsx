import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Space, Spin } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { ConflictAlert } from './conflict-alert';
import { useMatterMessages } from './messages';
import { PartyPicker, type PickedParty } from './party-picker';
import { cleanPayload, PayloadFields } from './payload-form';
import { MATTERS_KEY, useProcedure } from './queries';
import type { ConflictWarning, MatterDetail } from './types';

/** /matters/w/:service/new — parties (with the conflict check) and the window's opening form. */
export default function NewMatterPage() {
  const { service = 'consultation' } = useParams();
  const m = useMatterMessages();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const saveError = useSaveError();
  const procedure = useProcedure(service);
  const [form] = Form.useForm();
  const [parties, setParties] = useState<PickedParty[]>([]);
  const [warnings, setWarnings] = useState<ConflictWarning[]>();
  const [saving, setSaving] = useState(false);
  if (!procedure) return <Spin />;
  const opening = procedure.actions.find((a) => a.type === procedure.openingAction);
  if (!opening) return null;
  const partyBody = parties.map((p) => ({ personId: p.personId, role: p.role }));
  const check = async () => {
    if (parties.length === 0) return setWarnings([]);
    const reply = await api.post<{ warnings: ConflictWarning[] }>('/api/matters/conflict-check', {
      parties: partyBody,
    });
    setWarnings(reply.warnings);
  };
  const submit = async (values: { payload?: Record<string, unknown> }) => {
    setSaving(true);
    try {
      const reply = await api.post<{ item: MatterDetail; warnings: ConflictWarning[] }>('/api/matters', {
        service,
        parties: partyBody,
        payload: cleanPayload(values.payload, opening.payloadSchema),
      });
      await queryClient.invalidateQueries({ queryKey: MATTERS_KEY });
      void navigate(`/matters/${reply.item.id}`);
    } catch (error) {
      saveError(error, { form });
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="matters-page">
      <PageHeader title={`${procedure.nameZh} · ${m('newMatter')}`} />
      <Card title={m('parties')} style={{ marginBottom: 16 }}>
        <PartyPicker
          value={parties}
          onChange={(next) => {
            setParties(next);
            setWarnings(undefined);
          }}
        />
        <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }}>
          <Button onClick={() => void check()} disabled={parties.length === 0}>
            {m('conflictCheck')}
          </Button>
          <ConflictAlert warnings={warnings} />
        </Space>
      </Card>
      <Card title={`${m('details')}（${opening.label}）`}>
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <PayloadFields action={opening} prefix={['payload']} valueLabels={procedure.valueLabels} />
          <Button type="primary" htmlType="submit" loading={saving}>
            {m('submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
