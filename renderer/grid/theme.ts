import { themeBalham } from 'ag-grid-community';

/** CJK UI fonts of Windows first (微软雅黑), then Linux (Noto Sans CJK SC). */
export const UI_FONT = ['"Microsoft YaHei UI"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"Noto Sans SC"', '"PingFang SC"', 'sans-serif'];

/** A dense, plain spreadsheet look, like the finance tools the users know. */
export const gridTheme = themeBalham.withParams({
  fontFamily: UI_FONT,
  fontSize: 13,
  headerFontSize: 13,
  headerFontWeight: 600,
  rowHeight: 26,
  headerHeight: 28,
  spacing: 3,
  cellHorizontalPadding: 6,
  accentColor: '#1f6feb',
  borderColor: '#c9ced6',
  columnBorder: true,
  headerColumnBorder: true,
  headerBackgroundColor: '#eef1f5',
  oddRowBackgroundColor: '#ffffff',
  wrapperBorderRadius: 0,
  foregroundColor: '#1f2328',
});
