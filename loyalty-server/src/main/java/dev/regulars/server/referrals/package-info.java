/** Friends bringing friends: referral codes checked at enrollment, refused attempts, inviter bonuses. Owns referral, referral_attempt. */
package dev.regulars.server.referrals;
