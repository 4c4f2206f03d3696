import { useEffect, useRef } from 'react';

interface FormKeys {
  /** Listening only while the form is shown. */
  active: boolean;
  /** Keys count only when focus is inside an element with this class (not in a dialog above it). */
  containerClass: string;
  /** Ctrl+Enter anywhere, or Enter in a one-line field. */
  onSubmit: () => void;
  /** Ctrl+Shift+Enter ("Lưu và thêm tiếp"). */
  onSubmitAlt?: () => void;
  /** Without it Esc is left to the dialog itself. */
  onEscape?: () => void;
}

/** A list, a calendar or a suggestion box is open on this element: Enter and Esc belong to it. */
function popupOpen(el: Element): boolean {
  if (el.getAttribute('aria-expanded') === 'true') return true;
  return (
    el.closest('.ant-picker') !== null &&
    document.querySelector('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)') !== null
  );
}

/** Enter in these saves; in a list (Select) it picks, in a text area it starts a new line. */
function enterSaves(el: Element): boolean {
  if (!(el instanceof HTMLInputElement)) return false;
  if (['button', 'submit', 'reset', 'file'].includes(el.type)) return false;
  const select = el.closest('.ant-select');
  if (select && !select.classList.contains('ant-select-auto-complete')) return false;
  return !(select && el.getAttribute('aria-expanded') === 'true');
}

/**
 * The keyboard of a form: Enter or Ctrl+Enter saves, Esc closes. Listened to on the document,
 * after the fields' own handlers, so a date typed and confirmed with Enter is in the form
 * before it is saved, and Esc in an open list closes only the list.
 */
export function useFormKeys({ active, containerClass, onSubmit, onSubmitAlt, onEscape }: FormKeys): void {
  const handlers = useRef({ onSubmit, onSubmitAlt, onEscape });
  useEffect(() => {
    handlers.current = { onSubmit, onSubmitAlt, onEscape };
  });
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target?.closest(`.${containerClass}`) || event.isComposing) return;
      const { onSubmit: submit, onSubmitAlt: submitAlt, onEscape: escape } = handlers.current;
      if (event.key === 'Escape') {
        if (!escape || popupOpen(target)) return;
        event.preventDefault();
        // After this key is done: a confirm that escape() opens would otherwise take the same
        // Esc as its own and close at once ("Bỏ các thông tin vừa nhập?" never stayed).
        setTimeout(escape, 0);
        return;
      }
      if (event.key !== 'Enter' || event.altKey) return;
      const ctrl = event.ctrlKey || event.metaKey;
      if (ctrl && event.shiftKey && submitAlt) {
        event.preventDefault();
        submitAlt();
      } else if (ctrl || (!event.shiftKey && enterSaves(target))) {
        event.preventDefault();
        // After the field's own Enter (a date picker commits its typed text on it).
        setTimeout(submit, 0);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active, containerClass]);
}
