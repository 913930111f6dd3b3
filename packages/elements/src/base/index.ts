export {
  type ChoiceOption,
  type FieldOptions,
  type TextFieldOptions,
  XfFormElement,
} from './form-element.js';
export { fieldId, getPath, setPath } from './path.js';
export { XfElement } from './xf-element.js';
