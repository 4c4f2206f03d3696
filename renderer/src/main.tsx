import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
// antd's component styles as one static file (theme zeroRuntime): building them in the page at
// start-up cost the register a tenth of a second. Before ours, so ours win at equal weight.
import 'antd/dist/antd.css';
import './app/app.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
