export {
  type ChoiceOption,
  type FieldOptions,
  type TextFieldOptions,
  XfFormElement,
} from './form-element.js';
export { fieldId, getPath, setPath } from './path.js';
export { XfPetitionForm } from './petition-form.js';
export { XfElement } from './xf-element.js';
