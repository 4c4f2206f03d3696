import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiKey, useApiMutation } from '../lib/api';
import { forgetKeptState } from '../lib/useKeptState';

/**
 * "Mở tệp dữ liệu khác…" / "Tạo tệp dữ liệu mới…": main shows the native dialog and opens the
 * file. Everything cached belonged to the previous file, so it is all dropped and reloaded;
 * so is what pages kept (useKeptState). A file without a branch then brings up the wizard by
 * itself (see Shell).
 */
export function useDataFile(action: 'open' | 'create') {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useApiMutation(action === 'open' ? 'workspace.openFile' : 'workspace.newFile', {
    onSuccess: async ({ opened, info }) => {
      if (!opened) return;
      void navigate('/');
      forgetKeptState();
      queryClient.setQueryData(apiKey('workspace.info'), info);
      await queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== 'workspace.info' });
      void message.success(t(action === 'open' ? 'files.opened' : 'files.created', { name: info.dataFileName }));
    },
  });
}
