package dev.regulars.server.customerpages.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The join steps' HTML: what their links keep. */
class JoinPageHtmlTest {

    private static final String BASE = "/join/7f0c";

    @Test
    void theLanguageLinksOfAFriendsLinkKeepTheFriendsCode() {
        String page = JoinPageHtml.phone(new PageTexts("en"), BASE, "Café · Canal", "", "KQADTF", null,
                "Eva invites you");
        assertThat(page).contains("href=\"/join/7f0c?ref=KQADTF&amp;lang=ru\"")
                .contains("href=\"/join/7f0c?ref=KQADTF&amp;lang=nl\"")
                .contains("name=\"ref\" value=\"KQADTF\"");
    }

    @Test
    void withoutAFriendsCodeTheLinksAreThePlainPath() {
        assertThat(JoinPageHtml.phone(new PageTexts("en"), BASE, "Café", "", "", null, null))
                .contains("href=\"/join/7f0c?lang=ru\"");
        assertThat(JoinPageHtml.withRef(BASE, "")).isEqualTo(BASE);
        assertThat(JoinPageHtml.withRef(BASE, null)).isEqualTo(BASE);
    }

    @Test
    void aFriendsCodeIsEncodedInThePath() {
        assertThat(JoinPageHtml.withRef(BASE, "A B&c")).isEqualTo("/join/7f0c?ref=A+B%26c");
        assertThat(JoinPageHtml.withRef(BASE + "/code?h=x", "K1")).isEqualTo("/join/7f0c/code?h=x&ref=K1");
    }

    @Test
    void thePrivacyNoticeOpensBesideTheDetailsSoTheirProgressStays() {
        String page = JoinPageHtml.details(new PageTexts("en"), BASE + "/details?h=abc", "Café", "abc",
                JoinForm.read(name -> null), Map.of(), false);
        assertThat(page).contains("<a id=\"privacy\" href=\"/join/7f0c/privacy\" target=\"_blank\" rel=\"noopener\">");
    }

    @Test
    void thePrivacyNoticeNamesTheControllerTheLegalBasisAndTheRightToComplain() {
        String page = JoinPageHtml.privacy(new PageTexts("en"), BASE + "/privacy", "Café · Canal", "Regulars Demo Café",
                "Canal Street 1\n1012 AB Amsterdam", BASE);
        assertThat(page).contains("Regulars Demo Café, Canal Street 1, 1012 AB Amsterdam, is responsible for your data")
                .contains("only with your consent").contains("you take part in the loyalty program")
                .contains("right to complain to the data-protection authority");
        assertThat(JoinPageHtml.privacy(new PageTexts("ru"), BASE, "Café", "Regulars Demo Café", null, BASE))
                .contains("За ваши данные отвечает Regulars Demo Café (оператор данных)");
    }
}
