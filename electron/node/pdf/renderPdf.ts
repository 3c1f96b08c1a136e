import { chromium, type Browser } from 'playwright-core';
import { UserFacingError } from '../fileErrors.ts';
import { writeUserFile } from '../writeUserFile.ts';
import { findBrowser } from './findBrowser.ts';

/** Flags for a headless browser that must not reach the network or update itself. */
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Renders print documents to PDF in one headless Chromium-family browser,
 * kept open across renders (a batch of files, or a test file) and closed
 * with `close()`. Page size, margins and page numbers come from the
 * document's own CSS (@page), exactly as Electron's printToPDF reads them.
 */
export class PdfRenderer {
  private constructor(private readonly browser: Browser) {}

  /** Starts the browser found by findBrowser (or the one given); a Chinese UserFacingError when it cannot start. */
  static async launch(options: { browserPath?: string } = {}): Promise<PdfRenderer> {
    const executablePath = options.browserPath ?? findBrowser();
    try {
      return new PdfRenderer(await chromium.launch({ executablePath, args: BROWSER_ARGS, headless: true }));
    } catch (error) {
      throw new UserFacingError(`无法启动浏览器“${executablePath}”生成PDF：${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }

  /** The PDF bytes of a complete HTML document. */
  async render(html: string): Promise<Uint8Array> {
    const page = await this.browser.newPage();
    try {
      // No network: the document is self-contained, so 'load' means laid out with its fonts.
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await page.close();
    }
  }

  /** Renders and writes atomically: a failure leaves any earlier file at `file` as it was. */
  async renderToFile(html: string, file: string): Promise<void> {
    await writeUserFile(file, await this.render(html));
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
