/**
 * Staff of the web admin: users, roles, login, invitations by e-mail (the link sets the password once),
 * deactivation, and the audit of what they change. Owns staff_user, staff_invitation, staff_audit.
 */
package dev.regulars.server.staff;
