// JSX with React's automatic runtime (no `import React` in each file). No plugin needed for a build.
export default {
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
};
