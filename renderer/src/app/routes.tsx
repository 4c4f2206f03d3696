import type { ReactNode } from 'react';
import { ApartmentOutlined, DashboardOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { DashboardPage } from '../dashboard/DashboardPage';
import { GroupsPage } from '../groups/GroupsPage';
import { MembersPage } from '../members/MembersPage';
import { MemberPage } from '../members/member/MemberPage';
import { MemberImportPage } from '../members/import/MemberImportPage';
import { SettingsPage } from '../settings/SettingsPage';

/** The areas of the main window, in menu order; the menu and the router both read this list. */
export const AREAS = [
  { path: '/', label: 'nav.dashboard', icon: <DashboardOutlined />, element: <DashboardPage /> },
  { path: '/members', label: 'nav.members', icon: <TeamOutlined />, element: <MembersPage /> },
  { path: '/groups', label: 'nav.groups', icon: <ApartmentOutlined />, element: <GroupsPage /> },
  { path: '/settings', label: 'nav.settings', icon: <SettingOutlined />, element: <SettingsPage /> },
] as const satisfies readonly { path: string; label: string; icon: ReactNode; element: ReactNode }[];

/** Pages reached from inside an area (no menu entry of their own; the menu keeps the area lit). */
export const SUBPAGES = [
  { path: '/members/import', element: <MemberImportPage /> },
  { path: '/members/:id', element: <MemberPage /> },
] as const satisfies readonly {
  path: string;
  element: ReactNode;
}[];
