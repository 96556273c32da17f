import { SendOutlined, TagOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Col, Form, type FormInstance, Row, Space, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api, errorMessage } from '../../lib/api';
import { base64Of, postCommitment } from './commitment-card';
import { EligibilityPanel } from './eligibility-panel';
import { AdvanceAidPrompt, CaseCard, HardshipCard, ProcedureCard } from './intake-case';
import { useIntakeMessages } from './intake-messages';
import { AgentCard, ApplicantCard, OpposingPartyCard } from './intake-parties';
import { type IntakeValues, toIntakeBody } from './intake-values';
import { BASE, LEGAL_AID_KEY } from './queries';
import type { SignaturePadHandle } from './signature-pad';
import type { MatterDetail } from './types';
import { useEligibilityPreview } from './use-eligibility-preview';
import './legal-aid.css';

/** The parts of a window matter (GET /api/matters/:id) a referred consultation hands over. */
interface ReferringMatter {
  id: string;
  number: string;
  state: { question?: unknown };
  partyDetails: { personId: string | null; role: string; name: string }[];
}

/**
 * 法律援助法 第二十三条: a consultation referred to legal aid (`/legal-aid/new?fromMatter=<id>`) opens the
 * intake pre-filled — the applicant (the consultation's applicant, else its first party; the full ID
 * number fetched through the logged /api/persons/:id/id-number), the opposing party, and the question
 * as the facts — so the citizen does not tell the story twice. Returns the consultation's number once
 * loaded; failures leave the form empty (staff type as usual).
 */
function usePrefillFromMatter(matterId: string | undefined, form: FormInstance<IntakeValues>) {
  const [number, setNumber] = useState<string>();
  useEffect(() => {
    if (!matterId) return;
    let cancelled = false;
    void (async () => {
      const matter = await api.get<ReferringMatter>(`/api/matters/${matterId}`).catch(() => undefined);
      if (!matter || cancelled) return;
      const applicant = matter.partyDetails.find((p) => p.role === 'applicant') ?? matter.partyDetails[0];
      const opposing = matter.partyDetails.find(
        (p) => p !== applicant && (p.role === 'opposing-party' || p.role === 'respondent'),
      );
      form.setFieldsValue({
        ...(applicant ? { applicant: { name: applicant.name } } : {}),
        ...(opposing ? { opposingParty: { name: opposing.name, kind: 'person' as const } } : {}),
        ...(typeof matter.state.question === 'string' ? { facts: matter.state.question } : {}),
      });
      setNumber(matter.number);
      if (!applicant?.personId) return;
      const revealed = await api
        .get<{ idNumber: string }>(`/api/persons/${applicant.personId}/id-number`, {
          purpose: `法律援助申请受理（由法律咨询 ${matter.number} 转介）`,
        })
        .catch(() => undefined);
      if (revealed && !cancelled) form.setFieldValue(['applicant', 'idNumber'], revealed.idNumber);
    })();
    return () => {
      cancelled = true;
    };
  }, [matterId, form]);
  return number;
}

/** What the queue console hands over with the ticket (router state; never in the URL). */
interface FromTicket {
  personName?: string | null;
  ticketNumber?: string;
}

/** 申请受理: the legal-aid intake form with the live eligibility panel beside it. */
export default function IntakePage() {
  const [form] = Form.useForm<IntakeValues>();
  const [search] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const showSaveError = useSaveError();
  const pad = useRef<SignaturePadHandle>(null);
  const [signed, setSigned] = useState(false);
  const m = useIntakeMessages();

  const ticketId = search.get('ticketId') ?? undefined;
  const fromTicket = (location.state ?? {}) as FromTicket;
  const ticketNumber = fromTicket.ticketNumber ?? search.get('ticketNumber') ?? undefined;
  const fromMatterId = search.get('fromMatter') ?? undefined;
  const fromMatterNumber = usePrefillFromMatter(fromMatterId, form);

  const values = (Form.useWatch([], form) ?? {}) as IntakeValues;
  const caseKind = values.caseKind;
  const hasAgent = values.hasAgent ?? false;
  const method = values.hardship?.method;
  const { data, fetching } = useEligibilityPreview(values);

  const create = useMutation({
    mutationFn: async (v: IntakeValues) => {
      const detail = await api.post<MatterDetail>(`${BASE}/applications`, toIntakeBody(v, { ticketId }));
      const png = v.hardship?.method === 'commitment' ? pad.current?.toDataUrl() : undefined;
      let commitmentError: unknown;
      if (png) {
        try {
          await postCommitment(detail.id, {
            signaturePng: base64Of(png),
            mimeType: 'image/png',
            fileName: 'signature.png',
          });
        } catch (error) {
          commitmentError = error;
        }
      }
      return { detail, commitmentError };
    },
    onSuccess: async ({ detail, commitmentError }) => {
      await queryClient.invalidateQueries({ queryKey: LEGAL_AID_KEY });
      if (commitmentError) {
        void message.warning(m('commitmentNotSaved', { error: errorMessage(commitmentError) }));
      } else {
        void message.success(
          detail.number ? m('registeredNumber', { number: detail.number }) : m('registered'),
        );
      }
      void navigate(`/legal-aid/${detail.id}`);
    },
    onError: (error) => showSaveError(error, { form }),
  });

  return (
    <div className="la-page">
      <PageHeader
        title={m('title')}
        subtitle={m('subtitle')}
        extra={
          <Link to="/legal-aid">
            <Button>{m('backToList')}</Button>
          </Link>
        }
      />
      {ticketId ? (
        <Alert
          className="la-ticket-banner"
          type="info"
          showIcon
          icon={<TagOutlined />}
          message={
            <span>
              {m('fromTicket')}
              <strong>{ticketNumber ?? ''}</strong>
              {fromTicket.personName ? (
                <>
                  {m('fromTicketApplicant')}
                  <strong>{fromTicket.personName}</strong>
                </>
              ) : null}
              {m('fromTicketLinked')}
            </span>
          }
        />
      ) : null}
      {fromMatterId && fromMatterNumber ? (
        <Alert
          className="la-ticket-banner"
          type="info"
          showIcon
          data-testid="from-consultation"
          message={
            <span>
              {m('fromConsultation')}
              <Link to={`/matters/${fromMatterId}`}>{fromMatterNumber}</Link>
              {m('fromConsultationHint')}
            </span>
          }
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        requiredMark
        scrollToFirstError
        initialValues={{
          applicant: { name: fromTicket.personName ?? undefined },
          caseKind: 'civil',
          hasAgent: false,
          agent: { relation: 'close-relative' },
          opposingParty: { kind: 'organisation' },
          hardship: { method: 'commitment', householdSize: 1 },
          simpleCase: true,
        }}
        onFinish={(v) => create.mutate(v)}
      >
        <Row gutter={20} align="top">
          <Col xs={24} xl={16}>
            <ApplicantCard />
            <AgentCard hasAgent={hasAgent} />
            <OpposingPartyCard />
            <CaseCard caseKind={caseKind} matter={values.matter} />
            <HardshipCard method={method} pad={pad} signed={signed} onSigned={setSigned} />
            <ProcedureCard />

            <div className="la-submit-bar">
              <Space>
                <Tag color="blue">{m('windowChannel')}</Tag>
                <span className="la-muted">{m('submitHint')}</span>
              </Space>
              <Space>
                <Button onClick={() => form.resetFields()}>{m('clear')}</Button>
                <Button
                  type="primary"
                  size="large"
                  htmlType="submit"
                  icon={<SendOutlined />}
                  loading={create.isPending}
                  data-testid="intake-submit"
                >
                  {m('submit')}
                </Button>
              </Space>
            </div>
          </Col>
          <Col xs={24} xl={8} className="la-panel-col">
            <div className="la-sticky">
              <EligibilityPanel
                preview={data?.preview}
                offline={data?.offline ?? false}
                fetching={fetching}
                advanceAidPrompt={<AdvanceAidPrompt due={values.limitationDueOn} />}
              />
            </div>
          </Col>
        </Row>
      </Form>
    </div>
  );
}
