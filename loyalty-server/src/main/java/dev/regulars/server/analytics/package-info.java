/**
 * The owner's and the marketer's numbers: today at a glance on the admin's dashboard (sales, new customers, points,
 * ratings, call backs due, campaign messages), read from the other contexts' tables by indexed ranges of today.
 */
package dev.regulars.server.analytics;
