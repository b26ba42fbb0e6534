import { logCall, type LocalEnv } from './local-env';
import { spreadsheetEnums } from './spreadsheet-enums';

/** `ScriptApp`: the AuthMode enum (for event objects) and a few project facts. */
export function localScriptApp(env: LocalEnv) {
  return {
    AuthMode: spreadsheetEnums.AuthMode,
    getScriptId(): string {
      logCall(env, 'ScriptApp', 'getScriptId', []);
      return 'local-script-id';
    },
    getProjectTriggers(): unknown[] {
      logCall(env, 'ScriptApp', 'getProjectTriggers', []);
      return new env.realm.Array();
    },
    newTrigger(functionName: string): never {
      logCall(env, 'ScriptApp', 'newTrigger', [functionName]);
      throw new env.realm.Error('Installable triggers are not simulated by the local Apps Script.');
    },
    toString: () => 'ScriptApp',
  };
}
