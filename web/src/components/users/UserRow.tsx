import { useState } from 'react';
import type { User } from '../../../../shared/api/users.schema.js';
import { ROLES, ROLE_LABELS, type Role } from '../../../../shared/auth/roles.js';
import { formatDateTime } from '../../lib/format.js';
import { Button } from '../Button.js';
import { FormLabel } from '../FormLabel.js';
import { Select } from '../Select.js';
import { StatusBadge } from '../StatusBadge.js';
import { TableCell, TableHeaderCell, TableRow } from '../Table.js';
import { userStatus } from './user-status.js';

export interface UserRowProps {
  user: User;
  isSelf: boolean;
  busy: boolean;
  onSaveRole: (user: User, rol: Role) => void;
  onToggleActive: (user: User) => void;
}

function RoleEditor({ user, busy, onSaveRole }: Omit<UserRowProps, 'isSelf' | 'onToggleActive'>) {
  const [rol, setRol] = useState<Role>(user.rol);
  const id = `rol-${user.id}`;
  return (
    <div className="mw-inline-form">
      <FormLabel htmlFor={id} className="mw-visually-hidden">
        Rol van {user.naam}
      </FormLabel>
      <Select id={id} value={rol} onChange={(event) => setRol(event.target.value as Role)}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </Select>
      <Button onClick={() => onSaveRole(user, rol)} busy={busy}>
        Opslaan<span className="mw-visually-hidden"> rol van {user.naam}</span>
      </Button>
    </div>
  );
}

export function UserRow({ user, isSelf, busy, onSaveRole, onToggleActive }: UserRowProps) {
  const status = userStatus(user);
  return (
    <TableRow>
      <TableHeaderCell scope="row">
        {user.naam}
        {isSelf && <span className="mw-self"> (u zelf)</span>}
      </TableHeaderCell>
      <TableCell>{user.email}</TableCell>
      <TableCell>
        {isSelf ? (
          ROLE_LABELS[user.rol]
        ) : (
          <RoleEditor key={user.rol} user={user} busy={busy} onSaveRole={onSaveRole} />
        )}
      </TableCell>
      <TableCell>
        <StatusBadge status={status.badge}>{status.label}</StatusBadge>
      </TableCell>
      <TableCell>
        {user.laatstIngelogd ? formatDateTime(user.laatstIngelogd) : 'Nog nooit'}
      </TableCell>
      <TableCell>
        {isSelf ? (
          <span className="mw-muted">Uw eigen account kunt u niet deactiveren.</span>
        ) : (
          <Button onClick={() => onToggleActive(user)} busy={busy}>
            {user.actief ? 'Deactiveren' : 'Activeren'}
            <span className="mw-visually-hidden"> {user.naam}</span>
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
