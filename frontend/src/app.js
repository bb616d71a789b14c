// Reintegra front-end behaviour (ES module).
//
// Loaded with:
//   <script type="module" src="/static/reintegra/app.js"></script>
// after the classic, deferred htmx script:
//   <script src="/static/reintegra/htmx.min.js" defer></script>
//
// Module scripts are deferred too and run in document order, so window.htmx
// is normally available here, but nothing below depends on it: htmx events
// are listened for on `document`, which works whether or not htmx loaded.

import { initAll } from './govuk-frontend.min.js'

// GOV.UK Frontend components (accordion, tabs, error summary, ...).
// initAll only initialises when <body> has the `govuk-frontend-supported`
// class. GOV.UK's template adds it with an inline <script>; Reintegra has no
// inline scripts, so this module adds it (running this module already proves
// ES module support, which is what the class signals).
try {
  if (document.body) {
    document.body.classList.add('govuk-frontend-supported')
  }
  initAll()
} catch (error) {
  console.error('GOV.UK Frontend failed to initialise', error)
}

/**
 * Django's CSRF token, from <meta name="csrf-token" content="...">.
 *
 * @returns {string | null} the token, or null when the meta tag is missing
 */
function csrfToken () {
  const meta = document.querySelector('meta[name="csrf-token"]')
  const token = meta && meta.getAttribute('content')
  return token || null
}

// Send the CSRF token with every htmx request (Django checks X-CSRFToken on
// unsafe methods; sending it on GET too is harmless and same-origin only).
document.addEventListener('htmx:configRequest', (event) => {
  const detail = event.detail
  const token = csrfToken()
  if (!token || !detail || !detail.headers) {
    return
  }
  // Never leak the token to another origin.
  const path = detail.path
  if (typeof path === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    try {
      if (new URL(path, window.location.href).origin !== window.location.origin) {
        return
      }
    } catch (error) {
      return
    }
  }
  detail.headers['X-CSRFToken'] = token
})

// <select data-autosubmit> submits its form on change (the organisation
// switcher). The form keeps a real submit button for users without JS.
// Delegated on `document`, so selects swapped in by htmx work too.
document.addEventListener('change', (event) => {
  const target = event.target
  if (!(target instanceof HTMLSelectElement) || !target.hasAttribute('data-autosubmit')) {
    return
  }
  const form = target.form
  if (!form) {
    return
  }
  if (typeof form.requestSubmit === 'function') {
    // Fires `submit` listeners (htmx, validation) like a button click.
    form.requestSubmit()
  } else {
    form.submit()
  }
})
