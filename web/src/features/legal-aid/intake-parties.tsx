/**
 * The intake form's people (申请受理, steps 1–3): the applicant (typed or picked from the person records), the agent who applies for them
 * (法律援助法 第四十条) and the opposing party (for the conflict-of-interest check).
 */
import { UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, Radio, Row, Switch } from 'antd';
import type { ReactNode } from 'react';
import { useCodeLabel, useParens } from '../../app/i18n';
import { ApplicantPicker } from './applicant-picker';
import { useIntakeMessages } from './intake-messages';
import { applicantFromPerson, type IntakeValues, type PickedPerson } from './intake-values';
import { AGENT_RELATION } from './labels';
import { phoneRule, ResidentIdField } from './resident-id-field';

/** A numbered section title of the intake form. */
export function StepTitle({ step, title, sub }: { step: number; title: string; sub?: ReactNode }) {
  return (
    <span className="la-card-title">
      <span className="la-step">{step}</span>
      {title}
      {sub ? <span className="la-card-sub">{sub}</span> : null}
    </span>
  );
}

/**
 * 1 申请人: typed, or picked from the shared person records (applicant-picker.tsx). A picked person's record
 * is shown read-only — name, masked ID number and phone, address — and the application is linked to them
 * (`applicant.personId`); a record without an ID number asks for it. 改为手工填写 unlinks (the name stays).
 */
export function ApplicantCard() {
  const m = useIntakeMessages();
  const parens = useParens();
  const form = Form.useFormInstance<IntakeValues>();
  const personId = Form.useWatch(['applicant', 'personId'], form) as string | undefined;
  const masked = Form.useWatch(['applicant', 'idNumberMasked'], form) as string | undefined;
  const phoneMasked = Form.useWatch(['applicant', 'phoneMasked'], form) as string | undefined;
  const name = Form.useWatch(['applicant', 'name'], form) as string | undefined;
  const linked = Boolean(personId);
  const pick = (person: PickedPerson) => {
    form.setFieldsValue({ applicant: applicantFromPerson(person) });
    void form.validateFields([['applicant', 'name']]).catch(() => undefined);
  };
  const unlink = () => {
    for (const field of [...HIDDEN_APPLICANT_FIELDS, 'idNumber', 'phone'] as const)
      form.setFieldValue(['applicant', field], undefined);
  };
  return (
    <Card
      className="la-card"
      title={<StepTitle step={1} title={m('applicant')} />}
      extra={<ApplicantPicker onPick={pick} />}
    >
      {linked ? (
        <Alert
          className="la-picked-person"
          type="info"
          showIcon
          data-testid="picked-person"
          message={`${m('pickedPerson')}${name ?? ''}${masked ? parens(masked) : ''}`}
          description={masked ? m('pickedHint') : m('noIdOnRecord')}
          action={
            <Button size="small" onClick={unlink}>
              {m('unlinkPerson')}
            </Button>
          }
        />
      ) : null}
      {HIDDEN_APPLICANT_FIELDS.map((field) => (
        <Form.Item key={field} name={['applicant', field]} hidden>
          <Input />
        </Form.Item>
      ))}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name={['applicant', 'name']}
            label={m('name')}
            rules={[{ required: true, whitespace: true, message: m('nameRequired') }]}
          >
            <Input prefix={<UserOutlined />} maxLength={50} autoComplete="off" disabled={linked} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          {linked && masked ? (
            <Form.Item label={m('idNumber')} required>
              <Input value={masked} disabled className="la-mono" data-testid="picked-id-number" />
            </Form.Item>
          ) : (
            <ResidentIdField name={['applicant', 'idNumber']} label={m('idNumber')} required />
          )}
        </Col>
        <Col xs={24} md={8}>
          {linked ? (
            <Form.Item label={m('phone')}>
              <Input value={phoneMasked ?? ''} disabled />
            </Form.Item>
          ) : (
            <Form.Item name={['applicant', 'phone']} label={m('phone')} rules={[phoneRule]}>
              <Input maxLength={20} autoComplete="off" />
            </Form.Item>
          )}
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name={['applicant', 'address']} label={m('address')}>
            <Input maxLength={200} autoComplete="off" disabled={linked} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

/** The picked person's id and masked values: kept in the form (so submit sends the id), never shown as inputs. */
const HIDDEN_APPLICANT_FIELDS = ['personId', 'idNumberMasked', 'phoneMasked'] as const;

/** 2 代理人: off unless someone applies for the applicant. */
export function AgentCard({ hasAgent }: { hasAgent: boolean }) {
  const m = useIntakeMessages();
  const relationLabel = useCodeLabel(AGENT_RELATION);
  return (
    <Card
      className="la-card"
      title={<StepTitle step={2} title={m('agent')} sub={m('agentHint')} />}
      extra={
        <Form.Item name="hasAgent" valuePropName="checked" noStyle>
          <Switch checkedChildren={m('hasAgent')} unCheckedChildren={m('noAgent')} />
        </Form.Item>
      }
    >
      {hasAgent ? (
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name={['agent', 'relation']} label={m('agentRelation')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={Object.keys(AGENT_RELATION).map((value) => ({
                  value,
                  label: relationLabel(value),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={['agent', 'name']}
              label={m('agentName')}
              rules={[{ required: true, whitespace: true, message: m('agentNameRequired') }]}
            >
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['agent', 'phone']} label={m('agentPhone')} rules={[phoneRule]}>
              <Input maxLength={20} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <ResidentIdField name={['agent', 'idNumber']} label={m('agentIdNumber')} required={false} />
          </Col>
        </Row>
      ) : (
        <div className="la-muted">{m('selfApplies')}</div>
      )}
    </Card>
  );
}

/** 3 对方当事人. */
export function OpposingPartyCard() {
  const m = useIntakeMessages();
  return (
    <Card className="la-card" title={<StepTitle step={3} title={m('opposingParty')} />}>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item name={['opposingParty', 'kind']} label={m('opposingKind')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'person', label: m('person') },
                { value: 'organisation', label: m('organisation') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name={['opposingParty', 'name']} label={m('opposingName')}>
            <Input maxLength={100} autoComplete="off" placeholder={m('opposingNamePlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={['opposingParty', 'idNumber']} label={m('opposingId')}>
            <Input maxLength={30} autoComplete="off" placeholder={m('opposingIdPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
