// @wisg/widgets in React 19. React 19 sets properties on custom elements (`projects={…}`)
// and listens to their events with `on` + the event's name (`onwisg-project-select`).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
// The self-defining entries: each import defines its element once.
import '@wisg/widgets/project-list.js';
import '@wisg/widgets/project-card.js';
// The bundled WISG data; your app would fetch its own.
import data from '@wisg/widgets/data/wisg-projects.json';

function App() {
  const [lang, setLang] = useState('en');
  const [selectedId, setSelectedId] = useState(null);
  const selected = data.projects.find((project) => project.id === selectedId);

  return (
    <main lang={lang}>
      <h1>{lang === 'ka' ? 'პროექტები' : 'Projects'}</h1>
      <p>
        <button type="button" onClick={() => setLang(lang === 'en' ? 'ka' : 'en')}>
          {lang === 'en' ? 'ქართულად' : 'In English'}
        </button>
      </p>
      <p id="selected" aria-live="polite">
        {selected ? `Selected: ${selected.title.en}` : 'Open a project’s activities to select it.'}
      </p>
      {selected && (
        // An attribute (project-id) and a property (projects) side by side.
        <wisg-project-card id="selected-card" projects={data.projects} project-id={selected.id} heading-level="2" expanded />
      )}
      <wisg-project-list projects={data.projects} heading={lang === 'ka' ? 'ყველა პროექტი' : 'All projects'} onwisg-project-select={(event) => setSelectedId(event.detail.id)} />
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
