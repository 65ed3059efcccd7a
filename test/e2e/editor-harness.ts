/**
 * Test page for <scenario-editor>: mounts it with the classroom preset (or `?preset=name`) and plays the parent's part —
 * on `scenario-changed` it validates the input with checkScenario and passes the input and the
 * issues back. What happened is recorded in `window.editorHarness` for the test to read.
 */
import { checkScenario } from '../../src/core/scenario/validate.ts';
import type { Issue } from '../../src/core/scenario/schema.ts';
import { findPreset } from '../../src/content/presets/index.ts';
import '../../src/ui/controls/scenario-editor.ts';
import type { ScenarioDraft } from '../../src/ui/controls/scenario-editor.ts';

export interface EditorHarness {
  /** How many `scenario-changed` events arrived. */
  events: number;
  /** The last event's input, and the issues checkScenario found in it. */
  last: { input: ScenarioDraft; issues: readonly Issue[] } | undefined;
  /** Whether every event carried a new object (never the previous one mutated). */
  freshObjects: boolean;
}

declare global {
  interface Window {
    editorHarness: EditorHarness;
  }
}

const harness: EditorHarness = { events: 0, last: undefined, freshObjects: true };
window.editorHarness = harness;

const presetName = new URLSearchParams(location.search).get('preset') ?? 'classroom';
const start = checkScenario(findPreset(presetName));
if (!start.scenario) throw new Error(`no valid preset called ${presetName}`);

const editor = document.createElement('scenario-editor');
editor.scenario = start.scenario;
let previous: ScenarioDraft = start.scenario;
editor.addEventListener('scenario-changed', (event) => {
  const { input } = event.detail;
  if (input === previous) harness.freshObjects = false;
  previous = input;
  const { issues } = checkScenario(input);
  harness.events++;
  harness.last = { input, issues };
  editor.scenario = input;
  editor.issues = issues;
});
document.body.append(editor);
