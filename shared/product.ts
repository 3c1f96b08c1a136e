/** The name users know the app by: the window title, dialogs, 关于, the workbooks' author. package.json's productName and electron-builder.yml repeat it for the installer (test/package checks they agree). */
export const PRODUCT_NAME = '对口帮扶规划表';

/** The window title: “name* - 对口帮扶规划表” while there are unsaved changes. */
export const windowTitle = (displayName: string, dirty: boolean): string => `${displayName}${dirty ? '*' : ''} - ${PRODUCT_NAME}`;
