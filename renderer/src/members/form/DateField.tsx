import type { ComponentRef, Ref } from 'react';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/** Shown as dd/mm/yyyy; typed day first, with or without leading zeros or slashes. */
const FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DD.MM.YYYY', 'D.M.YYYY', 'DDMMYYYY'];

interface DateFieldProps {
  /** ISO `YYYY-MM-DD`, the API's form; null or undefined when empty. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  ref?: Ref<ComponentRef<typeof DatePicker>>;
  disabled?: boolean;
  autoFocus?: boolean;
  'aria-required'?: boolean;
}

/**
 * antd's DatePicker over ISO text: the form holds what the API takes, and the chair types
 * "12/03/1985" (or picks from the calendar). The ref reaches the input so a server message
 * can focus it.
 */
export function DateField({ value, onChange, ref, ...rest }: DateFieldProps) {
  const { t } = useTranslation();
  const parsed = value ? dayjs(value, 'YYYY-MM-DD', true) : null;
  // The picker keeps its last date when its text is erased; an emptied box means "no date".
  const clearIfEmpty = (event: { target: EventTarget }) => {
    if (value && event.target instanceof HTMLInputElement && event.target.value.trim() === '') onChange?.(null);
  };
  return (
    <DatePicker
      {...rest}
      ref={ref}
      value={parsed?.isValid() ? parsed : null}
      onChange={(date) => onChange?.(date ? date.format('YYYY-MM-DD') : null)}
      format={FORMATS}
      placeholder={t('register.form.datePlaceholder')}
      style={{ width: '100%' }}
      // The × is for the mouse (and skipped by Tab, see useNoClearTabStops); erasing the text clears too.
      allowClear
      onBlur={clearIfEmpty}
      onKeyDown={(event) => {
        if (event.key === 'Enter') clearIfEmpty(event);
      }}
    />
  );
}
