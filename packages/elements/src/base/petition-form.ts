import { nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { pick } from '../i18n/messages.js';
import { petitionStrings as p } from '../shared/petition.strings.js';
import type { Bilingual } from '../shared/types.js';
import { XfFormElement } from './form-element.js';

/** A unit a clerk can choose as the receiving unit (e.g. from a policy profile's `units`). */
export interface UnitOption {
  id: string;
  name: string | Bilingual;
}

/**
 * The fields the intake and reception forms share (kind of matter, persons and units accused), rendered the
 * same way in both so that a clerk and a citizen see one wording.
 */
export abstract class XfPetitionForm<TPayload, TDraft extends object> extends XfFormElement<TPayload, TDraft> {
  static override properties: PropertyDeclarations = {
    units: { attribute: false },
  };

  /** Units to choose the receiving unit from, e.g. a policy's `units` (`[{ id, name }]`). No list, no choice. */
  declare units: UnitOption[];

  constructor() {
    super();
    this.units = [];
  }

  /** The receiving unit, chosen from `units` (draft path `receivingUnit`); nothing when no units were given. */
  protected renderUnitChoice(label: string): TemplateResult | typeof nothing {
    if (this.units.length === 0) return nothing;
    const lang = this.uiLang;
    return this.selectField({
      path: 'receivingUnit',
      label,
      optional: true,
      options: this.units.map((u) => ({
        value: u.id,
        label: typeof u.name === 'string' ? u.name : pick(u.name, lang),
      })),
    });
  }

  /** The three kinds of matter of 22 arts 29–31, as a radio group. */
  protected renderClassChoice(): TemplateResult {
    const lang = this.uiLang;
    return this.radioGroup({
      path: 'class',
      label: p(lang, 'class'),
      options: [
        { value: 'suggestion', label: p(lang, 'classSuggestion') },
        { value: 'accusation', label: p(lang, 'classAccusation') },
        { value: 'claim', label: p(lang, 'classClaim') },
      ],
    });
  }

  /**
   * Persons and units accused, one a line, in a group whose hint says they are never told (22 art 30(3)).
   * The core requires at least one of them for an accusation.
   */
  protected renderAccused(): TemplateResult {
    const lang = this.uiLang;
    const lines = (path: string, label: 'accusedPersons' | 'accusedUnits') =>
      this.textField({
        path,
        label: p(lang, label),
        hint: p(lang, `${label}Hint`),
        multiline: true,
        rows: 3,
        optional: true,
      });
    return this.group({
      path: 'accused',
      label: p(lang, 'accusedLegend'),
      hint: p(lang, 'accusedHint'),
      content: [lines('accused.persons', 'accusedPersons'), lines('accused.units', 'accusedUnits')],
    });
  }
}
