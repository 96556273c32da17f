import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { neededKey } from '@core/procedures/procedure-kit';
import { Button, Form, type FormItemProps, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import { createContext, useContext } from 'react';
import { useI18n, useParens } from '../../app/i18n';
import { isShown, offeredValues, pickerFilledFields, widgetOf } from './field-kinds';
import { useMatterMessages } from './messages';
import { payloadVariants, typeOf, VARIANT_KEY } from './payload-values';
import type { CatalogAction, JsonSchema, ValueLabels } from './types';

export { cleanPayload } from './payload-values';

import {
  MultiChoiceField,
  PartiesContext,
  type PartyOption,
  SELECT_STYLE,
  WidgetField,
} from './widget-fields';

type NamePath = NonNullable<FormItemProps['name']>;

const ValueLabelsContext = createContext<ValueLabels>({});
/** The action's field names by dotted path ('terms.content'), for the fields of lists and groups. */
const FieldLabelsContext = createContext<Record<string, string>>({});
/** The matter's own allowed values of enum fields, by dotted path (nextActions[].choices). */
const ChoicesContext = createContext<Record<string, string[]>>({});
/** The fields a sibling picker fills, by key → the picker's key (pickerFilledFields). */
const FilledContext = createContext<Record<string, string>>({});

/**
 * The label of a payload enum value in the current language, from the procedure's own table
 * (GET /api/matters/procedures `valueLabels`, single source core/procedures/labels.ts); the raw code
 * only for a value the table lacks (core/procedures/registry.test.ts forbids that).
 */
export function useValueLabel(valueLabels?: ValueLabels): (value: unknown) => string {
  const { locale } = useI18n();
  const fromContext = useContext(ValueLabelsContext);
  const table = valueLabels ?? fromContext;
  return (value) => table[String(value)]?.[locale === 'zh-CN' ? 0 : 1] ?? String(value);
}

interface FieldProps {
  name: NamePath;
  /**
   * Inside a Form.List row `name` is relative to the list (`[0, 'kind']`); `scope` is the list's own path
   * (`['claims']`), so a sibling a field depends on (`shownWhen`, a picker) is read at its full path.
   */
  scope?: (string | number)[];
  /** The field's dotted path in the payload ('terms', 'terms.content'). */
  path: string;
  schema: JsonSchema;
  title: string;
  required: boolean;
}

/**
 * A field, or nothing while its definition's `shownWhen` sibling holds another value; required also
 * while its `requiredWhen` sibling holds one of its values.
 */
function Field(props: FieldProps) {
  const picker = useContext(FilledContext)[props.path];
  if (props.schema.legacy) return null;
  const { shownWhen: when, requiredWhen } = props.schema;
  if (!when && !picker && !requiredWhen) return <FieldBody {...props} />;
  const parent = [...(props.scope ?? []), ...(Array.isArray(props.name) ? props.name : [props.name])].slice(
    0,
    -1,
  );
  return (
    <Form.Item noStyle shouldUpdate>
      {({ getFieldValue }) =>
        !when || isShown(when, getFieldValue([...parent, when.field])) ? (
          // A name a picker fills is typed only while nothing is picked; hidden, it is still sent.
          <div hidden={picker !== undefined && Boolean(getFieldValue([...parent, picker]))}>
            <FieldBody
              {...props}
              required={
                props.required ||
                (requiredWhen !== undefined &&
                  isShown(requiredWhen, getFieldValue([...parent, requiredWhen.field])))
              }
            />
          </div>
        ) : null
      }
    </Form.Item>
  );
}

/** One field for `schema` at `name` (a path inside the form). Unknown shapes fall back to JSON text. */
function FieldBody({ name, scope, path, schema, title, required }: FieldProps) {
  const m = useMatterMessages();
  const parens = useParens();
  const label = useValueLabel();
  const fieldLabels = useContext(FieldLabelsContext);
  const allowed = useContext(ChoicesContext)[path];
  const needed = useContext(ChoicesContext)[neededKey(path)];
  const titleOf = (key: string) => fieldLabels[`${path}.${key}`] ?? key;
  // A choice (or a list of choices, a picked date or account) is chosen, text is typed: 请选择 / 请填写.
  const widgetKind = widgetOf(schema);
  const chosen =
    schema.enum !== undefined ||
    schema.items?.enum !== undefined ||
    widgetKind === 'date' ||
    widgetKind === 'time' ||
    widgetKind === 'account' ||
    widgetKind === 'party';
  const rules = required
    ? [{ required: true, message: m(chosen ? 'choose' : 'required', { field: title }) }]
    : [];
  if (schema.const === true) {
    return (
      <Form.Item name={name} label={title} valuePropName="checked" initialValue={false}>
        <Switch checkedChildren={m('yes')} unCheckedChildren={m('no')} />
      </Form.Item>
    );
  }
  if (schema.enum) {
    return (
      <Form.Item name={name} label={title} rules={rules}>
        <Select
          allowClear={!required}
          style={SELECT_STYLE}
          popupMatchSelectWidth={false}
          options={offeredValues(schema.enum, allowed).map((v) => ({ value: v, label: label(v) }))}
        />
      </Form.Item>
    );
  }
  const type = typeOf(schema);
  const widget = widgetOf(schema);
  // Phone and ID numbers are typed as plain text; only their display is masked (payload-display.ts).
  if (widget && widget !== 'phone' && widget !== 'id-number') {
    const field = <WidgetField name={name} schema={schema} widget={widget} title={title} rules={rules} />;
    if (field) return field;
  }
  if (type === 'boolean')
    return (
      <Form.Item name={name} label={title} valuePropName="checked" initialValue={false}>
        <Switch checkedChildren={m('yes')} unCheckedChildren={m('no')} />
      </Form.Item>
    );
  if (type === 'integer' || type === 'number')
    return (
      <Form.Item name={name} label={title} rules={rules}>
        <InputNumber
          style={{ width: 200 }}
          min={schema.minimum}
          max={schema.maximum}
          precision={type === 'integer' ? 0 : undefined}
        />
      </Form.Item>
    );
  if (type === 'string')
    return (
      <Form.Item name={name} label={title} rules={rules}>
        {(schema.maxLength ?? 0) > 200 ? <Input.TextArea rows={3} /> : <Input />}
      </Form.Item>
    );
  if (type === 'array' && schema.items) {
    const items = schema.items;
    if (items.enum)
      return (
        <MultiChoiceField
          name={name}
          title={title}
          rules={rules}
          values={offeredValues(items.enum, allowed)}
          needed={needed}
          label={label}
        />
      );
    if (typeOf(items) === 'object' && items.properties) {
      const props = Object.entries(items.properties);
      return (
        <Form.Item label={title} required={required}>
          <Form.List name={name as (string | number)[]} initialValue={required ? [{}] : []}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap>
                    {props.map(([key, sub]) => (
                      <Field
                        key={key}
                        scope={[...(scope ?? []), ...(name as (string | number)[])]}
                        name={[field.name, key]}
                        path={`${path}.${key}`}
                        schema={sub}
                        title={titleOf(key)}
                        required={items.required?.includes(key) ?? false}
                      />
                    ))}
                    <MinusCircleOutlined onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />}>
                  {m('addItem', { item: fieldLabels[`${path}[]`] ?? title })}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      );
    }
    return (
      <Form.Item name={name} label={title} rules={rules}>
        <Select mode="tags" open={false} />
      </Form.Item>
    );
  }
  if (type === 'object' && schema.properties) {
    const parent = Array.isArray(name) ? name : [name];
    return (
      <fieldset className="matters-fieldset">
        <legend>{title}</legend>
        {Object.entries(schema.properties).map(([key, sub]) => (
          <Field
            key={key}
            scope={scope}
            name={[...parent, key]}
            path={`${path}.${key}`}
            schema={sub}
            title={titleOf(key)}
            required={schema.required?.includes(key) ?? false}
          />
        ))}
      </fieldset>
    );
  }
  return (
    <Form.Item
      name={name}
      label={`${title}${parens('JSON')}`}
      rules={[
        ...rules,
        {
          validator: (_r, value: unknown) => {
            if (value === undefined || value === '') return Promise.resolve();
            try {
              JSON.parse(String(value));
              return Promise.resolve();
            } catch {
              return Promise.reject(new Error(m('badJson')));
            }
          },
        },
      ]}
    >
      <Input.TextArea rows={3} />
    </Form.Item>
  );
}

/** The fields of one object schema under `prefix` (keys in `skip` left out). */
function ObjectFields({
  schema,
  prefix,
  labels,
  skip,
}: {
  schema: JsonSchema;
  prefix: string[];
  labels: Record<string, string>;
  skip?: string;
}) {
  return (
    <>
      {Object.entries(schema.properties ?? {})
        .filter(([key]) => key !== skip)
        .map(([key, sub]) => (
          <Field
            key={key}
            name={[...prefix, key]}
            path={key}
            schema={sub}
            title={labels[key] ?? key}
            required={schema.required?.includes(key) ?? false}
          />
        ))}
    </>
  );
}

/**
 * A payload that is one of several kinds (律师服务 登记: consultation, engagement or complaint; 法治宣传 申请:
 * materials or a lecture): the kind as a choice, then the chosen kind's own fields.
 */
function VariantFields({
  variants,
  prefix,
  labels,
}: {
  variants: { kind: string; schema: JsonSchema }[];
  prefix: string[];
  labels: Record<string, string>;
}) {
  const m = useMatterMessages();
  const label = useValueLabel();
  const form = Form.useFormInstance();
  const kind = Form.useWatch([...prefix, VARIANT_KEY], form) as string | undefined;
  const chosen = variants.find((v) => v.kind === kind);
  const title = labels[VARIANT_KEY] ?? m('variantKind');
  return (
    <>
      <Form.Item
        name={[...prefix, VARIANT_KEY]}
        label={title}
        rules={[{ required: true, message: m('choose', { field: title }) }]}
      >
        <Radio.Group
          optionType="button"
          options={variants.map((v) => ({ value: v.kind, label: label(v.kind) }))}
        />
      </Form.Item>
      {chosen && <ObjectFields schema={chosen.schema} prefix={prefix} labels={labels} skip={VARIANT_KEY} />}
    </>
  );
}

/**
 * The fields of an action's payload, drawn from its JSON Schema (GET /api/matters/procedures), under
 * the form path `prefix` (e.g. ['payload']), labelled in the current language (`fieldLabels` /
 * `fieldLabelsEn`). A `oneOf` payload told apart by `kind` shows the kind first, then its fields; only
 * a shape neither covers falls back to JSON text. The server validates again and returns field errors as
 * `payload.<field>`, which land on these fields.
 */
export function PayloadFields({
  action,
  prefix,
  valueLabels,
  choices = {},
  parties = [],
}: {
  action: CatalogAction;
  prefix: string[];
  /** The procedure's enum value labels (Procedure.valueLabels). */
  valueLabels: ValueLabels;
  /** The matter's own allowed values of enum fields, by field path (nextActions[].choices). */
  choices?: Record<string, string[]>;
  /** The matter's parties, offered by fields marked `widget: 'party'`. */
  parties?: PartyOption[];
}) {
  const m = useMatterMessages();
  const { locale } = useI18n();
  const schema = action.payloadSchema;
  // One entry of a list is named under `${path}[]` (its add button), in English only ('Add claim').
  const itemNames = Object.entries(action.itemNamesEn ?? {}).map(([path, name]) => [`${path}[]`, name]);
  const labels =
    locale === 'zh-CN'
      ? action.fieldLabels
      : { ...action.fieldLabels, ...action.fieldLabelsEn, ...Object.fromEntries(itemNames) };
  const variants = schema.properties ? undefined : payloadVariants(schema);
  if (!schema.properties && !variants) {
    return (
      <Form.Item name={[...prefix, '__json']} label={m('jsonFallback')}>
        <Input.TextArea rows={4} />
      </Form.Item>
    );
  }
  return (
    <ValueLabelsContext.Provider value={valueLabels}>
      <FieldLabelsContext.Provider value={labels}>
        <ChoicesContext.Provider value={choices}>
          <FilledContext.Provider value={pickerFilledFields(schema.properties)}>
            <PartiesContext.Provider value={parties}>
              {variants ? (
                <VariantFields variants={variants} prefix={prefix} labels={labels} />
              ) : (
                <ObjectFields schema={schema} prefix={prefix} labels={labels} />
              )}
            </PartiesContext.Provider>
          </FilledContext.Provider>
        </ChoicesContext.Provider>
      </FieldLabelsContext.Provider>
    </ValueLabelsContext.Provider>
  );
}
