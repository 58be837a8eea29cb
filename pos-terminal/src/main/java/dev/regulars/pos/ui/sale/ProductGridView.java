package dev.regulars.pos.ui.sale;

import dev.regulars.core.sync.CatalogCategory;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.ui.TillTexts;
import java.io.ByteArrayInputStream;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/** Category tabs, search and the product tiles. Only controls and bindings to {@link ProductGridModel}. */
final class ProductGridView {

    private final ProductGridModel model;
    private final TillTexts words;
    private final SaleViewModel sale;
    private final Journal journal;

    ProductGridView(SaleViewModel sale, Journal journal) {
        this.sale = sale;
        this.model = sale.grid();
        this.words = sale.words();
        this.journal = journal;
    }

    Region build() {
        FlowPane tabs = new FlowPane(6, 6);
        tabs.setId("categories");
        ToggleGroup group = new ToggleGroup();
        for (CatalogCategory category : model.categories()) {
            ToggleButton tab = new ToggleButton(category.name());
            tab.setId("category-" + category.name().replaceAll("\\W+", "-"));
            tab.getStyleClass().add("category");
            tab.setStyle("-fx-border-color: " + category.colour() + "; -fx-border-width: 0 0 5 0;");
            tab.setToggleGroup(group);
            tab.setSelected(category.name().equals(model.categoryProperty().get()));
            tab.setOnAction(e -> {
                model.searchProperty().set("");
                model.categoryProperty().set(category.name());
                tab.setSelected(true);
            });
            tabs.getChildren().add(tab);
        }
        TextField search = new TextField();
        search.setId("product-search");
        search.setPromptText(words.say("grid.search"));
        search.textProperty().bindBidirectional(model.searchProperty());

        TilePane tiles = new TilePane(8, 8);
        tiles.setId("products");
        // as many columns as the width holds: the tiles' size is the style's (smaller on a compact screen)
        tiles.getStyleClass().add("products");
        fill(tiles);
        model.items().addListener((ListChangeListener<CatalogItem>) change -> fill(tiles));
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // the tabs take more rows on a narrow screen; the products scroll
        VBox box = new VBox(8, tabs, search, scroll);
        box.getStyleClass().add("column");
        return box;
    }

    private void fill(TilePane tiles) {
        tiles.getChildren().clear();
        for (CatalogItem item : model.items()) {
            Button button = new Button(item.name() + "\n" + words.money(item.priceMinor()));
            button.setId("product-" + item.sku());
            button.getStyleClass().add("product");
            // a long name takes two lines of the tile rather than be cut ("Stroopwafel…")
            button.setWrapText(true);
            colour(item).ifPresent(c -> button.setStyle("-fx-border-color: " + c + "; -fx-border-width: 0 0 0 8;"));
            if (item.imageSha256() != null) {
                journal.image(item.imageSha256()).ifPresent(bytes -> {
                    ImageView picture = new ImageView(new Image(new ByteArrayInputStream(bytes), 48, 48, true, true));
                    button.setGraphic(picture);
                    button.setContentDisplay(ContentDisplay.LEFT);
                });
            }
            button.setOnAction(e -> sale.add(item));
            tiles.getChildren().add(button);
        }
    }

    private java.util.Optional<String> colour(CatalogItem item) {
        return model.categories().stream().filter(c -> c.name().equals(item.category()))
                .map(CatalogCategory::colour).findFirst();
    }
}
