/**
 * The customer's own pages (issue 11), phone first and without passwords: joining at a store ({@code /join/{store}},
 * the QR on the till's customer display and friends' referral links) with a one-time code by SMS, and the card page
 * ({@code /c/{token}}: balance, tier, expiring points, visits, the rotating redeem QR, the referral link, consents,
 * "delete my data"). Enrollment goes through the customers, referrals and ledger contexts with the till's rules;
 * the code SMS goes through the messaging outbox. Owns phone_code (codes stored hashed, tries counted),
 * card_page_link (card links stored hashed) and the referral funnel's daily counts it keeps, referral_link_open_day
 * and card_share_day (links opened, codes shared).
 */
package dev.regulars.server.customerpages;
