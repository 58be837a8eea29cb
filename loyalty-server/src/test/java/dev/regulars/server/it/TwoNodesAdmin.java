package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.server.stores.DemoBusinessSeed;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin on two nodes behind one address, as a load balancer without sticky sessions would spread it: a login
 * made on one node is good on the other, a page drawn by one takes its form's post on the other (the view and its
 * state travel with the replicated session), and a logout on one ends the login on both. Cookies ignore the port,
 * so one cookie store stands for one browser.
 */
final class TwoNodesAdmin {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private TwoNodesAdmin() {
    }

    static void loginAndPageStateWorkOnEitherNode(String nodeA, String nodeB) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(get(browser, nodeB + "/admin/program.xhtml").statusCode()).as("not logged in yet").isEqualTo(302);
        HttpResponse<String> login = post(browser, nodeA + "/admin/j_security_check", "j_username="
                + encode(DemoBusinessSeed.OWNER_EMAIL) + "&j_password=" + encode(DemoBusinessSeed.OWNER_PASSWORD));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/admin/program.xhtml");

        // drawn by node A, posted to node B: B knows the view, checks the form and says what is wrong
        HttpResponse<String> page = get(browser, nodeA + "/admin/program.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).as("Back after logout shows nothing").hasValue("no-store");
        Matcher state = VIEW_STATE.matcher(page.body());
        assertThat(state.find()).as("the page has a view state").isTrue();
        HttpResponse<String> posted = post(browser, nodeB + "/admin/program.xhtml", "program=program"
                + "&program%3ApointValue=&program%3Apublish=Publish&jakarta.faces.ViewState=" + encode(state.group(1)));
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("A point is worth at least the smallest coin")
                .doesNotContain("This page has expired");
        assertThat(get(browser, nodeB + "/admin/store.xhtml").body()).contains("Regulars Demo Café");

        // an action of a view opened on A carried out on B: the view's beans come with their services
        HttpResponse<String> storePage = get(browser, nodeA + "/admin/store.xhtml");
        Matcher settingsButton = Pattern.compile("name=\"([^\"]*:store-settings)\"").matcher(storePage.body());
        assertThat(settingsButton.find()).as("the store's Settings button").isTrue();
        HttpResponse<String> opened = post(browser, nodeA + "/admin/store.xhtml", "stores=stores&"
                + encode(settingsButton.group(1)) + "=Settings&jakarta.faces.ViewState=" + viewState(storePage));
        assertThat(opened.body()).contains("store-settings:sla");
        HttpResponse<String> saved = post(browser, nodeB + "/admin/store.xhtml", "store-settings=store-settings"
                + "&store-settings%3Aname=Canal+Street&store-settings%3Azone=Europe%2FAmsterdam"
                + "&store-settings%3Asla=24&store-settings%3AreceiptLanguage=en" // a browser sends every select
                + "&store-settings%3Asave=Save&jakarta.faces.ViewState=" + viewState(opened));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("The settings of Canal Street are saved.");

        // a logout on node B ends the login on node A too
        HttpResponse<String> store = get(browser, nodeB + "/admin/store.xhtml");
        Matcher storeState = VIEW_STATE.matcher(store.body());
        assertThat(storeState.find()).isTrue();
        HttpResponse<String> logout = post(browser, nodeB + "/admin/store.xhtml", "logout-form=logout-form"
                + "&logout-form%3Alogout=Log+out&jakarta.faces.ViewState=" + encode(storeState.group(1)));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(get(browser, nodeA + "/admin/store.xhtml").statusCode()).as("logged out on A too").isEqualTo(302);
    }

    private static String viewState(HttpResponse<String> page) {
        Matcher state = VIEW_STATE.matcher(page.body());
        assertThat(state.find()).as("the page has a view state").isTrue();
        return encode(state.group(1));
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient browser, String url, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
