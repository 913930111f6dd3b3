// React 18: the components of @xinfang/elements/react (made with @lit/react) set every property on the element,
// objects included, and turn the events into typed props (`onXfSubmit`). They register the elements too.
import { XfDeadlineBadge, XfIntakeForm } from '@xinfang/elements/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [submitted, setSubmitted] = useState(null);
  return (
    <main>
      <h1>信访事项</h1>
      <XfDeadlineBadge
        id="due"
        due="2025-10-09"
        now="2025-10-08T09:00:00+08:00"
        label={{ zh: '办结期限', en: 'conclusion due' }}
      />
      <XfIntakeForm id="petition" lang="zh-CN" onXfSubmit={(e) => setSubmitted(e.detail)} />
      {submitted && <output id="submitted">{submitted.subject}</output>}
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
