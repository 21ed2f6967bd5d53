/** The 服务中心 select of a district user (a hall user has only its own hall and sees no picker). */
import { useEffect, useState, type ReactElement } from 'react';
import type { HallOption, StaffUser } from '../../src-server/console/console-api.types.js';
import { api } from '../api.js';

export function useHalls(user: StaffUser): HallOption[] {
  const [halls, setHalls] = useState<HallOption[]>([]);
  useEffect(() => {
    if (user.role === 'district')
      api.get<{ halls: HallOption[] }>('halls').then(
        (a) => setHalls(a.halls),
        () => undefined,
      );
  }, [user.role]);
  return halls;
}

export function HallPicker({
  id,
  halls,
  value,
  onChange,
  allowAll = true,
}: {
  id: string;
  halls: HallOption[];
  value: string;
  onChange: (code: string) => void;
  allowAll?: boolean;
}): ReactElement {
  return (
    <div className="field">
      <label htmlFor={id}>服务中心</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {allowAll ? <option value="">全部</option> : <option value="">请选择</option>}
        {halls.map((h) => (
          <option key={h.code} value={h.code}>
            {h.name}
          </option>
        ))}
      </select>
    </div>
  );
}
