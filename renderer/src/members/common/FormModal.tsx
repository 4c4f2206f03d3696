import { useId, type ReactNode } from 'react';
import { Form, Modal, type FormInstance } from 'antd';
import { useFormKeys } from '../form/useFormKeys';
import { useNoClearTabStops } from '../form/useNoClearTabStops';
import { requiredMark } from '../../lib/requiredMark';

interface FormModalProps<V> {
  title: ReactNode;
  form: FormInstance<V>;
  okText: string;
  cancelText: string;
  pending: boolean;
  onFinish: (values: V) => void;
  onCancel: () => void;
  initialValues?: Partial<V>;
  danger?: boolean;
  width?: number;
  children: ReactNode;
}

/**
 * A small dialog with a form: Enter in a one-line field or Ctrl+Enter saves, Esc closes, and
 * server messages appear at the fields (the mutation gets the same `form`).
 */
export function FormModal<V extends object>({
  title,
  form,
  okText,
  cancelText,
  pending,
  onFinish,
  onCancel,
  initialValues,
  danger,
  width = 560,
  children,
}: FormModalProps<V>) {
  const wrapClass = `scd-form-modal-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  useFormKeys({ active: true, containerClass: wrapClass, onSubmit: () => form.submit() });
  const box = useNoClearTabStops();
  return (
    <Modal
      open
      title={title}
      width={width}
      wrapClassName={wrapClass}
      okText={okText}
      cancelText={cancelText}
      okButtonProps={{ danger, loading: pending ? { delay: 300 } : false }}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      maskClosable={false}
    >
      <div ref={box}>
        <Form<V>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          requiredMark={requiredMark}
          onFinish={(values) => {
            if (!pending) onFinish(values);
          }}
          onValuesChange={(changed: object) =>
            form.setFields(Object.keys(changed).map((name) => ({ name: name as never, errors: [] })))
          }
        >
          {children}
        </Form>
      </div>
    </Modal>
  );
}
