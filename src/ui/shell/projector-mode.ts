/**
 * Projector mode (large type, high contrast) is a preference of the machine, not of the scenario:
 * it lives in localStorage, not in shared links. Storage can be unavailable (private windows,
 * blocked cookies): then the mode simply is not remembered.
 */
const KEY = 'tally-lab:projector';

export function loadProjectorMode(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function saveProjectorMode(on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY, 'on');
    else localStorage.removeItem(KEY);
  } catch {
    // Not remembered: nothing else to do.
  }
}
