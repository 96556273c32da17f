import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../app/form-modal';
import { useParens } from '../../app/i18n';
import { api, type Page } from '../../lib/api';
import { useDebounced } from '../../lib/use-debounced';
import { useMatterMessages, useRoleLabel } from './messages';
import { defaultPartyRole } from './roles';
import { PARTY_ROLES, type PartyRole, type PersonItem } from './types';

interface NewPerson {
  name: string;
  idNumber?: string;
  phone?: string;
}

export interface PickedParty {
  personId: string;
  name: string;
  masked: string | null;
  role: PartyRole;
}

/**
 * The parties of a new matter: search the shared person records (name, pinyin full or initials, ID or phone
 * tail; POST /api/persons/search so full numbers stay out of URLs), or register a new person, and give
 * each a role. The search waits for the typing to pause (250 ms) and is keyed by its text, so a slow
 * reply to an older text never replaces the newer one's results.
 */
export function PartyPicker({
  service,
  already = 0,
  value,
  onChange,
}: {
  /** The window service, for the roles parties start with (roles.ts defaultPartyRole). */
  service: string;
  /** How many parties the matter has already (adding to a registered matter). */
  already?: number;
  value: PickedParty[];
  onChange: (next: PickedParty[]) => void;
}) {
  const m = useMatterMessages();
  const parens = useParens();
  const roleLabel = useRoleLabel();
  const [text, setText] = useState('');
  const term = useDebounced(text.trim(), 250);
  const found = useQuery({
    queryKey: ['persons', 'search', term],
    queryFn: () => api.post<Page<PersonItem>>('/api/persons/search', { q: term, pageSize: 20 }),
    enabled: term !== '',
    placeholderData: keepPreviousData,
  });
  const options = term ? (found.data?.items ?? []) : [];
  const [creating, setCreating] = useState(false);
  const add = (person: PersonItem) => {
    if (value.some((p) => p.personId === person.id)) return;
    const role = defaultPartyRole(service, already + value.length);
    onChange([...value, { personId: person.id, name: person.name, masked: person.idNumberMasked, role }]);
  };
  const create = async (values: NewPerson) => {
    const reply = await api.post<{ item: PersonItem }>('/api/persons', values);
    add(reply.item);
  };
  return (
    <div>
      {value.map((party, index) => (
        <div key={party.personId} className="matters-party-row" data-testid="party-row">
          <span>
            {party.name}
            {party.masked ? parens(party.masked) : ''}
          </span>
          <Select
            aria-label={`${party.name} ${m('partyRole')}`}
            style={{ width: 140 }}
            value={party.role}
            options={PARTY_ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}
            onChange={(role) => onChange(value.map((p, i) => (i === index ? { ...p, role } : p)))}
          />
          <Button size="small" onClick={() => onChange(value.filter((_, i) => i !== index))}>
            {m('remove')}
          </Button>
        </div>
      ))}
      <div className="matters-party-row">
        <Select
          showSearch
          aria-label={m('addParty')}
          placeholder={m('findPerson')}
          style={{ width: 360 }}
          filterOption={false}
          onSearch={setText}
          value={null}
          options={options.map((p) => ({
            value: p.id,
            label: `${p.name}${p.idNumberMasked ? ` ${p.idNumberMasked}` : ''}${p.phoneMasked ? ` ${p.phoneMasked}` : ''}`,
          }))}
          onSelect={(id: string | null) => {
            const person = options.find((p) => p.id === id);
            if (person) add(person);
          }}
        />
        <Button onClick={() => setCreating(true)}>{m('newPerson')}</Button>
      </div>
      <FormModal<NewPerson>
        open={creating}
        title={m('newPerson')}
        onSubmit={create}
        onClose={() => setCreating(false)}
      >
        <Form.Item name="name" label={m('personName')} rules={[{ required: true, message: '请输入姓名' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="idNumber" label={m('idNumber')}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={m('phone')}>
          <Input />
        </Form.Item>
      </FormModal>
    </div>
  );
}
