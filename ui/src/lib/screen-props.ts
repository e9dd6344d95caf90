// The callbacks every wizard and every dialog is handed by the screen that
// opens it: how it ends, and where a locked session sends the user.

/** What a wizard (a full-card, multi-step form) reports to the screen that opened it. */
export interface WizardProps<Done> {
  /** The user left the wizard; nothing was made. */
  oncancel: () => void;
  /** The wizard finished with what the core made. */
  ondone: (done: Done) => void;
  /** A command found the session locked: the unlock screen comes next. */
  onlocked: () => void;
}

/** What a modal dialog reports to the screen that opened it. */
export interface DialogProps<Done> {
  /** The dialog was closed; nothing more happens. */
  onclose: () => void;
  /** The dialog's command succeeded with this answer. */
  ondone: (done: Done) => void;
  /** A command found the session locked: the unlock screen comes next. */
  onlocked: () => void;
}
