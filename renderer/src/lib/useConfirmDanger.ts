import { App } from 'antd';
import type { ReactNode } from 'react';

interface DangerQuestion {
  title: ReactNode;
  content: ReactNode;
  /** The red button: what will be lost ("Xóa", "Bỏ thay đổi"). */
  okText: string;
  cancelText: string;
  onOk: () => unknown;
}

/**
 * Asks before something is deleted or thrown away. The focus starts on the safe answer, so an
 * Enter pressed out of habit keeps the data.
 */
export function useConfirmDanger(): (question: DangerQuestion) => void {
  const { modal } = App.useApp();
  return (question) => void modal.confirm({ ...question, okButtonProps: { danger: true }, autoFocusButton: 'cancel' });
}
