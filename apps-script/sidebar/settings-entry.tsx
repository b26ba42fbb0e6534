import { render } from 'preact';
import { SettingsApp } from './settings-app';
import { closeHost, serverCalls } from './server-calls';

const root = document.getElementById('app');
if (root) render(<SettingsApp server={serverCalls()} onClose={closeHost} />, root);
