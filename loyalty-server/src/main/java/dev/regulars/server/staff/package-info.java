/**
 * Staff of the web admin: users, roles, login, invitations by e-mail (the link sets the password once),
 * deactivation, the stores a member of staff is limited to (StoreLimit), and the audit of what they change. Owns
 * staff_user, staff_invitation, staff_audit, staff_user_store.
 */
package dev.regulars.server.staff;
