import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api, type Page } from '../../lib/api';
import { useStudyMessages } from './messages';

interface StaffOption {
  id: string;
  displayName: string;
  username: string;
}

/** A staff member picker (GET /api/staff, `staff.read`, searched by name). */
export function StaffPicker({ value, onChange }: { value?: string; onChange?: (id: string) => void }) {
  const m = useStudyMessages();
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: ['staff', 'picker', q],
    queryFn: () => api.get<Page<StaffOption>>('/api/staff', { q, active: 'true', pageSize: 50 }),
  });
  return (
    <Select
      showSearch
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      placeholder={m('searchByName')}
      loading={list.isPending}
      options={(list.data?.items ?? []).map((s) => ({
        value: s.id,
        label: `${s.displayName}（${s.username}）`,
      }))}
    />
  );
}
