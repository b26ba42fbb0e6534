/** The dialog's own styles (added after the sidebar's base styles, which the build inlines into every UI). */
export const IMPORT_DIALOG_STYLE = `
.import{display:flex;flex-direction:column;gap:8px}
.import textarea{width:100%;height:110px;font:12px/1.35 "Roboto Mono",monospace}
.import .source{display:flex;gap:10px;align-items:center;flex-wrap:wrap}
.import .detected{display:flex;flex-wrap:wrap;gap:2px 14px;color:#3c4043}
.import .detected b{font-weight:500}
.import .preview{max-height:230px;overflow:auto;border:1px solid #dadce0}
.import table{border-collapse:collapse;font-size:12px}
.import th,.import td{border:1px solid #e8eaed;padding:2px 6px;white-space:nowrap;max-width:260px;overflow:hidden;text-overflow:ellipsis}
.import th{background:#f8f9fa;position:sticky;top:0;font-weight:500;text-align:left}
.import th small{display:block;color:#5f6368;font-weight:400}
.import td.num{text-align:right}
.import td.line{color:#5f6368;text-align:right}
.import details{margin:0}
.import .skipped li{color:#5f6368}
.import fieldset{border:1px solid #dadce0;border-radius:4px;padding:6px 10px}
.import fieldset label{margin-right:12px}
.import .row{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;margin:4px 0}
.import .unmatched{color:#7a4f01}
.import .actions{display:flex;gap:8px;align-items:center}
`;
