import { useCallback, useId, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { Form, Modal, type FormInstance } from 'antd';
import { useFocusInCapture } from '../form/useFocusInCapture';
import { useFormKeys } from '../form/useFormKeys';
import { useNoClearTabStops } from '../form/useNoClearTabStops';
import { useReturnFocus } from '../../lib/dialogFocus';
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
 * server messages appear at the fields (the mutation gets the same `form`). Render it only while
 * it is open; when it closes the focus goes back to what opened it (useReturnFocus).
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
  // Its page unmounts it to close it: the focus goes back to what opened it.
  useReturnFocus(true);
  const { ref, onFocus, afterOpenChange } = useFirstFocusKept(useNoClearTabStops(), wrapClass);
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
      afterOpenChange={afterOpenChange}
    >
      <div ref={ref} onFocus={onFocus}>
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

/** Where the keyboard goes in a dialog whose own autoFocus did not take. */
const FIRST_FIELD = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled])';

/**
 * The field a dialog focuses on opening (its autoFocus) keeps the focus until the dialog has
 * settled. antd locks the focus inside the top dialog one render after mounting, and when the
 * focus is not in the dialog yet at that moment (a dialog opened from another: a layout from
 * the layouts list) the lock puts it on the dialog's close button. So while the dialog opens,
 * a focus that lands in the dialog outside its fields goes on at once to the first field that
 * had it, else the first field: the chair types into the field the dialog shows as focused.
 * Once open, the focus goes where the chair sends it (Shift+Tab may reach the close button).
 */
function useFirstFocusKept(box: (root: HTMLElement | null) => (() => void) | undefined, wrapClass: string) {
  const first = useRef<HTMLElement | null>(null);
  const fields = useRef<HTMLElement | null>(null);
  const [opening, setOpening] = useState(true);
  const ref = useCallback(
    (root: HTMLElement | null) => {
      fields.current = root;
      return box(root);
    },
    [box],
  );
  const onFocus = useCallback((e: FocusEvent<HTMLElement>) => {
    first.current ??= e.target;
  }, []);
  const keep = (active: Element | null) => {
    const root = fields.current;
    if (!root?.isConnected || root.contains(active)) return;
    const target = first.current?.isConnected ? first.current : root.querySelector<HTMLElement>(FIRST_FIELD);
    target?.focus();
  };
  useFocusInCapture(opening, (target) => {
    if (target.closest(`.${wrapClass}`)) keep(target);
  });
  const afterOpenChange = (open: boolean) => {
    if (!open) return;
    setOpening(false);
    // When nothing took the focus at all during the opening, the first field takes it now, in a
    // task of its own, so never in the middle of a focus change.
    setTimeout(() => keep(document.activeElement), 0);
  };
  return { ref, onFocus, afterOpenChange };
}
