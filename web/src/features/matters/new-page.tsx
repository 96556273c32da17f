import { useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Form, Space, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useParens } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { ConflictAlert } from './conflict-alert';
import { swallowAccidentalSubmit } from './field-kinds';
import { LateWarnings } from './late-warnings';
import { useMatterMessages } from './messages';
import { PartyPicker, type PickedParty } from './party-picker';
import { cleanPayload, PayloadFields } from './payload-form';
import {
  MATTERS_KEY,
  useActionLabel,
  useMatterDetail,
  useProcedure,
  useServiceName,
  useWindowService,
} from './queries';
import { fromParties, prefillOpening, syncDerived, ticketPrefill } from './referral-prefill';
import { FromTicketBanner, useFromTicket } from './start-from-ticket';
import './matters.css';
import {
  type ConflictWarning,
  type LateApplicationWarning,
  type MatterDetail,
  PARTY_ROLES,
  type PartyRole,
} from './types';

/**
 * The matter a new one starts from (`?from=<matterId>`): its parties pre-fill the picker, and when it is
 * a consultation referred to this window the new matter links back to it (`referredFromId`; the server
 * refuses any other source, 409 MATTER.REFERRAL_MISMATCH).
 */
function useStartFrom(service: string, setParties: (parties: PickedParty[]) => void) {
  const [search] = useSearchParams();
  const fromId = search.get('from') ?? undefined;
  const source = useMatterDetail(fromId).data;
  useEffect(() => {
    if (!source) return;
    setParties(
      source.partyDetails
        .filter((p) => p.personId !== null)
        .map((p) => ({
          personId: p.personId as string,
          name: p.name,
          masked: p.idNumberMasked,
          role: (PARTY_ROLES as readonly string[]).includes(p.role) ? (p.role as PartyRole) : 'third-party',
        })),
    );
  }, [source, setParties]);
  const referral = (source?.state.referral ?? null) as { target?: string } | null;
  const referredFromId =
    source && source.service === 'consultation' && referral?.target === service ? source.id : undefined;
  return { source, referredFromId };
}

/** /matters/w/:service/new — parties (with the conflict check) and the window's opening form. */
export default function NewMatterPage() {
  const service = useWindowService();
  const m = useMatterMessages();
  const parens = useParens();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const saveError = useSaveError();
  const procedure = useProcedure(service);
  const serviceName = useServiceName();
  const actionLabel = useActionLabel(service);
  const [form] = Form.useForm();
  const [parties, setParties] = useState<PickedParty[]>([]);
  const [warnings, setWarnings] = useState<ConflictWarning[]>();
  const [saving, setSaving] = useState(false);
  // Late-application warnings of the payload as last checked; shown once, then 仍然登记 registers.
  const [late, setLate] = useState<LateApplicationWarning[]>();
  const { source, referredFromId } = useStartFrom(service, setParties);
  const fromTicket = useFromTicket();
  const { message } = AntApp.useApp();
  const opening = procedure?.actions.find((a) => a.type === procedure.openingAction);
  // Registered from the ticket being served: its number fills the form's ticket-number field.
  const ticketNumber = fromTicket?.ticketNumber;
  useEffect(() => {
    if (!opening || !ticketNumber) return;
    form.setFieldsValue({ payload: ticketPrefill(opening.payloadSchema, ticketNumber) });
  }, [opening, ticketNumber, form]);
  // A consultation referred here: its parties and question fill the opening form (editable).
  useEffect(() => {
    if (!opening || !source || source.service !== 'consultation') return;
    const carried = prefillOpening(opening.payloadSchema, source.partyDetails, source.state);
    const empty = Object.entries(carried).filter(
      ([key]) => form.getFieldValue(['payload', key]) === undefined,
    );
    form.setFieldsValue({ payload: Object.fromEntries(empty) });
  }, [opening, source, form]);
  // The parties picked above give the names the opening form would otherwise ask again (公证 申请人姓名
  // and 代理人姓名, 仲裁 申请人 and 被申请人): filled while empty or still as derived, so edits stay.
  const derived = useRef<Record<string, unknown>>({});
  useEffect(() => {
    if (!opening) return;
    const next = fromParties(opening.payloadSchema, parties);
    const values = (form.getFieldValue('payload') ?? {}) as Record<string, unknown>;
    const updates = syncDerived(values, derived.current, next);
    derived.current = next;
    if (Object.keys(updates).length > 0) form.setFieldsValue({ payload: updates });
  }, [opening, parties, form]);
  // The conflict check runs by itself whenever the parties change (the button runs it again).
  useEffect(() => {
    if (parties.length === 0) return;
    let current = true;
    void api
      .post<{ warnings: ConflictWarning[] }>('/api/matters/conflict-check', {
        parties: parties.map((p) => ({ personId: p.personId, role: p.role })),
      })
      .then((reply) => {
        if (current) setWarnings(reply.warnings);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [parties]);
  if (!procedure) return <Spin />;
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
    const payload = cleanPayload(values.payload, opening.payloadSchema);
    setSaving(true);
    try {
      // An application past a statutory limit warns first (not a refusal: 仍然登记 goes on).
      if (late === undefined) {
        const check = await api.post<{ warnings: LateApplicationWarning[] }>('/api/matters/opening-check', {
          service,
          payload,
        });
        if (check.warnings.length > 0) return setLate(check.warnings);
      }
      const reply = await api.post<{ item: MatterDetail; warnings: ConflictWarning[] }>('/api/matters', {
        service,
        parties: partyBody,
        ...(referredFromId ? { referredFromId } : {}),
        ...(fromTicket ? { ticketId: fromTicket.ticketId } : {}),
        payload,
      });
      await queryClient.invalidateQueries({ queryKey: MATTERS_KEY });
      // From the console: the ticket is finished with the matter linked; back to the next citizen.
      if (fromTicket) {
        void message.success(
          m('openedFromTicket', { number: reply.item.number, ticket: fromTicket.ticketNumber }),
        );
        return void navigate('/queue/console');
      }
      // The warnings of the opening stay in view on the new matter's page.
      void navigate(`/matters/${reply.item.id}`, { state: { warnings: reply.warnings } });
    } catch (error) {
      saveError(error, { form });
    } finally {
      setSaving(false);
    }
  };
  // 登记内容（申请调解）, but not 登记内容（登记）: an opening action the heading already names is not repeated.
  const openingName = actionLabel(opening.type, opening.label);
  const detailsTitle = m('details').includes(openingName)
    ? m('details')
    : `${m('details')}${parens(openingName)}`;
  return (
    <div className="matters-page">
      <PageHeader title={`${serviceName(service, procedure.nameZh)} · ${m('newMatter')}`} />
      {fromTicket ? <FromTicketBanner ticketNumber={fromTicket.ticketNumber} /> : null}
      <Card title={m('parties')} style={{ marginBottom: 16 }}>
        {source ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="start-from"
            title={
              <>
                {m('partiesFrom')}
                <Link to={`/matters/${source.id}`}>
                  {serviceName(source.service, source.serviceName)} {source.number}
                </Link>
              </>
            }
          />
        ) : null}
        <PartyPicker
          service={service}
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
      <Card title={detailsTitle}>
        <Form
          form={form}
          layout="vertical"
          onKeyDown={swallowAccidentalSubmit}
          onFinish={(v) => void submit(v)}
          onValuesChange={() => setLate(undefined)}
        >
          <PayloadFields action={opening} prefix={['payload']} valueLabels={procedure.valueLabels} />
          <LateWarnings warnings={late} valueLabels={procedure.valueLabels} />
          <Button type="primary" htmlType="submit" loading={saving}>
            {late?.length ? m('registerAnyway') : m('submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
