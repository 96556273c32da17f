import type { ThemeConfig } from 'antd';

/** The console's look: government-service blue, a touch of red, Chinese system fonts, calm radii. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1a4fa3',
    colorInfo: '#1a4fa3',
    colorLink: '#1a4fa3',
    colorError: '#c8102e',
    borderRadius: 6,
    fontSize: 14,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif",
    colorBgLayout: '#f2f4f8',
  },
  components: {
    Layout: { headerBg: '#1a4fa3', siderBg: '#fff', bodyBg: '#f2f4f8', footerBg: 'transparent' },
    Menu: { itemSelectedBg: '#eaf1fd', itemSelectedColor: '#1a4fa3', groupTitleColor: 'rgba(0,0,0,0.4)' },
    Table: { headerBg: '#f5f7fb', headerColor: 'rgba(0,0,0,0.75)' },
    Card: { headerFontSize: 15 },
  },
};
