import { Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useLayoutEffect, useState } from 'react';
import { useSaveError } from './use-save-error';

export interface FormModalProps<Values> {
  /** Whether the dialog shows; leave it out for a dialog that is mounted only while open. */
  open?: boolean;
  title: ReactNode;
  /** Cancel, the close icon and Esc; also called once `onSubmit` has succeeded. */
  onClose: () => void;
  /**
   * Called with the validated values. When it resolves the dialog closes; when it throws the dialog stays
   * open and the error is shown by useSaveError: the server's field errors on their fields, a stale version
   * as 已被他人修改 (then `onStale`), anything else as a toast. The OK button spins meanwhile.
   */
  onSubmit: (values: Values) => unknown;
  /** After a stale-version refusal (409 COMMON.STALE_VERSION): typically refetch, and perhaps close. */
  onStale?: () => void;
  /** The values each opening starts from (the form is rebuilt on every opening); nested parts may be partial. */
  initialValues?: Parameters<FormInstance<Values>['setFieldsValue']>[0];
  /** The form, when the caller watches or sets its fields (Form.useWatch); otherwise the dialog's own. */
  form?: FormInstance<Values>;
  /** The OK button's text; antd's 确定 / OK when left out. */
  okText?: ReactNode;
  /** A red OK button, for a step that removes or refuses. */
  danger?: boolean;
  width?: number;
  /** The Form.Items (and any note between them). */
  children: ReactNode;
}

/**
 * The one dialog holding a form: a vertical antd Form in a Modal whose OK button submits it (validation
 * first), closed after a successful `onSubmit`, kept open with the server's errors after a failed one.
 *
 * Every opening starts from its `initialValues`, nothing typed before a cancel comes back, also when the
 * caller keeps the form: the content is destroyed on close (destroyOnHidden) and the form is reset when it
 * mounts again (ResetOnOpen). While open, a field hidden and shown again keeps what was typed.
 */
export function FormModal<Values extends object>({
  open = true,
  title,
  onClose,
  onSubmit,
  onStale,
  initialValues,
  form: given,
  okText,
  danger,
  width,
  children,
}: FormModalProps<Values>) {
  const [form] = Form.useForm<Values>(given);
  const showSaveError = useSaveError();
  const [submitting, setSubmitting] = useState(false);

  const submit = async (values: Values) => {
    setSubmitting(true);
    try {
      await onSubmit(values);
      onClose();
    } catch (error) {
      showSaveError(error, { form, onStale });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={danger ? { danger: true } : undefined}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={width}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => {
          if (!submitting) void submit(values);
        }}
        style={{ marginTop: 16 }}
      >
        {children}
        <ResetOnOpen form={form} />
      </Form>
    </Modal>
  );
}

/**
 * Resets the form to the dialog's `initialValues` as its content mounts, each opening: a form that outlives the
 * content (the dialog's own while it stays mounted, or the caller's) still holds the last opening's values,
 * and a Form mounting on a filled form keeps them over its new `initialValues`. Last in the Form, so every
 * field has registered; a layout effect, so the old values are never painted. (Not `preserve={false}` nor
 * `clearOnDestroy`: under StrictMode a field's or the Form's clean-up also runs right after mounting, which
 * would empty a list row just added with its defaults, or the whole fresh form.)
 */
function ResetOnOpen({ form }: { form: FormInstance }) {
  useLayoutEffect(() => form.resetFields(), [form]);
  return null;
}
