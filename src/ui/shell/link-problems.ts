/** What is wrong with a link (scenario-url.ts's `LinkProblem`), in the language in use. */
import { msg, str } from '@lit/localize';
import { presetTitle } from '../../i18n/content.ts';
import { engineText } from '../../i18n/engine-catalogue.ts';
import type { LinkProblem } from './scenario-url.ts';

export function linkProblemText(p: LinkProblem): string {
  if (p.kind === 'unknown-preset') {
    const presets = p.presets.join(', ');
    return msg(str`The link asks for a scenario called “${p.asked}” (its preset), which this version of Tally Lab does not have; showing “${presetTitle(p.shown)}” instead. The scenarios are: ${presets}.`);
  }
  const more = p.kind === 'unknown-field' || p.kind === 'invalid' ? p.more : 0;
  const andMore = more > 0 ? msg(str` (and ${more} more)`) : '';
  const dropped = msg(str`Showing “${presetTitle(p.preset)}” as it is, without the link’s changes.`);
  switch (p.kind) {
    case 'not-base64':
      return `${msg('The link’s scenario changes (its s=… part) are damaged: they are not base64url text, perhaps cut off when the link was copied.')} ${dropped}`;
    case 'not-json':
      return `${msg(str`The link’s scenario changes (its s=… part) are damaged: they are not valid JSON (${p.error}).`)} ${dropped}`;
    case 'not-object': {
      const got = p.got === 'a list' ? msg('a list') : p.got === 'null' ? 'null' : p.got === 'a string' ? msg('a string') : p.got === 'a number' ? msg('a number') : p.got === 'a boolean' ? msg('a boolean') : p.got;
      return `${msg(str`The link’s scenario changes (its s=… part) must be a JSON object of changed fields, got ${got}.`)} ${dropped}`;
    }
    case 'unknown-field':
      return `${msg(str`The link sets a field this version of Tally Lab does not know: ${p.path}${andMore}. It may come from another version of Tally Lab.`)} ${dropped}`;
    case 'invalid': {
      const message = engineText(p.message);
      return `${msg(str`The link’s scenario is not valid: ${p.path}: ${message}${andMore}.`)} ${dropped}`;
    }
  }
}
