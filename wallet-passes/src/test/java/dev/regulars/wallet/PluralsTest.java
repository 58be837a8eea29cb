package dev.regulars.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.wallet.Plurals.Category;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluralsTest {

    @Test
    void russian_has_one_few_and_many() {
        Map<Long, Category> expected = new LinkedHashMap<>();
        expected.put(1L, Category.ONE);
        expected.put(21L, Category.ONE);
        expected.put(101L, Category.ONE);
        expected.put(11L, Category.MANY);
        expected.put(111L, Category.MANY);
        expected.put(2L, Category.FEW);
        expected.put(4L, Category.FEW);
        expected.put(24L, Category.FEW);
        expected.put(-3L, Category.FEW);
        expected.put(12L, Category.MANY);
        expected.put(5L, Category.MANY);
        expected.put(20L, Category.MANY);
        expected.put(0L, Category.MANY);
        expected.forEach((n, category) -> assertThat(Plurals.of("ru", n)).as("ru %d", n).isEqualTo(category));
    }

    @Test
    void english_and_dutch_have_one_and_other() {
        assertThat(Plurals.of("en", 1)).isEqualTo(Category.ONE);
        assertThat(Plurals.of("en", 21)).isEqualTo(Category.OTHER);
        assertThat(Plurals.of("nl-BE", 1)).isEqualTo(Category.ONE);
        assertThat(Plurals.of("nl", 0)).isEqualTo(Category.OTHER);
    }
}
