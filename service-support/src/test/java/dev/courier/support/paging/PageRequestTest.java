package dev.courier.support.paging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    private static Set<ConstraintViolation<PageRequest>> violationsOf(String page, String size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return VALIDATION.getValidator().validate(request);
    }

    @Test
    void pagesFromZeroAndSizesFromOneToAHundredAreAccepted() {
        for (List<String> valid :
                List.of(List.of("0", "1"), List.of("999999", "100"), List.of("3", "20"), List.of("0", "007"))) {
            assertThat(violationsOf(valid.get(0), valid.get(1))).as("%s", valid).isEmpty();
        }
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        assertThat(violationsOf("abc", "20"))
                .extracting(violation -> violation.getPropertyPath().toString())
                .containsExactly("page");
        assertThat(violationsOf("-1", "20")).hasSize(1);
        assertThat(violationsOf("1000000", "20")).hasSize(1);
        assertThat(violationsOf("1.5", "20")).hasSize(1);
        for (String size : List.of("0", "101", "-5", "ten", "", "1e2")) {
            assertThat(violationsOf("0", size))
                    .as("size %s", size)
                    .extracting(violation -> violation.getPropertyPath().toString())
                    .containsExactly("size");
        }
    }

    @Test
    void theOffsetIsThePageTimesItsSize() {
        assertThat(new PageRequest(0, 20).offset()).isZero();
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
        assertThat(new PageRequest(2, 100).offset()).isEqualTo(200);
    }

    @Test
    void aPageKeepsItsPlaceWhenItsItemsAreMapped() {
        Page<Integer> page = new Page<>(List.of(1, 2, 3), 1, 3, 7);

        Page<String> mapped = page.map(i -> "#" + i);

        assertThat(mapped).isEqualTo(new Page<>(List.of("#1", "#2", "#3"), 1, 3, 7));
    }
}
