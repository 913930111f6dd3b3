/**
 * Archive loans (档案借阅): archives are confidential; borrowing a file needs a reason and a leader's
 * approval (seed §政协机关: loans need a unit certificate and leader approval). The core's lifecycle
 * has no loan command, so the portal keeps a per-organ loan register in localStorage: append-only
 * entries (request, decision), each with who and when from the demo clock.
 */
import type { Text } from './i18n.js';

export interface Loan {
  id: string;
  petitionId: string;
  registrationNo: string;
  requester: { id: string; name?: string; role: string };
  reason: string;
  requestedAt: string;
  decision?: { approved: boolean; by: { id: string; name?: string; role: string }; at: string; note?: string };
}

const key = (organ: string) => `xinfang.loans.${organ}`;

export function listLoans(organ: string): Loan[] {
  try {
    const raw = localStorage.getItem(key(organ));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as Loan[]) : [];
  } catch {
    return [];
  }
}

function save(organ: string, loans: Loan[]): void {
  localStorage.setItem(key(organ), JSON.stringify(loans));
}

export const LOAN_REASON_MISSING: Text = {
  zh: '请填写借阅理由（档案保密，借阅须说明理由并经领导批准）',
  en: 'Enter the reason for the loan (archives are confidential: a loan needs a reason and a leader’s approval)',
};

export const LOAN_LEADER_ONLY: Text = {
  zh: '只有机关领导可以批准或拒绝借阅。请切换为“机关领导”角色。',
  en: 'Only a leader may approve or refuse a loan. Switch the role to Leader.',
};

/** Records a loan request; the reason is required. */
export function requestLoan(
  organ: string,
  loan: Omit<Loan, 'id' | 'decision'>,
): { ok: true; loan: Loan } | { ok: false; message: Text } {
  if (!loan.reason.trim()) return { ok: false, message: LOAN_REASON_MISSING };
  const entry: Loan = { ...loan, reason: loan.reason.trim(), id: `${loan.petitionId}:${loan.requestedAt}` };
  save(organ, [...listLoans(organ), entry]);
  return { ok: true, loan: entry };
}

/** A leader approves or refuses a pending loan. */
export function decideLoan(
  organ: string,
  id: string,
  decision: NonNullable<Loan['decision']>,
): { ok: true } | { ok: false; message: Text } {
  if (decision.by.role !== 'leader') return { ok: false, message: LOAN_LEADER_ONLY };
  const loans = listLoans(organ);
  const loan = loans.find((l) => l.id === id);
  if (!loan || loan.decision) {
    return {
      ok: false,
      message: {
        zh: '该借阅申请已处理或不存在，请刷新页面。',
        en: 'This loan request was already decided or does not exist. Reload the page.',
      },
    };
  }
  loan.decision = decision;
  save(organ, loans);
  return { ok: true };
}
