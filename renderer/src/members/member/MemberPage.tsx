import { useState } from 'react';
import '../members.css';
import { ArrowLeftOutlined, EditOutlined, HistoryOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Result, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Movement } from '../../../../main/members/contract';
import { CURRENT_STATUSES } from '../../../../main/members/movements';
import { useApiQuery } from '../../lib/api';
import { busy } from '../../lib/busy';
import { Page } from '../../lib/Page';
import { LoadError, Loading } from '../../lib/Status';
import { StatusTag } from '../common/StatusTag';
import { usePrintActions } from '../common/usePrintActions';
import { MemberFormDrawer } from '../form/MemberFormDrawer';
import { CancelMovementModal } from './CancelMovementModal';
import { MemberDetails } from './MemberDetails';
import { MemberHistory } from './MemberHistory';
import { MovementModal } from './MovementModal';
import { MovementTimeline } from './MovementTimeline';
import { cancellableId } from './movementRules';

/** One member: the record, the membership timeline and every change, with the actions on it. */
export function MemberPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const member = useApiQuery('members.get', { id }, { enabled: valid });
  const { profile } = usePrintActions();
  const [editing, setEditing] = useState({ open: false, key: 0 });
  const [recording, setRecording] = useState(false);
  const [cancelling, setCancelling] = useState<Movement | null>(null);

  const back = (
    <Link to="/members" className="scd-back-link">
      <ArrowLeftOutlined aria-hidden /> {t('register.member.back')}
    </Link>
  );
  if (!valid || member.error?.code === 'NOT_FOUND') {
    return <Result status="404" title={t('register.member.notFound')} extra={back} />;
  }
  if (member.isPending) return <Loading />;
  if (member.isError) return <LoadError error={member.error} onRetry={() => void member.refetch()} />;
  const m = member.data;

  return (
    <Page
      title={m.fields.fullName}
      subtitle={
        <Flex component="span" gap={8} wrap align="center" className="scd-member-subtitle">
          <StatusTag status={m.status} />
          <span data-testid="member-group">
            {!m.groupName
              ? t('register.member.noGroup')
              : CURRENT_STATUSES.includes(m.status)
                ? m.groupName
                : // Someone who has left keeps their last tổ on file; it is not where they are now.
                  t('register.member.formerGroup', { group: m.groupName })}
          </span>
          {m.fields.jobTitle && <span>· {m.fields.jobTitle}</span>}
        </Flex>
      }
      extra={
        <Flex gap={8} wrap align="center">
          <Button icon={<EditOutlined />} onClick={() => setEditing((e) => ({ open: true, key: e.key + 1 }))}>
            {t('register.member.edit')}
          </Button>
          <Button icon={<HistoryOutlined />} onClick={() => setRecording(true)}>
            {t('register.member.recordMovement')}
          </Button>
          <Button
            icon={<PrinterOutlined />}
            onClick={() => profile.mutate({ id: m.id })}
            loading={busy(profile.isPending)}
          >
            {t('register.member.printProfile')}
          </Button>
        </Flex>
      }
      before={back}
    >
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={15}>
          <Card title={t('register.member.details')}>
            <MemberDetails member={m} />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('register.member.timeline')} data-testid="movement-card">
            <MovementTimeline
              movements={m.movements}
              cancellableId={cancellableId(m.movements)}
              onCancel={setCancelling}
            />
          </Card>
        </Col>
      </Row>
      <Card>
        <MemberHistory member={m} />
      </Card>
      {editing.key > 0 && (
        <MemberFormDrawer
          key={editing.key}
          mode="edit"
          member={m}
          open={editing.open}
          onClose={() => setEditing((e) => ({ ...e, open: false }))}
        />
      )}
      {recording && <MovementModal member={m} onClose={() => setRecording(false)} />}
      {cancelling && <CancelMovementModal movement={cancelling} onClose={() => setCancelling(null)} />}
    </Page>
  );
}
