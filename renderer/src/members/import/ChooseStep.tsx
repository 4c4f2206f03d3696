import {
  CheckCircleOutlined,
  FileExcelOutlined,
  FolderOpenOutlined,
  SafetyCertificateOutlined,
  TableOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface ChooseStepProps {
  choosing: boolean;
  onChoose: () => void;
  /** The file already chosen, when the chair came back to this step. */
  current?: string;
  onContinue?: () => void;
}

export function ChooseStep({ choosing, onChoose, current, onContinue }: ChooseStepProps) {
  const { t } = useTranslation();
  const points = [
    { key: 'files', icon: <FileExcelOutlined />, text: t('memberImport.choose.files') },
    { key: 'header', icon: <TableOutlined />, text: t('memberImport.choose.header') },
    { key: 'columns', icon: <UnorderedListOutlined />, text: t('memberImport.choose.columns') },
    { key: 'safe', icon: <SafetyCertificateOutlined />, text: t('memberImport.choose.safe') },
  ];
  return (
    <Card>
      <Flex gap={40} wrap align="center" className="scd-import-choose">
        <div className="scd-import-choose-art" aria-hidden>
          <FileExcelOutlined />
        </div>
        <Flex vertical gap={16} style={{ flex: 1, minWidth: 360 }}>
          <div>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('memberImport.choose.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('memberImport.choose.lead')}</Typography.Text>
          </div>
          <ul className="scd-import-points">
            {points.map((p) => (
              <li key={p.key}>
                <span className="scd-import-point-icon" aria-hidden>
                  {p.icon}
                </span>
                <span>{p.text}</span>
              </li>
            ))}
          </ul>
          <Flex gap={12} wrap>
            <Button
              type="primary"
              size="large"
              icon={<FolderOpenOutlined />}
              loading={choosing}
              onClick={onChoose}
              autoFocus
            >
              {choosing ? t('memberImport.choose.reading') : t('memberImport.choose.button')}
            </Button>
            {current && onContinue && (
              <Button size="large" icon={<CheckCircleOutlined />} onClick={onContinue} disabled={choosing}>
                {current}
              </Button>
            )}
          </Flex>
        </Flex>
      </Flex>
    </Card>
  );
}
