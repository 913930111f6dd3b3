import { nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { type Text, tr } from '../i18n/messages.js';
import * as p from '../shared/petition.strings.js';
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
        label: typeof u.name === 'string' ? u.name : tr(lang, u.name),
      })),
    });
  }

  /** The three kinds of matter of 22 arts 29–31, as a radio group. */
  protected renderClassChoice(): TemplateResult {
    const lang = this.uiLang;
    return this.radioGroup({
      path: 'class',
      label: tr(lang, p.classLabel),
      options: [
        { value: 'suggestion', label: tr(lang, p.classSuggestion) },
        { value: 'accusation', label: tr(lang, p.classAccusation) },
        { value: 'claim', label: tr(lang, p.classClaim) },
      ],
    });
  }

  /**
   * Persons and units accused, one a line, in a group whose hint says they are never told (22 art 30(3)).
   * The core requires at least one of them for an accusation.
   */
  protected renderAccused(): TemplateResult {
    const lang = this.uiLang;
    const lines = (path: string, label: Text, hint: Text) =>
      this.textField({
        path,
        label: tr(lang, label),
        hint: tr(lang, hint),
        multiline: true,
        rows: 3,
        // Neither field is optional on its own: one of the two is required (the group's hint says so).
      });
    return this.group({
      path: 'accused',
      label: tr(lang, p.accusedLegend),
      hint: tr(lang, p.accusedHint),
      content: [
        lines('accused.persons', p.accusedPersons, p.accusedPersonsHint),
        lines('accused.units', p.accusedUnits, p.accusedUnitsHint),
      ],
    });
  }
}
