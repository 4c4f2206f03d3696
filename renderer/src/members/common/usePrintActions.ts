import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../lib/api';

/** The register's documents: each opens main's print preview and says what it holds. */
export function usePrintActions() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onPreview = ({ pages, members }: { pages: number; members: number }) =>
    void message.success(t('register.messages.previewOpened', { pages, count: members }));
  const list = useApiMutation('members.printList', { onSuccess: onPreview });
  const cardRequest = useApiMutation('members.printCardRequest', {
    onSuccess: (result) => {
      onPreview(result);
      // Cards are issued by CCCD: a member without one would come back without a card.
      if (result.withoutCccd > 0) {
        void message.warning(t('register.messages.cardRequestWithoutCccd', { count: result.withoutCccd }), 10);
      }
    },
  });
  const profile = useApiMutation('members.printProfile', { onSuccess: onPreview });
  const exportList = useApiMutation('members.export', {
    onSuccess: ({ saved, fileName, members }) => {
      if (saved) void message.success(t('register.messages.exported', { count: members, name: fileName }));
    },
  });
  return { list, cardRequest, profile, exportList };
}
