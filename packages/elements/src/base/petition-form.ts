import type { TemplateResult } from 'lit';
import { petitionStrings as p } from '../shared/petition.strings.js';
import { XfFormElement } from './form-element.js';

/**
 * The fields the intake and reception forms share (kind of matter, persons and units accused), rendered the
 * same way in both so that a clerk and a citizen see one wording.
 */
export abstract class XfPetitionForm<TPayload, TDraft extends object> extends XfFormElement<TPayload, TDraft> {
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
