import { createInterface, type Interface } from 'node:readline';

/**
 * The lines a person types at the command line, one answer at a time. At a terminal the answer
 * can be pre-typed for them to edit (as the app's fields are filled in); from a pipe every line
 * is kept until it is asked for, none lost between two questions.
 */
export class LineReader {
  private readonly rl: Interface;
  private readonly queued: string[] = [];
  private waiter: ((line: string | null) => void) | null = null;
  private closed = false;
  private readonly terminal: boolean;

  constructor(input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin, private readonly write: (text: string) => void = (t) => process.stdout.write(t)) {
    this.terminal = input.isTTY === true && process.stdout.isTTY === true;
    this.rl = createInterface({ input, ...(this.terminal ? { output: process.stdout, terminal: true } : { terminal: false }) });
    this.rl.on('line', (line) => this.deliver(line));
    this.rl.on('close', () => {
      this.closed = true;
      this.deliver(null);
    });
  }

  private deliver(line: string | null): void {
    const waiter = this.waiter;
    if (waiter) {
      this.waiter = null;
      waiter(line);
    } else if (line !== null) this.queued.push(line);
  }

  /** The next line typed after the prompt, or null when the input has ended (Ctrl+D, end of a pipe). */
  ask(prompt: string, pretyped = ''): Promise<string | null> {
    const ahead = this.queued.shift();
    if (ahead !== undefined) {
      // Typed before the question was asked: shown after the prompt as it was typed, nothing pre-typed.
      this.write(`${prompt}${this.terminal ? ahead : ''}\n`);
      return Promise.resolve(ahead);
    }
    if (this.closed) {
      this.write(`${prompt}\n`);
      return Promise.resolve(null);
    }
    if (this.terminal) {
      this.rl.setPrompt(prompt);
      this.rl.prompt();
      if (pretyped) this.rl.write(pretyped);
    } else this.write(prompt);
    return new Promise((resolve) => {
      this.waiter = (answer) => {
        if (!this.terminal) this.write('\n');
        resolve(answer);
      };
    });
  }

  close(): void {
    this.rl.close();
  }
}
