// Node: server-side validation with the same rules (and messages) as the forms.
// Run: node validate.mjs — prints one JSON line per input.
import { validateField, validatePetition } from '@xinfang/core/schema';

const petition = {
  channel: 'online',
  class: 'claim',
  subject: '拖欠工资',
  content: '公司拖欠三个月工资。',
  receivedAt: '2025-09-20T09:00:00+08:00',
  anonymous: false,
  petitioner: { name: ' 李雷 ', phone: '13800138000' },
};

const good = validatePetition(petition);
console.log(JSON.stringify({ ok: good.ok, name: good.ok ? good.value.petitioner?.name : undefined }));

// A named petitioner with neither phone nor address: 22 art 23(2) needs one to reply.
const bad = validatePetition({ ...petition, petitioner: { name: '李雷' } });
console.log(JSON.stringify(bad));

// Hostile input is refused with a message, never an exception.
console.log(JSON.stringify(validatePetition('<script>alert(1)</script>')));
console.log(JSON.stringify(validateField('petitioner.idNumber', '110105194912310021')?.message));
