/**
 * The spreadsheet files 导入Excel, 比较修改稿 and 汇总 accept (without the dot). Only .xlsx is read;
 * the others reach the reader, which tells by their content what they are and how to save them as
 * .xlsx from Excel/WPS. The opener registry (register.ts) and the file dialogs (electron/main) read this list.
 */
export const SPREADSHEET_EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'et', 'xlsb', 'ods', 'csv'] as const;
