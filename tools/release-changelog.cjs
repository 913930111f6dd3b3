// The changelog lines of `changeset version`: like @changesets/changelog-git, but each commit is a link to the
// repository that every published package.json names (`repository.url`), so it works offline (no GitHub API,
// no token). Fails when the packages disagree about their repository or name none.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');

/** `git+https://host/owner/name.git` → `https://host/owner/name`, the one URL every published package names. */
function repositoryUrl(dir = join(root, 'packages')) {
  const urls = new Set();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const manifest = JSON.parse(readFileSync(join(dir, entry.name, 'package.json'), 'utf8'));
    if (manifest.private === true) continue;
    const url = typeof manifest.repository === 'object' ? manifest.repository?.url : manifest.repository;
    if (typeof url !== 'string' || url === '') throw new Error(`${manifest.name}: package.json has no repository.url`);
    urls.add(url.replace(/^git\+/, '').replace(/\.git$/, ''));
  }
  if (urls.size !== 1) throw new Error(`the packages name ${urls.size} repositories: ${[...urls].join(', ')}`);
  return [...urls][0];
}

function commitLink(commit, repo) {
  return `[${commit.slice(0, 7)}](${repo}/commit/${commit})`;
}

async function getReleaseLine(changeset, _type, options) {
  const repo = options?.repo ?? repositoryUrl();
  const [first, ...rest] = changeset.summary.split('\n').map((line) => line.trimEnd());
  let line = `- ${changeset.commit ? `${commitLink(changeset.commit, repo)}: ` : ''}${first}`;
  if (rest.length > 0) line += `\n${rest.map((l) => (l === '' ? '' : `  ${l}`)).join('\n')}`;
  return line;
}

async function getDependencyReleaseLine(changesets, dependenciesUpdated, options) {
  if (dependenciesUpdated.length === 0) return '';
  const repo = options?.repo ?? repositoryUrl();
  const commits = changesets.filter((c) => c.commit).map((c) => commitLink(c.commit, repo));
  return [
    `- Updated dependencies${commits.length > 0 ? ` ${commits.join(', ')}` : ''}`,
    ...dependenciesUpdated.map((d) => `  - ${d.name}@${d.newVersion}`),
  ].join('\n');
}

module.exports = { default: { getReleaseLine, getDependencyReleaseLine }, repositoryUrl };
