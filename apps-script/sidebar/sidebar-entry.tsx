import { render } from 'preact';
import { SidebarApp } from './sidebar-app';
import { serverCalls } from './server-calls';

const root = document.getElementById('app');
if (root) render(<SidebarApp server={serverCalls()} />, root);
