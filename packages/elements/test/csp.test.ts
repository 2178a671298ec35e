import { expect, waitUntil } from '@open-wc/testing';

interface CspReport {
  violations: string[];
  cards: number;
  detailShown: boolean;
  text: string;
}

async function loadPage(path: string): Promise<CspReport> {
  const frame = document.createElement('iframe');
  frame.title = 'Strict CSP page';
  frame.src = new URL(path, import.meta.url).pathname;
  document.body.append(frame);
  try {
    const report = () =>
      (frame.contentWindow as (Window & { cspReport?: CspReport }) | null)?.cspReport;
    await waitUntil(() => report() !== undefined, 'the CSP page never reported', {
      timeout: 12_000,
    });
    return report() as CspReport;
  } finally {
    frame.remove();
  }
}

describe('strict Content Security Policy', () => {
  it('shows results and a group from the sources with zero violations', async function () {
    // The page loads the widget's modules one by one from the dev server.
    this.timeout(15_000);
    const { violations, cards, detailShown, text } = await loadPage('./csp/index.html');
    expect(violations).to.deep.equal([]);
    expect(cards, text).to.equal(3);
    expect(detailShown).to.equal(true);
  });

  it('shows results and a group from the single-file CDN bundle with zero violations', async function () {
    this.timeout(15_000);
    const bundle = await fetch(new URL('../dist/cdn/peer-groups.js', import.meta.url).pathname);
    expect(bundle.ok, 'dist/cdn/peer-groups.js is missing: run the package build first').to.equal(
      true,
    );
    const { violations, cards, detailShown, text } = await loadPage('./csp/bundle.html');
    expect(violations).to.deep.equal([]);
    expect(cards, text).to.equal(3);
    expect(detailShown).to.equal(true);
  });

  it('serves the test pages with the policy a hospital review asks for', async () => {
    const response = await fetch(new URL('./csp/index.html', import.meta.url).pathname);
    expect(response.headers.get('Content-Security-Policy')).to.equal(
      "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
  });
});
