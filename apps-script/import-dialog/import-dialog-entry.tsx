import { render } from 'preact';
import { ImportDialogApp } from './import-dialog-app';
import { closeHost, serverCalls } from '../sidebar/server-calls';

const root = document.getElementById('app');
if (root) render(<ImportDialogApp server={serverCalls()} onClose={closeHost} />, root);
