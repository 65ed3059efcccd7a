/**
 * `.value=${syncValue(text, same?)}`: sets an input's value only when what it shows differs from
 * `text` — unlike a plain binding (compared with the last value rendered) or `live()` (compared with
 * the DOM text exactly). So a number input showing `0.0` while the draft holds 0 is left alone as
 * the user types `0.05`, and a value the parent changed is still shown.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type PartInfo, type PropertyPart } from 'lit/directive.js';

type Same = (shown: string) => boolean;

class SyncValue extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.PROPERTY || info.name !== 'value') throw new Error('syncValue() binds only `.value`');
  }

  render(_text: string, _same?: Same) {
    return noChange;
  }

  override update(part: PropertyPart, [text, same]: [string, Same?]) {
    const el = part.element as HTMLInputElement | HTMLTextAreaElement;
    if (el.value !== text && !(same?.(el.value) ?? false)) el.value = text;
    return noChange;
  }
}

export const syncValue = directive(SyncValue);

/** For number inputs: what is shown already means `value` (`0.50` for 0.5, `-` while typing nothing yet). */
export const sameNumber =
  (value: unknown): Same =>
  (shown) =>
    shown !== '' && typeof value === 'number' && Number(shown) === value;
