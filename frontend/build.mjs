// Reintegra front-end build: `npm run build` (run from frontend/).
//
// Writes into reintegra/core/static/reintegra/:
//   app.css                  compiled from src/app.scss (govuk-frontend + Noto Sans)
//   app.js                   src/app.js (ES module)
//   govuk-frontend.min.js    govuk-frontend's ES module bundle
//   htmx.min.js              htmx 2.x (classic script, sets window.htmx)
//   fonts/*.woff2            Noto Sans 400/700, latin, latin-ext, cyrillic
//   images/*                 src/images/* (project favicon)
// and tests/browser/axe.min.js (axe-core, injected by browser tests).
//
// The output is a pure function of the sources and the locked packages: no
// timestamps, no source maps with absolute paths. Running it twice, or after
// deleting the outputs, gives byte-identical files.

import { createRequire } from 'node:module'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import * as sass from 'sass'

const require = createRequire(import.meta.url)
const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '..')
const staticRoot = path.join(repoRoot, 'reintegra', 'core', 'static')
const outDir = path.join(staticRoot, 'reintegra')
const fontsDir = path.join(outDir, 'fonts')
const imagesDir = path.join(outDir, 'images')
const axeOut = path.join(repoRoot, 'tests', 'browser', 'axe.min.js')
const STATIC_URL = '/static/'

const NOTO_SUBSETS = ['latin', 'latin-ext', 'cyrillic']
const NOTO_WEIGHTS = [400, 700]

/** Directory of an installed package (via its package.json). */
function pkgDir (name) {
  return path.dirname(require.resolve(`${name}/package.json`))
}

function copy (from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  fs.copyFileSync(from, to)
  written.push(to)
}

function write (to, contents) {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  fs.writeFileSync(to, contents)
  written.push(to)
}

const written = []

/**
 * Split `text` at top-level occurrences of `sep`, ignoring separators inside
 * strings, parentheses and brackets.
 */
function splitTopLevel (text, sep) {
  const parts = []
  let depth = 0
  let quote = null
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quote) {
      if (ch === '\\') i++
      else if (ch === quote) quote = null
    } else if (ch === '"' || ch === "'") quote = ch
    else if (ch === '(' || ch === '[') depth++
    else if (ch === ')' || ch === ']') depth--
    else if (ch === sep && depth === 0) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts
}

/**
 * Remove every selector matching `pattern` from (compressed) CSS. Rules left
 * with no selectors, and @media/@supports blocks left empty, are dropped.
 */
function stripSelectors (source, pattern) {
  let out = ''
  let i = 0
  while (i < source.length) {
    // Read a prelude up to `{`, or a statement up to `;` (e.g. @charset).
    let j = i
    let quote = null
    let parens = 0
    while (j < source.length) {
      const ch = source[j]
      if (quote) {
        if (ch === '\\') j++
        else if (ch === quote) quote = null
      } else if (ch === '"' || ch === "'") quote = ch
      else if (ch === '(') parens++
      else if (ch === ')') parens--
      else if (parens === 0 && (ch === '{' || ch === ';' || ch === '}')) break
      j++
    }
    if (j >= source.length || source[j] !== '{') {
      out += source.slice(i, j + 1)
      i = j + 1
      continue
    }
    const prelude = source.slice(i, j)
    // Find the matching `}`.
    let k = j + 1
    let depth = 1
    quote = null
    while (k < source.length && depth > 0) {
      const ch = source[k]
      if (quote) {
        if (ch === '\\') k++
        else if (ch === quote) quote = null
      } else if (ch === '"' || ch === "'") quote = ch
      else if (ch === '{') depth++
      else if (ch === '}') depth--
      k++
    }
    const body = source.slice(j + 1, k - 1)
    if (/^\s*@(?:media|supports|container|layer)\b/i.test(prelude)) {
      const inner = stripSelectors(body, pattern)
      if (inner.trim()) out += `${prelude}{${inner}}`
    } else if (prelude.trimStart().startsWith('@')) {
      out += `${prelude}{${body}}`
    } else {
      const kept = splitTopLevel(prelude, ',').filter((sel) => !pattern.test(sel))
      if (kept.length) out += `${kept.join(',')}{${body}}`
    }
    i = k
  }
  return out
}

// Start fonts/ and images/ afresh so removed files do not linger.
fs.rmSync(fontsDir, { recursive: true, force: true })
fs.rmSync(imagesDir, { recursive: true, force: true })
fs.mkdirSync(outDir, { recursive: true })

// 1. CSS -------------------------------------------------------------------
const result = sass.compile(path.join(here, 'src', 'app.scss'), {
  style: 'compressed',
  sourceMap: false,
  loadPaths: [path.join(here, 'node_modules')],
  // govuk-frontend's own deprecation notices are not ours to fix.
  quietDeps: true
})
// Reintegra is not a GOV.UK service: drop govuk-frontend's Crown/crest
// footer rules (`.govuk-footer__crown`, `.govuk-footer__copyright-logo`, whose
// ::before would otherwise draw the crest, or with the crest URL removed a
// solid block). The checks below fail the build if anything crown-like is left.
const BANNED_SELECTORS = /\.govuk-footer__(?:crown|copyright-logo)(?![\w-])/
let css = stripSelectors(result.css, BANNED_SELECTORS)
css = css.endsWith('\n') ? css : css + '\n'
write(path.join(outDir, 'app.css'), css)

// 2. JavaScript ------------------------------------------------------------
copy(path.join(here, 'src', 'app.js'), path.join(outDir, 'app.js'))
const govuk = pkgDir('govuk-frontend')
copy(path.join(govuk, 'dist', 'govuk', 'govuk-frontend.min.js'), path.join(outDir, 'govuk-frontend.min.js'))
copy(path.join(pkgDir('htmx.org'), 'dist', 'htmx.min.js'), path.join(outDir, 'htmx.min.js'))

// 3. Fonts -----------------------------------------------------------------
const notoFiles = path.join(pkgDir('@fontsource/noto-sans'), 'files')
for (const weight of NOTO_WEIGHTS) {
  for (const subset of NOTO_SUBSETS) {
    const name = `noto-sans-${subset}-${weight}-normal.woff2`
    copy(path.join(notoFiles, name), path.join(fontsDir, name))
  }
}

// 4. Images (project-owned; govuk's crown/crest images are deliberately not
// shipped: Reintegra is not a GOV.UK service) -------------------------------
const srcImages = path.join(here, 'src', 'images')
if (fs.existsSync(srcImages)) {
  for (const name of fs.readdirSync(srcImages).sort()) {
    copy(path.join(srcImages, name), path.join(imagesDir, name))
  }
}

// 5. axe-core for browser tests -------------------------------------------
copy(path.join(pkgDir('axe-core'), 'axe.min.js'), axeOut)

// 6. Checks ----------------------------------------------------------------
const problems = []
if (!css.includes('Noto Sans')) problems.push('app.css does not mention "Noto Sans"')
if (/GDS Transport/i.test(css)) problems.push('app.css mentions GDS Transport')
if (/crown|crest|copyright-logo/i.test(css)) {
  problems.push('app.css still references the GOV.UK crown/crest')
}
if (css.length < 50000 || !css.includes('.govuk-generic-header') || !css.includes('.app-badge')) {
  problems.push('app.css looks incomplete (CSS clean-up may have removed too much)')
}
for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
  const url = match[2]
  if (url.startsWith('data:')) continue
  if (!url.startsWith(STATIC_URL)) {
    problems.push(`app.css url() outside ${STATIC_URL}: ${url}`)
    continue
  }
  const file = path.join(staticRoot, url.slice(STATIC_URL.length).split(/[?#]/)[0])
  if (!fs.existsSync(file)) problems.push(`app.css url() has no file: ${url}`)
}
if (problems.length) {
  for (const problem of problems) console.error(`build: ${problem}`)
  process.exit(1)
}

for (const file of written) {
  const size = fs.statSync(file).size
  console.log(`${String(size).padStart(8)}  ${path.relative(repoRoot, file)}`)
}
