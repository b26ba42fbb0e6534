/** One item of the Extensions > Scorecard menu: its caption and the top-level function it runs. */
export interface MenuItem {
  caption: string;
  functionName: string;
}

/** The Extensions > Scorecard menu, top to bottom; `null` is a separator. */
export const MENU_ITEMS: readonly (MenuItem | null)[] = [
  { caption: 'Score this sheet', functionName: 'scoreThisSheet' },
  { caption: 'Dashboard', functionName: 'showDashboard' },
  null,
  { caption: 'Set up OKR sheet', functionName: 'setUpOkrSheet' },
  { caption: 'Set up KPI sheet', functionName: 'setUpKpiSheet' },
  null,
  { caption: 'Import KPI export…', functionName: 'showImportDialog' },
  { caption: 'Clean up pasted cells', functionName: 'cleanUpPastedCells' },
  null,
  { caption: 'Settings…', functionName: 'showSettings' },
];
