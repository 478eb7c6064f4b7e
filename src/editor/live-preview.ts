/**
 * Live preview: a pane beside the editor showing the text rendered by api.php action=parse.
 * Renders are debounced while typing, and a newer render cancels the one still under way;
 * a failed render keeps the last good preview under an error line.
 */
import { parseText } from './api-client.ts';

export interface LivePreviewOptions {
  api: string;
  title: string;
  text: () => string;
  delayMs?: number;
}

export class LivePreview {
  readonly element: HTMLElement;
  private readonly status: HTMLElement;
  private readonly body: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: AbortController | null = null;
  private shown = false;

  constructor(private readonly o: LivePreviewOptions) {
    this.element = document.createElement('div');
    this.element.className = 'kagami-live-preview';
    this.element.hidden = true;
    this.element.setAttribute('aria-live', 'polite');
    this.status = document.createElement('div');
    this.status.className = 'kagami-live-preview-status';
    this.body = document.createElement('div');
    this.body.className = 'kagami-live-preview-body';
    this.element.append(this.status, this.body);
  }

  get visible(): boolean {
    return this.shown;
  }

  toggle(): boolean {
    this.shown = !this.shown;
    this.element.hidden = !this.shown;
    if (this.shown) void this.render();
    else this.cancel();
    return this.shown;
  }

  /** The text changed: render again after a pause in typing. */
  changed(): void {
    if (!this.shown) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), this.o.delayMs ?? 600);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running?.abort();
    this.running = null;
  }

  async render(): Promise<void> {
    this.cancel();
    const controller = new AbortController();
    this.running = controller;
    this.element.classList.add('kagami-live-preview-loading');
    this.status.textContent = 'Rendering…';
    this.status.classList.remove('error');
    try {
      const { html } = await parseText(this.o.api, this.o.title, this.o.text(), controller.signal);
      if (controller.signal.aborted) return;
      this.body.innerHTML = html;
      this.status.textContent = '';
    } catch (e) {
      if (controller.signal.aborted) return;
      this.status.textContent = `The preview could not be rendered: ${e instanceof Error ? e.message : String(e)}`;
      this.status.classList.add('error');
    } finally {
      if (this.running === controller) {
        this.running = null;
        this.element.classList.remove('kagami-live-preview-loading');
      }
    }
  }
}
