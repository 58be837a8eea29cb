/**
 * Shifts at the till: opened with the cash in the drawer, an X report whenever a manager asks, a Z report at the
 * close with the cash count and its difference. Figures come from the journal (sales and refunds since the
 * shift opened), are journalled and chained at the close, printed, and synced to the server.
 */
package dev.regulars.pos.shift;
