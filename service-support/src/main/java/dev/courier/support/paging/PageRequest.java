package dev.courier.support.paging;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code page} (from 0) and {@code size} (1 to 100) query parameters of a list route. Taken as
 * text and validated, so that {@code ?page=abc} is a 400 naming the field, not a 404.
 */
public class PageRequest {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = "\\d{1,6}", message = "must be a whole number from 0 to 999999")
    String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Pattern(regexp = "0*([1-9]|[1-9]\\d|100)", message = "must be a whole number from 1 to 100")
    String size;

    public PageRequest() {}

    public PageRequest(int page, int size) {
        this.page = Integer.toString(page);
        this.size = Integer.toString(size);
    }

    public int page() {
        return Integer.parseInt(page);
    }

    public int size() {
        return Integer.parseInt(size);
    }

    public int offset() {
        return page() * size();
    }
}
