/** Asks a Yes/No question in a dialog (Ui.alert); true when the person answers Yes. */
export function askYesNo(title: string, prompt: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, prompt, ui.ButtonSet.YES_NO) === ui.Button.YES;
}
