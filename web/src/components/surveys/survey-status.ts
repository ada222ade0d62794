import { SURVEY_STATUS_LABELS, type SurveySummary } from '../../../../shared/api/survey.schema.js';
import type { StatusBadgeStatus } from '../StatusBadge.js';

type Status = SurveySummary['status'];

export const STATUS_BADGE: Record<Status, StatusBadgeStatus> = {
  concept: 'neutral',
  veldwerk: 'active',
  gesloten: 'inactive',
};

export function statusLabel(status: Status): string {
  return SURVEY_STATUS_LABELS[status];
}

export interface StatusStep {
  to: Status;
  button: string;
  confirmTitle: string;
  confirmText: string;
  confirmLabel: string;
}

/** The one step forward from each status: a round only moves on, and never reopens. */
export const NEXT_STEP: Record<Status, StatusStep | null> = {
  concept: {
    to: 'veldwerk',
    button: 'Veldwerk starten',
    confirmTitle: 'Veldwerk starten?',
    confirmText:
      'Vanaf nu kunnen inwoners de vragenlijst invullen. U kunt de vragenlijst daarna nog verbeteren, maar zodra er antwoorden zijn kunt u geen vragen of antwoorden meer weghalen.',
    confirmLabel: 'Ja, veldwerk starten',
  },
  veldwerk: {
    to: 'gesloten',
    button: 'Onderzoek sluiten',
    confirmTitle: 'Onderzoek sluiten?',
    confirmText:
      'Daarna kan niemand de vragenlijst meer invullen. Een gesloten onderzoek kan niet opnieuw open.',
    confirmLabel: 'Ja, onderzoek sluiten',
  },
  gesloten: null,
};
