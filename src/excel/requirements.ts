/// <reference types="office-js" />
/**
 * Which parts of the Excel JavaScript API the running Excel offers. The manifest asks for ExcelApi
 * 1.7; everything newer is checked here and, when missing, reported to the user instead of skipped.
 */
import type { WorkbookFeature } from '../domain/spec/index.js';

/** (set, version) → supported? Defaults to Office.context.requirements.isSetSupported. */
export type RequirementCheck = (set: string, version: string) => boolean;

/** The API sets a feature needs beyond the manifest's ExcelApi 1.7. */
export const FEATURE_SETS = {
  dataValidation: '1.8',
  pivotTables: '1.8',
  /** context.runtime.enableEvents: the pane's own writes raise no change events. */
  suspendEvents: '1.8',
  printSetup: '1.9',
  workbookOnChanged: '1.9',
  mergedAreas: '1.13',
} as const satisfies Record<WorkbookFeature, string>;

export type Feature = keyof typeof FEATURE_SETS;

export function officeRequirementCheck(): RequirementCheck {
  return (set, version) => {
    if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
    return Office.context.requirements.isSetSupported(set, version);
  };
}

export function supports(check: RequirementCheck, feature: Feature): boolean {
  return check('ExcelApi', FEATURE_SETS[feature]);
}
