// Who a signed-in person is to their company: the four roles, and the viewer a checked token names.

/** Most powerful first (sign-in picks the first a person has, unless asked for another). */
export const ROLES = ['ADMIN', 'ANALYST', 'MARKETER', 'CLIENT'] as const;
export type Role = (typeof ROLES)[number];
export type StaffRole = Extract<Role, 'ADMIN' | 'ANALYST'>;

export interface Viewer {
  userId: string;
  companyId: string;
  role: Role;
  /** StaffMember id for staff, Marketer or Client id otherwise. */
  profileId: string;
}

/** Admins and analysts: the company's own people, who see all of its data. */
export const isStaff = (viewer: Viewer | null): boolean => viewer?.role === 'ADMIN' || viewer?.role === 'ANALYST';
