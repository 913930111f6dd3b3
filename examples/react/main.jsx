// React 19: custom elements are first-class — a prop the element declares is set as a property (objects too),
// `on<event>` listens to that event.
import '@xinfang/elements/define';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [submitted, setSubmitted] = useState(null);
  return (
    <main>
      <h1>信访事项</h1>
      <xf-deadline-badge
        id="due"
        due="2025-10-09"
        now="2025-10-08T09:00:00+08:00"
        label={{ zh: '办结期限', en: 'conclusion due' }}
      />
      <xf-intake-form id="petition" lang="zh-CN" onxf-submit={(e) => setSubmitted(e.detail)} />
      {submitted && <output id="submitted">{submitted.subject}</output>}
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
