import { useEffect, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';

/** What had the focus when a dialog opened, to give it back when it closes. */
interface Opener {
  element: HTMLElement;
  /** When `element` is gone or hidden by then (an item of a closed menu): the menu's button. */
  fallback: HTMLElement | null;
}

/** antd's drop-down menus, and the button of the open one (rc-dropdown adds `-open` to it). */
const MENU = '.ant-dropdown';
const OPEN_MENU_BUTTON = '.ant-dropdown-open';

function takeOpener(): Opener | null {
  const active = document.activeElement;
  const menuButton = document.querySelector<HTMLElement>(OPEN_MENU_BUTTON);
  if (!(active instanceof HTMLElement) || active === document.body) {
    return menuButton ? { element: menuButton, fallback: null } : null;
  }
  return { element: active, fallback: active.closest(MENU) ? menuButton : null };
}

/** An element the focus can go to now: still in the page, shown and enabled. */
function usable(element: HTMLElement | null): element is HTMLElement {
  return element !== null && element.isConnected && element.checkVisibility() && !element.matches(':disabled');
}

/**
 * Nobody has put the focus anywhere since the dialog closed: it is on the page itself, on
 * something removed or hidden, or still in the closing dialog.
 */
function focusLost(container: string | undefined): boolean {
  const active = document.activeElement;
  if (!active || active === document.body || !active.isConnected) return true;
  if (active instanceof HTMLElement && !active.checkVisibility()) return true;
  return container !== undefined && active.closest(`.${container}`) !== null;
}

/** The page's own title (Page.tsx): Tab goes on from the top of the page's content. */
const PAGE_TITLE = '.scd-page-title';

function giveBack(opener: Opener | null, container: string | undefined): void {
  if (!opener || !focusLost(container)) return;
  const target = [opener.element, opener.fallback, document.querySelector<HTMLElement>(PAGE_TITLE)].find(usable);
  target?.focus();
}

/**
 * When a dialog closes (saved, cancelled, Esc, its close button), the focus goes back to what
 * had it when the dialog opened: the button or row that opened it, the search box Ctrl+N was
 * pressed in. The chair's next Tab then goes on from there, not from the top of the page.
 *
 * antd's own `focusTriggerAfterClose` does not do it for our form dialogs: their pages unmount
 * them to close them (`{editing && <…Modal />}`), and antd gives the focus back only at the
 * end of a closing animation, which an unmounted dialog never reaches; it also notes the
 * opener in an effect, when the dialog's first field may already have the focus. So the opener
 * is noted here as the dialog renders open, before any of its fields is focused, and the focus
 * goes back as the dialog closes or unmounts, in the same task (queued keystrokes follow it).
 * antd's drawer does give the focus back, but only once it has slid out; it stays on as a
 * second chance (a confirm over the drawer closing with it puts the focus back in the drawer).
 *
 * Nothing happens when something else already took the focus. An item of a drop-down menu,
 * hidden by then, gives way to the menu's button; an opener that is gone (its row merged away
 * or deleted) to the page's title, so that Tab goes on from the page's content rather than
 * from the top of the window.
 *
 * @param open whether the dialog is open; a dialog that closes by unmounting passes true.
 * @param container a class on the dialog's outer element, for a dialog that stays in the page
 *   while it closes (a drawer sliding out): the focus still in it counts as lost.
 */
export function useReturnFocus(open: boolean, container?: string): void {
  const [opener, setOpener] = useState(() => (open ? takeOpener() : null));
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpener(takeOpener());
  }

  useEffect(() => {
    if (!open) return undefined;
    // After the rest of this commit's clean-up, so after the dialog's focus lock has let go.
    return () => queueMicrotask(() => giveBack(opener, container));
  }, [open, opener, container]);
}

/** antd's dialogs and drawers, each in its own layer at the end of the page. */
const DIALOG_LAYER = '.ant-modal-wrap, .ant-drawer';
const TAB_STOP = 'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]';

function tabStops(layer: Element): HTMLElement[] {
  return [...layer.querySelectorAll<HTMLElement>(TAB_STOP)].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !el.matches(':disabled') &&
      !(el instanceof HTMLInputElement && el.type === 'hidden') &&
      el.checkVisibility({ visibilityProperty: true }),
  );
}

/**
 * Tab on a dialog's last button goes round to its first stop (its close button), Shift+Tab on
 * the first to the last. antd's focus lock only catches the focus once it has landed outside
 * the dialog; after a dialog, the last thing in the page, there is nothing to land on, so one
 * Tab left the focus on the page itself and the next one started over. For the whole window:
 * every dialog and drawer, the confirms of `modal.confirm` too.
 */
export function useTabStaysInDialogs(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      const active = document.activeElement;
      const layer = active?.closest(DIALOG_LAYER);
      if (!layer) return;
      const stops = tabStops(layer);
      const [first, last] = [stops[0], stops.at(-1)];
      const next = event.shiftKey ? (active === first ? last : undefined) : active === last ? first : undefined;
      if (!next) return;
      event.preventDefault();
      next.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * A drop-down menu's `onKeyDown`: Enter chooses the item on keydown (rc-menu), and its default
 * action, a click, would then land on whatever the choice put the focus on — the close button
 * of the dialog the item opened, which closed it again at once.
 */
export function enterOnlyChooses(event: ReactKeyboardEvent<HTMLElement>): void {
  if (event.key === 'Enter') event.preventDefault();
}
