import type { ReactiveControllerHost } from 'lit';
import { problemWordsPending } from '../i18n/messages.js';

/**
 * Holds back an update that has a problem to show until the English explanations of problems are here: they load
 * only when something is wrong (en-problems.ts and each widget's own), so that most pages never fetch them, and the
 * first frame that shows a problem explains it in full. The update after they arrive draws it.
 */
export class ProblemWordsController {
  /** The explanations on their way, and the update that follows them; undefined when nothing is held back. */
  pending: Promise<void> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** Whether an update showing `problems` can draw now; if not, loads the explanations and asks for another update. */
  ready(hasProblems: boolean): boolean {
    const loading = hasProblems ? problemWordsPending(this.host.constructor as CustomElementConstructor) : undefined;
    if (!loading) return true;
    this.pending = loading.then(() => {
      this.pending = undefined;
      this.host.requestUpdate();
    });
    return false;
  }
}
