package dev.revnas.debian;

import java.util.ArrayList;
import java.util.List;

/** The filters a build applies, as the manifest lists them. */
final class Filters {
    private Filters() {}

    static List<String> of(CorpusSpec.Origin origin) {
        List<String> filters = new ArrayList<>();
        if (origin instanceof CorpusSpec.Catalogs) {
            filters.add("catalog header (empty msgid) skipped; fuzzy entries are not compiled into .mo catalogs");
            filters.add("plural entries: singular paired with the first form, plural with each further form");
            filters.add("translator-credits entries dropped");
            filters.add("pairs with an empty source or target dropped");
            filters.add("pairs whose target equals the source dropped");
            filters.add("placeholders and accelerator markers kept as in the catalog");
        } else {
            filters.add("OSIS markup removed; notes, section headings (non-canonical titles) and speaker labels dropped with their"
                    + " content; canonical Psalm titles kept; back matter after a book's last verse dropped");
            filters.add("verses paired by reference; verses only one side has dropped");
            filters.add("a chapter ending in verses that one side moved into the next chapter dropped, with that next chapter");
            filters.add("verses one side omits (empty) dropped");
        }
        filters.add("tabs, line breaks and control characters made spaces; whitespace runs collapsed; ends trimmed");
        filters.add("exact duplicate pairs dropped (first kept)");
        filters.add("held-out pairs whose normalised source occurs in an earlier split (train, valid, test) dropped");
        return filters;
    }
}
