package dev.regulars.server.campaigns.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.campaigns.RfmClass;
import dev.regulars.server.campaigns.CampaignKind;
import dev.regulars.server.campaigns.CampaignSettings;
import dev.regulars.server.campaigns.Segment;
import dev.regulars.server.messaging.Channel;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The campaign editor's fields read without a browser: what the marketer typed, or what is wrong with it. */
class CampaignFormTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Set<String> TIERS = Set.of("Bronze", "Silver", "Gold");
    private static final Set<String> STORES = Set.of("store-1");

    private static CampaignSettings parse(CampaignForm form) {
        return form.parse(EUR, TODAY, TIERS, STORES);
    }

    @Test
    void aWinBackAsTypedBecomesItsSettings() {
        CampaignForm form = CampaignForm.blank(CampaignKind.WINBACK);
        form.getValues().put("name", "  Come back  ");
        form.getValues().put("intervalFactor", "2,5");
        form.getValues().put("minAverageCheck", "4.50");
        form.getValues().put("tier", "Silver");
        form.getValues().put("storeId", "store-1");
        form.getValues().put("consent", "EMAIL");
        form.getValues().put("rfm", "AT_RISK");
        form.getValues().put("subject_en", "We miss you");
        form.getValues().put("body_en", "Hi {firstName|friend}");
        form.getValues().put("subject_ru", "Мы скучаем");
        form.getValues().put("body_ru", "Привет");

        CampaignSettings s = parse(form);

        assertThat(form.getErrors()).isEmpty();
        assertThat(s.name()).isEqualTo("Come back");
        assertThat(s.lapsedDays()).isEqualTo(45);
        assertThat(s.intervalFactorBp()).isEqualTo(25_000);
        assertThat(s.sendAt()).isEqualTo(LocalTime.of(10, 0));
        assertThat(s.onceOn()).isNull();
        assertThat(s.cap().messages()).isEqualTo(1);
        assertThat(s.channels()).containsExactly(Channel.EMAIL, Channel.SMS);
        assertThat(s.holdoutBp()).isEqualTo(1_000);
        assertThat(s.templates()).containsOnlyKeys("en", "ru");
        assertThat(s.segment()).isEqualTo(new Segment(null, null, null, null, 450L, null, null, null,
                List.of("Silver"), "store-1", null, Channel.EMAIL, null, RfmClass.AT_RISK));
        // and back into the form, unchanged
        assertThat(parse(CampaignForm.of(s, EUR))).isEqualTo(s);
    }

    @Test
    void eachWrongFieldIsNamedNextToItself() {
        CampaignForm form = CampaignForm.blank(CampaignKind.BIRTHDAY);
        form.getValues().put("daysBefore", "61");
        form.getValues().put("sendAt", "25:00");
        form.getValues().put("schedule", "ONCE");
        form.getValues().put("onceOn", "2026-11-28");
        form.getValues().put("quietFrom", "21:00");
        form.getValues().put("quietUntil", "");
        form.getValues().put("holdoutPercent", "60");
        form.getValues().put("minVisits", "5");
        form.getValues().put("maxVisits", "3");
        form.getValues().put("minSpend", "-1");
        form.getValues().put("tier", "Platinum");
        form.getValues().put("channelOrder", "PIGEON");
        form.getValues().put("body_en", "Hello {name}");
        form.getValues().put("subject_nl", "Hallo");

        assertThat(parse(form)).isNull();

        assertThat(form.getErrors()).containsEntry("name", "Name is needed")
                .containsEntry("daysBefore", "Days before the birthday: a whole number from 0 to 60")
                .containsEntry("sendAt", "Send at: a time such as 10:00")
                .containsEntry("schedule", "Birthday, win-back and low-rating campaigns run every day")
                .containsEntry("onceOn", "Date 2026-11-28 has passed")
                .containsEntry("quietUntil", "Quiet hours need a start and an end")
                .containsEntry("holdoutPercent", "Held out (%): a number from 0 to 50")
                .containsEntry("maxVisits", "Visits up to is below its lower bound")
                .containsEntry("minSpend", "Spent from: an amount in EUR such as 4.50")
                .containsEntry("tier", "The program has no tier Platinum; choose one of " + TIERS)
                .containsEntry("channelOrder", "Choose the channels to send by")
                .containsEntry("body_nl", "A subject without a text: write the text, or clear the subject");
        assertThat(form.getErrors().get("body_en")).startsWith("{name} is not a variable; use one of {balance}, {bonus}");
    }

    @Test
    void aWinBackNeedsARuleAndAMessageNeedsALanguage() {
        CampaignForm form = CampaignForm.blank(CampaignKind.WINBACK);
        form.getValues().put("name", "Back");
        form.getValues().put("lapsedDays", "");
        form.getValues().put("intervalFactor", "");

        assertThat(parse(form)).isNull();

        assertThat(form.getErrors()).containsEntry("lapsedDays",
                        "Give the days without a visit, the times the customer's usual interval, or both")
                .containsEntry("body_en", "Write the message in at least one language");
    }

    @Test
    void theAudienceIsCountedWhileTheRestIsUnfinishedAndOnlyItsErrorsShow() {
        CampaignForm form = CampaignForm.blank(CampaignKind.BIRTHDAY);
        form.getValues().put("birthdayMonth", "3");

        CampaignSettings audience = form.parseAudience(EUR, TODAY, TIERS, STORES);

        assertThat(audience).isNotNull();
        assertThat(audience.segment().birthdayMonth()).isEqualTo(3);
        assertThat(form.getErrors()).isEmpty();

        form.getValues().put("minVisits", "many");
        assertThat(form.parseAudience(EUR, TODAY, TIERS, STORES)).isNull();
        assertThat(form.getErrors()).containsOnlyKeys("minVisits");
    }

    @Test
    void aMessageThatWouldReadWrongIsRefusedWhereItIsWritten() {
        CampaignForm form = CampaignForm.blank(CampaignKind.BROADCAST);
        form.getValues().put("name", "News");
        form.getValues().put("subject_en", "Hi {name}");
        form.getValues().put("subject_ru", "Бонус {bonus}");
        form.getValues().put("body_ru", "До {bonusExpiry}");
        form.getValues().put("subject_nl", "Hoi { firstName }");
        form.getValues().put("body_nl", "Tot ziens");
        form.getValues().put("sendAt", "22:00");
        form.getValues().put("onceOn", "2026-12-24");

        assertThat(parse(form)).isNull();

        assertThat(form.getErrors().get("subject_en")).startsWith("{name} is not a variable");
        assertThat(form.getErrors()).containsEntry("body_en", "A subject without a text: write the text, or clear"
                        + " the subject")
                .containsEntry("subject_ru", "The campaign gives no bonus points: {bonus} and {bonusExpiry} would"
                        + " read empty")
                .containsEntry("body_ru", "The campaign gives no bonus points: {bonus} and {bonusExpiry} would read"
                        + " empty")
                .containsEntry("sendAt", "22:00 is within the quiet hours (21:00-09:00): nothing would go out"
                        + " before 09:00")
                .containsEntry("onceOn", "A date is given but the campaign runs every day: choose \"once, on a"
                        + " date\", or clear the date");
        assertThat(form.getErrors().get("subject_nl")).startsWith("A brace that makes no variable");
        // the audience is still counted, whatever the messages say (the date decides the occurrence, though)
        form.getValues().put("onceOn", "");
        assertThat(form.parseAudience(EUR, TODAY, TIERS, STORES)).isNotNull();
    }

    @Test
    void hugeOrOddNumbersAreRefusedNotWrapped() {
        CampaignForm form = CampaignForm.blank(CampaignKind.WINBACK);
        form.getValues().put("intervalFactor", "1e20");
        form.getValues().put("holdoutPercent", "10.005");
        form.getValues().put("minVisits", "99999999999");
        form.getValues().put("maxSpend", "1e12");

        parse(form);

        assertThat(form.getErrors()).containsKeys("intervalFactor", "holdoutPercent", "minVisits", "maxSpend");
        assertThat(form.getErrors().get("holdoutPercent")).as("a share we have, too finely")
                .isEqualTo("Held out (%): at most 2 decimals");
        assertThat(form.getErrors().get("intervalFactor")).startsWith("Times the usual interval: a number from");
    }
}
