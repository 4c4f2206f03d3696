import { useEffect, useState } from 'react';
import './members.css';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MoveMembersModal } from '../groups/MoveMembersModal';
import { useApiQuery } from '../lib/api';
import { Page } from '../lib/Page';
import { LoadError } from '../lib/Status';
import { MemberFormDrawer } from './form/MemberFormDrawer';
import { isFiltered } from './register/filters';
import { RegisterActions } from './register/RegisterActions';
import { RegisterFilters } from './register/RegisterFilters';
import { RegisterTable } from './register/RegisterTable';
import { useRegisterRows } from './register/useRegisterRows';
import { useRegisterView } from './register/useRegisterView';

/** "Đoàn viên": the register, the page the chair opens most. */
export function MembersPage() {
  const { t } = useTranslation();
  const { text, setText, filters, setFilters } = useRegisterView();
  const groups = useApiQuery('groups.list');
  const { rows, shown, total, complete, query, loading, error, retry } = useRegisterRows(filters, text);
  const [selected, setSelected] = useState<number[]>([]);
  const [moving, setMoving] = useState(false);
  const [form, setForm] = useState({ open: false, key: 0 });
  const openForm = () => setForm((f) => ({ open: true, key: f.key + 1 }));
  const group = groups.data?.find((g) => g.id === filters.groupId);

  // Ctrl+N: a new member from anywhere on the register (not while a dialog is open).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'n')
        return;
      if (document.activeElement?.closest('.ant-modal, .ant-drawer')) return;
      event.preventDefault();
      openForm();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <Page
      title={t('register.title')}
      subtitle={t('register.subtitle')}
      extra={<RegisterActions onAdd={openForm} group={group} filters={filters} />}
      wide
    >
      <Card styles={{ body: { padding: 0 } }} className="scd-register-card">
        <RegisterFilters
          text={text}
          onText={setText}
          filters={filters}
          onFilters={setFilters}
          groups={groups.data ?? []}
          shown={shown}
          total={total}
          extra={
            selected.length > 0 && (
              <Flex gap={8} align="center">
                <Typography.Text strong>{t('register.selected', { count: selected.length })}</Typography.Text>
                <Button onClick={() => setMoving(true)}>{t('register.actions.moveSelected')}</Button>
                <Button type="link" onClick={() => setSelected([])}>
                  {t('register.clearSelection')}
                </Button>
              </Flex>
            )
          }
        />
        {error ? (
          <LoadError error={error} onRetry={retry} />
        ) : (
          <RegisterTable
            rows={rows}
            loading={loading}
            complete={complete}
            filtered={query !== '' || isFiltered(filters)}
            selected={selected}
            onSelect={setSelected}
          />
        )}
      </Card>
      {form.key > 0 && (
        <MemberFormDrawer
          key={form.key}
          mode="create"
          open={form.open}
          defaultGroupId={filters.groupId}
          onClose={() => setForm((f) => ({ ...f, open: false }))}
        />
      )}
      {moving && (
        <MoveMembersModal
          memberIds={selected}
          groups={groups.data ?? []}
          onClose={(moved) => {
            setMoving(false);
            if (moved) setSelected([]);
          }}
        />
      )}
    </Page>
  );
}
