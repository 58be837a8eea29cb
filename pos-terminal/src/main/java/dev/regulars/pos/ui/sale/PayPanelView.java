package dev.regulars.pos.ui.sale;

import dev.regulars.pos.receipt.TextReceipt;
import dev.regulars.pos.ui.TillTexts;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Who pays, with how many points, and how: the right side of the sale screen. Controls and bindings only. */
final class PayPanelView {

    private final SaleViewModel sale;
    private final TillTexts words;

    PayPanelView(SaleViewModel sale) {
        this.sale = sale;
        this.words = sale.words();
    }

    /**
     * The customer, points and the last receipt scroll; what went wrong, what was paid, whether the receipt printed
     * and the payment (amount, notes, Cash and Card) stay at the bottom, always in view, Cash and Card in the same
     * place whatever the messages above them say.
     */
    Region build() {
        Label error = CheckView.bound("error", sale.errorMessageProperty());
        error.getStyleClass().add("error");
        Label summary = CheckView.bound("receipt", sale.receiptTextProperty());
        summary.getStyleClass().add("receipt");
        VBox upper = new VBox(10, new CustomerPanelView(sale).build(), points(), receipt());
        upper.getStyleClass().add("column");
        ScrollPane scroll = new ScrollPane(upper);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("plain");
        scroll.setId("pay-scroll");
        // the enrollment form, scrolled down to its button, goes: the customer (the new one) at the top is in view
        sale.enrollmentOpenProperty().addListener((obs, was, open) -> {
            if (!open) {
                scroll.setVvalue(scroll.getVmin());
            }
        });
        // the messages above the payment: as they grow (a long printer failure, the change) the scroll above gives
        // way and Cash and Card stay where the cashier's finger is
        // whether the receipt printed is the cashier's only word on a failed print: always in view, in full
        Label printed = CheckView.bound("print-status", sale.receipts().statusProperty());
        VBox lower = new VBox(6, error, summary, printed, payment());
        lower.getStyleClass().add("column");
        lower.setMinHeight(Region.USE_PREF_SIZE);
        scroll.setMinHeight(0);
        VBox box = new VBox(scroll, lower);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box.lookupAll(".label").forEach(n -> ((Label) n).setWrapText(true));
        // every message at the bottom in full, on as many lines as it takes, never shortened to one line with "…"
        lower.lookupAll(".label").forEach(n -> ((Label) n).setMinHeight(Region.USE_PREF_SIZE));
        return box;
    }

    private Parent points() {
        CheckBox all = new CheckBox(words.say("points.title"));
        all.setId("redeem");
        all.selectedProperty().bindBidirectional(sale.redeemPointsProperty());
        // a payment taken freezes the points: the controls show it rather than refuse a tap
        all.disableProperty().bind(sale.pointsChangeableProperty().not());
        Slider slider = new Slider(0, 0, 0);
        slider.setId("points-slider");
        slider.setBlockIncrement(10);
        slider.maxProperty().bind(sale.pointsMaxProperty());
        slider.valueProperty().addListener((obs, was, now) -> sale.pointsWantedProperty().set(Math.round(now.doubleValue())));
        sale.pointsWantedProperty().addListener((obs, was, now) -> slider.setValue(now.doubleValue()));
        slider.disableProperty().bind(sale.pointsChangeableProperty().not());
        Label using = new Label();
        using.setId("points-using");
        using.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                        words.say("points.using", sale.pointsWantedProperty().get(),
                                words.money(sale.pointsWorthMinor(sale.pointsWantedProperty().get()))),
                sale.pointsWantedProperty()));
        using.visibleProperty().bind(sale.canRedeemProperty());
        Button none = new Button(words.say("points.none"));
        none.setId("points-none");
        none.setOnAction(e -> sale.pointsWantedProperty().set(0));
        Button max = new Button();
        max.setId("points-max");
        max.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                words.say("points.max", sale.pointsMaxProperty().get()), sale.pointsMaxProperty()));
        max.setOnAction(e -> sale.pointsWantedProperty().set(sale.pointsMaxProperty().get()));
        none.setMinWidth(Region.USE_PREF_SIZE);
        max.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane quick = new FlowPane(6, 6, none, max);
        quick.disableProperty().bind(sale.pointsChangeableProperty().not());
        return new VBox(4, all, quick, slider, using);
    }

    private Parent payment() {
        PaymentModel payment = sale.payment();
        TextField amount = new TextField();
        amount.setId("tendered");
        amount.setPromptText(words.say("pay.amount"));
        amount.textProperty().bindBidirectional(payment.amountInputProperty());
        dev.regulars.pos.ui.keypad.FloatingKeypad.attach(amount, sale.keypads().pad(), sale.keypads()::tendered);
        // four notes take two rows in a narrow column
        FlowPane notes = new FlowPane(6, 6);
        for (long note : QuickNotes.of(words.currency())) {
            Button quick = new Button(words.money(note));
            quick.setId("note-" + note);
            quick.setOnAction(e -> payment.cashNote(note));
            quick.setMinWidth(Region.USE_PREF_SIZE);
            notes.getChildren().add(quick);
        }
        Button cash = new Button(words.say("pay.cash"));
        cash.setId("pay");
        cash.getStyleClass().add("pay");
        cash.setOnAction(e -> sale.payCash());
        Button card = new Button(words.say("pay.card"));
        card.setId("pay-card");
        card.getStyleClass().addAll("pay", "pay-card");
        card.setOnAction(e -> {
            sale.errorMessageProperty().set("");
            payment.card();
        });
        Button undo = new Button(words.say("pay.undo"));
        undo.setId("pay-undo");
        undo.setOnAction(e -> payment.undo());
        undo.setWrapText(true);
        undo.getStyleClass().add("two-lines");
        ListView<String> tenders = new ListView<>(payment.tenderLines());
        tenders.setId("tenders");
        tenders.getStyleClass().add("tenders");
        // the payments taken show only once there is one
        tenders.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(payment.tenderLines()));
        tenders.managedProperty().bind(tenders.visibleProperty());
        Label remaining = CheckView.bound("remaining", payment.remainingProperty());
        // undoing is for a payment taken; it and the payments show above the amount, so the amount, the notes, Cash
        // and Card keep their place at the bottom: a second tap where Cash was pays in cash, never undoes the card
        undo.visibleProperty().bind(tenders.visibleProperty());
        undo.managedProperty().bind(tenders.visibleProperty());
        undo.setMinWidth(Region.USE_PREF_SIZE);
        HBox still = new HBox(8, remaining, undo);
        still.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(remaining, Priority.ALWAYS);
        remaining.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(8, cash, card);
        for (Button b : new Button[] {cash, card}) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        VBox box = new VBox(6, tenders, still, amount, notes, buttons);
        box.disableProperty().bind(sale.busyProperty());
        return box;
    }

    private Parent receipt() {
        Label paper = new Label();
        paper.setId("receipt-text");
        paper.getStyleClass().add("receipt-paper");
        ImageView qr = new ImageView();
        qr.setId("receipt-qr");
        sale.receipts().lastProperty().addListener((obs, was, receipt) -> {
            paper.setText(receipt == null ? "" : String.join("\n", TextReceipt.lines(receipt, 36)));
            qr.setImage(receipt == null || receipt.ratingUrl() == null ? null : dev.regulars.pos.ui.QrImage.of(receipt.ratingUrl(), 4));
        });
        Button reprint = new Button(words.say("print.reprint"));
        reprint.setId("reprint");
        reprint.visibleProperty().bind(sale.receipts().reprintableProperty());
        reprint.setOnAction(e -> sale.receipts().reprintLast());
        reprint.setMinWidth(Region.USE_PREF_SIZE);
        reprint.managedProperty().bind(reprint.visibleProperty());
        paper.visibleProperty().bind(paper.textProperty().isNotEmpty());
        paper.managedProperty().bind(paper.visibleProperty());
        qr.visibleProperty().bind(qr.imageProperty().isNotNull());
        qr.managedProperty().bind(qr.visibleProperty());
        return new VBox(6, reprint, paper, qr);
    }

    /** Notes a customer commonly hands over, in minor units of the currency. */
    static final class QuickNotes {
        private QuickNotes() {
        }

        static List<Long> of(java.util.Currency currency) {
            long unit = (long) Math.pow(10, Math.max(0, currency.getDefaultFractionDigits()));
            List<Long> majors = "RUB".equals(currency.getCurrencyCode()) ? List.of(100L, 500L, 1000L, 5000L)
                    : List.of(5L, 10L, 20L, 50L);
            return majors.stream().map(m -> m * unit).toList();
        }
    }
}
