import { CheckCircleFilled } from '@ant-design/icons';
import { ageOn, findDivisionName, normalizePhone, parseResidentId } from '@core/identity';
import { Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import { todayIso } from '../../lib/dates';

/** Instant check of a resident ID number (GB 11643): the Chinese message of core parseResidentId. */
export function residentIdRule(required: boolean): Rule {
  return {
    validator: async (_rule, value: string | undefined) => {
      if (!value?.trim()) {
        if (required) throw new Error('请填写公民身份号码');
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
  if (!value?.trim()) return null;
  const parsed = parseResidentId(value);
  if (!parsed.ok) return null;
  const age = ageOn(parsed.birthDate, todayIso());
  const place = findDivisionName(parsed.divisionCode);
  return (
    <div className="la-id-facts" data-testid="id-facts">
      <CheckCircleFilled className="la-id-ok" />
      <span>出生日期 {parsed.birthDate}</span>
      <span>{parsed.sex === 'male' ? '男' : '女'}</span>
      <span>{age} 岁</span>
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
  const value = Form.useWatch(name, form) as string | undefined;
  return (
    <Form.Item
      name={name}
      label={label}
      required={required}
      rules={[residentIdRule(required)]}
      validateTrigger={['onChange', 'onBlur']}
      extra={<IdFacts value={value} />}
    >
      <Input maxLength={20} placeholder="18位公民身份号码" autoComplete="off" className="la-mono" />
    </Form.Item>
  );
}
