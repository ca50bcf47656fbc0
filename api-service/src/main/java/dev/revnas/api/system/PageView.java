package dev.revnas.api.system;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** A list answer: one page of items and where it sits in the whole. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
    public static final int MAX_SIZE = 200;

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
        return new PageView<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    /** Newest first; page and size are checked here so that a bad value is a 422 naming it. */
    public static Pageable request(int page, int size) {
        if (page < 0) {
            throw ApiProblem.invalid("page", "page is " + page + "; it must be at least 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiProblem.invalid("size", "size is " + size + "; it must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw ApiProblem.invalid("page", "page " + page + " of size " + size + " starts past row " + Integer.MAX_VALUE
                    + ", the last a page can start at");
        }
        return PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")));
    }
}
