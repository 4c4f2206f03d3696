import { useState } from 'react';
import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData } from '@tanstack/react-query';
import { Card, Flex, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../lib/api';
import { formatNumber } from '../lib/format';
import { Page } from '../lib/Page';
import { LoadError } from '../lib/Status';
import { useDebounced } from '../lib/useDebounced';
import { MembersTable } from './MembersTable';

export function MembersPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [groupId, setGroupId] = useState<number | undefined>();
  const query = useDebounced(text.trim());
  const groups = useApiQuery('groups.list');
  // Previous rows stay on screen while the next search runs, so the table does not flicker.
  const members = useApiQuery(
    'members.list',
    { ...(query ? { query } : {}), ...(groupId === undefined ? {} : { groupId }) },
    { placeholderData: keepPreviousData },
  );
  const filtered = query !== '' || groupId !== undefined;

  return (
    <Page title={t('members.title')} subtitle={t('members.subtitle')}>
      <Card styles={{ body: { padding: 0 } }}>
        <Flex gap={12} align="center" wrap className="scd-toolbar">
          <Input
            allowClear
            autoFocus
            prefix={<SearchOutlined />}
            placeholder={t('members.search')}
            aria-label={t('members.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            style={{ width: 360 }}
          />
          <Select<number>
            allowClear
            aria-label={t('members.groupFilter')}
            placeholder={t('members.allGroups')}
            value={groupId}
            onChange={(value) => setGroupId(value)}
            options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
            style={{ width: 260 }}
          />
          <span style={{ flex: 1 }} />
          {members.data && (
            <Typography.Text type="secondary" data-testid="members-count">
              {t('members.found', { count: formatNumber(members.data.length) })}
            </Typography.Text>
          )}
        </Flex>
        {members.isError ? (
          <LoadError error={members.error} onRetry={() => void members.refetch()} />
        ) : (
          <MembersTable
            // A new search starts again from page 1.
            key={`${query}|${groupId ?? ''}`}
            members={members.data}
            loading={members.isFetching}
            filtered={filtered}
          />
        )}
      </Card>
    </Page>
  );
}
