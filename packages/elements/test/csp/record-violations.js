// Loaded first, as a classic script, so every security-policy violation of the page is recorded,
// including any raised while the widget's modules load.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
