import type { ComponentRef, Ref } from 'react';
import { InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';

interface MoneyInputProps {
  value?: number | null;
  onChange?: (value: number | null) => void;
  id?: string;
  /** Reaches the input, so a server message can focus it. */
  ref?: Ref<ComponentRef<typeof InputNumber>>;
}

/** Whole đồng with "." grouping thousands as the chair types: 5.850.000. */
export function MoneyInput({ value, onChange, ref, id }: MoneyInputProps) {
  const { t } = useTranslation();
  return (
    <InputNumber<number>
      id={id}
      ref={ref}
      value={value ?? null}
      onChange={(v) => onChange?.(v === null || v === undefined ? null : Math.round(Number(v)))}
      min={0}
      precision={0}
      controls={false}
      keyboard={false}
      formatter={(v) => (v === undefined ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.'))}
      parser={(text) => Number((text ?? '').replace(/\D/g, '') || 0)}
      suffix={t('register.form.moneySuffix')}
      style={{ width: '100%' }}
      inputMode="numeric"
    />
  );
}
