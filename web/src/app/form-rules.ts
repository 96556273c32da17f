/**
 * The console's required-field rules for antd Form.Items, each saying 请填写{label} / 请选择{label}
 * (`common.required` / `common.selectRequired`; in English "Please enter the …" / "Please select the …").
 *
 * `label` is the field's name as the message should say it, already translated — usually the Form.Item's
 * own label, its first letter lowercased inside the sentence (`inSentence`); where the label does not read
 * as a noun in English (`No.`, `Decided on`) the caller passes a `….InSentence` message whose Chinese is the
 * label's (`window.numberInSentence`: 窗口号 / window number).
 *
 * Each rule carries only the keys it needs: antd's validator picks its check from the keys (a rule of
 * `required` alone accepts any non-empty value, one with `whitespace` or `min` checks a string).
 */
import type { FormRule } from 'antd';
import type { Translate } from './i18n';

/** A typed text (Input, TextArea): blank or only spaces is missing; `min` asks for at least that many characters. */
export function requiredText(t: Translate, label: string, { min }: { min?: number } = {}): FormRule[] {
  const message = t('common.required', { label: inSentence(label) });
  return [
    min === undefined
      ? { required: true, whitespace: true, message }
      : { required: true, whitespace: true, min, message },
  ];
}

/** A typed value that is not a string to trim (InputNumber): only an empty field is missing. */
export function requiredNumber(t: Translate, label: string): FormRule[] {
  return [{ required: true, message: t('common.required', { label: inSentence(label) }) }];
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
  const message = t('common.selectRequired', { label: inSentence(label) });
  return [multiple ? { required: true, type: 'array', min: 1, message } : { required: true, message }];
}

/**
 * A label as it reads inside a sentence: its first letter lowercased (`Roles` → `roles`, `Window name` →
 * `window name`) unless its first word is an abbreviation in capitals (`ID number` stays). Chinese is unchanged.
 */
export function inSentence(label: string): string {
  const firstWord = label.split(' ', 1)[0] ?? '';
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
