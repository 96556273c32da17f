import { CheckCircleFilled } from '@ant-design/icons';
import { ageOn, findDivisionName, normalizePhone, parseResidentId } from '@core/identity';
import { Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import { todayIso } from '../../lib/dates';
import { type IntakeMessage, useIntakeMessages } from './intake-messages';

/**
 * Instant check of a resident ID number (GB 11643): the Chinese message of core parseResidentId (like a
 * server message); `m` words the empty case.
 */
export function residentIdRule(required: boolean, m: (key: IntakeMessage) => string): Rule {
  return {
    validator: async (_rule, value: string | undefined) => {
      if (!value?.trim()) {
        if (required) throw new Error(m('idRequired'));
        return;
      }
      const parsed = parseResidentId(value);
      if (!parsed.ok) throw new Error(parsed.message);
    },
  };
}

export const phoneRule: Rule = {
  validator: async (_rule, value: string | undefined) => {
    if (!value?.trim()) return;
    const parsed = normalizePhone(value);
    if (!parsed.ok) throw new Error(parsed.message);
  },
};

/** What the number says: birth date, sex, age and where it was issued, as soon as it is valid. */
function IdFacts({ value }: { value: string | undefined }) {
  const m = useIntakeMessages();
  if (!value?.trim()) return null;
  const parsed = parseResidentId(value);
  if (!parsed.ok) return null;
  const age = ageOn(parsed.birthDate, todayIso());
  const place = findDivisionName(parsed.divisionCode);
  return (
    <div className="la-id-facts" data-testid="id-facts">
      <CheckCircleFilled className="la-id-ok" />
      <span>{m('born', { date: parsed.birthDate })}</span>
      <span>{parsed.sex === 'male' ? m('male') : m('female')}</span>
      <span>{m('age', { age })}</span>
      {place ? <span>{place}</span> : null}
      {parsed.warnings.map((w) => (
        <span key={w} className="la-id-warning">
          {w}
        </span>
      ))}
    </div>
  );
}

/** A 公民身份号码 input validated on every keystroke, with the facts it encodes underneath. */
export function ResidentIdField({
  name,
  label,
  required,
}: {
  name: (string | number)[];
  label: string;
  required: boolean;
}) {
  const form = Form.useFormInstance();
  const m = useIntakeMessages();
  const value = Form.useWatch(name, form) as string | undefined;
  return (
    <Form.Item
      name={name}
      label={label}
      required={required}
      rules={[residentIdRule(required, m)]}
      validateTrigger={['onChange', 'onBlur']}
      extra={<IdFacts value={value} />}
    >
      <Input maxLength={20} placeholder={m('idPlaceholder')} autoComplete="off" className="la-mono" />
    </Form.Item>
  );
}
