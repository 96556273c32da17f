/**
 * The payload fields whose kind their procedure definition marks (core/procedures/payload-kit.ts
 * FieldWidget, `widget` in the catalog's JSON Schema): business dates and times of day as pickers (the
 * form keeps the payload's 'YYYY-MM-DD' / 'HH:MM' strings), money in fen typed as yuan, staff accounts
 * picked by name.
 */
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, type FormItemProps, InputNumber, Select, TimePicker } from 'antd';
import { createContext, type ReactElement, useContext, useEffect } from 'react';
import { useMe } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { api } from '../../lib/api';
import type { Dayjs } from '../../lib/dates';
import {
  boundFields,
  dateFromPicker,
  datesFromPicker,
  datesToPicker,
  dateToPicker,
  fenToYuan,
  isDayDisabled,
  ownAccount,
  stillNeeded,
  timeFromPicker,
  timeToPicker,
  type Widget,
  yuanToFen,
} from './field-kinds';
import { useMatterMessages } from './messages';
import { roleName } from './roles';
import type { JsonSchema } from './types';

type NamePath = NonNullable<FormItemProps['name']>;
type Rules = { required: boolean; message: string }[];

/** Selects in a row of a list (a claim's kind) are wide enough to read, their options wider still. */
export const SELECT_STYLE = { minWidth: 240 } as const;

/**
 * A payload field that names a staff account (marked `widget: 'account'` by its definition, e.g. 人民调解
 * 确定调解员's mediatorUserId): picked by name among the accounts of `role` (GET /api/matters/handlers),
 * the name also written to the sibling `nameField`, so nobody types an internal id.
 */
function AccountField({
  name,
  title,
  rules,
  role,
  nameField,
  parent,
}: {
  name: NamePath;
  title: string;
  rules: Rules;
  role: string;
  nameField: string;
  parent: (string | number)[];
}) {
  const form = Form.useFormInstance();
  const handlers = useQuery({
    queryKey: ['matters', 'handlers', role],
    queryFn: () =>
      api.get<{ items: { id: string; displayName: string }[] }>('/api/matters/handlers', { role }),
  });
  // Staff holding the role start with themselves picked (their own name filled in too).
  const own = ownAccount(role, useMe().user);
  const picked: unknown = Form.useWatch(name, form);
  useEffect(() => {
    if (own && picked === own.id && !form.getFieldValue([...parent, nameField]))
      form.setFieldValue([...parent, nameField], own.name);
  }, [own, picked, form, parent, nameField]);
  return (
    <Form.Item name={name} label={title} rules={rules} initialValue={own?.id}>
      <Select
        allowClear
        showSearch
        style={SELECT_STYLE}
        popupMatchSelectWidth={false}
        optionFilterProp="label"
        loading={handlers.isLoading}
        options={(handlers.data?.items ?? []).map((h) => ({ value: h.id, label: h.displayName }))}
        onChange={(_id: string | undefined, option) => {
          const picked = Array.isArray(option) ? undefined : option;
          if (picked?.label) form.setFieldValue([...parent, nameField], picked.label);
        }}
      />
    </Form.Item>
  );
}

/** One of the matter's parties, as a party picker offers it. */
export interface PartyOption {
  id: string;
  name: string;
  role: string;
}
/** The parties of the matter the form acts on (none when opening a matter). */
export const PartiesContext = createContext<PartyOption[]>([]);

/**
 * A payload field that names one of the matter's own parties (marked `widget: 'party'`, e.g. 人民调解
 * 同意 / 拒绝调解的当事人): picked among the matter's parties, the name also written to `nameField`.
 */
function PartyField({
  name,
  title,
  rules,
  nameField,
  parent,
}: {
  name: NamePath;
  title: string;
  rules: Rules;
  nameField: string;
  parent: (string | number)[];
}) {
  const form = Form.useFormInstance();
  const { locale } = useI18n();
  const parties = useContext(PartiesContext);
  return (
    <Form.Item name={name} label={title} rules={rules}>
      <Select
        allowClear
        style={SELECT_STYLE}
        popupMatchSelectWidth={false}
        data-testid="party-picker"
        options={parties.map((p) => ({
          value: p.id,
          label: `${p.name}（${roleName(p.role, locale)}）`,
          name: p.name,
        }))}
        onChange={(_id: string | undefined, option) => {
          const picked = Array.isArray(option) ? undefined : option;
          form.setFieldValue([...parent, nameField], picked?.name);
        }}
      />
    </Form.Item>
  );
}

/**
 * A list of choices (公证 收到的材料), the values the matter still `needed` marked 必需 and, while some are
 * not picked, named under the field (尚缺：…), so staff see what acceptance waits for before submitting.
 */
export function MultiChoiceField({
  name,
  title,
  rules,
  values,
  needed,
  label,
}: {
  name: NamePath;
  title: string;
  rules: Rules;
  values: string[];
  needed: readonly string[] | undefined;
  label: (value: unknown) => string;
}) {
  const m = useMatterMessages();
  const form = Form.useFormInstance();
  const missing = stillNeeded(needed, Form.useWatch(name, form));
  return (
    <Form.Item
      name={name}
      label={title}
      rules={rules}
      extra={
        missing.length ? (
          <span data-testid="still-needed">
            {m('stillNeeded', { items: missing.map(label).join(m('listSeparator')) })}
          </span>
        ) : undefined
      }
    >
      <Select
        mode="multiple"
        style={SELECT_STYLE}
        popupMatchSelectWidth={false}
        options={values.map((v) => ({ value: v, label: label(v) }))}
        optionRender={(option) =>
          needed?.includes(String(option.value)) ? `${option.label}${m('neededMark')}` : option.label
        }
      />
    </Form.Item>
  );
}

/** The field for a marked `widget`, or null when the schema lacks what the widget needs. */
export function WidgetField({
  name,
  schema,
  widget,
  title,
  rules,
}: {
  name: NamePath;
  schema: JsonSchema;
  widget: Widget;
  title: string;
  rules: Rules;
}): ReactElement | null {
  const m = useMatterMessages();
  if (widget === 'party') {
    if (!schema.nameField) return null;
    const parent = (Array.isArray(name) ? name : [name]).slice(0, -1);
    return (
      <PartyField name={name} title={title} rules={rules} nameField={schema.nameField} parent={parent} />
    );
  }
  if (widget === 'account') {
    if (!schema.role || !schema.nameField) return null;
    const parent = (Array.isArray(name) ? name : [name]).slice(0, -1);
    return (
      <AccountField
        name={name}
        title={title}
        rules={rules}
        role={schema.role}
        nameField={schema.nameField}
        parent={parent}
      />
    );
  }
  if (widget === 'money')
    // Amounts are stored in fen (分); people type yuan (元) with two decimals.
    return (
      <Form.Item
        name={name}
        label={title}
        rules={rules}
        getValueProps={(fen: unknown) => ({ value: fenToYuan(fen) })}
        normalize={yuanToFen}
      >
        <InputNumber style={{ width: 200 }} min={0} precision={2} addonAfter={m('yuan')} />
      </Form.Item>
    );
  if (widget === 'time')
    return (
      <Form.Item
        name={name}
        label={title}
        rules={rules}
        getValueProps={(v: unknown) => ({ value: timeToPicker(v) })}
        normalize={timeFromPicker}
      >
        <TimePicker format="HH:mm" needConfirm={false} />
      </Form.Item>
    );
  return <DateField name={name} schema={schema} title={title} rules={rules} />;
}

/**
 * A business date (or a list of them), kept as 'YYYY-MM-DD' strings in the form; the picker only shows
 * them and disables the days outside the field's bounds (isDayDisabled), watching a sibling a bound names.
 */
function DateField({
  name,
  schema,
  title,
  rules,
}: {
  name: NamePath;
  schema: JsonSchema;
  title: string;
  rules: Rules;
}) {
  const form = Form.useFormInstance();
  const parent = (Array.isArray(name) ? name : [name]).slice(0, -1);
  const bounded = schema.type === 'array' && schema.items ? schema.items : schema;
  const [siblingName] = boundFields(bounded);
  const siblingValue: unknown = Form.useWatch(siblingName ? [...parent, siblingName] : [], form);
  const siblings = siblingName ? { [siblingName]: siblingValue } : {};
  const disabledDate = (day: Dayjs) => isDayDisabled(day, bounded, siblings);
  return schema.type === 'array' ? (
    <Form.Item
      name={name}
      label={title}
      rules={rules}
      getValueProps={(v: unknown) => ({ value: datesToPicker(v) })}
      normalize={datesFromPicker}
    >
      <DatePicker multiple style={SELECT_STYLE} disabledDate={disabledDate} />
    </Form.Item>
  ) : (
    <Form.Item
      name={name}
      label={title}
      rules={rules}
      getValueProps={(v: unknown) => ({ value: dateToPicker(v) })}
      normalize={dateFromPicker}
    >
      <DatePicker disabledDate={disabledDate} />
    </Form.Item>
  );
}
