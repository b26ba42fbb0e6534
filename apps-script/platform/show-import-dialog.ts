/** Opens the Import KPI export dialog (dist/apps-script/ImportDialog.html, one inlined file). */
export function showImportDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('ImportDialog').setWidth(960).setHeight(680);
  SpreadsheetApp.getUi().showModalDialog(html, 'Import KPI export');
}
