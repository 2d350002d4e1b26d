// Company staff: admins add admins and analysts, archive and restore them. At least one active
// admin always remains, so a company can never lock itself out.
import type { StaffRole } from '../../policy/roles.ts';
import { conflict, notFound } from '../../shared/errors.ts';
import {
  checkPerson,
  registrant,
  signInChanged,
  statusChange,
  type PersonInput,
  type ProfileStatus,
} from '../people/service.ts';
import { byId, type Session } from '../../runtime/session.ts';

export async function addStaffMember(session: Session, input: PersonInput & { role: StaffRole }) {
  const person = await checkPerson(session, input);
  const { userId, invitation } = await registrant(session, person, 'member');
  const member = await session.db.staffMember.create({
    data: {
      companyId: session.viewer.companyId,
      userId,
      fullName: person.fullName,
      phone: person.phone,
      role: input.role,
    },
    select: { id: true },
  });
  return { id: member.id, userId, invitation };
}

/** Archive (access ends at once) or restore; the last active admin cannot be archived. */
export async function setStaffMemberStatus(session: Session, id: string, status: ProfileStatus): Promise<string> {
  const { db, viewer } = session;
  // Serialises staff changes within the company, so two admins cannot archive each other at once.
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('staff:' || ${viewer.companyId}))`;
  const member = await db.staffMember.findUnique({ where: byId(session, id) });
  if (!member) throw notFound('StaffMember', 'id');
  const archivesAnAdmin = status === 'ARCHIVED' && member.role === 'ADMIN' && member.status === 'ACTIVE';
  if (archivesAnAdmin && (await db.staffMember.count({ where: { role: 'ADMIN', status: 'ACTIVE' } })) <= 1)
    throw conflict('This is the last active admin: add another admin first.', { field: 'id' });
  await db.staffMember.update({
    where: byId(session, member.id),
    data: statusChange(status, member.archivedAt),
    select: { id: true },
  });
  await signInChanged(session, [member.id]);
  return member.id;
}
