import type { SurveySummary } from '../../../../shared/api/survey.schema.js';
import { StatusBadge } from '../StatusBadge.js';
import { STATUS_BADGE, statusLabel } from './survey-status.js';

export function SurveyStatusBadge({ status }: { status: SurveySummary['status'] }) {
  return <StatusBadge status={STATUS_BADGE[status]}>{statusLabel(status)}</StatusBadge>;
}
