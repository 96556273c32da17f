/**
 * The console's required-field rules for antd Form.Items, each saying 请填写{label} / 请选择{label}
 * (`common.required` / `common.selectRequired`).
 *
 * `label` is the field's name as the message should say it, already translated — usually the Form.Item's
 * own label. Each rule carries only the keys it needs: antd's validator picks its check from the keys (a
 * rule of `required` alone accepts any non-empty value, one with `whitespace` or `min` checks a string).
 */
import type { FormRule } from 'antd';
import type { Translate } from './i18n';

/** A typed text (Input, TextArea): blank or only spaces is missing; `min` asks for at least that many characters. */
export function requiredText(t: Translate, label: string, { min }: { min?: number } = {}): FormRule[] {
  const message = t('common.required', { label });
  return [
    min === undefined
      ? { required: true, whitespace: true, message }
      : { required: true, whitespace: true, min, message },
  ];
}

/** A typed value that is not a string to trim (InputNumber): only an empty field is missing. */
export function requiredNumber(t: Translate, label: string): FormRule[] {
  return [{ required: true, message: t('common.required', { label }) }];
}

/**
 * A choice (Select, DatePicker, Radio.Group); `multiple` for a list of choices (Select mode="multiple",
 * Checkbox.Group), where an empty list is missing.
 */
export function requiredChoice(
  t: Translate,
  label: string,
  { multiple = false }: { multiple?: boolean } = {},
): FormRule[] {
  const message = t('common.selectRequired', { label });
  return [multiple ? { required: true, type: 'array', min: 1, message } : { required: true, message }];
}
