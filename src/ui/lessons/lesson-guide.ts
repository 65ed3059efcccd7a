/**
 * <lesson-guide>: the guided path a teacher steps through. Each lesson starts from a preset, puts
 * a question, names the one knob to move and where to look, and then the takeaway. The guide only
 * asks: the page loads the preset, moves the knob and opens the view (events below), so a lesson
 * runs the same engine, and leaves the same link, as any other run.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Lesson, LessonView } from '../../content/lessons/index.ts';
import { lessonGuideStyles } from './lesson-guide.styles.ts';
import { theme } from '../common/theme.styles.ts';
import { localized, msg, str } from '@lit/localize';
import { lessonText, presetTitle } from '../../i18n/content.ts';

/** Where the class is within a lesson. */
export type LessonStep = 'not-started' | 'started' | 'moved';

export type LessonEvent =
  | { readonly kind: 'start'; readonly lesson: Lesson }
  | { readonly kind: 'move'; readonly lesson: Lesson }
  | { readonly kind: 'watch'; readonly view: LessonView }
  | { readonly kind: 'go'; readonly index: number };

const viewNames = (): Readonly<Record<LessonView, string>> => ({
  results: msg('Results'),
  night: msg('The night'),
  real: msg('Real data'),
  forensics: msg('Forensics'),
  ledger: msg('Ledger'),
  voter: msg('Be a voter'),
  files: msg('Files'),
});

@localized()
@customElement('lesson-guide')
export class LessonGuide extends LitElement {
  static override styles = [theme, lessonGuideStyles];

  @property({ attribute: false }) lessons: readonly Lesson[] = [];
  @property({ type: Number }) index = 0;
  @property() step: LessonStep = 'not-started';
  /** Whether the takeaway is shown (the teacher reveals it after the class has answered). */
  @property({ type: Boolean }) revealed = false;
  /**
   * Whether only the lesson's title shows: on a phone the guide is a sheet over the bottom of the
   * results, and a student lowers it to see the whole result (the toggle shows only there).
   */
  @property({ type: Boolean, reflect: true }) collapsed = false;
  /** Whether the class sees the observer view: presets are then named without what was done to them. */
  @property({ type: Boolean }) observer = false;

  protected override willUpdate(changed: PropertyValues): void {
    // A new lesson starts with its takeaway hidden (the class answers first), and in full view.
    if (changed.has('index')) {
      this.revealed = false;
      this.collapsed = false;
    }
  }

  override render() {
    const lesson = this.lessons[this.index];
    if (!lesson) return nothing;
    const started = this.step !== 'not-started';
    const moved = this.step === 'moved';
    const text = lessonText(lesson);
    const place = `${this.index + 1}`;
    const count = `${this.lessons.length}`;
    return html`<section class="guide" data-testid="lesson-guide" data-lesson=${lesson.id} data-step=${this.step} aria-labelledby="lesson-title">
      <header>
        <span class="step">${msg(str`Lesson ${place} of ${count}`)}</span>
        <h2 id="lesson-title" title=${text.title}>${text.title}</h2>
        <button type="button" class="sheet-toggle" data-testid="lesson-collapse" aria-expanded=${this.collapsed ? 'false' : 'true'} aria-controls="lesson-body" @click=${() => (this.collapsed = !this.collapsed)}>
          ${this.collapsed ? msg('Show') : msg('Hide')}
        </button>
      </header>
      <div class="body" id="lesson-body" ?hidden=${this.collapsed}>
      <p class="question" data-testid="lesson-question">${text.question}</p>
      <ol class="moves">
        <li>
          ${msg(html`Load the scenario <code>${presetTitle(lesson.preset, this.observer)}</code> and look at the result.`)}
          <button type="button" class=${started ? '' : 'primary'} data-testid="lesson-start" @click=${() => this.#emit({ kind: 'start', lesson })}>
            ${started ? msg('Load it again') : msg('Load the scenario')}
          </button>
        </li>
        <li>
          ${msg(html`Move one knob: ${text.moveLabel} (<code>${lesson.move.knob}</code>).`)}
          <button type="button" class=${started && !moved ? 'primary' : ''} data-testid="lesson-move" ?disabled=${!started || moved} @click=${() => this.#emit({ kind: 'move', lesson })}>
            ${moved ? msg('Moved') : msg('Move it')}
          </button>
        </li>
        <li>
          ${msg(str`Watch: ${text.watch}`)}
          <button type="button" data-testid="lesson-watch" @click=${() => this.#emit({ kind: 'watch', view: lesson.watch.view })}>
            ${msg(str`Open “${viewNames()[lesson.watch.view]}”`)}
          </button>
        </li>
        <li>
          <button type="button" data-testid="lesson-reveal" aria-expanded=${this.revealed ? 'true' : 'false'} aria-controls="takeaway" @click=${() => (this.revealed = !this.revealed)}>
            ${this.revealed ? msg('Hide the takeaway') : msg('Show the takeaway')}
          </button>
          ${this.revealed ? html`<p class="takeaway" id="takeaway" data-testid="lesson-takeaway">${text.takeaway}</p>` : nothing}
        </li>
      </ol>
      <nav aria-label=${msg('Lessons')}>
        <button type="button" data-testid="lesson-previous" ?disabled=${this.index === 0} @click=${() => this.#emit({ kind: 'go', index: this.index - 1 })}>
          ${msg('Previous lesson')}
        </button>
        <button type="button" data-testid="lesson-next" ?disabled=${this.index >= this.lessons.length - 1} @click=${() => this.#emit({ kind: 'go', index: this.index + 1 })}>
          ${msg('Next lesson')}
        </button>
      </nav>
      </div>
    </section>`;
  }

  #emit(detail: LessonEvent): void {
    this.dispatchEvent(new CustomEvent<LessonEvent>('lesson', { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lesson-guide': LessonGuide;
  }
}
