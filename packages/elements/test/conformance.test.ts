// Every form passes the same conformance suite (form value, validity, reset, disabled, restore, events, axe).
import '../src/intake-form/intake-form.define.js';
import '../src/reception-form/reception-form.define.js';
import '../src/define.js';
import { expect } from 'vitest';
import { sampleUnits } from '../src/petition-timeline/petition-timeline.stories.js';
import type { XfReplyForm } from '../src/reply-form/reply-form.js';
import { handlingView } from '../src/reply-form/reply-form.stories.js';
import { formConformance } from './conformance.js';
import { choose, fill, tick, VALID_ID } from './helpers.js';

formConformance({
  tag: 'xf-intake-form',
  changeField: { path: 'subject', value: '拖欠工资' },
  async fillValid(el) {
    await fill(el, 'petitioner.name', '李雷');
    await fill(el, 'petitioner.idNumber', VALID_ID);
    await fill(el, 'petitioner.phone', '13800138000');
    await choose(el, 'class', 'claim');
    await fill(el, 'subject', '拖欠工资');
    await fill(el, 'content', '公司拖欠三个月工资，请求督促支付。');
    await tick(el, 'truthStatement');
  },
  expected: {
    channel: 'online',
    class: 'claim',
    subject: '拖欠工资',
    content: '公司拖欠三个月工资，请求督促支付。',
    receivedAt: '2025-09-20T01:30:00.000Z',
    anonymous: false,
    truthStatement: true,
    petitioner: { name: '李雷', idNumber: VALID_ID, phone: '13800138000' },
  },
});

formConformance({
  tag: 'xf-reception-form',
  changeField: { path: 'subject', value: '征地补偿' },
  async fillValid(el) {
    await fill(el, 'petitioner.name', '韩梅梅');
    await fill(el, 'petitioner.phone', '028-85123456');
    await choose(el, 'class', 'claim');
    await fill(el, 'subject', '征地补偿');
    await fill(el, 'content', '村里征地补偿款至今未发放，请求核查。');
    await tick(el, 'truthStatement');
    await tick(el, 'visitRecordConfirmed');
    await fill(el, 'receivingStaff', '王芳');
    await choose(el, 'outcome', 'onTheSpot');
    await fill(el, 'answer', '已告知补偿标准及发放时间。');
  },
  expected: {
    petition: {
      channel: 'visit',
      class: 'claim',
      subject: '征地补偿',
      content: '村里征地补偿款至今未发放，请求核查。',
      receivedAt: '2025-09-20T09:30:00+08:00',
      anonymous: false,
      petitioner: { name: '韩梅梅', phone: '028-85123456' },
      truthStatement: true,
      visitRecordConfirmed: true,
    },
    receivingStaff: '王芳',
    answer: { kind: 'onTheSpot', text: '已告知补偿标准及发放时间。' },
  },
});

formConformance({
  tag: 'xf-reply-form',
  attributes: 'kind="acceptance" date="2025-09-25"',
  prepare(el) {
    const reply = el as unknown as XfReplyForm;
    reply.units = sampleUnits;
    reply.view = handlingView;
  },
  changeField: { path: 'documentNo', value: '青住建信受字〔2025〕42号' },
  async fillValid(el) {
    await fill(el, 'documentNo', '青住建信受字〔2025〕42号');
  },
  // The composed letter is pinned by the reply form's own tests; here: kind, number, date and the addressee.
  expected: expect.objectContaining({
    kind: 'acceptance',
    documentNo: '青住建信受字〔2025〕42号',
    date: '2025-09-25',
    petitionId: handlingView.petitionId,
  }),
});
