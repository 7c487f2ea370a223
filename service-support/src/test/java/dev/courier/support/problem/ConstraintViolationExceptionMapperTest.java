package dev.courier.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ConstraintViolationExceptionMapperTest {

    record Line(@NotNull String productId, @Positive int quantity) {}

    record Body(@NotNull String userId, @NotEmpty List<@NotNull @Valid Line> products) {}

    static class Resource {
        public void place(@NotNull @Valid Body body) {}
    }

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    private static Set<ConstraintViolation<Resource>> violationsOf(Body body) throws NoSuchMethodException {
        Method place = Resource.class.getMethod("place", Body.class);
        return VALIDATION.getValidator().forExecutables().validateParameters(new Resource(), place, new Object[] {body
        });
    }

    private static List<Problem.FieldError> errorsOf(Body body) throws NoSuchMethodException {
        return ConstraintViolationExceptionMapper.errors(new HashSet<>(violationsOf(body)));
    }

    @Test
    void fieldsAreNamedAsTheCallerWroteThem() throws NoSuchMethodException {
        List<Problem.FieldError> errors = errorsOf(new Body(null, List.of(new Line("p", 1), new Line(null, 0))));

        assertThat(errors)
                .extracting(Problem.FieldError::field)
                .containsExactly("products[1].productId", "products[1].quantity", "userId");
    }

    @Test
    void aNullElementIsNamedByItsIndex() throws NoSuchMethodException {
        List<Line> products = new java.util.ArrayList<>();
        products.add(null);

        assertThat(errorsOf(new Body("u", products)))
                .extracting(Problem.FieldError::field)
                .containsExactly("products[0]");
    }

    @Test
    void aMissingBodyIsNamedByItsParameter() throws NoSuchMethodException {
        assertThat(errorsOf(null)).extracting(Problem.FieldError::field).containsExactly("body");
    }

    @Test
    void rejectedValuesAreNotEchoed() throws NoSuchMethodException {
        List<Problem.FieldError> errors = errorsOf(new Body("u", List.of(new Line("<script>", -7))));

        assertThat(errors).extracting(Problem.FieldError::message).noneMatch(message -> message.contains("-7"));
    }
}
