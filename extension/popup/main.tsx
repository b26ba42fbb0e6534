import { render } from 'preact';
import { storage } from '../platform/storage';
import { optionsKey } from '../options-key';
import { PopupApp } from './popup-app';

// Read the scored view before the first render, so the first frame already shows the key results.
const root = document.getElementById('app')!;
void storage.readPopupState().then(
  ({ view, options }) => render(<PopupApp initialView={view} initialKey={optionsKey(options)} />, root),
  () => render(<PopupApp initialView={null} initialKey="" />, root),
);
