import type { ThemeConfig } from 'antd';

/** A calm office palette: one deep blue for actions and the navigation, neutral greys elsewhere. */
export const BRAND = '#1d4f91';
export const NAV_BG = '#163a6b';

/**
 * Windows' "Show animations in Windows" switch (and the same setting elsewhere) reaches the
 * window as prefers-reduced-motion: dialogs and menus then open in place instead of zooming
 * and sliding. Read once at start; the setting is rarely changed while the program runs.
 */
const reducedMotion = typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export const theme: ThemeConfig = {
  // Component styles come from antd/dist/antd.css (imported in main.tsx); the tokens below still
  // reach them as CSS variables.
  zeroRuntime: true,
  token: {
    motion: !reducedMotion,
    colorPrimary: BRAND,
    colorInfo: BRAND,
    colorLink: BRAND,
    colorBgLayout: '#f3f5f9',
    borderRadius: 6,
    fontSize: 14,
  },
  components: {
    Layout: {
      siderBg: NAV_BG,
      headerBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 24px',
    },
    Menu: {
      darkItemBg: NAV_BG,
      darkSubMenuItemBg: NAV_BG,
      darkItemSelectedBg: '#2a5a9c',
      darkItemColor: 'rgba(255,255,255,0.78)',
      darkItemHoverBg: 'rgba(255,255,255,0.08)',
      itemHeight: 42,
      itemMarginInline: 10,
    },
    Table: {
      headerBg: '#f4f6fa',
      headerColor: '#344054',
      cellPaddingBlockMD: 10,
    },
    Form: {
      itemMarginBottom: 16,
      verticalLabelPadding: '0 0 4px',
    },
    Card: {
      headerFontSize: 15,
    },
    Statistic: {
      contentFontSize: 28,
    },
  },
};
