/**
 * How a front end names what the user set: the action says `Input 'policy-level'`, the CLI says
 * `Option --level`. Errors keep their parts, so each front end words the same error its own way.
 */
export interface Wording {
  /** The noun before one name ("Input") and before several ("Inputs"). */
  one: string;
  many: string;
  /** One input's name as the user typed it: `'policy-level'` or `--level`. */
  name(input: string): string;
}

/** The action's wording; an error's plain `message` uses it. */
export const INPUT_WORDING: Wording = {
  one: 'Input',
  many: 'Inputs',
  name: (input) => `'${input}'`,
};

/** A bad input: the message names the input, the value and what is allowed. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly value: string,
    readonly allowed: string,
  ) {
    super();
    this.name = 'InputError';
    this.message = this.describe(INPUT_WORDING);
  }

  describe(wording: Wording): string {
    return `${wording.one} ${wording.name(this.input)} has the value ${JSON.stringify(this.value)}: ${this.allowed}.`;
  }
}

/** Inputs that may not be given together: the message names each, with its value. */
export class InputConflictError extends InputError {
  constructor(
    readonly given: readonly { input: string; value: string }[],
    allowed: string,
  ) {
    super(given[0]?.input ?? '', given[0]?.value ?? '', allowed);
    this.name = 'InputConflictError';
    this.message = this.describe(INPUT_WORDING);
  }

  override describe(wording: Wording): string {
    // Set by the constructor after super() returns; super's own call sees it undefined.
    if (!this.given) return '';
    const names = this.given.map((g) => `${wording.name(g.input)} (${JSON.stringify(g.value)})`);
    return `${wording.many} ${names.join(' and ')} were given together: ${this.allowed}.`;
  }
}

/**
 * Several bad inputs, reported at once so the user fixes them in one go (as kind aggregates its
 * config's validation errors, `pkg/internal/apis/config/validate.go`): each keeps its own message.
 * Never made for one error alone, whose message stays as it is.
 */
export class InputErrors extends InputError {
  constructor(readonly errors: readonly InputError[]) {
    super(errors[0]?.input ?? '', errors[0]?.value ?? '', errors[0]?.allowed ?? '');
    this.name = 'InputErrors';
    this.message = this.describe(INPUT_WORDING);
  }

  override describe(wording: Wording): string {
    // Set by the constructor after super() returns; super's own call sees it undefined.
    if (!this.errors) return '';
    const lines = this.errors.map((e) => e.describe(wording));
    return [`${this.errors.length} ${wording.many.toLowerCase()} have bad values:`, ...lines].join(
      '\n',
    );
  }
}

/** Reads one input's raw text; '' when it was not given. */
export type InputSource = (name: string) => string;
