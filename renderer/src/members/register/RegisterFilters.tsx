import type { ReactNode } from 'react';
import { SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnionGroup } from '../../../../main/members/contract';
import { formatNumber } from '../../lib/format';
import { clearOnDelete, useNoClearTabStops } from '../form/useNoClearTabStops';
import { selectFilter } from '../form/values';
import { AGE_BANDS, DEFAULT_FILTERS, isFiltered, STATUSES, type RegisterFilters as Filters } from './filters';

interface RegisterFiltersProps {
  text: string;
  onText: (text: string) => void;
  filters: Filters;
  onFilters: (filters: Filters) => void;
  groups: UnionGroup[];
  /** Undefined while it is not known yet (a search waiting for the list). */
  shown: number | undefined;
  total: number;
  /** Shown at the right of the second row (the selection's actions). */
  extra?: ReactNode;
}

type YesNo = 'yes' | 'no';
const toYesNo = (value: boolean | undefined): YesNo | undefined =>
  value === undefined ? undefined : value ? 'yes' : 'no';
const fromYesNo = (value: YesNo | undefined) => (value === undefined ? undefined : value === 'yes');

/** One search box and six filters; every empty filter reads as "all …". */
export function RegisterFilters({
  text,
  onText,
  filters,
  onFilters,
  groups,
  shown,
  total,
  extra,
}: RegisterFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<Filters>) => onFilters({ ...filters, ...patch });
  const box = useNoClearTabStops();
  return (
    <div ref={box} className="scd-toolbar scd-register-filters" role="search" aria-label={t('register.filters.label')}>
      <Flex gap={8} align="center" wrap>
        <Input
          allowClear
          autoFocus
          prefix={<SearchOutlined aria-hidden />}
          placeholder={t('register.search')}
          aria-label={t('register.search')}
          title={t('register.searchHint')}
          value={text}
          onChange={(e) => onText(e.target.value)}
          style={{ width: 400 }}
        />
        <Select<number>
          allowClear
          showSearch={{ filterOption: selectFilter }}
          aria-label={t('register.filters.group')}
          placeholder={t('register.filters.allGroups')}
          value={filters.groupId}
          onChange={(groupId) => set({ groupId })}
          onKeyDown={clearOnDelete(() => set({ groupId: undefined }))}
          options={groups.map((g) => ({ value: g.id, label: g.name }))}
          style={{ width: 230 }}
          data-testid="filter-group"
        />
        <Select
          aria-label={t('register.filters.status')}
          value={filters.status}
          onChange={(status) => set({ status })}
          options={[
            { value: 'current', label: t('register.statusFilter.current') },
            ...STATUSES.map((s) => ({ value: s, label: t(`register.status.${s}`) })),
            { value: 'all', label: t('register.statusFilter.all') },
          ]}
          popupMatchSelectWidth={false}
          style={{ width: 280 }}
          data-testid="filter-status"
        />
        <span style={{ flex: 1 }} />
        <Typography.Text type="secondary" data-testid="members-count" aria-live="polite">
          {t('register.count', {
            shown: shown === undefined ? '…' : formatNumber(shown),
            total: formatNumber(total),
            count: total,
          })}
        </Typography.Text>
      </Flex>
      <Flex gap={8} align="center" wrap style={{ marginTop: 8 }}>
        <Select<'male' | 'female'>
          allowClear
          aria-label={t('register.filters.gender')}
          prefix={`${t('register.filters.gender')}:`}
          placeholder={t('register.filters.any')}
          value={filters.gender}
          onChange={(gender) => set({ gender })}
          onKeyDown={clearOnDelete(() => set({ gender: undefined }))}
          options={[
            { value: 'male', label: t('register.gender.male') },
            { value: 'female', label: t('register.gender.female') },
          ]}
          style={{ width: 170 }}
        />
        <Select<YesNo>
          allowClear
          aria-label={t('register.filters.party')}
          prefix={`${t('register.filters.party')}:`}
          placeholder={t('register.filters.any')}
          value={toYesNo(filters.partyMember)}
          onChange={(v) => set({ partyMember: fromYesNo(v) })}
          onKeyDown={clearOnDelete(() => set({ partyMember: undefined }))}
          options={[
            { value: 'yes', label: t('register.filters.partyYes') },
            { value: 'no', label: t('register.filters.partyNo') },
          ]}
          popupMatchSelectWidth={false}
          style={{ width: 210 }}
        />
        <Select
          allowClear
          aria-label={t('register.filters.ageBand')}
          prefix={`${t('register.filters.ageBand')}:`}
          placeholder={t('register.filters.any')}
          value={filters.ageBand}
          onChange={(ageBand) => set({ ageBand })}
          onKeyDown={clearOnDelete(() => set({ ageBand: undefined }))}
          options={AGE_BANDS.map((band) => ({ value: band, label: t(`register.ageBands.${band}`) }))}
          popupMatchSelectWidth={false}
          style={{ width: 210 }}
        />
        <Select<YesNo>
          allowClear
          aria-label={t('register.filters.card')}
          prefix={`${t('register.filters.card')}:`}
          placeholder={t('register.filters.any')}
          value={toYesNo(filters.hasCard)}
          onChange={(v) => set({ hasCard: fromYesNo(v) })}
          onKeyDown={clearOnDelete(() => set({ hasCard: undefined }))}
          options={[
            { value: 'yes', label: t('register.filters.cardYes') },
            { value: 'no', label: t('register.filters.cardNo') },
          ]}
          popupMatchSelectWidth={false}
          style={{ width: 200 }}
        />
        {isFiltered(filters) && (
          <Button type="link" onClick={() => onFilters(DEFAULT_FILTERS)}>
            {t('register.clearFilters')}
          </Button>
        )}
        <span style={{ flex: 1 }} />
        {extra}
      </Flex>
    </div>
  );
}
