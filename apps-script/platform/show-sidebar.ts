/** Opens the Dashboard sidebar (dist/apps-script/Sidebar.html, one inlined file). */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Scorecard');
  SpreadsheetApp.getUi().showSidebar(html);
}
