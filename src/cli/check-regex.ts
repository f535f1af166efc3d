// npm run lint:regex (part of npm run lint) — checks every regular expression of src/ingest for ReDoS with recheck
// and fails on one that can take super-linear time. Literals are read from the source (TypeScript's parser);
// patterns built at run time (new RegExp(...)) are caught by wrapping the RegExp constructor while the extraction
// reads the seed reports and the development sets, so every pattern a rule builds is built at least once.
//
// A pattern recheck finds polynomial, or cannot decide on, passes only when a comment within the three lines above it
// says `redos-bounded: <why its input is bounded>` (a candidate name, one sentence of at most MAX_SENTENCE
// characters…): a polynomial pattern on bounded input takes bounded time, and extraction stays linear in the report
// (tests/unit/extract-linear.test.ts measures it). An exponential pattern never passes. Results are cached by pattern in
// node_modules/.cache/redos.json, so a run after a change checks only the patterns that changed.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..', '..');
const SCANNED = [join(ROOT, 'src', 'ingest')];

interface Pattern {
  source: string;
  flags: string;
  where: string;
  /** The `redos-bounded:` reason written above the pattern, if any. */
  bounded?: string;
}

const CACHE = join(ROOT, 'node_modules', '.cache', 'redos.json');

/** The `redos-bounded:` reason in the three lines above `line` (1-based) of `file`, if any. */
function boundedReason(file: string, line: number): string | undefined {
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let k = line - 1; k >= Math.max(1, line - 3); k -= 1) {
    const m = /redos-bounded:\s*(.+)$/.exec(lines[k - 1] ?? '');
    if (m) return m[1];
  }
  return undefined;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every regular-expression literal in the scanned folders, with file and line. */
function literals(extra: string[]): Pattern[] {
  const found: Pattern[] = [];
  for (const file of [...SCANNED.flatMap(files), ...extra]) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const cut = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        const bounded = boundedReason(file, line);
        found.push({
          source: text.slice(1, cut),
          flags: text.slice(cut + 1),
          where: `${relative(ROOT, file)}:${line}`,
          ...(bounded ? { bounded } : {}),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Every pattern built with new RegExp(...) while the extraction runs on the seed reports and development sets. */
async function built(): Promise<Pattern[]> {
  const found: Pattern[] = [];
  const Original = RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget) as RegExp;
      const site = new Error().stack?.split('\n')[2]?.trim() ?? 'run time';
      const at = /\((\/[^:]+):(\d+):\d+\)$/.exec(site) ?? /at (\/[^:]+):(\d+):\d+$/.exec(site);
      const bounded = at ? boundedReason(at[1] as string, Number(at[2])) : undefined;
      found.push({
        source: made.source,
        flags: made.flags,
        where: `new RegExp ${site.replace(ROOT, '.')}`,
        ...(bounded ? { bounded } : {}),
      });
      return made;
    },
  });
  try {
    const { evaluate, knownFromSeed } = await import('../ingest/evaluate');
    const { evaluateHeldout } = await import('../ingest/heldout');
    const { readSeed } = await import('../seed/read');
    const seed = readSeed();
    evaluate(seed);
    for (const dir of ['heldout', 'dev', 'dev2', 'dev3', 'dev4'])
      evaluateHeldout(knownFromSeed(seed), join(ROOT, 'seed', dir));
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

async function main() {
  // --also <file>: scan a file outside src/ingest too (the lint test uses it on a deliberately vulnerable pattern).
  const also = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--also' ? [resolve(a)] : []));
  const patterns = [...literals(also), ...(await built())];
  const unique = new Map<string, Pattern>();
  // One entry per pattern; a pattern written at two places is bounded only if it is at both.
  for (const p of patterns) {
    const key = `/${p.source}/${p.flags}`;
    const seen = unique.get(key);
    if (!seen) unique.set(key, p);
    else if (seen.bounded && !p.bounded) unique.set(key, { ...p });
  }
  const failures: string[] = [];
  const cache: Record<string, string> = existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : {};
  const queue = [...unique.entries()];
  let bounded = 0;
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [key, p] = next;
      let verdict = cache[key];
      if (!verdict) {
        const result = await check(p.source, p.flags, { timeout: 20_000 });
        verdict =
          result.status === 'safe'
            ? 'safe'
            : result.status === 'vulnerable'
              ? result.complexity.type === 'polynomial'
                ? `polynomial ${result.complexity.degree}: attack ${result.attack.pattern}`
                : `exponential: attack ${result.attack.pattern}`
              : `unknown: ${result.status === 'unknown' ? result.error.kind : 'unknown'}`;
        cache[key] = verdict;
      }
      if (verdict === 'safe') continue;
      const tolerable = verdict.startsWith('polynomial') || verdict.startsWith('unknown');
      if (tolerable && p.bounded) {
        bounded += 1;
        continue;
      }
      failures.push(
        `${p.where}\n  /${p.source}/${p.flags}\n  ${verdict}${p.bounded ? ' (a bound does not excuse this)' : ''}`,
      );
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  mkdirSync(dirname(CACHE), { recursive: true });
  writeFileSync(CACHE, JSON.stringify(cache));
  console.log(
    `ReDoS check: ${unique.size} patterns in src/ingest, ${bounded} polynomial on bounded input, ${failures.length} failing.`,
  );
  for (const f of failures) console.log(f);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

void main();
