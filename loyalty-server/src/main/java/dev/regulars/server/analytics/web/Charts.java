package dev.regulars.server.analytics.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The admin's charts, drawn on the server by JFreeChart into SVG (JFreeSVG): vector, so they print sharp and scale
 * to a phone's width (a viewBox, no fixed size; the page's CSS sets the width). Plain colours and large type, as a
 * report printed in black and white still reads.
 */
public final class Charts {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 300;
    /**
     * One colour a series, dark enough to read on white paper and apart from one another (after the Okabe-Ito and
     * Material 800 tones); more series than colours start again, but keep a dash pattern of their own.
     */
    static final Color[] SERIES = {new Color(0x2E7D32), new Color(0x1565C0), new Color(0xEF6C00),
        new Color(0x6A1B9A), new Color(0xC62828), new Color(0x00838F), new Color(0x5D4037), new Color(0x424242),
        new Color(0xAD1457)};
    /**
     * A line's dash pattern by series (solid, dashed, dotted, dash-dot, ...), so lines stay apart in grayscale and
     * where two lines run on top of each other.
     */
    static final float[][] DASHES = {null, {12f, 6f}, {2f, 5f}, {12f, 5f, 2f, 5f}, {20f, 6f}, {6f, 4f},
        {12f, 4f, 2f, 4f, 2f, 4f}, {4f, 8f}, {24f, 4f, 4f, 4f}};

    private Charts() {
    }

    /** One bar series or several side by side. */
    public record Series(String name, List<Number> values) {
    }

    /**
     * A bar chart over categories (days, weeks, months).
     *
     * @param valueAxis the label of the value axis, with its unit ("Revenue, €")
     * @return an {@code <svg>} element with a viewBox, to put in a page as it is
     */
    public static String bars(String title, List<String> categories, String valueAxis, List<Series> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : series) {
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(s.values().get(i), s.name(), categories.get(i));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data, PlotOrientation.VERTICAL,
                series.size() > 1, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        // one campaign's bar is a bar, not the whole width
        renderer.setMaximumBarWidth(0.15);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
        }
        style(chart, plot, categories.size());
        // a period without sales still has an axis from 0 a person can read, not one around 0 in 1E-9 steps; bars
        // below 0 (an uplift that went the wrong way) keep the axis JFreeChart picks for them
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setAutoRangeMinimumSize(1.0);
        if (series.stream().flatMap(s -> s.values().stream()).allMatch(v -> v == null || v.doubleValue() >= 0)) {
            range.setLowerBound(0);
        }
        return svg(chart);
    }

    /** A line chart over categories, for rates in percent: the axis runs from 0 to 100. */
    public static String lines(String title, List<String> categories, String valueAxis, List<Series> series) {
        return lines(title, categories, valueAxis, series, 100);
    }

    /**
     * A line chart over categories whose values run from 0 to {@code max} (100 for percent, 5 for stars); a null
     * value is a gap in the line.
     */
    public static String lines(String title, List<String> categories, String valueAxis, List<Series> series,
                               double max) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : series) {
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(s.values().get(i), s.name(), categories.get(i));
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(title, null, valueAxis, data, PlotOrientation.VERTICAL,
                series.size() > 1, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        for (int i = 0; i < series.size(); i++) {
            plot.getRenderer().setSeriesPaint(i, SERIES[i % SERIES.length]);
            plot.getRenderer().setSeriesStroke(i, stroke(i));
        }
        // points drawn too: a week alone between weeks without ratings is a dot, not nothing
        ((org.jfree.chart.renderer.category.LineAndShapeRenderer) plot.getRenderer()).setDefaultShapesVisible(true);
        style(chart, plot, categories.size());
        ((NumberAxis) plot.getRangeAxis()).setRange(0, max);
        return svg(chart);
    }

    /**
     * Series {@code i}'s line: later series are drawn over earlier ones, so earlier ones are wider (5 down to 2
     * points) and a line equal to a later one still shows round it; its own dash pattern besides.
     */
    static BasicStroke stroke(int i) {
        float width = Math.max(2f, 5f - 1.5f * i);
        float[] dash = DASHES[i % DASHES.length];
        return dash == null ? new BasicStroke(width) : new BasicStroke(width, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    private static void style(JFreeChart chart, CategoryPlot plot, int categories) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBDBDBD));
        plot.setOutlineVisible(false);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        // twelve weeks' "d MMM" labels do not fit side by side in 720 points
        if (categories > 8) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.getRangeAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        plot.getRangeAxis().setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        }
    }

    private static String svg(JFreeChart chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g2.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }
}
