/** Staff of the web admin: users, roles, login, and the audit of what they change. Owns staff_user, staff_audit. */
package dev.regulars.server.staff;
