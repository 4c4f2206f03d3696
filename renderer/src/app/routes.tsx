import type { ReactNode } from 'react';
import { DashboardOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { DashboardPage } from '../dashboard/DashboardPage';
import { MembersPage } from '../members/MembersPage';
import { SettingsPage } from '../settings/SettingsPage';

/** The areas of the main window, in menu order; the menu and the router both read this list. */
export const AREAS = [
  { path: '/', label: 'nav.dashboard', icon: <DashboardOutlined />, element: <DashboardPage /> },
  { path: '/members', label: 'nav.members', icon: <TeamOutlined />, element: <MembersPage /> },
  { path: '/settings', label: 'nav.settings', icon: <SettingOutlined />, element: <SettingsPage /> },
] as const satisfies readonly { path: string; label: string; icon: ReactNode; element: ReactNode }[];
