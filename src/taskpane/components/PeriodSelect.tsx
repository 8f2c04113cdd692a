import { Field, Select } from '@fluentui/react-components';
import { taskpaneMessages as say } from '../../domain/messages/index.js';
import type { PeriodChoice } from '../../app/index.js';

/** The 报送期次 both distribution and consolidation work on. */
export function PeriodSelect({ periods, value, onChange, disabled }: { periods: readonly PeriodChoice[]; value: string; onChange: (code: string) => void; disabled?: boolean }) {
  return (
    <Field label={say.returns.periodLabel}>
      <Select value={value} onChange={(_, data) => onChange(data.value)} disabled={disabled || periods.length === 0}>
        {periods.map((period) => (
          <option key={period.code} value={period.code}>
            {period.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
