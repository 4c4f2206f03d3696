import type { ReactNode } from 'react';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../../main/members/contract';
import { formatDate, formatMoney } from '../../lib/format';
import { ageToday } from '../common/dates';

/**
 * The record as label/value pairs, in the form's sections. CCCD and phone are shown here
 * (the chair needs them on this page) and nowhere in lists.
 */
export function MemberDetails({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const f = member.fields;
  const none = <span className="scd-none">{t('register.member.noValue')}</span>;
  const show = (v: ReactNode) => (v === null || v === undefined || v === '' ? none : v);
  const date = (iso: string | null) => show(formatDate(iso));
  const label = (name: keyof typeof f) => t(`register.form.fields.${name}`);
  const age = ageToday(f.dateOfBirth);

  const sections: { key: string; title: string; items: [string, ReactNode][] }[] = [
    {
      key: 'personal',
      title: t('register.form.sections.personal'),
      items: [
        [
          label('dateOfBirth'),
          f.dateOfBirth
            ? `${formatDate(f.dateOfBirth)}${age === null ? '' : ` (${t('register.member.age', { age })})`}`
            : none,
        ],
        [label('gender'), t(`register.gender.${f.gender}`)],
        [label('ethnicity'), show(f.ethnicity)],
        [label('religion'), show(f.religion)],
        [label('cccd'), show(f.cccd)],
        [label('phone'), show(f.phone)],
        [label('email'), show(f.email)],
      ],
    },
    {
      key: 'work',
      title: t('register.form.sections.work'),
      items: [
        [label('education'), show(f.education)],
        [label('jobTitle'), show(f.jobTitle)],
        [label('unionPosition'), show(f.unionPosition)],
        [label('groupId'), show(member.groupName)],
        [label('joinedOn'), date(f.joinedOn)],
      ],
    },
    {
      key: 'card',
      title: t('register.form.sections.card'),
      items: [
        [label('memberCode'), show(f.memberCode)],
        [label('cardNumber'), show(f.cardNumber)],
        [label('cardIssuedOn'), date(f.cardIssuedOn)],
        [label('cardType'), f.cardType ? t(`register.cardType.${f.cardType}`) : none],
        [label('cardStatus'), show(f.cardStatus)],
      ],
    },
    {
      key: 'party',
      title: `${t('register.form.sections.party')} · ${t('register.form.sections.salary')}`,
      items: [
        [label('partyMember'), f.partyMember ? t('register.member.yes') : t('register.member.no')],
        [label('partyJoinedOn'), date(f.partyJoinedOn)],
        [label('insuranceSalary'), f.insuranceSalary === null ? none : formatMoney(f.insuranceSalary)],
      ],
    },
  ];

  return (
    <div className="scd-member-details" data-testid="member-details">
      {sections.map((s) => (
        <Descriptions
          key={s.key}
          title={s.title}
          size="small"
          bordered
          column={2}
          // The last item fills its row, so no section ends with an empty cell.
          items={s.items.map(([itemLabel, children], i) => ({
            key: i,
            label: itemLabel,
            children,
            ...(i === s.items.length - 1 ? { span: 'filled' as const } : {}),
          }))}
        />
      ))}
      {f.notes && (
        <Descriptions
          title={t('register.form.sections.notes')}
          size="small"
          bordered
          column={1}
          items={[{ key: 'notes', label: label('notes'), children: <span className="scd-pre">{f.notes}</span> }]}
        />
      )}
    </div>
  );
}
