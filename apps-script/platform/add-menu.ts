import { MENU_ITEMS } from '../names/menu-items';

/** Adds the Extensions > Scorecard menu (an add-on menu, allowed in every auth mode of onOpen). */
export function addMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item.caption, item.functionName);
    else menu.addSeparator();
  }
  menu.addToUi();
}
