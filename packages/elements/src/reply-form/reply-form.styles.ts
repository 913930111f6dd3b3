import { css } from 'lit';

/**
 * The form's own bits, and the print view: an official letter on an A4 sheet laid out after GB/T 9704-2012
 * (党政机关公文格式) — margins top 37 mm, left 28 mm, right 26 mm, bottom 35 mm; 仿宋 16 pt (三号) body with
 * 28 pt lines; a red header (红头) with the organ's name, the document number (文号) and a red rule; the title
 * centred in 22 pt (二号); organ and date at the foot with room for the seal.
 *
 * On screen the letter is hidden unless `mode="print"`; in `@media print` the form is hidden and only the
 * letter prints. The A4 page size itself is a document-level `@page` rule the element adds while printing
 * (`@page` inside a shadow root does not apply to the page).
 */
export const replyFormStyles = css`
  .heading {
    margin: 0 0 calc(var(--xf-space, 1rem) * 0.75);
    font-size: 1.35em;
  }
  .matter .summary {
    margin: 0;
  }
  .letter-page {
    display: none;
    background: transparent;
  }
  :host([mode='print']) .letter-page {
    display: block;
  }
  .letter {
    box-sizing: border-box;
    width: 210mm;
    min-height: 297mm;
    margin: 0 auto;
    padding: 37mm 26mm 35mm 28mm;
    background: #ffffff;
    color: #000000;
    font-family: var(--xf-letter-font-family, FangSong, STFangsong, 'FangSong_GB2312', 'Noto Serif CJK SC', serif);
    font-size: 16pt;
    line-height: 28pt;
    box-shadow: 0 0 0 1px #767676;
  }
  .letterhead {
    text-align: center;
    color: var(--xf-letterhead-color, #c00000);
  }
  .letterhead-organ {
    margin: 0;
    font-size: 26pt;
    line-height: 1.4;
    font-weight: 700;
    letter-spacing: 0.1em;
    font-family: 'SimSun', 'Songti SC', 'Noto Serif CJK SC', serif;
  }
  .document-no {
    margin: 8pt 0 4pt;
    color: #000000;
  }
  .red-rule {
    margin: 0 0 24pt;
    border: 0;
    border-top: 2px solid var(--xf-letterhead-color, #c00000);
  }
  .letter-title {
    margin: 0 0 28pt;
    text-align: center;
    font-size: 22pt;
    line-height: 1.5;
    font-weight: 700;
    font-family: 'SimSun', 'Songti SC', 'Noto Serif CJK SC', serif;
  }
  .salutation {
    margin: 0;
  }
  .para {
    margin: 0;
    text-indent: 2em;
    white-space: pre-wrap;
  }
  .signature {
    position: relative;
    margin-top: 56pt;
    text-align: right;
    padding-right: 4em;
  }
  .signature p {
    margin: 0;
  }
  .seal {
    position: absolute;
    right: 3em;
    top: -20mm;
    width: 42mm;
    height: 42mm;
    border: 1px dashed #767676;
    border-radius: 50%;
    display: flex;
    align-items: flex-start;
    justify-content: center;
    padding-top: 5mm;
    color: #595959;
    font-size: 12pt;
  }
  @media print {
    form.xf-root {
      display: none !important;
    }
    .letter-page {
      display: block !important;
    }
    .letter {
      box-shadow: none;
      margin: 0;
    }
    .seal {
      border-color: transparent;
      color: transparent;
    }
  }
`;
