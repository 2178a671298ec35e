import { expect, waitUntil } from '@open-wc/testing';

interface CspReport {
  violations: string[];
  cards: number;
  detailShown: boolean;
  text: string;
}

describe('strict Content Security Policy', () => {
  it('shows results and a group with zero security-policy violations', async function () {
    // The page loads the widget's modules one by one from the dev server.
    this.timeout(15_000);
    const frame = document.createElement('iframe');
    frame.title = 'Strict CSP page';
    frame.src = new URL('./csp/index.html', import.meta.url).pathname;
    document.body.append(frame);
    try {
      const report = () =>
        (frame.contentWindow as (Window & { cspReport?: CspReport }) | null)?.cspReport;
      await waitUntil(() => report() !== undefined, 'the CSP page never reported', {
        timeout: 12_000,
      });
      const { violations, cards, detailShown, text } = report() as CspReport;
      expect(violations).to.deep.equal([]);
      expect(cards, text).to.equal(3);
      expect(detailShown).to.equal(true);
    } finally {
      frame.remove();
    }
  });

  it('serves the test page with the policy a hospital review asks for', async () => {
    const response = await fetch(new URL('./csp/index.html', import.meta.url).pathname);
    expect(response.headers.get('Content-Security-Policy')).to.equal(
      "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
  });
});
