/** Opens the Settings dialog (dist/apps-script/Settings.html, one inlined file). */
export function showSettingsDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('Settings').setWidth(460).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, 'Scorecard settings');
}
