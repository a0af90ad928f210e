import { useMemo } from 'react';
import { buildPortfolioModel, type PortfolioModel } from '@shared/export/portfolio-model';
import { useAppState } from '../../app-state';

/** The very model the exporters in main render, built from the same plan, options and day. */
export function usePortfolioModel(): PortfolioModel {
  const { curriculum, plan, today } = useAppState();
  return useMemo(() => buildPortfolioModel(curriculum, plan, plan.settings.portfolio, today), [curriculum, plan, today]);
}
