/**
 * The text of a chosen file, read in the dialog (FileReader): as UTF-8, or — when that gives
 * replacement characters, as Excel's "CSV" (not "CSV UTF-8") exports do — as Windows-1252.
 */
export async function readFileText(file: Blob): Promise<string> {
  const utf8 = await readAs(file, 'utf-8');
  if (!utf8.includes('\ufffd')) return utf8;
  return readAs(file, 'windows-1252');
}

function readAs(file: Blob, encoding: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file, encoding);
  });
}
