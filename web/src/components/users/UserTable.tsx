import type { User } from '../../../../shared/api/users.schema.js';
import type { Role } from '../../../../shared/auth/roles.js';
import {
  Table,
  TableBody,
  TableCaption,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../Table.js';
import { UserRow } from './UserRow.js';

export interface UserTableProps {
  users: User[];
  caption: string;
  selfId: string;
  busyId: string | null;
  onSaveRole: (user: User, rol: Role) => void;
  onToggleActive: (user: User) => void;
}

export function UserTable({ users, caption, selfId, busyId, ...actions }: UserTableProps) {
  return (
    <TableContainer label={caption}>
      <Table className="mw-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Naam</TableHeaderCell>
            <TableHeaderCell>E-mailadres</TableHeaderCell>
            <TableHeaderCell>Rol</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Laatst ingelogd</TableHeaderCell>
            <TableHeaderCell>Toegang</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              isSelf={user.id === selfId}
              busy={busyId === user.id}
              {...actions}
            />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
