/**
 * 当事人 card: add parties (each with a role) to a registered matter — e.g. the other side of a mediation
 * referred from a consultation — through POST /api/matters/:id/parties, one after another on the
 * matter's version; the conflict check of the saved parties is then run again.
 */
import { useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Modal } from 'antd';
import { useState } from 'react';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { useMatterMessages } from './messages';
import { PartyPicker, type PickedParty } from './party-picker';
import { MATTERS_KEY, matterKey } from './queries';
import type { MatterDetail } from './types';

export function AddParties({ matter }: { matter: MatterDetail }) {
  const m = useMatterMessages();
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<PickedParty[]>([]);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    let version = matter.version;
    try {
      for (const party of picked) {
        const reply = await api.post<{ item: MatterDetail }>(`/api/matters/${matter.id}/parties`, {
          expectedVersion: version,
          personId: party.personId,
          role: party.role,
        });
        version = reply.item.version;
        queryClient.setQueryData(matterKey(matter.id), reply.item);
      }
      await queryClient.invalidateQueries({ queryKey: MATTERS_KEY });
      void message.success(m('partiesAdded', { n: picked.length }));
      setPicked([]);
      setOpen(false);
    } catch (error) {
      saveError(error, {
        onStale: () => void queryClient.invalidateQueries({ queryKey: matterKey(matter.id) }),
      });
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="add-parties">
        {m('addParty')}
      </Button>
      <Modal
        open={open}
        title={m('addParty')}
        okText={m('save')}
        okButtonProps={{ disabled: picked.length === 0, loading: saving }}
        onOk={() => void save()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        width={640}
      >
        <PartyPicker
          service={matter.service}
          already={matter.partyDetails.length}
          value={picked}
          onChange={setPicked}
        />
      </Modal>
    </>
  );
}
