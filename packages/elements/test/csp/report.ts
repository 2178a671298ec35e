// Shared by the strict-CSP pages: waits for results, opens the first group, and leaves a report
// for the test in the parent page. The page itself loads the widget (sources or the bundle).

interface CspReport {
  violations: string[];
  cards: number;
  detailShown: boolean;
  text: string;
}

declare global {
  interface Window {
    cspViolations: string[];
    cspReport?: CspReport;
  }
}

const ATTEMPTS = 100;

async function until(condition: () => boolean): Promise<boolean> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

async function main(): Promise<void> {
  const widget = document.querySelector('peer-groups');
  const root = () => widget?.shadowRoot;
  const cards = () => [...(root()?.querySelectorAll('peer-group-card') ?? [])];
  await until(() => cards().length > 0 && cards()[0]?.shadowRoot?.querySelector('button') != null);
  const shown = cards().length;
  cards()[0]?.shadowRoot?.querySelector('button')?.click();
  const detailShown = await until(
    () => root()?.querySelector('peer-group-detail')?.shadowRoot?.querySelector('h2') != null,
  );
  window.cspReport = {
    violations: window.cspViolations,
    cards: shown,
    detailShown,
    // What the widget said, so a failure explains itself.
    text: (root()?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 300),
  };
}

void main();

export {};
