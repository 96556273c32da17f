/**
 * The intake form's case and means (申请受理, steps 4–6): the case kind and matter (法律援助法 第二十二条、
 * 第二十五条、第三十一条), the circumstances free of the means test (第三十二条、第四十二条), the household's
 * finances with the signed commitment (第三十四条、第四十一条), and the procedure and time limits (第四十四条).
 */
import { ClockCircleOutlined } from '@ant-design/icons';
import { isAdvanceAidDue } from '@core/legal-aid/deadlines';
import {
  ART31_MATTERS,
  ART32_CIRCUMSTANCES,
  ART42_EXEMPTIONS,
  CASE_KINDS,
  type CaseKind,
  HARDSHIP_METHODS,
  MANDATORY_GROUNDS,
} from '@core/legal-aid/eligibility';
import { ADVANCE_AID_GROUNDS } from '@core/procedures/legal-aid-vocabulary';
import { priorityGroups } from '@core/queue/priority';
import {
  Alert,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Switch,
} from 'antd';
import type { Ref } from 'react';
import { type Locale, pick, useCodeLabel, useI18n } from '../../app/i18n';
import { type Dayjs, todayIso } from '../../lib/dates';
import { PRIORITY_GROUP } from '../queue/messages';
import { CommitmentText } from './commitment-card';
import { useIntakeMessages } from './intake-messages';
import { StepTitle } from './intake-parties';
import {
  ART31_OTHER,
  ART32,
  ART42,
  CASE_KIND,
  HARDSHIP_METHOD,
  MANDATORY,
  matterLabel,
  OTHER_MATTER,
} from './labels';
import { SignaturePad, type SignaturePadHandle } from './signature-pad';
import { ADVANCE_AID_GROUND_EN } from './vocabulary';

/** An item of a statute's list: `（3）…` in Chinese, `(3) …` in English. */
function item(locale: Locale, n: number, text: string): string {
  return pick(locale, `（${n}）${text}`, `(${n}) ${text}`);
}

function daysUntil(iso: string): number {
  return Math.round((Date.parse(iso) - Date.parse(todayIso())) / 86_400_000);
}

/** 法律援助法 第四十四条第一项: fewer than 7 days before a limitation period or deadline expires. */
export function AdvanceAidPrompt({ due }: { due: Dayjs | null | undefined }) {
  const m = useIntakeMessages();
  const { locale } = useI18n();
  if (!due) return null;
  const iso = due.format('YYYY-MM-DD');
  const days = daysUntil(iso);
  if (days < 0) {
    return (
      <Alert
        className="la-panel-alert"
        type="error"
        showIcon
        message={m('limitationExpired')}
        description={m('limitationExpiredHint', { date: iso })}
      />
    );
  }
  if (!isAdvanceAidDue(iso, todayIso())) return null;
  return (
    <Alert
      className="la-panel-alert"
      type="warning"
      showIcon
      data-testid="advance-aid-prompt"
      message={m('advanceAidDays', { days })}
      description={m('advanceAidHint', {
        ground: pick(locale, ADVANCE_AID_GROUNDS[1], ADVANCE_AID_GROUND_EN[1]),
      })}
    />
  );
}

/** 4 案情: case kind, the matter or mandatory-defence ground, art. 32 / 42, priority groups, facts. */
export function CaseCard({
  caseKind,
  matter,
}: {
  caseKind: CaseKind | undefined;
  matter: string | undefined;
}) {
  const m = useIntakeMessages();
  const { locale } = useI18n();
  const caseKindLabel = useCodeLabel(CASE_KIND);
  const mandatoryLabel = useCodeLabel(MANDATORY);
  const art32Label = useCodeLabel(ART32);
  const art42Label = useCodeLabel(ART42);
  const priorityLabel = useCodeLabel(PRIORITY_GROUP);
  const matterOptions = [
    ...ART31_MATTERS.map((code, i) => ({
      value: code,
      label: item(locale, i + 1, matterLabel(code, locale)),
    })),
    { value: OTHER_MATTER, label: item(locale, 9, pick(locale, ART31_OTHER[0], ART31_OTHER[1])) },
  ];
  return (
    <Card className="la-card" title={<StepTitle step={4} title={m('facts')} />}>
      <Form.Item
        name="caseKind"
        label={m('caseKind')}
        rules={[{ required: true, message: m('caseKindRequired') }]}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={CASE_KINDS.map((k) => ({ value: k, label: caseKindLabel(k) }))}
        />
      </Form.Item>
      {caseKind === 'criminal-defence' ? (
        <Form.Item name="mandatory" label={m('mandatory')} extra={m('mandatoryHint')}>
          <Select
            allowClear
            placeholder={m('mandatoryNone')}
            options={MANDATORY_GROUNDS.map((g, i) => ({
              value: g,
              label: item(locale, i + 1, mandatoryLabel(g)),
            }))}
          />
        </Form.Item>
      ) : null}
      {caseKind === 'civil' || caseKind === 'administrative' ? (
        <Row gutter={16}>
          <Col xs={24} md={matter === OTHER_MATTER ? 14 : 24}>
            <Form.Item
              name="matter"
              label={m('matter')}
              rules={[{ required: true, message: m('matterRequired') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                placeholder={m('matterRequired')}
                options={matterOptions}
                data-testid="matter-select"
              />
            </Form.Item>
          </Col>
          {matter === OTHER_MATTER ? (
            <Col xs={24} md={10}>
              <Form.Item
                name="matterOther"
                label={m('matterOther')}
                rules={[{ required: true, whitespace: true, message: m('matterOtherRequired') }]}
              >
                <Input maxLength={50} placeholder={m('matterOtherPlaceholder')} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      ) : null}
      <Form.Item name="circumstances" label={m('circumstances')} className="la-checks">
        <Checkbox.Group options={ART32_CIRCUMSTANCES.map((c) => ({ value: c, label: art32Label(c) }))} />
      </Form.Item>
      <Form.Item name="exemptions" label={m('exemptions')} className="la-checks">
        <Checkbox.Group options={ART42_EXEMPTIONS.map((e) => ({ value: e, label: art42Label(e) }))} />
      </Form.Item>
      <Form.Item name="priorityGroups" label={m('priorityGroups')}>
        <Select
          mode="multiple"
          allowClear
          placeholder={m('priorityGroupsPlaceholder')}
          options={priorityGroups.map((g) => ({ value: g.code, label: priorityLabel(g.code, g.labelZh) }))}
        />
      </Form.Item>
      <Form.Item
        name="facts"
        label={m('factsSummary')}
        rules={[{ required: true, whitespace: true, message: m('factsRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder={m('factsPlaceholder')} />
      </Form.Item>
    </Card>
  );
}

/** 5 家庭经济状况: household size and income, how hardship is checked, and the signed commitment. */
export function HardshipCard({
  method,
  pad,
  signed,
  onSigned,
}: {
  method: string | undefined;
  pad: Ref<SignaturePadHandle>;
  signed: boolean;
  onSigned: (signed: boolean) => void;
}) {
  const m = useIntakeMessages();
  const { locale } = useI18n();
  const methodLabel = useCodeLabel(HARDSHIP_METHOD);
  return (
    <Card
      className="la-card"
      title={<StepTitle step={5} title={m('hardship')} sub={m('hardshipArticles')} />}
    >
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item
            name={['hardship', 'householdSize']}
            label={m('householdSize')}
            rules={[{ type: 'integer', min: 1, message: m('householdSizeInvalid') }]}
          >
            <InputNumber min={1} max={30} precision={0} addonAfter={m('persons')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={['hardship', 'householdMonthlyIncomeYuan']}
            label={m('householdIncome')}
            rules={[{ type: 'number', min: 0, message: m('householdIncomeInvalid') }]}
          >
            <InputNumber
              min={0}
              precision={2}
              step={100}
              addonAfter={m('yuanPerMonth')}
              style={{ width: '100%' }}
              data-testid="household-income"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name={['hardship', 'method']} label={m('hardshipMethod')}>
            <Radio.Group
              optionType="button"
              options={HARDSHIP_METHODS.map((value) => ({ value, label: methodLabel(value) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      {method === 'commitment' ? (
        <div className="la-intake-commitment">
          <div className="la-panel-subtitle">{m('commitmentSign')}</div>
          <CommitmentText />
          <SignaturePad ref={pad} onChange={onSigned} height={160} locale={locale} />
          {!signed ? <div className="la-muted la-small">{m('signLater')}</div> : null}
        </div>
      ) : null}
    </Card>
  );
}

/** 6 办理方式与期限: simple case (five same-day) and the limitation date (advance aid, art. 44). */
export function ProcedureCard() {
  const m = useIntakeMessages();
  return (
    <Card className="la-card" title={<StepTitle step={6} title={m('procedure')} />}>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item
            name="simpleCase"
            label={m('simpleCase')}
            valuePropName="checked"
            extra={m('simpleCaseHint')}
          >
            <Switch checkedChildren={m('simple')} unCheckedChildren={m('ordinary')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item
            name="limitationDueOn"
            label={
              <span>
                <ClockCircleOutlined /> {m('limitationDue')}
              </span>
            }
            extra={m('limitationDueHint')}
          >
            <DatePicker style={{ width: '100%' }} placeholder={m('limitationDuePlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
