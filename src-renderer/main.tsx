import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api/client.js';
import { App } from './app/App.js';
import { firstState } from './app/first-state.js';
import './styles/app.css';

const root = document.getElementById('root');
if (root) {
  const bridge = connect();
  void firstState(bridge).then((first) =>
    createRoot(root).render(
      <StrictMode>
        <App bridge={bridge} first={first} />
      </StrictMode>,
    ),
  );
}
