// How documents name the ledger's enumerations to the people who read them.
import type { PaymentMethod, PaymentPlan } from '../../generated/prisma/client.ts';

export const METHOD_LABELS: Record<PaymentMethod, string> = {
  BANK_TRANSFER: 'Bank transfer',
  CASH: 'Cash',
  CHEQUE: 'Cheque',
  POS: 'POS terminal',
  CARD: 'Card',
  OTHER: 'Other',
};

export const PLAN_LABELS: Record<PaymentPlan, string> = {
  FULL: 'paid in full',
  SPLIT_50_30_20: 'three instalments (50%, 30%, 20%)',
  SPLIT_60_20_20: 'three instalments (60%, 20%, 20%)',
  SPLIT_40_30_30: 'three instalments (40%, 30%, 30%)',
  CUSTOM: 'instalments as agreed',
};
