/**
 * A progress bar on standard error: on a terminal one line redrawn in place (at most ten times a
 * second), elsewhere (a log, CI) a plain line at each tenth of the work, so logs stay short.
 */
export interface ProgressSink {
  readonly isTTY: boolean;
  write(text: string): void;
}

const WIDTH = 30;

export function progressBar(sink: ProgressSink, total: number, unit: string, now: () => number = () => performance.now()) {
  const started = now();
  let lastDraw = -Infinity;
  let lastTenth = 0;
  const line = (done: number) => {
    const seconds = (now() - started) / 1000;
    const eta = done > 0 && done < total ? ` · ${Math.ceil((seconds * (total - done)) / done)} s left` : '';
    return `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${unit} · ${seconds.toFixed(1)} s${eta}`;
  };
  return {
    update(done: number): void {
      if (sink.isTTY) {
        if (done < total && now() - lastDraw < 100) return;
        lastDraw = now();
        const filled = total > 0 ? Math.round((WIDTH * done) / total) : WIDTH;
        sink.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${line(done)}\x1b[K`);
      } else {
        const tenth = total > 0 ? Math.floor((10 * done) / total) : 10;
        if (tenth > lastTenth) {
          lastTenth = tenth;
          sink.write(`${line(done)}\n`);
        }
      }
    },
    /** Ends the bar's line on a terminal, so what follows starts on its own. */
    finish(): void {
      if (sink.isTTY && lastDraw > -Infinity) sink.write('\n');
    },
  };
}
