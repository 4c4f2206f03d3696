import { Button, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Movement } from '../../../../main/members/contract';
import { formatDate } from '../../lib/format';

interface MovementTimelineProps {
  movements: Movement[];
  /** The movement that may be cancelled now (main's rule), or null. */
  cancellableId: number | null;
  onCancel: (movement: Movement) => void;
}

const COLOR: Record<Movement['kind'], string> = {
  admitted: 'green',
  transferred_in: 'green',
  restored: 'green',
  suspended: 'orange',
  transferred_out: 'blue',
  left: 'gray',
  removed: 'red',
  expelled: 'red',
  correction: 'gray',
};

/**
 * The membership log, newest first. A cancelled movement stays, struck through, with the
 * correction that cancelled it (date and reason) under it.
 */
export function MovementTimeline({ movements, cancellableId, onCancel }: MovementTimelineProps) {
  const { t } = useTranslation();
  const corrections = new Map(movements.filter((m) => m.kind === 'correction').map((m) => [m.correctsId, m]));
  const shown = movements.filter((m) => m.kind !== 'correction').reverse();
  if (shown.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('register.movement.empty')} />;

  return (
    <Timeline
      className="scd-movements"
      data-testid="movement-timeline"
      items={shown.map((m) => {
        const correction = corrections.get(m.id);
        const details = [
          m.decisionNumber &&
            [
              t('register.movement.decision', { number: m.decisionNumber }),
              m.decisionDate && t('register.movement.decisionOn', { date: formatDate(m.decisionDate) }),
            ]
              .filter(Boolean)
              .join(' '),
          m.reason,
          // Worded as in the dialog that recorded it: where they went, or where they came from.
          m.place &&
            `${m.kind === 'transferred_out' ? t('register.movement.placeOut') : t('register.movement.placeIn')}: ${m.place}`,
          m.endDate && t('register.movement.until', { date: formatDate(m.endDate) }),
          m.note,
        ].filter(Boolean);
        return {
          key: m.id,
          color: m.cancelled ? 'gray' : COLOR[m.kind],
          content: (
            <div
              className={m.cancelled ? 'scd-movement scd-movement-cancelled' : 'scd-movement'}
              data-testid="movement"
            >
              <div className="scd-movement-head">
                <span className="scd-movement-date">{formatDate(m.onDate)}</span>
                <span className="scd-movement-kind">{t(`register.movement.kinds.${m.kind}`)}</span>
              </div>
              {details.length > 0 && <div className="scd-movement-details">{details.join(' · ')}</div>}
              {correction && (
                <Typography.Text type="secondary" className="scd-movement-correction">
                  {t('register.movement.cancelled', {
                    date: formatDate(correction.onDate),
                    note: correction.note ?? '',
                  })}
                </Typography.Text>
              )}
              {m.id === cancellableId && (
                <Button type="link" size="small" danger className="scd-movement-cancel" onClick={() => onCancel(m)}>
                  {t('register.movement.cancel')}
                </Button>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
