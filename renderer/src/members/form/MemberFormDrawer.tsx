import { useCallback, useRef, useState } from 'react';
import { App, Button, Drawer, Flex, Form, Typography, type InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MemberDetail, UnionGroup } from '../../../../main/members/contract';
import { useApiMutation, useApiQuery } from '../../lib/api';
import { busy } from '../../lib/busy';
import { useReturnFocus } from '../../lib/dialogFocus';
import { useConfirmDanger } from '../../lib/useConfirmDanger';
import { useRefreshRegister } from '../common/useRefreshRegister';
import { MemberForm } from './MemberForm';
import { useFocusInCapture } from './useFocusInCapture';
import { useFormKeys } from './useFormKeys';
import { editMemberValues, newMemberValues, toCreateInput, toFields, type MemberFormValues } from './values';

type MemberFormDrawerProps = {
  open: boolean;
  onClose: () => void;
} & ({ mode: 'create'; defaultGroupId?: number } | { mode: 'edit'; member: MemberDetail });

const DRAWER_CLASS = 'scd-member-drawer';

/** Focuses the field's input; true when the focus is there. */
function focusInput(handle: InputRef | null): boolean {
  const input = handle?.input;
  if (!input) return false;
  input.focus({ preventScroll: true });
  return document.activeElement === input;
}

/**
 * The tổ of a member who left from it before it was merged away: not in the list of open tổ,
 * so the form names it rather than showing its bare id. Known once the open tổ have loaded.
 */
function mergedGroupOf(member: MemberDetail | undefined, open: UnionGroup[] | undefined) {
  const id = member?.fields.groupId ?? null;
  if (!member || id === null || !open || open.some((g) => g.id === id)) return undefined;
  const name = member.groupNames[String(id)];
  return name === undefined ? undefined : { id, name };
}

/**
 * "Thêm đoàn viên" and "Sửa": one form in a drawer over the page it was opened from. Give it a
 * new `key` on every opening so it starts from fresh values.
 */
export function MemberFormDrawer(props: MemberFormDrawerProps) {
  const { open, onClose, mode } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const confirmDanger = useConfirmDanger();
  const navigate = useNavigate();
  const refresh = useRefreshRegister();
  const [form] = Form.useForm<MemberFormValues>();
  const firstField = useRef<InputRef>(null);
  const andNew = useRef(false);
  const groups = useApiQuery('groups.list');
  const member = props.mode === 'edit' ? props.member : undefined;
  const defaultGroupId = props.mode === 'create' ? props.defaultGroupId : undefined;
  // Fixed at opening: a refetch of the member while editing must not reset what is typed.
  const [initialValues] = useState(() => (member ? editMemberValues(member) : newMemberValues(defaultGroupId)));

  const create = useApiMutation('members.create', {
    form,
    onSuccess: async ({ id }, input) => {
      void message.success(t('register.messages.created', { name: input.fields.fullName }));
      await refresh();
      if (andNew.current) {
        form.resetFields();
        firstField.current?.focus();
      } else {
        onClose();
        void navigate(`/members/${id}`);
      }
    },
  });
  const update = useApiMutation('members.update', {
    form,
    onSuccess: async (_result, input) => {
      void message.success(t('register.messages.updated', { name: input.fields.fullName }));
      await refresh();
      onClose();
    },
  });
  const saving = create.isPending || update.isPending;

  // main's message for a missing gender is zod's generic one; say it the chair's way.
  const genderMessage = {
    onError: () => {
      if (!form.getFieldValue(['fields', 'gender'])) {
        form.setFields([{ name: ['fields', 'gender'], errors: [t('register.form.chooseGender')] }]);
      }
    },
  };

  const onFinish = (values: MemberFormValues) => {
    if (saving) return;
    if (!member) {
      create.mutate(toCreateInput(values), genderMessage);
      return;
    }
    const fields = toFields(values);
    const historyChanged =
      (fields.groupId ?? null) !== member.fields.groupId ||
      (fields.insuranceSalary ?? null) !== member.fields.insuranceSalary;
    update.mutate(
      {
        id: member.id,
        fields,
        ...(historyChanged && values.changedOn ? { changedOn: values.changedOn } : {}),
      },
      genderMessage,
    );
  };

  const submit = (next: boolean) => {
    andNew.current = next;
    form.submit();
  };

  /** Esc or "Đóng": typed values are not thrown away without asking. */
  const requestClose = () => {
    if (!form.isFieldsTouched()) {
      onClose();
      return;
    }
    confirmDanger({
      title: t('register.form.discardTitle'),
      content: t('register.form.discardText'),
      okText: t('register.form.discard'),
      cancelText: t('register.form.keepEditing'),
      onOk: onClose,
    });
  };

  useFormKeys({
    active: open,
    containerClass: DRAWER_CLASS,
    onSubmit: () => submit(false),
    onSubmitAlt: mode === 'create' ? () => submit(true) : undefined,
    onEscape: requestClose,
  });
  // Closed (saved, Esc, "Đóng", the ×): the focus goes back to the button that opened it, or to
  // the search box Ctrl+N was pressed in, at once rather than once the drawer has slid out (so
  // Ctrl+N works again straight away). Discarded from the confirm, antd's own drawer does it as
  // it finishes closing. After "Lưu và xem hồ sơ" the register, and its button, are gone.
  useReturnFocus(open, DRAWER_CLASS);

  // The first field takes the focus in the commit that mounts it, so in the same task as the
  // Ctrl+N or click that opened the drawer: the chair's next keystroke lands in it however busy
  // the machine is. Nothing moves the focus after that: the drawer's own autoFocus (its panel,
  // an effect later) is off, and the end of the opening animation only helps if this failed.
  // (It used to re-focus the first field whenever the focus was not in the form; but React can
  // run that while a Tab is under way, when the focus is nowhere, and it then cancelled the Tab.)
  const focusTried = useRef(false);
  const focusPlaced = useRef(false);
  const firstFieldRef = useCallback(
    (handle: InputRef | null) => {
      firstField.current = handle;
      // antd hands over a new handle on every render of the field: only the first one counts.
      if (!handle || !open || focusTried.current) return;
      focusTried.current = true;
      focusPlaced.current = focusInput(handle);
    },
    [open],
  );
  // The focus is placed once it is on a field of the form, where the chair has already reached
  // or where focusInput puts it; the drawer's own close button does not count.
  const placeFocus = (current: Element | null) => {
    const body = firstField.current?.input?.closest('.ant-drawer-body');
    focusPlaced.current = (current !== null && body?.contains(current)) || focusInput(firstField.current);
  };
  // When the field could not take the focus as it mounted (the drawer was not in the page yet),
  // the drawer's focus lock puts it on the close button a moment later: it moves on to the field
  // in that same focus event (useFocusInCapture).
  useFocusInCapture(open, (target) => {
    if (!focusPlaced.current && target.closest(`.${DRAWER_CLASS}`)) placeFocus(target);
  });
  const afterOpenChange = (visible: boolean) => {
    if (!visible || focusPlaced.current) return;
    // In a task of its own, so never in the middle of a focus change.
    setTimeout(() => placeFocus(document.activeElement), 0);
  };

  return (
    <Drawer
      open={open}
      onClose={requestClose}
      keyboard={false}
      size={880}
      rootClassName={DRAWER_CLASS}
      title={
        mode === 'create'
          ? t('register.form.createTitle')
          : t('register.form.editTitle', { name: member?.fields.fullName })
      }
      autoFocus={false}
      afterOpenChange={afterOpenChange}
      footer={
        <Flex align="center" gap={8}>
          <Typography.Text type="secondary" className="scd-keys-hint">
            {t('register.form.keysHint')}
          </Typography.Text>
          <span style={{ flex: 1 }} />
          <Button onClick={requestClose}>{t('register.form.cancel')}</Button>
          {mode === 'create' && (
            <Button onClick={() => submit(true)} disabled={saving}>
              {t('register.form.saveAndNew')}
            </Button>
          )}
          <Button type="primary" onClick={() => submit(false)} loading={busy(saving)}>
            {mode === 'create' ? t('register.form.saveAndOpen') : t('register.form.save')}
          </Button>
        </Flex>
      }
    >
      <MemberForm
        form={form}
        mode={mode}
        initialValues={initialValues}
        groups={groups.data ?? []}
        mergedGroup={mergedGroupOf(member, groups.data)}
        original={
          member ? { groupId: member.fields.groupId, insuranceSalary: member.fields.insuranceSalary } : undefined
        }
        onFinish={onFinish}
        firstFieldRef={firstFieldRef}
      />
    </Drawer>
  );
}
